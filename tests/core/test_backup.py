"""Backups: online copy, checked before it counts, pruning, restore that keeps the replaced file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from checkin import backup
from checkin.store import EventStore, StoreError


def checked_in_codes(path):
    with EventStore.open(path) as s:
        return {a.code for a in s.all_attendees() if a.checked_in}


def test_restored_backup_holds_every_check_in_made_before_it(demo_store, db_path, tmp_path):
    ids = [a.id for a in demo_store.all_attendees(order="id")]
    for attendee_id in ids[:25]:
        demo_store.check_in(attendee_id, station="Empfang 1")
    demo_store.undo(ids[0], station="Empfang 1")
    demo_store.add_walk_in("Zoë", "Spontan", station="Empfang 2")
    before = {a.code for a in demo_store.all_attendees() if a.checked_in}
    made = backup.backup_now(demo_store)  # while the store is open, like the running app
    assert made.parent == backup.backup_dir(db_path) and made.exists()
    for attendee_id in ids[30:35]:  # after the backup: lost when restoring it
        demo_store.check_in(attendee_id, station="Empfang 1")
    demo_store.close()

    replaced = backup.restore(made, db_path)
    assert checked_in_codes(db_path) == before and len(before) == 25
    assert replaced is not None and replaced.name.startswith("event.replaced-")
    assert len(checked_in_codes(replaced)) == 30  # the replaced file is kept, whole
    assert backup.replaced_files(db_path) == [replaced]


def test_backup_to_a_chosen_file_is_a_standalone_database(demo_store, tmp_path):
    demo_store.check_in(1, station="Empfang 1")
    dest = backup.backup_now(demo_store, tmp_path / "copy.db")
    assert not (tmp_path / "copy.db-wal").exists()
    conn = sqlite3.connect(dest)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM presence").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM attendees").fetchone()[0] == 60
    conn.close()
    assert backup.list_backups(demo_store.path) == []  # chosen files are not automatic backups


def test_only_the_newest_backups_are_kept(store):
    made = [backup.backup_now(store, keep=3) for _ in range(5)]
    kept = backup.list_backups(store.path)
    assert kept == sorted(made[-3:], reverse=True)
    assert not made[0].exists()


def test_a_damaged_backup_is_refused_and_nothing_changes(demo_store, db_path, tmp_path):
    good = backup.backup_now(demo_store)
    demo_store.close()
    broken = tmp_path / "broken.db"
    data = bytearray(good.read_bytes())
    data[4096 * 2:4096 * 4] = b"\xff" * (4096 * 2)  # trash table pages
    broken.write_bytes(bytes(data))
    original = db_path.read_bytes()
    with pytest.raises(StoreError, match="damaged|cannot be read"):
        backup.restore(broken, db_path)
    not_sqlite = tmp_path / "list.csv"
    not_sqlite.write_text("a;b\n")
    with pytest.raises(StoreError, match="not a checkin event database"):
        backup.restore(not_sqlite, db_path)
    with pytest.raises(StoreError, match="no such backup"):
        backup.restore(tmp_path / "missing.db", db_path)
    assert db_path.read_bytes() == original
    assert backup.replaced_files(db_path) == []


def test_restore_into_a_missing_file(demo_store, tmp_path):
    made = backup.backup_now(demo_store)
    target = tmp_path / "lost" / "event.db"
    target.parent.mkdir()
    assert backup.restore(made, target) is None
    with EventStore.open(target) as s:
        assert s.count() == 60


def test_a_backup_that_fails_its_check_does_not_count(store, monkeypatch):
    def damaged(path):
        raise StoreError(f"{path}: the event database is damaged (test)")

    monkeypatch.setattr(backup, "inspect_existing", damaged)
    with pytest.raises(StoreError, match="damaged"):
        backup.backup_now(store)
    assert backup.list_backups(store.path) == []
    assert not list(backup.backup_dir(store.path).iterdir())


def test_cli_backup_restore_and_backup_before_import(demo_store, db_path, tmp_path, capsys):
    from checkin import cli
    from checkin.demo import write_registrations

    demo_store.check_in(1, station="Empfang 1")
    demo_store.close()
    db = ["--db", str(db_path)]
    assert cli.main(db + ["backup", "-o", str(tmp_path / "copy.db")]) == 0
    assert cli.main(db + ["backup"]) == 0
    assert len(backup.list_backups(db_path)) == 1
    source = write_registrations(tmp_path / "more.csv", 5, "utf8-csv", seed=99)
    assert cli.main(db + ["import", str(source)]) == 0
    assert len(backup.list_backups(db_path)) == 2  # a backup before the import
    assert cli.main(db + ["restore", str(tmp_path / "copy.db")]) == 0
    out = capsys.readouterr().out
    assert "the replaced file was kept as" in out
    with EventStore.open(db_path) as s:
        assert s.count() == 60 and s.attendee(1).checked_in
    assert cli.main(["restore", str(tmp_path / "copy.db")]) == 2
    assert cli.main(db + ["restore", str(tmp_path / "nothing.db")]) == 2
    assert "no such backup" in capsys.readouterr().err


def test_restore_from_a_path_with_hash_and_question_mark(demo_store, db_path, tmp_path):
    demo_store.check_in(4, "Empfang 1")
    folder = tmp_path / "USB #2 ?"
    folder.mkdir()
    saved = backup.backup_now(demo_store, folder / "event #1.db")
    demo_store.close()
    backup.restore(saved, db_path)
    with EventStore.open(db_path) as restored:
        assert restored.attendee(4).checked_in


def test_restore_is_refused_while_another_process_has_the_event_open(demo_store, db_path, tmp_path):
    """`checkin restore` while a window had the event open set the file aside under it: the
    window went on confirming check-ins into the file set aside, not into the restored one."""
    import subprocess
    import sys

    made = backup.backup_now(demo_store, tmp_path / "copy.db")
    demo_store.close()
    window = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from checkin.store import EventStore; "
         f"store = EventStore.open({str(db_path)!r}); store.stats(); print('open', flush=True); "
         "sys.stdin.readline()"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match=rf"open in another window or program \(process {window.pid}\)"):
            backup.restore(made, db_path)
        assert not backup.replaced_files(db_path)
    finally:
        window.communicate("\n", timeout=30)
    assert backup.restore(made, db_path) is not None  # closed: now it may


def _event(path, name, people=3):
    with EventStore.open(path, create=True, event_name=name) as s:
        with s.transaction():
            s.insert_attendees([{"first_name": f"P{i}", "last_name": name} for i in range(people)])


def test_two_events_in_files_of_one_name_keep_their_own_backups(tmp_path):
    """"event.db" in two folders share a backup folder: the backups of one were offered for the
    other's restore, counted against its 12, and deleted by its purge."""
    from checkin import privacy

    summer, spring = tmp_path / "a" / "event.db", tmp_path / "b" / "event.db"
    for path, name in ((summer, "Sommerfest"), (spring, "Frühjahrstagung")):
        path.parent.mkdir()
        _event(path, name)
    spring_backup = backup.backup_file(spring)
    with EventStore.open(summer) as s:
        summer_backups = [backup.backup_now(s, keep=2) for _ in range(3)]  # two kept
    assert backup.list_backups(summer) == summer_backups[:0:-1]
    assert backup.list_backups(spring) == [spring_backup]  # not pruned as one of the summer's
    with pytest.raises(StoreError, match="backup of another event"):
        backup.restore(spring_backup, summer)
    with EventStore.open(summer) as s:
        assert s.event.name == "Sommerfest"
        result = privacy.purge(s)
    assert spring_backup.exists() and spring_backup not in result.deleted_backups
    assert not any(p.exists() for p in summer_backups) and backup.list_backups(summer) == []


def test_a_renamed_event_file_keeps_its_backups_and_the_purge_finds_them(tmp_path):
    from checkin import privacy

    path = tmp_path / "event.db"
    _event(path, "Integration vor Ort leben")
    made = backup.backup_file(path)
    renamed = path.with_name("Integration 2017 final.db")
    path.rename(renamed)
    assert backup.list_backups(renamed) == [made]
    with EventStore.open(renamed) as s:
        result = privacy.purge(s)
    assert made in result.deleted_backups and not made.exists()


def test_the_purge_deletes_the_copies_rescued_when_the_file_went(tmp_path):
    from checkin import privacy

    path = tmp_path / "event.db"
    _event(path, "Integration vor Ort leben")
    with EventStore.open(path) as s:
        rescued = backup.rescue(s)
        other = tmp_path / "other.db"
        _event(other, "Sommerfest")
        with EventStore.open(other) as o:
            not_ours = backup.rescue(o)
        result = privacy.purge(s)
    assert rescued in result.deleted_backups and not rescued.exists()
    assert not_ours.exists()


def test_a_backup_of_another_event_may_go_into_a_new_file_or_over_a_damaged_one(tmp_path):
    _event(tmp_path / "spring.db", "Frühjahrstagung")
    spring_backup = backup.backup_file(tmp_path / "spring.db")
    assert backup.restore(spring_backup, tmp_path / "new.db") is None
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"\0" * 4096)
    backup.restore(spring_backup, damaged)
    with EventStore.open(damaged) as s:
        assert s.event.name == "Frühjahrstagung"


def test_backup_to_a_chosen_file_never_writes_over_one(demo_store, tmp_path):
    """`backup -o desk2.db` again replaced the desk's copy, and the check-ins it held that were
    not merged yet were gone; any other file there (another event, an export) went the same way."""
    desk2 = backup.backup_now(demo_store, tmp_path / "desk2.db")
    with EventStore.open(desk2) as desk:
        desk.check_in(3, "Desk 2")
    export = tmp_path / "anwesenheit.xlsx"
    export.write_bytes(b"PK\x03\x04 an export")
    with pytest.raises(StoreError, match="exists already.*not merged yet"):
        backup.backup_now(demo_store, desk2)
    with pytest.raises(StoreError, match="exists already \\(a file\\)"):
        backup.backup_now(demo_store, export)
    assert checked_in_codes(desk2) and export.read_bytes() == b"PK\x03\x04 an export"


def test_purging_a_desks_copy_keeps_the_backups_of_the_event_still_in_use(tmp_path, monkeypatch):
    """Backups belong to the event in them, so a desk's copy purged on the main laptop would take
    the main file's backups with it, while that file still holds everybody."""
    from checkin import privacy

    main = tmp_path / "event.db"
    _event(main, "Integration vor Ort leben")
    safety_net = backup.backup_file(main)
    desk = backup.backup_file(main, tmp_path / "desk2.db")
    monkeypatch.chdir(tmp_path)
    with EventStore.open(Path("desk2.db")) as s:  # relative, as typed: each copy named once
        result = privacy.purge(s)
    assert result.copies == [main]
    assert safety_net.exists() and safety_net in result.backups_of_copies and not result.deleted_backups
    # Renamed, the main file still keeps them (backups were told apart by file name at first).
    main.rename(tmp_path / "tagung.db")
    with EventStore.open(Path("desk2.db")) as s:
        again = privacy.purge(s)
    assert again.copies == [tmp_path / "tagung.db"] and safety_net.exists()
    # Once the copies holding people are gone, the purge run again deletes the backups.
    (tmp_path / "tagung.db").unlink()
    with EventStore.open(Path("desk2.db")) as s:
        last = privacy.purge(s)
    assert not last.copies and safety_net in last.deleted_backups and not safety_net.exists()
    assert desk.exists()


def test_an_event_date_that_is_no_day_is_refused_and_makes_no_file(tmp_path, capsys):
    from checkin import cli

    path = tmp_path / "nord.db"
    create = ["--db", str(path), "event", "--create", "--name", "Fachtag Nord", "--date"]
    assert cli.main([*create, "2017-02-30"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err and not path.exists()
    assert cli.main([*create, "2017-03-20"]) == 0
    assert cli.main(["--db", str(path), "event", "--date", "nächsten Dienstag"]) == 2
    with EventStore.open(path) as s:
        assert s.event.date == "2017-03-20"


def test_purging_a_rescued_copy_never_deletes_the_file_being_purged(tmp_path):
    """Going on with a rescued copy and closing the event deleted that very file: it is one of the
    event's rescued copies, which the purge deletes."""
    from checkin import privacy

    path = tmp_path / "event.db"
    _event(path, "Integration vor Ort leben")
    with EventStore.open(path) as s:
        rescued = backup.rescue(s)
    path.unlink()
    with EventStore.open(rescued) as s:
        result = privacy.purge(s)
    assert rescued.exists() and rescued not in result.deleted_backups


def test_a_log_left_without_its_file_is_never_laid_over_a_copy(demo_store, tmp_path):
    """After a move-away the old folder keeps event.db-wal: a backup -o or a restore to that name
    made a file SQLite laid the old log over (other check-ins, or "malformed")."""
    made = backup.backup_now(demo_store)
    old = tmp_path / "old"
    old.mkdir()
    stale = old / "event.db-wal"
    stale.write_bytes(b"a log of a file that went away")
    with pytest.raises(StoreError, match="event.db-wal is left beside event.db"):
        backup.backup_now(demo_store, old / "event.db")
    set_aside = backup.restore(made, old / "event.db")
    assert not stale.exists() and set_aside.name.endswith(".db-wal") and set_aside.exists()
    with EventStore.open(old / "event.db") as restored:
        assert restored.count() == 60


def test_backup_to_a_chosen_file_never_writes_over_an_automatic_backup(demo_store, tmp_path):
    made = backup.backup_now(demo_store)
    before = made.read_bytes()
    with pytest.raises(StoreError, match="exists already"):
        backup.backup_now(demo_store, made)
    with pytest.raises(StoreError, match="exists already \\(a folder\\)"):
        backup.backup_now(demo_store, tmp_path)
    assert made.read_bytes() == before


def test_purging_a_backup_opened_as_the_event_deletes_its_fellow_backups(tmp_path):
    """With the main file gone, the organiser works on a backup: the other backups beside it
    were taken for copies still holding people, so the purge kept them all, every time."""
    from checkin import privacy

    path = tmp_path / "event.db"
    _event(path, "Tagung")
    first, second = backup.backup_file(path), backup.backup_file(path)
    path.unlink()
    with EventStore.open(second) as s:
        result = privacy.purge(s)
    assert not result.copies and first in result.deleted_backups and not first.exists()
    assert second.exists()  # the file purged stays, without its people


def test_a_log_that_restore_set_aside_alone_is_deleted_by_the_purge(demo_store, tmp_path):
    from checkin import privacy

    made = backup.backup_now(demo_store)
    old = tmp_path / "old"
    old.mkdir()
    (old / "event.db-wal").write_bytes(b"a log with names in it")
    set_aside = backup.restore(made, old / "event.db")
    with EventStore.open(old / "event.db") as restored:
        result = privacy.purge(restored)
    assert set_aside in result.deleted_backups and not set_aside.exists()
