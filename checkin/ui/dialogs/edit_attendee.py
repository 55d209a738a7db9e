"""Correct an attendee at the desk (a typo on the list) before the badge is printed.

``EditAttendeeDialog.ask(parent, attendee)`` returns ``(changes, reason)`` with
only the fields that changed, or ``None``. The desk applies them with
``store.correct``, which logs the change. Tests patch ``ask``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit

from checkin.domain import Attendee
from checkin.ui.dialogs.form import FormDialog

FIELDS = ("title", "first_name", "last_name", "organisation", "organisation_type", "role", "email")


class EditAttendeeDialog(FormDialog):
    def __init__(self, parent=None, attendee: Attendee | None = None):
        super().__init__(parent)
        self.attendee = attendee
        self.fields = {name: QLineEdit(getattr(attendee, name, "") or "") for name in FIELDS}
        self._labels = {name: self.add_row(edit) for name, edit in self.fields.items()}
        self.reason = QLineEdit()
        self._reason_label = self.add_row(self.reason)
        self.finish()
        self.fields["first_name"].setFocus()
        self.fields["first_name"].selectAll()
        self.retranslate()

    def field_labels(self) -> dict[str, str]:
        return {
            "title": self.tr("&Title:"), "first_name": self.tr("&First name:"),
            "last_name": self.tr("&Last name:"), "organisation": self.tr("&Organisation:"),
            "organisation_type": self.tr("Organisation t&ype:"), "role": self.tr("&Role:"),
            "email": self.tr("&E-mail:"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct attendee"))
        labels = self.field_labels()
        for name, label in self._labels.items():
            label.setText(labels[name])
            self.fields[name].setAccessibleName(labels[name].replace("&", "").rstrip(":"))
        self._reason_label.setText(self.tr("Reaso&n (optional):"))
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.set_button_texts(self.tr("&Save"), self.tr("Cancel"))

    def changes(self) -> dict:
        return {name: edit.text().strip() for name, edit in self.fields.items()
                if edit.text().strip() != (getattr(self.attendee, name, "") or "")}

    def accept(self) -> None:
        if not (self.fields["first_name"].text().strip() or self.fields["last_name"].text().strip()):
            self.show_error(self.tr("A person needs a first or last name."), self.fields["first_name"])
            return
        before = {edit: getattr(self.attendee, name, "") or "" for name, edit in self.fields.items()}
        if self.refused_scan(before):
            return
        super().accept()

    @classmethod
    def ask(cls, parent=None, attendee: Attendee | None = None) -> tuple[dict, str] | None:
        dialog = cls(parent, attendee)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.changes(), dialog.reason.text().strip()
