"""Printing badges through Qt: physical size, the print log only for jobs that went out,
print on check-in once, reprint, and the preview dialog."""

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.units import mm

from checkin import badges
from checkin.store import EventStore
from checkin.ui import badge_print

STATION = "Empfang 1"


@pytest.fixture
def pdf_printer(tmp_path):
    """A real QPrinter that writes what it prints to a PDF file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    return printer


@pytest.fixture
def problems(monkeypatch):
    shown = []
    monkeypatch.setattr(badge_print, "show_problem", lambda parent, message: shown.append(message))
    return shown


def qr_codes_mm(path, page_number=0):
    """``[(text, (centre_x_mm, centre_y_mm from the top-left))]`` of the QR codes on a page."""
    page = pdfium.PdfDocument(path)[page_number]
    scale = 300 / 72
    found = []
    for code in zxingcpp.read_barcodes(page.render(scale=scale).to_pil(), formats=zxingcpp.BarcodeFormat.QRCode):
        p = code.position
        xs = [c.x for c in (p.top_left, p.top_right, p.bottom_left, p.bottom_right)]
        ys = [c.y for c in (p.top_left, p.top_right, p.bottom_left, p.bottom_right)]
        found.append((code.text, (sum(xs) / 4 / scale / mm, sum(ys) / 4 / scale / mm)))
    return sorted(found)


@pytest.mark.parametrize("layout_name", ["a6", "avery-l4785", "thermal-4x3"])
def test_printing_keeps_physical_size_and_position(qtbot, demo_store, pdf_printer, tmp_path, layout_name,
                                                   problems):
    people = list(demo_store.all_attendees(order="id"))[:3]
    options = badges.options_for(demo_store, layout_name)
    original = tmp_path / "original.pdf"
    badges.render_pdf(people, original, options)

    assert badge_print.print_badges(None, demo_store, [a.id for a in people], STATION, ask=False,
                                    layout=layout_name, printer=pdf_printer)
    printed = tmp_path / "printed.pdf"
    document = pdfium.PdfDocument(printed)
    assert len(document) == len(pdfium.PdfDocument(original))
    width, height = document[0].get_size()
    assert abs(width / mm - options.layout.page_width_mm) < 0.5
    assert abs(height / mm - options.layout.page_height_mm) < 0.5
    before, after = qr_codes_mm(original), qr_codes_mm(printed)
    assert [text for text, _ in after] == [text for text, _ in before] and after
    for (_, (x0, y0)), (_, (x1, y1)) in zip(before, after):
        assert abs(x0 - x1) < 0.5 and abs(y0 - y1) < 0.5  # 100 %: not scaled, not moved
    assert [(e.station, e.reason, e.layout) for e in badges.print_log(demo_store)] == [
        (STATION, "bulk", layout_name)] * 3
    assert problems == []


@pytest.mark.parametrize("saved", ["text", "path"])
def test_a_saved_logo_that_is_not_an_image_is_a_clear_problem_not_a_crash(qtbot, demo_store, pdf_printer,
                                                                         tmp_path, problems, saved):
    import base64

    if saved == "text":
        demo_store.set_setting(badges.SETTING_LOGO_IMAGE, base64.b64encode(b"<svg/>").decode())
        name = "the event's logo"
    else:                                                          # a path saved by an older version
        (tmp_path / "logo.png").write_text("not a picture")
        demo_store.set_setting(badges.SETTING_LOGO, str(tmp_path / "logo.png"))
        name = str(tmp_path / "logo.png")
    person = next(demo_store.all_attendees())
    assert not badge_print.print_badges(None, demo_store, [person.id], STATION, ask=False,
                                        printer=pdf_printer)
    assert problems == [f"{name}: not an image checkin can read (PNG, JPEG, GIF, WebP)"]
    assert badges.print_log(demo_store) == [] and not (tmp_path / "printed.pdf").exists()


def test_a_cancelled_print_dialog_prints_and_logs_nothing(qtbot, demo_store, pdf_printer, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(badge_print, "ask_printer", lambda parent, printer: asked.append(printer) or False)
    person = next(demo_store.all_attendees())
    assert not badge_print.print_badges(None, demo_store, [person.id], STATION, printer=pdf_printer)
    assert asked and not (tmp_path / "printed.pdf").exists()
    assert badges.print_log(demo_store) == []


def test_a_failed_job_leaves_not_yet_printed(qtbot, demo_store, tmp_path, problems):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "out.pdf"))
    person = next(demo_store.all_attendees())
    assert not badge_print.print_badges(None, demo_store, [person.id], STATION, ask=False, printer=printer)
    assert problems and "not printed" in problems[0]
    assert not badges.is_printed(demo_store, person.id)
    assert len(badges.select_attendees(demo_store, not_printed=True)) == 60


def test_print_on_check_in_only_when_the_station_wants_it_and_only_once(qtbot, demo_store, pdf_printer,
                                                                          tmp_path, problems, monkeypatch):
    person = next(demo_store.all_attendees())
    demo_store.check_in(person.id, STATION)
    assert not badge_print.print_on_check_in(None, demo_store, person.id, STATION, printer=pdf_printer)
    assert badges.print_log(demo_store) == []

    badges.set_prints_on_check_in(demo_store, STATION, True)
    assert not badges.prints_on_check_in(demo_store, "Empfang 2")
    assert badge_print.print_on_check_in(None, demo_store, person.id, STATION, printer=pdf_printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    assert not badge_print.print_on_check_in(None, demo_store, person.id, STATION, printer=pdf_printer)
    assert [(e.attendee_id, e.reason) for e in badges.print_log(demo_store)] == [(person.id, "check_in")]

    asked = []
    monkeypatch.setattr(badge_print, "ask_printer", lambda parent, printer: asked.append(1) or True)
    assert badge_print.reprint(None, demo_store, person.id, "Empfang 2", printer=pdf_printer)
    assert asked == [1]  # a reprint goes through the print dialog
    assert [(e.station, e.reason) for e in badges.print_log(demo_store, person.id)] == [
        (STATION, "check_in"), ("Empfang 2", "reprint")]


def test_preview_dialog_shows_pages_saves_and_prints(qtbot, demo_store, tmp_path, monkeypatch, problems):
    ids = [a.id for a in demo_store.all_attendees()][:12]
    dialog = badge_print.BadgePreviewDialog(demo_store, ids, STATION)
    qtbot.addWidget(dialog)
    assert dialog.layout_name() == "a6"
    assert dialog.pages.count() == badge_print.PREVIEW_PAGES
    assert "12" in dialog.count_label.text()
    assert not dialog.skip_box.isEnabled()

    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("avery-l4785"))
    dialog.skip_box.setValue(9)  # 9 labels used: badge 1 on label 10, then a second sheet
    assert dialog.pages.count() == 3 and dialog.skip_box.isEnabled()
    assert dialog.save_to(str(tmp_path / "saved.pdf"))
    assert len(pdfium.PdfDocument(tmp_path / "saved.pdf")) == 3
    assert badges.print_log(demo_store) == []  # saving is not printing

    printed = tmp_path / "printed.pdf"

    def fake_dialog(parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(badge_print, "ask_printer", fake_dialog)
    dialog.print_button.click()
    assert dialog.printed and printed.exists()
    assert len(pdfium.PdfDocument(printed)) == 3
    log = badges.print_log(demo_store)
    assert len(log) == 12 and {e.layout for e in log} == {"avery-l4785"}


def test_saving_badges_keeps_the_old_pdf_on_a_full_disk_and_never_replaces_the_event(
        qtbot, demo_store, db_path, tmp_path, monkeypatch, problems):
    ids = [a.id for a in demo_store.all_attendees()][:3]
    dialog = badge_print.BadgePreviewDialog(demo_store, ids, STATION)
    qtbot.addWidget(dialog)
    old = tmp_path / "badges.pdf"
    old.write_bytes(b"%PDF-1.4 the organiser's earlier badges")
    real_write = Path.write_bytes

    def disk_full(self, data):
        real_write(self, data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(Path, "write_bytes", disk_full)
        assert not dialog.save_to(str(old))
    assert old.read_bytes() == b"%PDF-1.4 the organiser's earlier badges"
    assert not list(tmp_path.glob("*.part"))
    assert problems[-1] == f"Could not save {old}: No space left on device"
    assert not dialog.save_to(str(db_path))
    assert "it is an event database" in problems[-1]
    assert EventStore.open(db_path).count() == demo_store.count()


def test_menu_dialog_chooses_everyone_not_printed_or_checked_in(qtbot, demo_store):
    everyone = list(demo_store.all_attendees(order="id"))
    badges.record_prints(demo_store, [a.id for a in everyone[:50]], STATION, "a6")
    demo_store.check_in(everyone[7].id, STATION)
    dialog = badge_print.BadgePreviewDialog(demo_store, None, STATION)
    qtbot.addWidget(dialog)
    assert len(dialog.attendee_ids) == 60 and dialog.who_box.isVisibleTo(dialog)
    dialog.who_box.setCurrentIndex(dialog.who_box.findData("not_printed"))
    assert sorted(dialog.attendee_ids) == sorted(a.id for a in everyone[50:])
    dialog.who_box.setCurrentIndex(dialog.who_box.findData("checked_in"))
    assert dialog.attendee_ids == [everyone[7].id]
    dialog.who_box.setCurrentIndex(dialog.who_box.findData("all"))
    dialog.order_box.setCurrentIndex(dialog.order_box.findData("organisation"))
    assert dialog.attendee_ids == [a.id for a in badges.select_attendees(demo_store, sort="organisation")]

    # A badge printed before its organisation changed is out of date: "not yet printed" again.
    demo_store.correct(everyone[3].id, {"organisation": "Stadt Unna, Jugendamt"}, station=STATION)
    again = badge_print.BadgePreviewDialog(demo_store, None, STATION)
    qtbot.addWidget(again)
    again.who_box.setCurrentIndex(again.who_box.findData("not_printed"))
    assert sorted(again.attendee_ids) == sorted(a.id for a in [everyone[3], *everyone[50:]])


def test_badges_for_the_desks_search_results(qtbot, window, monkeypatch):
    """'Bulk: all, selected, or not yet printed': typing a search (an organisation, a family)
    and choosing Badges → Print badges… offers, and preselects, exactly the people that search
    finds, in the chosen order."""
    from conftest import type_keys

    store = window.store
    query = "Kreis Unna"
    if not store.search_ids(query):
        query = next(a.organisation for a in store.all_attendees())
    type_keys(window.desk.search, query, gap_ms=120)
    found = set(store.search_ids(query, limit=None))
    assert 0 < len(found) < store.count()
    shown = []
    real = badge_print.BadgePreviewDialog

    def capture(cls, parent, store_, ids, station, search=None):
        dialog = real(store_, ids, station, parent, search=search)
        shown.append(dialog)
        return False

    monkeypatch.setattr(badge_print.BadgePreviewDialog, "ask", classmethod(capture))
    window.badge_menu.print_action.trigger()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert dialog.who_box.currentData() == "search" and query in dialog.who_box.currentText()
    assert set(dialog.attendee_ids) == found
    assert dialog.attendee_ids == [a.id for a in badges.select_attendees(store, ids=found)]  # name order
    dialog.who_box.setCurrentIndex(dialog.who_box.findData("all"))
    assert len(dialog.attendee_ids) == store.count()


def test_badge_stock_is_named_in_the_windows_language(qtbot, demo_store, restore_app_state):
    from checkin.layouts import all_layouts
    from checkin.ui import i18n

    assert all(layout.title_de for layout in all_layouts())   # every preset has a German title
    i18n.install("de")
    dialog = badge_print.BadgePreviewDialog(demo_store, None, STATION)
    qtbot.addWidget(dialog)
    assert dialog.layout_box.itemText(dialog.layout_box.findData("a6")).startswith("a6 — A6 hochkant")
    i18n.install("en")
    dialog.retranslate()
    assert dialog.layout_box.itemText(dialog.layout_box.findData("a6")).startswith("a6 — A6 portrait")


def test_preview_names_the_badges_with_letters_no_font_has(qtbot, demo_store, without_fontconfig):
    """Printed, they would show � where the letters go: the organiser can still install a font."""
    dialog = badge_print.BadgePreviewDialog(demo_store, None, STATION)
    qtbot.addWidget(dialog)
    assert not dialog.font_warning.isVisibleTo(dialog)  # the demo's names are all in the embedded fonts
    abebe = demo_store.add_walk_in("Abebe", "ቢቂላ", STATION).attendee
    dialog = badge_print.BadgePreviewDialog(demo_store, None, STATION)
    qtbot.addWidget(dialog)
    assert dialog.font_warning.isVisibleTo(dialog)
    assert "1 badge with letters no font" in dialog.font_warning.text()  # (English plural forms)
    assert "Abebe ቢቂላ (ቢቂላ)" in dialog.font_warning.text() and "fonts-noto-core" in dialog.font_warning.text()
    assert abebe.id in dialog.attendee_ids and dialog.print_button.isEnabled()  # a warning, not a refusal


def test_save_as_pdf_suggests_the_events_folder_and_says_where_it_saved(qtbot, demo_store, db_path,
                                                                         monkeypatch):
    from checkin.ui import file_access

    asked = {}

    def dialog_answer(parent, title, suggested, pattern):
        asked["suggested"] = suggested
        return str(db_path.parent / "Namensschilder Tag 1"), pattern

    monkeypatch.setattr(file_access, "_file_name", lambda ask, *args, **kwargs: dialog_answer(*args))
    dialog = badge_print.BadgePreviewDialog(demo_store, None, STATION)
    qtbot.addWidget(dialog)
    dialog.save_as()
    saved = db_path.parent / "Namensschilder Tag 1.pdf"
    assert asked["suggested"] == str(db_path.parent / "badges.pdf") and saved.exists()
    assert f"Saved as {saved}" in dialog.count_label.text()
