"""The signed attendance list: renders, holds every name in reading order, 'Seite x von y'."""

from __future__ import annotations

import re
import subprocess

import pypdfium2 as pdfium
import pytest

from checkin.attendance_list import list_name, rows_per_page, write_attendance_list

RTL = re.compile("[\u0590-\u08ff]")


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def event(demo_store):
    demo_store.set_event(venue="Dietrich-Keuning-Haus, Dortmund")
    with demo_store.transaction():
        demo_store.insert_attendees([
            {"first_name": "Łucja", "last_name": "Ściebór", "organisation": "Gmina Łódź"},
            {"first_name": "Ιωάννης", "last_name": "Αντωνίου", "organisation": "Ελληνική Κοινότητα"},
            {"first_name": "Ömer", "last_name": "von der Heide", "organisation": "Stadt Herne"},
            {"first_name": "Gabi", "last_name": "Haas"}, {"first_name": "Ida", "last_name": "Hof"},
        ])
    return demo_store


def test_everyone_registered_on_numbered_pages(event, tmp_path):
    path = tmp_path / "liste.pdf"
    result = write_attendance_list(event, path, checked_in_only=False)
    people = list(event.all_attendees(order="name"))
    assert result.people == len(people) == 65
    assert result.pages == -(-65 // rows_per_page()) >= 2
    pdf = pdfium.PdfDocument(str(path))
    assert len(pdf) == result.pages
    width, height = pdf[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von {result.pages}" in text
        assert "Integration vor Ort leben" in text and "20.03.2017" in text
        assert "Dietrich-Keuning-Haus, Dortmund" in text and "Unterschrift" in text
    whole = "\n".join(pages)
    positions = []
    for person in people:
        name = list_name(person)
        if RTL.search(name):  # set in visual order: check the words are all there
            assert all(word.strip(".,") in whole for word in name.split()), name
            continue
        assert name in whole, name
        positions.append(whole.index(name))
    assert positions == sorted(positions)  # the order a German reader expects
    assert whole.index("Haas, Gabi") < whole.index("von der Heide, Ömer") < whole.index("Hof, Ida")
    assert "Ściebór, Łucja" in whole and "Αντωνίου, Ιωάννης" in whole


def test_only_checked_in(event, tmp_path):
    ids = [a.id for a in event.all_attendees(order="id")]
    for attendee_id in ids[:5]:
        event.check_in(attendee_id, station="Empfang 1")
    event.undo(ids[0], station="Empfang 1")
    path = tmp_path / "anwesend.pdf"
    result = write_attendance_list(event, path, checked_in_only=True)
    assert (result.people, result.pages) == (4, 1)
    text = pdf_text(path)
    assert "Anwesende (eingecheckt): 4" in text and "Seite 1 von 1" in text
    for attendee_id in ids[1:5]:
        assert list_name(event.attendee(attendee_id)) in text
    assert list_name(event.attendee(ids[0])) not in text


def test_fonts_are_embedded_and_it_renders(event, tmp_path):
    path = tmp_path / "liste.pdf"
    write_attendance_list(event, path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "NotoSans-Regular" in fonts and "NotoSans-Bold" in fonts
    for line in fonts.splitlines()[2:]:
        if "Noto" in line:
            assert " yes yes " in line  # embedded, subset
    page = pdfium.PdfDocument(str(path))[0]
    image = page.render(scale=0.5).to_pil().convert("L")
    dark = sum(image.histogram()[:128])
    assert dark > 2000  # text and the table grid were drawn


def test_an_empty_list_still_has_its_header(store, tmp_path):
    result = write_attendance_list(store, tmp_path / "leer.pdf", checked_in_only=True)
    assert (result.people, result.pages) == (0, 1)
    text = pdf_text(tmp_path / "leer.pdf")
    assert "Keine Einträge" in text and "Seite 1 von 1" in text


def test_the_header_counts_walk_ins_apart_as_the_report_does(event, tmp_path):
    from checkin import report

    ids = [a.id for a in event.all_attendees(order="id")]
    for attendee_id in ids[:3]:
        event.check_in(attendee_id, station="Empfang 1")
    event.add_walk_in("Wilma", "Spontan", station="Empfang 2")
    event.add_walk_in("Kurt", "Spät", station="Empfang 2")
    registered = report.figures(event).total.registered
    assert registered == 65
    everyone = pdf_text(write_attendance_list(event, tmp_path / "alle.pdf", checked_in_only=False).path)
    assert "Alle Personen: 67 (65 angemeldet, 2 spontan)" in everyone
    assert "Alle Angemeldeten" not in everyone
    came = pdf_text(write_attendance_list(event, tmp_path / "da.pdf", checked_in_only=True).path)
    assert "Anwesende (eingecheckt): 5 (3 angemeldet, 2 spontan)" in came
