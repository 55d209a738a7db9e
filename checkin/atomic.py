"""Writing the files checkin hands to people (exports, PDFs, badges) so that a failed run
leaves the file that was there before, or none: never half a file."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """The path of a scratch file beside ``path`` (``NAME.part``) to write to. When the block
    ends normally, the scratch file replaces ``path`` in one step; when it raises, the scratch
    file is removed and ``path`` is left as it was."""
    part = path.with_name(path.name + ".part")
    try:
        yield part
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
