"""Does the window stay responsive while the import wizard reads, checks and imports a big list?

A 10 ms timer ticks on the UI thread while the wizard (offscreen) reads a German
Excel CSV, runs the dry-run check and imports it, all in the background. Printed
per phase: how long it took and the longest gap between ticks (the longest time
the window could not repaint or react). Target: gaps under 100 ms, so typing and
scanning at the desk never notice an import; one frame (16 ms) is the ideal.

    .venv/bin/python bench/bench_import_wizard.py [--sizes 10000,100000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SIZES, describe, quiet_offscreen_qt  # noqa: E402

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from checkin.demo import write_registrations  # noqa: E402
from checkin.store import EventStore  # noqa: E402
from checkin.ui.dialogs.import_wizard import ImportWizard  # noqa: E402


class Ticker:
    """Records the gaps between 10 ms timer ticks on the UI thread."""

    def __init__(self):
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return list(self.gaps) or [0.0]


def run_until(app: QApplication, done, limit: float = 600.0, on_limit: str | None = "timed out") -> float:
    """Run the event loop until ``done()``; after ``limit`` seconds stop, with ``on_limit``
    as the error (``None``: simply return)."""
    start = time.perf_counter()
    while not done():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - start > limit:
            if on_limit is None:
                break
            raise SystemExit(on_limit)
    return time.perf_counter() - start


def measure(app: QApplication, folder: Path, rows: int) -> None:
    source = write_registrations(folder / f"wizard-{rows}.csv", rows, "excel-csv")
    db_path = folder / f"wizard-{rows}.db"
    for leftover in folder.glob(db_path.name + "*"):
        leftover.unlink()
    EventStore.open(db_path, create=True).close()
    wizard = ImportWizard(db_path)
    wizard.show()
    run_until(app, lambda: False, limit=0.3, on_limit=None)  # its first layout and paint are not the read's
    ticker = Ticker()
    print(f"{rows:>7} rows")

    ticker.start()
    wizard.file_page.set_path(source)
    seconds = run_until(app, lambda: wizard.table is not None)
    print(f"  read     {seconds:6.2f} s   UI gaps: {describe(ticker.stop())}")

    wizard.next()
    ticker.start()
    wizard.next()
    seconds = run_until(app, lambda: wizard.check_page.report is not None)
    print(f"  check    {seconds:6.2f} s   UI gaps: {describe(ticker.stop())}")

    ticker.start()
    wizard.next()
    seconds = run_until(app, lambda: wizard.run_page.done)
    print(f"  import   {seconds:6.2f} s   UI gaps: {describe(ticker.stop())}")
    report = wizard.report
    print(f"  imported: added {report.added}, updated {report.updated}, unchanged {report.unchanged}")
    wizard.close()
    wizard.deleteLater()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES[1:]),
                        help="comma-separated row counts (default: 10000,100000)")
    args = parser.parse_args()
    quiet_offscreen_qt()
    app = QApplication.instance() or QApplication([])
    print("UI-thread gaps while the import wizard works (timer every 10 ms; target: max < 100 ms)")
    with tempfile.TemporaryDirectory(prefix="checkin-bench-") as tmp:
        for rows in (int(s) for s in args.sizes.split(",")):
            measure(app, Path(tmp), rows)


if __name__ == "__main__":
    main()
