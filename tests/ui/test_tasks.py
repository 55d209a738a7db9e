"""Background tasks: results, progress, failures as a plain sentence, cancellation."""

from __future__ import annotations

import threading
import time

from checkin.store import EventStore, StoreError
from checkin.ui.tasks import Cancelled, run_in_background


def count_attendees(db_path, *, progress, cancelled):
    with EventStore.open(db_path) as store:  # each thread opens its own connection
        progress(1, 1)
        return store.count(), threading.current_thread() is threading.main_thread()


def test_the_result_arrives_with_progress_from_another_thread(qtbot, demo_store, db_path):
    task = run_in_background(count_attendees, db_path)
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        pass
    count, on_main_thread = finished.args[0]
    assert count == 60
    assert on_main_thread is False


def test_a_failure_is_one_sentence(qtbot, tmp_path):
    def broken(*, progress, cancelled):
        raise StoreError("the file is damaged")

    task = run_in_background(broken)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        pass
    assert failed.args == ["the file is damaged"]


def test_an_unexpected_error_becomes_a_plain_message(qtbot):
    def broken(*, progress, cancelled):
        return {}["missing"]

    task = run_in_background(broken)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        pass
    assert failed.args[0].startswith("unexpected error")
    assert "Traceback" not in failed.args[0]


def test_cancel_stops_the_loop(qtbot):
    started = threading.Event()
    seen = []

    def long_job(*, progress, cancelled):  # never ends by itself
        started.set()
        i = 0
        while True:
            if cancelled():
                raise Cancelled()
            progress(i, 1000)
            seen.append(i)
            i += 1
            time.sleep(0.002)

    task = run_in_background(long_job)
    qtbot.waitUntil(started.is_set)  # the job starts once the event loop runs
    with qtbot.waitSignal(task.stopped, timeout=5000):
        task.cancel()
    assert task.is_cancelled() and task.is_done()
    assert task.result is None


def test_progress_is_reported(qtbot):
    def steps(n, *, progress, cancelled):
        for i in range(n):
            progress(i + 1, n)
        return n

    task = run_in_background(steps, 3)
    reports = []
    task.progress.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: (3, 3) in reports)


def test_a_job_runs_with_short_turns_for_the_window(qtbot):
    """While a job computes, the window's thread waits for its turn at the interpreter for up
    to the switch interval, many times per event; the job runs with 1 ms instead of 5."""
    import sys

    from checkin.ui import tasks

    sys.setswitchinterval(0.005)
    task = run_in_background(lambda *, progress, cancelled: sys.getswitchinterval())
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        pass
    assert finished.args[0] == tasks.SWITCH_INTERVAL == 0.001
