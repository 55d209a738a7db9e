"""The desk's small dialogs, driven by the keyboard alone: walk-in, correction, undo reason, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.ui.dialogs.edit_attendee import EditAttendeeDialog
from checkin.ui.dialogs.namesake import NamesakeDialog
from checkin.ui.dialogs.settings_dialog import SettingsDialog
from checkin.ui.dialogs.undo_reason import UndoReasonDialog
from checkin.ui.dialogs.walk_in import WalkInDialog
from checkin.ui.settings import Settings


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def typed(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def tab() -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_walk_in_dialog_by_keyboard_only(qtbot):
    dialog = show(qtbot, WalkInDialog(None, ["Kommune", "Verein"]))
    qtbot.waitUntil(lambda: dialog.first_name.hasFocus())
    typed("Jana")
    tab()
    typed("Özdemir")
    tab()
    typed("Stadt Essen")
    tab()
    assert dialog.organisation_type.hasFocus()
    typed("Kommune")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.values() == {"first_name": "Jana", "last_name": "Özdemir", "organisation": "Stadt Essen",
                               "organisation_type": "Kommune", "print_badge": True}


def test_walk_in_dialog_print_badge_is_one_tab_away_and_can_be_unticked(qtbot):
    dialog = show(qtbot, WalkInDialog(None, []))
    qtbot.waitUntil(lambda: dialog.first_name.hasFocus())
    typed("Jana")
    for _ in range(4):
        tab()
    assert dialog.print_badge.hasFocus() and dialog.print_badge.isChecked()
    assert dialog.print_badge.text() == "Print &badge now"
    QTest.keyClick(dialog.print_badge, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.values()["print_badge"] is False


def test_walk_in_dialog_does_not_offer_a_badge_where_the_desk_prints_one_anyway(qtbot):
    dialog = show(qtbot, WalkInDialog(None, [], offer_badge=False))
    assert not dialog.print_badge.isVisible()
    qtbot.waitUntil(lambda: dialog.first_name.hasFocus())
    typed("Jana")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.values()["print_badge"] is False


def test_walk_in_dialog_needs_a_name(qtbot):
    dialog = show(qtbot, WalkInDialog(None, []))
    QTest.keyClick(dialog.first_name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert not dialog.error.isHidden() and "name" in dialog.error.text()


def test_a_badge_scanned_into_the_walk_in_dialog_is_not_taken_for_a_name(qtbot):
    """A colleague scans a badge while the dialog has the focus: the scanner types the code and
    Enter. The dialog refuses, says why, and clears the code so the name can be typed."""
    from checkin import codes

    dialog = show(qtbot, WalkInDialog(None, []))
    qtbot.waitUntil(lambda: dialog.first_name.hasFocus())
    typed(codes.new_code())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert "badge code" in dialog.error.text() and dialog.first_name.text() == ""
    typed("Jana")
    tab()
    typed("Özdemir")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_badge_scanned_into_the_correction_dialog_does_not_replace_the_name(qtbot, demo_store):
    """The first name is selected when the dialog opens; a scan would replace it with the code and
    Enter would save that. The dialog refuses and puts the name back."""
    from checkin import codes

    person = demo_store.search("", limit=None)[2]
    dialog = show(qtbot, EditAttendeeDialog(None, person))
    qtbot.waitUntil(lambda: dialog.fields["first_name"].hasFocus())
    typed(codes.new_code())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0 and "badge code" in dialog.error.text()
    assert dialog.fields["first_name"].text() == person.first_name and dialog.changes() == {}


def test_walk_in_fields_have_accessible_names_and_labels(qtbot):
    dialog = show(qtbot, WalkInDialog(None, []))
    for field, label in zip(dialog._fields, dialog._labels):
        assert field.accessibleName()
        assert label.buddy() is field and "&" in label.text()


def test_edit_dialog_returns_only_what_changed(qtbot, demo_store):
    person = demo_store.search("", limit=1)[0]
    dialog = show(qtbot, EditAttendeeDialog(None, person))
    qtbot.waitUntil(lambda: dialog.fields["first_name"].hasFocus())
    typed("Johanna")  # the name is selected: typing replaces it
    dialog.reason.setText("Tippfehler")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.fields["first_name"], Qt.Key.Key_Return)
    assert dialog.changes() == {"first_name": "Johanna"}


def test_edit_dialog_refuses_an_empty_name(qtbot, demo_store):
    person = demo_store.search("", limit=1)[0]
    dialog = show(qtbot, EditAttendeeDialog(None, person))
    dialog.fields["first_name"].clear()
    dialog.fields["last_name"].clear()
    QTest.keyClick(dialog.fields["first_name"], Qt.Key.Key_Return)
    assert dialog.result() == 0 and not dialog.error.isHidden()


def test_undo_reason_dialog(qtbot):
    dialog = show(qtbot, UndoReasonDialog(None, "Anna Aydın"))
    assert "Anna Aydın" in dialog.question.text()
    qtbot.waitUntil(lambda: dialog.reason.hasFocus())
    typed("falsche Person")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.reason.text() == "falsche Person"


def test_settings_dialog_shows_and_returns_the_preferences(qtbot):
    settings = Settings()
    settings.station = "Empfang 2"
    settings.language = "de"
    settings.text_size = 14
    dialog = show(qtbot, SettingsDialog(None, settings))
    assert dialog.station.text() == "Empfang 2"
    assert dialog.values()["language"] == "de" and dialog.values()["text_size"] == 14
    dialog.sounds.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.values() == {"station": "Empfang 2", "language": "en", "sounds": False, "text_size": 14}


def test_the_namesake_question_names_the_people_and_shows_them_by_default(qtbot, demo_store):
    """Enter (the default button) shows the registered person; Escape cancels."""
    person = demo_store.search("", limit=None)[3]
    dialog = show(qtbot, NamesakeDialog(None, person.full_name, [person]))
    assert person.full_name in dialog.text() and "not checked in" in dialog.informativeText()
    assert (person.organisation or "no organisation") in dialog.informativeText()
    assert dialog.defaultButton() is dialog.show_button and dialog.escapeButton() is dialog.cancel_button
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.clickedButton() is dialog.show_button
    other = show(qtbot, NamesakeDialog(None, person.full_name, [person]))
    with qtbot.waitSignal(other.finished, timeout=2000):
        other.new_button.click()
    assert other.clickedButton() is other.new_button
