"""Attendee codes: what the QR code on a badge holds and what a scanner types.

A code is 13 random symbols plus one check symbol from a 29-letter alphabet
(63 bits of randomness). The alphabet leaves out what goes wrong between a
scanner and a keyboard layout or a tired eye: Y and Z (swapped between German
and US layouts), O/0, I/1/L. Codes are read case-insensitively (Caps Lock).
"""

from __future__ import annotations

import os
import re

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWX"
RANDOM_LENGTH = 13
LENGTH = RANDOM_LENGTH + 1
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_RUNS = re.compile(f"[{ALPHABET}]{{{LENGTH},}}")


def _check_symbol(body: str) -> str:
    # Weighted sum mod 29 (a prime): catches every single-symbol error and every
    # swap of two neighbours.
    total = sum((i + 1) * _VALUE[c] for i, c in enumerate(body))
    return ALPHABET[total % len(ALPHABET)]


_SYMBOL_BYTES = len(ALPHABET) * (256 // len(ALPHABET))  # 232: bytes below map evenly onto the alphabet
_UNEVEN_BYTES = bytes(range(_SYMBOL_BYTES, 256))
_TO_VALUE = bytes(b % len(ALPHABET) if b < _SYMBOL_BYTES else 0 for b in range(256))
_TO_SYMBOL = bytes(ord(ALPHABET[v]) if v < len(ALPHABET) else 0 for v in range(256))


def _check_values(values: bytes, count: int) -> list[int]:
    """The check values of ``count`` code bodies laid end to end (symbol values, not letters).

    The weighted sums of all bodies at once: position ``i`` of every body is one
    16-bit lane of a big integer, multiplied by ``i + 1`` and added up; no lane
    can overflow (at most 91 * 28).
    """
    total = 0
    lanes = bytearray(2 * count)
    for i in range(RANDOM_LENGTH):
        lanes[0::2] = values[i::RANDOM_LENGTH]
        total += (i + 1) * int.from_bytes(lanes, "little")
    sums = total.to_bytes(2 * count, "little")
    return [(sums[2 * k] | sums[2 * k + 1] << 8) % len(ALPHABET) for k in range(count)]


def new_codes(count: int) -> list[str]:
    """``count`` fresh random codes at once, as :func:`new_code` makes them one by one.

    Random bytes from the OS are mapped evenly onto the alphabet (bytes that
    would make the mapping uneven are dropped), 13 symbols to a code; an
    import of 100,000 people makes all its codes in one call.
    """
    made: list[str] = []
    while len(made) < count:
        needed = count - len(made)
        usable = os.urandom(needed * RANDOM_LENGTH * 5 // 4 + 32).translate(None, _UNEVEN_BYTES)
        n = min(len(usable) // RANDOM_LENGTH, needed)
        values = usable[:n * RANDOM_LENGTH].translate(_TO_VALUE)
        bodies = values.translate(_TO_SYMBOL).decode("ascii")
        checks = bytes(_check_values(values, n)).translate(_TO_SYMBOL).decode("ascii")
        made += [bodies[k * RANDOM_LENGTH:(k + 1) * RANDOM_LENGTH] + checks[k] for k in range(n)]
    return made


def new_code() -> str:
    """A fresh random attendee code, e.g. ``'K7M3QX9PRT4WDE'``."""
    return new_codes(1)[0]


def is_valid(code: str) -> bool:
    """True if ``code`` (already upper-case) is well formed and its check symbol matches."""
    return (
        len(code) == LENGTH
        and all(c in _VALUE for c in code)
        and _check_symbol(code[:-1]) == code[-1]
    )


def parse_scan(text: str) -> str | None:
    """Find the attendee code in what a scanner typed, or ``None``.

    Lenient about what scanners and QR readers add: surrounding whitespace,
    a prefix or suffix, a URL that contains the code, lower case.

    >>> code = "K7M3QX9PRT4WD" + _check_symbol("K7M3QX9PRT4WD")
    >>> parse_scan(f"  https://example.org/c/{code.lower()}?x=1\\n") == code
    True
    >>> parse_scan("hello") is None
    True
    """
    upper = text.strip().upper()
    for run in _RUNS.findall(upper):
        # A prefix or suffix of alphabet letters glued to the code: try every window.
        for start in range(len(run) - LENGTH, -1, -1):
            candidate = run[start:start + LENGTH]
            if is_valid(candidate):
                return candidate
    return None


def typed_prefix(query: str) -> str | None:
    """The start of a code typed into the search box (``"k7m3q"`` -> ``"K7M3Q"``), or None.

    Four symbols at least: fewer would match people by chance (29**4 = 707,281).
    """
    upper = query.strip().upper()
    if 4 <= len(upper) <= LENGTH and all(c in _VALUE for c in upper):
        return upper
    return None


def looks_like_code(text: str) -> bool:
    """True if ``text`` is probably a scanned code rather than a name being typed."""
    return parse_scan(text) is not None
