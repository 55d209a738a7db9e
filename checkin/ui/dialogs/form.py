"""What the desk's small form dialogs share: labelled rows, an error line, OK/Cancel buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from checkin import codes


class FormDialog(QDialog):
    """A dialog of labelled rows with an error line and two buttons.

    Subclasses call :meth:`add_row` for each field, then :meth:`finish`; ``retranslate``
    sets texts with :meth:`set_button_texts`.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_row(self, field: QWidget) -> QLabel:
        """Add ``field`` with a label (text set in ``retranslate``) that is its keyboard buddy."""
        label = QLabel()
        label.setBuddy(field)
        self.form.addRow(label, field)
        return label

    def finish(self) -> None:
        self.setMinimumWidth(420)  # room for a long organisation name without scrolling the field
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, message: str, focus: QWidget | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        # Grow to hold the message: a dialog that stayed its size cut off the text above it.
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        if focus is not None:
            focus.setFocus()

    def refused_scan(self, fields: dict[QLineEdit, str]) -> bool:
        """True (with the error shown) if one of ``fields`` holds a badge code: a badge scanned
        while this dialog had the focus, which the scanner's Enter would otherwise save as a
        name. That field goes back to its value in ``fields``."""
        for field, before in fields.items():
            if codes.looks_like_code(field.text()):
                field.setText(before)
                self.show_error(
                    self.tr("That is a badge code, not a name. Cancel and scan it at the desk."), field)
                field.selectAll()
                return True
        return False

    def set_button_texts(self, ok: str, cancel: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
