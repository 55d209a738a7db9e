"""After-the-event speed: exports, the signed list, the report, a backup and the purge.

Target (issue 5): an organiser produces the attendance export, the signed list and the report
"in a minute"; a backup is quick enough to run every few minutes while desks work.

    .venv/bin/python bench/bench_after.py [--sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import demo_event, timed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["CHECKIN_HOME"] = str(folder / "home")
        from checkin import backup, exports, privacy, report
        from checkin.attendance_list import write_attendance_list

        for size in (int(s) for s in args.sizes.split(",")):
            store = demo_event(folder, size)
            rng = random.Random(size)
            ids = [a.id for a in store.all_attendees(order="id")]
            with store.transaction():  # 60 % checked in, in one go
                for attendee_id in rng.sample(ids, int(size * 0.6)):
                    uuid = store._log(attendee_id, "check_in", "Empfang 1", "2017-03-20T08:30:00.000Z")
                    store.conn.execute("INSERT INTO presence VALUES (?, ?, ?, ?)",
                                       (attendee_id, uuid, "2017-03-20T08:30:00.000Z", "Empfang 1"))
            size_mb = store.path.stat().st_size / 1e6
            print(f"{size} attendees ({size_mb:.1f} MB):")
            jobs = [
                ("attendance CSV (UTF-8)", lambda: exports.write_csv(store, folder / "a.csv")),
                ("attendance CSV (German Excel)",
                 lambda: exports.write_csv(store, folder / "e.csv", excel=True)),
                ("attendance XLSX", lambda: exports.write_xlsx(store, folder / "a.xlsx")),
                ("signed list, everyone (PDF)", lambda: write_attendance_list(store, folder / "l.pdf")),
                ("report (PDF)", lambda: report.write_report(store, folder / "r.pdf")),
                ("figures only", lambda: report.figures(store)),
                ("backup (online, checked)", lambda: backup.backup_now(store)),
            ]
            for name, job in jobs:
                ms, _ = timed(job)
                print(f"  {name:<32} {ms:9.1f} ms")
            copy, source = folder / f"purge-{size}.db", store.path
            store.close()  # the last connection: the WAL is folded into the file
            shutil.copy(source, copy)
            from checkin.store import EventStore

            with EventStore.open(copy) as purge_store:
                ms, _ = timed(privacy.purge, purge_store)
            print(f"  {'purge (incl. backup, VACUUM)':<32} {ms:9.1f} ms")


if __name__ == "__main__":
    main()
