"""Purge leaves no personal data in the file's bytes but keeps the figures; the admin PIN."""

from __future__ import annotations

import sqlite3

import pytest

from checkin import backup, privacy, report, search
from checkin.store import EventStore, StoreError

SPECIAL = {"first_name": "Zbigniew", "last_name": "Quästorius-Brzęczyszczykiewicz",
           "email": "zbigniew.quaestorius@example.net", "organisation": "Verein Ölmühle Hörde",
           "desk_note": "Allergie gegen Nüsse", "extra": {"Telefon": "+49 231 5550199"}}


def file_bytes(path):
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def personal_strings(store):
    """Every name, e-mail, organisation, note and code, as stored and folded."""
    found = set()
    for a in store.all_attendees():
        for value in (a.first_name, a.last_name, a.email, a.organisation, a.desk_note, a.code,
                      a.registration_id or "", *map(str, a.extra.values())):
            for form in (value, search.fold(value), value.lower()):
                if len(form) >= 5:
                    found.add(form)
    return found


@pytest.fixture
def event(demo_store):
    store = demo_store
    with store.transaction():
        (special,) = store.insert_attendees([SPECIAL])
    ids = [a.id for a in store.all_attendees(order="id")]
    for attendee_id in ids[:30] + [special]:
        store.check_in(attendee_id, station="Empfang 1")
    store.undo(ids[2], station="Empfang 1", reason="Versehen")
    store.correct(special, {"last_name": "Quästorius", "email": "zq@example.net"}, station="Empfang 1",
                  reason="Tippfehler")  # the log keeps the old values
    store.add_walk_in("Wilhelmine", "Spontanowski", station="Empfang 2", organisation="Stadt Hamm",
                      organisation_type="Kommune")
    store.conn.execute("INSERT INTO badge_prints (attendee_id, at, station, printed_by, layout) "
                       "VALUES (?, '2017-03-20T08:00:00Z', 'Empfang 1', 'orga', 'a6')", (special,))
    return store


def test_purge_leaves_no_personal_data_in_the_file(event, db_path):
    strings = personal_strings(event)
    strings |= {"Brzęczyszczykiewicz", "brzeczyszczykiewicz", "zbigniew.quaestorius", "Wilhelmine"}
    schema = " ".join(r[0] or "" for r in event.conn.execute("SELECT sql FROM sqlite_master")).lower()
    strings = {s for s in strings if s.lower() not in schema}  # column names and comments are no data
    before = file_bytes(db_path)
    assert b"zbigniew.quaestorius@example.net" in before or b"zbigniew quaestorius" in before
    assert db_path.with_name("event.db-wal").stat().st_size > 0  # the journal holds data too

    result = privacy.purge(event)

    assert result.people == 62 and result.log_entries > 30
    data = file_bytes(db_path)
    leaks = [s for s in strings if s.encode("utf-8") in data]
    assert leaks == []
    assert len(strings) > 200
    wal = db_path.with_name("event.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert event.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert event.conn.execute("SELECT count(*) FROM attendee_search").fetchone()[0] == 0
    assert event.count() == 0 and event.log() == []


def test_figures_survive_the_purge(event, tmp_path):
    before = report.figures(event).to_json()
    privacy.purge(event)
    after = report.figures(event).to_json()
    assert after["purged_at"] and privacy.is_purged(event)
    for key in ("total", "by_organisation_type", "by_workshop", "arrivals_per_15_min"):
        assert after[key] == before[key]
    assert after["total"]["attended"] == 31 and after["total"]["walk_ins"] == 1
    path = report.write_report(event, tmp_path / "bericht.pdf")
    assert path.stat().st_size > 2000
    privacy.purge(event)  # a second purge keeps the counts
    assert report.figures(event).to_json()["total"] == before["total"]
    with EventStore.open(event.path) as reopened:  # still a healthy checkin database
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_purge_deletes_the_events_backups_unless_kept(event, db_path, tmp_path):
    older = backup.backup_now(event)
    result = privacy.purge(event)
    assert result.backup is not None and older in result.deleted_backups
    assert result.backup in result.deleted_backups
    assert backup.list_backups(db_path) == []

    kept = privacy.purge(event, keep_backups=True)
    assert kept.kept_backups == [kept.backup] and kept.backup.exists()


def test_purge_refuses_to_claim_success_while_another_reader_holds_the_journal(event, db_path, monkeypatch):
    monkeypatch.setattr(privacy, "CHECKPOINT_WAIT_MS", 50)
    other = sqlite3.connect(db_path)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM attendees").fetchone()  # a desk in the middle of a read
    try:
        with pytest.raises(StoreError, match="another program still has the event file open"):
            privacy.purge(event)
    finally:
        other.rollback()
        other.close()
    privacy.purge(event)  # once it is closed, the purge completes
    assert event.count() == 0


def test_pin_is_a_salted_scrypt_hash(store):
    assert not privacy.has_pin(store) and not privacy.check_pin(store, "4711")
    assert not privacy.needs_pin(store, "export")
    privacy.set_pin(store, "4711")
    stored = store.setting(privacy.PIN_KEY)
    # Parameters, salt and digest, never the PIN (the random hex digits may hold "4711" by chance,
    # which made an earlier substring check fail about once in 600 runs).
    kind, n, r, p, salt, digest = stored.split("$")
    assert kind == "scrypt" and len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) >= 32
    assert "4711" not in (n, r, p)
    assert privacy.has_pin(store) and privacy.check_pin(store, "4711")
    assert not privacy.check_pin(store, "4712") and not privacy.check_pin(store, "")
    assert privacy.needs_pin(store, "purge") and privacy.needs_pin(store, "undo_other_desk")
    assert not privacy.needs_pin(store, "check_in") and not privacy.needs_pin(store, "walk_in")
    privacy.set_pin(store, "4711")
    assert store.setting(privacy.PIN_KEY) != stored  # a new random salt each time
    privacy.clear_pin(store)
    assert not privacy.has_pin(store)


def test_pin_too_short_or_damaged(store):
    with pytest.raises(StoreError, match="at least 4"):
        privacy.set_pin(store, " 12 ")
    store.set_setting(privacy.PIN_KEY, "garbage")
    assert not privacy.check_pin(store, "garbage")


def test_cli_purge_needs_yes_and_pin_commands(event, db_path, capsys):
    from checkin import cli

    event.close()
    db = ["--db", str(db_path)]
    assert cli.main(db + ["purge"]) == 2
    assert "Export first" in capsys.readouterr().err
    with EventStore.open(db_path) as s:
        assert s.count() == 62  # nothing happened
    assert cli.main(db + ["pin", "set", "4711"]) == 0
    assert cli.main(db + ["pin", "check", "4711"]) == 0
    assert cli.main(db + ["pin", "check", "0000"]) == 1
    assert cli.main(db + ["pin", "set", "12"]) == 2
    assert cli.main(db + ["purge", "--yes", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"people": 62' in out
    with EventStore.open(db_path) as s:
        assert s.count() == 0 and privacy.is_purged(s) and privacy.has_pin(s)
    assert cli.main(db + ["pin", "clear"]) == 0
    assert cli.main(db + ["pin", "check", "4711"]) == 2


def test_purge_covers_any_table_that_refers_to_attendees(event, db_path):
    with event.transaction():
        event.conn.execute("CREATE TABLE seat_plan (id INTEGER PRIMARY KEY, "
                           "person INTEGER REFERENCES attendees (id), seat TEXT)")
        event.conn.execute("INSERT INTO seat_plan (person, seat) VALUES (1, 'Reihe 1, Platz 4')")
    privacy.purge(event)
    assert event.conn.execute("SELECT count(*) FROM seat_plan").fetchone()[0] == 0
    assert b"Reihe 1, Platz 4" not in file_bytes(db_path)


def test_a_closed_event_takes_in_nobody_again(event, tmp_path):
    from checkin import importer
    from checkin.demo import write_registrations

    privacy.purge(event)
    export = write_registrations(tmp_path / "again.csv", 5, "utf8-csv")
    with pytest.raises(StoreError, match="personal data deleted"):
        importer.import_file(event, export)
    with pytest.raises(StoreError, match="personal data deleted"):
        event.add_walk_in("Ole", "Berg", station="Empfang 1")
    assert event.count() == 0 and not event.conn.in_transaction


def test_a_closed_event_refuses_attendance_exports_and_keeps_the_earlier_files(event, db_path, tmp_path,
                                                                               capsys):
    from checkin import cli

    event.check_in(40, station="Empfang 1")
    event.close()
    db = ["--db", str(db_path)]
    names = ("keep.csv", "keep.xlsx", "keep.pdf")
    for name in names:
        assert cli.main(db + ["export", "-o", str(tmp_path / name)]) == 0
    good = {name: (tmp_path / name).read_bytes() for name in names}
    assert b"Spontanowski" in good["keep.csv"]
    assert cli.main(db + ["purge", "--yes"]) == 0
    capsys.readouterr()
    for name in names:
        assert cli.main(db + ["export", "-o", str(tmp_path / name)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "closed and its personal data deleted" in err, err
        assert "unexpected" not in err
        assert (tmp_path / name).read_bytes() == good[name]  # the good export is untouched
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("keep")) == sorted(names)
    assert cli.main(db + ["export", "-o", str(tmp_path / "bericht.pdf"), "--what", "report"]) == 0
    assert "attended 32" in capsys.readouterr().out


def test_stats_after_the_purge_are_the_kept_totals(event, db_path, capsys):
    import json

    from checkin import cli

    live = event.stats()
    totals = report.figures(event).total
    assert (live["registered"], live["checked_in"]) == (totals.registered, totals.attended) == (61, 31)
    privacy.purge(event)
    kept = event.stats()
    assert {k: kept[k] for k in ("registered", "checked_in", "walk_ins", "no_shows")} == {
        "registered": 61, "checked_in": 31, "walk_ins": 1, "no_shows": live["no_shows"]}
    assert kept["purged_at"] == event.setting(privacy.PURGED_KEY)
    event.close()
    assert cli.main(["--db", str(db_path), "stats", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["registered"], shown["checked_in"]) == (61, 31)


def test_a_dry_run_import_on_a_closed_event_is_refused_like_the_import(event, db_path, tmp_path, capsys):
    from checkin import cli
    from checkin.demo import write_registrations

    privacy.purge(event)
    event.close()
    registrations = write_registrations(tmp_path / "again.csv", 3, "utf8-csv")
    for extra in (["--dry-run"], []):
        assert cli.main(["--db", str(db_path), "import", str(registrations), *extra]) == 2
        err = capsys.readouterr().err
        assert "closed and its personal data deleted; nobody can be added" in err, err
    with EventStore.open(db_path) as s:
        assert s.count() == 0


def test_purge_names_the_desk_copies_in_the_event_folder_that_still_hold_people(event, db_path, tmp_path):
    """A desk's copy brought back for a merge (desk2.db beside the event) kept every name after
    the purge, and nothing said so."""
    desk2 = db_path.with_name("desk2.db")
    backup.backup_now(event, desk2)
    other_event = db_path.with_name("other.db")
    with EventStore.open(other_event, create=True) as other:  # another event: none of ours
        with other.transaction():
            other.insert_attendees([{"first_name": "Ada", "last_name": "Fremd"}])
    event.close()
    (tmp_path / "stick").mkdir()
    backup.restore(backup.backup_file(db_path, tmp_path / "stick" / "b1.db"), db_path)  # sets a file aside
    assert backup.replaced_files(db_path)
    event = EventStore.open(db_path)
    result = privacy.purge(event)  # deletes the file set aside: not named as a copy to delete
    assert result.copies == [desk2] and result.to_json()["copies"] == [str(desk2)]
    assert privacy.purge(event).copies == [desk2]  # still there: still named
    event.close()


def test_purge_names_a_copy_of_the_event_opened_from_another_folder(event, db_path, tmp_path):
    """A desk copy on a USB stick, merged from there, is among the recent events: the purge names
    it (it only looked in the event's own folder)."""
    from checkin import paths

    stick = tmp_path / "stick"
    stick.mkdir()
    copy = backup.backup_now(event, stick / "usb-desk3.db")
    paths.add_recent_event(copy)
    result = privacy.purge(event)
    assert result.copies == [copy]
