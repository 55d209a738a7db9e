"""Automatic backups while the window runs: a QTimer calling :func:`checkin.backup.backup_file`.

Every few minutes (default 5) the open event is copied with SQLite's online
backup API on a worker thread (:mod:`checkin.ui.tasks`) through its own
short-lived connection, so desks keep working; the copy counts only after its
check. ``backed_up(path)`` or ``failed(message)`` reports the result; a failure
never interrupts the desk. A backup still running makes the next tick skip.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from checkin import backup
from checkin.ui.tasks import Task, run_in_background

INTERVAL_MINUTES = 5


def _backup(db_path: Path, progress, cancelled) -> Path:
    return backup.backup_file(db_path)  # its own connection, on the worker thread


class AutoBackup(QObject):
    backed_up = Signal(str)
    failed = Signal(str)

    def __init__(self, parent=None, minutes: float = INTERVAL_MINUTES):
        super().__init__(parent)
        self.db_path: Path | None = None
        self.last: Path | None = None
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.backup_now)

    def set_event(self, db_path: Path | None) -> None:
        """Back up the event at ``db_path`` from now on (``None`` stops)."""
        self.db_path = Path(db_path) if db_path is not None else None
        if self.db_path is None:
            self.timer.stop()
        else:
            self.timer.start()

    def backup_now(self) -> Task | None:
        """Start a checked backup now, off the UI thread; its :class:`Task`, or None if none started."""
        if self.db_path is None or (self.task is not None and not self.task.is_done()):
            return None
        self.task = run_in_background(_backup, self.db_path)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self.failed.emit)
        return self.task

    def _finished(self, path) -> None:
        self.last = path
        self.backed_up.emit(str(path))

    def stop(self) -> None:
        self.timer.stop()

    def wait(self, seconds: float = 30) -> bool:
        """Block until a running backup has ended (before a purge or restore); True if none runs."""
        return self.task is None or self.task.wait(seconds)
