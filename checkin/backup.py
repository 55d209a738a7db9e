"""Backups of the event database: make one (online, checked), list them, restore one.

A backup is made with SQLite's online backup API while desks keep working,
written under a temporary name, and only counts once ``PRAGMA quick_check``
says ``ok``; then it is renamed into place. Automatic backups live in
``<checkin data folder>/backups/<event file stem>/`` and the newest
:data:`KEEP` are kept. Restoring checks the backup first and keeps the file it
replaces next to it as ``<name>.replaced-<time>.db``.

Which backups belong to an event is told by what is in them, not by their folder: copies
of one event share its creation time (as :mod:`checkin.merge` tells copies apart). Two
events in files of the same name ("event.db" in two folders) share a backup folder, and a
renamed event file starts a new one; by their folder, a purge deleted the other event's
backups and left the renamed one's, and a restore could replace an event with another's.

    >>> path = backup_now(store)                      # doctest: +SKIP
    >>> restore(path, store.path)                     # doctest: +SKIP
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from checkin import paths
from checkin.atomic import written_atomically
from checkin.store import (EventStore, StoreError, companions, connect_read_only, inspect_existing,
                           open_elsewhere, peek_copy)

KEEP = 12
_STAMP = "%Y%m%d-%H%M%S-%f"


def backup_dir(db_path: str | Path) -> Path:
    """The folder holding the automatic backups of the event at ``db_path``."""
    return paths.data_dir() / "backups" / Path(db_path).stem


_STAMPED = re.compile(r"-(\d{8}-\d{6}-\d{3})$")  # the end of a backup's or rescued copy's name


def event_created(path: str | Path) -> str | None:
    """The creation time of the event in the file at ``path`` (all its copies share it), or
    None for a file that is no readable event."""
    found = peek_copy(path)
    return found[0] if found else None


def _of_event(files, created: str) -> list[Path]:
    """The stamped copies among ``files`` that hold the event created at ``created``, newest first."""
    found = [(match.group(1), path) for path in files if (match := _STAMPED.search(path.stem))
             and event_created(path) == created]
    return [path for _, path in sorted(found, reverse=True)]


def _stamp() -> str:
    return datetime.now().strftime(_STAMP)[:-3]  # milliseconds


def _copy(conn: sqlite3.Connection, dest: Path) -> None:
    """Copy the database behind ``conn`` into ``dest`` with the online backup API, then check it."""
    try:
        with written_atomically(dest, replaces_databases=True) as part:
            part.unlink(missing_ok=True)  # left by a run that was killed: start from an empty file
            target = sqlite3.connect(part)
            try:
                conn.backup(target, pages=1024)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                target.close()
            inspect_existing(part)
    except sqlite3.Error as exc:
        raise StoreError(f"backup to {dest} failed ({exc})") from None
    except PermissionError as exc:  # refused by written_atomically: the open event's own files
        raise StoreError(f"{dest}: a backup cannot overwrite it ({exc.strerror})") from None


def backup_now(store: EventStore, dest: str | Path | None = None, *, keep: int = KEEP) -> Path:
    """Back up the open event database and return the checked backup's path.

    Without ``dest`` the backup goes to :func:`backup_dir` and only the newest
    ``keep`` automatic backups are kept there. Raises :class:`StoreError` if
    the copy fails its check (the broken copy is removed, never counted).
    """
    if dest is None:
        folder = backup_dir(store.path)
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"{store.path.stem}-{_stamp()}.db"
    dest = Path(dest).expanduser()
    if not dest.parent.is_dir():
        raise StoreError(f"{dest}: the folder {dest.parent} does not exist")
    if dest.resolve() == Path(store.path).resolve():
        raise StoreError(f"{dest}: a backup cannot overwrite the event database itself")
    if dest.exists():
        # A desk's copy there may hold check-ins not merged yet; any other file is somebody's too.
        what = ("a folder" if dest.is_dir() else
                "an event file, perhaps a desk's copy with check-ins not merged yet (merge it first)"
                if event_created(dest) is not None else "a file")
        raise StoreError(f"{dest} exists already ({what}); delete it or choose another name")
    left = [log for log in companions(dest) if log.exists()]
    if left:  # SQLite would lay that log over the copy when it is opened
        raise StoreError(f"{left[0]} is left beside {dest.name} (the log of a file moved or deleted while "
                         "open); move it away or choose another name")
    _copy(store.conn, dest)
    folder = backup_dir(store.path)
    if dest.parent == folder:  # (only this folder: the window backs up every 5 minutes)
        for old in _of_event(folder.glob("*.db"), store.created_at)[keep:]:
            old.unlink(missing_ok=True)

    return dest


def rescue_dir() -> Path:
    """Where :func:`rescue` puts the copies of events whose file went away while open."""
    return paths.data_dir() / "rescued"


def rescue(store: EventStore) -> Path:
    """Copy an event whose file is gone from its place (:class:`checkin.store.EventFileGone`)
    through the connection that still has it open, write-ahead log included, into
    :func:`rescue_dir`; the copy holds every check-in this connection saw."""
    folder = rescue_dir()
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{store.path.stem}-{_stamp()}.db"
    _copy(store.conn, dest)
    return dest


def backup_file(db_path: str | Path, dest: str | Path | None = None, *, keep: int = KEEP) -> Path:
    """Open the event database at ``db_path`` (its own connection) and :func:`backup_now` it."""
    with EventStore.open(db_path) as store:
        return backup_now(store, dest, keep=keep)


def list_backups(db_path: str | Path, *, created: str | None = None) -> list[Path]:
    """The automatic backups of the event at ``db_path``, newest first, in whichever backup
    folder they are (the event's file may have had another name). ``created``: the event's
    creation time, when the caller has it at hand. For a file that cannot be read (the
    damaged event a backup is wanted for), the backups filed under its name."""
    created = created or event_created(db_path)
    if created is None:
        folder = backup_dir(db_path)
        return sorted(folder.glob(f"{Path(db_path).stem}-*.db"), key=lambda p: p.name, reverse=True)
    return _of_event((paths.data_dir() / "backups").glob("*/*.db"), created)


def rescued_copies(created: str) -> list[Path]:
    """The copies :func:`rescue` made of the event created at ``created``, newest first."""
    return _of_event(rescue_dir().glob("*.db"), created)


def replaced_files(db_path: str | Path, *, created: str | None = None) -> list[Path]:
    """Files :func:`restore` set aside next to ``db_path`` (they hold the event's data too; their
    ``-wal`` goes with them, see :func:`checkin.store.companions`): under the event's name, or
    with ``created`` any name there holding the event; and a log set aside without its file,
    which tells no event, by the name alone."""
    db_path = Path(db_path)
    if created is None:
        found = sorted(db_path.parent.glob(f"{db_path.stem}.replaced-*.db"))
    else:
        found = [path for path in sorted(db_path.parent.glob("*.replaced-*.db"))
                 if event_created(path) == created]
    return found + [log for log in sorted(db_path.parent.glob(f"{db_path.stem}.replaced-*.db-wal"))
                    if not log.with_name(log.name.removesuffix("-wal")).exists()]


def restore(backup_path: str | Path, db_path: str | Path) -> Path | None:
    """Make ``db_path`` a copy of the backup at ``backup_path``.

    The backup is checked first; a damaged or foreign file raises
    :class:`StoreError` and nothing changes. An existing ``db_path`` (with its
    ``-wal``) is kept as ``<stem>.replaced-<time>.db``, whose path is returned.
    Close every connection to ``db_path`` before calling this.
    """
    backup_path, db_path = Path(backup_path).expanduser(), Path(db_path).expanduser()
    if not backup_path.is_file():
        raise StoreError(f"{backup_path}: no such backup")
    inspect_existing(backup_path)
    if not db_path.parent.is_dir():
        raise StoreError(f"{db_path}: the folder {db_path.parent} does not exist")
    if backup_path.resolve() == db_path.resolve():
        raise StoreError(f"{backup_path}: is the event database itself")
    ours, theirs = event_created(db_path), event_created(backup_path)
    if ours is not None and theirs != ours:  # (a damaged event file is what a restore is for)
        raise StoreError(f"{backup_path} is a backup of another event than the one in {db_path}; "
                         "restoring it would replace that event. To work with it, open the backup itself "
                         "(--db), or restore it into a new file name")
    other = open_elsewhere(db_path)
    if other is not None:  # its window would go on writing into the file set aside
        raise StoreError(f"{db_path}: the event is open in another window or program (process {other}): "
                         "close it first, or restore from that window (File → Restore a backup…)")
    incoming = db_path.with_name(db_path.name + ".restoring")
    source = connect_read_only(backup_path)
    try:
        _copy(source, incoming)
    finally:
        source.close()
    replaced = None
    wal, shm = companions(db_path)
    if db_path.exists() or wal.exists():  # a log left without its file is set aside too:
        replaced = db_path.with_name(f"{db_path.stem}.replaced-{_stamp()}.db")  # SQLite would replay it
        if db_path.exists():
            os.replace(db_path, replaced)
        if wal.exists():
            os.replace(wal, replaced.with_name(replaced.name + "-wal"))
        shm.unlink(missing_ok=True)
    os.replace(incoming, db_path)
    if replaced is not None and not replaced.exists():
        return replaced.with_name(replaced.name + "-wal")  # only a log was left there
    return replaced
