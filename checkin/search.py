"""Name folding and ranked search over the attendee list.

Folding makes what a person types on a German keyboard meet what the
registration form holds: ``Müller``, ``Mueller`` and ``Muller`` fold alike,
``ß`` is ``ss``, and other marks are dropped (``Łukasz`` = ``Lukasz``,
``Yılmaz`` = ``Yilmaz``, ``Nguyễn`` = ``Nguyen``).

Sorting follows DIN 5007 variant 2 (the phone-book order German readers
expect: ``ä`` sorts as ``ae``), with name particles (von, van, de, ...)
ignored, so ``von der Heide`` stands under H.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not take apart into a base letter plus a mark.
_SPECIAL = str.maketrans({
    "ß": "ss", "ẞ": "ss", "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
})
_UMLAUT_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_DIGRAPHS = re.compile(r"(?<=[a-z])([aou])e")  # ae/oe/ue after a letter -> a/o/u
_NON_WORD = re.compile(r"[^0-9a-z]+")

PARTICLES = frozenset({
    "von", "van", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
    "zu", "zum", "zur", "vom", "ten", "ter", "op", "al", "el", "bin", "ibn",
})


def strip_marks(text: str) -> str:
    """Lower-case ``text`` and drop every diacritic: ``Müller`` -> ``muller``."""
    if text.isascii():
        return text.lower()  # nothing to take apart (most names, every e-mail address)
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def fold(text: str) -> str:
    """Fold ``text`` for matching: umlauts and their spelled-out forms meet the bare vowel.

    >>> fold("Müller") == fold("Mueller") == fold("Muller") == "muller"
    True
    >>> fold("Straße")
    'strasse'

    The rule ``ae/oe/ue -> a/o/u`` is applied to data and queries alike, so it
    only ever adds matches (``Manuel`` folds to ``manul`` on both sides).
    """
    return _fold(text)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    # Cached: an import folds the same first names, surnames and organisations again and again.
    return _NON_WORD.sub(" ", _DIGRAPHS.sub(r"\1", strip_marks(text))).strip()


def words(text: str) -> list[str]:
    """The folded words of ``text``; hyphens and punctuation separate words."""
    return fold(text).split()


def din5007_2(text: str) -> str:
    """DIN 5007 variant 2 key: umlauts spelled out (``ä`` = ``ae``), other marks dropped."""
    text = unicodedata.normalize("NFC", text).translate(_UMLAUT_SPELLED)
    return strip_marks(text).strip()


def without_particles(last_name: str) -> str:
    """``von der Heide`` -> ``Heide``; a name made only of particles stays as it is."""
    parts = last_name.split()
    i = 0
    while i < len(parts) - 1 and parts[i].lower() in PARTICLES:
        i += 1
    return " ".join(parts[i:])


def sort_key(last_name: str, first_name: str = "") -> str:
    """The key that orders people as a German reader expects (DIN 5007-2, particles ignored).

    >>> sorted(["Muller", "Müller", "von der Heide", "Heinz"], key=sort_key)
    ['von der Heide', 'Heinz', 'Müller', 'Muller']
    """
    return _sort_key(last_name, first_name)


@lru_cache(maxsize=1 << 16)
def _sort_key(last_name: str, first_name: str) -> str:
    last = din5007_2(without_particles(last_name))
    first = din5007_2(first_name)
    # \x01 sorts before any letter: "Berg, Anna" before "Bergmann, Anna".
    return f"{last}\x01{first}\x01{din5007_2(last_name)}"


def fts_tiers(query: str) -> list[tuple[str, str]]:
    """``(table, MATCH expression)`` pairs for ``query``, best tier first.

    Every word is a prefix and all words are required:

    1. in the names (``name_search``), at least one word in the last name;
    2. in the names (a first-name hit);
    3. anywhere (``attendee_search``: also organisation, e-mail, code).

    Empty when nothing searchable is left (an empty query lists everyone).
    """
    terms = [f'"{t}"*' for t in words(query)]
    if not terms:
        return []
    every = " AND ".join(terms)
    in_last = f"{{last_name}} : ({' OR '.join(terms)})"
    first_tier = in_last if len(terms) == 1 else f"{every} AND {in_last}"
    return [("name_search", first_tier), ("name_search", every), ("attendee_search", every)]


_ORDER_DIGITS = {"\x01": 1, " ": 2, "-": 2}
_ORDER_DIGITS.update({c: 3 + i for i, c in enumerate("0123456789")})
_ORDER_DIGITS.update({c: 13 + i for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")})
_ORDER_BASE, _ORDER_CHARS, ORDER_SLOTS = 40, 11, 16


def order_number(key: str) -> int:
    """An integer that sorts like ``key`` (a :func:`sort_key`) on its first 11 characters.

    Used as the full-text index's rowid, so the index yields matches in name
    order. ``ORDER_SLOTS`` consecutive numbers are free after each value for
    people whose keys share those 11 characters.
    """
    number = 0
    for ch in key[:_ORDER_CHARS].ljust(_ORDER_CHARS, "\x00"):
        number = number * _ORDER_BASE + (0 if ch == "\x00" else _ORDER_DIGITS.get(ch, 39))
    return number * ORDER_SLOTS


def search_row(last_name: str, first_name: str, organisation: str, email: str, code: str) -> tuple:
    """The folded values stored in the full-text index for one attendee."""
    return (fold(last_name), fold(first_name), fold(organisation), fold(email), code.lower())
