"""Search and check-in speed on events of 1,000, 10,000 and 100,000 attendees.

Targets (issue 2): search, any query of 1-3 words, top 50 results, p99 under 5 ms;
a check-in committed durably (WAL, synchronous=FULL), p99 under 2 ms.
Reference measured in the same run: a LIKE '%...%' scan over the same table.

    .venv/bin/python bench/bench_core.py [--sizes 1000,10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SIZES, demo_event, describe, timed  # noqa: E402


def queries(store, rng: random.Random, n: int) -> list[str]:
    people = store.attendees_by_ids(rng.sample(range(1, store.count() + 1), min(n, store.count())))
    made = []
    for i, p in enumerate(people):
        kind = i % 8
        last, first, org = p.last_name, p.first_name, p.organisation or "Stadt"
        made.append([
            last[:rng.randint(1, 3)],                                   # first letters of a name
            last[:rng.randint(3, 8)],
            first,
            f"{first[:4]} {last[:3]}",                                   # "anna schm"
            org.split()[0],                                              # an organisation word
            f"{first} {last[:5]} {org.split()[0][:3]}",                  # three words
            p.code.lower(),                                              # a code typed by hand
            last.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")[:6],  # Mueller for Müller
        ][kind])
    return made


def like_scan(store, query: str) -> list[int]:
    pattern = f"%{query.split()[0]}%"
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM attendees WHERE last_name LIKE ? OR first_name LIKE ? OR organisation LIKE ? "
        "OR email LIKE ? ORDER BY sort_key LIMIT 50", (pattern,) * 4)]


def bench(size: int, folder: Path, samples: int) -> None:
    build_ms, store = timed(demo_event, folder, size)
    rng = random.Random(size)
    qs = queries(store, rng, samples)
    for q in qs[:20]:
        store.search_ids(q)  # warm the page cache like a desk that has been running
    search = [timed(store.search_ids, q, 50)[0] for q in qs]
    like = [timed(like_scan, store, q)[0] for q in qs[: max(50, samples // 10)]]
    ids = rng.sample(range(1, size + 1), min(samples, size))
    checkin = [timed(store.check_in, i, "Bench")[0] for i in ids]
    repeat = [timed(store.check_in, i, "Bench")[0] for i in ids[:200]]
    store.conn.execute("DELETE FROM presence")  # keep the reused database fresh for the next run
    store.conn.execute("DELETE FROM checkin_log")
    store.close()
    print(f"\n{size:,} attendees (database ready in {build_ms / 1000:.1f} s)")
    print(f"  search top 50, {len(search)} queries of 1-3 words : {describe(search)}   target p99 < 5 ms")
    print(f"  reference LIKE '%...%' scan            : {describe(like)}")
    print(f"  check-in, committed (synchronous=FULL) : {describe(checkin)}   target p99 < 2 ms")
    print(f"  repeat scan (already checked in)       : {describe(repeat)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="folder to keep the event databases in (reused)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in (int(s) for s in args.sizes.split(",")):
            bench(size, folder, args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
