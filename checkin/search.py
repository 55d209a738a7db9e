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

from checkin.translit import has_other_script, latin_spellings

# Letters that NFKD does not take apart into a base letter plus a mark.
_SPECIAL = str.maketrans({
    "ß": "ss", "ẞ": "ss", "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
})
_UMLAUT_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
# ae/oe/ue -> a/o/u, at the start of a word too (Oeztuerk = Öztürk = Ozturk). Three passes equal
# one of re.sub("([aou])e", ...): a pass joins its vowel to the next letter, never an o or u to one.
_DIGRAPHS = ("ae", "oe", "ue")
# Everything but 0-9 a-z becomes a space ("\n" separates the values of a column).
_ASCII_NON_WORD = {i: " " for i in range(128)
                   if not (chr(i).isdigit() or "a" <= chr(i) <= "z" or chr(i) == "\n")}
# Marks and special letters are only ever in non-ASCII runs; ASCII passes through untouched,
# which keeps a whole column of names (mostly ASCII) fast to fold.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")

PARTICLES = frozenset({
    "von", "van", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
    "zu", "zum", "zur", "vom", "ten", "ter", "op", "al", "el", "bin", "ibn",
})


class _CombiningMarks(dict):
    """``str.translate`` table that deletes combining marks; filled as characters are met."""

    def __missing__(self, code_point: int) -> int | None:
        value = None if unicodedata.combining(chr(code_point)) else code_point
        self[code_point] = value
        return value


_DROP_MARKS = _CombiningMarks()


@lru_cache(maxsize=4096)
def _plain_run(run: str) -> str:
    # Not lower-cased here: the whole text is, so a Greek final sigma comes out the same.
    return unicodedata.normalize("NFKD", run.translate(_SPECIAL)).translate(_DROP_MARKS)


def _plain(match: re.Match) -> str:
    return _plain_run(match.group())


def _spelled(match: re.Match) -> str:
    return _plain_run(match.group().translate(_UMLAUT_SPELLED))


def strip_marks(text: str) -> str:
    """Lower-case ``text`` and drop every diacritic: ``Müller`` -> ``muller``."""
    if text.isascii():
        return text.lower()  # nothing to take apart (most names, every e-mail address)
    return _NON_ASCII.sub(_plain, text).lower()


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
    # Cached: the desk folds the same first names, surnames and organisations again and again.
    return _fold_text(text.replace("\n", " ")).strip()


def _other_script_words(match: re.Match) -> str:
    return _other_script_run(match.group())


@lru_cache(maxsize=4096)
def _other_script_run(run: str) -> str:
    """Letters and digits of other scripts stay (Чернігів, محمد, 小龙 are searched as typed);
    dashes, quotes and the like separate words."""
    return "".join(c if c.isalnum() else " " for c in run)


def _fold_text(text: str) -> str:
    # Every step works character by character or within a line, so a column joined
    # with "\n" folds to the same lines as its values one by one (see fold_column).
    text = strip_marks(text)
    if not text.isascii():  # what is left: other scripts (Cyrillic, Arabic, Chinese, ...), punctuation
        text = _NON_ASCII.sub(_other_script_words, text)
    for digraph in _DIGRAPHS:
        text = text.replace(digraph, digraph[0])
    text = text.translate(_ASCII_NON_WORD)
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _by_lines(values: list[str], transform, one_by_one) -> list[str]:
    """``[one_by_one(v) for v in values]``, which is ``transform(v).strip()`` for values
    without line breaks, working on each distinct value once and on all of them joined by
    line breaks: a few passes over one string instead of a call per value."""
    distinct = list(dict.fromkeys(values))
    text = "\n".join(distinct)
    lines = None
    if text.count("\n") == len(distinct) - 1:  # else a value holds a line break itself
        lines = [line.strip() for line in transform(text).split("\n")]
    if lines is None or len(lines) != len(distinct):
        lines = [one_by_one(v) for v in distinct]
    if len(distinct) == len(values):
        return lines
    done = dict(zip(distinct, lines))
    return [done[v] for v in values]


def fold_column(values: list[str]) -> list[str]:
    """``[fold(v) for v in values]``, for a whole column at once (an import's 100,000 names)."""
    return _by_lines(values, _fold_text, fold)


def words(text: str) -> list[str]:
    """The folded words of ``text``; hyphens and punctuation separate words."""
    return fold(text).split()


def din5007_2(text: str) -> str:
    """DIN 5007 variant 2 key: umlauts spelled out (``ä`` = ``ae``), other marks dropped."""
    return _din_text(text).strip()


def _din_text(text: str) -> str:
    if text.isascii():
        return text.lower()
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _NON_ASCII.sub(_spelled, text).lower()


def _din_column(values: list[str]) -> list[str]:
    return _by_lines(values, _din_text, din5007_2)


def without_particles(last_name: str) -> str:
    """``von der Heide`` -> ``Heide``; a name made only of particles stays as it is."""
    parts = last_name.split()
    i = 0
    while i < len(parts) - 1 and parts[i].lower() in PARTICLES:
        i += 1
    return " ".join(parts[i:])


_WHITESPACE = re.compile(r"\s")


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


def sort_keys(last_names: list[str], first_names: list[str]) -> list[str]:
    """``[sort_key(l, f) for l, f in zip(last_names, first_names)]`` for whole columns at once."""
    lasts = _din_column(last_names)
    firsts = _din_column(first_names)
    # Only a last name with a space can start with a particle ("von der Heide").
    plain = [din5007_2(without_particles(name)) if _WHITESPACE.search(name) else key
             for name, key in zip(last_names, lasts)]
    return [f"{plain_last}\x01{first}\x01{full_last}"
            for plain_last, first, full_last in zip(plain, firsts, lasts)]


def fts_tiers(query: str) -> list[str]:
    """MATCH expressions over ``attendee_search`` for ``query``, best tier first.

    Every word is a prefix and all words are required:

    1. in the names, at least one word in the last name;
    2. in the names (a first-name hit);
    3. anywhere: also organisation and e-mail.

    Empty when nothing searchable is left (an empty query lists everyone).
    """
    terms = [f'"{t}"*' for t in words(query)]
    if not terms:
        return []
    every = " AND ".join(terms)
    in_last = f"{{last_name}} : ({' OR '.join(terms)})"
    in_names = f"{{last_name first_name}} : ({every})"
    first_tier = in_last if len(terms) == 1 else f"{in_last} AND {in_names}"
    return [first_tier, in_names, every]


class _OrderDigits(dict):
    """``str.translate`` table: a sort-key character to a base-36 digit, in code point order.

    0 pads a short key, 1 is the field separator (``\\x01``, with the other
    control characters), 2 a space, 4 a hyphen, 8-33 the letters a-z, 34
    anything after ``z`` (letters without a Latin spelling); 6 is any digit and
    the odd digits the punctuation between. Keys of letters, spaces, hyphens and
    separators keep their exact order; keys that differ only in a digit or a
    punctuation mark may come out of the index in either order.
    """

    def __missing__(self, code_point: int) -> str:
        char = chr(code_point)
        if char == "\x00":  # pads a short key (order_numbers)
            value = 0
        elif "a" <= char <= "z":
            value = 8 + code_point - ord("a")
        else:
            value = next(digit for digit, last in _ORDER_GROUPS if char <= last)
        self[code_point] = digit = "0123456789abcdefghijklmnopqrstuvwxyz"[value]
        return digit


# (digit, last character of its group), for everything but the letters a-z
_ORDER_GROUPS = ((1, "\x1f"), (2, " "), (3, ","), (4, "-"), (5, "/"), (6, "9"), (7, "`"), (34, "\U0010ffff"))
_ORDER_DIGITS = _OrderDigits()
_ORDER_DIGITS_JOINED = _OrderDigits({ord("\n"): "\n"})  # keys joined by line breaks
_ORDER_CHARS, ORDER_SLOTS = 11, 16


def order_number(key: str) -> int:
    """An integer that sorts like ``key`` (a :func:`sort_key`) on its first 11 characters.

    Used as the full-text index's rowid, so the index yields matches in name
    order. ``ORDER_SLOTS`` consecutive numbers are free after each value for
    people whose keys share those 11 characters. (36**11 * 16 < 2**63.)
    """
    return int(key[:_ORDER_CHARS].ljust(_ORDER_CHARS, "\x00").translate(_ORDER_DIGITS), 36) * ORDER_SLOTS


def order_numbers(keys: list[str]) -> list[int]:
    """``[order_number(k) for k in keys]``, translating all keys in one pass."""
    if not keys:
        return []
    joined = "\n".join([key[:_ORDER_CHARS].ljust(_ORDER_CHARS, "\x00") for key in keys])
    if joined.count("\n") != len(keys) - 1:  # a key with a line break in its start
        return [order_number(key) for key in keys]
    return [int(digits, 36) * ORDER_SLOTS for digits in joined.translate(_ORDER_DIGITS_JOINED).split("\n")]


def search_rows(last_names: list[str], first_names: list[str], organisations: list[str],
                emails: list[str], titles: list[str] | None = None) -> list[tuple[str, str, str, str]]:
    """The folded index values for whole columns.

    A hyphenated name is also indexed joined (Karl-Heinz as ``karlheinz``), and a
    title goes with the first name, so "dr anna" finds Dr. Anna Schmidt. E-mail
    words that are also a name word are left out: every query word may match any
    field, so they would only cost index space.
    """
    lasts = _with_latin(last_names, _with_joined(last_names))
    firsts = _with_latin(first_names, _with_joined(first_names))
    if titles is not None and any(titles):
        firsts = [f"{first} {title}" if title else first for first, title in zip(firsts, fold_column(titles))]
    mails = fold_column(emails)
    for i, mail in enumerate(mails):
        if mail:
            names = f" {lasts[i]} {firsts[i]} "
            kept = [w for w in mail.split() if f" {w} " not in names]
            mails[i] = " ".join(kept)
    return list(zip(lasts, firsts, _with_latin(organisations, fold_column(organisations)), mails))


def _with_latin(values: list[str], folded: list[str]) -> list[str]:
    """``folded``, each Cyrillic or Greek value followed by its Latin spellings (Коваленко
    also as ``kovalenko``; see :mod:`checkin.translit`)."""
    if not has_other_script("\n".join(values)):
        return folded
    out = list(folded)
    for i in [i for i, value in enumerate(values) if not value.isascii()]:
        if has_other_script(values[i]):
            out[i] = " ".join([folded[i], *(fold(spelling) for spelling in latin_spellings(values[i]))])
    return out


_JOINERS = re.compile("[-'\u2019]")


def _with_joined(names: list[str]) -> list[str]:
    """``fold_column(names)``, each name with a hyphen or an apostrophe followed by itself
    joined up: Karl-Heinz also as ``karlheinz``, D'Angelo also as ``dangelo``."""
    folded = fold_column(names)
    joinable = [i for i, name in enumerate(names) if "-" in name or "'" in name or "\u2019" in name]
    if joinable:
        joined = fold_column([_JOINERS.sub("", names[i]) for i in joinable])
        for i, extra in zip(joinable, joined):
            folded[i] = f"{folded[i]} {extra}"
    return folded
