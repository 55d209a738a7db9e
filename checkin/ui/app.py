"""Start the window: QApplication, translators, text size, error hook, then the main window.

``run(db_path)`` is what ``checkin`` with no subcommand calls. With a database it
opens that event; without one it opens the last event used, else the start
screen (New, Open, Recent, Demo).
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin import paths
from checkin.assets import resource
from checkin.ui.main_window import MainWindow, apply_language, apply_text_size
from checkin.ui.settings import Settings

log = logging.getLogger(__name__)


def error_log() -> Path:
    return paths.data_dir() / "error.log"


def excepthook(exc_type, exc, tb) -> None:
    """Never a traceback for the user: the details go to error.log, a plain sentence on screen."""
    try:
        with error_log().open("a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            f.write("".join(traceback.format_exception(exc_type, exc, tb)))
    except OSError:
        pass
    if QApplication.instance() is not None:
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("app", "checkin: something went wrong"),
            QCoreApplication.translate(
                "app", "Something went wrong: {error}\n\nEvery check-in the desk confirmed in green is "
                "saved. Details were written to {log}.").format(error=exc, log=error_log()),
        )


def create_window(db_path: Path | None, settings: Settings | None = None) -> MainWindow:
    """Set up translations and text size on the running QApplication and build the window."""
    settings = settings or Settings()
    apply_language(settings.language)
    apply_text_size(settings.text_size)
    window = MainWindow(settings)
    target = db_path if db_path is not None else paths.last_event()
    if target is not None:
        window.open_event(Path(target))
    return window


def run(db_path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("checkin")
    app.setOrganizationName("checkin")
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    sys.excepthook = excepthook
    window = create_window(db_path)
    window.show()
    return app.exec()
