"""Badge PDFs on every preset: every QR code decodes to the right person at 300 dpi, every
name is real text inside its badge and clear of the QR code, fonts are embedded."""

import dataclasses
import json
import re
import subprocess
import unicodedata

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm

from checkin import badges, typeset
from checkin.layouts import all_layouts, positions

DPI = 300
SCALE = DPI / 72
PRESETS = [layout.name for layout in all_layouts() if layout.source == "preset"]
# The demo event's first six people need a fallback font or right-to-left shaping.
SPECIAL_NAMES = ["Nguyễn", "Thi Lan", "Wiśniewska", "Yılmaz", "Олена", "Коваленко", "Αλέξανδρος",
                 "Παπαδόπουλος", "سمير", "الحداد"]


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    """The demo event's first 23 people (by id): the special names plus enough to fill
    more than two A4 sheets."""
    from checkin.demo import create_demo_event
    from checkin.store import EventStore

    path = tmp_path_factory.mktemp("badges") / "event.db"
    with EventStore.open(path, create=True) as store:
        create_demo_event(store, attendees=23, seed=7)
        yield store.event, list(store.all_attendees(order="id"))


def _inside(box, rect, tolerance=0.5):
    left, bottom, right, top = box
    x, y, w, h = rect
    return (left >= x - tolerance and right <= x + w + tolerance
            and bottom >= y - tolerance and top <= y + h + tolerance)


def _overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("layout_name", PRESETS)
def test_every_qr_code_decodes_to_its_person_and_text_stays_in_its_badge(people, layout_name, tmp_path):
    event, attendees = people
    layout = badges.get_layout(layout_name)
    skip = 1 if layout.badges_per_page > 1 else 0  # a partly used sheet
    options = badges.BadgeOptions(layout=layout, event=event, skip=skip)
    pdf_path = tmp_path / f"{layout_name}.pdf"
    pages = badges.render_pdf(attendees, pdf_path, options)
    per_page = layout.badges_per_page
    slots = [None] * skip + attendees
    assert pages == -(-len(slots) // per_page)
    rects = [(x * mm, y * mm, w * mm, h * mm) for x, y, w, h in positions(layout)]

    pdf = pdfium.PdfDocument(pdf_path)
    assert len(pdf) == pages
    decoded_total = 0
    for number in range(pages):
        page = pdf[number]
        width_pt, height_pt = page.get_size()
        assert (round(width_pt / mm, 1), round(height_pt / mm, 1)) == (
            round(layout.page_width_mm, 1), round(layout.page_height_mm, 1))
        expected = {i: slots[number * per_page + i] for i in range(per_page)
                    if number * per_page + i < len(slots) and slots[number * per_page + i] is not None}
        image = page.render(scale=SCALE).to_pil()
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        qr_boxes = []
        seen = {}
        for code in found:
            corners = [code.position.top_left, code.position.top_right,
                       code.position.bottom_left, code.position.bottom_right]
            xs = [p.x / SCALE for p in corners]
            ys = [height_pt - p.y / SCALE for p in corners]
            centre = (sum(xs) / 4, sum(ys) / 4)
            slot = next(i for i, r in enumerate(rects) if _inside((*centre, *centre), r, 0))
            seen[slot] = code.text
            qr_boxes.append((min(xs), min(ys), max(xs), max(ys)))
            # at least 15 mm wide on A6 (quiet zone included: 29 modules of 21 are code)
            if layout_name == "a6":
                assert (max(xs) - min(xs)) * 29 / 21 >= 15 * mm
        assert seen == {slot: a.code for slot, a in expected.items()}, f"page {number + 1}"
        decoded_total += len(seen)

        text_page = page.get_textpage()
        inked = 0
        for i in range(text_page.count_chars()):
            box = text_page.get_charbox(i)
            if box[2] - box[0] <= 0:  # spaces and line ends have no ink
                continue
            inked += 1
            assert any(_inside(box, rects[slot]) for slot in expected), (layout_name, number, i, box)
            assert not any(_overlap(box, qr) for qr in qr_boxes), (layout_name, number, i, box)
        assert inked > 10 * len(expected)
    assert decoded_total == len(attendees)


def test_special_names_are_real_text_and_fonts_are_embedded(people, tmp_path):
    event, attendees = people
    path = tmp_path / "special.pdf"
    badges.render_pdf(attendees[:6], path, badges.BadgeOptions(layout=badges.get_layout("a6"), event=event))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # Arabic is set in its shaped (presentation) forms; NFKC maps them back to the letters.
    text = unicodedata.normalize("NFKC", text)
    for name in SPECIAL_NAMES:
        assert name in text, name
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert {row[0].split("+")[-1] for row in rows} == {"NotoSans-Bold", "NotoSans-Regular",
                                                       "NotoSansArabic-Bold", "NotoSansArabic-Regular"}
    for row in rows:
        assert row[-5:-2] == ["yes", "yes", "yes"], row  # embedded, subset, ToUnicode


def test_a_letter_no_font_has_is_a_visible_replacement_not_an_empty_box(without_fontconfig):
    parts, _ = typeset.runs("Anna አበበ", typeset.REGULAR)  # Ethiopic: in none of the fonts
    assert "".join(text for text, _ in parts) == "Anna \ufffd\ufffd\ufffd"
    from reportlab.pdfbase import pdfmetrics

    for text, font in parts:
        charmap = pdfmetrics.getFont(font).face.charToGlyph
        assert all(ord(ch) in charmap for ch in text)


def test_the_badges_with_letters_no_font_has_are_named_with_those_letters(without_fontconfig, people):
    _event, attendees = people
    abebe = dataclasses.replace(attendees[0], first_name="Abebe", last_name="አበበ ቢቂላ", title="",
                                organisation="Äthiopischer Verein Dortmund", category="")
    assert typeset.unprintable("አበበ ቢቂላ") == "አበቢቂላ"
    assert typeset.unprintable("Müller-Łukasiewicz Αλέξανδρος سمير") == ""  # embedded fonts have them
    assert badges.unprintable([*attendees, abebe]) == [(abebe, "አበቢቂላ")]


def test_badges_command_warns_of_letters_no_font_has_and_still_writes_them(without_fontconfig, tmp_path,
                                                                            capsys):
    from checkin import cli
    from checkin.store import EventStore

    db = tmp_path / "event.db"
    with EventStore.open(db, create=True) as store:
        store.set_event(name="Tag der Begegnung", date="2017-03-20", venue="Dortmund")
        store.add_walk_in("Abebe", "ቢቂላ", "Desk")
        store.add_walk_in("Anna", "Schmidt", "Desk")
    out = tmp_path / "badges.pdf"
    assert cli.main(["--db", str(db), "badges", "-o", str(out), "--json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [(p["name"], p["letters"]) for p in data["unprintable"]] == [("Abebe ቢቂላ", "ቢቂላ")]
    assert data["badges"] == 2 and out.stat().st_size > 1000
    assert "1 badge with letters no font on this computer has" in captured.err
    assert "Abebe ቢቂላ (ቢቂላ)" in captured.err and "fonts-noto-core" in captured.err


def test_hebrew_korean_and_thai_names_take_a_font_fontconfig_finds(tmp_path):
    """No embedded font and not Droid Sans Fallback has them (Droid has a few hundred Hangul
    syllables, not 김); fontconfig names a TrueType font that does (DejaVu or Noto Sans Hebrew,
    NanumGothic from fonts-nanum, Noto Sans Thai; ./dev.sh installs them). They print as real
    text in an embedded font, never as U+FFFD."""
    from checkin.store import EventStore

    names = [("Sara", "שרה כהן"), ("Min-jun", "김민준"), ("Somchai", "สมชาย ใจดี")]
    for _, last in names:
        parts, width = typeset.runs(last, typeset.REGULAR)
        assert "\ufffd" not in "".join(text for text, _ in parts) and width > 1
        assert all(font.startswith(("CheckinSystem", "CheckinSans")) for _, font in parts), parts
    with EventStore.open(tmp_path / "scripts.db", create=True, event_name="Test") as store:
        with store.transaction():
            store.insert_attendees([{"first_name": f, "last_name": l} for f, l in names])
        options = badges.BadgeOptions(layout=badges.get_layout("a6"), event=store.event)
        badges.render_pdf(list(store.all_attendees()), tmp_path / "scripts.pdf", options)
    text = subprocess.run(["pdftotext", str(tmp_path / "scripts.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "김민준" in text and "สมชาย" in text and "\ufffd" not in text
    assert "כהן" in text or "ןהכ" in text  # right to left: poppler may give it in either order
    fonts = subprocess.run(["pdffonts", str(tmp_path / "scripts.pdf")], capture_output=True, text=True,
                           check=True).stdout
    assert "Nanum" in fonts and "Thai" in fonts


def test_an_emoji_in_a_name_is_left_out_not_printed_as_a_replacement():
    parts, width = typeset.runs("Zoë 🎉\u200d", typeset.BOLD)
    assert parts == (("Zoë", "CheckinSans-Bold"),)
    assert width == typeset.runs("Zoë", typeset.BOLD)[1]  # no trailing space to push the centre


def test_chinese_names_take_the_computers_broad_font(tmp_path, monkeypatch):
    """Droid Sans Fallback (Debian's fonts-droid-fallback, which ./dev.sh installs) sets Chinese,
    Japanese and Korean names; the PDF embeds a subset and the text stays real text. Without
    such a font on the computer the letters show as U+FFFD."""
    from pathlib import Path

    assert Path(typeset._SYSTEM_FALLBACKS[0]).is_file(), "./dev.sh installs fonts-droid-fallback"
    parts, _ = typeset.runs("李 小龙", typeset.BOLD)
    assert parts == (("李 小龙", "CheckinFallback"),)
    from checkin.store import EventStore

    with EventStore.open(tmp_path / "cjk.db", create=True, event_name="Test") as store:
        with store.transaction():
            store.insert_attendees([{"first_name": "小龙", "last_name": "李", "organisation": "Stadt Dortmund"}])
        options = badges.BadgeOptions(layout=badges.get_layout("a6"), event=store.event)
        badges.render_pdf(list(store.all_attendees()), tmp_path / "cjk.pdf", options)
    text = subprocess.run(["pdftotext", str(tmp_path / "cjk.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "小龙" in text and "李" in text and "\ufffd" not in text
    fonts = subprocess.run(["pdffonts", str(tmp_path / "cjk.pdf")], capture_output=True, text=True, check=True).stdout
    assert "DroidSansFallback" in fonts

    monkeypatch.setattr(typeset, "_SYSTEM_FALLBACKS", ("/nowhere/no-such-font.ttf",))
    monkeypatch.setattr(typeset, "_fontconfig_files", lambda code: [])
    monkeypatch.setattr(typeset, "_system_charmaps", {})
    typeset._system_font.cache_clear()
    typeset._fallback_charmap.cache_clear()
    typeset.runs.cache_clear()
    try:
        parts, _ = typeset.runs("李 小龙", typeset.BOLD)
        assert "".join(text for text, _ in parts) == "\ufffd \ufffd\ufffd"
    finally:
        typeset._fallback_charmap.cache_clear()
        typeset._system_font.cache_clear()
        typeset.runs.cache_clear()


def test_greek_and_arabic_take_the_font_that_has_them():
    parts, _ = typeset.runs("Αλέξανδρος", typeset.BOLD)
    assert parts == (("Αλέξανδρος", "CheckinSans-Bold"),)
    parts, _ = typeset.runs("سمير", typeset.REGULAR)
    assert [font for _, font in parts] == ["CheckinSansArabic"]
    # shaped and in visual order: the first letter (seen) is drawn last, in its initial form
    assert unicodedata.normalize("NFKC", parts[0][0])[::-1] == "سمير"


def test_double_names_break_at_the_hyphen_and_particles_stay():
    lines, size = typeset.fit("Oberhausen-Wattenscheidt-Langendreer", typeset.REGULAR, width=150,
                              height=60, max_size=24, max_lines=2)
    assert len(lines) == 2 and lines[0].endswith("-") and "".join(lines) == "Oberhausen-Wattenscheidt-Langendreer"
    assert max(typeset.text_width(line, typeset.REGULAR, size) for line in lines) <= 150.01
    lines, _ = typeset.fit("Maria von der Heide", typeset.REGULAR, width=80, height=60, max_size=24, max_lines=2)
    assert lines == ["Maria", "von der Heide"]
    assert typeset.split_lines("von der Heide", typeset.REGULAR, 2) == ["von der Heide"]


def test_a_name_that_cannot_break_shrinks_instead_of_overflowing():
    lines, size = typeset.fit("Wolfeschlegelsteinhausenbergerdorff", typeset.BOLD, width=100, height=40,
                              max_size=30, max_lines=2)
    assert lines == ["Wolfeschlegelsteinhausenbergerdorff"]
    assert 0 < size < 30
    assert typeset.text_width(lines[0], typeset.BOLD, size) <= 100.01


def test_text_with_a_smallest_size_is_cut_short_instead_of_shrinking_out_of_sight():
    org = ("Landesweite Koordinierungsstelle der Kommunalen Integrationszentren Nordrhein-Westfalen "
           "bei der Bezirksregierung Arnsberg Dezernat 36")
    lines, size = typeset.fit(org, typeset.REGULAR, width=150, height=30, max_size=12, max_lines=2,
                              min_size=6)
    assert size == 6 and len(lines) == 2 and lines[-1].endswith("…") and not lines[0].endswith("…")
    assert all(typeset.text_width(line, typeset.REGULAR, size) <= 150.01 for line in lines)
    assert " ".join(lines).rstrip("…").rstrip() in org  # words kept in order, nothing made up
    short = typeset.fit("Stadt Unna", typeset.REGULAR, width=150, height=30, max_size=12, max_lines=2,
                        min_size=6)
    assert short == (["Stadt Unna"], 12)  # what fits is untouched


def test_a_long_event_name_and_organisation_stay_readable_on_small_labels(tmp_path):
    """A 120-character event name was set at 2.6 pt on one line of an 80×50 mm label and a long
    organisation at 4.4 pt. The header now takes two lines, and what still does not fit at 6 pt is
    cut with "…", the date put first so it is never the part cut off."""
    from checkin.store import EventStore

    name = ("3. Landesweiter Fachtag der Kommunalen Integrationszentren Nordrhein-Westfalen: Teilhabe "
            "vor Ort gemeinsam gestalten und sichern")
    org = ("Landesweite Koordinierungsstelle der Kommunalen Integrationszentren Nordrhein-Westfalen "
           "bei der Bezirksregierung Arnsberg Dezernat 36")
    with EventStore.open(tmp_path / "long.db", create=True, event_name=name,
                         event_date="2017-03-20") as store:
        with store.transaction():
            store.insert_attendees([{"first_name": "Maximiliane-Charlotte", "organisation": org,
                                     "last_name": "Hohenzollern-Sigmaringen-Wittelsbach"}])
        people = list(store.all_attendees())
        for layout in ("avery-l4785", "brother-dk22205"):
            out = tmp_path / f"{layout}.pdf"
            badges.render_pdf(people, out, badges.BadgeOptions(layout=badges.get_layout(layout),
                                                               event=store.event))
            text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True,
                                  check=True).stdout
            assert "20.03.2017" in text, (layout, text)
            assert "Hohenzollern-" in text and "Sigmaringen-Wittelsbach" in text  # names are never cut
            sizes = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout
            word = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"'
            heights = [float(y2) - float(y1) for y1, y2 in re.findall(word, sizes)]
            assert heights and min(heights) >= 5.5, (layout, min(heights))  # ~6 pt text is ~6 pt tall


def test_a_right_to_left_name_before_a_comma_keeps_the_german_line_order():
    """The signed list writes "Last name, First name". With the base direction taken from the
    Hebrew last name, the line came out as "Sara ,<name>"; the list is German, left to right."""
    parts, _ = typeset.runs("שרה כהן, Sara", typeset.REGULAR)
    line = "".join(text for text, _ in parts)
    assert line.endswith(", Sara") and line.startswith("ןהכ הרש")  # the Hebrew run itself reversed
    import arabic_reshaper
    from bidi.algorithm import get_display

    name = "سمير الحداد"  # a name alone comes out as before, whatever the base direction
    assert typeset._visual(name) == get_display(arabic_reshaper.reshape(name))


def test_a_badge_shows_the_badge_fields_and_nothing_else_of_the_person(people):
    """What makes a printed badge out of date (checkin.domain.BADGE_FIELDS) is what it shows:
    changing any other field draws the same badge, changing one of these draws another."""
    from dataclasses import replace

    from checkin.domain import ATTENDEE_FIELDS, BADGE_FIELDS

    event, everyone = people
    person = replace(everyone[10], title="Dr.", category="Presse")
    options = badges.BadgeOptions(badges.get_layout("a6"), event=event)
    drawn = badges.render_bytes([person], options)
    others = {name: "anders" for name in ATTENDEE_FIELDS if name not in BADGE_FIELDS}
    others.update(photo_consent=True, walk_in=True, checked_in_at="2017-03-20T08:00:00.000Z", station="X",
                  extra={"PLZ": "44135"})
    assert badges.render_bytes([replace(person, **others)], options) == drawn
    for name in BADGE_FIELDS:
        assert badges.render_bytes([replace(person, **{name: "Anders"})], options) != drawn, name
