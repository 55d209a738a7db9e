"""QApplication set-up and the main window (plain until the front-desk screen lands)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from checkin.store import EventStore, StoreError


def run(db_path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    title = "checkin"
    if db_path is not None:
        try:
            with EventStore.open(db_path) as store:
                title = f"checkin — {store.event.name}"
        except StoreError as exc:
            title = f"checkin — {exc}"
    window.setWindowTitle(title)
    window.setCentralWidget(QLabel(title))
    window.show()
    return app.exec()
