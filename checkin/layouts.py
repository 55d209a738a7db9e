"""Badge layouts: the sheets, cards and rolls badges are printed on, as data in millimetres.

The presets ship as JSON files in ``resources/layouts/``. Organisers add their
own by dropping a JSON file with the same keys into
``checkin.paths.data_dir()/layouts/`` (e.g. ``~/.local/share/checkin/layouts/``);
a file there with a preset's name replaces that preset. Keys (millimetres)::

    {"name": "my-sheet", "title": "A4, 2x4 labels 90x60 mm",
     "page_width_mm": 210, "page_height_mm": 297,
     "label_width_mm": 90, "label_height_mm": 60,
     "columns": 2, "rows": 4, "left_mm": 15, "top_mm": 28.5,
     "pitch_x_mm": 90, "pitch_y_mm": 60,
     "margin_mm": 4, "qr_mm": 24}

``margin_mm`` (inner white margin of a badge, default 4) and ``qr_mm``
(QR code width including its quiet zone, default: chosen from the badge size)
are optional. A printer that puts everything a little off is calibrated with
offsets (:func:`positions`), stored per event as the settings
``badge_offset_x_mm``/``badge_offset_y_mm``.

    >>> layout = get_layout("avery-l4785")
    >>> layout.badges_per_page, positions(layout)[1][:2]
    (10, (113.0, 234.0))
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from checkin import paths
from checkin.assets import resource

DEFAULT_LAYOUT = "a6"
_NUMBERS = ("page_width_mm", "page_height_mm", "label_width_mm", "label_height_mm",
            "left_mm", "top_mm", "pitch_x_mm", "pitch_y_mm")
_MIN_INNER_MM = 12.0  # the least room inside the margins (a 20 mm badge with the default 4 mm margin)


class LayoutError(ValueError):
    """A layout file that cannot be used; the message names the file and the key."""

    path: Path | None = None


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    page_width_mm: float
    page_height_mm: float
    label_width_mm: float
    label_height_mm: float
    columns: int
    rows: int
    left_mm: float
    top_mm: float
    pitch_x_mm: float
    pitch_y_mm: float
    margin_mm: float = 4.0
    qr_mm: float | None = None
    title_de: str = ""
    source: str = "preset"

    def title_in(self, language: str) -> str:
        """The title in ``language`` (``de`` or ``en``); English where no German one is given."""
        return self.title_de if language == "de" and self.title_de else self.title

    @property
    def badges_per_page(self) -> int:
        return self.columns * self.rows

    def to_json(self) -> dict:
        data = asdict(self)
        data["badges_per_page"] = self.badges_per_page
        return data


def _from_file(path: Path, source: str) -> Layout:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LayoutError(f"{path}: not a readable layout file ({exc})") from None
    if not isinstance(data, dict):
        raise LayoutError(f"{path}: a layout file holds one JSON object")
    known = {f.name for f in fields(Layout)} - {"source"}
    unknown = sorted(set(data) - known - {"badges_per_page"})
    if unknown:
        raise LayoutError(f"{path}: unknown key {unknown[0]!r}")
    data.pop("badges_per_page", None)
    data.setdefault("name", path.stem)
    data.setdefault("title", data["name"])
    for key in ("name", "title", "title_de"):
        if key in data and not (isinstance(data[key], str) and (data[key].strip() or key == "title_de")):
            raise LayoutError(f"{path}: {key!r} must be a text, not {data[key]!r}")
    for key in _NUMBERS + ("columns", "rows"):
        if key not in data:
            raise LayoutError(f"{path}: missing key {key!r}")
    for key in _NUMBERS + ("columns", "rows", "margin_mm", "qr_mm"):
        if key not in data or (key == "qr_mm" and data[key] is None):
            continue
        value = data[key]
        if (not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value)
                or value < 0):
            raise LayoutError(f"{path}: {key!r} must be a number >= 0, not {value!r}")
    for key in ("columns", "rows"):
        if int(data[key]) != data[key] or data[key] < 1:
            raise LayoutError(f"{path}: {key!r} must be a whole number >= 1")
    for key in ("page_width_mm", "page_height_mm", "pitch_x_mm", "pitch_y_mm"):
        if data[key] <= 0:
            raise LayoutError(f"{path}: {key!r} must be more than 0")
    width, height = data["label_width_mm"], data["label_height_mm"]
    if width < 20 or height < 20:
        raise LayoutError(f"{path}: a badge must be at least 20x20 mm")
    for count, pitch, size in (("columns", "pitch_x_mm", "label_width_mm"),
                               ("rows", "pitch_y_mm", "label_height_mm")):
        if data[count] > 1 and data[pitch] < data[size]:
            raise LayoutError(f"{path}: {pitch!r} {data[pitch]:g} is less than {size!r} {data[size]:g}: "
                              "the badges would overlap")
    margin = data.get("margin_mm", Layout.margin_mm)
    most = (min(width, height) - _MIN_INNER_MM) / 2
    if margin > most:
        raise LayoutError(f"{path}: 'margin_mm' {margin:g} leaves no room on a {width:g}x{height:g} mm badge "
                          f"(at most {most:g})")
    layout = Layout(**data, source=source)
    right = layout.left_mm + (layout.columns - 1) * layout.pitch_x_mm + layout.label_width_mm
    bottom = layout.top_mm + (layout.rows - 1) * layout.pitch_y_mm + layout.label_height_mm
    if right > layout.page_width_mm + 0.01 or bottom > layout.page_height_mm + 0.01:
        raise LayoutError(f"{path}: the badges do not fit on the page ({right:g} x {bottom:g} mm needed)")
    return layout


def user_layouts_dir() -> Path:
    """Where organisers put their own layout files (created on demand)."""
    return paths.data_dir() / "layouts"


def _load() -> tuple[dict[str, Layout], list[LayoutError]]:
    found: dict[str, Layout] = {}
    errors: list[LayoutError] = []
    files = [(path, "preset") for path in sorted(resource("layouts").glob("*.json"))]
    user_dir = user_layouts_dir()
    if user_dir.is_dir():
        files += [(path, str(path)) for path in sorted(user_dir.glob("*.json"))]
    for path, source in files:
        try:
            layout = _from_file(path, source)
        except LayoutError as exc:
            exc.path = path
            errors.append(exc)
            continue
        found[layout.name] = layout
    return found, errors


def all_layouts(strict: bool = True) -> list[Layout]:
    """The presets plus the user's own layouts (theirs win on equal names), sorted by name.

    A broken layout file raises :class:`LayoutError`; with ``strict=False`` it is left out.
    """
    found, errors = _load()
    if strict and errors:
        raise errors[0]
    return sorted(found.values(), key=lambda item: item.name)


def problems() -> list[LayoutError]:
    """What is wrong with the user's broken layout files (they are left out), one error each."""
    return _load()[1]


def get_layout(name: str) -> Layout:
    """The layout called ``name``; :class:`LayoutError` lists the known names otherwise.

    A broken file of another layout does not stop this one from being used, nor
    hides that ``name`` is unknown; a broken ``NAME.json`` itself is reported.
    """
    found, errors = _load()
    if name in found:
        return found[name]
    for error in errors:
        if error.path is not None and error.path.stem == name:
            raise error
    skipped = f"; {len(errors)} broken layout file(s) left out (see 'checkin layouts')" if errors else ""
    raise LayoutError(f"unknown layout {name!r}; known: {', '.join(sorted(found))}{skipped}")


def positions(layout: Layout, offset_x_mm: float = 0.0, offset_y_mm: float = 0.0
              ) -> list[tuple[float, float, float, float]]:
    """The badges' rectangles on a page, ``(x, y, width, height)`` in mm from the page's
    bottom-left corner (PDF orientation), in reading order: left to right, top to bottom.

    The offsets move every badge right (x) and down (y) to calibrate a printer.
    """
    rects = []
    for row in range(layout.rows):
        for column in range(layout.columns):
            x = layout.left_mm + column * layout.pitch_x_mm + offset_x_mm
            top = layout.top_mm + row * layout.pitch_y_mm + offset_y_mm
            y = layout.page_height_mm - top - layout.label_height_mm
            rects.append((round(x, 3), round(y, 3), layout.label_width_mm, layout.label_height_mm))
    return rects
