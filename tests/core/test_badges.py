"""Badge layouts, choosing whom to print, the print log, and the badges/layouts commands."""

import json
import re

import pypdfium2 as pdfium
import pytest

from checkin import badges, cli, layouts
from checkin.search import din5007_2, sort_key
from checkin.store import EventStore


def run(db_path, *argv):
    return cli.main(["--db", str(db_path), *argv])


# -- layouts ---------------------------------------------------------------------------------

def test_presets_cover_the_stock_organisers_buy():
    found = {item.name: item for item in layouts.all_layouts()}
    assert {"a6", "avery-l4785", "durable-1445", "durable-1456", "brother-dk22205", "thermal-4x3"} <= set(found)
    avery = found["avery-l4785"]
    assert (avery.label_width_mm, avery.label_height_mm, avery.left_mm, avery.top_mm,
            avery.pitch_x_mm, avery.pitch_y_mm, avery.badges_per_page) == (80, 50, 18, 13, 95, 55, 10)
    assert (found["durable-1456"].label_width_mm, found["durable-1456"].label_height_mm,
            found["durable-1456"].badges_per_page) == (90, 60, 8)
    assert (found["thermal-4x3"].page_width_mm, found["thermal-4x3"].page_height_mm) == (101.6, 76.2)


def test_positions_follow_the_grid_and_the_offsets():
    avery = layouts.get_layout("avery-l4785")
    rects = layouts.positions(avery)
    assert rects[0] == (18, 297 - 13 - 50, 80, 50)
    assert rects[1][0] == 18 + 95 and rects[2][1] == 297 - 13 - 55 - 50
    moved = layouts.positions(avery, offset_x_mm=1.5, offset_y_mm=-2)
    assert moved[0][:2] == (19.5, 297 - 11 - 50)


def test_a_users_own_layout_is_listed_and_can_replace_a_preset(checkin_home):
    folder = layouts.user_layouts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    mine = {"name": "vereinsdruck", "title": "Our 3x3 sheet", "page_width_mm": 210, "page_height_mm": 297,
            "label_width_mm": 60, "label_height_mm": 80, "columns": 3, "rows": 3, "left_mm": 10,
            "top_mm": 20, "pitch_x_mm": 65, "pitch_y_mm": 85}
    (folder / "vereinsdruck.json").write_text(json.dumps(mine))
    layout = layouts.get_layout("vereinsdruck")
    assert layout.badges_per_page == 9 and layout.source.endswith("vereinsdruck.json")


@pytest.mark.parametrize("change, message", [
    ({"columns": 0}, "'columns' must be a whole number"),
    ({"pitch_x_mm": "95"}, "'pitch_x_mm' must be a number"),
    ({"colour": "red"}, "unknown key 'colour'"),
    ({"left_mm": 60}, "do not fit on the page"),
])
def test_a_broken_layout_file_is_named_with_its_problem(checkin_home, change, message):
    folder = layouts.user_layouts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = layouts.get_layout("avery-l4785").to_json()
    for key in ("source", "badges_per_page"):
        data.pop(key)
    data.update(name="broken", **change)
    (folder / "broken.json").write_text(json.dumps(data))
    with pytest.raises(layouts.LayoutError, match=message) as info:
        layouts.all_layouts()
    assert "broken.json" in str(info.value)
    with pytest.raises(layouts.LayoutError, match=message):
        layouts.get_layout("broken")
    assert layouts.get_layout("a6").name == "a6"  # one broken file does not stop the others
    assert "broken" not in {item.name for item in layouts.all_layouts(strict=False)}


@pytest.mark.parametrize("change, message", [
    ({"margin_mm": None}, "'margin_mm' must be a number >= 0, not None"),
    ({"name": 5}, "'name' must be a text, not 5"),
    ({"title": ["x"]}, "'title' must be a text"),
    ({"label_width_mm": 100, "label_height_mm": 60, "pitch_x_mm": 100, "pitch_y_mm": 60, "left_mm": 5,
      "margin_mm": 40}, "'margin_mm' 40 leaves no room on a 100x60 mm badge (at most 24)"),
    ({"pitch_x_mm": 70}, "'pitch_x_mm' 70 is less than 'label_width_mm' 80: the badges would overlap"),
    ({"page_width_mm": 0}, "'page_width_mm' must be more than 0"),
])
def test_a_layout_with_wrong_types_or_sizes_names_the_file_and_the_key(checkin_home, demo_store, db_path,
                                                                      tmp_path, capsys, change, message):
    folder = layouts.user_layouts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = layouts.get_layout("avery-l4785").to_json()
    for key in ("source", "badges_per_page"):
        data.pop(key)
    data.update({"name": "mine", **change})
    (folder / "mine.json").write_text(json.dumps(data))
    with pytest.raises(layouts.LayoutError, match=re.escape(message)) as info:
        layouts.all_layouts()
    assert "mine.json" in str(info.value)
    out = tmp_path / "badges.pdf"
    if isinstance(data["name"], str):
        assert run(db_path, "badges", "-o", str(out), "--layout", "mine") == 2
        err = capsys.readouterr().err
        assert message in err and "mine.json" in err and err.count("\n") == 1
        assert not out.exists()


def test_a_broken_user_layout_is_left_out_with_a_warning_not_fatal(checkin_home, demo_store, db_path,
                                                                   tmp_path, capsys):
    folder = layouts.user_layouts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kaputt.json").write_text('{"name": "kaputt", "columns": ')
    assert run(db_path, "layouts") == 0
    captured = capsys.readouterr()
    assert "avery-l4785" in captured.out and "kaputt" not in captured.out
    (warning,) = captured.err.splitlines()
    assert warning.startswith("checkin: warning: ") and "kaputt.json: not a readable layout file" in warning
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--layout", "avery") == 2
    err = capsys.readouterr().err
    assert err.startswith("checkin: unknown layout 'avery'; known: a6, avery-l4785") and err.count("\n") == 1
    assert "1 broken layout file(s) left out" in err
    assert run(db_path, "badges", "-o", str(out), "--layout", "avery-l4785") == 0
    assert run(db_path, "badges", "-o", str(out), "--layout", "kaputt") == 2
    assert "kaputt.json: not a readable layout file" in capsys.readouterr().err


# -- selection and print log -----------------------------------------------------------------

def test_selection_sorts_by_din_5007_name_or_organisation(demo_store):
    by_name = badges.select_attendees(demo_store)
    assert len(by_name) == 60
    keys = [sort_key(a.last_name, a.first_name) for a in by_name]
    assert keys == sorted(keys)
    by_org = badges.select_attendees(demo_store, sort="organisation")
    keys = [(not a.organisation, din5007_2(a.organisation), sort_key(a.last_name, a.first_name))
            for a in by_org]
    assert keys == sorted(keys)


def test_organisation_order_is_din_5007_then_name_and_people_without_one_come_last(store):
    people = [("Zentrum für Kunst", "Abel"), ("", "Adler"), ("Ökumenisches Forum", "Berg"),
              ("Ärztekammer Nordrhein", "Zorn"), ("ärztekammer Nordrhein", "Amsel"), ("Oberschule", "Kurz"),
              ("Amt für Umwelt", "Weiß"), ("  ", "Bauer")]
    with store.transaction():
        store.insert_attendees([{"first_name": "Kim", "last_name": last, "organisation": org}
                                for org, last in people])
    order = [a.last_name for a in badges.select_attendees(store, sort="organisation")]
    assert order == ["Amsel", "Zorn", "Weiß", "Kurz", "Berg", "Abel", "Adler", "Bauer"]


def test_selection_by_codes_checked_in_and_not_printed(demo_store):
    everyone = list(demo_store.all_attendees(order="id"))
    chosen = badges.select_attendees(demo_store, codes=[everyone[3].code, everyone[1].code.lower()])
    assert {a.id for a in chosen} == {everyone[3].id, everyone[1].id}
    demo_store.check_in(everyone[5].id, station="Desk 1")
    assert [a.id for a in badges.select_attendees(demo_store, checked_in=True)] == [everyone[5].id]
    assert badges.record_prints(demo_store, [everyone[0].id, everyone[1].id], "Desk 2", "a6") == 2
    remaining = badges.select_attendees(demo_store, not_printed=True)
    assert len(remaining) == 58 and everyone[0].id not in {a.id for a in remaining}
    with pytest.raises(badges.BadgeError, match="unknown code: 'NOPE'"):
        badges.select_attendees(demo_store, codes=["NOPE"])


def test_print_log_says_who_when_where_and_which_layout(demo_store):
    person = next(demo_store.all_attendees())
    assert not badges.is_printed(demo_store, person.id)
    badges.record_prints(demo_store, [person.id], "Desk 1", "a6", reason="check_in", printed_by="anna")
    badges.record_prints(demo_store, [person.id], "Desk 2", "a6", reason="reprint", printed_by="ben")
    log = badges.print_log(demo_store, person.id)
    assert [(e.station, e.printed_by, e.reason, e.layout) for e in log] == [
        ("Desk 1", "anna", "check_in", "a6"), ("Desk 2", "ben", "reprint", "a6")]
    assert log[0].at.endswith("Z") and badges.is_printed(demo_store, person.id)


def test_settings_give_layout_offsets_and_colours(demo_store):
    demo_store.set_setting(badges.SETTING_LAYOUT, "durable-1456")
    demo_store.set_setting(badges.SETTING_OFFSET_X, "1.5")
    demo_store.set_setting(badges.SETTING_COLOURS, json.dumps({"Presse": "#000000"}))
    options = badges.options_for(demo_store)
    assert (options.layout.name, options.offset_x_mm, options.offset_y_mm) == ("durable-1456", 1.5, 0.0)
    assert options.colours["Presse"] == "#000000" and options.colours["Orga"] == badges.RIBBON_COLOURS["Orga"]
    assert badges.options_for(demo_store, "a6", offset_y_mm=-1).offset_y_mm == -1
    demo_store.set_setting(badges.SETTING_OFFSET_Y, "links")
    with pytest.raises(badges.BadgeError, match="badge_offset_y_mm is not a number"):
        badges.options_for(demo_store)


def test_a_missing_logo_is_a_clear_error_and_no_file_is_left(demo_store, tmp_path):
    options = badges.options_for(demo_store, "a6", logo=str(tmp_path / "logo.png"))
    files_before = set(tmp_path.iterdir())
    with pytest.raises(badges.BadgeError, match="logo file not found"):
        badges.render_pdf(list(demo_store.all_attendees())[:2], tmp_path / "out.pdf", options)
    assert set(tmp_path.iterdir()) == files_before                # no PDF, no scratch file


def test_a_logo_is_drawn(demo_store, tmp_path):
    from PIL import Image

    Image.new("RGB", (120, 40), "red").save(tmp_path / "logo.png")
    options = badges.options_for(demo_store, "a6", logo=str(tmp_path / "logo.png"))
    badges.render_pdf(list(demo_store.all_attendees())[:1], tmp_path / "out.pdf", options)
    image = pdfium.PdfDocument(tmp_path / "out.pdf")[0].render(scale=1).to_pil().convert("RGB")
    reds = sum(n for n, (r, g, b) in image.getcolors(1 << 20) if r > 200 and g < 60 and b < 60)
    assert reds > 100


def test_category_ribbon_has_its_colour(store, tmp_path):
    with store.transaction():
        store.insert_attendees([{"first_name": "Pia", "last_name": "Presse", "category": "Presse"}])
    options = badges.options_for(store, "a6")
    badges.render_pdf(store.all_attendees(), tmp_path / "out.pdf", options)
    image = pdfium.PdfDocument(tmp_path / "out.pdf")[0].render(scale=1).to_pil().convert("RGB")
    width, height = image.size
    assert image.getpixel((width // 10, height - 3)) == (0x1F, 0x5F, 0xA8)


def test_category_ribbons_match_any_case_and_common_variants(store, tmp_path):
    red, blue, green, purple, grey = (0xB3, 0x26, 0x1E), (0x1F, 0x5F, 0xA8), (0x23, 0x7A, 0x46), \
        (0x7B, 0x3F, 0xA0), (0x55, 0x55, 0x55)
    expected = {"Referent/in": red, "Referent": red, "referentin": red, "Referent*innen": red, "Speaker": red,
                "Presse": blue, "presse": blue, "Press": blue, "Orga": green, "Organisation team": green,
                "Team": green, "STAFF": green, "Gast": purple, "Gäste": purple, "guest": purple,
                "Teilnehmer/in": grey, "VIP": (0, 0, 0)}
    store.set_setting(badges.SETTING_COLOURS, json.dumps({"vip": "#000000"}))
    with store.transaction():
        store.insert_attendees([{"first_name": "Kim", "last_name": f"Person{i:02d}", "category": category}
                                for i, category in enumerate(expected)])
    badges.render_pdf(store.all_attendees(), tmp_path / "out.pdf", badges.options_for(store, "a6"))
    found = {}
    for page, category in zip(pdfium.PdfDocument(tmp_path / "out.pdf"), expected):
        image = page.render(scale=1).to_pil().convert("RGB")
        found[category] = image.getpixel((image.size[0] // 10, image.size[1] - 3))
    assert found == expected


# -- the commands ----------------------------------------------------------------------------

def test_layouts_command_lists_presets_as_json(db_path, capsys, store):
    assert run(db_path, "layouts", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    a6 = next(item for item in data if item["name"] == "a6")
    assert (a6["page_width_mm"], a6["page_height_mm"], a6["badges_per_page"]) == (105, 148, 1)


def test_badges_command_writes_pdf_and_marks_printed_only_when_asked(demo_store, db_path, tmp_path, capsys):
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--layout", "avery-l4785", "--skip", "5", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result == {"output": str(out), "layout": "avery-l4785", "badges": 60, "pages": 7,
                      "marked_printed": False, "unprintable": []}
    assert len(pdfium.PdfDocument(out)) == 7
    with EventStore.open(db_path) as store:
        assert badges.printed_ids(store) == set()
    code = next(demo_store.all_attendees()).code
    assert run(db_path, "badges", "-o", str(out), "--codes", code, "--mark-printed", "--station", "Desk 9") == 0
    assert f"1 badge on 1 page (a6) written to {out} (marked as printed)\n" == capsys.readouterr().out
    with EventStore.open(db_path) as store:
        (entry,) = badges.print_log(store)
        assert (entry.station, entry.layout) == ("Desk 9", "a6")
    assert run(db_path, "badges", "-o", str(out), "--not-printed", "--json") == 0
    assert json.loads(capsys.readouterr().out)["badges"] == 59
    assert run(db_path, "badges", "-o", str(out), "--layout", "avery-l4785", "--not-printed") == 0
    assert capsys.readouterr().out.startswith("59 badges on 6 pages (avery-l4785)")


def test_badges_codes_are_read_as_leniently_as_a_scan(demo_store, db_path, tmp_path, capsys):
    first, second = list(demo_store.all_attendees(order="id"))[:2]
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--json", "--codes",
               f"https://example.org/c/{first.code.lower()}?x=1", f" {second.code}\n") == 0
    assert json.loads(capsys.readouterr().out)["badges"] == 2
    assert run(db_path, "badges", "-o", str(out), "--codes", "https://example.org/c/nothing") == 2
    assert "unknown code: 'https://example.org/c/nothing'" in capsys.readouterr().err


def test_badges_command_with_nobody_to_print_writes_no_file(demo_store, db_path, tmp_path, capsys):
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--checked-in") == 0
    assert "nobody matches" in capsys.readouterr().out
    assert not out.exists()


def test_badges_command_saves_layout_offsets_and_logo(demo_store, db_path, tmp_path):
    from PIL import Image

    Image.new("RGB", (60, 20), "blue").save(tmp_path / "logo.png")
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--layout", "durable-1445", "--offset-x", "-1.2",
               "--offset-y", "0.8", "--logo", str(tmp_path / "logo.png"), "--save-settings") == 0
    with EventStore.open(db_path) as store:
        options = badges.options_for(store)
        assert (options.layout.name, options.offset_x_mm, options.offset_y_mm) == ("durable-1445", -1.2, 0.8)
        assert options.logo == (tmp_path / "logo.png").read_bytes()


def _reds(pdf) -> int:
    image = pdfium.PdfDocument(pdf)[0].render(scale=1).to_pil().convert("RGB")
    return sum(n for n, (r, g, b) in image.getcolors(1 << 20) if r > 200 and g < 60 and b < 60)


def test_the_saved_logo_travels_with_the_event_file(demo_store, db_path, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 20), "red").save(logo)
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--logo", str(logo), "--save-settings") == 0
    demo_store.close()
    desk = tmp_path / "laptop2" / "desk.db"                       # a desk copy on another laptop
    desk.parent.mkdir()
    with EventStore.open(db_path) as store:
        store.conn.execute("VACUUM INTO ?", (str(desk),))
    logo.unlink()
    assert run(desk, "badges", "-o", str(out)) == 0
    assert _reds(out) > 100
    with EventStore.open(desk) as store:
        values = [value for value, in store.conn.execute("SELECT value FROM settings")]
    assert not any(str(tmp_path) in value for value in values)


def test_an_older_saved_logo_path_still_works_and_a_new_logo_replaces_it(demo_store, db_path, tmp_path):
    from PIL import Image

    Image.new("RGB", (60, 20), "red").save(tmp_path / "old.png")
    demo_store.set_setting(badges.SETTING_LOGO, str(tmp_path / "old.png"))
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out)) == 0
    assert _reds(out) > 100
    Image.new("RGB", (60, 20), "white").save(tmp_path / "new.png")
    assert run(db_path, "badges", "-o", str(out), "--logo", str(tmp_path / "new.png"), "--save-settings") == 0
    assert demo_store.setting(badges.SETTING_LOGO) is None
    assert run(db_path, "badges", "-o", str(out)) == 0
    assert _reds(out) == 0


@pytest.mark.parametrize("content", [
    b"hello\n",                                                   # a text file named .png
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    "truncated",
])
def test_a_logo_that_is_not_an_image_is_one_clear_line(demo_store, db_path, tmp_path, capsys, content):
    from PIL import Image

    logo = tmp_path / "logo.png"
    if content == "truncated":
        Image.effect_noise((300, 100), 60).save(logo)
        content = logo.read_bytes()[:400]
    logo.write_bytes(content)
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--logo", str(logo), "--save-settings") == 2
    err = capsys.readouterr().err
    assert err == f"checkin: {logo}: not an image checkin can read (PNG, JPEG, GIF, WebP)\n"
    assert not out.exists() and demo_store.setting(badges.SETTING_LOGO_IMAGE) is None


def test_a_logo_over_2_mb_is_refused(demo_store, db_path, tmp_path, capsys):
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2 * 1024 * 1024))
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--logo", str(big), "--save-settings") == 2
    err = capsys.readouterr().err
    assert "big.png: the logo is 2,049 KB; use an image of at most 2,048 KB" in err and err.count("\n") == 1
    assert not out.exists() and demo_store.setting(badges.SETTING_LOGO_IMAGE) is None


@pytest.mark.parametrize("argv, message", [
    (["--skip", "99", "--offset-x", "3"], "--skip must be between 0 and 0"),
    (["--logo", "missing.png"], "logo file not found"),
    (["--layout", "avery-l4785", "--codes", "ZZZZ"], "unknown code"),
])
def test_a_failed_run_saves_no_settings_and_later_runs_still_work(demo_store, db_path, tmp_path, capsys,
                                                                  argv, message):
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--save-settings", *argv) == 2
    assert message in capsys.readouterr().err
    with EventStore.open(db_path) as store:
        assert [key for key, in store.conn.execute("SELECT key FROM settings WHERE key LIKE 'badge_%'")] == []
    assert run(db_path, "badges", "-o", str(out)) == 0
    assert len(pdfium.PdfDocument(out)) == 60


def test_no_logo_leaves_the_logo_out_and_with_save_settings_forgets_it(demo_store, db_path, tmp_path):
    from PIL import Image

    Image.new("RGB", (60, 20), "red").save(tmp_path / "logo.png")
    out = tmp_path / "badges.pdf"
    logo = str(tmp_path / "logo.png")
    assert run(db_path, "badges", "-o", str(out), "--logo", logo, "--save-settings") == 0

    def reds() -> int:
        image = pdfium.PdfDocument(out)[0].render(scale=1).to_pil().convert("RGB")
        return sum(n for n, (r, g, b) in image.getcolors(1 << 20) if r > 200 and g < 60 and b < 60)

    assert reds() > 100
    assert run(db_path, "badges", "-o", str(out), "--no-logo") == 0
    assert reds() == 0
    assert run(db_path, "badges", "-o", str(out)) == 0
    assert reds() > 100                                             # --no-logo alone keeps the setting
    assert run(db_path, "badges", "-o", str(out), "--no-logo", "--save-settings") == 0
    assert run(db_path, "badges", "-o", str(out)) == 0
    assert reds() == 0
    with EventStore.open(db_path) as store:
        assert badges.options_for(store).logo is None


@pytest.mark.parametrize("argv, message", [
    (["--codes", "ZZZZ"], "unknown code: 'ZZZZ'"),
    (["--layout", "nope"], "unknown layout 'nope'"),
    (["--layout", "avery-l4785", "--skip", "10"], "--skip must be between 0 and 9"),
])
def test_badges_command_bad_input_is_one_line_and_writes_nothing(demo_store, db_path, tmp_path, capsys,
                                                                 argv, message):
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--mark-printed", *argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()
    with EventStore.open(db_path) as store:
        assert badges.print_log(store) == []


@pytest.mark.parametrize("argv, message", [
    (["--offset-x", "nan"], "--offset-x must be between -20 and 20 mm (printer calibration), not nan"),
    (["--offset-y=-inf"], "--offset-y must be between -20 and 20 mm (printer calibration), not -inf"),
    (["--offset-x", "25"], "--offset-x must be between -20 and 20 mm (printer calibration), not 25"),
])
def test_offsets_beyond_calibration_are_refused_and_not_saved(demo_store, db_path, tmp_path, capsys,
                                                              argv, message):
    out = tmp_path / "badges.pdf"
    assert run(db_path, "badges", "-o", str(out), "--save-settings", *argv) == 2
    assert capsys.readouterr().err == f"checkin: {message}\n"
    assert not out.exists() and demo_store.setting(badges.SETTING_OFFSET_X) is None


def test_output_paths_that_cannot_be_written_are_one_clear_line(demo_store, db_path, tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    cases = [(str(folder), f"{folder} is a folder; give a file name, e.g. {folder / 'badges.pdf'}"),
             ("", "no file name given for the PDF"),
             ("/proc/badges.pdf", "/proc/badges.pdf: cannot be written"),
             (str(tmp_path / "nope" / "b.pdf"), f"the folder {tmp_path / 'nope'} does not exist")]
    for output, message in cases:
        assert run(db_path, "badges", "-o", output, "--mark-printed") == 2
        err = capsys.readouterr().err
        assert err.startswith("checkin: ") and message in err and err.count("\n") == 1, err
    assert list(folder.iterdir()) == [] and badges.print_log(demo_store) == []
    assert not (tmp_path / "out.part").exists()


def test_badges_are_never_written_over_the_event_database_or_its_log(demo_store, db_path, tmp_path, capsys):
    """`badges -o event.db` replaced the open event file with a PDF (and `-o event.db-wal`
    wrote over its log): every check-in gone. Other outputs go the same way (atomic.py)."""
    from checkin import exports
    from checkin.atomic import written_atomically

    demo_store.check_in(next(demo_store.all_attendees()).id, "Desk 1")
    for target in (db_path, db_path.with_name(db_path.name + "-wal")):
        assert run(db_path, "badges", "-o", str(target)) == 2
        err = capsys.readouterr().err
        assert err == f"checkin: {target}: cannot be written (it is an event database or part of one; " \
                      "choose another name)\n", err
    other = tmp_path / "other-event.db"
    with EventStore.open(other, create=True):
        pass
    with pytest.raises(OSError, match="it is a database"):
        exports.write_csv(demo_store, other)
    with written_atomically(other, replaces_databases=True) as part:  # a backup may replace a backup
        part.write_bytes(b"new")
    assert other.read_bytes() == b"new"
    assert demo_store.stats()["checked_in"] == 1
    assert EventStore.open(db_path).stats()["checked_in"] == 1


def test_every_badges_option_has_help_text():
    parser = cli.build_parser()
    for name in ("badges", "layouts"):
        sub = parser._subparsers._group_actions[0].choices[name]
        assert sub.description
        for action in sub._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, (name, action.dest)


# -- a badge printed before a change on it ---------------------------------------------------

def test_a_badge_printed_before_a_change_on_it_counts_as_not_printed(demo_store, db_path, capsys):
    """Names, title, organisation and category are on the badge: once one of them changes after
    the print, the badge in the box is out of date, and the person is "not yet printed" again."""
    everyone = list(demo_store.all_attendees(order="id"))
    anna, ben, cem, dora = everyone[:4]
    badges.record_prints(demo_store, [a.id for a in everyone], "Desk 1", "a6")
    demo_store.correct(anna.id, {"last_name": anna.last_name + "-Berg"}, station="Desk 1")  # at the desk
    demo_store.correct(ben.id, {"workshop": "Forum 9", "email": "ben@neu.example.org",
                                "desk_note": "Rollstuhl"}, station="Desk 1")  # none of it on the badge
    with demo_store.transaction():
        demo_store.update_attendee(cem.id, {"category": "Sonderkategorie"})  # the ribbon
        demo_store.update_attendee(dora.id, {"title": "Prof. Dr. h. c."})
        demo_store.update_attendee(everyone[4].id, {"first_name": everyone[4].first_name})  # no change
    changed = {anna.id, cem.id, dora.id}
    assert badges.printed_ids(demo_store) == {a.id for a in everyone} - changed
    assert not badges.is_printed(demo_store, anna.id) and badges.is_printed(demo_store, ben.id)
    assert {a.id for a in badges.select_attendees(demo_store, not_printed=True)} == changed
    assert len(badges.print_log(demo_store, anna.id)) == 1  # the log itself keeps what happened

    assert run(db_path, "badges", "-o", str(db_path.parent / "neu.pdf"), "--not-printed", "--mark-printed",
               "--json") == 0
    assert json.loads(capsys.readouterr().out)["badges"] == 3
    assert badges.printed_ids(demo_store) == {a.id for a in everyone}


def test_a_change_right_after_a_print_is_still_after_it(demo_store):
    """Print and change within the same millisecond: the change still counts as later."""
    person = next(demo_store.all_attendees())
    for turn in range(20):
        badges.record_prints(demo_store, [person.id], "Desk 1", "a6")
        assert badges.is_printed(demo_store, person.id)
        demo_store.correct(person.id, {"organisation": f"Amt {turn}"}, station="Desk 1")
        assert not badges.is_printed(demo_store, person.id)


def test_a_reimport_that_changes_a_badge_offers_it_again(store, tmp_path):
    from checkin import importer

    head = "Anmelde-Nr.;Vorname;Nachname;Institution;Workshop"
    first = tmp_path / "v1.csv"
    first.write_bytes(f"{head}\r\nR1;Anna;Berg;AWO;Forum 1\r\nR2;Ben;Ohm;DRK;Forum 2\r\n".encode("cp1252"))
    importer.import_file(store, first)
    badges.record_prints(store, [a.id for a in store.all_attendees()], "Desk 1", "a6")
    second = tmp_path / "v2.csv"
    second.write_bytes(f"{head}\r\nR1;Anna;Berg;Caritas;Forum 1\r\nR2;Ben;Ohm;DRK;Forum 3\r\n"
                       .encode("cp1252"))
    assert importer.import_file(store, second).updated == 2
    assert [a.first_name for a in badges.select_attendees(store, not_printed=True)] == ["Anna"]


def test_badges_go_into_a_file_named_pdf(demo_store, db_path, tmp_path, capsys):
    """`badges -o b.png` wrote a PDF named .png, which no image viewer opens."""
    assert run(db_path, "badges", "-o", str(tmp_path / "b.png")) == 2
    assert "give a file name ending in .pdf, e.g. b.pdf" in capsys.readouterr().err
    assert not (tmp_path / "b.png").exists()
    assert run(db_path, "badges", "-o", str(tmp_path / "B.PDF")) == 0
