"""Several laptops, each on its own copy of the event, brought together afterwards."""

import json
import subprocess
import sys

import pytest

from checkin import backup
from checkin.merge import merge_desk
from checkin.store import EventStore, StoreError


@pytest.fixture
def desks(demo_store, tmp_path):
    """Desk 1 is the organiser's file; desk 2 got a copy before the doors opened."""
    copy = tmp_path / "desk2.db"
    backup.backup_now(demo_store, copy)
    with EventStore.open(copy) as desk2:
        yield demo_store, desk2


def present(store):
    return {a.code: a.station for a in store.all_attendees() if a.checked_in}


def test_merge_takes_in_check_ins_undos_walk_ins_and_corrections(desks):
    desk1, desk2 = desks
    desk1.check_in(1, "Desk 1")
    desk1.check_in(2, "Desk 1")
    desk2.check_in(3, "Desk 2")
    desk2.check_in(2, "Desk 2")                         # the same person, at both desks, offline
    desk2.check_in(4, "Desk 2")
    desk2.undo(4, "Desk 2", reason="wrong person")
    walk = desk2.add_walk_in("Jana", "Nowak", "Desk 2", organisation="Stadt Hagen").attendee
    desk2.correct(5, {"organisation": "Stadt Unna"}, "Desk 2")
    codes = {i: desk1.attendee(i).code for i in (1, 2, 3, 4)}

    report = merge_desk(desk1, desk2.path)
    assert report.people_added == 1 and report.walk_ins_added == 1 and report.corrections_applied == 1
    assert report.events_added == len(desk2.log())
    assert report.checked_in_at_both == [codes[2]]
    both = desk1.attendee(2)
    full_name = " ".join(p for p in (both.title, both.first_name, both.last_name) if p)
    assert report.names_checked_in_at_both == [full_name]
    assert ("Checked in at both desks (each counts once, from the earlier check-in): "
            + report.names_checked_in_at_both[0]) in report.summary()
    now = present(desk1)
    assert set(now) == {codes[1], codes[2], codes[3], walk.code}
    assert now[codes[2]] == "Desk 1"                    # the earlier check-in counts
    assert desk1.attendee_by_code(walk.code).walk_in
    assert desk1.search_ids("nowak") == [desk1.attendee_by_code(walk.code).id]
    assert desk1.attendee(5).organisation == "Stadt Unna"
    stats = desk1.stats()
    assert (stats["checked_in"], stats["walk_ins"]) == (4, 1)

    again = merge_desk(desk1, desk2.path)               # merging twice changes nothing
    assert (again.events_added, again.people_added, again.badge_prints_added) == (0, 0, 0)
    assert again.checked_in_at_both == []               # and does not report the same people again
    assert present(desk1) == now


def test_badges_printed_at_the_other_desk_are_known_here(desks):
    from checkin import badges

    desk1, desk2 = desks
    walk = desk2.add_walk_in("Ole", "Berg", "Desk 2").attendee
    badges.record_prints(desk2, [7, 8, walk.id], "Desk 2", "a6", reason="check_in")
    badges.record_prints(desk1, [9], "Desk 1", "a6")
    report = merge_desk(desk1, desk2.path)
    assert report.badge_prints_added == 3
    walk_here = desk1.attendee_by_code(walk.code).id
    assert badges.printed_ids(desk1) == {7, 8, 9, walk_here}
    assert merge_desk(desk1, desk2.path).badge_prints_added == 0


def test_merging_both_ways_gives_both_desks_the_same_picture(desks):
    desk1, desk2 = desks
    desk1.check_in(10, "Desk 1")
    desk2.check_in(11, "Desk 2")
    desk2.add_walk_in("Ole", "Berg", "Desk 2")
    merge_desk(desk1, desk2.path)
    merge_desk(desk2, desk1.path)
    assert present(desk1) == present(desk2) and len(present(desk1)) == 3
    assert {e.uuid for e in desk1.log()} == {e.uuid for e in desk2.log()}


def test_the_other_file_is_only_read_and_a_foreign_event_is_refused(desks, tmp_path):
    desk1, desk2 = desks
    desk2.check_in(1, "Desk 2")
    desk2.close()
    before = desk2.path.read_bytes()
    merge_desk(desk1, desk2.path)
    assert desk2.path.read_bytes() == before

    other = tmp_path / "other.db"
    with EventStore.open(other, create=True, event_name="Andere Tagung"):
        pass
    with pytest.raises(StoreError, match="another event"):
        merge_desk(desk1, other)
    twin = tmp_path / "twin.db"  # made separately under the same name: its people have other codes
    with EventStore.open(twin, create=True, event_name=desk1.event.name):
        pass
    with pytest.raises(StoreError, match="not a copy of"):
        merge_desk(desk1, twin)
    with pytest.raises(StoreError, match="own file"):
        merge_desk(desk1, desk1.path)
    broken = tmp_path / "broken.db"
    broken.write_text("kaputt")
    with pytest.raises(StoreError, match="not a checkin event database"):
        merge_desk(desk1, broken)


def test_cli_merge(desks, db_path):
    desk1, desk2 = desks
    desk2.check_in(1, "Desk 2")
    desk1.close()
    proc = subprocess.run([sys.executable, "-m", "checkin", "--db", str(db_path), "merge", str(desk2.path),
                           "--json"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["checked_in"] == 1
    proc = subprocess.run([sys.executable, "-m", "checkin", "--db", str(db_path), "merge", str(db_path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "own file" in proc.stderr and "Traceback" not in proc.stderr


def test_nothing_is_merged_back_into_a_purged_event(desks):
    from checkin import privacy

    desk1, desk2 = desks
    desk2.check_in(1, "Desk 2")
    privacy.purge(desk1)
    with pytest.raises(StoreError, match="personal data deleted"):
        merge_desk(desk1, desk2.path)
    assert desk1.count() == 0
    with pytest.raises(StoreError, match="personal data deleted"):
        desk1.add_walk_in("Ole", "Berg", "Desk 1")
    assert desk1.count() == 0 and not desk1.conn.in_transaction


def test_two_events_made_separately_from_one_list_are_not_merged(tmp_path):
    """The tester's case: two files created with the same event name, the same list imported into
    both, people checked in on each. Merging them took everybody in a second time (the codes
    differ) and counted Anna Schmidt twice. They are not copies of one event: refused, and
    nothing changes."""
    from checkin import importer

    listing = tmp_path / "list.csv"
    listing.write_text("Vorname;Nachname;Organisation\nAnna;Schmidt;Stadt Unna\nJonas;Müller;Kreis Soest\n"
                       "Eva;Roth;\n", encoding="utf-8")
    stores = []
    for name in ("a.db", "b.db"):
        store = EventStore.open(tmp_path / name, create=True, event_name="Fachtag 2026")
        importer.import_file(store, listing)
        stores.append(store)
    a, b = stores
    a.check_in(a.search("schmidt")[0].id, "Desk A")
    b.check_in(b.search("schmidt")[0].id, "Desk B")
    b.check_in(b.search("muller")[0].id, "Desk B")
    before = (a.count(), a.stats())
    with pytest.raises(StoreError, match="not a copy of 'Fachtag 2026'"):
        merge_desk(a, b.path)
    assert (a.count(), a.stats()) == before


def test_a_renamed_copy_still_merges_and_people_both_copies_imported_count_once(desks, tmp_path):
    """A copy keeps the event's identity when its name is changed. If both copies later took in
    the same updated list, the newcomer has a different code in each: matched by registration
    number, not added twice."""
    from checkin import importer

    desk1, desk2 = desks
    desk2.set_event(name="Integration vor Ort leben (Desk 2)")
    update = tmp_path / "nachmeldung.csv"
    update.write_text("Anmelde-Nr;Vorname;Nachname\nN-9001;Lea;Nachtrag\n", encoding="utf-8")
    for store in (desk1, desk2):
        importer.import_file(store, update)
    desk2.check_in(desk2.search("nachtrag")[0].id, "Desk 2")
    report = merge_desk(desk1, desk2.path)
    assert report.people_added == 0 and report.events_added == 1
    assert [a.checked_in for a in desk1.search("nachtrag")] == [True]


def test_a_newcomer_both_copies_imported_matches_without_the_leading_zeros(desks, tmp_path):
    """One desk took in the late registrations from the CSV (00042), the other from the same
    list saved again by Excel (42): one person, as on import, not a second one."""
    from checkin import importer

    desk1, desk2 = desks
    for store, number in ((desk1, "00042"), (desk2, "42")):
        update = tmp_path / f"nachmeldung-{number}.csv"
        update.write_text(f"Anmelde-Nr;Vorname;Nachname\n{number};Lea;Nachtrag\n", encoding="utf-8")
        importer.import_file(store, update)
    desk2.check_in(desk2.search("nachtrag")[0].id, "Desk 2")
    report = merge_desk(desk1, desk2.path)
    assert report.people_added == 0
    assert [(a.registration_id, a.checked_in) for a in desk1.search("nachtrag")] == [("00042", True)]


def test_an_undo_after_a_merge_takes_back_both_desks_check_ins(desks):
    """Checked in at both desks and merged, then undone at one: only the earlier check-in was
    taken back, the other desk's stayed in force, and the person was present again as soon as
    the file was read (and in every export after the next merge)."""
    desk1, desk2 = desks
    person = next(desk1.all_attendees(order="id"))
    desk1.check_in(person.id, "Desk 1")
    desk2.check_in(person.id, "Desk 2")
    merge_desk(desk1, desk2.path)
    desk1.undo(person.id, "Desk 1", reason="falsch")
    assert not desk1.attendee(person.id).checked_in
    desk1.rebuild_presence()  # what opening the file again derives from the log
    assert not desk1.attendee(person.id).checked_in and desk1.stats()["checked_in"] == 0
    merge_desk(desk2, desk1.path)  # the undo travels to the other desk, too
    assert not desk2.attendee(person.id).checked_in


def test_a_walk_in_registered_at_both_desks_is_named_by_the_merge(desks):
    """Each desk asks about namesakes only among its own people: the same walk-in registered at
    both desks was counted twice, and the merge said nothing."""
    desk1, desk2 = desks
    desk1.add_walk_in("Jana", "Neumann", station="Desk 1", organisation="Stadt Hagen")
    desk2.add_walk_in("Jana", "Neumann", station="Desk 2", organisation="Stadt Hagen")
    desk2.add_walk_in("Ole", "Einmal", station="Desk 2")
    report = merge_desk(desk1, desk2.path)
    assert report.walk_ins_added == 2 and report.walk_in_namesakes == ["Jana Neumann (Stadt Hagen)"]
    assert "Jana Neumann (Stadt Hagen)" in report.summary()
    assert report.to_json()["walk_in_namesakes"] == ["Jana Neumann (Stadt Hagen)"]
