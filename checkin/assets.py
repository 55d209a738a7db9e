"""Find the files that ship with checkin: ``resources/`` and the ``db/`` migrations.

In an installed wheel they live inside the package (``checkin/resources``,
``checkin/db``); in a source checkout they are the top-level folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _folder(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"checkin is incomplete: its {name}/ folder is missing")


def resources_dir() -> Path:
    """The ``resources/`` folder (fonts, icons, sounds, translations, badge layouts)."""
    return _folder("resources")


def resource(*parts: str) -> Path:
    """A path below ``resources/``, e.g. ``resource("fonts", "NotoSans-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    """The ``db/`` folder of numbered SQL migrations."""
    return _folder("db")
