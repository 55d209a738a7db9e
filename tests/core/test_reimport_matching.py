"""Re-importing an updated export: who is taken for whom, and what the organiser is told.

Real files (CSV written as German Excel writes it, XLSX through openpyxl) into a real event file.
"""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from checkin import badges, cli, importer
from checkin import store as store_module
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


# -- 1. a registration number (or e-mail) that now names somebody else ---------------------------------

@pytest.fixture
def swapped(store, tmp_path, monkeypatch):
    """The event from the first export; Hans-Jürgen checked in at Desk 1 on the day, his badge
    printed; then an export in which rows 6 and 7 swapped their registration numbers."""
    importer.import_file(store, write_csv(tmp_path / "v1.csv", PEOPLE))
    hans = store.search("schäfer")[0]
    with monkeypatch.context() as patched:
        patched.setattr(store_module, "utc_now", lambda: "2017-03-20T08:12:00.000Z")  # 09:12 in Dortmund
        store.check_in(hans.id, station="Desk 1")
    badges.record_prints(store, [hans.id], "Desk 1", "a6")
    rows = [list(p) for p in PEOPLE]
    rows[4][0], rows[5][0] = rows[5][0], rows[4][0]
    rows[4], rows[5] = rows[5], rows[4]  # the file keeps its order by number
    rows[1][1:3] = ["Joerg", "Mueller"]  # spelled out: the same person
    rows[2][2] = "Kaya-Berg"             # a new last name only: the same person
    return write_csv(tmp_path / "v2.csv", rows), hans


SWAP_WARNINGS = [
    ("row 6, Anmelde-Nr.: KK17-00005 was Hans-Jürgen Schäfer, now Elif Bauer "
     "(checked in 20.03.2017 09:12 at Desk 1; badge printed)"),
    "row 7, Anmelde-Nr.: KK17-00006 was Elif Bauer, now Hans-Jürgen Schäfer",
]


def test_swapped_registration_numbers_are_listed_with_row_column_and_what_hangs_on_them(store, swapped):
    path, hans = swapped
    dry = importer.import_file(store, path, dry_run=True)
    assert [str(p) for p in dry.changed_people] == SWAP_WARNINGS
    assert [str(p) for p in dry.warnings] == SWAP_WARNINGS  # the spelling and the last name: no warning
    assert dry.unreadable_cells == [] and dry.names_with_lost_letters == []
    summary = dry.summary()
    assert "Warning: 2 people in the file have another person's name under the same registration " \
           "number or e-mail" in summary
    for line in SWAP_WARNINGS:
        assert f"\n  {line}" in summary

    done = importer.import_file(store, path)
    assert (done.updated, [str(p) for p in done.warnings]) == (4, SWAP_WARNINGS)
    assert store.attendee(hans.id).first_name == "Elif"  # done as the file says: a ticket may pass on


def test_swapped_numbers_in_the_command_line_summary_and_json(store, swapped, db_path, capsys):
    path, _hans = swapped
    store.close()
    assert run(db_path, "import", str(path), "--dry-run", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert {"added", "updated", "unchanged", "missing", "rejected"} <= set(data)
    assert [(w["row"], w["column"]) for w in data["warnings"]] == [(6, "Anmelde-Nr."), (7, "Anmelde-Nr.")]
    assert data["warnings"][0]["message"] == SWAP_WARNINGS[0].removeprefix("row 6, Anmelde-Nr.: ")
    assert run(db_path, "import", str(path)) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported: added 0, updated 4, unchanged 2.") and SWAP_WARNINGS[1] in out


def test_an_e_mail_that_now_names_somebody_else_is_listed_too(store, tmp_path):
    head = "Vorname;Nachname;E-Mail"
    importer.import_file(store, write_csv(tmp_path / "a.csv", [("Anna", "Berg", "info@verein.de")], head))
    report = importer.import_file(store, write_csv(tmp_path / "b.csv", [("Ben", "Ohm", "info@verein.de")],
                                                   head))
    assert report.updated == 1
    assert report.changed_people == [Problem(2, "E-Mail", "info@verein.de was Anna Berg, now Ben Ohm")]


def test_a_change_of_first_or_last_name_alone_is_no_warning(store, tmp_path):
    importer.import_file(store, write_csv(tmp_path / "a.csv", PEOPLE))
    rows = [list(p) for p in PEOPLE]
    rows[0][2], rows[3][1] = "Berg-Ohm", "Dorothea"
    report = importer.import_file(store, write_csv(tmp_path / "b.csv", rows))
    assert (report.updated, report.warnings) == (2, [])


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
