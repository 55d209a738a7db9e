"""The importer: real files in, the real event database checked afterwards."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import unicodedata

import pytest
from openpyxl import Workbook

from checkin import importer, tables
from checkin.demo import demo_people, write_registrations
from checkin.importer import ImportCancelled, ImportError_, Problem
from checkin.store import EventStore

HEADER = "Anmelde-Nr.;Vorname;Nachname;E-Mail;PLZ;Foto-Einwilligung;Angemeldet am"


def write_csv(path, lines, encoding="utf-8", newline="\r\n"):
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode())
    return path


def snapshot(store):
    """Everything in the database, to prove an import left it as it was."""
    return list(store.conn.iterdump())


def files(db_path):
    return {p.name: p.read_bytes() for p in db_path.parent.glob(db_path.name + "*")}


# -- formats ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, encoding, delimiter", [
    ("excel-csv", "cp1252", ";"), ("utf8-csv", "utf-8-sig", ","), ("xlsx", None, None),
])
def test_each_format_imports_every_row(store, tmp_path, fmt, encoding, delimiter):
    path = write_registrations(tmp_path / f"reg.{'xlsx' if fmt == 'xlsx' else 'csv'}", 30, fmt)
    report = importer.import_file(store, path)
    assert (report.added, report.updated, report.unchanged, report.rejected) == (30, 0, 0, [])
    assert (report.encoding, report.delimiter) == (encoding, delimiter)
    assert store.count() == 30
    people = {p["registration_id"]: p for p in demo_people(30)}
    first = store.search(people["IVO17-00007"]["email"])[0]
    assert first.registration_id == "IVO17-00007"
    assert first.photo_consent is people["IVO17-00007"]["photo_consent"]
    assert first.registered_at == people["IVO17-00007"]["registered_at"]
    assert first.extra == {}  # street, postcode, phone are not stored by default
    assert len({a.code for a in store.all_attendees()}) == 30


def test_utf8_without_bom_tab_delimited(store, tmp_path):
    path = write_csv(tmp_path / "tab.csv", ["Vorname\tNachname\tOrganisation",
                                            "Jörg\tMüller\tStadt Köln, Amt 5", "Anna\tSchmidt\t"],
                     newline="\n")
    table = importer.read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-8", "\t")
    report = importer.import_file(store, path)
    assert report.added == 2
    assert store.search("muller")[0].organisation == "Stadt Köln, Amt 5"


def test_utf16_from_excel_unicode_text(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("Vorname\tNachname\r\nŁukasz\tWiśniewski\r\n".encode("utf-16"))
    table = importer.read_table(path)
    assert (table.encoding, table.delimiter, table.rows) == ("utf-16", "\t", [["Łukasz", "Wiśniewski"]])


def test_quoted_line_breaks_keep_row_numbers_right(tmp_path):
    path = write_csv(tmp_path / "multi.csv", ['Vorname,Nachname,Hinweis,E-Mail', 'Anna,Schmidt,"Rollstuhl:',
                                              'Aufzug zeigen",a@x.de', "Ben,Weber,,b@x"])
    table = importer.read_table(path)
    assert table.rows[0][2] == "Rollstuhl:\nAufzug zeigen"  # a line feed, as typed in Excel
    assert table.row_numbers == [2, 3]  # as Excel shows them: Anna's record is one row
    records, problems = importer.validate(table, importer.guess_mapping(table.headers))
    assert problems == [Problem(3, "E-Mail", "malformed e-mail address 'b@x'")]
    assert records[0]["_row"] == 2


def test_cp1252_is_detected_when_not_utf8(tmp_path):
    path = write_csv(tmp_path / "excel.csv", ["Vorname;Nachname", "Jürgen;Weiß"], encoding="cp1252")
    table = importer.read_table(path)
    assert table.encoding == "cp1252"
    assert table.rows == [["Jürgen", "Weiß"]]


def test_sep_line_empty_rows_and_headerless_columns(store, tmp_path):
    path = write_csv(tmp_path / "sep.csv", [
        "sep=;", HEADER + ";;", ";;;;;;;;", "A1;Anna;Schmidt;anna@example.org;01067;ja;04.03.2017 19:35;;",
        ";;;;;;", "  ;  ;;;;;;;", "A2;Ben;Weber;;;nein;;;stray",
    ], encoding="cp1252")
    table = importer.read_table(path)
    assert table.delimiter == ";"
    assert table.headers == HEADER.split(";")
    assert table.row_numbers == [3, 6]  # Excel hides the sep= line: the column names are row 1
    report = importer.import_file(store, path)
    assert report.added == 2 and store.count() == 2
    anna = store.search("anna")[0]
    assert (anna.photo_consent, anna.registered_at) == (True, "2017-03-04T19:35")


def test_text_is_trimmed_and_nfc(store, tmp_path):
    decomposed = unicodedata.normalize("NFD", "Jürgen Müller-Lüdenscheid")
    first, last = decomposed.split(" ")
    assert first != "Jürgen"
    path = write_csv(tmp_path / "mac.csv", ["First name,Last name,Email", f"  {first} , {last}\t,  j@x.de "])
    importer.import_file(store, path)
    (person,) = store.all_attendees()
    assert (person.first_name, person.last_name, person.email) == ("Jürgen", "Müller-Lüdenscheid", "j@x.de")
    assert store.search("mueller")[0].id == person.id


def test_xlsx_keeps_postcodes_as_text_when_asked(store, tmp_path):
    path = tmp_path / "numbers.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Teilnehmende"
    sheet.append(["Vorname", "Nachname", "PLZ", "Telefon", "Foto-Einwilligung", None])
    sheet.append(["Anna", "Schmidt", 1067, "0231 123456", True, None])
    sheet["C2"].number_format = "00000"
    sheet.append(["Ben", "Weber", 44137.0, 1712345678, "nein", None])
    sheet.append([None, None, None, None, None, None])
    workbook.create_sheet("Warteliste").append(["Vorname", "Nachname"])
    workbook.save(path)
    table = importer.read_table(path)
    assert table.sheet == "Teilnehmende" and table.sheet_names == ["Teilnehmende", "Warteliste"]
    assert table.rows == [["Anna", "Schmidt", "01067", "0231 123456", "ja"],
                          ["Ben", "Weber", "44137", "1712345678", "nein"]]
    importer.import_file(store, path, keep=["PLZ", "telefon"])
    anna, ben = sorted(store.all_attendees(), key=lambda a: a.first_name)
    assert anna.extra == {"PLZ": "01067", "Telefon": "0231 123456"}
    assert ben.extra == {"PLZ": "44137", "Telefon": "1712345678"}
    assert importer.read_table(path, sheet="warteliste").rows == []
    with pytest.raises(ImportError_, match=r"no sheet named 'Gäste' \(sheets: Teilnehmende, Warteliste\)"):
        importer.read_table(path, sheet="Gäste")


def test_a_title_above_the_column_names_is_left_out(store, tmp_path):
    """Lists made by hand often start with a title or a note ("Anmeldungen, Stand ...") and an
    empty row; the column names are the first row with two cells filled. Row numbers in
    messages stay the file's, and the report says which row named the columns."""
    path = write_csv(tmp_path / "title.csv", ["Anmeldungen Integration vor Ort leben, Stand 10.03.2017;;;",
                                               ";;;", "Vorname;Nachname;Organisation;E-Mail",
                                               "Anna;Berg;AWO;anna@example.org", "Ben;Ohm;;ben(at)example.org"],
                     encoding="cp1252")
    table = importer.read_table(path)
    assert table.headers == ["Vorname", "Nachname", "Organisation", "E-Mail"]
    assert (table.header_row, table.rows_above_header, table.row_numbers) == (3, 1, [4, 5])
    report = importer.import_file(store, path, skip_invalid=True)
    assert [(p.row, p.column) for p in report.rejected] == [(5, "E-Mail")]
    assert "The column names are in row 3; 1 row above them (a title or a note) was left out." in report.summary()
    assert report.to_json()["header_row"] == 3 and report.to_json()["rows_above_header"] == 1

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Teilnehmende"])
    sheet.append(["Stand: 10.03.2017"])
    sheet.append(["Vorname", "Nachname", "PLZ"])
    sheet.append(["Carla", "Clausen", 1067])
    sheet["C4"].number_format = "00000"
    workbook.save(tmp_path / "title.xlsx")
    table = importer.read_table(tmp_path / "title.xlsx")
    assert (table.headers, table.rows, table.row_numbers) == (["Vorname", "Nachname", "PLZ"],
                                                              [["Carla", "Clausen", "01067"]], [4])
    assert (table.header_row, table.rows_above_header) == (3, 2)


@pytest.mark.parametrize("lines, delimiter", [
    (["Anmeldungen, Stand 10.03.2017", "", "Vorname;Nachname", "Anna;Berg"], ";"),   # a comma in the title
    (["Vorname;Nachname;Organisation", *["Anna;Berg;Stadt Dortmund, Jugendamt"] * 5], ";"),
    (["Titel: Liste", "First name,Last name,Org", "Ann,Smith,AWO", "Ben,Jones,DRK"], ","),
    (["Vorname\tNachname", "Anna\tBerg"], "\t"),
])
def test_the_delimiter_is_the_one_most_lines_agree_on(tmp_path, lines, delimiter):
    table = importer.read_table(write_csv(tmp_path / "list.csv", lines))
    assert table.delimiter == delimiter and len(table.headers) >= 2


def test_a_list_of_one_column_keeps_its_first_row_as_the_header(tmp_path):
    """Without any row of two cells there is no title to skip: the first row names the column,
    and a file that starts with its column names reports nothing left out."""
    table = importer.read_table(write_csv(tmp_path / "names.csv", ["Nachname", "Berg", "Ohm"]))
    assert (table.headers, [list(r) for r in table.rows]) == (["Nachname"], [["Berg"], ["Ohm"]])
    assert (table.header_row, table.rows_above_header) == (1, 0)
    plain = importer.read_table(write_csv(tmp_path / "plain.csv", ["sep=;", "Vorname;Nachname", "Anna;Berg"]))
    assert (plain.header_row, plain.rows_above_header, plain.row_numbers) == (1, 0, [2])  # sep= hidden


def test_demo_xlsx_postcodes_with_keep(store, tmp_path):
    path = write_registrations(tmp_path / "reg.xlsx", 12, "xlsx")
    importer.import_file(store, path, keep=["PLZ"])
    people = {p["registration_id"]: p for p in demo_people(12)}
    for attendee in store.all_attendees():
        assert attendee.extra == {"PLZ": people[attendee.registration_id]["_postcode"]}


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"\x00\x01\x02binary", "not a CSV or XLSX file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old", "old Excel .xls file"),
    (b"PK\x03\x04broken zip", "not a readable XLSX file"),
])
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportError_, match=message):
        importer.read_table(path)


def test_missing_file_and_sheet_on_csv(tmp_path):
    with pytest.raises(ImportError_, match="no such file"):
        importer.read_table(tmp_path / "nope.csv")
    path = write_csv(tmp_path / "a.csv", ["Vorname;Nachname", "A;B"])
    with pytest.raises(ImportError_, match="only applies to XLSX"):
        importer.read_table(path, sheet="Tabelle1")


# -- mapping ----------------------------------------------------------------------------------------

def test_guess_mapping_german_and_english_variants():
    headers = ["ID", "Anrede", "Titel", "Rufname", "Vorname", "Name", "Nachname", "Firma", "Art der Institution",
               "Position", "E-Mail-Adresse", "Forum", "Ernaehrung", "Accessibility needs", "Photo consent",
               "Category", "Bemerkung", "Registered at", "Straße", ""]
    mapping = importer.guess_mapping(headers)
    assert {f: headers[i] for f, i in mapping.items()} == {
        "registration_id": "ID", "salutation": "Anrede", "title": "Titel", "first_name": "Vorname",
        "last_name": "Nachname", "organisation": "Firma", "organisation_type": "Art der Institution",
        "role": "Position", "email": "E-Mail-Adresse", "workshop": "Forum", "dietary": "Ernaehrung",
        "accessibility": "Accessibility needs", "photo_consent": "Photo consent", "category": "Category",
        "desk_note": "Bemerkung", "registered_at": "Registered at",
    }
    assert importer.guess_mapping(["TICKET", "surname", "e-mail", "Organization"]) == {
        "registration_id": 0, "last_name": 1, "organisation": 3, "email": 2}


def test_parse_mapping_option():
    assert importer.parse_mapping_option(["first_name=Rufname", "last-name = Familie"]) == {
        "first_name": "Rufname", "last_name": "Familie"}
    for bad, message in [("first_name", "expected FIELD=COLUMN"), ("=X", "expected FIELD=COLUMN"),
                         ("shoe_size=Größe", "unknown field 'shoe_size'")]:
        with pytest.raises(ValueError, match=message):
            importer.parse_mapping_option([bad])


def test_explicit_mapping_overrides_the_guess(store, tmp_path):
    path = write_csv(tmp_path / "map.csv", ["Vorname;Rufname;Nachname", "Johann Wolfgang;Hans;Goethe"])
    importer.import_file(store, path, mapping={"first_name": "rufname"})
    assert next(store.all_attendees()).first_name == "Hans"
    with pytest.raises(ImportError_, match="no column 'Spitzname' for first_name"):
        importer.import_file(store, path, mapping={"first_name": "Spitzname"})
    with pytest.raises(ImportError_, match="--keep 'PLZ': the file has no such column"):
        importer.import_file(store, path, keep=["PLZ"])


def test_columns_by_letter_or_number_as_a_spreadsheet_shows_them():
    assert [importer.column_letter(i) for i in (0, 4, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "E", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
    headers = ["Vorname", "Nachname", "PLZ", "Ort", "E-Mail"]
    assert importer.find_column(headers, "e") == importer.find_column(headers, "5") == 4
    assert importer.find_column(headers, "nachname") == 1      # a name before a letter or number
    assert importer.find_column(headers, "F") is None and importer.find_column(headers, "0") is None


def test_two_columns_of_one_name_are_not_guessed_between(store, tmp_path):
    """An export whose 'Anrede' column is also headed 'Nachname' imported every last name as
    'Frau' or 'Herr' without a word, and --map could not pick the other column."""
    path = write_csv(tmp_path / "twice.csv", ["Nachname;Vorname;Nachname;E-Mail", "Frau;Anna;Berg;anna@example.org",
                                              "Herr;Ben;Voss;ben@example.org"])
    before = snapshot(store)
    with pytest.raises(ImportError_, match=r"2 columns are named 'Nachname' \(A and C\): choose the one that "
                                           r"holds last_name with --map last_name=A \(or C\)"):
        importer.import_file(store, path)
    with pytest.raises(ImportError_, match=r"named 'Nachname' \(A and C\): give the column's letter"):
        importer.import_file(store, path, mapping={"last_name": "Nachname"})
    assert snapshot(store) == before
    importer.import_file(store, path, mapping={"last_name": "C"})
    assert sorted(a.last_name for a in store.all_attendees()) == ["Berg", "Voss"]
    done = run_cli("--db", str(tmp_path / "cli.db"), "import", str(path))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--map last_name=A (or C)" in done.stderr
    by_number = run_cli("--db", str(tmp_path / "cli.db"), "import", str(path), "--map", "last_name=3")
    assert by_number.returncode == 0, by_number.stderr


def test_a_column_imported_as_a_field_is_not_kept_a_second_time(store, tmp_path):
    """`--keep Funktion` with Funktion already imported as the role stored it twice, and every
    warning about its cells was listed twice."""
    path = write_csv(tmp_path / "keep.csv", ["Vorname;Nachname;Funktion;PLZ", "Anna;Berg;Leitung;44135"])
    importer.import_file(store, path, keep=["Funktion", "PLZ"])
    anna = next(store.all_attendees())
    assert anna.role == "Leitung" and anna.extra == {"PLZ": "44135"}


def test_no_name_column_is_a_clear_error(store, tmp_path):
    path = write_csv(tmp_path / "nonames.csv", ["E-Mail;PLZ", "a@b.de;12345"])
    before = snapshot(store)
    with pytest.raises(ImportError_, match=r"no name column: expected a column such as 'Vorname'.*\(columns: E-Mail, PLZ\)"):
        importer.import_file(store, path)
    assert snapshot(store) == before


def test_consent_and_dates():
    assert [importer.parse_consent(v) for v in ("ja", "Nein", "YES", "no", "x", "1", "0", "")] == [
        True, False, True, False, True, True, False, None]
    with pytest.raises(ValueError, match="photo consent must be"):
        importer.parse_consent("vielleicht")
    assert importer.parse_registered_at("4.3.2017 9:05") == "2017-03-04T09:05"
    assert importer.parse_registered_at("04.03.2017") == "2017-03-04"
    assert importer.parse_registered_at("2017-03-04 09:05:30") == "2017-03-04T09:05:30"
    assert importer.parse_registered_at("2017-03-04T09:05:00Z") == "2017-03-04T09:05Z"
    assert importer.parse_registered_at("3/20/2017 14:35:12") == "2017-03-20T14:35:12"
    for bad in ("31.13.2017 10:00", "gestern", "2017-02-30x"):
        with pytest.raises(ValueError, match="unreadable date"):
            importer.parse_registered_at(bad)


@pytest.mark.parametrize("text", [
    "2017-03-04T09:05", "2017-03-04 09:05:00", "2017-03-04T23:59:59", "2016-02-29T00:00:07",
    "0001-01-01T00:00",
    "2017-02-29T10:00", "2017-13-01T10:00", "2017-03-04T24:00", "2017-03-04T10:60", "2017-03-04T10:00:60",
    "0000-01-01T10:00", "04.03.2017 09:05", "29.02.2017 09:05", "04.03.2017 24:00", "04.03.2017 09:60",
])
def test_the_fast_date_shapes_agree_with_the_general_rules(text):
    """German and ISO times in their usual shape skip the general rules: same answers."""
    german = importer._GERMAN_DATE.match(text)
    iso = importer._ISO_DATE.match(text)
    try:
        if german:
            day, month, year, hour, minute, second = german.groups()
            expected = importer._iso(int(year), int(month), int(day), hour, minute, second)
        else:
            year, month, day, hour, minute, second, _ = iso.groups()
            expected = importer._iso(int(year), int(month), int(day), hour, minute, second)
    except ValueError:
        with pytest.raises(ValueError, match="unreadable date"):
            importer.parse_registered_at(text)
    else:
        assert importer.parse_registered_at(text) == expected


# -- validation: all or nothing -----------------------------------------------------------------------

BROKEN = [
    HEADER,
    "B1;Anna;Schmidt;anna@example.org;01067;ja;04.03.2017 19:35",
    "B2;;;nobody@example.org;;;",
    "B3;Carl;Weber;carl(at)example.org;;;",
    "B1;Dora;Klein;dora@example.org;;;",
    ";;;;;;",
    "B5;Emil;Fuchs;emil@example;;vielleicht;",
    "B6;Frida;Kahlo;frida@example.org;;;31.02.2017",
    "B7;Gustav;Mahler;gustav@example.org;;nein;",
]
EXPECTED = [
    Problem(3, "Nachname", "no name: first and last name are empty"),
    Problem(4, "E-Mail", "malformed e-mail address 'carl(at)example.org'"),
    Problem(5, "Anmelde-Nr.", "registration id 'B1' appears twice (first in row 2)"),
    Problem(7, "E-Mail", "malformed e-mail address 'emil@example'"),
]
# Frida's registration date (31 February) cannot be read: she is imported, the date left empty.
# Emil's unreadable consent is not listed: his row is refused for its e-mail anyway.
EXPECTED_WARNINGS = [
    Problem(8, "Angemeldet am", "unreadable date '31.02.2017' (not dd.mm.yyyy HH:MM or ISO 8601): left empty"),
]


def test_broken_rows_are_reported_and_nothing_is_written(demo_store, db_path, tmp_path):
    path = write_csv(tmp_path / "broken.csv", BROKEN)
    before, before_files = snapshot(demo_store), files(db_path)
    report = importer.import_file(demo_store, path)
    assert report.rejected == EXPECTED
    assert (report.added, report.updated, report.written) == (0, 0, False)
    assert snapshot(demo_store) == before
    assert files(db_path) == before_files
    assert report.to_json()["rejected"][0] == {"row": 3, "column": "Nachname",
                                                "message": "no name: first and last name are empty"}
    assert "row 4, E-Mail: malformed e-mail address 'carl(at)example.org'" in report.summary()


def test_skip_invalid_imports_the_good_rows(store, tmp_path):
    path = write_csv(tmp_path / "broken.csv", BROKEN)
    report = importer.import_file(store, path, skip_invalid=True)
    assert report.rejected == EXPECTED and report.warnings == EXPECTED_WARNINGS
    assert (report.added, report.written) == (3, True)
    assert sorted(a.registration_id for a in store.all_attendees()) == ["B1", "B6", "B7"]
    assert store.search("anna")[0].first_name == "Anna"
    assert store.search("frida")[0].registered_at == ""
    assert "Warning: 1 cell could not be read; the people are imported, those cells empty:" in report.summary()


# -- re-import ---------------------------------------------------------------------------------------------

def test_reimport_updates_adds_and_reports_missing(store, tmp_path):
    lines = [HEADER] + [f"R{i};Vor{i};Nach{i};p{i}@example.org;;ja;" for i in range(1, 7)]
    path = write_csv(tmp_path / "v1.csv", lines)
    assert importer.import_file(store, path).added == 6
    codes_before = {a.registration_id: a.code for a in store.all_attendees()}
    r2 = store.search("p2@example.org")[0]
    store.check_in(r2.id, station="Empfang 1")
    walk_in = store.add_walk_in("Walter", "Walk", station="Empfang 2")
    lines[2] = "R2;Vor2;Neuname;P2@EXAMPLE.org;;nein;"   # changed name, e-mail case, consent
    del lines[5]                                           # R5 cancelled
    lines.append("R9;Neu;Person;neu@example.org;;;")
    report = importer.import_file(store, write_csv(tmp_path / "v2.csv", lines))
    assert (report.added, report.updated, report.unchanged) == (1, 1, 4)
    assert report.missing == [{"registration_id": "R5", "first_name": "Vor5", "last_name": "Nach5",
                               "code": codes_before["R5"]}]
    after = {a.registration_id: a for a in store.all_attendees()}
    assert {k: after[k].code for k in codes_before} == codes_before
    assert (after["R2"].last_name, after["R2"].photo_consent) == ("Neuname", False)
    assert after["R2"].checked_in_at is not None and after["R2"].station == "Empfang 1"
    assert "R5" in after and after[None].id == walk_in.attendee.id
    assert len(store.log()) == 2
    assert store.search("neuname")[0].id == r2.id
    again = importer.import_file(store, write_csv(tmp_path / "v2.csv", lines))
    assert (again.added, again.updated, again.unchanged, len(again.missing)) == (0, 0, 6, 1)


def test_reimport_of_unindexed_fields_keeps_search_working(store, tmp_path):
    head = "Anmelde-Nr.;Vorname;Nachname;Workshop"
    importer.import_file(store, write_csv(tmp_path / "a.csv", [head, "W1;Anna;Schmidt;Forum 1"]))
    report = importer.import_file(store, write_csv(tmp_path / "b.csv", [head, "W1;Anna;Schmidt;Forum 3"]))
    assert report.updated == 1
    (found,) = store.search("schmidt")
    assert found.workshop == "Forum 3"
    assert store.search_ids("") == [found.id]


def test_reimport_matches_by_email_without_ids(store, tmp_path):
    importer.import_file(store, write_csv(tmp_path / "a.csv", ["Vorname;Nachname;E-Mail", "Anna;Schmidt;anna@x.de",
                                                               "Ben;Weber;ben@x.de"]))
    code = store.search("anna")[0].code
    report = importer.import_file(store, write_csv(tmp_path / "b.csv", [
        "Anmelde-Nr.;Vorname;Nachname;E-Mail", "K1;Anna;Schmidt-Berg;ANNA@x.de", "K2;Ben;Weber;ben@x.de"]))
    assert (report.added, report.updated, report.missing) == (0, 2, [])
    anna = store.attendee_by_code(code)
    assert (anna.registration_id, anna.last_name, anna.email) == ("K1", "Schmidt-Berg", "ANNA@x.de")


def test_a_list_of_names_imported_again_is_matched_by_name(store, tmp_path):
    """A list made by hand has no registration numbers and no e-mails; importing it again must
    not add everybody a second time. Same names (and organisation, when the file has that
    column) are the same people, each once and in order, so namesakes stay two people; a
    changed name or organisation is a new person, and the old one is reported, not overwritten."""
    head = "Vorname;Nachname;Organisation;Workshop"
    first = [head, "Anna;Schmidt;AWO;", "Anna;Schmidt;AWO;", "Jörg;Weiß;DRK;", "Ben;Ohm;Caritas;"]
    importer.import_file(store, write_csv(tmp_path / "a.csv", first))
    codes = {a.code for a in store.all_attendees()}
    again = importer.import_file(store, write_csv(tmp_path / "b.csv", first))
    assert (again.added, again.updated, again.unchanged, again.missing) == (0, 0, 4, [])

    second = [head, "Anna;Schmidt;AWO;Forum 1", "Anna;Schmidt;AWO;", "Joerg;Weiss;DRK;", "Ben;Ohm;AWO;"]
    report = importer.import_file(store, write_csv(tmp_path / "c.csv", second))
    assert (report.added, report.updated, report.unchanged) == (1, 2, 1)  # Jörg: spelled out, same person
    assert [m["last_name"] for m in report.missing] == ["Ohm"]            # Ben moved: a new entry
    assert codes <= {a.code for a in store.all_attendees()} and store.count() == 5
    assert sorted(a.workshop for a in store.search("anna schmidt")) == ["", "Forum 1"]

    names_only = importer.import_file(store, write_csv(tmp_path / "d.csv", ["Vorname;Nachname", "Jörg;Weiß"]))
    assert (names_only.added, names_only.updated) == (0, 1)            # no organisation column: names alone
    assert [(a.first_name, a.last_name) for a in store.search("weiss")] == [("Jörg", "Weiß")]

    export = importer.import_file(store, write_csv(tmp_path / "e.csv", [
        "Anmelde-Nr.;Vorname;Nachname;Organisation;E-Mail", "K1;Jörg;Weiß;DRK;jw@drk.de",
        "K2;Jörg;Weiß;DRK;other@drk.de", "K3;Anna;Schmidt;AWO;anna@awo.de"]))
    assert (export.added, export.updated) == (1, 2)  # the web form's export finds the listed people
    joerg = store.search("jw@drk.de")[0]
    assert joerg.registration_id == "K1" and store.search("other@drk")[0].id != joerg.id


def test_different_ids_sharing_an_email_are_different_people(store, tmp_path):
    head = "Anmelde-Nr.;Vorname;Nachname;E-Mail"
    importer.import_file(store, write_csv(tmp_path / "a.csv", [head, "F1;Anna;Schmidt;familie@x.de"]))
    report = importer.import_file(store, write_csv(tmp_path / "b.csv", [head, "F2;Ben;Schmidt;familie@x.de"]))
    assert (report.added, report.updated) == (1, 0)
    assert [m["registration_id"] for m in report.missing] == ["F1"]
    assert sorted(a.first_name for a in store.all_attendees()) == ["Anna", "Ben"]


def test_dry_run_writes_nothing(demo_store, db_path, tmp_path):
    path = write_registrations(tmp_path / "reg.csv", 25, "utf8-csv")
    before, before_files = snapshot(demo_store), files(db_path)
    report = importer.import_file(demo_store, path, dry_run=True)
    # The demo event's first 25 registration ids are in this file (with other people's data).
    assert (report.added, report.updated, report.dry_run, report.written) == (0, 25, True, False)
    assert len(report.missing) == 35
    assert "Dry run" in report.summary()
    assert snapshot(demo_store) == before and files(db_path) == before_files


def test_dry_run_into_a_new_event_says_what_the_import_then_does(store, db_path, tmp_path):
    lines = ["Vorname;Nachname;E-Mail", "Anna;Berg;anna@example.org", "Ben;Kaya;kein-at",
             ";;", "Cem;Öz;cem@example.org"]
    path = tmp_path / "neu.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    before, before_files = snapshot(store), files(db_path)
    dry = importer.import_file(store, path, dry_run=True, skip_invalid=True)
    assert (dry.added, dry.updated, dry.unchanged, dry.missing, dry.written) == (2, 0, 0, [], False)
    assert [(p.row, p.column) for p in dry.rejected] == [(3, "E-Mail")]
    assert snapshot(store) == before and files(db_path) == before_files
    done = importer.import_file(store, path, skip_invalid=True)
    assert (done.added, done.updated, done.unchanged, done.missing, done.written) == (2, 0, 0, [], True)
    assert done.rejected == dry.rejected and store.count() == 2


def test_import_restores_cache_size_and_garbage_collector(store, tmp_path):
    import gc

    before = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    path = write_registrations(tmp_path / "reg.csv", 5, "excel-csv")
    importer.import_file(store, path)
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == before
    assert gc.isenabled()


def test_progress_and_cancel(store, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CHUNK", 10)
    path = write_registrations(tmp_path / "reg.csv", 35, "excel-csv")
    seen = []
    importer.import_file(store, path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (35, 35) and seen == sorted(seen) and len(seen) >= 4
    before = snapshot(store)
    calls = []

    def cancel_while_writing():
        calls.append(1)
        return len(calls) > 6   # validation looks 4 times, then the writing loop

    path2 = write_registrations(tmp_path / "reg2.csv", 35, "excel-csv", seed=99)
    with pytest.raises(ImportCancelled, match="nothing was changed"):
        importer.import_file(store, path2, cancel=cancel_while_writing)
    assert snapshot(store) == before
    assert not store.conn.in_transaction


# -- the command line ----------------------------------------------------------------------------------------

def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "checkin", *args], capture_output=True, text=True, timeout=60)


def test_cli_import_json_and_exit_codes(tmp_path):
    db = tmp_path / "cli.db"
    good = write_registrations(tmp_path / "reg.csv", 20, "excel-csv")
    done = run_cli("--db", str(db), "import", str(good), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["added"], data["updated"], data["unchanged"], data["missing"], data["rejected"]) == (20, 0, 0, [], [])

    broken = write_csv(tmp_path / "broken.csv", BROKEN)
    failed = run_cli("--db", str(db), "import", str(broken), "--json")
    assert failed.returncode == 2 and failed.stderr.count("\n") == 1
    assert json.loads(failed.stdout)["rejected"][1] == {
        "row": 4, "column": "E-Mail", "message": "malformed e-mail address 'carl(at)example.org'"}
    plain = run_cli("--db", str(db), "import", str(broken))
    assert plain.returncode == 2
    assert plain.stderr.count("\n") == 1 and "4 invalid rows; nothing was imported" in plain.stderr
    assert "Traceback" not in plain.stderr + plain.stdout

    dry = run_cli("--db", str(db), "import", str(good), "--dry-run", "--json", "--map", "first_name=Nachname",
                  "--keep", "PLZ")
    assert dry.returncode == 0, dry.stderr
    dry_data = json.loads(dry.stdout)
    assert (dry_data["dry_run"], dry_data["updated"], dry_data["mapping"]["first_name"]) == (True, 20, "Nachname")
    assert "last_name" not in dry_data["mapping"]

    skipped = run_cli("--db", str(db), "import", str(broken), "--skip-invalid", "--json")
    assert skipped.returncode == 0 and json.loads(skipped.stdout)["added"] == 3

    missing = run_cli("--db", str(db), "import", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "no such file" in missing.stderr
    bad_map = run_cli("--db", str(db), "import", str(good), "--map", "shoe=Size")
    assert bad_map.returncode == 2 and "unknown field 'shoe'" in bad_map.stderr
    stats = json.loads(run_cli("--db", str(db), "stats", "--json").stdout)
    assert stats["registered"] == 23


def test_cli_unreadable_file_creates_no_database(tmp_path):
    db = tmp_path / "new.db"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01binary")
    failed = run_cli("--db", str(db), "import", str(bad))
    assert failed.returncode == 2 and "not a CSV or XLSX file" in failed.stderr
    assert "Traceback" not in failed.stderr and not db.exists()


def test_cli_refused_or_dry_import_leaves_no_new_database(tmp_path):
    broken = write_csv(tmp_path / "broken.csv", BROKEN)
    refused = run_cli("--db", str(tmp_path / "refused.db"), "import", str(broken))
    assert refused.returncode == 2 and not list(tmp_path.glob("refused.db*"))
    good = write_registrations(tmp_path / "reg.csv", 5, "utf8-csv")
    dry = run_cli("--db", str(tmp_path / "dry.db"), "import", str(good), "--dry-run", "--json")
    assert dry.returncode == 0 and json.loads(dry.stdout)["added"] == 5
    assert not list(tmp_path.glob("dry.db*"))
    real = run_cli("--db", str(tmp_path / "real.db"), "import", str(good), "--json")
    assert real.returncode == 0 and (tmp_path / "real.db").exists()


def test_names_that_lost_letters_are_imported_with_a_warning(store, tmp_path):
    # German Excel cannot hold Cyrillic, Greek or Arabic: it writes '?' for each letter.
    path = write_registrations(tmp_path / "excel.csv", 10, "excel-csv")
    report = importer.import_file(store, path)
    assert report.added == 10 and not report.rejected
    lost = {(w.row, w.column) for w in report.warnings}
    assert {(5, "Vorname"), (5, "Nachname"), (6, "Vorname"), (7, "Nachname")} <= lost
    assert all(w.row in (5, 6, 7) for w in report.warnings)       # Latin names are not flagged
    assert "lost letters" in report.summary() and report.to_json()["warnings"][0]["row"] == 5
    utf8 = write_registrations(tmp_path / "utf8.csv", 10, "utf8-csv")
    assert importer.import_file(store, utf8).warnings == []         # UTF-8 keeps every letter
    plain = write_csv(tmp_path / "q.csv", ["Vorname;Nachname;Institution", "Wer?;Müller;Was? Verein",
                                            "Agnieszka;Wi?niewska;Stadt", "?ukasz;Nowak;Stadt"])
    found = importer.import_file(store, plain).warnings            # a lone question mark is text
    assert [(w.row, w.column) for w in found] == [(3, "Nachname"), (4, "Vorname")]


# -- the fast paths agree with the plain ones -------------------------------------------------------------

def test_other_whitespace_is_everything_strip_removes():
    expected = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()} - {" ", "\n"}
    assert set(tables.OTHER_WHITESPACE) == expected


@pytest.mark.parametrize("text", [
    'a;b;c\nd;e;f\n',                                            # plain
    'a;b;c\r\nd ; e;f \r\n\r\n;;\r\n',                           # CRLF, cells to trim, an empty row
    'a;"b;1";c\nd;"e ""quoted""";f\n',                           # quotes on one line
    'a;"two\nlines";c\nd;e;f\n',                                 # a quoted line break
    'a;5" screen;c\nd;e;f\n',                                    # a stray quote
    'a;"open;c\nd;e;f\n',                                        # a quote never closed
    'a;\xa0b;c\nd;e\t;f\n',                                      # no-break space, tab
    'a;b\rc;d\n',                                                # an old Mac line end
    'a\tb\tc\n d \t e\tf\n',                                     # tab as delimiter
    'a\tb\tc\nd\te\tf\n',                                          # tab, nothing to trim
    'a;b;c\r\nd;e;f\r\n;;\r\n\r\n',                                  # blank rows at the end
    'a;b;c\n',                                                    # a header and nothing else
    'a;b;c\nd;e;f\n\ng;h;i\n',                                     # a blank row inside
    'a;;c\nd;e;f\n',                                              # a column without a header
    'a;b;c\nd;e\ng;h;i;j\n',                                       # rows short and long
    '"a";"b";"c"\r\n"d";"e;1";"f"\r\n"g";"";"i"\r\n',             # every cell quoted
    'a;b;c\nd;" e ";f\ng;h;i\n"j";k;l\nm;n;o\n"p";"q";"r"\n',        # quoted rows among plain ones
    'a;b;c\nd;e;f\n"";"";""\ng;h;i\n',                                # a quoted empty row inside
    'a;b;c\nd;"e;f"\ng;h;i\n',                                       # a quoted row too short
    'a;"b;c"\nd;e\n',                                                # a header cell with the delimiter
])
def test_splitting_lines_gives_what_the_csv_module_gives(text):
    delimiter = "\t" if "\tb" in text else ";"
    if text == "a;b;c\n":
        plain = (["a", "b", "c"], [], [])
    else:
        plain = tables._clean_rows(tables._csv_rows(text, delimiter, 1), "x.csv")[:3]
    lines = tables._lines(text)
    other = tables._other_whitespace(text, text.encode("utf-8"), "utf-8", delimiter)
    fast = None if lines is None else tables._split_rows(lines, delimiter, 1, trim_all=other)
    if fast is not None:
        assert tables._clean_rows(fast, "x.csv")[:3] == plain
    else:  # left to the csv module: a quoted line break, an unclosed quote, a lone CR
        assert '"two' in text or '"open' in text or "\rc" in text
    table = tables._read_csv("x.csv", text.encode("utf-8"))
    assert (table.headers, table.rows, table.row_numbers) == plain
    # as German Excel would write it: the flat path told by the cp1252 bytes
    trimming = tables._other_whitespace(text, text.encode("cp1252"), "cp1252", delimiter)
    flat = None if trimming or lines is None else tables._split_flat(lines, delimiter, 1)
    if flat is not None:
        assert (flat.headers, flat.rows, flat.row_numbers) == plain
    columns = [table.column(i) for i in range(len(table.headers))]
    assert columns == [tuple(c) for c in zip(*table.rows)] or not table.rows


def test_quoted_rows_are_read_a_block_at_a_time_with_the_others(tmp_path):
    """Organisation names with commas come quoted; the rest of the file still takes the fast path."""
    lines = ["Registration ID,First name,Last name,Organisation"]
    lines += [f'R{i},Anna,Schmidt,"Stadt Dortmund, Amt {i}"' if i % 3 == 0
              else f"R{i},Jörg,Öztürk,Verein {i}" for i in range(1, 3001)]
    path = tmp_path / "quoted.csv"
    path.write_bytes("\r\n".join(['"Registration ID","First name","Last name","Organisation"', *lines[1:]])
                     .encode("utf-8-sig"))
    table = tables.read_table(path)
    assert table.known_columns is not None                          # split a block at a time
    with open(path, encoding="utf-8-sig", newline="") as f:
        expected = list(csv.reader(f))
    assert table.headers == expected[0] and [list(r) for r in table.rows] == expected[1:]
    assert table.column(3)[2] == "Stadt Dortmund, Amt 3" and table.column(3)[3] == "Verein 4"
    assert table.row_numbers[-1] == 3001


def test_a_big_table_leaves_the_garbage_collector_nothing_to_walk(tmp_path):
    """A collection walks every list it tracks, cell by cell: with 100,000 rows that held up
    the window for 100 ms and more after each step of the import wizard. The cells of a
    read table end up in tuples the collector stops tracking after one look."""
    import gc

    path = write_registrations(tmp_path / "big.csv", 2000, "excel-csv", seed=3)
    table = tables.read_table(path)
    assert table.known_columns is not None and len(table.rows) == 2000
    gc.collect()

    def reachable(obj, depth):
        below = [] if depth == 0 else gc.get_referents(obj)
        return [obj, *(x for r in below for x in reachable(r, depth - 1))]

    # tracked and holding more than one reference per row (the row numbers hold one)
    walked = [o for o in reachable(table, 4) if gc.is_tracked(o) and len(gc.get_referents(o)) > 2000]
    assert walked == []
    assert table.rows[1999] == [column[1999] for column in table.known_columns]


@pytest.mark.parametrize("kind", ["excel-csv", "xlsx"])
def test_columns_are_out_of_the_collectors_way_as_soon_as_they_exist(tmp_path, kind):
    """A tuple of strings stays tracked until a collection first looks at it; left to the
    collector, that first look took in every column at once (80-140 ms at 100,000 rows, with
    the window held up). Each column is looked at as it is made, on the block-split path and
    on the row path (XLSX) alike."""
    import gc

    suffix = "xlsx" if kind == "xlsx" else "csv"
    table = tables.read_table(write_registrations(tmp_path / f"reg.{suffix}", 300, kind, seed=4))
    columns = [table.column(index) for index in range(len(table.headers))]
    assert len(columns) > 5 and all(len(column) == 300 for column in columns)
    assert [gc.is_tracked(column) for column in columns] == [False] * len(columns)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_whitespace_that_needs_trimming_is_found(tmp_path, encoding):
    clean = "Vorname;Nachname\r\nJürgen;Groß – „Gast“\r\n"
    assert not tables._other_whitespace(clean, clean.encode(encoding), encoding, ";")
    path = tmp_path / "padded.csv"
    for padded in ("Jürgen ;Groß", "Jürgen; Groß", " Jürgen;Groß", "Jürgen;Groß ", "Jürgen\t;Groß",
                   "Jürgen;Gro\xdf\xa0", "Jürgen;Groß\x1f", ' Jürgen;"Groß"', '"Jürgen" ;Groß'):
        for text in (f"Vorname;Nachname\r\n{padded}\r\nAnna;Berg\r\n",
                     f"Vorname;Nachname\r\nAnna;Berg\r\n{padded}\r\n", f" Vorname;Nachname\r\n{padded}\r\n"):
            path.write_bytes(text.encode(encoding))
            table = tables.read_table(path)
            assert table.headers == ["Vorname", "Nachname"], padded
            assert ["Jürgen", "Groß"] in list(table.rows), padded
    wide_ones = ("\u2009", "\u3000", "\u202f") if encoding.startswith("utf") else ()
    for wide in ("\t", "\xa0", "\x1f", *wide_ones):
        text = f"Vorname;Nachname\nJürgen{wide};Groß\n"
        assert tables._other_whitespace(text, text.encode(encoding), encoding, ";"), repr(wide)
    # other encodings: the same answers from the decoded text
    assert not tables._other_whitespace(clean, clean.encode("utf-16"), "utf-16", ";")
    assert tables._other_whitespace("a\u2009;b\n", b"", "utf-16", ";")


def test_column_checks_report_like_row_by_row(tmp_path):
    path = write_csv(tmp_path / "bad.csv", [
        HEADER,
        "R1;Anna;Muster;anna@example.org;44135;ja;01.03.2017 10:00",
        "R2;;;kaputt;44135;vielleicht;31.02.2017 10:00",       # four problems in one row
        "R1;Ben;Beispiel;ben@example.org;44135;nein;02.03.2017",  # the id again
        "R4;Cem;;cem@example;44135;;gestern",
        "R5;Dora;Dorn;;;x;",
        "R6;Emil;Engel;;;vielleicht;3/14/2017 9:31 PM",
        "R7;Fe;Falk;;;nein;morgen",
    ])
    table = importer.read_table(path)
    batch, problems = importer.validate_columns(table, importer.guess_mapping(table.headers))
    assert [(p.row, p.kind) for p in problems] == [
        (3, "no_name"), (3, "bad_email"), (4, "duplicate_id"), (5, "bad_email")]
    assert batch.row_numbers == [2, 6, 7, 8]
    assert [(p.row, p.kind) for p in batch.warnings] == [(7, "bad_consent"), (8, "bad_date")]  # imported empty
    assert batch.columns["photo_consent"] == [True, True, None, False]
    assert batch.columns["registered_at"] == ["2017-03-01T10:00", "", "2017-03-14T21:31", ""]
    assert batch.records()[1]["last_name"] == "Dorn" and batch.records()[1]["_row"] == 6


def test_a_new_events_import_indexes_like_adding_people_one_by_one(tmp_path):
    """The column-at-once path of a new event's import and the one-person path (walk-ins,
    merges) give the same rows, the same search index and the same answers."""
    path = write_registrations(tmp_path / "reg.csv", 400, "excel-csv", seed=5)
    with EventStore.open(tmp_path / "bulk.db", create=True) as bulk, \
            EventStore.open(tmp_path / "single.db", create=True) as single:
        report = importer.import_file(bulk, path)
        assert report.added == 400
        bulk.conn.execute("INSERT INTO attendee_search (attendee_search, rank) VALUES ('integrity-check', 1)")
        table = importer.read_table(path)
        records, problems = importer.validate(table, importer.guess_mapping(table.headers))
        assert not problems
        codes = [r[0] for r in bulk.conn.execute("SELECT code FROM attendees ORDER BY id")]
        for record, code in zip(records, codes):
            with single.transaction():
                single.insert_attendees([{**record, "code": code}])
        columns = "id, code, first_name, last_name, organisation, email, sort_key, search_rowid"
        assert (bulk.conn.execute(f"SELECT {columns} FROM attendees ORDER BY id").fetchall()
                == single.conn.execute(f"SELECT {columns} FROM attendees ORDER BY id").fetchall())
        index = "SELECT rowid, * FROM attendee_search ORDER BY rowid"
        assert bulk.conn.execute(index).fetchall() == single.conn.execute(index).fetchall()
        someone = bulk.attendee(17)
        queries = ("", "m", "mue", "stadt", someone.last_name, f"{someone.first_name} {someone.last_name[:3]}",
                   someone.code[:6].lower(), someone.email.split("@")[0])
        for query in queries:
            assert bulk.search_ids(query) == single.search_ids(query), query
        assert 17 in bulk.search_ids(someone.code[:6].lower())


def test_summaries_count_in_the_right_number(tmp_path, store):
    """One invalid row is "1 invalid row", one missing person "1 person is": no "1 rows"."""
    one_bad = write_csv(tmp_path / "one.csv", ["Vorname;Nachname;E-Mail", "Anna;Schmidt;anna@x",
                                               "Bernd;Bauer;b@example.org"])
    refused = run_cli("--db", str(tmp_path / "one.db"), "import", str(one_bad))
    assert refused.returncode == 2 and "1 invalid row; nothing was imported" in refused.stderr
    assert "Nothing imported: 1 of 2 rows is invalid." in refused.stdout

    report = importer.import_file(store, one_bad, skip_invalid=True)
    assert "added 1, updated 0, unchanged 0; 1 invalid row skipped." in report.summary()
    fewer = write_csv(tmp_path / "fewer.csv", ["Vorname;Nachname;E-Mail", "Carla;Clausen;c@example.org"])
    report = importer.import_file(store, fewer)
    assert "; 1 person is no longer in the file (kept)." in report.summary()
    bauer = store.search("bauer")[0]
    assert f"\n  -  Bernd Bauer  ({bauer.code})" in report.summary()
    with EventStore.open(tmp_path / "surnames.db", create=True) as other:
        importer.import_file(other, write_csv(tmp_path / "ohm.csv", ["Nachname", "Ohm"]))
        report = importer.import_file(other, write_csv(tmp_path / "none.csv", ["Nachname", "Ampère"]))
        assert f"\n  -  Ohm  ({other.search('ohm')[0].code})" in report.summary()  # no gap for a first name
    assert importer.counted(3, "person", "people") == "3 people" and importer.counted(0, "row") == "0 rows"


@pytest.mark.parametrize("piece", [1, 5, 64])
def test_reading_a_piece_at_a_time_equals_reading_at_once(monkeypatch, tmp_path, piece):
    """Decoding, the NFC check and the line split go a piece per call (so the window is not held
    up by one long call); cut anywhere, they give what one call over the whole file gives:
    multibyte letters, CRLF, decomposed letters, a BOM, UTF-16, and a Windows-1252 byte that
    only shows up late in an otherwise UTF-8-looking file."""
    import random
    import unicodedata

    rng = random.Random(piece)
    alphabet = ["a", "ü", "\n", "\r\n", "e\u0301", "€", ";", "\U0001F600", "\r", "ß"]
    texts = ["", "\n", "a\n", "\r\n\r\n", "x" * 200 + "\n" + "y" * 3]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(400)]
    monkeypatch.setattr(tables, "_PIECE", piece)
    for text in texts:
        want = text.split("\n")
        if "\r" in text:
            want = [line[:-1] if line.endswith("\r") else line for line in want]
            want = None if any("\r" in line for line in want) else want
        assert tables._lines(text) == want, text
        assert tables._nfc(text) == unicodedata.normalize("NFC", text)
        for encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1252"):
            data = text.encode(encoding, errors="replace")  # (cp1252 lacks some of these letters)
            assert tables._decoded(data, encoding) == data.decode(encoding), (encoding, text)

    late = ("Vorname;Nachname\r\n" + "Anna;Berg\r\n" * 40).encode() + "Jörg;Groß\r\n".encode("cp1252")
    path = tmp_path / "late.csv"
    path.write_bytes(late)
    table = tables.read_table(path)
    monkeypatch.setattr(tables, "_PIECE", 1 << 20)
    assert table == tables.read_table(path) and table.encoding == "cp1252"
    assert list(table.rows)[-1] == ["Jörg", "Groß"]
