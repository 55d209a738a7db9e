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
