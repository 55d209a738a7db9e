"""Import speed for registration lists of 1,000, 10,000 and 100,000 rows.

Target (issue 2): a 100,000-row CSV, validated and indexed, at least 50,000 rows/s.
Reference measured in the same run on the same file: the ``sqlite-utils insert --csv``
command line into a fresh database (no validation, no search index).

Each size prints our import (German Excel CSV: cp1252, ``;``) as rows/s, split into
reading, validating and writing, next to the reference (and how many times faster we
are than it); then a re-import of the same file (everyone matched, nothing changed), the
issue's second reference (a plain ``executemany`` of the same rows into a table without
indexes) and the UTF-8 CSV and XLSX readers. The issue measured sqlite-utils at about
15,000 rows/s and executemany at about 280,000 rows/s on its machine. The two do not scale
alike between machines (this 2-core machine: sqlite-utils slower, executemany faster), so
neither ratio turns our figure into the issue's machine's; the target is read as it stands.

    .venv/bin/python bench/bench_import.py [--sizes 1000,10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SIZES  # noqa: E402

from checkin import importer  # noqa: E402
from checkin.demo import write_registrations  # noqa: E402
from checkin.store import EventStore  # noqa: E402

SQLITE_UTILS = Path(sys.executable).with_name("sqlite-utils")


def fresh_store(folder: Path, name: str) -> EventStore:
    path = folder / name
    for leftover in folder.glob(name + "*"):
        leftover.unlink()
    return EventStore.open(path, create=True)


def ours(folder: Path, csv_path: Path, rows: int) -> dict:
    """Our import, phase by phase, into a fresh event database."""
    with fresh_store(folder, "ours.db") as store:
        start = time.perf_counter()
        table = importer.read_table(csv_path)
        read = time.perf_counter()
        mapping = importer.guess_mapping(table.headers)
        report = importer.import_table(store, table, mapping)
        done = time.perf_counter()
        assert report.added == rows and not report.rejected, report.summary()
        assert store.count() == rows and store.search_ids("schm", limit=1)  # stored and indexed
        start_again = time.perf_counter()
        again = importer.import_file(store, csv_path)
        reimport = time.perf_counter() - start_again
        assert again.unchanged == rows, again.summary()
    return {"total": done - start, "read": read - start, "import": done - read, "reimport": reimport}


def reference(folder: Path, csv_path: Path) -> float:
    """``sqlite-utils insert fresh.db rows FILE --csv`` on the same file, as a subprocess."""
    db = folder / "reference.db"
    db.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run([str(SQLITE_UTILS), "insert", str(db), "rows", str(csv_path), "--csv",
                    "--delimiter", ";", "--encoding", "cp1252"], check=True)
    return time.perf_counter() - start


def plain_executemany(folder: Path, csv_path: Path) -> float:
    """The issue's other reference: the file's rows (read by the csv module beforehand, not
    timed) written by one ``executemany`` into a table without indexes, with its commit."""
    with csv_path.open(encoding="cp1252", newline="") as f:
        header, *rows = csv.reader(f, delimiter=";")
    db = folder / "executemany.db"
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute(f"CREATE TABLE rows ({', '.join(f'c{i}' for i in range(len(header)))})")
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO rows VALUES ({', '.join('?' * len(header))})", rows)
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def read_only(path: Path) -> float:
    start = time.perf_counter()
    importer.read_table(path)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--keep", metavar="DIR", help="keep the generated files here")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    print("import of a German Excel CSV (cp1252, ';'), validated and indexed; target >= 50,000 rows/s at 100,000")
    try:
        for rows in map(int, args.sizes.split(",")):
            csv_path = folder / f"excel-{rows}.csv"
            if not csv_path.exists():
                write_registrations(csv_path, rows, "excel-csv", seed=rows)
            ref = reference(folder, csv_path)
            t = ours(folder, csv_path, rows)
            print(f"{rows:>7} rows: checkin {rows / t['total']:>8,.0f} rows/s "
                  f"(read {t['read'] * 1000:6.0f} ms, validate+write {t['import'] * 1000:6.0f} ms)   "
                  f"sqlite-utils insert --csv {rows / ref:>8,.0f} rows/s ({ref / t['total']:.1f}x)   "
                  f"re-import, nothing changed {rows / t['reimport']:>8,.0f} rows/s")
            plain = rows / plain_executemany(folder, csv_path)
            print(f"{'':>13}plain executemany, no indexes {plain:>9,.0f} rows/s "
                  "(issue's machine: 280,000; sqlite-utils there: 15,000)")
            utf8 = folder / f"utf8-{rows}.csv"
            if not utf8.exists():
                write_registrations(utf8, rows, "utf8-csv", seed=rows)
            line = f"{'':>13}reading only: UTF-8 CSV {rows / read_only(utf8):>9,.0f} rows/s"
            if rows <= 10_000:
                xlsx = folder / f"reg-{rows}.xlsx"
                if not xlsx.exists():
                    write_registrations(xlsx, rows, "xlsx", seed=rows)
                line += f"   XLSX {rows / read_only(xlsx):>8,.0f} rows/s"
            print(line, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
