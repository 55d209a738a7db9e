"""The signed attendance list (Teilnehmerliste): an A4 PDF many funders ask events to keep.

Every page carries the event's name, date and venue, the column heads, and
"Seite x von y"; one row per person with a running number, the name (last name
first, sorted DIN 5007-2 as a German reader expects), the organisation and an
empty box to sign in. Text is set with :mod:`checkin.typeset`: embedded Noto
fonts with per-glyph fallback (Ł, ı, Cyrillic, Greek, Arabic), shrunk or
broken onto two lines rather than clipped.

    >>> write_attendance_list(store, "teilnehmerliste.pdf", checked_in_only=False)  # doctest: +SKIP
    ListResult(path=..., people=400, pages=17)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from checkin import typeset
from checkin.atomic import written_atomically
from checkin.domain import Attendee
from checkin.exports import LOCAL_TZ, attendance_rows
from checkin.report import german_date

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 16 * MM, 14 * MM, 16 * MM
HEADER_H = 31 * MM  # title block above the table
HEAD_ROW_H = 8 * MM
ROW_H = 11 * MM     # room to sign
# column widths in mm: number, name, organisation, signature (fills the rest)
_COLS = (12, 58, 58)


@dataclass(frozen=True)
class ListResult:
    path: Path
    people: int
    pages: int

    def to_json(self) -> dict:
        return {"path": str(self.path), "people": self.people, "pages": self.pages}


def list_name(attendee: Attendee) -> str:
    """``Müller, Dr. Anna``: last name first, as the list is sorted."""
    given = " ".join(p for p in (attendee.title, attendee.first_name) if p)
    if attendee.last_name and given:
        return f"{attendee.last_name}, {given}"
    return attendee.last_name or given


def list_subtitle(people: list[Attendee], checked_in_only: bool) -> str:
    """The count under the title; walk-ins are named apart, so it matches the report's "Angemeldet".

    >>> list_subtitle(everyone, checked_in_only=False)        # doctest: +SKIP
    'Alle Personen: 204 (200 angemeldet, 4 spontan)'
    """
    walk_ins = sum(1 for a in people if a.walk_in)
    split = f" ({len(people) - walk_ins} angemeldet, {walk_ins} spontan)" if walk_ins else ""
    if checked_in_only:
        return f"Anwesende (eingecheckt): {len(people)}{split}"
    if not walk_ins:
        return f"Alle Angemeldeten: {len(people)}"
    return f"Alle Personen: {len(people)}{split}"


def rows_per_page() -> int:
    usable = PAGE_H - MARGIN_TOP - HEADER_H - HEAD_ROW_H - MARGIN_BOTTOM - 6 * MM
    return int(usable // ROW_H)


def _cell_text(canvas, text: str, x: float, y_top: float, width: float, height: float,
               weight: str = typeset.REGULAR, max_size: float = 10) -> None:
    """Set ``text`` inside a cell, vertically centred, shrinking or breaking it to fit."""
    lines, size = typeset.fit(text, weight, width=width, height=height, max_size=max_size, max_lines=2)
    if not lines:
        return
    leading = size * typeset.LEADING
    block = leading * len(lines)
    baseline = y_top - (height - block) / 2 - size * 0.95
    for line in lines:
        typeset.draw(canvas, x, baseline, line, weight, size)
        baseline -= leading


def _column_edges() -> list[float]:
    edges = [MARGIN_X]
    for width in _COLS:
        edges.append(edges[-1] + width * MM)
    edges.append(PAGE_W - MARGIN_X)
    return edges


def _page_frame(canvas, event, subtitle: str, page: int, pages: int, stamp: str) -> float:
    """Draw the header and footer of one page; return the y of the table's top edge."""
    left, right = MARGIN_X, PAGE_W - MARGIN_X
    top = PAGE_H - MARGIN_TOP
    canvas.setFillGray(0)
    typeset.draw(canvas, left, top - 14, "Teilnehmerliste", typeset.BOLD, 15)
    _cell_text(canvas, event.name, left, top - 19, right - left, 16, typeset.BOLD, max_size=12)
    details = "   ·   ".join(p for p in (
        f"Datum: {german_date(event.date)}" if event.date else "",
        f"Ort: {event.venue}" if event.venue else "") if p)
    if details:
        typeset.draw(canvas, left, top - 48, details, typeset.REGULAR, 10)
    typeset.draw(canvas, left, top - 63, subtitle, typeset.REGULAR, 9)
    canvas.setFillGray(0.35)
    typeset.draw(canvas, left, MARGIN_BOTTOM - 8 * MM, f"Erstellt {stamp} mit checkin", typeset.REGULAR, 7.5)
    canvas.setFillGray(0)
    typeset.draw(canvas, right, MARGIN_BOTTOM - 8 * MM, f"Seite {page} von {pages}", typeset.REGULAR, 9,
                 align="right")
    return top - HEADER_H


def _table(canvas, y_top: float, people: list[tuple[int, Attendee]]) -> None:
    edges = _column_edges()
    heads = ("Nr.", "Name, Vorname", "Institution", "Unterschrift")
    canvas.setFillGray(0.9)
    canvas.rect(edges[0], y_top - HEAD_ROW_H, edges[-1] - edges[0], HEAD_ROW_H, stroke=0, fill=1)
    canvas.setFillGray(0)
    for i, head in enumerate(heads):
        _cell_text(canvas, head, edges[i] + 2 * MM, y_top, edges[i + 1] - edges[i] - 4 * MM, HEAD_ROW_H,
                   typeset.BOLD, max_size=9.5)
    y = y_top - HEAD_ROW_H
    for number, attendee in people:
        cells = (str(number), list_name(attendee), attendee.organisation)
        for i, text in enumerate(cells):
            _cell_text(canvas, text, edges[i] + 2 * MM, y, edges[i + 1] - edges[i] - 4 * MM, ROW_H)
        y -= ROW_H
    canvas.setLineWidth(0.6)
    canvas.rect(edges[0], y, edges[-1] - edges[0], y_top - y, stroke=1, fill=0)
    canvas.setLineWidth(0.35)
    for x in edges[1:-1]:
        canvas.line(x, y, x, y_top)
    row_y = y_top - HEAD_ROW_H
    while row_y > y + 0.1:
        canvas.line(edges[0], row_y, edges[-1], row_y)
        row_y -= ROW_H


def write_attendance_list(store, path: str | Path, *, checked_in_only: bool = False) -> ListResult:
    """Write the Teilnehmerliste as an A4 PDF.

    ``checked_in_only=False`` lists everyone registered (to be signed at the
    desk); ``True`` lists only those checked in (undone check-ins excluded).
    """
    from reportlab.pdfgen.canvas import Canvas

    typeset.register_fonts()
    event = store.event
    people = list(enumerate(attendance_rows(store, checked_in_only=checked_in_only), start=1))
    per_page = rows_per_page()
    pages = max(1, -(-len(people) // per_page))
    subtitle = list_subtitle([a for _, a in people], checked_in_only)
    stamp = datetime.now(LOCAL_TZ).strftime("%d.%m.%Y %H:%M")
    path = Path(path)
    with written_atomically(path) as part:
        canvas = Canvas(str(part), pagesize=(PAGE_W, PAGE_H), pageCompression=1)
        canvas.setTitle(f"Teilnehmerliste: {event.name}")
        canvas.setAuthor("checkin")
        for page in range(1, pages + 1):
            y_top = _page_frame(canvas, event, subtitle, page, pages, stamp)
            chunk = people[(page - 1) * per_page:page * per_page]
            if chunk:
                _table(canvas, y_top, chunk)
            else:
                typeset.draw(canvas, MARGIN_X, y_top - 20, "Keine Einträge.", typeset.REGULAR, 10)
            canvas.showPage()
        canvas.save()
    return ListResult(path, len(people), pages)
