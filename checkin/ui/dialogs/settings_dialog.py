"""The settings dialog: station name, language, sounds on or off, text size.

``SettingsDialog.ask(parent, settings)`` returns a dict of the chosen values
(``station``, ``language``, ``sounds``, ``text_size``) or ``None``; the main
window stores them in :class:`checkin.ui.settings.Settings` and applies them at
once (language and text size included). Tests patch ``ask``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit

from checkin.ui.dialogs.form import FormDialog
from checkin.ui.settings import LANGUAGES, TEXT_SIZES, Settings

LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}  # each in its own language, never translated


class SettingsDialog(FormDialog):
    def __init__(self, parent=None, settings: Settings | None = None):
        super().__init__(parent)
        settings = settings or Settings()
        self.station = QLineEdit(settings.station)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.sounds = QCheckBox()
        self.sounds.setChecked(settings.sounds)
        self.text_size = QComboBox()
        for size in TEXT_SIZES:
            self.text_size.addItem(f"{size} pt", size)
        if settings.text_size in TEXT_SIZES:
            self.text_size.setCurrentIndex(TEXT_SIZES.index(settings.text_size))
        self._labels = [self.add_row(f) for f in (self.station, self.language)]
        self.form.addRow("", self.sounds)  # the check box names itself, with its own Alt+letter
        self._labels.append(self.add_row(self.text_size))
        self.finish()
        self.station.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = (self.tr("&Station (desk) name:"), self.tr("&Language:"), self.tr("&Text size:"))
        for label, text in zip(self._labels, texts):
            label.setText(text)
        self.sounds.setText(self.tr("Play a s&ound after every scan"))
        self.station.setAccessibleName(self.tr("Station name"))
        self.language.setAccessibleName(self.tr("Language"))
        self.sounds.setAccessibleName(self.tr("Sounds"))
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.set_button_texts(self.tr("OK"), self.tr("Cancel"))

    def values(self) -> dict:
        return {
            "station": self.station.text().strip(),
            "language": self.language.currentData(),
            "sounds": self.sounds.isChecked(),
            "text_size": self.text_size.currentData(),
        }

    @classmethod
    def ask(cls, parent=None, settings: Settings | None = None) -> dict | None:
        dialog = cls(parent, settings)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
