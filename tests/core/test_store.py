"""The event database: safe opening, migrations, the check-in log, walk-ins, corrections."""

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from checkin import search
from checkin.store import APPLICATION_ID, EventStore, StoreError, migrations, schema_version


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_wal_full_sync_and_migrated(store, db_path):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert store.event.name == "Testveranstaltung"


def test_missing_file_is_not_created_without_asking(tmp_path):
    with pytest.raises(StoreError, match="no such event database"):
        EventStore.open(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_text_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Teilnehmer;Liste\n")
    before = digest(path)
    with pytest.raises(StoreError, match="not a checkin event database"):
        EventStore.open(path)
    assert digest(path) == before


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 20, b"x" * 5000])
def test_empty_or_truncated_files_are_refused_and_untouched(tmp_path, content):
    path = tmp_path / "broken.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a checkin event database|cannot be read"):
        EventStore.open(path)
    assert path.read_bytes() == content


def test_looking_at_the_open_event_from_this_process_keeps_its_check_ins_safe(tmp_path):
    """The recent-events list peeks at every recent file, the open one too. It read the header
    with open()/close(), and closing any descriptor drops all of a process's POSIX locks on the
    file: a command that then opened and closed the event (checkin stats) took it for unused,
    checkpointed and deleted the WAL under the desk, whose next check-ins went into the
    deleted file and were gone after a crash."""
    from checkin.store import peek_event

    path = tmp_path / "event.db"
    store = EventStore.open(path, create=True, event_name="Fachtag")
    with store.transaction():
        first, second = store.insert_attendees([{"first_name": "Ada", "last_name": "A"},
                                                {"first_name": "Bo", "last_name": "B"}])
    store.check_in(first, "Empfang 1")
    wal = path.with_name(path.name + "-wal")
    assert wal.exists()
    assert peek_event(path).name == "Fachtag"  # what the window's recent-events list does
    proc = subprocess.run([sys.executable, "-m", "checkin", "--db", str(path), "stats"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert wal.exists()  # not deleted under the open desk
    store.check_in(second, "Empfang 1")  # confirmed on screen
    proc = subprocess.run([sys.executable, "-m", "checkin", "--db", str(path), "stats", "--json"],
                          capture_output=True, text=True, timeout=60)
    assert '"checked_in": 2' in proc.stdout, proc.stdout  # another process sees both

    from checkin import importer

    for mistake in (path, wal, path.with_name(path.name + "-shm")):  # picked by mistake in the dialog
        with pytest.raises(StoreError, match="open event database, not a registration list"):
            importer.read_table(mistake)  # never read with open(): its locks would be gone
    ask = f"from checkin.store import open_elsewhere; print(open_elsewhere({str(path)!r}))"
    other = subprocess.run([sys.executable, "-c", ask], capture_output=True, text=True, timeout=60)
    assert other.stdout.strip().isdigit(), other  # this process still holds its lock on the -shm
    store.close()


def test_other_programs_sqlite_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="another program"):
        EventStore.open(path)
    assert digest(path) == before


def test_newer_schema_is_refused_with_a_clear_message(store, db_path):
    store.conn.execute(f"PRAGMA user_version = {schema_version() + 5}")
    store.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="newer version of checkin"):
        EventStore.open(db_path)
    assert digest(db_path) == before


def test_damaged_file_is_refused_and_untouched(demo_store, db_path):
    demo_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(3 * page + 100, min(len(data), 8 * page), 7):   # scribble over b-tree pages
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(StoreError, match="damaged|cannot be read"):
        EventStore.open(db_path)
    assert digest(db_path) == before


def test_check_in_then_repeat_says_when_and_where(demo_store):
    first = demo_store.check_in(5, station="Empfang 1")
    assert first.status == "checked_in" and first.attendee.checked_in
    again = demo_store.check_in(5, station="Empfang 2")
    assert again.status == "already_checked_in"
    assert again.checked_in_at == first.checked_in_at
    assert again.station == "Empfang 1"
    assert [e.kind for e in demo_store.log(5)] == ["check_in"]


def test_scan_parses_and_reports_unknown(demo_store):
    code = demo_store.attendee(3).code
    assert demo_store.scan(f" {code.lower()}\n", "D").status == "checked_in"
    assert demo_store.scan(code, "D").status == "already_checked_in"
    unknown = demo_store.scan("23456789ABCDE9", "D")
    assert unknown.status == "unknown" and unknown.attendee is None


def test_undo_keeps_both_events_and_allows_a_new_check_in(demo_store):
    demo_store.check_in(7, "A")
    entry = demo_store.undo(7, "A", reason="wrong person")
    assert demo_store.attendee(7).checked_in is False
    assert demo_store.check_in(7, "B").status == "checked_in"
    kinds = [(e.kind, e.station) for e in demo_store.log(7)]
    assert kinds == [("check_in", "A"), ("undo", "A"), ("check_in", "B")]
    assert demo_store.log(7)[1].refers_to == demo_store.log(7)[0].uuid
    assert entry.reason == "wrong person"
    with pytest.raises(StoreError, match="not checked in"):
        demo_store.undo(8, "A")


def test_presence_is_derived_from_the_log(demo_store):
    for i in (1, 2, 3, 4):
        demo_store.check_in(i, "A")
    demo_store.undo(2, "A")
    before = demo_store.conn.execute("SELECT attendee_id, checkin_uuid FROM presence ORDER BY 1").fetchall()
    assert demo_store.rebuild_presence() == 3
    after = demo_store.conn.execute("SELECT attendee_id, checkin_uuid FROM presence ORDER BY 1").fetchall()
    assert before == after


def test_walk_in_is_coded_marked_and_checked_in(demo_store):
    result = demo_store.add_walk_in("Jana", "Nowak", "Empfang 1", organisation="Stadt Hagen",
                                    organisation_type="Kommune")
    person = result.attendee
    assert result.status == "checked_in" and person.walk_in and person.checked_in
    assert len(person.code) == 14 and demo_store.attendee_by_code(person.code).id == person.id
    assert demo_store.search_ids("nowak") == [person.id]
    stats = demo_store.stats()
    assert stats["walk_ins"] == 1 and stats["registered"] == 60 and stats["checked_in"] == 1
    assert stats["no_shows"] == 60
    with pytest.raises(StoreError):
        demo_store.add_walk_in(" ", "", "Empfang 1")


def test_correction_is_logged_and_searchable(demo_store):
    before = demo_store.attendee(9)
    after = demo_store.correct(9, {"last_name": "Korrigiert", "organisation": "Neue Org"}, "A", reason="typo")
    assert after.last_name == "Korrigiert" and after.code == before.code
    assert demo_store.search_ids("korrigiert") == [9]
    (entry,) = [e for e in demo_store.log(9) if e.kind == "correction"]
    assert entry.details["last_name"] == {"before": before.last_name, "after": "Korrigiert"}
    with pytest.raises(StoreError, match="cannot be corrected"):
        demo_store.correct(9, {"code": "X"}, "A")


def test_second_desk_on_the_same_file_cannot_double_check_in(demo_store, db_path):
    with EventStore.open(db_path) as desk2:
        assert desk2.check_in(11, "Desk 2").status == "checked_in"
        again = demo_store.check_in(11, "Desk 1")
    assert again.status == "already_checked_in" and again.station == "Desk 2"
    assert demo_store.stats()["checked_in"] == 1


def test_a_confirmed_check_in_survives_a_killed_process(demo_store, db_path):
    code = demo_store.attendee(12).code
    script = textwrap.dedent(f"""
        import os
        from checkin.store import EventStore
        store = EventStore.open({str(db_path)!r})
        result = store.scan({code!r}, "Desk 9")
        assert result.status == "checked_in"
        print("confirmed", flush=True)
        os._exit(9)   # no close, no checkpoint: like a power cut right after the screen said yes
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert "confirmed" in run.stdout, run.stderr
    with EventStore.open(db_path) as reopened:
        person = reopened.attendee(12)
        assert person.checked_in and person.station == "Desk 9"


def test_event_details(store):
    store.set_event(name="Integration vor Ort leben", date="2017-03-20", venue="Dortmund")
    assert store.event.date == "2017-03-20"
    store.set_event(venue="Dortmund, Westfalenhallen")
    assert store.event.name == "Integration vor Ort leben"
    assert store.event.venue == "Dortmund, Westfalenhallen"


def test_peek_event_reads_the_name_without_opening_for_work(demo_store, db_path, tmp_path):
    from checkin.store import peek_event

    assert peek_event(db_path).name == "Integration vor Ort leben"
    text = tmp_path / "notes.db"
    text.write_text("hello")
    assert peek_event(text) is None and peek_event(tmp_path / "missing.db") is None


def old_event(path, version: int) -> sqlite3.Connection:
    """An event file as checkin wrote it at schema ``version`` (migrations up to it), with the
    event row; the connection to fill it further."""
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in migrations():
        if number > version:
            break
        conn.executescript(script.read_text(encoding="utf-8"))
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO event (id, name, created_at) VALUES (1, 'Alt', '2017-01-01T00:00:00Z')")
    return conn


def test_an_event_from_schema_4_gets_the_new_search_index(tmp_path):
    """Files made before migration 5 had two full-text tables with codes in them; opening
    one fills the single new table from the attendees, and search works as before."""
    path = tmp_path / "old.db"
    conn = old_event(path, 4)
    people = [(1, "K7M3QX9PRT4WDE", "Jürgen", "von der Heide", "Stadt Unna", "j.heide@unna.de"),
              (2, "2345678923456A", "Anna", "Müller", "AWO", "anna@awo.org")]
    for id_, code, first, last, org, email in people:
        conn.execute("INSERT INTO attendees (id, code, first_name, last_name, organisation, email, sort_key, "
                     "search_rowid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')",
                     (id_, code, first, last, org, email, search.sort_key(last, first), id_ * 1000))
        conn.execute("INSERT INTO attendee_search (rowid, last_name, first_name, organisation, email, code, "
                     "attendee_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (id_ * 1000, search.fold(last), search.fold(first), search.fold(org), search.fold(email),
                      code.lower(), id_))
    conn.close()

    with EventStore.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "name_search" not in tables
        assert store.search_ids("mueller") == [2]
        assert store.search_ids("heide") == [1]
        assert store.search_ids("unna") == [1]
        assert store.search_ids("k7m3qx") == [1]           # a code typed by hand
        assert store.search_ids("") == [1, 2]                # H before M
        rowids = dict(store.conn.execute("SELECT id, search_rowid FROM attendees"))
        assert rowids == {1: search.order_number(search.sort_key("von der Heide", "Jürgen")),
                          2: search.order_number(search.sort_key("Müller", "Anna"))}
        assert _index_memory(store) == 64 << 20


def test_an_event_from_schema_6_is_indexed_again_with_todays_folding(tmp_path):
    """Until schema 6 "Oe" at the start of a word was not folded, so a typed "Oezdemir" met
    only an "Oezdemir" in the file (and titles and joined hyphenated names were not indexed).
    Opening such a file re-indexes everybody: every spelling then finds both people, and
    nothing else in the file changes."""
    path = tmp_path / "six.db"
    with EventStore.open(path, create=True) as store:
        with store.transaction():
            store.insert_attendees([{"first_name": "Ayla", "last_name": "Özdemir", "email": "ayla@example.org"},
                                    {"first_name": "Cem", "last_name": "Oezdemir", "email": "oezdemir@example.org"}])
            store.conn.execute("DELETE FROM attendee_search")
            for id_, last, email in ((1, "ozdemir", "ayla example org"), (2, "oezdemir", "oezdemir example org")):
                store.conn.execute("INSERT INTO attendee_search (rowid, last_name, first_name, organisation, email, "
                                   "attendee_id) SELECT search_rowid, ?, lower(first_name), '', ?, id "
                                   "FROM attendees WHERE id = ?", (last, email, id_))
        store.conn.execute("ALTER TABLE attendees DROP COLUMN badge_changed_at")  # added by migration 8
        store.conn.execute("PRAGMA user_version = 6")
        columns = ", ".join(r[1] for r in store.conn.execute("PRAGMA table_info(attendees)"))
        before = store.conn.execute(f"SELECT {columns} FROM attendees ORDER BY id").fetchall()
        assert store.search_ids("Oezdemir") == [1]  # the old index: the spelled-out name is missed

    with EventStore.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        for typed in ("Özdemir", "Oezdemir", "Ozdemir", "oez"):
            assert sorted(store.search_ids(typed)) == [1, 2], typed
        assert store.conn.execute(f"SELECT {columns} FROM attendees ORDER BY id").fetchall() == before
        store.conn.execute("INSERT INTO attendee_search (attendee_search, rank) VALUES ('integrity-check', 1)")


def _index_memory(store: EventStore) -> int | None:
    row = store.conn.execute("SELECT v FROM attendee_search_config WHERE k = 'hashsize'").fetchone()
    return row and row[0]


def test_the_search_index_collects_a_big_import_in_memory(store):
    """FTS5 writes a segment whenever its pending entries pass ``hashsize`` (1 MiB unless
    set) and merges those segments as it goes; a new event keeps 64 MiB pending, so an import
    of 100,000 people is written as one segment at commit. The index stays sound."""
    assert _index_memory(store) == 64 << 20
    with store.transaction():
        store.insert_attendees([{"first_name": f"Anna{i}", "last_name": f"Schmidt{i}"} for i in range(3000)])
    store.conn.execute("INSERT INTO attendee_search (attendee_search, rank) VALUES ('integrity-check', 1)")
    assert len(store.search_ids("schmidt12", limit=None)) == 111  # 12, 120-129, 1200-1299


def _sort_index_plan(store: EventStore) -> str:
    plan = store.conn.execute("EXPLAIN QUERY PLAN SELECT id FROM attendees ORDER BY sort_key").fetchall()
    return " ".join(row[-1] for row in plan)


def test_a_large_insert_builds_the_name_order_index_again_and_a_failed_one_keeps_it(store):
    """An insert of 10,000 or more people into a (nearly) empty event drops the name-order
    index and builds it again afterwards, in the same transaction; if the insert fails,
    the rollback brings the index back with everything else."""
    people = [{"first_name": f"Anna{i}", "last_name": f"Zahn{i % 97}"} for i in range(10_000)]
    columns = {"first_name": [p["first_name"] for p in people], "last_name": [p["last_name"] for p in people]}

    def stop_halfway(done: int) -> None:
        if done >= 5000:
            raise RuntimeError("stopped")

    with pytest.raises(RuntimeError, match="stopped"):
        with store.transaction():
            store.insert_columns(columns, len(people), progress=stop_halfway)
    assert store.count() == 0 and "INDEX attendees_sort" in _sort_index_plan(store)
    with store.transaction():
        store.insert_attendees(people)
    assert "INDEX attendees_sort" in _sort_index_plan(store)
    ordered = [r[0] for r in store.conn.execute("SELECT sort_key FROM attendees INDEXED BY attendees_sort")]
    assert len(ordered) == 10_000 and ordered == sorted(ordered)
    assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.parametrize("indexed_already", [False, True])
def test_index_rows_keep_name_order_when_many_names_share_their_start(store, indexed_already):
    """Order numbers collide for names alike in their first letters: each person still gets
    a row of their own, in name order, whether the index is empty (a new event's import,
    one running maximum) or already holds people (a free row is probed for)."""
    if indexed_already:
        with store.transaction():
            store.insert_attendees([{"first_name": "Anna", "last_name": "Schmidt"}])
    lasts = ["Schmidt", "Schmidtke", "Schmid", "Schmidt", "Abel", "Schmidt-Weber"] * 20
    firsts = ["Anna", "Anna", "Bernd", "Ben", "Zoe", ""] * 20
    keys = search.sort_keys(lasts, firsts)
    with store.transaction():
        rowids, order = store._free_rowids(keys)
    taken = {r[0] for r in store.conn.execute("SELECT rowid FROM attendee_search")}
    assert len(set(rowids)) == len(rowids) and not taken & set(rowids)
    assert order == sorted(range(len(keys)), key=lambda i: (search.order_number(keys[i]), i))
    assert [rowids[i] for i in order] == sorted(rowids)               # rows rise in name order
    assert all(rowids[i] >= search.order_number(keys[i]) for i in range(len(keys)))


def test_namesakes_are_people_with_the_same_folded_first_and_last_name(store):
    with store.transaction():
        joerg, _other, anna = store.insert_attendees([
            {"first_name": "Jörg", "last_name": "Weiß", "organisation": "DRK"},
            {"first_name": "Jörg", "last_name": "Weißmann"},
            {"first_name": "Anna", "last_name": "Weiß"},
        ])
    assert [a.id for a in store.namesakes("Joerg", "Weiss")] == [joerg]
    assert [a.id for a in store.namesakes("JÖRG", "weiß")] == [joerg]
    assert [a.id for a in store.namesakes("Anna", "Weiss")] == [anna]
    assert store.namesakes("Jörg", "Weis") == [] and store.namesakes("Karl", "Weiß") == []


def test_a_write_the_file_refuses_is_a_store_error_and_changes_nothing(demo_store, db_path):
    import sqlite3

    demo_store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="the event file is busy.*Nothing was saved"):
            demo_store.check_in(1, "Empfang 1")
        assert not demo_store.conn.in_transaction
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert demo_store.log(1) == []
    assert demo_store.check_in(1, "Empfang 1").admitted


def test_presence_that_disagrees_with_the_log_is_derived_again_on_open(demo_store, db_path):
    """The log is the truth. A file whose presence table lost a check-in the log has (seen after
    the lock fault of an older version: 'the log has her check-in, but she counts as not
    checked in') is repaired when it is opened, and one that lists someone the log took back too."""
    demo_store.check_in(1, "Empfang 1")
    demo_store.check_in(2, "Empfang 1")
    demo_store.undo(2, "Empfang 1")
    with demo_store.transaction():
        demo_store.conn.execute("DELETE FROM presence WHERE attendee_id = 1")
        demo_store.conn.execute("INSERT INTO presence VALUES (2, 'stale', '2017-03-20T08:00:00.000Z', 'X')")
    demo_store.close()
    with EventStore.open(db_path) as store:
        assert [a.id for a in store.all_attendees(order="id") if a.checked_in] == [1]
        assert store.stats()["checked_in"] == 1


def test_a_write_after_the_event_file_was_moved_is_refused_and_a_rescue_copy_holds_all(demo_store, db_path,
                                                                                      tmp_path):
    """SQLite goes on writing into the WAL left at the old place when the event file is moved
    or deleted under it; those check-ins were missing from the file wherever it went."""
    from checkin import backup
    from checkin.store import EventFileGone

    first, second = (a.id for a in list(demo_store.all_attendees(order="id"))[:2])
    demo_store.check_in(first, "Desk 1")
    assert demo_store.in_place()
    db_path.rename(tmp_path / "moved.db")
    assert not demo_store.in_place()
    with pytest.raises(EventFileGone, match="moved, renamed or deleted while it was open"):
        demo_store.check_in(second, "Desk 1")
    assert not demo_store.conn.in_transaction
    copy = backup.rescue(demo_store)
    assert copy.parent == backup.rescue_dir()
    with EventStore.open(copy) as rescued:
        assert [a.id for a in rescued.all_attendees() if a.checked_in_at] == [first]


def test_an_event_from_schema_7_keeps_its_printed_badges(tmp_path):
    """Schema 8 notes when a badge's text changed; a file from before it opens with every badge
    printed as it was, and a change made afterwards counts."""
    from checkin import badges

    path = tmp_path / "seven.db"
    conn = old_event(path, 7)
    people = ((1, "K7M3QX9PRT4WDE", "Jürgen", "Heide"), (2, "2345678923456A", "Anna", "Ohm"))
    for id_, code, first, last in people:
        conn.execute("INSERT INTO attendees (id, code, first_name, last_name, sort_key, created_at, "
                     "updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')",
                     (id_, code, first, last, search.sort_key(last, first)))
    conn.execute("INSERT INTO badge_prints (attendee_id, at, station, layout) "
                 "VALUES (1, '2017-03-19T17:00:00.000Z', 'Desk 1', 'a6')")
    conn.close()

    with EventStore.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema_version() >= 8
        assert badges.printed_ids(store) == {1}
        store.correct(1, {"organisation": "Stadt Unna"}, station="Desk 1")
        assert badges.printed_ids(store) == set()


def test_an_unreadable_event_says_when_its_folder_is_read_only_or_its_disk_full(tmp_path, monkeypatch):
    """An event file in a read-only folder (a write-protected stick) or on a full disk opens for
    nothing, not even `stats`: SQLite must write beside a WAL file to read it. The message said
    only 'unable to open database file' or 'disk I/O error'. (Mounts need root, so the folder's
    state is what os.access and shutil.disk_usage report here.)"""
    import collections
    import os
    import shutil

    from checkin import store as store_module

    folder = tmp_path.resolve()
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != folder)
    assert "the folder" in store_module._why_unreadable(folder / "ev.db")
    assert f"{folder} is read-only" in store_module._why_unreadable(folder / "ev.db")
    monkeypatch.undo()
    usage = collections.namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10 << 30, 10 << 30, 4096))
    assert "the disk is full" in store_module._why_unreadable(folder / "ev.db")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10 << 30, 5 << 30, 5 << 30))
    assert store_module._why_unreadable(folder / "ev.db") == ""
