"""QR codes drawn as vectors: a qrcode matrix turned into one filled PDF path of rectangles.

Runs of dark modules in a row become one rectangle, and a run repeated in the
rows below grows that rectangle downwards, so a code is a few dozen ``re``
operators in one path: small, sharp at any resolution, and fast.

The mask pattern is fixed (``mask=0``, valid per ISO/IEC 18004) instead of
being chosen by penalty score: that choice costs five times the encoding
and makes no difference to a scanner reading a printed badge.

    >>> rects = rectangles(matrix("K7M3QX9PRT4WDE"))
    >>> len(matrix("K7M3QX9PRT4WDE")), min(len(rects), 200) > 10
    (21, True)
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def matrix(text: str) -> tuple:
    """The QR code's modules for ``text``: rows of 0/1, no quiet zone (error level M)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=0)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(int(dark) for dark in row) for row in code.get_matrix())


def rectangles(modules) -> list[tuple[int, int, int, int]]:
    """Dark areas as ``(column, row, width, height)`` in modules, row 0 at the top."""
    done: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], list[int]] = {}  # (start, end) -> [row, height]
    for r, row in enumerate(modules):
        runs = []
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((start, c))
            else:
                c += 1
        current = {}
        for run in runs:
            if run in open_runs:
                entry = open_runs.pop(run)
                entry[1] += 1
                current[run] = entry
            else:
                current[run] = [r, 1]
        for (start, end), (row0, height) in open_runs.items():
            done.append((start, row0, end - start, height))
        open_runs = current
    for (start, end), (row0, height) in open_runs.items():
        done.append((start, row0, end - start, height))
    return done


def draw(canvas, x: float, y: float, size: float, text: str) -> None:
    """Draw the QR code for ``text`` with its quiet zone in the square ``size`` points wide
    whose bottom-left corner is ``(x, y)``."""
    modules = matrix(text)
    count = len(modules) + 2 * QUIET_ZONE
    unit = size / count
    # In module units with the origin at the code's top-left corner, every rectangle is
    # whole numbers: short to write, quick to format.
    operators = " ".join(f"{column} {-row - h} {w} {h} re" for column, row, w, h in rectangles(modules))
    canvas.saveState()
    canvas.translate(x + QUIET_ZONE * unit, y + size - QUIET_ZONE * unit)
    canvas.scale(unit, unit)
    canvas.addLiteral(operators + " f")
    canvas.restoreState()
