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
from datetime import date, datetime, timedelta
from html import escape
from io import BytesIO
from pathlib import Path

from checkin.atomic import written_atomically
from checkin.domain import Event
from checkin.exports import LOCAL_TZ, to_local
from checkin.store import CLOSED_SETTING

SLOT_MINUTES = 15
CHART_HEIGHT_CM, CHART_HEIGHT_MIN_CM = 5.8, 4.2  # the report's arrivals chart; lower if that saves a page
TYPE_ORDER = ("Kommune", "Land", "Bund", "Verband", "Initiative", "Wissenschaft", "Sonstige")
UNSPECIFIED = ""  # shown as "(ohne Angabe)"


@dataclass
class Group:
    """Counts for one group of people (everyone, one organisation type, one workshop)."""

    key: str
    registered: int = 0  # registered in advance
    attended: int = 0    # checked in, walk-ins included
    walk_ins: int = 0    # of those attended, registered at the desk

    def add(self, registered: int, attended: int, walk_ins: int) -> None:
        """Count more people in (:meth:`checkin.store.EventStore.figure_counts` gives them)."""
        self.registered += registered
        self.attended += attended
        self.walk_ins += walk_ins

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
    """Every 15-minute slot of each day from its first to its last arrival, empty ones as 0.

    Nights between days of a multi-day event are not filled: each day is charted on its own
    (see :func:`arrival_days`).
    """
    out: list[tuple[datetime, int]] = []
    for _, slots in arrival_days([(t, counts[t]) for t in sorted(counts)]):
        t, last = slots[0][0], slots[-1][0]
        while t <= last:
            out.append((t, counts.get(t, 0)))
            t = slot_start((t + timedelta(minutes=SLOT_MINUTES)).astimezone(LOCAL_TZ))
    return out


def arrival_days(arrivals: list[tuple[datetime, int]]) -> list[tuple[date, list[tuple[datetime, int]]]]:
    """``arrivals`` split by local date: ``[(date, [(slot start, count), ...]), ...]``."""
    days: dict[date, list[tuple[datetime, int]]] = {}
    for t, n in arrivals:
        days.setdefault(t.date(), []).append((t, n))
    return list(days.items())


# Label every n-th 15-minute slot so the labels fall on round times: every 15 or 30 minutes,
# every 1, 2, 3, 4 or 6 hours.
LABEL_STEPS = (1, 2, 4, 8, 12, 16, 24)


def label_step(slots: int, most: int = 16) -> int:
    """Label every n-th of ``slots`` slots (one of :data:`LABEL_STEPS`) so at most about ``most``
    labels show."""
    return next((step for step in LABEL_STEPS if slots <= most * step), LABEL_STEPS[-1])


def is_labelled(slot: datetime, step: int) -> bool:
    """Whether ``slot`` gets a time label when every ``step``-th slot of the day is labelled."""
    return (slot.hour * 60 + slot.minute) // SLOT_MINUTES % step == 0


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
    for org_type, workshop, *counts in store.figure_counts("organisation_type", "workshop"):
        for group in (total, by_type.setdefault(org_type.strip(), Group(org_type.strip())),
                      by_workshop.setdefault(workshop.strip(), Group(workshop.strip()))):
            group.add(*counts)
    for (at,) in store.conn.execute("SELECT at FROM presence"):
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
                   _filled(arrivals), store.setting(CLOSED_SETTING))


def figures(store) -> Figures:
    """The report's figures: live, or the anonymous counts if the event was purged."""
    if store.closed:
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


WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def day_caption(day: date) -> str:
    """``Dienstag, 21.03.2017``: the caption of one day's arrivals."""
    return f"{WEEKDAYS[day.weekday()]}, {day:%d.%m.%Y}"


def dates_shown(figs: Figures) -> bool:
    """Whether the arrivals need their dates: several days, or a day other than the event's."""
    days = arrival_days(figs.arrivals)
    return len(days) > 1 or any(day.isoformat() != figs.event.date for day, _ in days)


def arrivals_chart(arrivals: list[tuple[datetime, int]], width: float, height: float,
                   font: str = "Helvetica", caption: str = ""):
    """One day's arrivals per 15 minutes as a reportlab ``Drawing``, ``caption`` (the date) above."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    if not arrivals:
        drawing.add(String(width / 2, height / 2, "Noch keine Ankünfte", fontName=font, fontSize=10,
                           textAnchor="middle"))
        return drawing
    top_room = 10
    if caption:
        drawing.add(String(0, height - 9, caption, fontName=font, fontSize=9))
        top_room += 12
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 34
    counts = [n for _, n in arrivals]
    chart.width, chart.height = min(width - 46, max(80, len(counts) * 32)), height - 34 - top_room
    chart.data = [counts]
    step = label_step(len(counts))
    chart.categoryAxis.categoryNames = [t.strftime("%H:%M") if is_labelled(t, step) else ""
                                        for t, _ in arrivals]
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


def arrivals_charts(figs: Figures, width: float, height: float, font: str = "Helvetica") -> list:
    """The arrivals as ``Drawing``s: one chart, or one per day (each captioned with its date)
    if they span several days; a single day other than the event's is captioned too."""
    days = arrival_days(figs.arrivals)
    if not days:
        return [arrivals_chart([], width, height, font)]
    captioned = dates_shown(figs)
    each = height if len(days) == 1 else max(height * 0.7, 110)
    return [arrivals_chart(slots, width, each, font, day_caption(day) if captioned else "")
            for day, slots in days]


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
    from reportlab.platypus import (
        KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
    )

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
    note = ("Gezählt werden Check-ins, die nicht zurückgenommen wurden. „Nicht erschienen“: angemeldet, "
            "aber nicht eingecheckt.")
    if figs.purged_at:
        note += f" Die personenbezogenen Daten wurden am {german_date(figs.purged_at[:10])} gelöscht; " \
                "diese Zahlen stammen aus den anonymen Summen."
    stamp = datetime.now(LOCAL_TZ).strftime("%d.%m.%Y %H:%M")

    def build(target, chart_height: float, pages: int | None) -> int:
        """Lay the report out into ``target``; the number of pages it took."""
        charts = arrivals_charts(figs, 17 * cm, chart_height, font)
        flowables = [*story,
                     KeepTogether([Paragraph("Ankünfte je 15 Minuten (Ortszeit)", styles["h2"]), charts[0]]),
                     *charts[1:], Spacer(1, 4), Paragraph(note, styles["note"])]

        def footer(canvas, doc):
            canvas.saveState()
            canvas.setFont(font, 8)
            canvas.setFillColor(colors.HexColor("#666666"))
            canvas.drawString(2 * cm, 1.2 * cm, f"{event.name} – Auswertung, erstellt {stamp}")
            canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Seite {doc.page} von {pages or '?'}")
            canvas.restoreState()

        doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                                topMargin=2 * cm, bottomMargin=2 * cm, title=f"Auswertung: {event.name}",
                                author="checkin")
        doc.build(flowables, onFirstPage=footer, onLaterPages=footer)
        return doc.page

    # A trial run counts the pages for "Seite x von y"; if only the last lines spill onto a
    # page of their own, a lower chart keeps the report on fewer pages.
    height = CHART_HEIGHT_CM * cm
    pages = build(BytesIO(), height, None)
    if pages > 1:
        lower = CHART_HEIGHT_MIN_CM * cm
        fewer = build(BytesIO(), lower, None)
        if fewer < pages:
            height, pages = lower, fewer
    path = Path(path)
    with written_atomically(path) as part:
        build(str(part), height, pages)
    return path
