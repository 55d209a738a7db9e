"""Automatic backups while the window runs: a QTimer calling :func:`checkin.backup.backup_file`.

Every few minutes (default 5) the open event is copied with SQLite's online
backup API through its own short-lived connection, so desks keep working;
the copy counts only after its check. ``backed_up(path)`` or ``failed(message)``
reports the result; a failure never interrupts the desk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from checkin import backup
from checkin.store import StoreError

INTERVAL_MINUTES = 5


class AutoBackup(QObject):
    backed_up = Signal(str)
    failed = Signal(str)

    def __init__(self, parent=None, minutes: float = INTERVAL_MINUTES):
        super().__init__(parent)
        self.db_path: Path | None = None
        self.last: Path | None = None
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

    def backup_now(self) -> Path | None:
        """Make a checked backup at once; the path, or None (and ``failed``) if it did not work."""
        if self.db_path is None:
            return None
        try:
            self.last = backup.backup_file(self.db_path)
        except (StoreError, OSError) as exc:
            self.failed.emit(str(exc))
            return None
        self.backed_up.emit(str(self.last))
        return self.last

    def stop(self) -> None:
        self.timer.stop()
