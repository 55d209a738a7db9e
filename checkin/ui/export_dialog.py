"""File ▸ Export…: choose what to write (signed list, attendance, report), then where.

:func:`run_export` guards the action with the admin PIN, asks with
:class:`ExportDialog` (patchable ``ask()``), asks for the file name
(:func:`save_path`, patchable too) and writes it with the core functions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QLabel, QMessageBox, QRadioButton,
    QVBoxLayout,
)

from checkin import exports, report
from checkin.attendance_list import write_attendance_list
from checkin.store import StoreError
from checkin.ui import file_access

# choice -> (default file name, file filter)
CHOICES = {
    "list": ("teilnehmerliste.pdf", "PDF (*.pdf)"),
    "xlsx": ("anwesenheit.xlsx", "Excel (*.xlsx)"),
    "excel_csv": ("anwesenheit.csv", "CSV (*.csv)"),
    "utf8_csv": ("anwesenheit.csv", "CSV (*.csv)"),
    "report": ("bericht.pdf", "PDF (*.pdf)"),
}


class ExportDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel()
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for key in CHOICES:
            radio = QRadioButton()
            self.radios[key] = radio
            self.group.addButton(radio)
            layout.addWidget(radio)
        self.radios["list"].setChecked(True)
        self.checked_in_only = QCheckBox()
        layout.addWidget(self.checked_in_only)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(self._choice_changed)
        self.retranslate()
        self._choice_changed()

    def choice(self) -> str:
        return next(key for key, radio in self.radios.items() if radio.isChecked())

    def _choice_changed(self, *_args) -> None:
        choice = self.choice()
        self.checked_in_only.setEnabled(choice != "report")
        # the list is signed at the desk by everyone; the attendance lists those who came
        self.checked_in_only.setChecked(choice not in ("list", "report"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.intro.setText(self.tr("What do you want to export?"))
        self.radios["list"].setText(self.tr("Attendance &list to sign (PDF)"))
        self.radios["xlsx"].setText(self.tr("Attendance as an &Excel workbook (.xlsx)"))
        self.radios["excel_csv"].setText(self.tr("Attendance as CSV for &German Excel (;, Windows-1252)"))
        self.radios["utf8_csv"].setText(self.tr("Attendance as CSV, &UTF-8 with ; (all letters kept)"))
        self.radios["report"].setText(self.tr("&Report with figures and chart (PDF)"))
        self.checked_in_only.setText(self.tr("Only people &checked in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save as…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    @classmethod
    def ask(cls, parent=None) -> dict | None:
        """``{"choice": key of CHOICES, "checked_in_only": bool}``, or None if cancelled."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return {"choice": dialog.choice(), "checked_in_only": dialog.checked_in_only.isChecked()}


def save_path(parent, choice: str, folder: Path) -> Path | None:
    """Ask where to save (a file dialog); None if cancelled."""
    name, pattern = CHOICES[choice]
    title = QCoreApplication.translate("ExportDialog", "Export to")
    path, _ = file_access.save_file_name(parent, title, str(folder / name), pattern)
    return Path(path) if path else None


def write_export(store, choice: str, path: Path, checked_in_only: bool) -> int:
    """Write one export (a key of :data:`CHOICES`); returns how many people it lists."""
    if choice == "list":
        return write_attendance_list(store, path, checked_in_only=checked_in_only).people
    if choice == "report":
        report.write_report(store, path)
        return report.figures(store).total.attended
    if choice == "xlsx":
        return exports.write_xlsx(store, path, checked_in_only=checked_in_only).rows
    return exports.write_csv(store, path, excel=choice == "excel_csv",
                             delimiter=";" if choice == "utf8_csv" else ",",
                             checked_in_only=checked_in_only).rows


def run_export(parent, store) -> Path | None:
    """Guard with the PIN, ask what and where, write it, and say so. The file written, or None."""
    from checkin.ui.admin import require_pin

    if store is None or not require_pin(parent, store, "export"):
        return None
    options = ExportDialog.ask(parent)
    if options is None:
        return None

    def failed(exc: Exception) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("ExportDialog", "Export failed"), str(exc))

    if options["choice"] != "report":
        try:  # a closed event has nobody to list: say so before asking where to save
            store.refuse_if_closed(exports.CLOSED_EVENT)
        except StoreError as exc:
            failed(exc)
            return None
    path = save_path(parent, options["choice"], Path(store.path).parent)
    if path is None:
        return None
    try:
        write_export(store, options["choice"], path, options["checked_in_only"])
    except (OSError, StoreError, exports.ExportError) as exc:
        failed(exc)
        return None
    QMessageBox.information(parent, QCoreApplication.translate("ExportDialog", "Exported"),
                            QCoreApplication.translate("ExportDialog", "Saved {path}.").format(path=path))
    return path

