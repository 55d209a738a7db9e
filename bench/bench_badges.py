"""Benchmark: A6 badges per second, PDF size per badge, and one badge at the desk.

Run ``.venv/bin/python bench/bench_badges.py``. Targets (issue 4): at least
500 A6 badges/s with QR codes, at most 3 KB per badge, one badge in under
100 ms. For reference it also draws the same badges with reportlab's own QR
widget instead of checkin's vector QR.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkin import badges, qrvector  # noqa: E402
from checkin.demo import create_demo_event  # noqa: E402
from checkin.store import EventStore  # noqa: E402

COUNT = 1000


def reportlab_qr(canvas, x, y, size, text):
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(text)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def timed_run(people, options) -> tuple[float, int]:
    buffer = io.BytesIO()
    start = time.perf_counter()
    badges.render(people, buffer, options)
    return time.perf_counter() - start, len(buffer.getvalue())


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = EventStore.open(Path(folder) / "bench.db", create=True)
        create_demo_event(store, attendees=COUNT, seed=2017)
        people = list(store.all_attendees())
        options = badges.options_for(store, "a6")
        badges.render(people[:5], io.BytesIO(), options)  # fonts registered, caches warm

        seconds, size = min(timed_run(people, options) for _ in range(3))
        print(f"checkin vector QR : {COUNT / seconds:7.0f} A6 badges/s  ({COUNT} in {seconds:.2f} s), "
              f"{size / COUNT / 1024:.2f} KB/badge   [target >= 500/s, <= 3 KB]")

        singles = []
        for person in people[100:150]:
            start = time.perf_counter()
            badges.render_bytes([person], options)
            singles.append((time.perf_counter() - start) * 1000)
        print(f"single badge      : {statistics.median(singles):7.1f} ms median, {max(singles):.1f} ms max"
              f"   [target < 100 ms]")

        layouts = ("avery-l4785", "durable-1456", "brother-dk22205", "thermal-4x3")
        for name in layouts:
            seconds, size = timed_run(people, badges.options_for(store, name))
            print(f"  {name:<16}: {COUNT / seconds:7.0f} badges/s, {size / COUNT / 1024:.2f} KB/badge")

        original = qrvector.draw
        qrvector.draw = reportlab_qr
        try:
            sample = people[:200]
            seconds, size = timed_run(sample, options)
        finally:
            qrvector.draw = original
        print(f"reportlab QR widget: {len(sample) / seconds:7.0f} A6 badges/s, "
              f"{size / len(sample) / 1024:.2f} KB/badge   (reference)")
        store.close()


if __name__ == "__main__":
    main()
