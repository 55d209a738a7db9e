"""What a tester driving the desk by keyboard found: the card and the list after Ctrl+Z, a double
Enter on a note, an old red banner, a cramped undo dialog, and words that did not match."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.store import EventStore
from checkin.ui import banner as bn
from checkin.ui import desk as desk_module
from checkin.ui import i18n
from conftest import scan_keys, type_keys


def fresh(db_path, attendee_id):
    with EventStore.open(db_path) as s:
        return s.attendee(attendee_id)


def selected_ids(desk) -> list[int]:
    return [desk.model.attendee_id(index.row()) for index in desk.table.selectionModel().selectedRows()]


def ctrl_z(desk) -> None:
    QTest.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_after_ctrl_z_the_list_follows_the_card_and_enter_never_admits_the_other_person(
        window, db_path, plain):
    """Check in A, then B; find B again (the list filtered to B, B highlighted); Ctrl+Z twice.
    The card showed A while the list still highlighted B, and Enter checked B in again."""
    desk = window.desk
    a, b = plain[0], plain[1]
    scan_keys(desk.search, a.code)
    scan_keys(desk.search, b.code)
    type_keys(desk.search, b.code, gap_ms=150)  # typed, not scanned: the list shows B
    assert selected_ids(desk) == [b.id]
    ctrl_z(desk)
    assert desk.current.id == b.id and selected_ids(desk) == [b.id]
    ctrl_z(desk)
    assert desk.current.id == a.id and not desk.current.checked_in
    assert selected_ids(desk) in ([], [a.id])  # never B while the card shows A
    QTest.keyClick(desk.search, Qt.Key.Key_Return)
    assert not fresh(db_path, b.id).checked_in
    if selected_ids(desk) == [a.id]:
        assert fresh(db_path, a.id).checked_in  # Enter acts on the person the card showed


def test_after_ctrl_z_a_person_in_the_filtered_list_is_highlighted(window, db_path, plain):
    desk = window.desk
    a = plain[2]
    type_keys(desk.search, a.last_name, gap_ms=120)
    QTest.keyClick(desk.search, Qt.Key.Key_Return)
    assert fresh(db_path, a.id).checked_in
    type_keys(desk.search, a.last_name, gap_ms=120)
    QTest.keyClick(desk.search, Qt.Key.Key_Down)  # someone else of that name, if there is one
    ctrl_z(desk)
    assert desk.current.id == a.id
    assert selected_ids(desk) == [a.id]


def test_a_quick_second_enter_does_not_skip_the_note(window, noted, db_path, monkeypatch):
    """Type the name of someone with a note for the desk and press Enter twice quickly: the second
    Enter acknowledged the blue note at once, before anyone could read it."""
    desk = window.desk
    special = noted[0]
    type_keys(desk.search, special.code, gap_ms=150)  # found, not scanned
    QTest.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.banner.state == bn.ATTENTION and fresh(db_path, special.id).checked_in
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the double press
    assert desk.banner.waiting_for_ack
    desk.enter_pressed()  # the same from the search field
    assert desk.banner.waiting_for_ack
    later = desk_module.time.monotonic() + bn.ENTER_GRACE_SECONDS + 0.1
    monkeypatch.setattr(desk_module.time, "monotonic", lambda: later)  # read, then Enter
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert desk.banner.state == bn.CHECKED_IN


def test_escape_acknowledges_a_note_at_once(window, noted):
    desk = window.desk
    scan_keys(desk.search, noted[1].code)
    assert desk.banner.waiting_for_ack
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert desk.banner.state == bn.CHECKED_IN


def test_show_in_the_list_clears_an_old_red_banner(window, demo_store, monkeypatch):
    desk = window.desk
    person = demo_store.search("", limit=None)[4]
    scan_keys(desk.search, "https://example.org/badge/XK7Q-0000")
    assert desk.banner.state == bn.UNKNOWN
    monkeypatch.setattr(desk_module.WalkInDialog, "ask", classmethod(
        lambda cls, parent, types, **_: {"first_name": person.first_name, "last_name": person.last_name,
                                         "organisation": "", "organisation_type": ""}))
    monkeypatch.setattr(desk_module.NamesakeDialog, "ask",
                        classmethod(lambda cls, parent, name, people: "show"))
    QTest.keyClick(desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert desk.current.id == person.id
    assert desk.banner.state == bn.IDLE


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_undo_reason_field_shows_its_whole_placeholder(qtbot, restore_app_state, language):
    from checkin.ui.dialogs.undo_reason import UndoReasonDialog

    i18n.install(language)
    dialog = UndoReasonDialog(None, "Karl-Heinz Müller-Lüdenscheidt")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    metrics = dialog.reason.fontMetrics()
    needed = metrics.horizontalAdvance(dialog.reason.placeholderText()) + 2 * metrics.averageCharWidth()
    assert dialog.reason.width() >= max(needed, 300)


def test_the_card_name_of_a_walk_in_has_one_space(window, demo_store):
    result = demo_store.add_walk_in("Jörg", "Schneider", station="Test-Desk")
    window.desk.search.setText("Schneider")
    window.desk._show_card(demo_store.attendee(result.attendee.id))
    assert "  " not in window.desk.card_name.text()
    assert window.desk.card_name.text().startswith("Jörg Schneider (")


def test_check_in_button_is_off_for_someone_already_checked_in(window, db_path, plain, monkeypatch):
    """Enter on a checked-in person only says "already checked in": the button says so by being off."""
    monkeypatch.setattr(desk_module, "DOUBLE_SEND_SECONDS", 0.0)  # the code typed twice is no double send
    desk = window.desk
    type_keys(desk.search, plain[3].code, gap_ms=150)
    assert desk.check_in_button.isEnabled()
    QTest.keyClick(desk.search, Qt.Key.Key_Return)
    type_keys(desk.search, plain[3].code, gap_ms=150)
    assert desk.current.checked_in and not desk.check_in_button.isEnabled()
    assert desk.undo_button.isEnabled()
    QTest.keyClick(desk.search, Qt.Key.Key_Return)  # Enter still answers: already checked in
    assert desk.banner.state == bn.ALREADY
    ctrl_z(desk)
    assert not desk.current.checked_in and desk.check_in_button.isEnabled()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_correction_has_one_name_in_the_menu_and_on_the_card(window, language):
    window.apply_settings({"station": window.settings.station, "language": language,
                           "sounds": False, "text_size": window.settings.text_size})
    QApplication.processEvents()

    def plain_text(text: str) -> str:
        return text.replace("&", "").rstrip("…").strip().lower()

    assert plain_text(window.edit_action.text()) == plain_text(window.desk.edit_button.text())


def test_print_is_the_default_button_of_the_badge_dialog(qtbot, demo_store):
    from checkin.ui.badge_print import BadgePreviewDialog

    dialog = BadgePreviewDialog(demo_store, None, "Test-Desk")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.print_button.isDefault()


def test_the_namesake_question_does_not_ask_to_check_in_someone_already_checked_in(qtbot, demo_store):
    from checkin.ui.dialogs.namesake import NamesakeDialog

    person = demo_store.search("", limit=None)[3]
    waiting = NamesakeDialog(None, person.full_name, [person])
    qtbot.addWidget(waiting)
    assert "check them in from the list" in waiting.informativeText()
    demo_store.check_in(person.id, station="Empfang 2")
    present = NamesakeDialog(None, person.full_name, [demo_store.attendee(person.id)])
    qtbot.addWidget(present)
    assert "check them in" not in present.informativeText()
    assert "already checked in" in present.informativeText()
