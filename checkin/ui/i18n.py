"""Translations: Qt's own ``qtbase`` catalogue first, then checkin's, switchable at run time.

The committed sources are ``resources/i18n/checkin_<lang>.ts`` (source strings in
English). The ``.qm`` files are generated: on first use (or when the ``.ts`` is
newer) ``pyside6-lrelease`` compiles them into ``data_dir()/i18n``; this works
from the source tree and from an installed wheel alike. Should lrelease be
missing, the ``.ts`` file is read directly (:class:`TsTranslator`), so the
window is never left untranslated.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from checkin import paths
from checkin.assets import resource

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_language = "en"


def current() -> str:
    """The language the window speaks now (``de`` or ``en``), for texts that come as data."""
    return _language


def ts_file(language: str) -> Path:
    return resource("i18n", f"checkin_{language}.ts")


def _lrelease() -> list[str] | None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    try:
        import PySide6

        binary = Path(PySide6.__file__).with_name("lrelease")
        if binary.exists():
            return [str(binary)]
    except ImportError:
        pass
    return None


def compiled_qm(language: str) -> Path | None:
    """The ``.qm`` for ``language``, compiled from the ``.ts`` when missing or out of date."""
    source = ts_file(language)
    if not source.exists():
        return None
    target = paths.data_dir() / "i18n" / f"checkin_{language}.qm"
    try:
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            return target
        command = _lrelease()
        if command is None:
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([*command, "-silent", str(source), "-qm", str(target)],
                       check=True, capture_output=True, timeout=60)
        return target if target.exists() else None
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile %s: %s", source, exc)
        return None


class TsTranslator(QTranslator):
    """Reads a ``.ts`` file directly: the fallback when no ``.qm`` can be built."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self._messages: dict[tuple[str, str], str | list[str]] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if forms or translation.text:
                    self._messages[(name, message.findtext("source", ""))] = forms or translation.text

    def translate(self, context, source_text, disambiguation=None, n=-1):
        found = self._messages.get((context, source_text))
        if found is None:
            return None  # a null string: Qt falls back to the source text
        if isinstance(found, list):  # German and English: singular for 1, else plural
            found = found[0 if n == 1 else -1].replace("%n", str(n))
        return found

    def isEmpty(self) -> bool:
        return not self._messages


def install(language: str) -> None:
    """Replace the installed translators by ``language``'s. The source strings are English; the
    English catalogue holds only the plural forms ("1 row", "8 rows" for "%n row(s)")."""
    global _language
    _language = language
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    own = QTranslator(app)
    qm = compiled_qm(language)
    if qm is not None and own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    elif ts_file(language).exists():
        fallback = TsTranslator(ts_file(language), app)
        app.installTranslator(fallback)
        _installed.append(fallback)


def date_text(iso: str) -> str:
    """``2017-03-20`` in the window's language, always with four digits for the year: 20.03.2017
    (German's short format alone gives 20.03.17); text that is no date comes back as it is."""
    date = QDate.fromString(iso, "yyyy-MM-dd")
    if not date.isValid():
        return iso
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return QLocale().toString(date, pattern)
