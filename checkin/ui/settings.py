"""The desk's preferences, typed and declared once, stored with QSettings.

Preferences (station name, language, sounds, text size) live in the group
``preferences``; window state (geometry, splitter) in ``window`` so that a
reset of one never touches the other. Event data (name, date, badge layout)
is not here: it lives in the event database and travels with it.

The file is ``settings.ini`` in :func:`checkin.paths.data_dir` (tests point
``CHECKIN_HOME`` at a private folder).
"""

from __future__ import annotations

import os
import socket

from PySide6.QtCore import QByteArray, QLocale, QSettings

from checkin import paths

LANGUAGES = ("de", "en")
TEXT_SIZES = (9, 10, 11, 12, 14, 16, 18, 20)  # point sizes offered in the settings dialog
DEFAULT_TEXT_SIZE = 11


def system_language() -> str:
    """``de`` on a German system, else ``en``."""
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def default_station() -> str:
    return os.environ.get("CHECKIN_STATION") or socket.gethostname() or "Desk"


class Settings:
    """Typed access to the preferences: ``Settings().station = "Empfang 1"``."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def _get(self, key: str, default):
        value = self._q.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return value if value is not None else default

    def sync(self) -> None:
        self._q.sync()

    # -- preferences ------------------------------------------------------------------------

    @property
    def station(self) -> str:
        """This desk's name, written into the log with every check-in."""
        return str(self._get("preferences/station", "")).strip() or default_station()

    @station.setter
    def station(self, value: str) -> None:
        self._q.setValue("preferences/station", value.strip())

    @property
    def language(self) -> str:
        """``de`` or ``en``; the system's language until chosen."""
        value = str(self._get("preferences/language", ""))
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._q.setValue("preferences/language", value)

    @property
    def sounds(self) -> bool:
        return self._get("preferences/sounds", True)

    @sounds.setter
    def sounds(self, value: bool) -> None:
        self._q.setValue("preferences/sounds", bool(value))

    @property
    def text_size(self) -> int:
        """The UI font size in points (the whole window scales with it)."""
        size = self._get("preferences/text_size", DEFAULT_TEXT_SIZE)
        return min(max(size, TEXT_SIZES[0]), TEXT_SIZES[-1])

    @text_size.setter
    def text_size(self, value: int) -> None:
        self._q.setValue("preferences/text_size", int(value))

    # -- window state -----------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def splitter(self) -> QByteArray | None:
        value = self._q.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._q.setValue("window/splitter", value)
