"""Creating and opening events in the window: the New event dialog and the Open event file chooser.

An event is one SQLite file (the organiser's document). :class:`NewEventDialog`
asks for name, date, venue and where to keep the file, then creates the
database through :meth:`EventStore.open` with ``create=True``.
:func:`open_event_file` lets the user pick an existing file and checks that it
is a checkin database before the window switches to it.

    path = NewEventDialog.ask(window)        # Path of the created database, or None
    path = open_event_file(window)           # Path of a checked database, or None
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from checkin.store import EventStore, StoreError
from checkin.ui import file_access

EVENT_SUFFIX = ".db"


def _documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def file_name_for(event_name: str) -> str:
    """A plain file name for an event: ``"Integration vor Ort leben"`` → ``integration-vor-ort-leben.db``."""
    text = event_name.strip().lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text)
    text = text.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-")
    return (slug or "event") + EVENT_SUFFIX


class DateEdit(QDateEdit):
    """A date field that Tab leaves, like every other field; arrows and typing edit the date.

    (A plain QDateEdit takes Tab to move from day to month to year, so "name, Tab, Tab, Köln"
    typed the venue into the date.)"""

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt override)
        return QWidget.focusNextPrevChild(self, next_)


class NewEventDialog(QDialog):
    """Name, date, venue and file of a new event; on OK the database exists and carries them."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.created_path: Path | None = None
        self._folder = Path(folder) if folder else _documents_dir()
        self._path_chosen = False  # once the user picks a file, the name no longer renames it

        self.name_edit = QLineEdit()
        self.date_edit = DateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.venue_edit = QLineEdit()
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.name_label, self.date_label = QLabel(), QLabel()
        self.venue_label, self.path_label = QLabel(), QLabel()
        for label, field in ((self.name_label, self.name_edit), (self.date_label, self.date_edit),
                             (self.venue_label, self.venue_edit), (self.path_label, self.path_edit)):
            label.setBuddy(field)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.venue_label, self.venue_edit)
        form.addRow(self.path_label, path_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._name_changed)
        self.path_edit.textEdited.connect(self._path_edited)
        self.path_edit.textChanged.connect(self._update_ok)
        self.browse_button.clicked.connect(self.choose_file)
        self.setTabOrder(self.name_edit, self.date_edit)
        self.setTabOrder(self.date_edit, self.venue_edit)
        self.setTabOrder(self.venue_edit, self.path_edit)
        self.setTabOrder(self.path_edit, self.browse_button)

        self.retranslate()
        self._name_changed("")
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New event"))
        self.name_label.setText(self.tr("&Name:"))
        self.date_label.setText(self.tr("&Date:"))
        self.venue_label.setText(self.tr("&Venue:"))
        self.path_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Integration vor Ort leben"))
        self.venue_edit.setPlaceholderText(self.tr("e.g. Dortmund"))
        self.name_edit.setAccessibleName(self.tr("Event name"))
        self.date_edit.setAccessibleName(self.tr("Event date"))
        self.venue_edit.setAccessibleName(self.tr("Venue"))
        self.path_edit.setAccessibleName(self.tr("Event file"))
        self.browse_button.setAccessibleName(self.tr("Choose the event file"))
        self.path_edit.setToolTip(self.tr("The event is kept in this one file. Keep a copy as a backup."))
        german = self.locale().language() == QLocale.Language.German
        self.date_edit.setDisplayFormat("dd.MM.yyyy" if german else "yyyy-MM-dd")  # never a 2-digit year

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- fields --------------------------------------------------------------------------

    def _name_changed(self, text: str) -> None:
        if not self._path_chosen:
            self.path_edit.setText(str(self._folder / file_name_for(text)))
        self._update_ok()

    def _path_edited(self, _text: str) -> None:
        self._path_chosen = True

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name_edit.text().strip() and self.path_edit.text().strip()))

    def choose_file(self) -> None:
        """Ask where to keep the event file (a save dialog)."""
        path, _filter = file_access.save_file_name(
            self, self.tr("Where to keep the new event"), self.path_edit.text(),
            self.tr("Event databases (*.db);;All files (*)"),
        )
        if path:
            if not Path(path).suffix:
                path += EVENT_SUFFIX
            self._path_chosen = True
            self.path_edit.setText(path)

    def values(self) -> tuple[str, str, str, Path]:
        """``(name, ISO date, venue, path)`` as entered."""
        return (self.name_edit.text().strip(),
                self.date_edit.date().toString(Qt.DateFormat.ISODate),
                self.venue_edit.text().strip(),
                Path(self.path_edit.text().strip()).expanduser())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # -- creating ------------------------------------------------------------------------

    def create_event(self) -> Path | None:
        """Create the database from the fields; show the problem and return ``None`` if it fails."""
        name, date, venue, path = self.values()
        if not name:
            self.show_error(self.tr("Please give the event a name."))
            self.name_edit.setFocus()
            return None
        if not path.name:
            self.show_error(self.tr("Please choose where to keep the event file."))
            self.path_edit.setFocus()
            return None
        if path.exists():
            self.show_error(self.tr("{file} exists already. Choose another file name, or use "
                                    "Open event to open it.").replace("{file}", str(path)))
            self.path_edit.setFocus()
            return None
        try:
            with EventStore.open(path, create=True, event_name=name, event_date=date,
                                 event_venue=venue) as store:
                store.set_event(name, date, venue)
        except StoreError as exc:
            self.show_error(str(exc))
            return None
        except OSError as exc:
            self.show_error(self.tr("{file} cannot be created: {reason}")
                            .replace("{file}", str(path)).replace("{reason}", exc.strerror or str(exc)))
            return None
        return path

    def accept(self) -> None:
        path = self.create_event()
        if path is not None:
            self.created_path = path
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> Path | None:
        """Run the dialog; the path of the new event database, or ``None`` if cancelled."""
        dialog = cls(parent)
        try:
            dialog.exec()
            return dialog.created_path
        finally:
            dialog.deleteLater()


def check_event_file(path: str | Path) -> str | None:
    """``None`` if ``path`` opens as a checkin event database, else the reason it does not."""
    try:
        with EventStore.open(path):
            return None
    except StoreError as exc:
        return str(exc)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """One message box for a file that cannot be used (patched in tests)."""
    QMessageBox.warning(parent, title, message)


def open_event_file(parent: QWidget | None = None, folder: str | Path | None = None) -> Path | None:
    """Let the user pick an event database; its path once it is known to open, else ``None``."""
    title = QCoreApplication.translate("OpenEvent", "Open event")
    path, _filter = file_access.open_file_name(
        parent, title, str(folder or _documents_dir()),
        QCoreApplication.translate("OpenEvent", "Event databases (*.db);;All files (*)"),
    )
    if not path:
        return None
    problem = check_event_file(path)
    if problem is not None:
        show_error(parent, title, problem)
        return None
    return Path(path)
