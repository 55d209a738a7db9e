"""The funder's figures: registered, attended, no-shows, walk-ins, by type and workshop, arrivals.

:func:`figures` computes them from the live event, or, once the event was
purged, from the anonymous counts kept in ``anonymous_counts`` (see
``db/0003_after.sql``); either way the same :class:`Figures` come out, so the
PDF report (:func:`write_report`) and the window's dashboard stay alike.
Arrivals are counted per 15 minutes in Europe/Berlin time from the check-ins
still in force (an undone check-in is not an arrival).

    >>> f = figures(store)                          # doctest: +SKIP
    >>> f.total.registered, f.total.attended, f.total.no_shows   # doctest: +SKIP
    (400, 212, 193)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from checkin.atomic import written_atomically
from checkin.domain import Event
from checkin.exports import LOCAL_TZ, to_local

SLOT_MINUTES = 15
TYPE_ORDER = ("Kommune", "Land", "Bund", "Verband", "Initiative", "Wissenschaft", "Sonstige")
UNSPECIFIED = ""  # shown as "(ohne Angabe)"
_MAX_FILLED_SLOTS = 4 * 24  # fill empty slots between arrivals up to a day; beyond, show only filled ones


@dataclass
class Group:
    """Counts for one group of people (everyone, one organisation type, one workshop)."""

    key: str
    registered: int = 0  # registered in advance
    attended: int = 0    # checked in, walk-ins included
    walk_ins: int = 0    # of those attended, registered at the desk

    @property
    def no_shows(self) -> int:
        return self.registered - (self.attended - self.walk_ins)

    def to_json(self) -> dict:
        return {"key": self.key, "registered": self.registered, "attended": self.attended,
                "walk_ins": self.walk_ins, "no_shows": self.no_shows}


@dataclass
class Figures:
    event: Event
    total: Group
    by_type: list[Group] = field(default_factory=list)
    by_workshop: list[Group] = field(default_factory=list)
    arrivals: list[tuple[datetime, int]] = field(default_factory=list)  # local slot start, count
    purged_at: str | None = None

    def to_json(self) -> dict:
        return {
            "event": self.event.to_json(), "purged_at": self.purged_at, "total": self.total.to_json(),
            "by_organisation_type": [g.to_json() for g in self.by_type],
            "by_workshop": [g.to_json() for g in self.by_workshop],
            "arrivals_per_15_min": [{"from": t.isoformat(timespec="minutes"), "count": n}
                                    for t, n in self.arrivals],
        }


def slot_start(local: datetime) -> datetime:
    """The start of the 15-minute slot holding ``local``."""
    return local.replace(minute=local.minute - local.minute % SLOT_MINUTES, second=0, microsecond=0)


def _filled(counts: Counter) -> list[tuple[datetime, int]]:
    if not counts:
        return []
    slots = sorted(counts)
    first, last = slots[0], slots[-1]
    span = int((last - first).total_seconds() // (SLOT_MINUTES * 60)) + 1
    if span > _MAX_FILLED_SLOTS:
        return [(s, counts[s]) for s in slots]
    out, t = [], first
    while t <= last:
        out.append((t, counts.get(t, 0)))
        t = (t + timedelta(minutes=SLOT_MINUTES)).astimezone(LOCAL_TZ)
        t = slot_start(t)
    return out


def _type_rank(key: str) -> tuple:
    if key == UNSPECIFIED:
        return (2, "")
    if key in TYPE_ORDER:
        return (0, TYPE_ORDER.index(key))
    return (1, key.casefold())


def _sorted_groups(groups: dict[str, Group], by_type: bool) -> list[Group]:
    if by_type:
        return sorted(groups.values(), key=lambda g: _type_rank(g.key))
    return sorted(groups.values(), key=lambda g: (g.key == UNSPECIFIED, g.key.casefold()))


def live_figures(store) -> Figures:
    """The figures computed from the attendees and the check-ins in force."""
    total = Group("")
    by_type: dict[str, Group] = {}
    by_workshop: dict[str, Group] = {}
    arrivals: Counter = Counter()
    rows = store.conn.execute(
        "SELECT a.organisation_type, a.workshop, a.walk_in, p.at "
        "FROM attendees a LEFT JOIN presence p ON p.attendee_id = a.id"
    )
    for org_type, workshop, walk_in, at in rows:
        groups = (total, by_type.setdefault(org_type.strip(), Group(org_type.strip())),
                  by_workshop.setdefault(workshop.strip(), Group(workshop.strip())))
        for group in groups:
            group.registered += not walk_in
            group.attended += at is not None
            group.walk_ins += bool(walk_in and at is not None)
        if at is not None:
            arrivals[slot_start(to_local(at))] += 1
    by_type = {k: g for k, g in by_type.items() if g.registered or g.attended}
    by_workshop = {k: g for k, g in by_workshop.items() if g.registered or g.attended}
    return Figures(store.event, total, _sorted_groups(by_type, True), _sorted_groups(by_workshop, False),
                   _filled(arrivals))


def stored_figures(store) -> Figures:
    """The figures kept in ``anonymous_counts`` by the purge."""
    total = Group("")
    by_type: dict[str, Group] = {}
    by_workshop: dict[str, Group] = {}
    arrivals: Counter = Counter()
    for dimension, key, registered, attended, walk_ins in store.conn.execute(
            "SELECT dimension, key, registered, attended, walk_ins FROM anonymous_counts"):
        group = Group(key, registered, attended, walk_ins)
        if dimension == "total":
            total = group
        elif dimension == "organisation_type":
            by_type[key] = group
        elif dimension == "workshop":
            by_workshop[key] = group
        elif dimension == "arrivals":
            arrivals[datetime.fromisoformat(key).astimezone(LOCAL_TZ)] = attended
    return Figures(store.event, total, _sorted_groups(by_type, True), _sorted_groups(by_workshop, False),
                   _filled(arrivals), store.setting("purged_at"))


def figures(store) -> Figures:
    """The report's figures: live, or the anonymous counts if the event was purged."""
    if store.setting("purged_at"):
        return stored_figures(store)
    return live_figures(store)


def save_anonymous_counts(conn, figs: Figures) -> None:
    """Write ``figs`` into ``anonymous_counts`` (replacing what is there). Call inside a transaction."""
    conn.execute("DELETE FROM anonymous_counts")
    rows = [("total", "", figs.total.registered, figs.total.attended, figs.total.walk_ins)]
    rows += [("organisation_type", g.key, g.registered, g.attended, g.walk_ins) for g in figs.by_type]
    rows += [("workshop", g.key, g.registered, g.attended, g.walk_ins) for g in figs.by_workshop]
    rows += [("arrivals", t.isoformat(), 0, n, 0) for t, n in figs.arrivals if n]
    conn.executemany(
        "INSERT INTO anonymous_counts (dimension, key, registered, attended, walk_ins) "
        "VALUES (?, ?, ?, ?, ?)",
        rows)


# -- the PDF ------------------------------------------------------------------------------------

def label(key: str) -> str:
    return key or "(ohne Angabe)"


def german_date(iso: str) -> str:
    """``2017-03-20`` -> ``20.03.2017`` (anything else is shown as it is)."""
    try:
        return datetime.strptime(iso, "%Y-%m-%d").strftime("%d.%m.%Y")
    except ValueError:
        return iso


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


def nice_step(top: int, ticks: int = 5) -> int:
    """A round axis step (1, 2, 5, 10, 20, 25, 50, ...) giving about ``ticks`` ticks up to ``top``."""
    raw = max(1, top) / ticks
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw and step == int(step):
            return int(step)
    return 10 * magnitude


def arrivals_chart(figs: Figures, width: float, height: float, font: str = "Helvetica"):
    """The arrivals-per-15-minutes bar chart as a reportlab ``Drawing``."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    if not figs.arrivals:
        drawing.add(String(width / 2, height / 2, "Noch keine Ankünfte", fontName=font, fontSize=10,
                           textAnchor="middle"))
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 34
    counts = [n for _, n in figs.arrivals]
    chart.width, chart.height = min(width - 46, max(80, len(counts) * 32)), height - 44  # no fat bars
    chart.data = [counts]
    step = max(1, len(counts) // 16)
    several_days = figs.arrivals[0][0].date() != figs.arrivals[-1][0].date()
    pattern = "%d.%m. %H:%M" if several_days else "%H:%M"
    chart.categoryAxis.categoryNames = [
        t.strftime(pattern) if i % step == 0 else "" for i, (t, _) in enumerate(figs.arrivals)]
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(counts)
    chart.valueAxis.valueStep = nice_step(top)
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * max(1, -(-top // chart.valueAxis.valueStep))
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#2b6cb0")
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    drawing.add(chart)
    return drawing


def _group_table(title: str, groups: list[Group], styles, font: str, bold: str):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[title, "Angemeldet", "Anwesend", "davon spontan", "Nicht erschienen"]]
    data += [[Paragraph(label(g.key), styles["cell"]), g.registered, g.attended, g.walk_ins, g.no_shows]
             for g in groups]
    table = Table(data, colWidths=[w * 2.8346 for w in (62, 24, 24, 28, 32)],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 9),
        ("FONT", (0, 0), (-1, 0), bold, 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f0f3f7")]),
    ]))
    return table


def write_report(store, path: str | Path) -> Path:
    """Write the report (figures, tables by type and workshop, arrivals chart) as an A4 PDF."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from checkin import typeset

    typeset.register_fonts()
    font, bold = typeset.font_name(typeset.REGULAR), typeset.font_name(typeset.BOLD)
    figs = figures(store)
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=10, leading=13,
                              textColor=colors.HexColor("#444444")),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=12, spaceAfter=5),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=9, leading=11),
        "note": ParagraphStyle("note", fontName=font, fontSize=8, leading=10,
                               textColor=colors.HexColor("#666666")),
    }
    event = figs.event
    story = [Paragraph(f"Auswertung: {escape(event.name)}", styles["title"]),
             Paragraph(" · ".join(escape(p) for p in (german_date(event.date), event.venue) if p),
                       styles["sub"])]
    t = figs.total
    summary = [
        ["Angemeldet", t.registered, ""],
        ["Anwesend (gesamt)", t.attended, ""],
        ["davon angemeldet", t.attended - t.walk_ins, percent(t.attended - t.walk_ins, t.registered)],
        ["davon spontan (Walk-ins)", t.walk_ins, ""],
        ["Nicht erschienen (No-shows)", t.no_shows, percent(t.no_shows, t.registered)],
    ]
    table = Table(summary, colWidths=[7 * cm, 2.5 * cm, 2.5 * cm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 10), ("FONT", (1, 0), (1, -1), bold, 10),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#cccccc")),
    ]))
    story += [Paragraph("Überblick", styles["h2"]), table]
    story += [Paragraph("Nach Art der Institution", styles["h2"]),
              _group_table("Art der Institution", figs.by_type, styles, font, bold)]
    story += [Paragraph("Nach Workshop", styles["h2"]),
              _group_table("Workshop", figs.by_workshop, styles, font, bold)]
    story += [Paragraph("Ankünfte je 15 Minuten (Ortszeit)", styles["h2"]),
              arrivals_chart(figs, 17 * cm, 5.8 * cm, font)]
    note = ("Gezählt werden Check-ins, die nicht zurückgenommen wurden. „Nicht erschienen“: angemeldet, "
            "aber nicht eingecheckt.")
    if figs.purged_at:
        note += f" Die personenbezogenen Daten wurden am {german_date(figs.purged_at[:10])} gelöscht; " \
                "diese Zahlen stammen aus den anonymen Summen."
    story += [Spacer(1, 4), Paragraph(note, styles["note"])]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.HexColor("#666666"))
        stamp = datetime.now(LOCAL_TZ).strftime("%d.%m.%Y %H:%M")
        canvas.drawString(2 * cm, 1.2 * cm, f"{event.name} – Auswertung, erstellt {stamp}")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Seite {doc.page}")
        canvas.restoreState()

    path = Path(path)
    with written_atomically(path) as part:
        doc = SimpleDocTemplate(str(part), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                                topMargin=2 * cm, bottomMargin=2 * cm, title=f"Auswertung: {event.name}",
                                author="checkin")
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path

