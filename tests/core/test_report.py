"""Report figures against hand counts, arrivals per 15 minutes in Berlin time, and the PDF."""

from __future__ import annotations

import subprocess
from datetime import datetime

import pypdfium2 as pdfium
import pytest

from checkin import report
from checkin.exports import LOCAL_TZ

PEOPLE = [
    # (last name, type, workshop)
    ("A", "Kommune", "Forum 1"), ("B", "Kommune", "Forum 1"), ("C", "Kommune", "Forum 2"),
    ("D", "Land", "Forum 2"), ("E", "Verband", ""), ("F", "", "Forum 1"), ("G", "Bund", "Forum 2"),
]
# check-ins (UTC): 08:01 and 08:14 fall in 09:00-09:15 Berlin, 08:15 starts the next slot, 08:50 is 09:45
TIMES = {"A": "2017-03-20T08:01:00.000Z", "B": "2017-03-20T08:14:59.000Z", "C": "2017-03-20T08:15:00.000Z",
         "D": "2017-03-20T08:50:00.000Z", "G": "2017-03-20T08:52:00.000Z"}


@pytest.fixture
def event(store):
    with store.transaction():
        ids = store.insert_attendees([{"first_name": "X", "last_name": n, "organisation_type": t,
                                       "workshop": w} for n, t, w in PEOPLE])
        by_name = dict(zip([p[0] for p in PEOPLE], ids))
        for name, at in TIMES.items():
            uuid = store._log(by_name[name], "check_in", "Empfang 1", at)
            store.conn.execute("INSERT INTO presence VALUES (?, ?, ?, ?)",
                               (by_name[name], uuid, at, "Empfang 1"))
    store.undo(by_name["G"], station="Empfang 1")  # undone: neither attended nor an arrival
    walk = store.add_walk_in("W", "Walk", station="Empfang 2", organisation_type="Initiative",
                             workshop="Forum 1").attendee
    with store.transaction():  # the walk-in came at 10:05 Berlin time
        store.conn.execute("UPDATE presence SET at = '2017-03-20T09:05:00.000Z' WHERE attendee_id = ?",
                           (walk.id,))
    store.set_event("Fachtag", "2017-03-20", "Dortmund")
    return store


def test_totals_and_groups(event):
    f = report.figures(event)
    t = f.total
    assert (t.registered, t.attended, t.walk_ins, t.no_shows) == (7, 5, 1, 3)
    by_type = {g.key: (g.registered, g.attended, g.walk_ins, g.no_shows) for g in f.by_type}
    assert by_type == {"Kommune": (3, 3, 0, 0), "Land": (1, 1, 0, 0), "Bund": (1, 0, 0, 1),
                       "Verband": (1, 0, 0, 1), "Initiative": (0, 1, 1, 0), "": (1, 0, 0, 1)}
    assert [g.key for g in f.by_type] == ["Kommune", "Land", "Bund", "Verband", "Initiative", ""]
    by_ws = {g.key: (g.registered, g.attended, g.no_shows) for g in f.by_workshop}
    assert by_ws == {"Forum 1": (3, 3, 1), "Forum 2": (3, 2, 1), "": (1, 0, 1)}
    assert sum(g.registered for g in f.by_type) == t.registered



def test_the_status_line_counts_as_the_report_a_walk_in_undone_as_a_mistake_counts_nowhere(event):
    mistake = event.add_walk_in("Irr", "Tum", station="Empfang 2").attendee
    event.undo(mistake.id, station="Empfang 2", reason="added by mistake")
    t, stats = report.figures(event).total, event.stats()
    assert (t.registered, t.attended, t.walk_ins, t.no_shows) == (7, 5, 1, 3)
    assert (stats["registered"], stats["checked_in"], stats["walk_ins"], stats["no_shows"]) == (7, 5, 1, 3)

def test_arrivals_per_15_minutes_in_berlin_time(event):
    f = report.figures(event)
    slots = [(t.strftime("%Y-%m-%d %H:%M"), n) for t, n in f.arrivals]
    assert slots == [("2017-03-20 09:00", 2), ("2017-03-20 09:15", 1), ("2017-03-20 09:30", 0),
                     ("2017-03-20 09:45", 1), ("2017-03-20 10:00", 1)]
    assert all(t.tzinfo is not None and t.utcoffset() == LOCAL_TZ.utcoffset(t.replace(tzinfo=None))
               for t, _ in f.arrivals)
    assert sum(n for _, n in f.arrivals) == f.total.attended


def test_slot_start_and_steps():
    t = datetime(2017, 3, 20, 9, 29, 59, tzinfo=LOCAL_TZ)
    assert report.slot_start(t) == datetime(2017, 3, 20, 9, 15, tzinfo=LOCAL_TZ)
    assert [report.nice_step(n) for n in (1, 7, 23, 120)] == [1, 2, 5, 25]


def test_stored_figures_equal_live_ones(event):
    live = report.live_figures(event)
    with event.transaction():
        report.save_anonymous_counts(event.conn, live)
    event.set_setting("purged_at", "2017-03-21T10:00:00.000Z")
    stored = report.figures(event)
    assert stored.purged_at and stored.to_json()["total"] == live.to_json()["total"]
    assert stored.to_json()["by_organisation_type"] == live.to_json()["by_organisation_type"]
    assert stored.to_json()["by_workshop"] == live.to_json()["by_workshop"]
    assert stored.arrivals == live.arrivals


def test_report_pdf_holds_the_figures(event, tmp_path):
    path = report.write_report(event, tmp_path / "bericht.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Auswertung: Fachtag" in text and "20.03.2017" in text
    lines = {" ".join(line.split()) for line in text.splitlines()}
    assert "Angemeldet 7" in lines and "Anwesend (gesamt) 5" in lines
    assert "Nicht erschienen (No-shows) 3 43 %" in lines
    assert "Kommune 3 3 0 0" in lines and "Initiative 0 1 1 0" in lines
    assert "(ohne Angabe) 1 0 0 1" in lines and "Forum 1 3 3 1 1" in lines
    plain = pdfium.PdfDocument(str(path))[0].get_textpage().get_text_range()  # reads rotated labels too
    assert "Ankünfte je 15 Minuten (Ortszeit)" in plain and "09:15" in plain and "10:00" in plain
    png = subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(path), str(tmp_path / "p")],
                         check=True)
    assert png.returncode == 0 and (tmp_path / "p.png").stat().st_size > 3000


def test_empty_event_report(store, tmp_path):
    f = report.figures(store)
    assert (f.total.registered, f.total.attended, f.arrivals) == (0, 0, [])
    text = subprocess.run(["pdftotext", str(report.write_report(store, tmp_path / "r.pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Noch keine Ankünfte" in text


def test_markup_characters_in_the_event_name_come_out_as_typed(store, tmp_path):
    name = 'Forum "Vor Ort" & Dortmund\'s <Zukunft>'
    store.set_event(name=name, venue="Rathaus <Saal 1>")
    text = subprocess.run(["pdftotext", str(report.write_report(store, tmp_path / "r.pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert f"Auswertung: {name}" in text and "Rathaus <Saal 1>" in text


def arrive(store, times_utc):
    """Register one person per time and check them in then."""
    with store.transaction():
        people = [{"first_name": "X", "last_name": f"P{i}"} for i in range(len(times_utc))]
        ids = store.insert_attendees(people)
        for attendee_id, at in zip(ids, times_utc):
            uuid = store._log(attendee_id, "check_in", "Empfang 1", at)
            store.conn.execute("INSERT INTO presence VALUES (?, ?, ?, ?)",
                               (attendee_id, uuid, at, "Empfang 1"))
    store.set_event("Fachtag", "2017-03-20", "Dortmund")


def pdf_plain(path):
    """The text of every page, rotated chart labels included."""
    return "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(str(path)))


def test_every_empty_slot_is_charted_and_each_day_on_its_own(store, tmp_path):
    # Berlin: 20.03. 09:05, 10:20, 14:35; 21.03. 08:50 and 09:10
    arrive(store, ["2017-03-20T08:05:00.000Z", "2017-03-20T09:20:00.000Z", "2017-03-20T13:35:00.000Z",
                   "2017-03-21T07:50:00.000Z", "2017-03-21T08:10:00.000Z"])
    figs = report.figures(store)
    slots = [(t.strftime("%d. %H:%M"), n) for t, n in figs.arrivals]
    first_day = [s for s in slots if s[0].startswith("20.")]
    assert first_day[0] == ("20. 09:00", 1) and first_day[-1] == ("20. 14:30", 1)
    assert len(first_day) == 23 and ("20. 10:30", 0) in first_day  # 09:00 to 14:30, gaps as zero
    assert [s for s in slots if s[0].startswith("21.")] == [("21. 08:45", 1), ("21. 09:00", 1)]
    assert report.dates_shown(figs)
    days = [day.isoformat() for day, _ in report.arrival_days(figs.arrivals)]
    assert days == ["2017-03-20", "2017-03-21"]
    step = report.label_step(23)
    labelled = [t.strftime("%H:%M") for t, _ in figs.arrivals[:23] if report.is_labelled(t, step)]
    assert 6 <= len(labelled) <= 16 and all(label[3:] in ("00", "30") for label in labelled)
    text = pdf_plain(report.write_report(store, tmp_path / "bericht.pdf"))
    assert "Montag, 20.03.2017" in text and "Dienstag, 21.03.2017" in text
    assert "12:00" in text  # a time nobody arrived at still has its place on the axis


def test_arrivals_on_another_day_than_the_event_show_their_date(store, tmp_path):
    arrive(store, ["2017-03-22T08:05:00.000Z", "2017-03-22T08:35:00.000Z"])
    figs = report.figures(store)
    assert report.dates_shown(figs)
    text = pdf_plain(report.write_report(store, tmp_path / "bericht.pdf"))
    assert "Mittwoch, 22.03.2017" in text
    store.set_event("Fachtag", "2017-03-22", "Dortmund")
    figs = report.figures(store)
    assert not report.dates_shown(figs)  # the event's own day: its date is in the title already
    text = pdf_plain(report.write_report(store, tmp_path / "bericht.pdf"))
    assert "22.03.2017" in text and "Mittwoch" not in text


def pdf_pages(path):
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def test_every_page_says_page_x_of_y(store, tmp_path):
    arrive(store, [f"2017-03-{day}T{hour:02d}:05:00.000Z" for day in range(20, 26) for hour in (7, 12)])
    pages = pdf_pages(report.write_report(store, tmp_path / "bericht.pdf"))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in page


def test_the_report_of_a_closed_event_fits_its_page(tmp_path):
    from checkin import privacy
    from checkin.demo import create_demo_event
    from checkin.store import EventStore

    with EventStore.open(tmp_path / "e.db", create=True) as store:
        create_demo_event(store, attendees=200, seed=2017)
        for attendee_id in range(1, 48):
            store.check_in(attendee_id, station="Empfang 1")
        for n in range(4):  # walk-ins without type or workshop: one more row in each table
            store.add_walk_in("Spontan", f"Gast {n}", station="Empfang 2")
        privacy.purge(store)
        pages = pdf_pages(report.write_report(store, tmp_path / "bericht.pdf"))
    assert len(pages) == 1, pages[1:]
    assert "Seite 1 von 1" in pages[0] and "anonymen Summen" in pages[0]
