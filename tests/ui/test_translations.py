"""Translations: every German string filled in, .qm built from the committed .ts, and a fallback."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from checkin.assets import resource
from checkin.ui import i18n

_PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")


def messages(language):
    root = ET.parse(resource("i18n", f"checkin_{language}.ts")).getroot()
    return [(ctx.findtext("name"), m) for ctx in root.iter("context") for m in ctx.iter("message")]


def test_every_german_string_is_translated_with_the_same_placeholders():
    found = messages("de")
    assert len(found) > 100
    for context, message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished",), (context, source)
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        for text in texts:
            assert text, (context, source)
            assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source)) or \
                "%n" in source, (context, source, text)


def test_the_english_file_lists_the_same_strings():
    assert {(c, m.findtext("source")) for c, m in messages("en")} == \
        {(c, m.findtext("source")) for c, m in messages("de")}


def test_the_qm_file_is_built_from_the_ts_and_loaded(qapp, restore_app_state):
    qm = i18n.compiled_qm("de")
    assert qm is not None and qm.stat().st_size > 1000
    i18n.install("de")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # qtbase_de
    i18n.install("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_without_lrelease_the_ts_file_is_read_directly(qapp, restore_app_state, monkeypatch):
    monkeypatch.setattr(i18n, "compiled_qm", lambda language: None)
    i18n.install("de")
    assert QCoreApplication.translate("Desk", "Unknown code") == "Unbekannter Code"
    translator = i18n.TsTranslator(i18n.ts_file("de"))
    assert translator.translate("RunPage", "%n invalid row(s) skipped.", None, 1) == "1 ungültige Zeile übersprungen."
    assert translator.translate("RunPage", "%n invalid row(s) skipped.", None, 4) == "4 ungültige Zeilen übersprungen."


def test_every_string_in_the_code_is_in_the_committed_ts(tmp_path):
    """A string added to the window without running lupdate would show in English in German."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate")
    assert lupdate, "pyside6-lupdate is part of PySide6 and must be installed"
    sources = sorted(str(p) for p in Path(i18n.__file__).parent.rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    root = ET.parse(fresh).getroot()
    in_code = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    committed = {(c, m.findtext("source")) for c, m in messages("de")}
    assert in_code - committed == set(), "run pyside6-lupdate and translate the new strings"


def test_a_missing_translation_falls_back_to_the_source_text(qapp, restore_app_state):
    translator = i18n.TsTranslator(resource("i18n", "checkin_de.ts"))
    assert translator.translate("NoSuchContext", "Some new text") is None
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("NoSuchContext", "Some new text") == "Some new text"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_has_a_singular_and_a_plural_for_every_count(qapp, restore_app_state):
    """"%n row(s)" must never reach the screen as "1 row(s)": the English catalogue has the forms."""
    counted = [(c, m) for c, m in messages("en") if m.get("numerus") == "yes"]
    assert len(counted) >= 9
    for context, message in counted:
        forms = [f.text or "" for f in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f and "(s)" not in f for f in forms), (context, forms)
    i18n.install("en")
    skipped = "%n invalid row(s) skipped."
    assert QCoreApplication.translate("RunPage", skipped, None, 1) == "1 invalid row skipped."
    assert QCoreApplication.translate("RunPage", skipped, None, 4) == "4 invalid rows skipped."
