"""The event database: opening it safely, migrating it, and every query and write.

One SQLite file per event is the organiser's document. Opening it checks,
without writing, that it is a checkin database from this or an older version
and that it is not damaged; only then is it migrated and used. The file runs
in WAL mode with ``synchronous=FULL``: a check-in confirmed on screen has
reached the disk.

Every multi-step write runs inside :meth:`EventStore.transaction`
(``BEGIN IMMEDIATE``), so two desks on one file serialise cleanly.

    >>> store = EventStore.open("event.db", create=True, event_name="Demo")  # doctest: +SKIP
    >>> store.scan("K7M3QX9PRT4WDE", station="Desk 1").status                # doctest: +SKIP
    'checked_in'
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import uuid as uuidlib
from collections import Counter
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from itertools import accumulate
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import quote

import sqlite_utils

from checkin import codes, search
from checkin.assets import migrations_dir
from checkin.domain import (
    ATTENDEE_FIELDS, BADGE_FIELDS, CORRECTABLE_FIELDS, Attendee, Event, LogEntry, ScanResult, parse_utc,
    utc_now, utc_text,
)

APPLICATION_ID = 0x43484B4E  # "CHKN" in the file header: this is a checkin database
BUSY_TIMEOUT_MS = 5000
PAGE_SIZE = 16384  # for new event files; older files keep theirs
# Check-ins in force: those no undo took back (alias the log ``l``).
CHECK_INS_IN_FORCE = (
    "l.kind = 'check_in' "
    "AND NOT EXISTS (SELECT 1 FROM checkin_log u WHERE u.kind = 'undo' AND u.refers_to = l.uuid)"
)
# Who is present according to the log: each person through their earliest check-in in force.
_PRESENT_BY_LOG = f"""
    SELECT attendee_id, uuid, at, station FROM (
        SELECT l.attendee_id, l.uuid, l.at, l.station,
               row_number() OVER (PARTITION BY l.attendee_id ORDER BY l.at, l.id) AS nth
        FROM checkin_log l WHERE {CHECK_INS_IN_FORCE}
    ) WHERE nth = 1
"""
CLOSED_SETTING = "purged_at"  # set when the event is closed and its personal data deleted (privacy.purge)
CLOSED_MESSAGE = "this event was closed and its personal data deleted"
NOBODY_ADDED = "nobody can be added to it"  # why an import or walk-in is refused on a closed event
_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")

_ATTENDEE_COLUMNS = (
    "a.id, a.code, a.first_name, a.last_name, a.registration_id, a.salutation, a.title, "
    "a.organisation, a.organisation_type, a.role, a.email, a.workshop, a.dietary, "
    "a.accessibility, a.photo_consent, a.category, a.desk_note, a.registered_at, a.walk_in, "
    "p.at, p.station, a.extra"
)
_ATTENDEE_FROM = "attendees a LEFT JOIN presence p ON p.attendee_id = a.id"
# The fields the sort key and the search index are made from.
_INDEXED_FIELDS = frozenset({"last_name", "first_name", "title", "organisation", "email"})
# Migrations after which the search index is filled again from the attendees (new layout).
_REFILLS_SEARCH_INDEX = frozenset({5, 7})
_INSERT_COLUMNS = ("id", "code", *ATTENDEE_FIELDS, "extra", "walk_in", "sort_key", "search_rowid",
                   "created_at", "updated_at")
_SEARCH_INSERT = ("INSERT INTO attendee_search (rowid, last_name, first_name, organisation, email, "
                  "attendee_id) VALUES (?, ?, ?, ?, ?, ?)")
# Up to this many new people, free index rows are looked up one by one; more, and the
# rows taken are read at once.
_PROBE_ROWIDS_UP_TO = 64
_REBUILD_SORT_INDEX_FROM = 10_000
_SORT_INDEX = "CREATE INDEX attendees_sort ON attendees (sort_key)"  # as in db/0001


class StoreError(Exception):
    """A problem the user can act on; the message is shown as it is, without a traceback."""


class EventFileBusy(StoreError):
    """Another desk or program held the event file's write lock past the busy timeout: nothing
    was written, and the same write a moment later usually works."""


class EventFileUnwritable(StoreError):
    """SQLite refused a write (a full disk, a read-only file, an I/O error): nothing was written.
    ``reason`` is SQLite's own words."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


class EventFileGone(StoreError):
    """The open event file is no longer at its path (moved, renamed, deleted, or its drive
    removed). SQLite would go on writing into a WAL that stays behind at the old place, and
    those check-ins would be missing from the file wherever it went: so nothing is written."""


def migrations() -> list[tuple[int, Path]]:
    """The numbered migrations in ``db/``, in order: ``[(1, Path('0001_initial.sql')), ...]``."""
    found = []
    for path in migrations_dir().glob("*.sql"):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def schema_version() -> int:
    """The schema version this checkin writes: the number of its newest migration."""
    return migrations()[-1][0]


def connect_read_only(path: str | Path, timeout: float = BUSY_TIMEOUT_MS / 1000) -> sqlite3.Connection:
    """A connection that cannot change the file at ``path`` (any characters in the path are safe)."""
    return sqlite3.connect(f"file:{quote(str(Path(path).resolve()))}?mode=ro", uri=True, timeout=timeout)


_open_here: Counter = Counter()  # (device, inode) of the event files this process has open


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def is_open_here(path: str | Path) -> bool:
    """Whether this process has the event file at ``path`` open (under any name). Such a file
    must not be read with ``open()``: see :func:`_open_for_inspection`."""
    found = _file_id(Path(path))
    return found is not None and _open_here[found] > 0


def open_elsewhere(path: str | Path) -> int | None:
    """The id of another process that has the event file at ``path`` open, or ``None`` (also
    where that cannot be told). While open, each SQLite connection holds a shared lock on one
    byte of the ``-shm`` file (its "dead man switch", byte 128), which ``F_GETLK`` reports.
    Never asked while this process has the file open: see :func:`_open_for_inspection`."""
    path = Path(path)
    if is_open_here(path):
        return None
    try:
        import fcntl
        import struct
    except ImportError:  # not a POSIX system
        return None
    try:
        fd = os.open(companions(path)[1], os.O_RDONLY)
    except OSError:
        return None  # no -shm: nobody has it open in WAL mode
    try:
        layout = "hhqqi"  # struct flock: type, whence, start, length, pid
        found = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, 128, 1, 0))
        kind, _whence, _start, _length, pid = struct.unpack(layout, found)
    except OSError:
        return None
    finally:
        os.close(fd)
    return None if kind == fcntl.F_UNLCK else pid


def companions(path: Path) -> tuple[Path, Path]:
    """The ``-wal`` and ``-shm`` files SQLite keeps beside the database at ``path``."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def database_of(path: str | Path) -> Path | None:
    """The database a ``-wal``, ``-shm`` or ``-journal`` file at ``path`` would belong to
    (``event.db`` for ``event.db-wal``); ``None`` for any other name."""
    path = Path(path)
    for companion in ("-wal", "-shm", "-journal"):
        if path.name.endswith(companion):
            return path.with_name(path.name[:-len(companion)])
    return None


def belongs_to_open_event(path: str | Path) -> bool:
    """Whether ``path`` is an event file this process has open, or its ``-wal``, ``-shm`` or
    ``-journal``: none of them may be read with ``open()`` here (see :func:`is_open_here`)."""
    database = database_of(path)
    return is_open_here(path) or (database is not None and is_open_here(database))


def _connect_for_work(target: str | Path, uri: bool = False) -> sqlite3.Connection:
    """The connection an :class:`EventStore` works through (autocommit; transactions are
    explicit; usable from the window's background threads)."""
    return sqlite3.connect(target, uri=uri, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)


def _open_for_inspection(path: Path, timeout: float = BUSY_TIMEOUT_MS / 1000) -> sqlite3.Connection:
    """A read-only connection to ``path`` that has checked that it is an SQLite file.

    Only SQLite itself may open an event file in this process: POSIX releases *all* of a
    process's locks on a file when *any* descriptor on it is closed, so reading the header
    with ``open()`` while this process has the event open (the recent-events list shows the
    open event too) would drop the desk's locks. Another process could then take the file
    for unused and delete its WAL, with check-ins in it that the screen had confirmed.
    SQLite shares one descriptor per file among its own connections and keeps it open."""
    try:
        size = path.stat().st_size  # stat opens no descriptor
    except OSError as exc:
        raise StoreError(f"{path}: cannot be read ({exc.strerror})") from None
    if size == 0:
        raise StoreError(f"{path}: not a checkin event database (an empty file)")
    try:
        conn = connect_read_only(path, timeout=timeout)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot be read ({exc})") from None
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # reads the header
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise StoreError(f"{path}: not a checkin event database (not an SQLite file)") from None
        raise StoreError(f"{path}: the event database cannot be read ({exc}{_why_unreadable(path)}). "
                         "It was not modified.") from None
    return conn


def _why_unreadable(path: Path) -> str:
    """What may be behind an event file SQLite cannot read although it is there: an event file
    (WAL) needs to write beside itself even to be read."""
    folder = path.resolve().parent
    if not os.access(folder, os.W_OK):
        return f"; the folder {folder} is read-only: copy the event file to a folder you can write to"
    try:
        if shutil.disk_usage(folder).free < 1 << 20:
            return "; the disk is full: make room, then try again"
    except OSError:
        pass
    return ""


def inspect_existing(path: Path) -> None:
    """Refuse, without modifying it, a file that is not a healthy checkin database we can use."""
    conn = _open_for_inspection(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise StoreError(f"{path}: not a checkin event database (another program's SQLite file)")
        if version > schema_version():
            raise StoreError(
                f"{path}: made by a newer version of checkin (schema {version}; this version "
                f"knows up to {schema_version()}). Update checkin to open it."
            )
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise StoreError(
                f"{path}: the event database is damaged ({problems[0]}). It was not modified; "
                "restore a backup with 'checkin restore'."
            )
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: the event database cannot be read ({exc}{_why_unreadable(path)}). "
                         "It was not modified.") from None
    finally:
        conn.close()


def _peek(path: str | Path, sql: str) -> tuple | None:
    """The row ``sql`` reads from the checkin database at ``path``, read without opening it for
    work (see :func:`_open_for_inspection`: it may be the event this process has open); ``None``
    if the file is missing or not a readable checkin database."""
    try:
        conn = _open_for_inspection(Path(path), timeout=1)
    except StoreError:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        return conn.execute(sql).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def peek_event(path: str | Path) -> Event | None:
    """The event a file holds (name, date, venue), or ``None`` (see :func:`_peek`): for lists
    of recent events."""
    row = _peek(path, "SELECT name, date, venue FROM event WHERE id = 1")
    return Event(*row) if row else None


def peek_copy(path: str | Path) -> tuple[str, bool] | None:
    """When the event a file holds was created (every copy of an event, a backup or a desk's,
    says the same) and whether the file still holds people; ``None`` (see :func:`_peek`)."""
    row = _peek(path, "SELECT created_at, EXISTS (SELECT 1 FROM attendees) FROM event WHERE id = 1")
    return (row[0], bool(row[1])) if row else None


def check_event_date(text: str) -> None:
    """Refuse an event date that is not a real day written ``YYYY-MM-DD`` (it goes on every badge)."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, re.ASCII):  # (strptime takes other digits too)
            raise ValueError
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        raise StoreError(f"the event's date must be a real day written YYYY-MM-DD, such as 2017-03-20, "
                         f"not '{text}'") from None


def _write_failure(exc: sqlite3.OperationalError) -> StoreError:
    """What a write that SQLite refused means for the person at the desk."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return EventFileBusy(f"the event file is busy: another desk or program has been writing to it for "
                             f"over {BUSY_TIMEOUT_MS / 1000:g} s. Nothing was saved; try again in a moment.")
    return EventFileUnwritable(f"the event file could not be written ({text}). Nothing was saved.", text)


def _attendee_from_row(row: tuple) -> Attendee:
    (id_, code, first, last, reg_id, salutation, title, org, org_type, role, email, workshop,
     dietary, access, photo, category, note, registered_at, walk_in, at, station, extra) = row
    return Attendee(
        id=id_, code=code, first_name=first, last_name=last, registration_id=reg_id,
        salutation=salutation, title=title, organisation=org, organisation_type=org_type,
        role=role, email=email, workshop=workshop, dietary=dietary, accessibility=access,
        photo_consent=None if photo is None else bool(photo), category=category, desk_note=note,
        registered_at=registered_at, walk_in=bool(walk_in), checked_in_at=at, station=station,
        extra=json.loads(extra) if extra and extra != "{}" else {},
    )


class EventStore:
    """An open event database. Create with :meth:`open`; close with :meth:`close` or ``with``."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self._file_id: tuple[int, int] | None = None
        self.is_released = False  # see released()
        self.is_closed = False  # see close(): a window still holding the store must not use it
        self.db = sqlite_utils.Database(conn)

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, event_name: str | None = None,
             event_date: str = "", event_venue: str = "") -> "EventStore":
        """Open the event database at ``path``, migrating it to the current schema.

        With ``create=True`` a missing file is created as a new event called
        ``event_name`` (default: the file's name). A file that is not a checkin
        database, is damaged, or comes from a newer version raises
        :class:`StoreError` and is left untouched.
        """
        path = Path(path).expanduser()
        is_new = not path.exists()
        if is_new and event_date:
            check_event_date(event_date)  # before the file is made
        if is_new and not create:
            raise StoreError(
                f"{path}: no such event database. Create one with 'checkin demo' or 'checkin import'."
            )
        if is_new:
            if not path.parent.is_dir():
                raise StoreError(f"{path}: the folder {path.parent} does not exist")
        else:
            inspect_existing(path)
        try:
            conn = _connect_for_work(path)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot be opened ({exc})") from None
        store = cls(path, conn)
        try:
            store._configure(new=is_new)
            store._migrate(new_event=(event_name or path.stem, event_date, event_venue) if is_new else None)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"{path}: cannot be opened ({exc})") from None
        store._file_id = _file_id(path)
        _open_here[store._file_id] += 1
        try:
            store._heal_presence()
        except (sqlite3.Error, StoreError):
            pass  # busy with another writer: the next opening looks again
        return store

    def _heal_presence(self) -> None:
        """``presence`` must be what the log says; if it is not (a crash of an older version,
        a file copied while it was written), derive it again from the log, the truth."""
        if self.closed:
            return  # purged: no log left, the kept figures stand
        differs = self.conn.execute(
            f"""
            WITH derived AS ({_PRESENT_BY_LOG})
            SELECT EXISTS (SELECT attendee_id, uuid FROM derived
                           EXCEPT SELECT attendee_id, checkin_uuid FROM presence)
                OR EXISTS (SELECT attendee_id, checkin_uuid FROM presence
                           EXCEPT SELECT attendee_id, uuid FROM derived)
            """).fetchone()[0]
        if differs:
            self.rebuild_presence()

    def _configure(self, new: bool = False) -> None:
        if new:
            # Set before the first table exists (and before WAL, which fixes it): 16 KiB pages
            # write a 100,000-person import in fewer, larger pieces.
            self.conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StoreError(f"{self.path}: cannot switch to WAL mode (the folder may be read-only)")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("PRAGMA foreign_keys = ON")

    def _migrate(self, new_event: tuple[str, str, str] | None) -> None:
        current = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number, path in migrations():
            if number <= current:
                continue
            script = path.read_text(encoding="utf-8")
            try:
                self.conn.executescript(
                    f"BEGIN IMMEDIATE;\n{script}\n;PRAGMA user_version = {number};"
                    + (f"PRAGMA application_id = {APPLICATION_ID};" if number == 1 else "")
                )
                if number in _REFILLS_SEARCH_INDEX:
                    self._refill_search_index()
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        if new_event is not None:
            name, date, venue = new_event
            with self.transaction():
                self.conn.execute(
                    "INSERT OR IGNORE INTO event (id, name, date, venue, created_at) VALUES (1, ?, ?, ?, ?)",
                    (name, date, venue, utc_now()),
                )

    @contextmanager
    def released(self) -> Iterator[None]:
        """Close the connection for the block and open it again afterwards.

        For while something else in this process may open and close the event file: a file
        or print dialog reads the files of the folder it shows, the event's among them, and
        that drops this process's locks (see :func:`_open_for_inspection`). Holding no
        connection then, the desk has nothing to lose. Nothing may use the store meanwhile
        (``is_released`` says so); the file must still be there afterwards."""
        if self.conn.in_transaction:
            raise RuntimeError("released() inside a transaction")
        self.conn.close()
        self.is_released = True
        try:
            yield
        finally:
            if not self.in_place():  # stays released: nothing will try to use it
                raise EventFileGone(f"{self.path}: the event file was moved, renamed or deleted while a "
                                    f"dialog was open; everything up to then is saved in it.")
            try:  # mode=rw: a file that vanished meanwhile is an error, not a new empty event
                self.conn = _connect_for_work(f"file:{quote(str(self.path.resolve()))}?mode=rw", uri=True)
                self.db = sqlite_utils.Database(self.conn)
                self._configure()
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot be opened again ({exc})") from None
            self.is_released = False

    def in_place(self) -> bool:
        """Whether the file at :attr:`path` is still the one this store has open (see
        :class:`EventFileGone`). One ``stat``: cheap enough for every write."""
        return self._file_id is None or _file_id(self.path) == self._file_id

    def gone_message(self) -> str:
        return (f"{self.path}: the event file was moved, renamed or deleted while it was open, or its "
                f"drive was removed. Nothing was saved.")

    def close(self) -> None:
        self.conn.close()
        self.is_closed = True
        if self._file_id is not None:
            _open_here[self._file_id] -= 1
            self._file_id = None

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block as one write transaction (``BEGIN IMMEDIATE``): all or nothing.

        When the file stays locked by another writer past the busy timeout, or cannot be
        written (disk full, I/O error), nothing is saved and :class:`StoreError` says so in
        words a desk can show."""
        if self.conn.in_transaction:
            raise RuntimeError("nested transaction")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                if not self.in_place():
                    self.conn.execute("ROLLBACK")
                    raise EventFileGone(self.gone_message())
                self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _write_failure(exc) from exc

    # -- the event -----------------------------------------------------------------------

    @property
    def event(self) -> Event:
        row = self.conn.execute("SELECT name, date, venue FROM event WHERE id = 1").fetchone()
        return Event(*row) if row else Event(self.path.stem)

    @property
    def created_at(self) -> str | None:
        """When the event was created; every copy of it (a backup, a desk's copy) says the same."""
        row = self.conn.execute("SELECT created_at FROM event WHERE id = 1").fetchone()
        return row[0] if row else None

    def set_event(self, name: str | None = None, date: str | None = None, venue: str | None = None) -> Event:
        """Change the event's name, date (ISO ``YYYY-MM-DD``) or venue; ``None`` keeps a value."""
        if date:
            check_event_date(date)
        current = self.event
        new = Event(name if name is not None else current.name,
                    date if date is not None else current.date,
                    venue if venue is not None else current.venue)
        with self.transaction():
            self.conn.execute(
                "INSERT INTO event (id, name, date, venue, created_at) VALUES (1, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, date = excluded.date, "
                "venue = excluded.venue",
                (new.name, new.date, new.venue, utc_now()),
            )
        return new

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A value stored in the event database (travels with the event)."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @property
    def closed(self) -> bool:
        """True once the event was closed and its personal data deleted (:func:`checkin.privacy.purge`)."""
        return bool(self.setting(CLOSED_SETTING))

    def refuse_if_closed(self, consequence: str) -> None:
        """Raise :class:`StoreError` ("this event was closed ...; ``consequence``") if it is closed."""
        if self.closed:
            raise StoreError(f"{CLOSED_MESSAGE}; {consequence}")

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            if value is None:
                self.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                self.conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    # -- reading attendees ---------------------------------------------------------------

    def attendee(self, attendee_id: int) -> Attendee | None:
        row = self.conn.execute(
            f"SELECT {_ATTENDEE_COLUMNS} FROM {_ATTENDEE_FROM} WHERE a.id = ?", (attendee_id,)
        ).fetchone()
        return _attendee_from_row(row) if row else None

    def attendee_by_code(self, code: str) -> Attendee | None:
        row = self.conn.execute(
            f"SELECT {_ATTENDEE_COLUMNS} FROM {_ATTENDEE_FROM} WHERE a.code = ?", (code.upper(),)
        ).fetchone()
        return _attendee_from_row(row) if row else None

    def attendees_by_ids(self, ids: list[int]) -> list[Attendee]:
        """The attendees with these ids, in the order given (missing ids are skipped)."""
        found: dict[int, Attendee] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT {_ATTENDEE_COLUMNS} FROM {_ATTENDEE_FROM} WHERE a.id IN ({marks})", chunk
            ):
                found[row[0]] = _attendee_from_row(row)
        return [found[i] for i in ids if i in found]

    def all_attendees(self, order: str = "name") -> Iterator[Attendee]:
        """Every attendee, sorted by name (DIN 5007-2, particles ignored) or ``"organisation"``
        (DIN 5007-2: Ärztekammer with the A's; then by name; people without one last)."""
        order_by = {"name": "a.sort_key, a.id", "organisation": "a.sort_key, a.id", "id": "a.id"}[order]
        rows = self.conn.execute(f"SELECT {_ATTENDEE_COLUMNS} FROM {_ATTENDEE_FROM} ORDER BY {order_by}")
        if order == "organisation":  # a stable sort keeps the name order within an organisation
            people = [_attendee_from_row(row) for row in rows]
            keys = {org: search.din5007_2(org) for org in {a.organisation for a in people}}
            people.sort(key=lambda a: (not keys[a.organisation], keys[a.organisation]))
            yield from people
            return
        for row in rows:
            yield _attendee_from_row(row)

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM attendees").fetchone()[0]

    def write_through(self) -> None:
        """Copy committed pages from the write-ahead log into the event file itself (a passive
        checkpoint: it waits for nobody). Until then a check-in lives in ``NAME.db-wal``, and a
        copy of ``NAME.db`` alone (to a USB stick, for a merge) would miss it."""
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()

    def data_version(self) -> int:
        """A number that changes when another connection (another desk, or this desk's
        background jobs) commits to the file; cheap enough to ask every second."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def search_ids(self, query: str, limit: int | None = 50) -> list[int]:
        """Ids of the attendees matching ``query``, best first.

        Every word is a prefix, all words must match somewhere in first or
        last name, organisation, e-mail or code, folded (Müller = Mueller =
        Muller). Last-name hits come before first-name hits, then codes that
        start with what was typed, then organisation or e-mail hits; within
        each, German name order. An empty query lists everyone by name.

        The index yields rows in name order (its rowids are order numbers),
        so a limited query reads only about ``limit`` rows per tier.
        """
        tiers = search.fts_tiers(query)
        if not tiers:
            sql = "SELECT id FROM attendees ORDER BY sort_key, id"
            if limit is not None:
                sql += f" LIMIT {int(limit)}"
            return [r[0] for r in self.conn.execute(sql)]
        found: list[int] = []
        seen: set[int] = set()

        def take(sql: str, params: tuple) -> bool:
            if limit is not None:
                # rows of better tiers match again here; read past them
                sql += f" LIMIT {int(limit) - len(found) + len(seen)}"
            for (attendee_id,) in self.conn.execute(sql, params):
                if attendee_id not in seen:
                    seen.add(attendee_id)
                    found.append(attendee_id)
            return limit is not None and len(found) >= limit

        code_prefix = codes.typed_prefix(query)
        for n, expression in enumerate(tiers):
            if n == 2 and code_prefix and take(
                    "SELECT id FROM attendees WHERE code >= ? AND code < ? ORDER BY sort_key",
                    (code_prefix, code_prefix + "~")):
                return found[:limit]
            if take("SELECT attendee_id FROM attendee_search WHERE attendee_search MATCH ? ORDER BY rowid",
                    (expression,)):
                return found[:limit]
        return found

    def search(self, query: str, limit: int | None = 50) -> list[Attendee]:
        """Like :meth:`search_ids`, returning :class:`Attendee` objects."""
        return self.attendees_by_ids(self.search_ids(query, limit))

    def namesakes(self, first_name: str, last_name: str) -> list[Attendee]:
        """People already in the event with this first and last name, folded (Jörg Weiß = Joerg
        Weiss): asked before a walk-in is added, so nobody gets a second record and badge."""
        wanted = (search.fold(first_name), search.fold(last_name))
        found = self.search(f"{first_name} {last_name}", limit=None)
        return [a for a in found if (search.fold(a.first_name), search.fold(a.last_name)) == wanted]

    # -- writing attendees (call inside a transaction) -------------------------------------

    def _free_rowids(self, keys: list[str]) -> tuple[list[int], list[int]]:
        """A free index row for each sort key: the first at or after its order number
        (see search.order_number), so the index keeps people in name order. Also the
        positions of ``keys`` in the order of those rows (to write the index in that order)."""
        numbers = search.order_numbers(keys)
        # In order of their numbers (ties in the given order), each takes the first row
        # free both of the index and of those handed out before it.
        order = sorted(range(len(keys)), key=numbers.__getitem__)
        if len(keys) <= _PROBE_ROWIDS_UP_TO:
            def is_taken(rowid: int) -> bool:
                return self.conn.execute("SELECT 1 FROM attendee_search WHERE rowid = ?", (rowid,)).fetchone()
        else:
            taken = {r[0] for r in self.conn.execute("SELECT rowid FROM attendee_search")}
            if not taken:  # a new event's import: row k is max(number k, row k-1 + 1), a running maximum
                rising = accumulate([numbers[i] - k for k, i in enumerate(order)], max)
                rowids = [0] * len(keys)
                for k, (i, rowid) in enumerate(zip(order, rising)):
                    rowids[i] = rowid + k
                return rowids, order
            is_taken = taken.__contains__
        rowids = [0] * len(keys)
        last = -1
        for i in order:
            rowid = max(numbers[i], last + 1)
            while is_taken(rowid):
                rowid += 1
            rowids[i] = last = rowid
        return rowids, order

    def _write_index(self, ids: list[int], rowids: list[int], order: list[int], last_names: list[str],
                     first_names: list[str], organisations: list[str], emails: list[str],
                     titles: list[str]) -> None:
        """The search index rows of these attendees (see :meth:`_free_rowids` for ``rowids`` and
        ``order``), written in rowid order: FTS5 takes those several times faster than scattered ones."""
        values = search.search_rows(last_names, first_names, organisations, emails, titles)
        self.conn.executemany(_SEARCH_INSERT, [(rowids[i], *values[i], ids[i]) for i in order])

    def _index(self, attendee_id: int, values: dict, key: str) -> None:
        old = self.conn.execute("SELECT search_rowid FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
        if old and old[0] is not None:
            self.conn.execute("DELETE FROM attendee_search WHERE rowid = ?", (old[0],))
        rowids, order = self._free_rowids([key])
        self._write_index([attendee_id], rowids, order, [values["last_name"]], [values["first_name"]],
                          [values["organisation"]], [values["email"]], [values["title"]])
        self.conn.execute("UPDATE attendees SET search_rowid = ? WHERE id = ?", (rowids[0], attendee_id))

    def _refill_search_index(self) -> None:
        """Index every attendee again (after a migration changed the index's layout)."""
        rows = self.conn.execute(
            "SELECT id, last_name, first_name, organisation, email, title, sort_key FROM attendees ORDER BY id"
        ).fetchall()
        if not rows:
            return
        ids, lasts, firsts, orgs, emails, titles, keys = (list(c) for c in zip(*rows))
        rowids, order = self._free_rowids(keys)
        self.conn.executemany("UPDATE attendees SET search_rowid = ? WHERE id = ?", zip(rowids, ids))
        self._write_index(ids, rowids, order, lasts, firsts, orgs, emails, titles)

    def insert_attendees(self, records: Iterable[dict], *, walk_in: bool = False) -> list[int]:
        """Insert attendees (dicts with keys from ``ATTENDEE_FIELDS`` and optionally ``code``
        and ``extra``). Must run inside :meth:`transaction`. Returns the new ids in order."""
        records = list(records)
        columns = {name: [r.get(name, "") for r in records] for name in ATTENDEE_FIELDS}
        columns["photo_consent"] = [r.get("photo_consent") for r in records]
        columns["code"] = [r.get("code") for r in records]
        columns["extra"] = [r.get("extra") for r in records]
        return self.insert_columns(columns, len(records), walk_in=walk_in)

    def insert_columns(self, columns: dict[str, list], count: int, *, walk_in: bool = False,
                       progress: Callable[[int], None] | None = None, every: int = 5000) -> list[int]:
        """Insert ``count`` attendees given column by column: ``{field: [value, ...]}``.

        Fields from ``ATTENDEE_FIELDS`` (missing ones are empty), ``code`` (None
        or missing: a fresh code) and ``extra`` (dicts, or None). Each person
        gets a sort key and a row in the search index. Must run inside
        :meth:`transaction`. Returns the new ids in order; an import of
        100,000 people makes one pass per column rather than per person.
        ``progress(rows written)`` is called every ``every`` rows; an exception
        it raises stops the writing (the caller's transaction rolls back).
        """
        assert self.conn.in_transaction, "insert_attendees must run inside a transaction"
        self.refuse_if_closed(NOBODY_ADDED)
        if not count:
            return []
        blank = [""] * count
        values = [columns.get(name) or blank for name in ATTENDEE_FIELDS]
        values[ATTENDEE_FIELDS.index("registration_id")] = [
            reg or None for reg in columns.get("registration_id") or blank]
        values[ATTENDEE_FIELDS.index("photo_consent")] = columns.get("photo_consent") or [None] * count
        get = columns.get
        firsts, lasts = get("first_name") or blank, get("last_name") or blank
        given_codes = get("code") or [None] * count
        missing = sum(1 for c in given_codes if not c)
        if missing:
            fresh = iter(codes.new_codes(missing))
            given_codes = [c or next(fresh) for c in given_codes]
        keys = search.sort_keys(lasts, firsts)
        rowids, order = self._free_rowids(keys)
        first_id = self.conn.execute("SELECT coalesce(max(id), 0) FROM attendees").fetchone()[0] + 1
        ids = list(range(first_id, first_id + count))
        extras = [json.dumps(extra, ensure_ascii=False) if extra else "{}"
                  for extra in get("extra") or [None] * count]
        now = [utc_now()] * count
        flags = [int(walk_in)] * count
        rows = list(zip(ids, given_codes, *values, extras, flags, keys, rowids, now, now))
        sql = (f"INSERT INTO attendees ({', '.join(_INSERT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})")
        step = every if progress is not None else count
        # The name-order index is built again after a large insert rather than kept up
        # row by row: sorting once is several times faster than 100,000 scattered inserts.
        rebuild_sort_index = count >= _REBUILD_SORT_INDEX_FROM and count >= first_id - 1
        if rebuild_sort_index:
            self.conn.execute("DROP INDEX attendees_sort")
        for start in range(0, count, step):
            if progress is not None:
                progress(start)
            self.conn.executemany(sql, rows[start:start + step])
        if rebuild_sort_index:
            self.conn.execute(_SORT_INDEX)
        self._write_index(ids, rowids, order, lasts, firsts,
                          get("organisation") or blank, get("email") or blank, get("title") or blank)
        if progress is not None:
            progress(count)
        return ids

    def update_attendee(self, attendee_id: int, changes: dict) -> None:
        """Change stored fields of one attendee and re-index it. Must run inside :meth:`transaction`.

        A change to what the badge shows (``BADGE_FIELDS``) is noted in ``badge_changed_at``:
        a badge printed before it is out of date (see :func:`checkin.badges.printed_ids`)."""
        assert self.conn.in_transaction, "update_attendee must run inside a transaction"
        allowed = set(ATTENDEE_FIELDS) | {"extra"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"unknown attendee fields: {sorted(unknown)}")
        if not changes:
            return
        values = dict(changes)
        if "extra" in values:
            values["extra"] = json.dumps(values["extra"] or {}, ensure_ascii=False)
        if self._changes_badge(attendee_id, values):
            values["badge_changed_at"] = self._badge_change_time(attendee_id)
        assignments = ", ".join(f"{k} = ?" for k in values)
        self.conn.execute(
            f"UPDATE attendees SET {assignments}, updated_at = ? WHERE id = ?",
            (*values.values(), utc_now(), attendee_id),
        )
        if not _INDEXED_FIELDS.intersection(values):
            return  # a workshop, a note, a consent...: the order and the search index stay as they are
        row = self.conn.execute(
            "SELECT last_name, first_name, organisation, email, title FROM attendees WHERE id = ?",
            (attendee_id,),
        ).fetchone()
        current = dict(zip(("last_name", "first_name", "organisation", "email", "title"), row))
        key = search.sort_key(current["last_name"], current["first_name"])
        self.conn.execute("UPDATE attendees SET sort_key = ? WHERE id = ?", (key, attendee_id))
        self._index(attendee_id, current, key)

    def _changes_badge(self, attendee_id: int, values: dict) -> bool:
        """Whether ``values`` change something the badge of this attendee shows."""
        shown = [name for name in BADGE_FIELDS if name in values]
        if not shown:
            return False
        row = self.conn.execute(f"SELECT {', '.join(shown)} FROM attendees WHERE id = ?",
                                (attendee_id,)).fetchone()
        return row is not None and any(old != values[name] for name, old in zip(shown, row))

    def _badge_change_time(self, attendee_id: int) -> str:
        """Now, or just after this attendee's last badge print if that has the same time stamp
        (a print and a change within one millisecond): the change must come after the print."""
        now = utc_now()
        (last,) = self.conn.execute("SELECT max(at) FROM badge_prints WHERE attendee_id = ?",
                                    (attendee_id,)).fetchone()
        if last is None or last < now:
            return now
        return utc_text(parse_utc(last) + timedelta(milliseconds=1))

    # -- check-ins -------------------------------------------------------------------------

    def _log(self, attendee_id: int, kind: str, station: str, at: str, *, reason: str = "",
             refers_to: str | None = None, details: dict | None = None) -> str:
        event_uuid = str(uuidlib.uuid4())
        self.conn.execute(
            "INSERT INTO checkin_log (uuid, attendee_id, kind, station, at, reason, refers_to, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (event_uuid, attendee_id, kind, station, at, reason, refers_to,
             json.dumps(details or {}, ensure_ascii=False)),
        )
        return event_uuid

    def check_in(self, attendee_id: int, station: str) -> ScanResult:
        """Check one attendee in at ``station``; a repeat answers with the first time and desk."""
        with self.transaction():
            first = self.conn.execute(
                "SELECT at, station FROM presence WHERE attendee_id = ?", (attendee_id,)
            ).fetchone()
            if first is None:
                exists = self.conn.execute("SELECT 1 FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
                if exists is None:
                    return ScanResult(ScanResult.UNKNOWN)
                at = utc_now()
                event_uuid = self._log(attendee_id, "check_in", station, at)
                self.conn.execute(
                    "INSERT INTO presence (attendee_id, checkin_uuid, at, station) VALUES (?, ?, ?, ?)",
                    (attendee_id, event_uuid, at, station),
                )
        attendee = self.attendee(attendee_id)
        if first is None:
            return ScanResult(ScanResult.CHECKED_IN, attendee, attendee.checked_in_at, attendee.station)
        return ScanResult(ScanResult.ALREADY, attendee, first[0], first[1])

    def scan(self, text: str, station: str) -> ScanResult:
        """Check in whoever's code is in ``text`` (what a scanner typed); ``unknown`` if nobody's."""
        code = codes.parse_scan(text)
        row = self.conn.execute("SELECT id FROM attendees WHERE code = ?", (code,)).fetchone() if code else None
        if row is None:
            return ScanResult(ScanResult.UNKNOWN, text=text.strip())
        result = self.check_in(row[0], station)
        return ScanResult(result.status, result.attendee, result.checked_in_at, result.station, text.strip())

    def undo(self, attendee_id: int, station: str, reason: str = "") -> LogEntry:
        """Take back an attendee's presence: an undo in the log for each of their check-ins in
        force (one, unless two desks both checked them in and were merged: undoing only the
        earlier left the other desk's, and the person came back as present). The log keeps
        every event. Returns the undo of the check-in the desk showed.

        Raises :class:`StoreError` if the attendee is not checked in.
        """
        with self.transaction():
            in_force = [row[0] for row in self.conn.execute(
                f"SELECT l.uuid FROM checkin_log l WHERE l.attendee_id = ? AND {CHECK_INS_IN_FORCE} "
                "ORDER BY l.at, l.id", (attendee_id,))]
            shown = self.conn.execute(
                "SELECT checkin_uuid FROM presence WHERE attendee_id = ?", (attendee_id,)).fetchone()
            if not in_force and shown is None:
                raise StoreError("not checked in: nothing to undo")
            if shown is not None and shown[0] not in in_force:
                in_force.insert(0, shown[0])
            first = shown[0] if shown is not None else in_force[0]
            at = utc_now()
            undos = {uuid: self._log(attendee_id, "undo", station, at, reason=reason, refers_to=uuid)
                     for uuid in in_force}
            self.conn.execute("DELETE FROM presence WHERE attendee_id = ?", (attendee_id,))
        return LogEntry(undos[first], attendee_id, "undo", station, at, reason, first)

    def add_walk_in(self, first_name: str, last_name: str, station: str, *, organisation: str = "",
                    organisation_type: str = "", **fields) -> ScanResult:
        """Register a person at the desk and check them in at once, in one transaction."""
        first_name, last_name = first_name.strip(), last_name.strip()
        if not (first_name or last_name):
            raise StoreError("a walk-in needs a first or last name")
        record = {"first_name": first_name, "last_name": last_name,
                  "organisation": organisation.strip(), "organisation_type": organisation_type.strip(), **fields}
        with self.transaction():
            (attendee_id,) = self.insert_attendees([record], walk_in=True)
            at = utc_now()
            event_uuid = self._log(attendee_id, "check_in", station, at, details={"walk_in": True})
            self.conn.execute(
                "INSERT INTO presence (attendee_id, checkin_uuid, at, station) VALUES (?, ?, ?, ?)",
                (attendee_id, event_uuid, at, station),
            )
        attendee = self.attendee(attendee_id)
        return ScanResult(ScanResult.CHECKED_IN, attendee, at, station)

    def correct(self, attendee_id: int, changes: dict, station: str, reason: str = "") -> Attendee:
        """Fix fields of an attendee at the desk (a typo on the list); the change is logged."""
        bad = set(changes) - set(CORRECTABLE_FIELDS)
        if bad:
            raise StoreError(f"these fields cannot be corrected at the desk: {', '.join(sorted(bad))}")
        before = self.attendee(attendee_id)
        if before is None:
            raise StoreError("no such attendee")
        changes = {k: v.strip() for k, v in changes.items() if getattr(before, k) != v.strip()}
        if "first_name" in changes or "last_name" in changes:
            first = changes.get("first_name", before.first_name)
            last = changes.get("last_name", before.last_name)
            if not (first or last):
                raise StoreError("a person needs a first or last name")
        if not changes:
            return before
        with self.transaction():
            self.update_attendee(attendee_id, changes)
            self._log(attendee_id, "correction", station, utc_now(), reason=reason,
                      details={k: {"before": getattr(before, k), "after": v} for k, v in changes.items()})
        return self.attendee(attendee_id)

    def log(self, attendee_id: int | None = None) -> list[LogEntry]:
        """The check-in log, oldest first, for one attendee or everyone."""
        sql = "SELECT uuid, attendee_id, kind, station, at, reason, refers_to, details FROM checkin_log"
        params: tuple = ()
        if attendee_id is not None:
            sql += " WHERE attendee_id = ?"
            params = (attendee_id,)
        return [
            LogEntry(u, a, k, s, at, r, ref, json.loads(d))
            for u, a, k, s, at, r, ref, d in self.conn.execute(sql + " ORDER BY at, id", params)
        ]

    def rebuild_presence(self) -> int:
        """Derive who is checked in from the log alone (repairs or verifies ``presence``)."""
        with self.transaction():
            return self.derive_presence()

    def derive_presence(self) -> int:
        """Recompute ``presence`` from the log; must run inside :meth:`transaction`.

        A person is present through their earliest check-in that no undo took
        back (two desks may both have checked someone in before their logs
        were merged). Returns how many people are present.
        """
        assert self.conn.in_transaction, "derive_presence must run inside a transaction"
        self.conn.execute("DELETE FROM presence")
        self.conn.execute(f"INSERT INTO presence (attendee_id, checkin_uuid, at, station) {_PRESENT_BY_LOG}")
        return self.conn.execute("SELECT count(*) FROM presence").fetchone()[0]

    # -- figures ---------------------------------------------------------------------------

    def figure_counts(self, *by: str) -> list[tuple]:
        """The counts the figures are made of (:class:`checkin.report.Group`), one row per value
        of the attendee fields ``by`` (none: one row for everyone): ``(*values, registered,
        attended, walk_ins)``. ``registered``: people registered in advance; ``attended``: people
        present by the log, walk-ins included; ``walk_ins``: walk-ins present. A walk-in whose
        check-in was undone (added by mistake) did not come and counts nowhere.

            >>> store.figure_counts()                             # doctest: +SKIP
            [(400, 212, 5)]
        """
        if not set(by) <= set(ATTENDEE_FIELDS):
            raise ValueError(f"not attendee fields: {by}")
        columns = "".join(f"a.{name}, " for name in by)
        group = f" GROUP BY {', '.join(f'a.{name}' for name in by)}" if by else ""
        return self.conn.execute(
            f"SELECT {columns}count(*) FILTER (WHERE NOT a.walk_in), count(p.attendee_id), "
            f"count(p.attendee_id) FILTER (WHERE a.walk_in) FROM {_ATTENDEE_FROM}{group}").fetchall()

    def stats(self, now: datetime | None = None) -> dict:
        """Live counts for the status line and ``checkin stats``: the report's total figures
        (:meth:`figure_counts`) and the arrivals of the last 15 minutes.

        ``registered`` counts people registered in advance, ``walk_ins`` walk-ins who
        came; ``checked_in`` counts both. Once the event was closed, the anonymous
        totals the purge kept (the report's figures) stand in for the people, and
        ``purged_at`` says when.
        """
        from checkin.report import Group, stored_figures  # the report's figures, counted alike

        closed = {}
        if self.closed:
            figures = stored_figures(self)
            total, recent, closed = figures.total, 0, {"purged_at": figures.purged_at}
        else:
            since = utc_text((now or datetime.now(timezone.utc)) - timedelta(minutes=15))
            total = Group("", *self.figure_counts()[0])
            recent = self.conn.execute("SELECT count(*) FROM presence WHERE at >= ?", (since,)).fetchone()[0]
        return {
            "event": self.event.name,
            "registered": total.registered,
            "walk_ins": total.walk_ins,
            "checked_in": total.attended,
            "no_shows": total.no_shows,
            "arrivals_last_15_min": recent,
            **closed,
        }
