"""Before a walk-in is added: the same name is already in the event. Show them, or add anyway?

``NamesakeDialog.ask(parent, name, people)`` returns ``"show"`` (put the name in the
search field, so the desk checks in the registered person as usual), ``"new"``
(a different person: add the walk-in) or ``None`` (cancel). Tests patch ``ask``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMessageBox

from checkin.domain import Attendee
from checkin.ui.attendee_model import local_time


class NamesakeDialog(QMessageBox):
    def __init__(self, parent=None, name: str = "", people: list[Attendee] | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.people = list(people or [])
        self.name = name
        self.show_button = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.new_button = self.addButton("", QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton("", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.show_button)
        self.setEscapeButton(self.cancel_button)
        self.retranslate()

    def _line(self, person: Attendee) -> str:
        where = escape(person.organisation) if person.organisation else self.tr("no organisation")
        if person.checked_in:
            status = self.tr("checked in at {time}, {desk}").format(
                time=local_time(person.checked_in_at), desk=escape(person.station or ""))
        else:
            status = self.tr("not checked in")
        return f"<b>{escape(person.full_name)}</b> – {where} – {status}"

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Already in the event?"))
        self.setText(self.tr("{name} is already in the event:").format(name=escape(self.name)))
        if self.people and all(p.checked_in for p in self.people):
            advice = self.tr("If this is the same person, they are already checked in: there is no need "
                             "to add a walk-in.")
        else:
            advice = self.tr("If this is the same person, check them in from the list instead of adding a "
                             "walk-in.")
        self.setInformativeText("<br>".join(self._line(p) for p in self.people[:5]) + "<br><br>" + advice)
        self.show_button.setText(self.tr("&Show in the list"))
        self.new_button.setText(self.tr("&Add a new walk-in"))
        self.cancel_button.setText(self.tr("Cancel"))

    @classmethod
    def ask(cls, parent=None, name: str = "", people: list[Attendee] | None = None) -> str | None:
        dialog = cls(parent, name, people)
        dialog.exec()
        return {dialog.show_button: "show", dialog.new_button: "new"}.get(dialog.clickedButton())
