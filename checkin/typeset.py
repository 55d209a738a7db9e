"""Setting badge text with reportlab: embedded fonts, per-glyph fallback, right-to-left, fitting.

Names come from everywhere, so a line is split into runs, each set in the
first embedded font that has its glyphs (Noto Sans for Latin, Greek and
Cyrillic, Noto Sans Arabic for Arabic script), then in a broad font of the
computer's own when it has one (Droid Sans Fallback on Debian and Ubuntu,
Arial Unicode on macOS and Windows: Chinese, Japanese, ...), then in whichever
TrueType font fontconfig (Linux) finds for that letter (Hebrew, Korean, Thai,
...). A letter no font has is shown as U+FFFD, never as an empty box; a symbol no font has
(an emoji in a name field) is left out. A line holding Arabic script is
shaped (``arabic_reshaper``) and put in visual order (``python-bidi``) before
it is split into runs.

Fitting never clips: text shrinks until it fits its box, long lines break at
a hyphen or a space, and name particles (von, van, de, ...) stay with the name
that follows them.

    >>> register_fonts()
    >>> lines, size = fit("Meyer-Lüdenscheid", BOLD, width=100, height=40, max_size=30, max_lines=2)
    >>> lines
    ['Meyer-', 'Lüdenscheid']
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from checkin.assets import resource
from checkin.search import PARTICLES

REGULAR, BOLD = "regular", "bold"
# Font names in the PDF, in fallback order, with their files in resources/fonts/.
_FONTS = {
    REGULAR: (("CheckinSans", "NotoSans-Regular.ttf"), ("CheckinSansArabic", "NotoSansArabic-Regular.ttf")),
    BOLD: (("CheckinSans-Bold", "NotoSans-Bold.ttf"), ("CheckinSansArabic-Bold", "NotoSansArabic-Bold.ttf")),
}
# TrueType fonts with wide coverage that computers often have; the first one found serves
# both weights, and is loaded only when a name needs it (it is large).
_SYSTEM_FALLBACKS = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # Debian/Ubuntu: fonts-droid-fallback
    "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",        # macOS
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/ARIALUNI.TTF",                                # Windows with Office
)
_FALLBACK_NAME = "CheckinFallback"
LEADING = 1.18  # line height as a multiple of the font size
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_REPLACEMENT = "\ufffd"


@lru_cache(maxsize=None)
def register_fonts() -> None:
    """Register the embedded fonts with reportlab (once per process; reportlab subsets them)."""
    for fonts in _FONTS.values():
        for name, filename in fonts:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))


@lru_cache(maxsize=None)
def _charmaps(weight: str) -> dict[str, dict]:
    """Font name -> its character map, in fallback order."""
    register_fonts()
    return {name: pdfmetrics.getFont(name).face.charToGlyph for name, _ in _FONTS[weight]}


def _registered(name: str, file: str) -> dict | None:
    """Register the computer's TrueType font ``file`` as ``name``: its character map, or None
    for a font reportlab cannot embed."""
    try:
        pdfmetrics.registerFont(TTFont(name, file))
    except Exception:  # noqa: BLE001 - reportlab raises many kinds for a font it cannot use
        return None
    return pdfmetrics.getFont(name).face.charToGlyph


@lru_cache(maxsize=None)
def _fallback_charmap() -> dict | None:
    """The character map of the computer's broad font (registered on first use), or None."""
    for candidate in _SYSTEM_FALLBACKS:
        if Path(candidate).is_file() and (charmap := _registered(_FALLBACK_NAME, candidate)) is not None:
            return charmap
    return None


_SYSTEM_NAME = "CheckinSystem{}"
_system_charmaps: dict[str, dict] = {}  # fonts fontconfig found, registered in the order found
# Families whose letters read badly at badge size or are not the plain upright kind.
_UNWANTED_FAMILY = re.compile(r"serif|myeongjo|mono|rashi|looped|display|ui\b", re.IGNORECASE)


def _fontconfig_files(code: int) -> list[str]:
    """TrueType files with a glyph for ``code``, best first: upright regular sans before the rest."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        out = subprocess.run([fc_list, f":charset={code:x}", "--format",
                              "%{file}\t%{style[0]}\t%{family[0]}\n"],
                             capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in out.splitlines():
        file, style, family = (line.split("\t") + ["", ""])[:3]
        if file.lower().endswith(".ttf"):  # reportlab embeds TrueType outlines only
            found.append((style.lower() not in ("regular", "book"), bool(_UNWANTED_FAMILY.search(family)),
                          len(file), file))
    return [file for *_, file in sorted(found)]


@lru_cache(maxsize=4096)
def _system_font(code: int) -> str | None:
    """The PDF name of a computer font with a glyph for ``code`` (registered on first use), or None."""
    for name, charmap in _system_charmaps.items():
        if code in charmap:
            return name
    for file in _fontconfig_files(code):
        name = _SYSTEM_NAME.format(len(_system_charmaps) + 1)
        charmap = _registered(name, file)
        if charmap is None:
            continue  # a font reportlab cannot embed: try the next
        _system_charmaps[name] = charmap
        if code in charmap:
            return name
    return None


def font_name(weight: str = REGULAR) -> str:
    """The main font's PDF name for ``weight`` (``REGULAR`` or ``BOLD``)."""
    return _FONTS[weight][0][0]


def _visual(text: str) -> str:
    """Shape Arabic script and put the line in visual (left-to-right drawing) order. The line
    is part of a German document, so its base direction is left to right: "Cohen, Sara" in
    Hebrew letters stays "<name>, Sara", not "Sara ,<name>"."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text), base_dir="L")


def _font_for(ch: str, weight: str) -> str | None:
    """The font that draws ``ch``: an embedded one, the computer's broad one, or (for a letter,
    a digit or a mark) one fontconfig finds; None if no font has it."""
    code = ord(ch)
    for name, charmap in _charmaps(weight).items():
        if code in charmap:
            return name
    fallback = _fallback_charmap()
    if fallback is not None and code in fallback:
        return _FALLBACK_NAME
    if unicodedata.category(ch)[0] in "LNM":
        return _system_font(code)
    return None


def unprintable(text: str, weight: str = REGULAR) -> str:
    """The letters and digits of ``text`` that no font on this computer has, each once: what a
    badge shows as U+FFFD (a Hebrew name where fontconfig finds no Hebrew font)."""
    return "".join(dict.fromkeys(ch for ch in text
                                 if unicodedata.category(ch)[0] in "LN" and _font_for(ch, weight) is None))


@lru_cache(maxsize=8192)
def runs(text: str, weight: str = REGULAR) -> tuple[tuple[tuple[str, str], ...], float]:
    """``((run_text, font_name), ...)`` in drawing order and the line's width at 1 pt."""
    if _RTL.search(text):
        text = _visual(text)
    maps = _charmaps(weight)
    out: list[list] = []
    for ch in text:
        code = ord(ch)
        if code > 0x7f and unicodedata.category(ch) == "Cf":
            continue  # joiners, direction marks: nothing to draw once the line is shaped and ordered
        current = out[-1][1] if out else None
        current_map = (maps.get(current) or _system_charmaps.get(current)
                       or (_fallback_charmap() if current == _FALLBACK_NAME else None))
        if current_map is not None and code in current_map and not ch.isalpha():
            out[-1][0] += ch  # spaces, digits, punctuation stay in the run they are in
            continue
        name = _font_for(ch, weight)
        if name is None:
            if unicodedata.category(ch)[0] not in "LN":
                continue  # an emoji, a joiner, a variation selector: nothing to show
            name, ch = font_name(weight), _REPLACEMENT
        if out and out[-1][1] == name:
            out[-1][0] += ch
        else:
            out.append([ch, name])
    if out:  # what was left out may leave a space at either end
        out[0][0], out[-1][0] = out[0][0].lstrip(), out[-1][0].rstrip()
    result = tuple((t, n) for t, n in out if t)
    width = sum(pdfmetrics.stringWidth(t, n, 1.0) for t, n in result)
    return result, width


def text_width(text: str, weight: str = REGULAR, size: float = 1.0) -> float:
    """The width of ``text`` in points at ``size``."""
    return runs(text, weight)[1] * size


def draw(canvas, x: float, y: float, text: str, weight: str, size: float, align: str = "left") -> None:
    """Draw one line with its baseline at ``y``; ``align`` is left, centre or right of ``x``."""
    parts, w1 = runs(text, weight)
    if align == "centre":
        x -= w1 * size / 2
    elif align == "right":
        x -= w1 * size
    for part, name in parts:
        canvas.setFont(name, size)
        canvas.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, name, size)


def _break_points(text: str) -> list[tuple[str, str]]:
    """Every way to cut ``text`` into two lines: after a hyphen or dash, or at a space
    that does not follow a name particle."""
    options = []
    for i, ch in enumerate(text):
        if ch in "-\u2010\u2013/" and 0 < i < len(text) - 1 and text[i + 1] != " ":
            options.append((text[:i + 1], text[i + 1:]))
        elif ch == " " and 0 < i < len(text) - 1:
            before = text[:i].rstrip()
            if before.split(" ")[-1].lower() in PARTICLES:
                continue
            options.append((before, text[i + 1:].lstrip()))
    return options


def split_lines(text: str, weight: str, lines: int) -> list[str]:
    """The best way to set ``text`` in at most ``lines`` lines: the one whose longest line is
    shortest (so the font can be largest)."""
    text = " ".join(text.split())
    best = [text]
    if lines < 2:
        return best
    best_width = text_width(text, weight)
    for first, rest in _break_points(text):
        tail = split_lines(rest, weight, lines - 1)
        candidate = [first, *tail]
        widest = max(text_width(line, weight) for line in candidate)
        if widest < best_width - 0.01:
            best, best_width = candidate, widest
    return best


def _shortened(text: str, weight: str, room: float) -> str:
    """``text`` cut at the end, with an ellipsis, to at most ``room`` points wide at 1 pt."""
    if text_width(text, weight) <= room:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with its ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", weight) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _filled(text: str, weight: str, room: float, max_lines: int) -> list[str]:
    """Words set line by line into ``room`` points (at 1 pt); what the last line cannot hold is
    cut off with an ellipsis."""
    words, lines = text.split(" "), []
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", weight) <= room:
            line += " " + words.pop(0)
        lines.append(_shortened(line, weight, room))
    if words:
        lines.append(_shortened(" ".join(words), weight, room))
    return lines


def fit(text: str, weight: str, *, width: float, height: float, max_size: float,
        max_lines: int = 1, prefer_one_line: float = 0.8, min_size: float = 0.0) -> tuple[list[str], float]:
    """Lines and font size that set ``text`` inside ``width`` x ``height`` points.

    The size is as large as possible up to ``max_size``; more lines are used only
    when one line would have to shrink below ``prefer_one_line`` of what the
    break allows. Nothing is ever clipped: a very long word just gets smaller,
    down to ``min_size`` if one is given (for an event name or an organisation;
    never for a person's name): text that would have to be smaller still is set at
    ``min_size`` in ``max_lines`` lines and cut off with an ellipsis.
    """
    text = " ".join(text.split())
    if not text:
        return [], 0.0
    options = []
    for count in range(1, max_lines + 1):
        lines = split_lines(text, weight, count)
        if len(lines) < count:
            break
        widest = max(text_width(line, weight) for line in lines)
        size = min(max_size, width / widest if widest else max_size, height / (count * LEADING))
        options.append((lines, size))
    best_lines, best_size = options[0]
    for lines, size in options[1:]:
        if best_size < prefer_one_line * size:
            best_lines, best_size = lines, size
    if best_size < min_size:
        size = min(min_size, height / (max_lines * LEADING))
        return _filled(text, weight, width / size, max_lines), size
    return best_lines, best_size
