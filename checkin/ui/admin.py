"""Admin actions in the window: the PIN prompt, the purge confirmation, restoring a backup.

* :func:`require_pin` guards an admin action (import, export, purge, settings,
  undoing another desk's check-in, restore): it asks with :class:`PinDialog`
  only when the event has a PIN; front-desk work never calls it. The PIN guards
  the window, not the file (see :mod:`checkin.privacy`).
* :class:`PurgeDialog` confirms "close the event" and reminds staff to export
  first; :func:`run_purge` does it and says what happened.
* :class:`RestoreDialog` picks one of the event's backups (or another file).

Every dialog has a patchable classmethod ``ask()`` for tests.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QVBoxLayout,
)

from checkin import backup, privacy
from checkin.exports import LOCAL_TZ
from checkin.store import StoreError
from checkin.ui.dialogs.form import FormDialog
from checkin.ui import file_access


class PinDialog(FormDialog):
    """Ask for the admin PIN; accepts only the right one."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.label = self.add_row(self.pin)
        self.finish()
        self.pin.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Admin PIN"))
        self.label.setText(self.tr("Admin &PIN:"))
        self.pin.setAccessibleName(self.tr("Admin PIN"))
        self.set_button_texts(self.tr("&Unlock"), self.tr("Cancel"))

    def accept(self) -> None:
        if privacy.check_pin(self.store, self.pin.text()):
            super().accept()
            return
        self.pin.clear()
        self.show_error(self.tr("Wrong PIN. Try again."), self.pin)

    @classmethod
    def ask(cls, store, parent=None) -> bool:
        """True once the right PIN was entered; False if staff cancel."""
        return cls(store, parent).exec() == QDialog.DialogCode.Accepted


def require_pin(parent, store, action: str) -> bool:
    """True if ``action`` may go ahead: no PIN is set, the action is not guarded, or the PIN was given."""
    if store is None or not privacy.needs_pin(store, action):
        return True
    return PinDialog.ask(store, parent)


def backup_before(parent, store) -> bool:
    """A checked backup before a risky change (an import); False, after a message, if it failed."""
    if store is None or store.count() == 0:
        return True  # nothing to lose yet
    try:
        backup.backup_now(store)
    except StoreError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("admin", "No backup"), str(exc))
        return False
    return True


class SetPinDialog(FormDialog):
    """Choose a new admin PIN (typed twice); an empty one removes the lock."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.first, self.second = QLineEdit(), QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label = self.add_row(self.first)
        self.second_label = self.add_row(self.second)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self.finish()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set admin PIN"))
        self.first_label.setText(self.tr("New &PIN:"))
        self.second_label.setText(self.tr("&Repeat:"))
        self.note.setText(self.tr(
            "The PIN locks import, export, purge, settings and undoing another desk's check-in in this "
            "window. It guards the window, not the file: the laptop's disk encryption protects the file. "
            "Leave both fields empty to remove the PIN."))
        self.set_button_texts(self.tr("&Save"), self.tr("Cancel"))

    def accept(self) -> None:
        pin = self.first.text()
        if pin != self.second.text():
            self.show_error(self.tr("The two PINs differ."), self.second)
        elif pin and len(pin.strip()) < privacy.MIN_PIN_LENGTH:
            message = self.tr("The PIN needs at least {n} characters.")
            self.show_error(message.format(n=privacy.MIN_PIN_LENGTH), self.first)
        else:
            super().accept()

    @classmethod
    def ask(cls, parent=None) -> str | None:
        """The new PIN ('' to remove it), or None if cancelled."""
        dialog = cls(parent)
        return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PurgeDialog(QDialog):
    """Confirm "close the event": explains what goes, reminds to export first, needs a tick."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.exported = QCheckBox()
        self.delete_backups = QCheckBox()
        self.delete_backups.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        # Enter never deletes: once the tick enabled it, the delete button became the default, and
        # Alt+E, Enter purged the event (and its backups) with no second look. Enter cancels; the
        # button is pressed on purpose (Alt+D, or Tab to it and Space).
        self.ok.setAutoDefault(False)
        self.exported.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.exported)
        layout.addWidget(self.delete_backups)
        layout.addWidget(self.buttons)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # (once in the dialog: a button outside one cannot be its default)
        cancel.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the event (delete personal data)"))
        self.text.setText(self.tr(
            "<p><b>This deletes every name, e-mail address, organisation and note of this event for "
            "good</b>, with the check-in log and the search index. Only anonymous counts stay (by type "
            "of organisation, by workshop, arrivals per 15 minutes), so the report still works.</p>"
            "<p><b>Export first</b> what you must keep: the attendance export, the signed attendance "
            "list and the report (File ▸ Export…).</p>"))
        self.exported.setText(self.tr("I have &exported what I need to keep"))
        self.delete_backups.setText(self.tr("Also delete this event's &backups (they hold the same "
                                            "personal data)"))
        self.ok.setText(self.tr("&Delete personal data"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    @classmethod
    def ask(cls, parent=None) -> dict | None:
        """``{"keep_backups": bool}`` once confirmed, else None."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return {"keep_backups": not dialog.delete_backups.isChecked()}


class PurgeBackupsText(QObject):
    """What a purge did with the event's backups, "1 backup" or "3 backups" (a QObject: lupdate
    takes a plural form only from ``self.tr``, not from ``QCoreApplication.translate``)."""

    def lines(self, deleted: list[Path], kept: list[Path]) -> list[str]:
        lines = []
        if deleted:
            lines.append(self.tr("%n backup(s) of this event were deleted too.", "", len(deleted)))
        if kept:
            lines.append(self.tr("%n backup(s) still hold personal data, in {folder}.", "", len(kept))
                         .format(folder=privacy.folders_of(kept)))
        return lines


def run_purge(parent, store) -> privacy.PurgeResult | None:
    """Guard, confirm and purge; tell the user what happened. None if nothing was done."""
    if not require_pin(parent, store, "purge"):
        return None
    options = PurgeDialog.ask(parent)
    if options is None:
        return None
    try:
        result = privacy.purge(store, **options)
    except StoreError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("admin", "Purge incomplete"), str(exc))
        return None
    lines = [QCoreApplication.translate(
        "admin", "Deleted {people} people and {entries} log entries; anonymous counts kept.").format(
            people=result.people, entries=result.log_entries)]
    lines += PurgeBackupsText().lines(result.deleted_backups, result.kept_backups)
    if result.copies:
        lines.append(QCoreApplication.translate(
            "admin",
            "These copies of the event still hold the personal data; delete them too: {files}").format(
                files=", ".join(path.name if path.parent == store.path.resolve().parent else str(path)
                                for path in result.copies)))
    if result.backups_of_copies:
        lines.append(QCoreApplication.translate(
            "admin", "The event's {count} backups are kept while those copies hold the same people; once "
            "they are deleted or closed, close this event again to delete the backups too."
        ).format(count=len(result.backups_of_copies)))
    lines.append(QCoreApplication.translate(
        "admin", "Desk copies on other laptops keep theirs until they are purged or deleted there."))
    QMessageBox.information(parent, QCoreApplication.translate("admin", "Event closed"), "\n".join(lines))
    return result



def _saved_at(backup_file: Path) -> str:
    """When a backup was made, as the restore dialog and its last question show it."""
    return datetime.fromtimestamp(backup_file.stat().st_mtime, LOCAL_TZ).strftime("%d.%m.%Y %H:%M:%S")


class RestoreDialog(QDialog):
    """Choose a backup of the event (newest first) or another file to restore."""

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.chosen: Path | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        # This file's own backups first; those of the event's other copies (a desk's, the file under
        # an earlier name) after them, each with the file it was made of.
        own = backup.backup_dir(self.db_path)
        for path in sorted(backup.list_backups(self.db_path), key=lambda path: path.parent != own):
            made_of = "" if path.parent == own else f"   ← {path.parent.name}.db"
            item = QListWidgetItem(f"{_saved_at(path)}   ({path.stat().st_size // 1024} KB){made_of}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.other = QPushButton()
        self.other.clicked.connect(self.choose_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        time = self.tr("<time>", "placeholder in a file name")
        kept = f"{self.db_path.stem}.replaced-{time}.db"
        self.intro.setText(self.tr(
            "Choose the backup to restore. The current event file is kept beside it as “{file}”. "
            "Check-ins made after the backup are not in it.").format(file=kept))
        self.other.setText(self.tr("Other &file…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def choose_file(self) -> None:
        path, _ = file_access.open_file_name(self, self.tr("Backup file"), str(self.db_path.parent),
                                              self.tr("Event databases (*.db)"))
        if path:
            self.chosen = Path(path)
            super().accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if self.chosen is None and item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        if self.chosen is not None:
            super().accept()

    @classmethod
    def ask(cls, db_path: Path, parent=None) -> Path | None:
        dialog = cls(db_path, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def confirm_restore(parent, chosen: Path) -> bool:
    """The last word before the event file is replaced; "Cancel" is the default, so a stray
    Enter keeps the event as it is. Tests patch this function."""
    saved = _saved_at(chosen)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("admin", "Restore a backup"),
                      QCoreApplication.translate(
                          "admin", "Replace the event with the backup of {time}? Check-ins and walk-ins "
                          "since then are not in it (the current file is kept aside).").format(time=saved),
                      QMessageBox.StandardButton.Cancel, parent)
    restore = box.addButton(QCoreApplication.translate("admin", "&Replace the event"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


def run_restore(parent, db_path: Path, close_event, reopen_event) -> Path | None:
    """Pick a backup and restore it into ``db_path``.

    ``close_event()`` must close the window's connection first; ``reopen_event(path)``
    opens the event again afterwards (also when the restore failed).
    Returns the file that was set aside, or None.
    """
    chosen = RestoreDialog.ask(db_path, parent)
    if chosen is None or not confirm_restore(parent, chosen):
        return None
    close_event()  # restore() keeps the current file aside, so nothing is lost
    try:
        replaced = backup.restore(chosen, db_path)
    except StoreError as exc:
        reopen_event(db_path)
        QMessageBox.warning(parent, QCoreApplication.translate("admin", "Backup not restored"), str(exc))
        return None
    reopen_event(db_path)
    message = QCoreApplication.translate("admin",
                                         "Restored {backup}. The replaced file was kept as {replaced}.")
    QMessageBox.information(parent, QCoreApplication.translate("admin", "Backup restored"), message.format(
        backup=chosen.name, replaced=replaced.name if replaced else "–"))
    return replaced
