"""Badges: choosing whom to print, drawing their badges into a PDF, and the print log.

A badge shows the title, the first name large, the last name, the
organisation (up to two lines), the event's name and date, an optional logo,
a QR code holding the attendee's code and, for a category such as
Referent/in, Presse, Orga or Gast, a coloured ribbon. The layout (see
:mod:`checkin.layouts`) says where the badges sit on a page.

Writing a PDF does not count as printing. Printing (the desk, the print
dialog, or ``checkin badges --mark-printed``) records one row per badge in the
print log (``badge_prints``): who, when, which desk, which layout; "not yet
printed" means no row there, or only rows from before a change of what the badge
shows (name, title, organisation, category: the badge in the box is out of date).

    >>> people = select_attendees(store, not_printed=True)         # doctest: +SKIP
    >>> render_pdf(people, "badges.pdf", options_for(store))       # doctest: +SKIP
    >>> record_prints(store, [a.id for a in people], "Desk 1", "a6")  # doctest: +SKIP
"""

from __future__ import annotations

import base64
import binascii
import getpass
import io
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Iterable

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdfcanvas

from checkin import qrvector, typeset
from checkin.atomic import refuse_database, written_atomically
from checkin.codes import parse_scan
from checkin.domain import Attendee, Event, utc_now
from checkin.layouts import DEFAULT_LAYOUT, Layout, LayoutError, get_layout, positions
from checkin.store import EventStore, StoreError
from checkin.typeset import BOLD, REGULAR

# Settings in the event database (they travel with the event).
SETTING_LAYOUT = "badge_layout"
SETTING_OFFSET_X = "badge_offset_x_mm"
SETTING_OFFSET_Y = "badge_offset_y_mm"
SETTING_LOGO_IMAGE = "badge_logo_image"  # the logo file itself, base64: it travels with the event
SETTING_LOGO = "badge_logo"  # older versions: the logo's path on the computer that saved it
MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LOGO_PIXELS = 25_000_000
LOGO_FORMATS = ("PNG", "JPEG", "GIF", "WEBP")
MIN_SMALL_TEXT_PT = 6.0  # event name, title, organisation, ribbon: cut short with "…" rather than smaller
SETTING_COLOURS = "badge_ribbon_colours"  # JSON: {"Presse": "#1f6fb2", ...}

RIBBON_COLOURS = {
    "Referent/in": "#b3261e", "Presse": "#1f5fa8", "Orga": "#237a46", "Gast": "#7b3fa0",
}
_OTHER_RIBBON = "#555555"
# Other spellings of the ribbon categories, as compared by _category_key: case, umlauts, gender
# endings (/in, *in, :in, (in), Innen), spaces and punctuation do not matter.
_CATEGORY_VARIANTS = {
    "Referent/in": ("referent", "referentin", "referenten", "referentinnen", "speaker", "speakers",
                    "sprecher", "sprecherin", "redner", "rednerin", "vortragende", "vortragender"),
    "Presse": ("presse", "press", "media", "medien", "journalist", "journalistin", "journalisten"),
    "Orga": ("orga", "orgateam", "organisation", "organization", "organisationteam", "organizationteam",
             "organisationsteam", "organisator", "organisatorin", "organizer", "organiser", "organizers",
             "organisers", "veranstalter", "veranstalterin", "team", "staff", "crew"),
    "Gast": ("gast", "gaeste", "guest", "guests", "ehrengast", "ehrengaeste"),
}
_GENDER_ENDING = re.compile(r"(?:[/*:_·]-?|\()in(?:nen)?\)?(?![a-z])")
REASONS = ("bulk", "check_in", "reprint")
MAX_OFFSET_MM = 20.0  # printer calibration moves badges a few millimetres, never more than this


class BadgeError(StoreError):
    """A badge run that cannot go ahead (unknown code or layout, unreadable logo, ...)."""


@dataclass
class BadgeOptions:
    """Everything about a badge run except who is on it."""

    layout: Layout
    event: Event = field(default_factory=lambda: Event(""))
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    skip: int = 0
    logo: bytes | str | Path | None = None  # the image file's bytes, or a path to it
    outline: bool = False
    colours: dict = field(default_factory=lambda: dict(RIBBON_COLOURS))


@dataclass(frozen=True)
class BadgePrint:
    """One row of the print log."""

    attendee_id: int
    at: str
    station: str
    printed_by: str
    layout: str
    reason: str

    def to_json(self) -> dict:
        return dict(self.__dict__)


# -- ribbons --------------------------------------------------------------------------------

@lru_cache(maxsize=1024)
def _category_key(category: str) -> str:
    from checkin.search import din5007_2

    key = _GENDER_ENDING.sub("", din5007_2(category))
    return re.sub(r"[^a-z0-9/]", "", key)


_VARIANT_OF = {variant: name for name, variants in _CATEGORY_VARIANTS.items() for variant in variants}


def ribbon_colour(category: str, colours: dict | None = None) -> str:
    """The ribbon colour (``#rrggbb``) for ``category``, grey for one without its own colour.

    ``colours`` (default :data:`RIBBON_COLOURS`) maps categories to colours; the
    category matches a key in any case and spelling variant: ``referent``,
    ``Referentin``, ``Referent*in`` and ``Speaker`` all get the colour of
    ``Referent/in``; ``Press`` that of ``Presse``, ``Team`` or ``Staff`` that of
    ``Orga``, ``Guest`` that of ``Gast``.

        >>> ribbon_colour("Speaker") == ribbon_colour("Referent/in") == RIBBON_COLOURS["Referent/in"]
        True
    """
    colours = RIBBON_COLOURS if colours is None else colours
    if category in colours:
        return colours[category]
    key = _category_key(category)
    for name, colour in colours.items():
        if _category_key(name) == key:
            return colour
    for part in (key, *key.split("/")):  # "Presse/Media": the first word with a ribbon
        part = part.replace("/", "")
        if part in _VARIANT_OF:
            name = _VARIANT_OF[part]
            return colours.get(name, RIBBON_COLOURS[name])
    return _OTHER_RIBBON


# -- options and selection -------------------------------------------------------------------

def _float_setting(store: EventStore, key: str) -> float:
    value = store.setting(key, "0") or "0"
    try:
        return float(value)
    except ValueError:
        raise BadgeError(f"setting {key} is not a number: {value!r}") from None


def options_for(store: EventStore, layout: str | None = None, **overrides) -> BadgeOptions:
    """Badge options from the event's settings; ``layout`` and keyword overrides win.

    Offsets come from the settings ``badge_offset_x_mm``/``badge_offset_y_mm``,
    the logo from ``badge_logo_image`` (the image file, base64; older versions
    saved a path in ``badge_logo``), ribbon colours from ``badge_ribbon_colours``
    (JSON object, category -> ``#rrggbb``).
    """
    name = layout or store.setting(SETTING_LAYOUT) or DEFAULT_LAYOUT
    try:
        chosen = get_layout(name)
    except LayoutError as exc:
        raise BadgeError(str(exc)) from None
    colours = dict(RIBBON_COLOURS)
    raw = store.setting(SETTING_COLOURS)
    if raw:
        try:
            colours.update(json.loads(raw))
        except (ValueError, TypeError):
            raise BadgeError(f"setting {SETTING_COLOURS} is not a JSON object: {raw!r}") from None
    options = BadgeOptions(
        layout=chosen, event=store.event,
        offset_x_mm=_float_setting(store, SETTING_OFFSET_X),
        offset_y_mm=_float_setting(store, SETTING_OFFSET_Y),
        logo=_saved_logo(store), colours=colours,
    )
    for key, value in overrides.items():
        if value is not None:
            setattr(options, key, value)
    return options


def _saved_logo(store: EventStore) -> bytes | str | None:
    raw = store.setting(SETTING_LOGO_IMAGE)
    if raw:
        try:
            return base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            raise BadgeError(f"setting {SETTING_LOGO_IMAGE} is not base64 image data") from None
    return store.setting(SETTING_LOGO) or None


def check_logo(data: bytes, name: str = "the event's logo") -> None:
    """Refuse, with :class:`BadgeError` naming ``name``, data that is not a whole PNG, JPEG, GIF
    or WebP image of sensible size (a text file, an SVG, a truncated download)."""
    problem = _logo_problem(data)
    if problem:
        raise BadgeError(f"{name}: {problem}")


@lru_cache(maxsize=4)
def _logo_problem(data: bytes) -> str:
    """What is wrong with the logo ``data`` ("" if nothing). Remembered: a run checks its logo
    when the options are checked and again when the badges are drawn, and decoding a large
    image takes tens of milliseconds, which a badge printed at the desk should not pay twice."""
    from PIL import Image  # reportlab's own image library

    unreadable = "not an image checkin can read (PNG, JPEG, GIF, WebP)"
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in LOGO_FORMATS:
                return unreadable
            width, height = image.size
            if width * height > MAX_LOGO_PIXELS:
                return (f"the logo is {width}x{height} pixels; "
                        f"use one of at most {MAX_LOGO_PIXELS // 1_000_000} megapixels")
            image.load()
    except Exception:  # noqa: BLE001 - PIL raises many kinds for a file it cannot decode
        return unreadable
    return ""


def read_logo(path: str | Path) -> bytes:
    """The logo file at ``path`` as bytes; :class:`BadgeError` if it is missing, over 2 MB or not an
    image checkin can read (see :func:`check_logo`)."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise BadgeError(f"logo file not found: {path}")
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise BadgeError(f"{path}: the logo is {math.ceil(size / 1024):,} KB; "
                             f"use an image of at most {MAX_LOGO_BYTES // 1024:,} KB")
        data = path.read_bytes()
    except OSError as exc:
        raise BadgeError(f"{path}: cannot be read ({exc.strerror})") from None
    check_logo(data, str(path))
    return data


def _logo_bytes(logo: bytes | str | Path | None) -> bytes | None:
    if logo is None or isinstance(logo, bytes):
        if logo:
            check_logo(logo)
        return logo or None
    return read_logo(logo)


def save_settings(store: EventStore, *, layout: str | None = None, offset_x_mm: float | None = None,
                  offset_y_mm: float | None = None, logo: bytes | str | Path | None = None,
                  remove_logo: bool = False) -> None:
    """Remember badge settings in the event database, in one transaction (``None`` keeps a value).

    The logo (bytes, or a path to read) is stored itself, not its path, so a copy of
    the event file on another laptop has it too; ``remove_logo=True`` forgets it.
    Save only what a run has shown to work (:func:`check_options`, then
    :func:`render_pdf`): a bad saved value breaks every later run.
    """
    data = _logo_bytes(logo)
    values = {SETTING_LAYOUT: layout,
              SETTING_LOGO_IMAGE: None if data is None else base64.b64encode(data).decode("ascii"),
              SETTING_OFFSET_X: None if offset_x_mm is None else f"{offset_x_mm:g}",
              SETTING_OFFSET_Y: None if offset_y_mm is None else f"{offset_y_mm:g}"}
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(key, value) for key, value in values.items() if value is not None])
        if data is not None or remove_logo:
            store.conn.execute("DELETE FROM settings WHERE key = ?", (SETTING_LOGO,))
        if remove_logo:
            store.conn.execute("DELETE FROM settings WHERE key = ?", (SETTING_LOGO_IMAGE,))


# Prints of a badge as it is now: none of its text (checkin.domain.BADGE_FIELDS) changed since.
_CURRENT_PRINTS = ("badge_prints p JOIN attendees a ON a.id = p.attendee_id "
                   "WHERE (a.badge_changed_at IS NULL OR p.at >= a.badge_changed_at)")


def printed_ids(store: EventStore) -> set[int]:
    """Ids of everyone whose badge has been printed as it is now: at least once, and not before a
    change of what it shows (name, title, organisation, category)."""
    return {row[0] for row in store.conn.execute(f"SELECT DISTINCT p.attendee_id FROM {_CURRENT_PRINTS}")}


def is_printed(store: EventStore, attendee_id: int) -> bool:
    """Whether this attendee's badge has been printed as it is now (see :func:`printed_ids`)."""
    row = store.conn.execute(f"SELECT 1 FROM {_CURRENT_PRINTS} AND p.attendee_id = ? LIMIT 1", (attendee_id,))
    return row.fetchone() is not None


def select_attendees(store: EventStore, *, codes: Iterable[str] | None = None,
                     ids: Iterable[int] | None = None, not_printed: bool = False,
                     checked_in: bool = False, sort: str = "name") -> list[Attendee]:
    """The attendees a badge run is for, in print order.

    Everyone by default; only the given ``codes`` or ``ids`` if any; the
    filters ``not_printed`` and ``checked_in`` narrow it further. A code may be
    given as a scanner types it (a URL holding it, lower case). ``sort`` is
    ``"name"`` (DIN 5007-2, particles ignored) or ``"organisation"``. An
    unknown code raises :class:`BadgeError` naming it.
    """
    if sort not in ("name", "organisation"):
        raise BadgeError(f"unknown sort order {sort!r}: use name or organisation")
    wanted: set[int] | None = None
    if codes:
        wanted = set()
        for code in codes:  # as lenient as a scan: lower case, a URL or a prefix around the code
            attendee = store.attendee_by_code(parse_scan(code) or code.strip())
            if attendee is None:
                raise BadgeError(f"unknown code: {code!r}")
            wanted.add(attendee.id)
    if ids is not None:
        wanted = (wanted or set()) | set(ids) if codes else set(ids)
    done = printed_ids(store) if not_printed else set()
    return [a for a in store.all_attendees(order=sort)
            if (wanted is None or a.id in wanted) and a.id not in done
            and (not checked_in or a.checked_in)]


# -- the print log ---------------------------------------------------------------------------

def record_prints(store: EventStore, attendee_ids: Iterable[int], station: str, layout: str,
                  reason: str = "bulk", printed_by: str | None = None) -> int:
    """Note in the print log that these badges were printed (one transaction). Returns the count."""
    if reason not in REASONS:
        raise ValueError(f"reason must be one of {REASONS}")
    if printed_by is None:
        try:
            printed_by = getpass.getuser()
        except Exception:  # no user name in this environment
            printed_by = ""
    at = utc_now()
    rows = [(attendee_id, at, station, printed_by, layout, reason) for attendee_id in attendee_ids]
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO badge_prints (attendee_id, at, station, printed_by, layout, reason) "
            "VALUES (?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def print_log(store: EventStore, attendee_id: int | None = None) -> list[BadgePrint]:
    """The print log, oldest first, for one attendee or everyone."""
    sql = "SELECT attendee_id, at, station, printed_by, layout, reason FROM badge_prints"
    params: tuple = ()
    if attendee_id is not None:
        sql += " WHERE attendee_id = ?"
        params = (attendee_id,)
    return [BadgePrint(*row) for row in store.conn.execute(sql + " ORDER BY id", params)]


# -- drawing ---------------------------------------------------------------------------------

def _date_text(iso: str) -> str:
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    return iso


class _Badge:
    """Draws one badge into a rectangle (points, bottom-left origin)."""

    def __init__(self, canvas, options: BadgeOptions):
        self.c = canvas
        self.o = options
        event = options.event
        self.header = " · ".join(p for p in (event.name, _date_text(event.date)) if p)
        # An event name too long for the header is cut at its end: then the date goes first.
        self.header_date_first = " · ".join(p for p in (_date_text(event.date), event.name) if p)
        data = _logo_bytes(options.logo)
        self.logo = ImageReader(io.BytesIO(data)) if data else None

    def draw(self, a: Attendee, x: float, y: float, w: float, h: float) -> None:
        c, o = self.c, self.o
        layout = o.layout
        if o.outline:
            c.setStrokeGray(0.75)
            c.setLineWidth(0.3)
            c.rect(x, y, w, h, stroke=1, fill=0)
        m = layout.margin_mm * mm
        portrait = h >= w * 1.15
        # Ribbon along the bottom edge.
        bottom = y + m
        if a.category:
            rh = min(max(h * 0.11, 6 * mm), 13 * mm)
            c.setFillColor(ribbon_colour(a.category, o.colours))
            c.rect(x, y, w, rh, stroke=0, fill=1)
            lines, size = typeset.fit(a.category.upper(), BOLD, width=w - 2 * m, height=rh * 0.8,
                                      max_size=rh * 0.55, min_size=MIN_SMALL_TEXT_PT)
            c.setFillGray(1)
            if lines:
                typeset.draw(c, x + w / 2, y + (rh - size * 0.72) / 2, lines[0], BOLD, size, "centre")
            bottom = y + rh + m * 0.6
        c.setFillGray(0)
        # Header: logo, event name and date.
        top = y + h - m
        hh = min(max(h * 0.075, 4 * mm), 9 * mm)
        text_left = x + m
        if self.logo is not None:
            lw = hh * 2.2
            c.drawImage(self.logo, x + m, top - hh, lw, hh, preserveAspectRatio=True, anchor="w", mask="auto")
            text_left += lw + 1.5 * mm
        if self.header:
            room = dict(width=x + w - m - text_left, height=hh, max_size=hh * 0.55, max_lines=2,
                        prefer_one_line=0.9, min_size=MIN_SMALL_TEXT_PT)
            lines, size = typeset.fit(self.header, REGULAR, **room)
            if lines[-1].endswith("…"):
                lines, size = typeset.fit(self.header_date_first, REGULAR, **room)
            c.setFillGray(0.3)
            line_y = top - hh * 0.7 if len(lines) == 1 else top - size * 0.95
            for line in lines:
                typeset.draw(c, text_left, line_y, line, REGULAR, size)
                line_y -= size * typeset.LEADING
            c.setFillGray(0)
        top -= hh + 1.5 * mm
        c.setStrokeGray(0.6)
        c.setLineWidth(0.5)
        c.line(x + m, top + 0.8 * mm, x + w - m, top + 0.8 * mm)
        # QR code and text area.
        q = (layout.qr_mm * mm) if layout.qr_mm else min(w, h) * 0.4
        if portrait:
            q = min(q, top - bottom - 20 * mm, w - 2 * m)
            qx, qy = x + (w - q) / 2, bottom
            area = (x + m, qy + q + 1 * mm, w - 2 * m, top - (qy + q + 1 * mm))
            align = "centre"
        else:
            q = min(q, top - bottom + 2 * mm, w * 0.4)
            qx, qy = x + w - q - m * 0.25, bottom + (top - bottom - q) / 2
            area = (x + m, bottom, qx - x - m, top - bottom)
            align = "left"
        qrvector.draw(c, qx, qy, q, a.code)
        self._names(a, *area, align)

    def _names(self, a: Attendee, ax: float, ay: float, aw: float, ah: float, align: str) -> None:
        """Title, first name, last name and organisation, stacked and centred vertically."""
        blocks = []  # (lines, weight, size, grey)
        # text, weight, largest size and height (shares of the area), lines, grey, one-line preference
        # and the smallest size (names are never cut short; a title or an organisation is, rather
        # than shrink out of reach of the eye).
        plan = ((a.title, REGULAR, 0.09, 0.11, 1, 0.25, 0.8, MIN_SMALL_TEXT_PT),
                (a.first_name, BOLD, 0.27, 0.36, 2, 0.0, 0.8, 0.0),
                (a.last_name, REGULAR, 0.17, 0.30, 2, 0.0, 0.8, 0.0),
                (a.organisation, REGULAR, 0.095, 0.26, 2, 0.25, 0.95, MIN_SMALL_TEXT_PT))
        for text, weight, size_share, height_share, max_lines, grey, one_line, smallest in plan:
            if not text.strip():
                continue
            lines, size = typeset.fit(text, weight, width=aw, height=ah * height_share,
                                      max_size=ah * size_share, max_lines=max_lines, prefer_one_line=one_line,
                                      min_size=smallest)
            blocks.append((lines, weight, size, grey))
        gap = ah * 0.03
        total = sum(len(lines) * size * typeset.LEADING for lines, _, size, _ in blocks)
        total += gap * (len(blocks) - 1)
        y = ay + ah - max(0.0, (ah - total) / 2)
        x = ax + aw / 2 if align == "centre" else ax
        for lines, weight, size, grey in blocks:
            self.c.setFillGray(grey)
            for line in lines:
                y -= size * typeset.LEADING
                typeset.draw(self.c, x, y + size * 0.24, line, weight, size, align)
            y -= gap
        self.c.setFillGray(0)


def unprintable(people: Iterable[Attendee]) -> list[tuple[Attendee, str]]:
    """The people whose badge shows letters no font on this computer has (as U+FFFD), each with
    those letters: worth a word before the badges are printed."""
    found = []
    for a in people:
        letters = "".join(typeset.unprintable(text, weight) for text, weight in (
            (a.title, REGULAR), (a.first_name, BOLD), (a.last_name, REGULAR), (a.organisation, REGULAR),
            (a.category.upper(), BOLD)) if text and not text.isascii())
        if letters:
            found.append((a, "".join(dict.fromkeys(letters))))
    return found


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else repr(value)


def check_options(options: BadgeOptions) -> None:
    """Refuse, with :class:`BadgeError`, options a run cannot use (before anything is written)."""
    layout = options.layout
    _logo_bytes(options.logo)
    for flag, value in (("--offset-x", options.offset_x_mm), ("--offset-y", options.offset_y_mm)):
        if not (isinstance(value, (int, float)) and math.isfinite(value) and abs(value) <= MAX_OFFSET_MM):
            raise BadgeError(f"{flag} must be between {-MAX_OFFSET_MM:g} and {MAX_OFFSET_MM:g} mm "
                             f"(printer calibration), not {_number(value)}")
    if options.skip < 0 or options.skip >= layout.badges_per_page:
        raise BadgeError(f"--skip must be between 0 and {layout.badges_per_page - 1} for {layout.name}")


def render(attendees: Iterable[Attendee], target: str | Path | BinaryIO, options: BadgeOptions) -> int:
    """Draw the badges of ``attendees`` into a PDF at ``target`` (a path or a binary file).

    The first ``options.skip`` labels of the first page are left empty (a
    partly used sheet). Returns the number of pages.

        >>> render(store.all_attendees(), "badges.pdf", BadgeOptions(get_layout("a6")))  # doctest: +SKIP
        400
    """
    check_options(options)
    typeset.register_fonts()
    layout = options.layout
    page_size = (layout.page_width_mm * mm, layout.page_height_mm * mm)
    c = pdfcanvas.Canvas(target if not isinstance(target, Path) else str(target), pagesize=page_size,
                         pageCompression=1, invariant=1, initialFontName=typeset.font_name(REGULAR))
    c.setTitle(f"Badges — {options.event.name}" if options.event.name else "Badges")
    c.setCreator("checkin")
    rects = [(x * mm, y * mm, w * mm, h * mm)
             for x, y, w, h in positions(layout, options.offset_x_mm, options.offset_y_mm)]
    badge = _Badge(c, options)
    slot, pages, drawn = options.skip, 0, False
    # Plain Flate streams: ASCII85 on top only makes the file bigger, and reportlab's
    # pure-Python encoder costs a third of the time.
    saved_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        for attendee in attendees:
            if slot == len(rects):
                c.showPage()
                pages += 1
                slot = 0
            badge.draw(attendee, *rects[slot])
            slot += 1
            drawn = True
        c.showPage()  # an empty run still makes a valid (blank) PDF
        pages += int(drawn)
        c.save()
    finally:
        rl_config.useA85 = saved_a85
    return pages


def render_bytes(attendees: Iterable[Attendee], options: BadgeOptions) -> bytes:
    """Like :func:`render`, returning the PDF as bytes (preview, the desk's single badge)."""
    buffer = io.BytesIO()
    render(attendees, buffer, options)
    return buffer.getvalue()


def check_output(path: str | Path) -> Path:
    """The PDF path to write, once it is known to be writable: :class:`BadgeError` for an
    empty name, a folder, a missing folder or one that cannot be written to (checked with
    the scratch file :func:`render_pdf` writes first, before any badge is drawn)."""
    if not str(path).strip():
        raise BadgeError("no file name given for the PDF")
    path = Path(path).expanduser()
    if path.is_dir():
        raise BadgeError(f"{path} is a folder; give a file name, e.g. {path / 'badges.pdf'}")
    if not path.parent.is_dir():
        raise BadgeError(f"{path}: the folder {path.parent} does not exist")
    try:
        refuse_database(path)
    except OSError as exc:
        raise BadgeError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    if path.suffix.lower() != ".pdf":
        raise BadgeError(f"{path}: badges are written as a PDF; give a file name ending in .pdf, "
                         f"e.g. {path.with_suffix('.pdf').name}")
    part = path.with_name(path.name + ".part")
    try:
        part.open("xb").close()
        part.unlink()
    except FileExistsError:
        pass  # left over from a run that was killed: written_atomically replaces it
    except OSError as exc:
        raise BadgeError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    return path


def render_pdf(attendees: Iterable[Attendee], path: str | Path, options: BadgeOptions) -> int:
    """Like :func:`render`, writing ``path`` atomically: a failed run leaves no half file."""
    path = check_output(path)
    try:
        with written_atomically(path) as part, part.open("wb") as f:
            return render(attendees, f, options)
    except OSError as exc:
        raise BadgeError(f"{path}: cannot be written ({exc.strerror or exc})") from None


# -- per-station options ---------------------------------------------------------------------

def _station_key(station: str) -> str:
    return f"badge_print_on_check_in:{station}"


def prints_on_check_in(store: EventStore, station: str) -> bool:
    """Whether ``station`` prints a person's badge when it checks them in (stored in the event)."""
    return store.setting(_station_key(station)) == "1"


def set_prints_on_check_in(store: EventStore, station: str, on: bool) -> None:
    store.set_setting(_station_key(station), "1" if on else None)
