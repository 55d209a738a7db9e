"""Helpers shared by the benchmarks: percentiles, timing, building demo events."""

from __future__ import annotations

import hashlib
import statistics
import time
from pathlib import Path

SIZES = (1_000, 10_000, 100_000)


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def describe(samples_ms: list[float]) -> str:
    return (f"median {statistics.median(samples_ms):7.3f} ms  p95 {percentile(samples_ms, 95):7.3f} ms  "
            f"p99 {percentile(samples_ms, 99):7.3f} ms  max {max(samples_ms):7.3f} ms  (n={len(samples_ms)})")


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result


def demo_event(folder: Path, attendees: int):
    """A demo event database with ``attendees`` people, built once per size and reused."""
    from checkin.demo import create_demo_event
    from checkin.store import EventStore, migrations

    # The schema's digest in the name: a database cached by an older build is never reused.
    schema = hashlib.sha1(b"".join(p.read_bytes() for _, p in migrations())).hexdigest()[:10]
    path = folder / f"bench-{attendees}-{schema}.db"
    if not path.exists():
        with EventStore.open(path, create=True) as store:
            create_demo_event(store, attendees=attendees, seed=attendees)
    return EventStore.open(path)


def quiet_offscreen_qt() -> None:
    """Leave out the offscreen platform's "This plugin does not support propagateSizeHints()",
    which it prints for every window and dialog shown; other Qt messages still reach stderr."""
    import sys

    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
