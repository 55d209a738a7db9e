"""Background work for the window: run a function off the UI thread, report back on it.

Long jobs (an import, an export) run here; short writes such as a check-in run
inline (measured in ``bench/bench_desk.py``). The function never touches
widgets. It receives two keyword callables:

* ``progress(done, total)`` reports progress (delivered as the ``progress`` signal);
* ``cancelled()`` returns ``True`` once :meth:`Task.cancel` was called; the loop
  checks it and stops.

Each thread opens its own database connection: pass the database *path* to the
function, never an open :class:`~checkin.store.EventStore`.

    task = run_in_background(import_rows, db_path, rows)
    task.progress.connect(bar.setValue2)
    task.finished.connect(show_report)      # fn's return value
    task.failed.connect(show_error)         # one plain sentence
    cancel_button.clicked.connect(task.cancel)
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from checkin.store import StoreError

log = logging.getLogger(__name__)

_running: set["Task"] = set()  # keeps Task objects alive until they have reported
# How long a thread runs Python before it lets another have its turn (CPython's default: 5 ms).
# The window's thread needs many short turns per event while a job computes; at 5 ms each,
# reading 100,000 rows left the window 18-20 ms between 10 ms timer ticks (median), at 1 ms
# 10-11 ms (bench/bench_import_wizard.py).
SWITCH_INTERVAL = 0.001


class Cancelled(Exception):
    """Raise from a background function to stop quietly after ``cancelled()`` became true."""


class Task(QObject):
    """The handle of one background job; its signals arrive on the thread that created it."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    stopped = Signal()  # the job ended early because it was cancelled

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._done = threading.Event()
        self.result = None
        self.error: str | None = None

    def cancel(self) -> None:
        """Ask the job to stop; it stops the next time it checks ``cancelled()``."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has ended (for shutdown and tests); ``True`` if it has."""
        return self._done.wait(timeout)


class _Runner(QRunnable):
    def __init__(self, task: Task, fn, args, kwargs):
        super().__init__()
        self.setAutoDelete(True)
        self.task, self.fn, self.args, self.kwargs = task, fn, args, kwargs

    def run(self) -> None:  # runs on a pool thread
        task = self.task
        try:
            result = self.fn(*self.args, progress=task.progress.emit,
                             cancelled=task.is_cancelled, **self.kwargs)
        except Cancelled:
            task.error = None
            task._done.set()
            task.stopped.emit()
            task.failed.emit("")  # "" means: stopped on request, nothing to report
        except (StoreError, ValueError, OSError) as exc:
            task.error = str(exc)
            task._done.set()
            task.failed.emit(str(exc))
        except Exception as exc:  # never a traceback to the user: log it, report one sentence
            log.error("background task failed:\n%s", traceback.format_exc())
            task.error = f"unexpected error: {exc}"
            task._done.set()
            task.failed.emit(task.error)
        else:
            task.result = result
            task._done.set()
            task.finished.emit(result)


def run_in_background(fn, *args, **kwargs) -> Task:
    """Run ``fn(*args, progress=..., cancelled=..., **kwargs)`` on a worker thread.

    Returns the :class:`Task` at once. ``finished(result)`` carries the
    return value, ``failed(message)`` a plain sentence (an empty message when
    the job stopped because it was cancelled and raised :class:`Cancelled`).
    The job starts when control returns to the event loop, so signals connected
    right after this call never miss a report.
    """
    sys.setswitchinterval(SWITCH_INTERVAL)
    task = Task()
    _running.add(task)
    task.finished.connect(lambda _result: _running.discard(task))
    task.failed.connect(lambda _message: _running.discard(task))
    runner = _Runner(task, fn, args, kwargs)
    QTimer.singleShot(0, task, lambda: QThreadPool.globalInstance().start(runner))
    return task
