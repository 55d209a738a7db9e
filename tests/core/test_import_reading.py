"""Registration files as organisers really get them: which sheet, files that are no list at
all (a password-protected workbook, a web page, Excel's lock file), Excel's error values,
merged cells, invisible characters, and row numbers as Excel shows them."""

from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
import zipfile

import pytest
from openpyxl import Workbook

from checkin import importer
from checkin.importer import ImportError_


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "checkin", *args], capture_output=True, text=True, timeout=60,
                          check=False)


def save(workbook: Workbook, path):
    workbook.save(path)
    return path


def with_active_tab(path, index: int):
    """The workbook at ``path`` with ``activeTab`` set to ``index`` as Excel writes it (openpyxl
    itself never writes a hidden sheet as the active one)."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = re.sub(rb'activeTab="\d+"', b'activeTab="%d"' % index, data)
                if b"activeTab" not in data:
                    data = data.replace(b"<workbookView", b'<workbookView activeTab="%d"' % index, 1)
            target.writestr(item, data)
    path.write_bytes(out.getvalue())
    return path


# -- which sheet -----------------------------------------------------------------------------------------

def test_the_active_visible_sheet_is_read_not_a_hidden_first_one(store, tmp_path):
    workbook = Workbook()
    lists = workbook.active
    lists.title = "Auswahllisten"
    lists.append(["Anrede", "Art"])
    lists.append(["Frau", "Verein"])
    lists.sheet_state = "hidden"
    people = workbook.create_sheet("Anmeldungen")
    people.append(["Vorname", "Nachname"])
    people.append(["Anna", "Berg"])
    workbook.active = 1
    path = save(workbook, tmp_path / "hidden_first.xlsx")
    table = importer.read_table(path)
    assert table.sheet == "Anmeldungen" and table.rows == [["Anna", "Berg"]]
    assert importer.import_file(store, path).added == 1


def test_a_hidden_active_sheet_gives_way_to_the_first_visible_one(tmp_path):
    workbook = Workbook()
    template = workbook.active
    template.title = "Vorlage"
    template.append(["Anrede", "Art"])
    template.sheet_state = "hidden"
    workbook.create_sheet("Teilnehmende").append(["Vorname", "Nachname"])
    workbook.create_sheet("Warteliste").append(["Vorname", "Nachname"])
    path = with_active_tab(save(workbook, tmp_path / "hidden_active.xlsx"), 0)
    assert importer.read_table(path).sheet == "Teilnehmende"
    workbook.active = 2
    path = with_active_tab(save(workbook, tmp_path / "third_active.xlsx"), 2)
    assert importer.read_table(path).sheet == "Warteliste"


def test_no_name_column_in_a_workbook_names_its_other_sheets(store, tmp_path):
    workbook = Workbook()
    info = workbook.active
    info.title = "Info"
    info.append(["Fachtag 2017"])
    info.append(["Dortmund, 20.03.2017"])
    people = workbook.create_sheet("Teilnehmende")
    people.append(["Vorname", "Nachname"])
    people.append(["Anna", "Berg"])
    workbook.create_sheet("Auswahl").sheet_state = "hidden"
    path = save(workbook, tmp_path / "info_first.xlsx")
    with pytest.raises(ImportError_) as caught:
        importer.import_file(store, path)
    message = str(caught.value)
    assert "(columns: Fachtag 2017)" in message
    assert "the workbook also has the sheet 'Teilnehmende': choose it with --sheet NAME" in message
    assert "Auswahl'" not in message  # a hidden sheet is not offered
    assert importer.import_file(store, path, sheet="Teilnehmende").added == 1
    workbook.create_sheet("Warteliste").append(["Vorname", "Nachname"])
    with pytest.raises(ImportError_, match="also has the sheets 'Teilnehmende', 'Warteliste': choose one with"):
        importer.import_file(store, save(workbook, path))
    cli = run_cli("--db", str(tmp_path / "cli.db"), "import", str(path))
    assert cli.returncode == 2 and "--sheet NAME" in cli.stderr and cli.stderr.count("\n") == 1


# -- files that are no registration list ------------------------------------------------------------------

def compound_file(*streams: str) -> bytes:
    """An OLE compound file (what Office writes for .xls and for password-protected .xlsx) whose
    directory holds ``streams``: a header sector, then one directory sector."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9)     # version 3, 512-byte sectors
    struct.pack_into("<I", header, 0x30, 0)                          # the directory starts in sector 0
    directory = bytearray()
    for name in ("Root Entry", *streams):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry[:len(encoded)] = encoded
        struct.pack_into("<HB", entry, 64, len(encoded), 5 if name == "Root Entry" else 2)
        directory += entry
    return bytes(header + directory.ljust(512, b"\x00"))


def test_a_password_protected_workbook_is_told_apart_from_an_old_xls(tmp_path):
    locked = tmp_path / "anmeldungen.xlsx"
    locked.write_bytes(compound_file("\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"))
    with pytest.raises(ImportError_) as caught:
        importer.read_table(locked)
    message = str(caught.value)
    assert "protected by a password" in message and "old Excel" not in message
    assert "without a password" in message and "CSV" in message and "\n" not in message
    old = tmp_path / "alt.xls"
    old.write_bytes(compound_file("Workbook", "\x05SummaryInformation"))
    with pytest.raises(ImportError_, match="an old Excel .xls file"):
        importer.read_table(old)


HTML_EXPORTS = [
    (b'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body><table><tr><td>Vorname</td>'
     b"<td>Nachname</td></tr><tr><td>Anna</td><td>Berg</td></tr></table></body></html>"),
    (b"\xef\xbb\xbf\r\n  <HTML xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table>"
     b"<tr><td>Vorname</td><td>Nachname</td></tr></table></body></HTML>"),
    b"<Table border=1><tr><th>Vorname</th><th>Nachname</th><th>E-Mail</th></tr></table>",
    "<!doctype HTML><html><body>Anmeldungen</body></html>".encode("utf-16"),
]


@pytest.mark.parametrize("content", HTML_EXPORTS)
def test_a_web_page_saved_as_xls_is_named_as_such(tmp_path, content):
    path = tmp_path / "export.xls"
    path.write_bytes(content)
    with pytest.raises(ImportError_) as caught:
        importer.read_table(path)
    message = str(caught.value)
    assert "a web page (HTML), not a CSV or XLSX file: open it in Excel and save it as .xlsx" in message
    assert "<td>" not in message and len(message) < 200


def test_messages_that_list_the_columns_are_kept_short(store, tmp_path):
    headers = [f"Frage {i}: {'Wie haben Sie von der Veranstaltung erfahren? ' * 3}" for i in range(60)]
    path = tmp_path / "fragen.csv"
    path.write_bytes(("\r\n".join([";".join(headers), ";".join("x" * 60)]) + "\r\n").encode("utf-8"))
    for attempt in (lambda: importer.import_file(store, path),
                    lambda: importer.import_file(store, path, mapping={"last_name": "Nachname"}),
                    lambda: importer.import_file(store, path, keep=["PLZ"])):
        with pytest.raises(ImportError_) as caught:
            attempt()
        message = str(caught.value)
        assert len(message) < 600 and "Frage 0" in message and "…" in message
        assert "Frage 59" not in message


def test_excels_lock_file_points_to_the_workbook(tmp_path):
    lock = tmp_path / "~$anmeldungen.xlsx"
    lock.write_bytes(b"\x0bAnna Berger" + b"\x20" * 43 + b"\x0b\x00A\x00n\x00n\x00a\x00" + b"\x00" * 100)
    with pytest.raises(ImportError_) as caught:
        importer.read_table(lock)
    message = str(caught.value)
    assert "Excel's lock file of anmeldungen.xlsx" in message and "open in Excel" in message
    assert "choose anmeldungen.xlsx instead" in message and "binary data" not in message
    libre = tmp_path / ".~lock.anmeldungen.xlsx#"
    libre.write_bytes(b"Anna Berger,anna,PC-12,20.03.2017 09:12,file:///home/anna/.config/libreoffice/4;")
    with pytest.raises(ImportError_, match="LibreOffice's lock file of anmeldungen.xlsx"):
        importer.read_table(libre)


# -- what is in the cells ------------------------------------------------------------------------------

EXCEL_ERRORS = ["#NV", "#N/A", "#WERT!", "#VALUE!", "#DIV/0!", "#BEZUG!", "#REF!", "#NAME?", "#NULL!",
                "#ZAHL!", "#NUM!"]


def test_excel_error_values_are_imported_empty_and_listed(store, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Vorname", "Nachname", "Organisation", "E-Mail", "Angemeldet am"])
    sheet.append(["Anna", "Berg", "#N/A", "anna@example.org", "01.03.2017 10:00"])   # an error cell ('e')
    sheet.append(["Ben", "Ohm", "#NV", "#WERT!", "#BEZUG!"])                       # German, as text
    sheet.append(["Cem", "Kaya", "AWO", "cem@example.org", "02.03.2017 10:00"])
    path = save(workbook, tmp_path / "fehler.xlsx")
    report = importer.import_file(store, path)
    assert (report.added, report.rejected) == (3, [])
    assert [(w.row, w.column, w.kind) for w in report.warnings] == [
        (2, "Organisation", "excel_error"), (3, "Organisation", "excel_error"), (3, "E-Mail", "excel_error"),
        (3, "Angemeldet am", "excel_error")]
    assert "'#NV'" in report.warnings[1].message
    people = {a.first_name: a for a in store.all_attendees()}
    assert (people["Anna"].organisation, people["Ben"].organisation, people["Ben"].email) == ("", "", "")
    assert people["Ben"].registered_at == "" and people["Cem"].organisation == "AWO"
    summary = report.summary()
    assert "Warning: 4 cells could not be read" in summary and "row 3, Organisation:" in summary

    csv_path = tmp_path / "fehler.csv"
    lines = ["Vorname;Nachname;Organisation;Kategorie"]
    lines += [f"P{i};Person;{error};Gast" for i, error in enumerate(EXCEL_ERRORS)]
    lines += ["Dora;Dorn;Verein #1;#NV"]
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    table = importer.read_table(csv_path)
    batch, problems = importer.validate_columns(table, importer.guess_mapping(table.headers), keep=[])
    assert problems == [] and batch.columns["organisation"] == [""] * len(EXCEL_ERRORS) + ["Verein #1"]
    assert [(w.row, w.column) for w in batch.warnings] == [
        *((row, "Organisation") for row in range(2, 2 + len(EXCEL_ERRORS))), (13, "Kategorie")]


def test_an_excel_error_in_a_kept_column_is_left_out(store, tmp_path):
    path = tmp_path / "kept.csv"
    path.write_bytes(b"Vorname;Nachname;PLZ\r\nAnna;Berg;#NV\r\nBen;Ohm;44137\r\n")
    report = importer.import_file(store, path, keep=["PLZ"])
    assert [(w.row, w.column) for w in report.warnings] == [(2, "PLZ")]
    assert {a.first_name: a.extra for a in store.all_attendees()} == {"Anna": {}, "Ben": {"PLZ": "44137"}}


def test_merged_cells_in_the_data_area_fill_every_row(store, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Teilnehmende Fachtag"])                           # a title merged over the width
    sheet.merge_cells("A1:D1")
    sheet.append(["Vorname", "Nachname", "Organisation", "Workshop"])
    sheet.append(["Anna", "Berg", "Stadt Dortmund", "Forum 1"])
    sheet.append(["Ben", "Ohm", None, "Forum 2"])
    sheet.append(["Cem", "Kaya", None, None])
    sheet.append(["Dora", "Dorn", "AWO", None])
    sheet.merge_cells("C3:C5")                                       # one organisation, three people
    sheet.merge_cells("D4:D6")
    sheet.merge_cells("C6:C7")                                       # over an empty row: no one there
    path = save(workbook, tmp_path / "merged.xlsx")
    table = importer.read_table(path)
    assert table.headers == ["Vorname", "Nachname", "Organisation", "Workshop"]
    assert (table.header_row, table.rows_above_header) == (2, 1)
    assert [row[2:] for row in table.rows] == [["Stadt Dortmund", "Forum 1"], ["Stadt Dortmund", "Forum 2"],
                                               ["Stadt Dortmund", "Forum 2"], ["AWO", "Forum 2"]]
    importer.import_file(store, path)
    assert {a.last_name: a.organisation for a in store.all_attendees()} == {
        "Berg": "Stadt Dortmund", "Ohm": "Stadt Dortmund", "Kaya": "Stadt Dortmund", "Dorn": "AWO"}


def test_a_header_merged_over_two_rows_is_no_person(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Vorname", "Nachname", "Kontakt", None])
    sheet.append([None, None, "E-Mail", "Telefon"])
    sheet.append(["Anna", "Berg", "anna@example.org", "0231 1"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    sheet.merge_cells("C1:D1")
    table = importer.read_table(save(workbook, tmp_path / "two_rows.xlsx"))
    assert [row[:2] for row in table.rows if any(row[:2])] == [["Anna", "Berg"]]


def test_invisible_characters_are_removed(store, tmp_path):
    path = tmp_path / "unsichtbar.csv"
    path.write_bytes("Vorname;\ufeffNachname;Organisation\r\nBen\u200b;We\u2060ber;\ufeffAWO\r\n"
                     "Anna;Kar\u200d\u200cim;\u200bStadt Köln \u200b\r\n".encode("utf-8"))
    table = importer.read_table(path)
    assert table.headers == ["Vorname", "Nachname", "Organisation"]
    assert [list(row) for row in table.rows] == [["Ben", "Weber", "AWO"],
                                                 ["Anna", "Kar\u200d\u200cim", "Stadt Köln"]]  # ZWJ, ZWNJ kept
    workbook = Workbook()
    workbook.active.append(["Vorname", "Nachname\u200b"])
    workbook.active.append(["Ben\u200b", "\u2060Weber\ufeff "])
    table = importer.read_table(save(workbook, tmp_path / "unsichtbar.xlsx"))
    assert (table.headers, table.rows) == (["Vorname", "Nachname"], [["Ben", "Weber"]])
    importer.import_file(store, path)
    assert [a.first_name for a in store.search("ben")] == ["Ben"]


def test_a_line_break_inside_a_cell_is_stored_as_a_line_feed(tmp_path):
    path = tmp_path / "notiz.csv"
    path.write_bytes(b'Vorname;Nachname;Hinweis\r\nAnna;Berg;"Rollstuhl\r\nAufzug zeigen"\r\nBen;Ohm;\r\n')
    assert importer.read_table(path).rows[0][2] == "Rollstuhl\nAufzug zeigen"
    workbook = Workbook()
    workbook.active.append(["Vorname", "Nachname", "Hinweis"])
    workbook.active.append(["Anna", "Berg", "Rollstuhl\r\nAufzug zeigen"])
    assert importer.read_table(save(workbook, tmp_path / "notiz.xlsx")).rows[0][2] == "Rollstuhl\nAufzug zeigen"


# -- row numbers as Excel shows them -------------------------------------------------------------------------

def test_rows_are_numbered_as_excel_shows_them_after_a_cell_with_line_breaks(store, tmp_path):
    """Excel shows a record with line breaks in a cell as one row; the organiser looks for the
    reported row there."""
    path = tmp_path / "notizen.csv"
    path.write_bytes("\r\n".join([
        "Vorname;Nachname;Hinweis;E-Mail",                         # row 1
        "Anna;Berg;;anna@example.org",                               # row 2
        'Ben;Ohm;"Rollstuhl,', "bitte Aufzug zeigen,", 'Begleitperson";ben@example.org',  # row 3
        "Cem;Kaya;;cem@example.org",                                 # row 4
        "",                                                          # row 5 (empty)
        "Dora;Dorn;;dora@example.org",                               # row 6
        "Emil;Engel;;emil(at)example.org",                           # row 7
    ]).encode("cp1252") + b"\r\n")
    report = importer.import_file(store, path, dry_run=True)
    assert [(p.row, p.column) for p in report.rejected] == [(7, "E-Mail")]
    assert importer.read_table(path).row_numbers == [2, 3, 4, 6, 7]


def test_a_sep_line_is_not_counted_as_excel_hides_it(tmp_path):
    path = tmp_path / "sep.csv"
    path.write_bytes(b"sep=;\r\nVorname;Nachname;E-Mail\r\nAnna;Berg;a@example.org\r\nBen;Ohm;kaputt\r\n")
    table = importer.read_table(path)
    assert (table.header_row, table.row_numbers) == (1, [2, 3])
    _batch, problems = importer.validate_columns(table, importer.guess_mapping(table.headers))
    assert [(p.row, p.column) for p in problems] == [(3, "E-Mail")]
    multi = tmp_path / "sep_multi.csv"
    multi.write_bytes(b'sep=;\r\nVorname;Nachname;Hinweis\r\nAnna;Berg;"zwei\r\nZeilen"\r\nBen;Ohm;\r\n')
    assert importer.read_table(multi).row_numbers == [2, 3]


# -- dates ------------------------------------------------------------------------------------------------

def test_an_excel_serial_number_is_read_as_a_registration_date(store, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Vorname", "Nachname", "Angemeldet am"])
    sheet.append(["Anna", "Berg", 42808.5])          # a "General" cell: 14.03.2017 12:00
    sheet.append(["Ben", "Ohm", 42808])
    sheet.append(["Cem", "Kaya", 42808.398611111])   # 09:34
    sheet.append(["Dora", "Dorn", 12])                # no date: still listed
    report = importer.import_file(store, save(workbook, tmp_path / "serial.xlsx"))
    assert [(w.row, w.column) for w in report.warnings] == [(5, "Angemeldet am")]
    assert {a.first_name: a.registered_at for a in store.all_attendees()} == {
        "Anna": "2017-03-14T12:00", "Ben": "2017-03-14", "Cem": "2017-03-14T09:34", "Dora": ""}
    assert importer.parse_registered_at("42808,5") == "2017-03-14T12:00"
    for no_date in ("19999", "80001", "4.2808", "42808.5.1"):
        with pytest.raises(ValueError):
            importer.parse_registered_at(no_date)
