"""Reading registration files into a :class:`Table` of text cells, before any column means anything.

This module owns the files organisers really get: German Excel CSV in
Windows-1252 with ``;`` and maybe a ``sep=;`` first line, UTF-8 with or without
a BOM, ``,``/``;``/tab, and XLSX (the sheet Excel opens on, or a named one),
and it names the files that are no list (a password-protected workbook, a web
page, Excel's lock file). Every cell comes out trimmed and NFC-normalised;
empty rows and header-less columns are left out; postcodes and phone numbers
stay text. :mod:`checkin.importer` maps, checks and writes what is read here.

Big files are read fast without giving up exactness: a CSV without cells to
trim is split a block of lines per call (its quoted lines one by one by the csv
module), others line by line, and anything that needs the csv module's full
rules (a quoted line break, a stray quote) goes through the csv module whole.

    >>> table = read_table("anmeldungen.csv")              # doctest: +SKIP
    >>> table.encoding, table.delimiter, len(table.rows)   # doctest: +SKIP
    ('cp1252', ';', 420)
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import Iterable, Iterator

from checkin.store import StoreError, belongs_to_open_event


class ImportError_(StoreError):
    """A file that cannot be imported as it is; the message says why, in one line."""


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: building 100,000 rows of lists and dicts (none of
    them cyclic) otherwise triggers collections that scan them all again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class Table:
    """A registration list as read from a file, before its columns are mapped to fields.

    Every cell is a trimmed, NFC-normalised ``str``; entirely empty rows and
    columns without a header are left out. ``row_numbers[i]`` is the 1-based
    row of ``rows[i]`` as Excel shows the file, for messages: for a CSV, a record
    with line breaks in a cell is one row, and a ``sep=;`` first line is no row.
    """

    headers: list[str]
    rows: Sequence[list[str]]
    row_numbers: list[int]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    visible_sheets: list[str] = field(default_factory=list)  # worksheets shown in Excel (no charts)
    header_row: int = 1  # the row in the file that names the columns
    rows_above_header: int = 0  # non-empty rows above it, left out: a title, a note
    # False when no cell can hold an Excel error value such as #NV (a CSV without any "#"):
    # the importer then need not look for them.
    maybe_error_values: bool = True
    # The same cells column by column: from the reader when it had them for free (see
    # _split_flat), else gathered from the rows the first time a column is asked for.
    # Tuples: the garbage collector stops walking a tuple of strings after its first look
    # (a list of 100,000 cells it walks on every pass, holding up the window each time).
    known_columns: list[tuple[str, ...]] | None = field(default=None, repr=False, compare=False)
    _gathered: dict[int, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def column(self, index: int) -> tuple[str, ...]:
        """The cells of one column, top to bottom."""
        if self.known_columns is not None:
            return self.known_columns[index]
        if index not in self._gathered:
            self._gathered[index] = _looked_at(tuple(map(itemgetter(index), self.rows)))
        return self._gathered[index]


def _looked_at(column: tuple[str, ...]) -> tuple[str, ...]:
    """``column``, once the garbage collector has seen it (a collection of the youngest
    generation, a few milliseconds): a tuple of strings is then left out of every later
    collection. Otherwise the first collection after reading walks every column in one go,
    holding up the window for 80 ms or more at 100,000 rows."""
    gc.collect(0)
    return column


_SEP_LINE = re.compile(r"\A\s*sep=(.)[ \t]*\r?\n", re.IGNORECASE)
_DELIMITERS = (";", ",", "\t", "|")


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # Excel's "Unicode text" export
    elif b"\x00" in data[:4096]:
        raise ImportError_(f"{path}: not a CSV or XLSX file (it contains binary data)")
    else:
        try:
            return _decoded(data, "utf-8"), "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    try:
        return _decoded(data, encoding), encoding
    except UnicodeDecodeError:
        if encoding != "cp1252":
            raise ImportError_(f"{path}: cannot be read as {encoding} text") from None
        # The five bytes Windows-1252 leaves undefined: read them as Latin-1 control characters.
        return _decoded(data, "latin-1"), "cp1252"


# Whole-file steps (decoding, the NFC check, splitting lines) go a piece of about this many
# bytes or characters per call: one call over a 20 MB file holds the interpreter, and so the
# window while the import wizard reads in the background, for 30 ms and more.
_PIECE = 1 << 20


def _pieces(seq, newline) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of ``seq`` (bytes or str), each ending just
    after a ``newline`` (the last one where ``seq`` ends); one piece for an empty ``seq``."""
    start, size = 0, len(seq)
    while True:
        end = seq.find(newline, start + _PIECE)
        if end < 0 or end + 1 == size:
            yield start, size
            return
        yield start, end + 1
        start = end + 1


def _decoded(data: bytes, encoding: str) -> str:
    """``data.decode(encoding)``, a piece at a time (a line feed byte never sits inside a
    character in UTF-8 or Windows-1252; the incremental decoder carries one over otherwise)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    text = "".join([decoder.decode(data[start:end]) for start, end in _pieces(data, b"\n")])
    return text + decoder.decode(b"", final=True)


def _nfc(text: str) -> str:
    """``text`` in NFC, a piece at a time (nothing composes across a line feed)."""
    pieces = [text[start:end] for start, end in _pieces(text, "\n")]
    if all(unicodedata.is_normalized("NFC", piece) for piece in pieces):
        return text
    return "".join([unicodedata.normalize("NFC", piece) for piece in pieces])


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the most of the first lines into one number (two or more) of
    columns; on a tie, into more columns. Counted over all those lines, not measured against
    the first: that may be a title ("Anmeldungen, Stand 10.03.2017") above the column names."""
    sample = text[:65536]
    cut = sample.rfind("\n")
    lines = (sample[:cut] if cut > 0 else sample).splitlines()[:50]
    best, best_score = ";", (0, 0)
    for delimiter in _DELIMITERS:
        widths = Counter(len(r) for r in csv.reader(lines, delimiter=delimiter)
                         if len(r) >= 2 and any(c.strip() for c in r))
        if widths:
            score = max((count, width) for width, count in widths.items())
            if score > best_score:
                best, best_score = delimiter, score
    return best


# A title or a note above the column names ("Anmeldungen, Stand 10.03.") is a row with one cell
# filled; the column names are the first row with two or more, among this many non-empty rows.
_HEADER_SEARCH_ROWS = 10


def _clean_rows(raw: Iterable[tuple[int, list]], path: Path,
                merged: Sequence[tuple[int, int, int, int]] = ()
                ) -> tuple[list[str], list[list[str]], list[int], int, int]:
    """Find the header row, drop empty rows and header-less columns; cells are already trimmed.
    ``merged``: a sheet's merged ranges (see :func:`_filled_down`). Returns headers, rows, their
    numbers in the file, the header's number and how many non-empty rows above it were left out."""
    rows_iter = iter(raw)
    leading: list[tuple[int, list]] = []
    for number, row in rows_iter:
        if any(row):
            leading.append((number, row))
            if len(leading) == _HEADER_SEARCH_ROWS or sum(map(bool, row)) >= 2:
                break
    if not leading:
        raise ImportError_(f"{path}: the file is empty (no header row)")
    if sum(map(bool, leading[-1][1])) >= 2:
        header_number, header = leading[-1]  # rows above it: a title, a note
        above = len(leading) - 1
    else:  # a list of one column: its first row names it
        (header_number, header), rows_iter = leading[0], chain(leading[1:], rows_iter)
        above = 0
    if merged:
        rows_iter = _filled_down(rows_iter, merged, header_number)
    keep = [i for i, h in enumerate(header) if h]
    headers = [header[i] for i in keep]
    width = len(header)
    all_columns = len(keep) == width
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, row in rows_iter:
        if not any(row):
            continue
        if len(row) != width:
            row = (row + [""] * width)[:width]
            if not any(row):
                continue
        if not all_columns:
            row = [row[i] for i in keep]
            if not any(row):
                continue
        rows.append(row)
        numbers.append(number)
    return headers, rows, numbers, header_number, above


def _filled_down(rows: Iterable[tuple[int, list]], merged: Sequence[tuple[int, int, int, int]],
                 header_number: int) -> Iterator[tuple[int, list]]:
    """``rows`` with the value of each range merged over several rows below the column names
    written into every row it spans: an organisation merged over three people (as lists made by
    hand have it) belongs to all three. Only into its first column (a merge across columns is
    layout: copied, an organisation would turn up under "Workshop" too), only into rows with
    something else in them (no person made up of a merged cell alone), and never into the
    column names or above (a title merged over the width, a heading two rows high).

    ``merged`` holds ``(first column, first row, last column, last row)``, 1-based."""
    starts: dict[int, list[tuple[int, int]]] = {}
    for first_column, first_row, _last_column, last_row in merged:
        if last_row > first_row > header_number:
            starts.setdefault(first_row, []).append((first_column - 1, last_row))
    if not starts:
        yield from rows
        return
    spanning: list[tuple[int, int, str]] = []  # (column, last row, value) of ranges begun above
    for number, row in rows:
        if spanning:
            spanning = [span for span in spanning if span[1] >= number]
            if any(row):
                for column, _last, value in spanning:
                    if column >= len(row):
                        row += [""] * (column + 1 - len(row))
                    row[column] = value
        for column, last in starts.get(number, ()):
            if column < len(row) and row[column]:
                spanning.append((column, last, row[column]))
        yield number, row


def _csv_rows(text: str, delimiter: str, first_line: int) -> Iterable[tuple[int, list]]:
    """``(row number, trimmed cells)`` for every record, following quoted line breaks (stored
    as a line feed: Windows writes a line break in a cell as CR LF). A record is one row, however
    many lines it takes: Excel shows it so, and there the organiser looks for a reported row."""
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    strip = str.strip
    for number, row in enumerate(reader, first_line):
        yield number, list(map(strip, row))


# Characters that show as nothing and mean nothing in a name, yet keep "Ben\u200b" from being
# found as "Ben" or sorted with it: zero-width space, word joiner, and a byte-order mark inside
# the text (two files pasted together). Zero-width (non-)joiners stay: some scripts need them.
INVISIBLE = ("\u200b", "\u2060", "\ufeff")


def _visible(text: str) -> str:
    """``text`` without the :data:`INVISIBLE` characters (a quick look when it has none)."""
    for character in INVISIBLE:
        if character in text:
            text = text.replace(character, "")
    return text


# What Excel shows in a cell whose formula failed, in English and German (a German Excel's CSV
# holds "#NV"; an XLSX file stores the English code, which openpyxl gives as the cell's text).
EXCEL_ERRORS = frozenset({"#N/A", "#NV", "#VALUE!", "#WERT!", "#DIV/0!", "#REF!", "#BEZUG!", "#NAME?",
                          "#NULL!", "#NUM!", "#ZAHL!", "#SPILL!", "#CALC!", "#GETTING_DATA"})

# What str.strip() strips besides " " and "\n" (tests/core/test_importer.py checks the list).
OTHER_WHITESPACE = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _lines(text: str) -> list[str] | None:
    """The lines of ``text`` without their ends (LF or CRLF); ``None`` for old Mac line ends
    (a lone CR), which only the csv module reads right."""
    size = len(text)
    lines = []
    for start, end in _pieces(text, "\n"):
        # each piece but the last ends in "\n"
        lines += text[start:end - 1 if end < size else end].split("\n")
    if "\r" in text:
        lines = [line[:-1] if line[-1:] == "\r" else line for line in lines]
        if any("\r" in line for line in lines):
            return None
    return lines


def _other_whitespace(text: str, data: bytes, encoding: str, delimiter: str) -> bool:
    """Whether the file holds whitespace besides spaces, line ends and the delimiter
    anywhere: tabs, no-break spaces and the like, which only ``str.strip`` on every cell
    trims right (spaces next to a delimiter are found by :func:`_split_flat` itself).

    For UTF-8 and Windows-1252 the raw bytes are searched (every byte sequence that decodes
    to such whitespace): memchr speed, where the same search in the decoded text is ten times
    slower once it holds a character like „ or €. Other encodings search the text.
    """
    if encoding not in ("utf-8", "utf-8-sig", "cp1252"):
        return any(c in text for c in OTHER_WHITESPACE if c not in ("\r", delimiter))
    if encoding == "cp1252":  # (or its Latin-1 fallback, where 0x85 is a line break)
        others = {bytes([b]) for b in range(256) if bytes([b]).decode("latin-1") in OTHER_WHITESPACE}
        haystack = data
    else:
        others = {c.encode("utf-8") for c in OTHER_WHITESPACE}
        # Among the ASCII bytes only the needles' own matter: drop the rest and search what
        # is left (mostly the text's few non-ASCII bytes). Valid UTF-8 cannot make a false
        # match there: no longer needle holds an ASCII byte, and a lead byte never occurs
        # inside another character.
        kept = {needle for needle in others if len(needle) == 1}
        haystack = data.translate(None, bytes(b for b in range(128) if bytes([b]) not in kept))
    others -= {b"\r", delimiter.encode("ascii", "replace")}  # CRLF; a lone CR is caught by _lines
    return any(needle in haystack for needle in others)


def _split_rows(lines: list[str], delimiter: str, first_line: int,
                trim_all: bool) -> list[tuple[int, list]] | None:
    """What :func:`_csv_rows` gives, for the usual file, several times faster: a line without
    quotes is split as it is, a line with quotes goes through the csv module alone. ``None``
    when that is not safe (a quoted field spans lines, stray quotes).

    A cell needs trimming if it starts or ends with whitespace. With only spaces in the
    file, four substring tests per line tell; with tabs, no-break spaces and the like
    (``trim_all``, see :func:`_other_whitespace`) every cell is trimmed.
    """
    strip = str.strip
    before, after = " " + delimiter, delimiter + " "
    rows = []
    for number, line in enumerate(lines, first_line):
        if '"' in line:
            try:
                (cells,) = csv.reader([line], delimiter=delimiter, strict=True)
            except (csv.Error, ValueError):  # unbalanced: the record may go on; let csv decide
                return None
            cells = list(map(strip, cells))
        else:
            cells = line.split(delimiter)
            if trim_all or before in line or after in line or line[:1] == " " or line[-1:] == " ":
                cells = list(map(strip, cells))
        rows.append((number, cells))
    return rows


class _RowsOfColumns(Sequence):
    """The rows of a table kept as its columns; a row is made when asked for. A 100,000-row
    file then costs no list per row (less memory, and nothing for the garbage collector
    to walk through), while the preview still slices out its rows."""

    __slots__ = ("_columns", "_count")

    def __init__(self, columns: list[tuple[str, ...]]):
        self._columns = columns
        self._count = len(columns[0]) if columns else 0

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return [column[index] for column in self._columns]

    def __eq__(self, other) -> bool:
        return isinstance(other, (list, _RowsOfColumns)) and list(self) == list(other)


_BLOCK_LINES = 8192  # lines split per call: no single call holds the interpreter long (the window)


def _quoted_rows(lines: list[str], delimiter: str, width: int | None) -> list[list[str]] | None:
    """The trimmed cells of lines that hold quotes, read by the csv module: one record per
    line, of ``width`` cells each (``None``: any width). ``None`` if any line is not such a
    record (a quoted line break, a stray quote: the whole file then goes through the csv
    module)."""
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    strip = str.strip
    rows = []
    try:
        for cells in reader:
            if reader.line_num != len(rows) + 1 or width not in (None, len(cells)):
                return None
            rows.append(list(map(strip, cells)))
    except (csv.Error, ValueError):
        return None
    return rows if len(rows) == len(lines) else None


def _split_flat(lines: list[str], delimiter: str, first_line: int) -> Table | None:
    """The table of a file without whitespace to trim (see :func:`_read_csv`), with its
    columns, split a block of lines at a time. Lines with quotes (an organisation named
    "Stadt Dortmund, Jugendamt") go through the csv module one by one and take their place
    among the others. Also no empty row except at the end, every header named, every line
    as wide as the header. ``None`` for any other file (then :func:`_split_rows`).

    Each step is a call over at most a few megabytes, so an import running in the window's
    background thread never holds up the window for long.
    """
    padding = (" " + delimiter, delimiter + " ")
    if '"' in lines[0]:
        header_row = _quoted_rows(lines[:1], delimiter, None)
        if header_row is None:
            return None
        headers = header_row[0]
    elif lines[0][:1] == " " or lines[0][-1:] == " " or any(p in lines[0] for p in padding):
        return None
    else:
        headers = lines[0].split(delimiter)
    width = len(headers)
    blank = delimiter * (width - 1)
    end = len(lines)
    while end > 1 and lines[end - 1] in ("", blank):
        end -= 1
    body = lines[1:end]
    if not all(headers) or width < 2 or blank in body or "" in body:
        return None
    if not body:
        return Table(headers, [], [], known_columns=[() for _ in headers], header_row=first_line)
    quoted_at = [i for i, line in enumerate(body) if '"' in line]
    if quoted_at:
        quoted = _quoted_rows([body[i] for i in quoted_at], delimiter, width)
        if quoted is None or not all(map(any, quoted)):  # (an empty quoted row is skipped elsewhere)
            return None
        plain = [line for line in body if '"' not in line]
    else:
        quoted, plain = [], body
    if any(count != width - 1 for count in map(str.count, plain, repeat(delimiter))):
        return None
    cells: list[str] = []
    for start in range(0, len(plain), _BLOCK_LINES):
        block = plain[start:start + _BLOCK_LINES]
        text = delimiter.join(block)
        # A space next to a delimiter or a line end (lines are joined by the delimiter here).
        if block[0][:1] == " " or block[-1][-1:] == " " or any(p in text for p in padding):
            return None
        cells += text.split(delimiter)
    if quoted:
        cells = _with_rows_at(cells, width, quoted_at, quoted)
    gc.collect(0)  # the reader's big lists leave the youngest generation while they are alive anyway
    columns = [_looked_at(tuple(cells[index::width])) for index in range(width)]
    numbers = list(range(first_line + 1, first_line + 1 + len(columns[0])))
    return Table(headers, _RowsOfColumns(columns), numbers, known_columns=columns, header_row=first_line)


def _with_rows_at(cells: list[str], width: int, positions: list[int], rows: list[list[str]]) -> list[str]:
    """The flat ``cells`` of some rows with ``rows`` put back at their ``positions`` (ascending
    row indexes in the result)."""
    merged: list[str] = []
    taken = 0  # rows of cells used so far
    for done, (position, row) in enumerate(zip(positions, rows)):
        between = position - done - taken
        merged += cells[taken * width:(taken + between) * width]
        merged += row
        taken += between
    merged += cells[taken * width:]
    return merged


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding = _decode(data, path)
    if encoding != "cp1252":  # (Windows-1252 has none of these characters)
        text = _visible(text)
    text = _nfc(text)
    first_line = 1  # rows are numbered as Excel shows them: it hides a "sep=;" line
    delimiter = None
    match = _SEP_LINE.match(text)
    if match:
        delimiter = match.group(1)
        text = text[match.end():]
    if delimiter is None:
        delimiter = _sniff_delimiter(text)
    lines = _lines(text)
    rows = None
    if lines is not None:
        other = _other_whitespace(text, data, encoding, delimiter)
        flat = None if other else _split_flat(lines, delimiter, first_line)
        if flat is not None:
            flat.encoding, flat.delimiter = encoding, delimiter
            flat.maybe_error_values = _has_hash(text, data, encoding)
            return flat
    try:
        if lines is not None:
            rows = _split_rows(lines, delimiter, first_line, trim_all=other)
        if rows is None:
            rows = _csv_rows(text, delimiter, first_line)
        headers, rows, numbers, header_row, above = _clean_rows(rows, path)
    except csv.Error as exc:
        raise ImportError_(f"{path}: not a readable CSV file ({exc})") from None
    return Table(headers, rows, numbers, encoding=encoding, delimiter=delimiter, header_row=header_row,
                 rows_above_header=above, maybe_error_values=_has_hash(text, data, encoding))


def _has_hash(text: str, data: bytes, encoding: str) -> bool:
    """Whether the file holds a "#" (which every Excel error value starts with): looked for in
    the bytes where a "#" is its own byte, twice as fast as in text with a letter like „ in it."""
    return b"#" in data if encoding in ("utf-8", "utf-8-sig", "cp1252") else "#" in text


def _xlsx_cell(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        if not value.isascii():
            value = _visible(value)
        if "\r" in value:
            value = value.replace("\r\n", "\n")
        return unicodedata.normalize("NFC", value.strip())
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            return repr(value)
        text = str(int(value))
        fmt = getattr(cell, "number_format", "") or ""
        if fmt.startswith("0") and set(fmt) == {"0"} and len(text) < len(fmt):
            text = text.zfill(len(fmt))  # a postcode shown as 01067 with the format "00000"
        return text
    if isinstance(value, datetime):
        if value.second or value.microsecond:
            return value.isoformat(timespec="seconds")
        if value.hour or value.minute:
            return value.isoformat(timespec="minutes")
        return value.date().isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value).strip()


_MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]+[0-9]+:[A-Za-z]+[0-9]+)"')


def _merged_ranges(data: bytes, worksheet) -> list[tuple[int, int, int, int]]:
    """The merged ranges of an XLSX sheet, ``(first column, first row, last column, last row)``.

    openpyxl's read-only sheets leave them out, so they are found in the sheet's XML
    (``<mergeCell ref="C2:C4"/>``, after the cells): decompressed a piece at a time and
    searched for the word, a small part of what openpyxl takes to read the cells."""
    from zipfile import BadZipFile, ZipFile

    from openpyxl.utils.cell import range_boundaries

    part = getattr(worksheet, "_worksheet_path", None)  # where the read-only sheet reads its cells
    if not part:
        return []
    refs: set[bytes] = set()
    try:
        with ZipFile(io.BytesIO(data)) as archive, archive.open(part) as stream:
            tail = b""
            while chunk := stream.read(_PIECE):
                piece = tail + chunk
                if b"mergeCell" in piece:
                    refs.update(_MERGE_CELL.findall(piece))
                tail = piece[-256:]  # a reference cut in two by the piece's end is found whole next time
    except (BadZipFile, KeyError, OSError):
        return []
    ranges = []
    for ref in refs:
        try:
            ranges.append(range_boundaries(ref.decode("ascii").upper()))
        except (TypeError, ValueError):
            continue
    return ranges


def _default_sheet(workbook, visible: list[str]) -> str | None:
    """The sheet Excel opens the workbook on: the active one when it is a visible worksheet,
    else the first visible worksheet (a hidden first sheet holds pick lists, not people)."""
    active = workbook.active
    if active is not None and active.title in visible:
        return active.title
    if visible:
        return visible[0]
    return workbook.worksheets[0].title if workbook.worksheets else None


def _read_xlsx(path: Path, data: bytes, sheet: str | None) -> Table:
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # A file object: the content decides, not the name (exports arrive renamed).
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError, TypeError, InvalidFileException) as exc:
        raise ImportError_(f"{path}: not a readable XLSX file ({exc})") from None
    try:
        names = list(workbook.sheetnames)
        visible = [ws.title for ws in workbook.worksheets if ws.sheet_state == "visible"]
        if sheet is None:
            if not names:
                raise ImportError_(f"{path}: the workbook has no sheets")
            name = _default_sheet(workbook, visible) or names[0]
        else:
            matches = ([n for n in names if n == sheet]
                       or [n for n in names if n.casefold() == sheet.casefold()])
            if not matches:
                raise ImportError_(f"{path}: no sheet named {sheet!r} (sheets: {listed(names)})")
            name = matches[0]
        worksheet = workbook[name]
        if not hasattr(worksheet, "iter_rows"):
            raise ImportError_(f"{path}: {name!r} is a chart, not a sheet")
        worksheet.reset_dimensions()  # some exporters write a wrong size into the file
        raw = ((number, [_xlsx_cell(c) for c in row])
               for number, row in enumerate(worksheet.iter_rows(), start=1))
        headers, rows, numbers, header_row, above = _clean_rows(raw, path, _merged_ranges(data, worksheet))
    finally:
        workbook.close()
    return Table(headers, rows, numbers, sheet=name, sheet_names=names, visible_sheets=visible,
                 header_row=header_row, rows_above_header=above)


def _refuse_lock_file(path: Path, data: bytes) -> None:
    """Refuse the small file an office program keeps next to a workbook while it is open (Excel:
    ``~$anmeldungen.xlsx``, LibreOffice: ``.~lock.anmeldungen.xlsx#``), naming the workbook."""
    if data.startswith(b"PK\x03\x04"):
        return  # a real workbook, whatever its name
    name = path.name
    if name.startswith("~$") and len(name) > 2:
        raise ImportError_(f"{path}: Excel's lock file of {name[2:]} (which is open in Excel), not a list; "
                           f"choose {name[2:]} instead")
    if name.startswith(".~lock.") and name.endswith("#") and len(name) > 8:
        raise ImportError_(f"{path}: LibreOffice's lock file of {name[7:-1]} (which is open in LibreOffice), "
                           f"not a list; choose {name[7:-1]} instead")


_HTML_START = re.compile(rb"\s*<(?:!doctype\s+html|html|table)\b", re.IGNORECASE)


def _is_html(data: bytes) -> bool:
    """Whether ``data`` starts (after a byte-order mark and blanks) like a web page or an HTML table."""
    head = data[:1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    elif head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return _HTML_START.match(head) is not None


def listed(names: Iterable[str], limit: int = 200, each: int = 40) -> str:
    """``names`` (columns, sheets) joined for a message, each cut after ``each`` characters and
    the whole after about ``limit``, with "…": a file of 300 columns, or one whose first line
    is a whole web page, still gives a message of one readable line.

    >>> listed(["Vorname", "Nachname"]), listed(["x" * 50], each=10), listed(["a", "b", "c"], limit=3)
    ('Vorname, Nachname', 'xxxxxxxxx…', 'a, …')
    """
    parts: list[str] = []
    size = 0
    for name in names:
        name = " ".join(name.split())
        if len(name) > each:
            name = name[:each - 1].rstrip() + "…"
        if parts and size + len(name) > limit:
            parts.append("…")
            break
        parts.append(name)
        size += len(name) + 2
    return ", ".join(parts)


# The stream an encrypted Office document keeps its content in, named in the compound file's
# directory in UTF-16LE (an old .xls has a "Workbook" stream instead).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def read_table(path: str | Path, *, sheet: str | None = None) -> Table:
    """Read a registration list (CSV or XLSX) into a :class:`Table`.

    The kind of file is told by its content (an XLSX file is a ZIP archive),
    the CSV encoding by a byte-order mark, else strict UTF-8, else
    Windows-1252; the delimiter by a ``sep=`` first line, else by sniffing
    ``;``, ``,`` and tab. ``sheet`` names the XLSX sheet (default: the one Excel
    opens on, the active sheet if it is visible, else the first visible one).

    >>> table = read_table("anmeldungen.csv")          # doctest: +SKIP
    >>> table.encoding, table.delimiter, len(table.rows)  # doctest: +SKIP
    ('cp1252', ';', 420)

    Raises :class:`ImportError_` with a one-line message for files that cannot be read.
    """
    path = Path(path)
    if belongs_to_open_event(path):  # reading it would drop this process's locks (store.is_open_here)
        raise ImportError_(f"{path}: that is an open event database, not a registration list")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportError_(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ImportError_(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise ImportError_(f"{path}: cannot be read ({exc.strerror})") from None
    _refuse_lock_file(path, data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE compound file
        if _ENCRYPTED_PACKAGE in data:  # an XLSX encrypted with a password is wrapped in one
            raise ImportError_(f"{path}: the workbook is protected by a password; open it in Excel and save "
                               "a copy without a password (File > Info > Protect Workbook > Encrypt with "
                               "Password, empty the field), or save it as CSV")
        raise ImportError_(f"{path}: an old Excel .xls file; save it as .xlsx or CSV first")
    if _is_html(data):  # a web form's "Excel export" is often a web page named .xls
        raise ImportError_(f"{path}: a web page (HTML), not a CSV or XLSX file: open it in Excel and save it "
                           "as .xlsx")
    with no_gc():
        if data.startswith(b"PK\x03\x04"):
            return _read_xlsx(path, data, sheet)
        if sheet is not None:
            raise ImportError_(f"{path}: --sheet only applies to XLSX files, this is a CSV file")
        return _read_csv(path, data)
