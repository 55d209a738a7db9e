"""Badges at the desk: print on check-in once, reprint from the card, and the Badges menu."""

from types import SimpleNamespace

import pytest
from PySide6.QtPrintSupport import QPrinter

from checkin import badges
from checkin.ui import badge_print
from checkin.ui.desk import Desk

STATION = "Empfang 1"


@pytest.fixture
def printed(monkeypatch, tmp_path):
    """Every print goes to a PDF file; returns the list of (attendee ids, reason) printed."""
    jobs = []
    real = badge_print.print_badges

    def to_file(parent, store, attendee_ids, station, **kwargs):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"job{len(jobs)}.pdf"))
        kwargs["printer"] = printer
        ok = real(parent, store, attendee_ids, station, **kwargs)
        if ok:
            jobs.append((list(attendee_ids), kwargs.get("reason", "bulk")))
        return ok

    monkeypatch.setattr(badge_print, "print_badges", to_file)
    monkeypatch.setattr(badge_print, "ask_printer", lambda parent, printer: True)
    monkeypatch.setattr(badge_print, "show_problem", lambda parent, message: pytest.fail(message))
    return jobs


@pytest.fixture
def desk(qtbot, demo_store):
    desk = Desk(station=lambda: STATION)
    qtbot.addWidget(desk)
    desk.set_store(demo_store)
    return desk


def test_desk_prints_on_check_in_once_when_the_station_wants_it(qtbot, desk, demo_store, printed, monkeypatch):
    people = list(demo_store.all_attendees(order="id"))
    desk.check_in_id(people[0].id)
    qtbot.wait(50)
    assert printed == []  # the option is off by default

    badges.set_prints_on_check_in(demo_store, STATION, True)
    desk.scan(people[1].code)
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert printed == [([people[1].id], "check_in")]
    qtbot.waitUntil(lambda: "printed" in desk.badges.status_label.text())
    desk.check_in_id(people[1].id)
    desk.badges.checked_in(people[1])  # even when asked again: the badge exists
    qtbot.wait(50)
    assert printed == [([people[1].id], "check_in")]
    assert [e.reason for e in badges.print_log(demo_store, people[1].id)] == ["check_in"]

    from checkin.ui import desk as desk_module

    monkeypatch.setattr(desk_module.WalkInDialog, "ask", classmethod(lambda cls, parent, types, **_: {
        "first_name": "Pia", "last_name": "Neu", "organisation": "", "organisation_type": ""}))
    desk.walk_in()  # a walk-in is checked in at once: the badge comes with it
    qtbot.waitUntil(lambda: len(printed) == 2)
    (walk_in_id,), reason = printed[1]
    assert demo_store.attendee(walk_in_id).last_name == "Neu" and reason == "check_in"


def test_reprint_button_prints_the_person_on_the_card_again(qtbot, desk, demo_store, printed):
    person = next(demo_store.all_attendees())
    assert not desk.badges.reprint_button.isEnabled()
    desk.check_in_id(person.id)
    assert desk.badges.reprint_button.isEnabled()
    assert desk.badges.status_label.text() == "Badge: not printed yet"
    assert desk.badges.reprint_button.text() == "&Print badge…"  # not "reprint" before the first print
    desk.badges.reprint_button.click()
    assert printed == [([person.id], "reprint")]
    assert f"at {STATION} (1×)" in desk.badges.status_label.text()
    assert desk.badges.reprint_button.text() == "Re&print badge…"
    assert [(e.station, e.reason) for e in badges.print_log(demo_store, person.id)] == [(STATION, "reprint")]


def test_badge_menu_switches_print_on_check_in_per_station(qtbot, demo_store, monkeypatch):
    window = SimpleNamespace(store=None, settings=SimpleNamespace(station=STATION))
    menu = badge_print.BadgeMenu(window)
    qtbot.addWidget(menu)
    assert not menu.print_action.isEnabled()
    window.store = demo_store
    menu.refresh()
    assert menu.print_action.isEnabled() and not menu.on_check_in_action.isChecked()
    menu.on_check_in_action.setChecked(True)
    assert badges.prints_on_check_in(demo_store, STATION)
    assert not badges.prints_on_check_in(demo_store, "Empfang 2")
    asked = []
    monkeypatch.setattr(badge_print.BadgePreviewDialog, "ask",
                        classmethod(lambda cls, parent, store, ids, station: asked.append((ids, station)) or True))
    menu.print_action.trigger()
    assert asked == [(None, STATION)]
    menu.on_check_in_action.setChecked(False)
    assert not badges.prints_on_check_in(demo_store, STATION)


@pytest.mark.parametrize("ticked", [True, False])
def test_a_walk_in_gets_a_badge_at_once_at_a_desk_that_does_not_print_on_check_in(
        qtbot, desk, demo_store, printed, monkeypatch, ticked):
    """Badges were printed in bulk beforehand, so this desk does not print on check-in; a walk-in
    has none. The walk-in dialog's "Print badge now" (ticked by default) opens the print dialog
    for it after the green banner; unticked, nothing prints."""
    from checkin.ui import desk as desk_module

    offered = []

    def fake_ask(cls, parent, types, offer_badge=True):
        offered.append(offer_badge)
        return {"first_name": "Pia", "last_name": ["Neu", "Neuer"][len(offered) - 1], "organisation": "",
                "organisation_type": "",
                "print_badge": ticked and offer_badge}

    monkeypatch.setattr(desk_module.WalkInDialog, "ask", classmethod(fake_ask))
    desk.walk_in()
    walk_in = demo_store.search("pia neu")[0]
    assert walk_in.walk_in and walk_in.checked_in and offered == [True]
    if ticked:
        qtbot.waitUntil(lambda: len(printed) == 1)
        assert printed == [([walk_in.id], "check_in")]
        assert [e.reason for e in badges.print_log(demo_store, walk_in.id)] == ["check_in"]
        qtbot.waitUntil(lambda: "printed" in desk.badges.status_label.text())
    else:
        qtbot.wait(100)
        assert printed == [] and not badges.is_printed(demo_store, walk_in.id)

    badges.set_prints_on_check_in(demo_store, STATION, True)  # now the desk prints every arrival itself
    desk.walk_in()
    assert offered == [True, False]


def test_a_badge_printed_before_a_correction_is_offered_as_a_first_print(qtbot, desk, demo_store, printed,
                                                                          monkeypatch):
    """The desk corrects a name after the badge was printed: the badge in the box is out of date,
    so the card says so and offers to print it (not "reprint"), and it prints on check-in again."""
    from checkin.ui import desk as desk_module

    person = next(demo_store.all_attendees())
    desk.check_in_id(person.id)
    desk.badges.reprint_button.click()
    assert desk.badges.reprint_button.text() == "Re&print badge…"
    monkeypatch.setattr(desk_module.EditAttendeeDialog, "ask", classmethod(
        lambda cls, parent, attendee: ({"last_name": attendee.last_name + "-Berg"}, "typo")))
    desk.edit_current()
    assert desk.current.last_name == person.last_name + "-Berg"
    assert desk.badges.reprint_button.text() == "&Print badge…"
    assert desk.badges.status_label.text().startswith("Badge out of date: printed ")
    assert f"at {STATION} (1×), before a change of name, title, organisation or category" in \
        desk.badges.status_label.text()
    assert badge_print.print_on_check_in(desk, demo_store, person.id, STATION) is False  # the option is off
    badges.set_prints_on_check_in(demo_store, STATION, True)
    assert badge_print.print_on_check_in(desk, demo_store, person.id, STATION)
    desk.badges.show_attendee(desk.current)
    assert desk.badges.reprint_button.text() == "Re&print badge…"
    assert "(2×)" in desk.badges.status_label.text() and "out of date" not in desk.badges.status_label.text()
