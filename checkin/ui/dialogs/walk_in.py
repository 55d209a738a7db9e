"""The walk-in dialog: first name, last name, organisation, type; keyboard only.

``WalkInDialog.ask(parent, types)`` returns the entered values as a dict (keys
``first_name``, ``last_name``, ``organisation``, ``organisation_type`` and ``print_badge``) or
``None``; the desk then calls ``store.add_walk_in``, which checks the person in
at once, and prints the badge when ``print_badge`` is ticked. Tests patch ``ask``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit

from checkin.ui.dialogs.form import FormDialog


class WalkInDialog(FormDialog):
    def __init__(self, parent=None, types: list[str] | None = None, offer_badge: bool = True):
        """``offer_badge=False`` hides "Print badge now" (a desk that prints on check-in
        prints the walk-in's badge anyway)."""
        super().__init__(parent)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation_type = QComboBox()
        self.organisation_type.setEditable(True)
        self.organisation_type.addItems([""] + [t for t in (types or []) if t])
        self._fields = (self.first_name, self.last_name, self.organisation, self.organisation_type)
        self._labels = [self.add_row(field) for field in self._fields]
        self._offer_badge = offer_badge
        self.print_badge = QCheckBox()
        self.print_badge.setChecked(offer_badge)  # a walk-in has no badge yet
        if offer_badge:
            self.form.addRow("", self.print_badge)
        self.finish()
        self.first_name.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Walk-in: register and check in"))
        texts = (self.tr("&First name:"), self.tr("&Last name:"), self.tr("&Organisation:"), self.tr("&Type:"))
        names = (self.tr("First name"), self.tr("Last name"), self.tr("Organisation"),
                 self.tr("Type of organisation"))
        for label, text, field, name in zip(self._labels, texts, self._fields, names):
            label.setText(text)
            field.setAccessibleName(name)
        self.print_badge.setText(self.tr("Print &badge now"))
        self.set_button_texts(self.tr("Check &in"), self.tr("Cancel"))

    def values(self) -> dict:
        return {
            "first_name": self.first_name.text().strip(),
            "last_name": self.last_name.text().strip(),
            "organisation": self.organisation.text().strip(),
            "organisation_type": self.organisation_type.currentText().strip(),
            "print_badge": self._offer_badge and self.print_badge.isChecked(),
        }

    def accept(self) -> None:
        values = self.values()
        if not (values["first_name"] or values["last_name"]):
            self.show_error(self.tr("Please enter a first or last name."), self.first_name)
            return
        if self.refused_scan({self.first_name: "", self.last_name: "", self.organisation: ""}):
            return
        super().accept()

    @classmethod
    def ask(cls, parent=None, types: list[str] | None = None, offer_badge: bool = True) -> dict | None:
        dialog = cls(parent, types, offer_badge)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
