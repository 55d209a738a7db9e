"""Latin spellings of Cyrillic and Greek names, for the search index only.

A German desk volunteer types what a guest says or what their passport shows:
"Kovalenko" for Коваленко, "Papadopoulos" for Παπαδόπουλος. The index holds
these spellings next to the name in its own script (see
:func:`checkin.search.search_rows`); nothing shown or printed changes.

Cyrillic gets the spellings of both passport schemes: Ukrainian (national
2010 table: г = h, и = y, і = i) and Russian (г = g, и = i), so Григоренко is
found as Hryhorenko and as Grigorenko; a name with a letter only Ukrainian has
(і, ї, є, ґ) gets the Ukrainian one alone. Greek follows ELOT 743 with its
common digraphs (ου = ou, αυ = av, ευ = ev).

    >>> latin_spellings("Коваленко")
    ['kovalenko']
    >>> latin_spellings("Григоренко")
    ['hryhorenko', 'grigorenko']
    >>> latin_spellings("Παπαδόπουλος")
    ['papadopoulos']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "'": "", "’": "",
}
_UKRAINIAN = str.maketrans({**_COMMON, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i", "й": "i",
                            "є": "ie", "ю": "iu", "я": "ia"})
_RUSSIAN = str.maketrans({**_COMMON, "г": "g", "и": "i", "й": "y", "ы": "y", "э": "e", "ё": "e",
                          "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"})
# Ukrainian: at the start of a word є ї й ю я are ye yi y yu ya
_UKRAINIAN_WORD_START = re.compile(r"\b([єїйюя])")
_UKRAINIAN_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_ONLY_UKRAINIAN = frozenset("іїєґ")

_GREEK_DIGRAPHS = (("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk"))
_GREEK = str.maketrans({
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
})

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_SPELLED_OUT = re.compile("[\u0370-\u03ff\u0400-\u04ff\u1f00-\u1fff]")  # Greek, Cyrillic, Greek extended


def has_other_script(text: str) -> bool:
    """True if ``text`` holds Cyrillic or Greek letters (the only ones spelled out here)."""
    return not text.isascii() and _SPELLED_OUT.search(text) is not None


@lru_cache(maxsize=4096)
def latin_spellings(text: str) -> list[str]:
    """The Latin spellings of ``text`` (lower case, one per scheme, no repeats); ``[]`` when
    it has no Cyrillic or Greek letter."""
    if not has_other_script(text):
        return []
    lower = unicodedata.normalize("NFC", text.lower())
    spellings = []
    if _CYRILLIC.search(lower):
        ukrainian = _UKRAINIAN_WORD_START.sub(lambda m: _UKRAINIAN_START[m.group(1)], lower)
        spellings.append(ukrainian.translate(_UKRAINIAN))
        if not _ONLY_UKRAINIAN.intersection(lower):
            spellings.append(lower.translate(_RUSSIAN))
    else:
        greek = "".join(c for c in unicodedata.normalize("NFD", lower) if not unicodedata.combining(c))
        for digraph, latin in _GREEK_DIGRAPHS:
            greek = greek.replace(digraph, latin)
        spellings.append(greek.translate(_GREEK))
    return list(dict.fromkeys(spellings))
