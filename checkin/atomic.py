"""Writing the files checkin hands to people (exports, PDFs, badges) so that a failed run
leaves the file that was there before, or none: never half a file."""

from __future__ import annotations

import errno
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

_SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


def refuse_database(path: Path, *, other_databases_too: bool = True) -> None:
    """``OSError`` if writing ``path`` would replace an event database this process has open,
    or a write-ahead log, shared-memory or journal file beside a database (a PDF written over
    the event file, or over its log, destroys the check-ins). With ``other_databases_too``,
    any other SQLite database or log is refused as well (an output is never a database)."""
    from checkin.store import database_of, is_open_here

    database = database_of(path)
    if is_open_here(path) or (database is not None and database.exists()):
        raise OSError(errno.EPERM, "it is an event database or part of one; choose another name", str(path))
    if not other_databases_too:
        return
    try:  # not open in this process (checked above), so reading it cannot drop SQLite's locks
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_HEADER))
    except OSError:
        return  # missing or unreadable: the writing itself says what is wrong
    if head == _SQLITE_HEADER or head[:4] in _WAL_MAGIC:
        raise OSError(errno.EPERM, "it is a database; choose another name", str(path))


@contextmanager
def written_atomically(path: Path, *, replaces_databases: bool = False) -> Iterator[Path]:
    """The path of a scratch file beside ``path`` (``NAME.part``) to write to. When the block
    ends normally, the scratch file replaces ``path`` in one step; when it raises, the scratch
    file is removed and ``path`` is left as it was.

    ``path`` may not be a database (see :func:`refuse_database`); a backup, which is one,
    says ``replaces_databases`` and may then replace any but the open event's own files."""
    refuse_database(path, other_databases_too=not replaces_databases)
    part = path.with_name(path.name + ".part")
    try:
        yield part
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
