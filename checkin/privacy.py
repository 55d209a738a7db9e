"""Data protection: the purge ("close the event") and the admin PIN.

**Purge.** :func:`purge` removes every person from the event database for good:
attendees (names, e-mail, organisation, notes, extra columns), the folded
search index, the check-in log (corrections keep before/after values), the
presence table and every other table that refers to an attendee (the badge
print log). What survives are anonymous counts (by organisation type, by
workshop, arrivals per 15 minutes; see ``db/0003_after.sql``) so the report
still works. It runs with ``PRAGMA secure_delete`` and ends with ``VACUUM`` and
a WAL checkpoint that truncates the journal, so neither free pages nor the
``-wal`` file hold the old data. A backup is made first; afterwards the
event's backups (and files set aside by a restore) are deleted too, because
they hold the same personal data, unless the caller keeps them.

**Admin PIN.** Import, export, purge, settings and undoing another desk's
check-in can be locked in the window behind a PIN, stored as a salted scrypt
hash in the event database's settings. The PIN guards the window, not the
file: whoever can copy the file can read it; the laptop's disk encryption
protects the file.

    >>> set_pin(store, "4711"); check_pin(store, "4711")     # doctest: +SKIP
    True
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from checkin import backup, paths, report
from checkin.domain import utc_now
from checkin.store import (BUSY_TIMEOUT_MS, CLOSED_SETTING, EventStore, StoreError, companions,
                           is_open_here, peek_copy)

PIN_KEY = "admin_pin"
PURGED_KEY = CLOSED_SETTING
MIN_PIN_LENGTH = 4
CHECKPOINT_WAIT_MS = 3000  # how long the purge waits for other readers to let go of the journal
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}
# Actions the window locks behind the PIN when one is set; front-desk work never asks.
GUARDED_ACTIONS = frozenset({"import", "export", "purge", "settings", "undo_other_desk", "restore", "pin"})


# -- the admin PIN ---------------------------------------------------------------------------

def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def set_pin(store: EventStore, pin: str) -> None:
    """Lock the window's admin actions behind ``pin`` (at least 4 characters).

    Only a salted scrypt hash is stored (``scrypt$n$r$p$salt$hash``).
    """
    if len(pin.strip()) < MIN_PIN_LENGTH:
        raise StoreError(f"the PIN needs at least {MIN_PIN_LENGTH} characters")
    salt = secrets.token_bytes(16)
    digest = _hash(pin, salt, **_SCRYPT)
    value = f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"
    store.set_setting(PIN_KEY, value)


def clear_pin(store: EventStore) -> None:
    """Remove the PIN: admin actions no longer ask."""
    store.set_setting(PIN_KEY, None)


def has_pin(store: EventStore) -> bool:
    return bool(store.setting(PIN_KEY))


def check_pin(store: EventStore, pin: str) -> bool:
    """True if ``pin`` is the PIN set for this event (False if none is set or it does not match)."""
    stored = store.setting(PIN_KEY)
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = _hash(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate, bytes.fromhex(digest))


def needs_pin(store: EventStore, action: str) -> bool:
    """Whether the window must ask for the PIN before ``action`` (see :data:`GUARDED_ACTIONS`)."""
    return action in GUARDED_ACTIONS and has_pin(store)


# -- the purge ---------------------------------------------------------------------------------

@dataclass
class PurgeResult:
    people: int
    log_entries: int
    backup: Path | None
    deleted_backups: list[Path] = field(default_factory=list)
    kept_backups: list[Path] = field(default_factory=list)
    copies: list[Path] = field(default_factory=list)  # see copies_nearby: still to be deleted
    backups_of_copies: list[Path] = field(default_factory=list)  # kept while copies hold people

    def to_json(self) -> dict:
        return {"people": self.people, "log_entries": self.log_entries,
                "backup": str(self.backup) if self.backup else None,
                "deleted_backups": [str(p) for p in self.deleted_backups],
                "kept_backups": [str(p) for p in self.kept_backups],
                "copies": [str(p) for p in self.copies],
                "backups_of_copies": [str(p) for p in self.backups_of_copies]}


def folders_of(files: list[Path]) -> str:
    """The folders ``files`` are in, each once, for a message: the kept backups may be in several."""
    return ", ".join(map(str, dict.fromkeys(path.parent for path in files)))


def copies_of_its_own(store: EventStore) -> list[Path]:
    """The copies checkin made of the event, which a purge deletes with it: its backups, the
    files a restore set aside (a lone ``-wal`` too) and the copies rescued when its file went."""
    created = store.created_at
    return (backup.list_backups(store.path, created=created)
            + backup.replaced_files(store.path, created=created) + backup.rescued_copies(created))


def copies_nearby(store: EventStore, own: list[Path] | None = None) -> list[Path]:
    """Other copies of this event that still hold people, in its folder or among the events
    opened recently: desk copies made with ``checkin backup -o`` and brought back for a merge,
    the file the event was rescued from; not checkin's own (``own``, see
    :func:`copies_of_its_own`: a backup opened as the event has its fellow backups beside it).
    A purge cannot reach them (nor the copies on the other laptops): the organiser is told to
    delete them."""
    created = store.created_at
    skipped = {p.resolve() for p in (copies_of_its_own(store) if own is None else own)}
    places = [*sorted(store.path.parent.glob("*.db")), *paths.recent_events(limit=100)]
    found = []
    for path in dict.fromkeys(place.resolve() for place in places):  # (a relative --db named some twice)
        if (not path.is_file() or path == store.path.resolve() or path in skipped or is_open_here(path)):
            continue
        if peek_copy(path) == (created, True):  # a copy of this event, with people in it
            found.append(path)
    return found


def is_purged(store: EventStore) -> bool:
    return bool(store.setting(PURGED_KEY))


def _virtual_tables(conn: sqlite3.Connection) -> list[str]:
    """The full-text indexes (they hold folded names, and their rowids follow name order)."""
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")]


def _tables_referring_to_attendees(conn: sqlite3.Connection) -> list[str]:
    virtual = _virtual_tables(conn)
    found = []
    for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall():
        if table in virtual or any(table.startswith(v + "_") for v in virtual):
            continue  # the index and its shadow tables: cleared below
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        references = {r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
        if "attendee_id" in columns or "attendees" in references:
            found.append(table)
    return found


def _clear_index(conn: sqlite3.Connection, table: str) -> None:
    """Empty an FTS5 index completely (no deleted-row remnants left in its segments)."""
    try:
        conn.execute(f'INSERT INTO "{table}" ("{table}") VALUES (\'delete-all\')')  # contentless
    except sqlite3.OperationalError:
        conn.execute(f'DELETE FROM "{table}"')
        conn.execute(f'INSERT INTO "{table}" ("{table}") VALUES (\'rebuild\')')


def purge(store: EventStore, *, keep_backups: bool = False) -> PurgeResult:
    """Remove all personal data from the event database for good; keep anonymous counts.

    Makes a checked backup first (see :mod:`checkin.backup`); with
    ``keep_backups=False`` (the default) every backup of the event and every
    file a restore set aside is deleted afterwards, since they hold the same
    personal data. Raises :class:`StoreError` if another program keeps the
    file open so the journal could not be cleared (run it again once it is
    closed).
    """
    conn = store.conn
    safety = backup.backup_now(store)
    figs = report.figures(store)  # the stored counts if purged before
    people = store.count()
    log_entries = conn.execute("SELECT count(*) FROM checkin_log").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten with zeros
    deleted = False
    try:
        with store.transaction():
            report.save_anonymous_counts(conn, figs)
            for table in _tables_referring_to_attendees(conn):
                conn.execute(f'DELETE FROM "{table}"')
            for table in _virtual_tables(conn):
                _clear_index(conn, table)
            conn.execute("DELETE FROM attendees")
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (PURGED_KEY, store.setting(PURGED_KEY) or utc_now()))
        deleted = True
        conn.execute("VACUUM")  # rewrites the file: no free pages keep old rows
        conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
        busy, frames, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as exc:
        if not deleted:
            raise StoreError(f"{store.path}: the purge failed ({exc}); nothing was deleted") from None
        raise StoreError(f"{store.path}: the personal data was deleted, but the file could not be "
                         f"compacted ({exc}); close other programs using it and run the purge again") from None
    finally:
        conn.execute("PRAGMA secure_delete = OFF")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if busy or frames != done or frames > 0:
        raise StoreError(
            "the personal data was deleted, but another program still has the event file open, so "
            "its journal could not be cleared; close it and run the purge again")
    own = copies_of_its_own(store)
    result = PurgeResult(people, log_entries, safety, copies=copies_nearby(store, own))
    here = store.path.resolve()  # (a rescued copy or a backup opened as the event is not deleted under it)
    files = [path for path in own if path.resolve() != here]
    # While another copy of the event still holds people (the main file, when a desk's copy is
    # purged on the main laptop), the backups stay: they may be that copy's safety net, and they
    # hold nobody the copy does not. A purge run again once the copies are gone deletes them.
    if result.copies:
        result.backups_of_copies, files = files, []
    if keep_backups:
        result.kept_backups = files
    else:
        for path in files:
            for part in (path, *companions(path)):
                part.unlink(missing_ok=True)
            result.deleted_backups.append(path)
    return result
