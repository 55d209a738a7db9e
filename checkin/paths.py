"""Where checkin keeps the user's own files: the last event used, logs, backups.

Never in the repository or the install folder: in ``$XDG_DATA_HOME/checkin``
(``~/.local/share/checkin``), or ``$CHECKIN_HOME`` when set (tests use it).
"""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The user's checkin folder, created on first use."""
    base = os.environ.get("CHECKIN_HOME")
    if base:
        folder = Path(base)
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        folder = Path(xdg) / "checkin"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _last_event_file() -> Path:
    return data_dir() / "last_event"


def last_event() -> Path | None:
    """The event database used last, if it still exists."""
    try:
        text = _last_event_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    path = Path(text)
    return path if text and path.exists() else None


def remember_event(path: Path) -> None:
    """Note ``path`` as the event used last (for the next start)."""
    try:
        _last_event_file().write_text(str(Path(path).resolve()), encoding="utf-8")
    except OSError:
        pass  # not remembering is harmless


def recent_events(limit: int = 8) -> list[Path]:
    """Recently used event databases that still exist, newest first."""
    try:
        lines = (data_dir() / "recent_events").read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    return [Path(p) for p in lines if p and Path(p).exists()][:limit]


def add_recent_event(path: Path, limit: int = 8) -> None:
    """Put ``path`` first in the recent-events list and make it the last event used."""
    resolved = str(Path(path).resolve())
    entries = [resolved] + [str(p) for p in recent_events(limit * 2) if str(p) != resolved]
    try:
        (data_dir() / "recent_events").write_text("\n".join(entries[:limit]) + "\n", encoding="utf-8")
    except OSError:
        pass
    remember_event(path)


def default_demo_path() -> Path:
    """Where ``checkin demo`` puts the demo event when no database is named."""
    return data_dir() / "demo-event.db"
