"""The desk by keyboard: scanner input anywhere, double-send, search and check-in, undo, walk-in, edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.store import EventStore
from checkin.ui import banner as bn
from checkin.ui import desk as desk_module
from conftest import scan_keys, type_keys


def fresh(db_path, attendee_id):
    with EventStore.open(db_path) as s:
        return s.attendee(attendee_id)


def kinds(db_path, attendee_id):
    with EventStore.open(db_path) as s:
        return [e.kind for e in s.log(attendee_id)]


def test_scanner_input_is_recognised_while_focus_is_in_the_result_list(window, demo_store, db_path, qtbot, plain):
    person = plain[0]
    window.desk.table.setFocus()
    qtbot.waitUntil(lambda: window.desk.table.hasFocus())
    scan_keys(window.desk.table, person.code)
    assert fresh(db_path, person.id).checked_in
    assert fresh(db_path, person.id).station == "Test-Desk"
    assert window.desk.banner.state == bn.CHECKED_IN
    assert person.last_name in window.desk.banner.headline
    assert window.desk.search.text() == ""
    assert window.desk.search.hasFocus()  # ready for the next person
    assert window.sounds.last_played == "checked_in"


def test_a_scanner_sending_shift_for_capitals_checks_in_the_scanned_person_from_the_list(
        window, demo_store, db_path, qtbot, plain):
    """Real USB scanners press Shift around every capital. The Shift key emptied the scanner
    buffer, so the scan was not recognised: its letters went to the list's type-ahead, which
    highlighted another name, and its Enter checked that other person in."""
    desk = window.desk
    person, other = plain[2], plain[0]
    type_keys(desk.search, other.last_name[:4], gap_ms=150)  # someone else highlighted in the list
    desk.table.setFocus()
    qtbot.waitUntil(lambda: desk.table.hasFocus())
    scan_keys(desk.table, person.code, shift=True)
    assert fresh(db_path, person.id).checked_in
    assert not fresh(db_path, other.id).checked_in or other.id == person.id
    assert desk.banner.state == bn.CHECKED_IN and person.last_name in desk.banner.headline
    assert desk.search.text() == "" and desk.search.hasFocus()


def test_a_scan_too_slow_to_be_recognised_in_the_list_still_checks_in_the_right_person(
        window, demo_store, db_path, qtbot, plain):
    """A slow scanner (60 ms a key) types like a person. In the list, its letters now go to the
    search field (the code finds its owner) instead of moving the list's highlight to another
    name, so its Enter checks in the badge's owner."""
    desk = window.desk
    person, other = plain[3], plain[0]
    type_keys(desk.search, other.last_name[:4], gap_ms=150)
    desk.table.setFocus()
    qtbot.waitUntil(lambda: desk.table.hasFocus())
    type_keys(desk.table, person.code, gap_ms=60, enter=True, shift=True)
    assert fresh(db_path, person.id).checked_in
    assert [a.id for a in demo_store.search("", limit=None) if fresh(db_path, a.id).checked_in] == [person.id]


def test_a_scan_with_shift_during_a_note_is_queued_not_taken_for_the_acknowledgement(
        window, noted, plain, db_path):
    """Gülay has a note for the desk; Olena's badge is scanned while the note is up. Her Enter
    acknowledged the note and she was never checked in."""
    desk = window.desk
    scan_keys(desk.search, noted[0].code, shift=True)
    assert desk.banner.state == bn.ATTENTION
    scan_keys(None, plain[4].code, shift=True)
    assert fresh(db_path, noted[0].id).checked_in
    assert desk.banner.waiting_for_ack  # the note still waits for staff
    desk.banner.acknowledge()
    assert fresh(db_path, plain[4].id).checked_in


def test_scanner_input_in_the_search_field_leaves_no_characters_behind(window, demo_store, db_path, plain):
    person = plain[1]
    window.desk.search.setFocus()
    scan_keys(window.desk.search, person.code.lower())  # Caps Lock off: still the code
    assert fresh(db_path, person.id).checked_in
    assert window.desk.search.text() == ""


def test_the_same_code_twice_within_seconds_shows_the_first_result_again(window, demo_store, db_path, plain):
    person = plain[2]
    scan_keys(window.desk.search, person.code)
    scan_keys(window.desk.search, person.code)  # the scanner sent it twice
    assert window.desk.banner.state == bn.CHECKED_IN
    assert kinds(db_path, person.id) == ["check_in"]


def test_the_same_code_later_is_already_checked_in_with_time_and_desk(window, demo_store, db_path, monkeypatch, plain):
    person = plain[3]
    scan_keys(window.desk.search, person.code)
    monkeypatch.setattr(desk_module, "DOUBLE_SEND_SECONDS", 0.0)
    scan_keys(window.desk.search, person.code)
    assert window.desk.banner.state == bn.ALREADY
    assert "Test-Desk" in window.desk.banner.detail
    assert "since" in window.desk.banner.detail
    assert window.sounds.last_played == "already"
    assert kinds(db_path, person.id) == ["check_in"]


def test_an_unknown_code_is_red_and_changes_nothing(window, demo_store, db_path):
    before = demo_store.stats()["checked_in"]
    scan_keys(window.desk.search, "23456789ABCDEF")
    assert window.desk.banner.state == bn.UNKNOWN
    assert "23456789ABCDEF" in window.desk.banner.detail
    with EventStore.open(db_path) as s:
        assert s.stats()["checked_in"] == before


def test_a_badge_of_another_event_says_so(window, demo_store, tmp_path):
    """A well-formed code with the right check symbol is a real checkin badge: from another event
    (last year's, or the list imported into a second event file). 'Unknown code' sent volunteers
    looking for typos."""
    with EventStore.open(tmp_path / "other.db", create=True) as other:
        stranger = other.add_walk_in("Ada", "Fremd", station="Elsewhere").attendee
    scan_keys(window.desk.search, stranger.code)
    assert window.desk.banner.state == bn.UNKNOWN
    assert "not of this event" in window.desk.banner.detail
    scan_keys(window.desk.search, "23456789ABCDEF")  # no check symbol that fits: a stray code
    assert "is not on the list" in window.desk.banner.detail


def test_slow_typing_is_a_name_search_not_a_scan(window, demo_store, db_path, qtbot, plain):
    person = plain[4]
    typed = person.last_name[:5]
    type_keys(window.desk.search, typed, gap_ms=120)
    assert window.desk.search.text() == typed
    assert window.desk.model.rowCount() >= 1
    ids = [window.desk.model.attendee_id(r) for r in range(window.desk.model.rowCount())]
    assert person.id in ids
    assert not fresh(db_path, person.id).checked_in
    assert window.desk.banner.state == bn.IDLE


def test_search_arrow_and_enter_check_in_the_highlighted_person(window, demo_store, db_path):
    desk = window.desk
    type_keys(desk.search, "a", gap_ms=120)
    assert desk.model.rowCount() >= 2
    QTest.keyClick(desk.search, Qt.Key.Key_Down)
    target = desk.model.attendee_id(1)
    assert desk.current.id == target  # the card follows the highlight
    QTest.keyClick(desk.search, Qt.Key.Key_Return)
    assert fresh(db_path, target).checked_in
    assert desk.banner.state in (bn.CHECKED_IN, bn.ATTENTION)
    assert desk.search.text() == ""


def test_a_code_typed_slowly_and_enter_is_still_a_check_in(window, demo_store, db_path, plain):
    person = plain[5]
    type_keys(window.desk.search, person.code, gap_ms=150, enter=True)
    assert fresh(db_path, person.id).checked_in


def test_a_person_with_a_note_needs_acknowledging_and_later_scans_wait(window, demo_store, db_path, plain, noted):
    special = noted[0]
    other = plain[6]
    scan_keys(window.desk.search, special.code)
    assert window.desk.banner.state == bn.ATTENTION
    assert window.desk.banner.ack_button.isVisible()
    assert fresh(db_path, special.id).checked_in
    assert window.desk.banner.ack_button.hasFocus()
    scan_keys(None, other.code)  # the queue moves on, but the note stays
    assert window.desk.banner.state == bn.ATTENTION
    assert not fresh(db_path, other.id).checked_in
    QTest.keyClick(window.desk.banner.ack_button, Qt.Key.Key_Escape)
    assert window.desk.banner.state == bn.CHECKED_IN
    assert other.last_name in window.desk.banner.headline
    assert fresh(db_path, other.id).checked_in


def test_ctrl_z_undoes_the_last_check_in_at_this_desk(window, demo_store, db_path, plain):
    person = plain[7]
    scan_keys(window.desk.search, person.code)
    QTest.keyClick(window.desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not fresh(db_path, person.id).checked_in
    assert kinds(db_path, person.id) == ["check_in", "undo"]
    assert "undone" in window.desk.banner.headline


def test_ctrl_z_never_undoes_another_windows_check_in(window, demo_store, db_path, plain):
    """Two windows on one event file go by the same station name (the computer's). Ctrl+Z in one
    undid the other's newer check-in. It undoes this window's own newest one, walking back past
    any that were undone meanwhile, and says so when there is none."""
    mine, theirs, earlier = plain[9], plain[10], plain[11]
    scan_keys(window.desk.search, earlier.code)
    scan_keys(None, mine.code)
    with EventStore.open(db_path) as other_window:
        other_window.check_in(theirs.id, station="Test-Desk")  # same station name, newer
        other_window.undo(mine.id, station="Test-Desk", reason="the other window took it back")
    QTest.keyClick(window.desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fresh(db_path, theirs.id).checked_in
    assert not fresh(db_path, earlier.id).checked_in  # the newest of ours still in force
    assert kinds(db_path, mine.id) == ["check_in", "undo"]  # not undone twice
    QTest.keyClick(window.desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.desk.banner.headline == "Nothing to undo"
    assert fresh(db_path, theirs.id).checked_in


def test_undo_from_the_card_asks_for_a_reason(window, demo_store, db_path, monkeypatch, plain):
    person = plain[8]
    scan_keys(window.desk.search, person.code)
    asked = []
    monkeypatch.setattr(desk_module.UndoReasonDialog, "ask",
                        classmethod(lambda cls, parent, name: asked.append(name) or "wrong person"))
    assert window.desk.undo_button.isEnabled()
    QTest.mouseClick(window.desk.undo_button, Qt.MouseButton.LeftButton)
    assert asked == [person.full_name]
    assert not fresh(db_path, person.id).checked_in
    with EventStore.open(db_path) as s:
        assert s.log(person.id)[-1].reason == "wrong person"
    assert not window.desk.undo_button.isEnabled()


def test_walk_in_by_keyboard_checks_in_at_once(window, db_path, monkeypatch, qtbot):
    monkeypatch.setattr(desk_module.WalkInDialog, "ask", classmethod(
        lambda cls, parent, types, **_: {"first_name": "Wanda", "last_name": "Walkin",
                                         "organisation": "Stadt Ulm", "organisation_type": ""}))
    QTest.keyClick(window.desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with EventStore.open(db_path) as s:
        (person,) = s.search("Walkin")
        assert person.walk_in and person.checked_in and person.organisation == "Stadt Ulm"
    assert window.desk.banner.state == bn.CHECKED_IN
    qtbot.waitUntil(lambda: "Walk-ins: 1" in window.status_counts.text())  # refreshed after the write


def test_correcting_a_name_is_saved_and_logged(window, demo_store, db_path, monkeypatch, plain):
    person = plain[9]
    type_keys(window.desk.search, person.code, gap_ms=150)  # slow: a search, not a scan
    assert window.desk.current.id == person.id
    monkeypatch.setattr(desk_module.EditAttendeeDialog, "ask", classmethod(
        lambda cls, parent, attendee: ({"last_name": "Korrigiert"}, "typo on the list")))
    QTest.keyClick(window.desk.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fresh(db_path, person.id).last_name == "Korrigiert"
    with EventStore.open(db_path) as s:
        entry = s.log(person.id)[-1]
    assert entry.kind == "correction" and entry.reason == "typo on the list"
    assert entry.details["last_name"]["before"] == person.last_name
    assert "Korrigiert" in window.desk.card_name.text()


def test_the_status_line_counts_and_names_the_station(window, demo_store, plain):
    scan_keys(window.desk.search, plain[10].code)
    window.update_status()
    assert "Checked in: 1 / 60" in window.status_counts.text()
    assert "Last 15 min: 1" in window.status_counts.text()
    assert "Test-Desk" in window.status_station.text()


def test_the_title_names_the_event_and_its_date(window, demo_store):
    assert window.windowTitle().startswith(f"checkin — {demo_store.event.name}, ")
    assert "2017" in window.windowTitle() or "17" in window.windowTitle()


def test_controls_have_accessible_names(window):
    desk = window.desk
    for widget in (desk.search, desk.table, desk.check_in_button, desk.undo_button, desk.edit_button,
                   desk.banner.ack_button):
        assert widget.accessibleName()



def test_a_screen_reader_reads_each_value_of_the_card_with_its_field(window, noted):
    """The card's values had their field's name as accessible name, which is all a screen reader
    reads of a label: it said "Status" and "Note for the desk", never the status or the note."""
    from PySide6.QtGui import QAccessible

    desk = window.desk

    def read(key: str) -> str:
        return QAccessible.queryAccessibleInterface(desk.card_values[key]).text(QAccessible.Text.Name)

    person = next(a for a in noted if a.desk_note)
    type_keys(desk.search, person.code, gap_ms=150)  # find, do not scan
    assert desk.current.id == person.id
    assert read("note") == f"Note for the desk: {person.desk_note}"
    assert read("status") == "Status: not checked in"
    desk.check_in_current()
    status = desk.card_values["status"].text()
    assert status.startswith("✓ checked in at") and read("status") == f"Status: {status}"


def contrast_as_painted(palette, role) -> float:
    """WCAG 2 contrast of the colour ``role`` of ``palette``, painted over its base colour."""
    from PySide6.QtGui import QPalette

    base, colour = palette.color(QPalette.ColorRole.Base), palette.color(role)
    painted = [colour.alphaF() * c + (1 - colour.alphaF()) * b
               for c, b in zip(colour.getRgbF()[:3], base.getRgbF()[:3])]
    lighter, darker = sorted((sum(w * (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
                                  for w, c in zip((0.2126, 0.7152, 0.0722), rgb))
                              for rgb in (painted, base.getRgbF()[:3])), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_search_fields_placeholder_has_the_contrast_wcag_asks_of_text(window, qapp):
    """The placeholder is the desk's main instruction ("Scan a badge, or type a name…"). Qt paints
    it in the text colour at half strength: #7f7f7f on white, 4.0:1; WCAG asks 4.5:1."""
    from PySide6.QtGui import QColor, QPalette

    role = QPalette.ColorRole.PlaceholderText
    assert contrast_as_painted(window.desk.search.palette(), role) >= 4.5
    light = qapp.palette()
    dark = QPalette(QColor("#303030"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    qapp.setPalette(dark)  # a dark theme
    try:
        qapp.processEvents()
        assert window.desk.search.palette().color(QPalette.ColorRole.Base) == QColor("#202020")
        assert contrast_as_painted(window.desk.search.palette(), role) >= 4.5
    finally:
        qapp.setPalette(light)

def test_tab_order_goes_from_the_search_to_the_list_and_the_card_buttons(window, plain):
    desk = window.desk
    type_keys(desk.search, plain[0].last_name[:4], gap_ms=150)
    order = [desk.search]
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[1] is desk.table
    assert order[2] is desk.check_in_button
    assert order[3] is desk.undo_button or order[3] is desk.edit_button  # undo is skipped while disabled


def test_escape_clears_the_search(window):
    type_keys(window.desk.search, "ab", gap_ms=150)
    QTest.keyClick(window.desk.search, Qt.Key.Key_Escape)
    assert window.desk.search.text() == ""


def test_a_double_send_during_a_note_is_not_a_false_already(window, noted, db_path, monkeypatch):
    special = noted[1]
    scan_keys(window.desk.search, special.code)
    scan_keys(None, special.code)  # the scanner sent it twice while the note is showing
    assert window.desk.banner.state == bn.ATTENTION
    later = desk_module.time.monotonic() + 60
    monkeypatch.setattr(desk_module.time, "monotonic", lambda: later)  # staff read the note for a minute
    window.desk.banner.acknowledge()
    assert window.desk.banner.state == bn.CHECKED_IN
    assert kinds(db_path, special.id) == ["check_in"]


def test_check_ins_at_other_desks_show_up_on_the_timer(window, demo_store, plain):
    desk = window.desk
    type_keys(desk.search, plain[0].code, gap_ms=150)  # find, do not scan
    assert desk.current.id == plain[0].id and not desk.current.checked_in
    demo_store.check_in(plain[0].id, station="Empfang 2")  # another desk, another connection
    window.stats_timer.timeout.emit()
    assert desk.current.checked_in and "Empfang 2" in desk.card_values["status"].text()
    assert desk.model.data(desk.model.index(0, 2)).startswith("✓")
    assert "Checked in: 1 / 60" in window.status_counts.text()


def test_another_desk_on_the_same_file_shows_up_within_a_second(window, demo_store, plain, qtbot):
    """Two windows on one event file: the half-minute timer is for "last 15 minutes"; a commit
    by another connection is seen by the one-second watch (SQLite's data_version)."""
    desk = window.desk
    type_keys(desk.search, plain[1].code, gap_ms=150)
    assert desk.current.id == plain[1].id and not desk.current.checked_in
    qtbot.wait(1200)  # the watch has seen the file as it is
    assert window.stats_timer.remainingTime() > 5_000  # so the slow timer cannot be what refreshes
    demo_store.check_in(plain[1].id, station="Empfang 2")
    qtbot.waitUntil(lambda: desk.current.checked_in, timeout=2500)
    assert "Empfang 2" in desk.card_values["status"].text()
    assert "Checked in: 1 / 60" in window.status_counts.text()


def test_a_search_that_finds_nobody_clears_the_card(window, demo_store, db_path):
    """Typing on past a match ("Oez" found Özdemir, "Oeztuerk" finds nobody) must not leave the
    last match on the card with its check-in button live: a click would admit the wrong person."""
    desk = window.desk
    someone = demo_store.search("", limit=None)[7]
    type_keys(desk.search, someone.last_name[:3], gap_ms=120)
    assert desk.current is not None and desk.check_in_button.isEnabled()
    type_keys(desk.search, "qqqq", gap_ms=120)
    assert desk.model.rowCount() == 0
    assert desk.current is None and desk.card_name.text() == "Nobody found"
    assert not desk.check_in_button.isEnabled() and not desk.edit_button.isEnabled()
    QTest.keyClick(desk.search, Qt.Key.Key_Return)
    assert not any(a.checked_in for a in demo_store.search("", limit=None))


@pytest.mark.parametrize("answer", ["show", "new", None])
def test_a_walk_in_with_a_registered_name_is_asked_about_first(window, demo_store, db_path, monkeypatch, answer):
    """A volunteer who missed someone in the search and starts a walk-in is told that the name is
    in the event: 'show' puts it in the search (Enter then checks the registered person in),
    'new' adds the walk-in after all, cancel adds nobody."""
    person = demo_store.search("", limit=None)[11]
    asked = []
    monkeypatch.setattr(desk_module.WalkInDialog, "ask", classmethod(
        lambda cls, parent, types, **_: {"first_name": person.first_name,
                                         "last_name": person.last_name.upper(),
                                         "organisation": "", "organisation_type": ""}))
    monkeypatch.setattr(desk_module.NamesakeDialog, "ask", classmethod(
        lambda cls, parent, name, people: asked.append([p.id for p in people]) or answer))
    before = demo_store.count()
    QTest.keyClick(window.desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [[person.id]]
    with EventStore.open(db_path) as s:
        assert s.count() == before + (1 if answer == "new" else 0)
    if answer == "show":
        assert window.desk.current.id == person.id
        QTest.keyClick(window.desk.search, Qt.Key.Key_Return)
        assert fresh(db_path, person.id).checked_in


def test_a_check_in_the_file_refuses_is_red_and_the_next_scan_tries_again(window, plain, db_path):
    """Another program held the event file's write lock past the busy timeout (a long merge or
    restore on a shared file): the check-in raised "database is locked" into the generic error
    box, which said "Your check-ins are saved" although this one was not. Now the banner is red,
    says nothing was saved, and the same badge scanned again is a new try, not a double send."""
    import sqlite3

    person = plain[12]
    window.store.conn.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        scan_keys(window.desk.search, person.code)
        assert window.desk.banner.state == bn.UNKNOWN
        assert window.desk.banner.headline == "Not checked in"
        assert "busy" in window.desk.banner.detail and "Nothing was saved" in window.desk.banner.detail
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not fresh(db_path, person.id).checked_in
    scan_keys(window.desk.search, person.code)  # at once, well within the double-send seconds
    assert window.desk.banner.state == bn.CHECKED_IN
    assert fresh(db_path, person.id).checked_in


def test_a_refused_scan_speaks_the_windows_language_and_leaves_no_query_for_enter(window, plain, db_path):
    """In German the red banner said "the event file is busy: … try again in a moment" in English
    (the core's words), and the name typed before the scan stayed highlighted with "Einchecken
    (Enter)": Enter, to try again, checked in that person instead of the badge's."""
    import sqlite3

    settings = window.settings
    window.apply_settings({"station": settings.station, "language": "de", "sounds": settings.sounds,
                           "text_size": settings.text_size})
    type_keys(window.desk.search, plain[3].last_name, gap_ms=120)  # a name searched for, its row highlighted
    assert window.desk.current is not None
    window.store.conn.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        scan_keys(window.desk.search, plain[12].code)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.desk.banner.headline == "Nicht eingecheckt"
    assert "belegt" in window.desk.banner.detail and "busy" not in window.desk.banner.detail
    assert window.desk.search.text() == ""
    QTest.keyClick(window.desk.search, Qt.Key.Key_Return)
    assert not fresh(db_path, plain[3].id).checked_in and not fresh(db_path, plain[12].id).checked_in


def test_ctrl_e_from_the_search_field_opens_the_correction(window, plain, monkeypatch):
    """The cursor is in the search field almost all the time; there QLineEdit took Ctrl+E as
    "end of line" on X11 and the correction never opened. (The offscreen platform has no such
    binding, so this test guards the shortcut's path; the X11 case was checked under Xvfb.)"""
    asked = []
    monkeypatch.setattr(desk_module.EditAttendeeDialog, "ask",
                        classmethod(lambda cls, parent, attendee: asked.append(attendee.id)))
    type_keys(window.desk.search, plain[0].last_name, gap_ms=120)
    assert window.desk.search.hasFocus() and window.desk.current is not None
    QTest.keyClick(window.desk.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [window.desk.current.id]


def test_a_badge_scanned_during_a_note_says_it_waits_and_typing_clears_an_old_banner(window, noted, plain):
    desk = window.desk
    scan_keys(desk.search, noted[0].code)
    scan_keys(None, plain[5].code)
    assert desk.banner.waiting_for_ack and "Next badge scanned" in desk.banner.detail
    desk.banner.acknowledge()
    assert desk.banner.state == bn.CHECKED_IN and plain[5].last_name in desk.banner.headline
    type_keys(desk.search, "ann", gap_ms=120)  # a new search: the green banner of before gives way
    assert desk.banner.state == bn.IDLE


def _press_ctrl(key) -> None:
    """A shortcut pressed where the focus is (on a note: its button)."""
    QTest.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_on_a_note_with_a_badge_waiting_names_it_and_no_later_note_checks_it_in(
        window, noted, plain, db_path):
    """The tester's sequence: a note for the desk is up, a badge scanned behind it waits ("Next
    badge scanned…"), then Ctrl+Z. The undo's banner took the note's place, the line went, and
    the waiting badge was checked in minutes later when an unrelated note was acknowledged, while
    the banner named that other person. Now the undo's banner names it to be scanned again."""
    desk = window.desk
    special, waiting, later = noted[0], plain[12], noted[1]
    scan_keys(desk.search, special.code)
    scan_keys(None, waiting.code)
    assert "Next badge scanned" in desk.banner.detail
    _press_ctrl(Qt.Key.Key_Z)
    assert not fresh(db_path, special.id).checked_in
    assert desk.banner.headline == f"Check-in undone: {special.full_name}"
    assert not fresh(db_path, waiting.id).checked_in
    assert (f"Scanned during the note and not checked in: {waiting.full_name}. Scan again."
            in desk.banner.detail.split("\n"))
    assert "Next badge scanned" not in desk.banner.detail
    assert window.sounds.last_played == "unknown"
    assert desk.pending_scans() == [waiting.code]  # named again if the event file went away
    scan_keys(desk.search, later.code)  # minutes later, someone else's note
    assert desk.banner.state == bn.ATTENTION
    QTest.keyClick(desk.banner.ack_button, Qt.Key.Key_Escape)
    assert desk.banner.state == bn.CHECKED_IN and later.last_name in desk.banner.headline
    assert not fresh(db_path, waiting.id).checked_in  # not behind someone else's note
    scan_keys(desk.search, waiting.code)  # scanned again, as the banner asked
    assert fresh(db_path, waiting.id).checked_in and desk.pending_scans() == []


def _walk_in(window, monkeypatch, db_path, special):
    monkeypatch.setattr(desk_module.WalkInDialog, "ask", classmethod(
        lambda cls, parent, types, **_: {"first_name": "Wanda", "last_name": "Walkin",
                                         "organisation": "", "organisation_type": ""}))
    _press_ctrl(Qt.Key.Key_N)
    return "Checked in: Wanda Walkin"


def _correction(window, monkeypatch, db_path, special):
    monkeypatch.setattr(desk_module.EditAttendeeDialog, "ask", classmethod(
        lambda cls, parent, attendee: ({"organisation": "Korrigiert e.V."}, "typo")))
    _press_ctrl(Qt.Key.Key_E)
    return f"Corrected: {special.full_name}"


def _nothing_to_undo(window, monkeypatch, db_path, special):
    with EventStore.open(db_path) as other_window:  # took the check-in back meanwhile
        other_window.undo(special.id, station="Test-Desk")
    _press_ctrl(Qt.Key.Key_Z)
    return "Nothing to undo"


def _check_in_from_the_card(window, monkeypatch, db_path, special):
    desk = window.desk
    person = [a for a in desk.store.search("", limit=None)  # a note of its own in place of the first
              if desk_module.needs_attention(a) and a.id != special.id][-1]
    type_keys(desk.search, person.code, gap_ms=150)  # typed, not scanned: found, on the card
    assert desk.current.id == person.id
    QTest.mouseClick(desk.check_in_button, Qt.MouseButton.LeftButton)
    assert fresh(db_path, person.id).checked_in
    return person.full_name


def _reopened_after_an_import(window, monkeypatch, db_path, special):
    window.desk.set_store(window.store)  # as after an import or a merge
    return "Ready: scan a badge or type a name"


@pytest.mark.parametrize("action", [_walk_in, _correction, _nothing_to_undo, _check_in_from_the_card,
                                    _reopened_after_an_import])
def test_whatever_replaces_a_note_names_the_badges_waiting_behind_it(
        window, noted, plain, db_path, monkeypatch, action):
    """Not only Ctrl+Z: every result that takes an unacknowledged note's place ends its queue
    the same way, each waiting person named once, and a badge no event knows by its text."""
    desk = window.desk
    special, waiting = noted[0], plain[13]
    scan_keys(desk.search, special.code)
    scan_keys(None, waiting.code)
    scan_keys(None, "NOTACODE99")
    assert desk.banner.waiting_for_ack
    shown = action(window, monkeypatch, db_path, special)
    assert shown in desk.banner.headline
    assert not fresh(db_path, waiting.id).checked_in
    assert (f"Scanned during the note and not checked in: {waiting.full_name}, NOTACODE99. Scan again."
            in desk.banner.detail.split("\n"))
    desk.banner.show_state(bn.ATTENTION, "another note")
    desk.banner.acknowledge()
    assert not fresh(db_path, waiting.id).checked_in


def test_badges_left_behind_a_note_after_the_queue_moved_on_still_say_they_wait(
        window, noted, plain, db_path):
    """Acknowledging a note checks in the badges behind it; when one of them has a note of its
    own, the rest waits behind that one, and its banner says so as the first did."""
    desk = window.desk
    scan_keys(desk.search, noted[0].code)
    scan_keys(None, noted[1].code)
    scan_keys(None, plain[14].code)
    QTest.keyClick(desk.banner.ack_button, Qt.Key.Key_Escape)
    assert desk.banner.state == bn.ATTENTION and noted[1].last_name in desk.banner.headline
    assert "Next badge scanned" in desk.banner.detail
    assert not fresh(db_path, plain[14].id).checked_in
    QTest.keyClick(desk.banner.ack_button, Qt.Key.Key_Escape)
    assert fresh(db_path, plain[14].id).checked_in


def test_each_result_is_announced_to_a_screen_reader(window, plain, noted, monkeypatch):
    """The focus stays in the search field, so a screen reader never read the banner: only the
    sound told a blind volunteer what happened. Each result is now an accessibility announcement."""
    said = []
    monkeypatch.setattr(bn.QAccessible, "updateAccessibility",
                        lambda event: said.append(event.message()) if hasattr(event, "message") else None)
    scan_keys(window.desk.search, plain[0].code)
    assert said[-1].startswith(f"Checked in: {plain[0].first_name}")
    window.store.check_in(plain[1].id, "Empfang 2")
    scan_keys(window.desk.search, plain[1].code)
    assert said[-1].startswith("Already checked in") and "Empfang 2" in said[-1]
    scan_keys(window.desk.search, noted[0].code)
    note = window.desk.banner.detail
    assert said[-1].endswith(note) and window.desk.banner.ack_button.accessibleDescription() == note
    scan_keys(window.desk.search, plain[2].code)  # waits behind the note: says so
    assert said[-1].startswith("Next badge scanned")


def test_enter_on_a_focused_card_button_presses_it(window, plain):
    """Tabbed to "Check in (Enter)", a keyboard user pressed Enter and nothing happened: outside a
    dialog a push button answers Space only."""
    type_keys(window.desk.search, plain[5].last_name, gap_ms=120)
    window.desk.check_in_button.setFocus()
    QTest.keyClick(window.desk.check_in_button, Qt.Key.Key_Return)
    assert window.desk.banner.state == bn.CHECKED_IN
    assert window.store.attendee(window.desk.current.id).checked_in


def test_an_acknowledged_note_no_longer_says_please_note(window, noted):
    scan_keys(window.desk.search, noted[0].code)
    assert window.desk.banner.headline.endswith("– please note")
    note = window.desk.banner.detail
    window.desk.banner.acknowledge()
    assert window.desk.banner.state == bn.CHECKED_IN
    assert window.desk.banner.headline == f"Checked in: {noted[0].full_name}"
    assert window.desk.banner.detail == note


def test_clearing_a_search_that_found_nobody_leaves_no_nobody_found_above_the_list(window):
    type_keys(window.desk.search, "xqzxqz", gap_ms=120)
    assert window.desk.card_name.text() == "Nobody found"
    QTest.keyClick(window.desk.search, Qt.Key.Key_Escape)
    assert window.desk.search.text() == "" and window.desk.model.rowCount() > 0
    assert window.desk.card_name.text() == "Nobody selected"


def test_a_card_button_takes_the_keypads_enter_but_not_a_held_one(window, plain, db_path):
    """The keypad's Enter carries a modifier of its own and did nothing; a held Enter on "Undo
    check-in…" opened the reason dialog and its auto-repeat confirmed it, with no reason."""
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtGui import QKeyEvent

    desk = window.desk
    type_keys(desk.search, plain[5].last_name, gap_ms=120)
    desk.check_in_button.setFocus()
    QTest.keyClick(desk.check_in_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert fresh(db_path, plain[5].id).checked_in
    desk.undo_button.setFocus()
    seen = []

    def key(kind, repeat=False):
        enter = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", repeat)
        QApplication.sendEvent(desk.undo_button, enter)

    def close_the_dialog():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog is not None)
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, close_the_dialog)
    key(QEvent.Type.KeyPress)
    for _ in range(3):  # held down: auto-repeat presses, and nothing opens yet
        key(QEvent.Type.KeyPress, repeat=True)
    assert not seen and QApplication.activeModalWidget() is None
    key(QEvent.Type.KeyRelease)  # let go: the button is pressed once, the reason dialog opens
    assert seen == [True] and fresh(db_path, plain[5].id).checked_in  # (the test cancelled it)


def test_a_slow_scan_with_the_focus_on_a_card_button_checks_in_the_badges_owner(window, plain, db_path):
    desk = window.desk
    card, badge = plain[5], plain[20]
    type_keys(desk.search, card.last_name, gap_ms=120)
    desk.check_in_button.setFocus()
    type_keys(None, badge.code, gap_ms=60, enter=True)  # too slow to be taken for a scanner
    assert fresh(db_path, badge.id).checked_in and not fresh(db_path, card.id).checked_in


def _a_badge_waits_behind_a_note_and_a_walk_in_comes(window, noted, plain, monkeypatch) -> None:
    scan_keys(window.desk.search, noted[0].code)
    scan_keys(None, plain[13].code)  # waits behind the note
    monkeypatch.setattr(desk_module.WalkInDialog, "ask", classmethod(
        lambda cls, parent, types, **_: {"first_name": "Wanda", "last_name": "Walkin",
                                         "organisation": "", "organisation_type": ""}))


def test_a_note_replaced_by_a_walk_in_plays_one_sound_and_tells_a_screen_reader_in_turn(
        window, noted, plain, monkeypatch):
    played, said = [], []
    monkeypatch.setattr(window.sounds, "play", played.append)
    monkeypatch.setattr(bn.QAccessible, "updateAccessibility",
                        lambda event: said.append(event.politeness()) if hasattr(event, "message") else None)
    _a_badge_waits_behind_a_note_and_a_walk_in_comes(window, noted, plain, monkeypatch)
    played.clear()
    window.desk.walk_in()
    assert played == ["checked_in"]  # not the error sound on top of it
    said.clear()
    scan_keys(window.desk.search, noted[1].code)
    scan_keys(None, plain[14].code)
    played.clear()
    window.desk.undo_last()  # Ctrl+Z: the undo banner has no sound of its own
    assert played == ["unknown"]
    politeness = bn.QAccessible.AnnouncementPoliteness
    assert said[-2:] == [politeness.Assertive, politeness.Polite]  # the line after the result, not over it


def test_a_refused_walk_in_over_a_note_sounds_once(window, noted, plain, monkeypatch):
    """A walk-in the file refused, over a note with a badge waiting, made no sound at all: the
    note's "scan again" left the sound to the walk-in, which played none for its failure."""
    from checkin.store import StoreError

    played = []
    monkeypatch.setattr(window.sounds, "play", played.append)
    _a_badge_waits_behind_a_note_and_a_walk_in_comes(window, noted, plain, monkeypatch)
    played.clear()

    def refused(*args, **kwargs):
        raise StoreError("the event file could not be written (disk full). Nothing was saved.")

    monkeypatch.setattr(window.desk.store, "add_walk_in", refused)
    window.desk.walk_in()
    assert window.desk.banner.headline == "Walk-in not saved" and played == ["unknown"]
