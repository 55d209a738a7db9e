"""Alt+letter mnemonics: no letter twice among what is on screen at the same time, in each language.

The menu-bar titles are reachable with Alt+letter from anywhere in the window, so
they share the letters with the desk (when an event is open) or the start screen
(when none is); inside an open menu each action's letter must be unique.
"""

from __future__ import annotations

from collections import Counter

import pytest
import shiboken6
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel


def mnemonic(text: str) -> str | None:
    """``"Print &badge…"`` -> ``"B"``; ``None`` for a text without a mnemonic."""
    sequence = QKeySequence.mnemonic(text).toString()
    return sequence.rpartition("+")[2].upper() or None


def widget_mnemonics(root) -> list[tuple[str, str]]:
    """(letter, text) of every button and buddied label under ``root``."""
    found = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        letter = mnemonic(widget.text())
        if letter:
            found.append((letter, widget.text()))
    return found


def without_mnemonic(root) -> list[str]:
    """Texts of the labels (with a field), check boxes, radio buttons and push buttons under
    ``root`` that no Alt+letter reaches, and field labels without a field to go to. A dialog's
    OK and Cancel (or Close) buttons are left out: Enter and Esc are their keys. Hidden widgets
    (the badge dialog's "Badges for" when badges for one person are shown) are left out too."""
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QPushButton

    field_labels = set()
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                field_labels.add(item.widget())
    missing = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisibleTo(root) or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None and widget not in field_labels:
            continue  # words to read, not a field's name
        if isinstance(widget, QLabel) and widget.buddy() is None:
            missing.append(widget.text() + " (no field)")
            continue
        box = widget.parent()
        enter_or_esc = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.RejectRole)
        if isinstance(widget, QPushButton) and isinstance(box, QDialogButtonBox) \
                and box.buttonRole(widget) in enter_or_esc:
            continue
        if mnemonic(widget.text()) is None:
            missing.append(widget.text())
    return missing


def clashes(entries: list[tuple[str, str]]) -> list[list[str]]:
    count = Counter(letter for letter, _ in entries)
    return [[text for letter, text in entries if letter == twice] for twice, n in count.items() if n > 1]


def test_mnemonic_finds_the_letter():
    assert mnemonic("Print &badge…") == "B"
    assert mnemonic("Na&mensschild") == "M"
    assert mnemonic("Rock && Roll") is None
    assert mnemonic("No mnemonic") is None


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_mnemonic_letter_is_used_twice_on_one_screen(window, plain, language):
    window.apply_settings({"station": window.settings.station, "language": language,
                           "sounds": window.settings.sounds, "text_size": window.settings.text_size})
    QApplication.processEvents()  # the LanguageChange events reach the Badges menu
    window.desk.search.setText(plain[0].last_name)  # a person on the card: every button has its text
    bar = [(mnemonic(a.text()), a.text()) for a in window.menuBar().actions() if mnemonic(a.text())]
    assert len(bar) == 5  # File, Edit, Badges, View, Help
    problems = {}
    desk = bar + widget_mnemonics(window.desk)
    start = bar + widget_mnemonics(window.start)
    assert len(desk) > len(bar) + 4 and len(start) > len(bar) + 3
    for name, entries in [("desk", desk), ("start screen", start)]:
        if clashes(entries):
            problems[name] = clashes(entries)
    for action in window.menuBar().actions():
        menu = action.menu()
        menu.aboutToShow.emit()  # the recent-events submenu fills itself here
        entries = [(mnemonic(a.text()), a.text()) for a in menu.actions() if mnemonic(a.text())]
        assert len(entries) >= 1
        if clashes(entries):
            problems[menu.title()] = clashes(entries)
    assert problems == {}


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_mnemonic_letter_is_used_twice_in_a_dialog(window, plain, language, tmp_path):
    """The dialogs volunteers and organisers work through by keyboard alone: within each,
    every Alt+letter leads to one field or button, and every field, choice and button (but
    a dialog's OK and Cancel, which are Enter and Esc) has one."""
    import pprint

    from checkin.ui.admin import PinDialog, PurgeDialog, RestoreDialog, SetPinDialog
    from checkin.ui.badge_print import BadgePreviewDialog
    from checkin.ui.dashboard import DashboardDialog
    from checkin.ui.dialogs.edit_attendee import EditAttendeeDialog
    from checkin.ui.dialogs.event_dialogs import NewEventDialog
    from checkin.ui.dialogs.settings_dialog import SettingsDialog
    from checkin.ui.dialogs.undo_reason import UndoReasonDialog
    from checkin.ui.dialogs.walk_in import WalkInDialog
    from checkin.ui.export_dialog import ExportDialog

    window.apply_settings({"station": window.settings.station, "language": language,
                           "sounds": window.settings.sounds, "text_size": window.settings.text_size})
    QApplication.processEvents()
    store = window.store
    dialogs = {
        "walk-in": WalkInDialog(None, ["Kommune"]),
        "correction": EditAttendeeDialog(None, plain[0]),
        "undo reason": UndoReasonDialog(None, plain[0].full_name),
        "settings": SettingsDialog(None, window.settings),
        "new event": NewEventDialog(None, tmp_path),
        "export": ExportDialog(None),
        "pin": PinDialog(store),
        "set pin": SetPinDialog(),
        "purge": PurgeDialog(),
        "restore": RestoreDialog(store.path),
        "badges": BadgePreviewDialog(store, [plain[0].id], window.settings.station),
        "print badges": BadgePreviewDialog(store, None, window.settings.station),
        "report": DashboardDialog(store),
    }
    problems, missing = {}, {}
    for name, dialog in dialogs.items():
        entries = widget_mnemonics(dialog)
        assert entries, name
        if clashes(entries):
            problems[name] = clashes(entries)
        if without_mnemonic(dialog):
            missing[name] = without_mnemonic(dialog)
        shiboken6.delete(dialog)  # now, not after the window closed the event they read
    assert problems == {}
    assert missing == {}, pprint.pformat(missing)
