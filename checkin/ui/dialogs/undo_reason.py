"""Ask why a check-in is being undone (the reason goes into the log).

``UndoReasonDialog.ask(parent, name)`` returns the reason (possibly empty) or
``None`` when staff cancel. Tests patch ``ask``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit

from checkin.ui.dialogs.form import FormDialog


class UndoReasonDialog(FormDialog):
    def __init__(self, parent=None, name: str = ""):
        super().__init__(parent)
        self.name = name
        self.reason = QLineEdit()
        self.question = self.add_row(self.reason)
        self.question.setWordWrap(True)
        # The question above a field of the dialog's width: beside it, the long question left
        # the field some 140 pixels, and its placeholder was cut ("z. B. falsche Pers…").
        self.form.setRowWrapPolicy(self.form.RowWrapPolicy.WrapAllRows)
        self.finish()
        self.setMinimumWidth(max(self.minimumWidth(), self.fontMetrics().averageCharWidth() * 60))
        self.reason.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Undo check-in"))
        self.question.setText(self.tr("Undo the check-in of {name}? &Reason (kept in the log):")
                              .format(name=self.name))
        self.reason.setAccessibleName(self.tr("Reason for undoing"))
        self.reason.setPlaceholderText(self.tr("e.g. wrong person scanned"))
        self.set_button_texts(self.tr("&Undo check-in"), self.tr("Cancel"))

    @classmethod
    def ask(cls, parent=None, name: str = "") -> str | None:
        dialog = cls(parent, name)
        return dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
