"""Re-importing an updated export: who is taken for whom, and what the organiser is told.

Real files (CSV written as German Excel writes it, XLSX through openpyxl) into a real event file.
"""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from checkin import badges, cli, importer, store as store_module
from checkin.importer import Problem

HEAD = "Anmelde-Nr.;Vorname;Nachname;E-Mail"
PEOPLE = [
    ("KK17-00001", "Anna", "Berg", "anna@example.org"),
    ("KK17-00002", "Jörg", "Müller", "joerg@example.org"),
    ("KK17-00003", "Cem", "Kaya", "cem@example.org"),
    ("KK17-00004", "Dora", "Klein", "dora@example.org"),
    ("KK17-00005", "Hans-Jürgen", "Schäfer", "hj@example.org"),
    ("KK17-00006", "Elif", "Bauer", "elif@example.org"),
]


def write_csv(path, rows, head=HEAD):
    lines = [head] + [";".join(row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def run(db_path, *argv):
    return cli.main(["--db", str(db_path), *argv])


# -- 3. numbers that lost their leading zeros ------------------------------------------------------------

def numbered(count: int) -> list[tuple[str, ...]]:
    return [(f"{n:05d}", f"Vor{n}", f"Nach{n}", f"p{n}@example.org") for n in range(1, count + 1)]


def excel_xlsx(path, rows):
    """What Excel makes of the CSV: 00001 became the number 1."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEAD.split(";"))
    for reg, *rest in rows:
        sheet.append([int(reg), *rest])
    book.save(path)
    return path


def test_numbers_without_their_leading_zeros_are_the_same_people(store, tmp_path):
    importer.import_file(store, write_csv(tmp_path / "a.csv", numbered(20)))
    codes = {a.registration_id: a.code for a in store.all_attendees()}
    rows = numbered(20)
    rows[3] = ("00004", "Vor4", "Anders", "p4@example.org")
    path = excel_xlsx(tmp_path / "excel.xlsx", rows)
    dry = importer.import_file(store, path, dry_run=True)
    assert (dry.added, dry.updated, dry.unchanged, dry.missing, dry.warnings) == (0, 1, 19, [], [])
    assert not dry.shares_few_people
    done = importer.import_file(store, path)
    assert (done.added, done.updated, done.unchanged, done.missing) == (0, 1, 19, [])
    assert store.count() == 20
    assert {a.registration_id: a.code for a in store.all_attendees()} == codes  # still 00001 ...
    assert store.search("p4@example.org")[0].last_name == "Anders"


def test_a_number_given_twice_with_and_without_zeros_is_a_duplicate(store, tmp_path):
    path = write_csv(tmp_path / "twice.csv", [("7", "Anna", "Berg", ""), ("007", "Ben", "Ohm", ""),
                                              ("A7", "Cem", "Kaya", ""), ("A007", "Dora", "Klein", "")])
    report = importer.import_file(store, path)
    twice = "registration id '007' appears twice (first in row 2)"
    assert report.rejected == [Problem(3, "Anmelde-Nr.", twice)]


def test_a_file_that_shares_few_people_with_the_event_is_questioned(store, tmp_path, db_path, capsys):
    importer.import_file(store, write_csv(tmp_path / "a.csv", numbered(20)))
    others = [(f"X{n}", f"Andere{n}", f"Person{n}", f"x{n}@example.org") for n in range(20)]
    path = write_csv(tmp_path / "other.csv", others)
    dry = importer.import_file(store, path, dry_run=True)
    assert (dry.added, len(dry.missing), dry.shares_few_people) == (20, 20, True)
    question = "This file shares few people with the event: 20 new, 20 not in the file. Is it the right list?"
    assert question in dry.summary()
    assert dry.to_json()["shares_few_people"] is True
    store.close()
    assert run(db_path, "import", str(path), "--dry-run") == 0
    assert question in capsys.readouterr().out

    half = numbered(10) + others[:10]  # half new, half missing: an ordinary update
    with store_module.EventStore.open(db_path) as event:
        report = importer.import_file(event, write_csv(tmp_path / "half.csv", half), dry_run=True)
    assert (report.added, len(report.missing), report.shares_few_people) == (10, 10, False)


def test_the_first_import_into_an_event_is_never_questioned(store, tmp_path):
    report = importer.import_file(store, write_csv(tmp_path / "a.csv", numbered(5)), dry_run=True)
    assert report.added == 5 and not report.shares_few_people
    assert "few people" not in report.summary() and report.to_json()["shares_few_people"] is False


# -- 4. a dry run of a file with invalid rows -----------------------------------------------------------

def test_a_dry_run_with_invalid_rows_says_nothing_would_be_imported(store, tmp_path, db_path, capsys):
    path = write_csv(tmp_path / "bad.csv", [("B1", "Anna", "Berg", "anna@example.org"), ("B2", "", "", ""),
                                            ("B3", "Cem", "Kaya", "cem(at)example.org"),
                                            ("B1", "Dora", "Klein", ""), ("B5", "Emil", "Fuchs", "")])
    store.close()
    assert run(db_path, "import", str(path), "--dry-run") == 2
    captured = capsys.readouterr()
    assert "would add 0" not in captured.out and "skipped" not in captured.out
    assert captured.out.startswith(
        "Dry run, nothing changed: nothing would be imported, because 3 of 5 rows are invalid. "
        "Fix them, or add --skip-invalid to import the other 2.")
    assert "nothing would be imported" in captured.err
    assert run(db_path, "import", str(path), "--dry-run", "--skip-invalid") == 0
    assert capsys.readouterr().out.startswith(
        "Dry run, nothing changed: would add 2, update 0, leave 0 unchanged; 3 invalid rows skipped.")
