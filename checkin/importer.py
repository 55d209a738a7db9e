"""Importing registration lists: a read table -> validated columns -> one transaction.

This module owns what happens after :mod:`checkin.tables` has read a file:
matching its columns to attendee fields by header in German and English,
validating every row before anything is written, and merging the result into
the event database: new people are added, known people (same registration id,
else same e-mail) are updated without touching their codes or check-ins, and
people missing from the new file are reported, never deleted.

    >>> report = import_file(store, "anmeldungen.csv", dry_run=True)   # doctest: +SKIP
    >>> report.added, report.rejected                                   # doctest: +SKIP
    (420, [])

The steps are public so that the window's import wizard can show them one by
one: :func:`read_table` -> :func:`guess_mapping` -> :func:`validate` ->
:func:`import_table`.
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

from checkin import search
from checkin.domain import ATTENDEE_FIELDS, counted
from checkin.exports import to_local
from checkin.store import NOBODY_ADDED, EventStore
# Reading is the first public step of an import, so its names are importer's too.
from checkin.tables import EXCEL_ERRORS, ImportError_, Table, listed, no_gc, read_table  # noqa: F401

# How often (in rows) progress is reported and a cancel request is looked at.
CHUNK = 5000
# SQLite page cache during an import, in KiB (used only as the database grows into it).
IMPORT_CACHE_KIB = 128 * 1024


class ImportCancelled(ImportError_):
    """The user cancelled the import; nothing was written."""

    def __init__(self, message: str = "import cancelled; nothing was changed"):
        super().__init__(message)


# -- matching columns to fields -------------------------------------------------------------------

# Header variants real forms use, German and English; the first one is the field's own label.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "registration_id": ("Anmelde-Nr.", "Anmeldenummer", "Anmelde-ID", "Anmeldung Nr.", "Teilnehmer-Nr.",
                        "Teilnehmernummer", "Buchungsnummer", "Registration ID", "Registration number",
                        "Registration no.", "Reg. ID", "Ticket", "Ticket ID", "Ticket number",
                        "Ticketnummer", "Order ID", "ID"),
    "salutation": ("Anrede", "Salutation"),
    "title": ("Titel", "Title", "Akademischer Titel", "Academic title"),
    "first_name": ("Vorname", "First name", "Firstname", "Given name", "Forename", "Rufname"),
    "last_name": ("Nachname", "Last name", "Lastname", "Surname", "Family name", "Familienname", "Name"),
    "organisation": ("Institution", "Organisation", "Organization", "Firma", "Company", "Einrichtung",
                     "Behörde", "Arbeitgeber", "Employer", "Affiliation", "Verein", "Unternehmen"),
    "organisation_type": ("Art der Institution", "Organisation type", "Organization type",
                          "Art der Organisation", "Art der Einrichtung", "Institutionstyp",
                          "Type of organisation", "Type of organization", "Sektor", "Sector"),
    "role": ("Funktion", "Position", "Role", "Job title", "Tätigkeit", "Beruf", "Rolle"),
    "email": ("E-Mail", "E-Mail-Adresse", "Email", "Email address", "Mail", "Mailadresse", "E-Mail Address"),
    "workshop": ("Workshop", "Forum", "Workshops", "Fachforum", "Arbeitsgruppe", "Session", "Track"),
    "dietary": ("Ernährung", "Dietary requirements", "Dietary", "Diet", "Ernährungswünsche", "Essen",
                "Verpflegung", "Catering"),
    "accessibility": ("Barrierefreiheit", "Accessibility needs", "Accessibility", "Besondere Bedürfnisse",
                      "Assistenzbedarf"),
    "photo_consent": ("Foto-Einwilligung", "Photo consent", "Fotoeinwilligung", "Einwilligung Fotos",
                      "Fotoerlaubnis"),
    "category": ("Kategorie", "Category", "Teilnehmerkategorie", "Teilnahmeart", "Ticketart",
                 "Ticket type", "Attendee type"),
    "desk_note": ("Hinweis", "Note", "Notes", "Bemerkung", "Bemerkungen", "Anmerkung", "Anmerkungen",
                  "Hinweise", "Kommentar", "Comment", "Comments"),
    "registered_at": ("Angemeldet am", "Registered at", "Anmeldedatum", "Anmeldezeitpunkt",
                      "Registration date", "Registered on", "Registered",
                      "Zeitstempel", "Timestamp"),  # the last two: Google Forms
}


def header_key(header: str) -> str:
    """A header folded for comparison: case, punctuation, spaces and umlauts ignored.

    >>> header_key("E-Mail-Adresse") == header_key("e-mail adresse") == header_key("EMailAdresse")
    True
    >>> header_key("Ernährung") == header_key("Ernaehrung")
    True
    """
    return search.fold(header).replace(" ", "")


_ALIAS_INDEX: dict[str, tuple[str, int]] = {}
for _field, _aliases in HEADER_ALIASES.items():
    for _rank, _alias in enumerate(_aliases):
        _ALIAS_INDEX.setdefault(header_key(_alias), (_field, _rank))


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Match column headers to attendee fields: ``{field: column index}``.

    >>> guess_mapping(["Anmelde-Nr.", "Vorname", "Nachname", "PLZ", "E-Mail-Adresse"])
    {'registration_id': 0, 'first_name': 1, 'last_name': 2, 'email': 4}

    Where several columns fit one field, the most specific header wins
    (``Nachname`` before ``Name``), then the leftmost.
    """
    best: dict[str, tuple[int, int]] = {}
    for index, header in enumerate(headers):
        found = _ALIAS_INDEX.get(header_key(header)) if header else None
        if found is None:
            continue
        name, rank = found
        if name not in best or (rank, index) < best[name]:
            best[name] = (rank, index)
    return {name: best[name][1] for name in ATTENDEE_FIELDS if name in best}


def parse_mapping_option(items: list[str]) -> dict[str, str]:
    """Read ``--map FIELD=COLUMN`` options: ``["first_name=Rufname"]`` -> ``{"first_name": "Rufname"}``.

    Raises ``ValueError`` with a one-line message on a malformed item or an unknown field.
    """
    mapping: dict[str, str] = {}
    for item in items:
        name, sep, header = item.partition("=")
        name, header = name.strip().replace("-", "_"), header.strip()
        if not sep or not name or not header:
            raise ValueError(f"--map {item!r}: expected FIELD=COLUMN, e.g. first_name=Rufname")
        if name not in ATTENDEE_FIELDS:
            raise ValueError(f"--map {item!r}: unknown field {name!r} (fields: {', '.join(ATTENDEE_FIELDS)})")
        mapping[name] = header
    return mapping


def column_letter(index: int) -> str:
    """The column as a spreadsheet names it: 0 -> ``A``, 25 -> ``Z``, 26 -> ``AA``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _column_by_position(headers: list[str], wanted: str) -> int | None:
    """A column given as a spreadsheet letter (``E``) or a number counted from 1 (``5``)."""
    text = wanted.strip()
    if text.isdigit():
        index = int(text) - 1
    elif text.isascii() and text.isalpha() and len(text) <= 3:
        index = 0
        for letter in text.upper():
            index = index * 26 + ord(letter) - ord("A") + 1
        index -= 1
    else:
        return None
    return index if 0 <= index < len(headers) else None


def same_name_columns(headers: list[str], index: int) -> list[int]:
    """The columns headed exactly like column ``index`` (itself included; empty names aside)."""
    header = headers[index]
    return [i for i, other in enumerate(headers) if other == header] if header else [index]


def find_column(headers: list[str], wanted: str) -> int | None:
    """The index of the column headed ``wanted``: exactly, else folded (case, punctuation),
    else a column letter (``E``) or number (``5``) as a spreadsheet shows it.

    Raises :class:`ImportError_` when two columns carry that name: the letter says which.
    """
    if wanted in headers:
        index = headers.index(wanted)
    else:
        key = header_key(wanted)
        index = next((i for i, header in enumerate(headers) if header_key(header) == key), None)
        if index is None:
            return _column_by_position(headers, wanted)
    twins = same_name_columns(headers, index)
    if len(twins) > 1:
        raise ImportError_(f"{_columns_named(headers, twins)}: give the column's letter instead, "
                           f"e.g. {column_letter(twins[-1])}")
    return index


def _columns_named(headers: list[str], columns: list[int]) -> str:
    letters = ", ".join(column_letter(i) for i in columns[:-1]) + f" and {column_letter(columns[-1])}"
    return f"{len(columns)} columns are named {headers[columns[0]]!r} ({letters})"


def resolve_mapping(table: Table, explicit: dict[str, str] | None = None) -> dict[str, int]:
    """The guessed mapping with ``explicit`` ``{field: column}`` choices laid over it (a
    column by its name, or by its letter or number as a spreadsheet shows it).

    Raises :class:`ImportError_` for a column the file does not have, and for a guessed
    field whose column name the file has twice (which of them is meant cannot be guessed).
    """
    mapping = guess_mapping(table.headers)
    for name, header in (explicit or {}).items():
        if name not in ATTENDEE_FIELDS:
            raise ImportError_(f"unknown field {name!r} (fields: {', '.join(ATTENDEE_FIELDS)})")
        index = find_column(table.headers, header)
        if index is None:
            raise ImportError_(f"no column {header!r} for {name} (columns: {listed(table.headers)})")
        for other in [f for f, i in mapping.items() if i == index]:
            del mapping[other]
        mapping[name] = index
    for name, index in mapping.items():
        twins = same_name_columns(table.headers, index)
        if len(twins) > 1 and name not in (explicit or {}):
            raise ImportError_(f"{_columns_named(table.headers, twins)}: choose the one that holds "
                               f"{name} with --map {name}={column_letter(twins[0])} "
                               f"(or {column_letter(twins[-1])})")
    return {name: mapping[name] for name in ATTENDEE_FIELDS if name in mapping}


# -- validating rows -------------------------------------------------------------------------------

# What can be wrong with a row. The window shows these translated (checkin/ui/dialogs/import_models.py
# lists the same texts for Qt's translation tools); ``{value}`` and ``{first}`` are filled in.
PROBLEM_MESSAGES = {
    "no_name": "no name: first and last name are empty",
    "bad_email": "malformed e-mail address '{value}'",
    "duplicate_id": "registration id '{value}' appears twice (first in row {first})",
    "bad_consent": "photo consent '{value}' is not ja/nein, yes/no, x, 1 or 0: imported as not asked",
    "bad_date": "unreadable date '{value}' (not dd.mm.yyyy HH:MM or ISO 8601): left empty",
    "lost_letters": "letters lost in '{value}'",
    # A known registration id or e-mail under another first and last name: a swapped number, or a
    # ticket passed on. Updated as the file says; what hangs on the person is said.
    "other_person": "{value} was {old}, now {new}",
    "other_person_checked_in": "{value} was {old}, now {new} (checked in {time} at {station})",
    "other_person_printed": "{value} was {old}, now {new} (badge printed)",
    "other_person_checked_in_printed":
        "{value} was {old}, now {new} (checked in {time} at {station}; badge printed)",
    "excel_error": "Excel error value '{value}' (a formula that failed): left empty",
}
_OTHER_PERSON = frozenset(kind for kind in PROBLEM_MESSAGES if kind.startswith("other_person"))


@dataclass
class Problem:
    """Why one row cannot be imported, or what in it was not imported as it stands: its row in
    the file, the column (header as in the file), the reason.

    ``kind`` (a key of ``PROBLEM_MESSAGES``) and ``values`` let the window say it in German.
    """

    row: int
    column: str
    message: str
    kind: str = field(default="", compare=False)
    values: dict = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, kind: str, row: int, column: str, **values) -> "Problem":
        return cls(row, column, PROBLEM_MESSAGES[kind].format(**values), kind, values)

    def to_json(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.message}" if self.column else f"row {self.row}: {self.message}"


_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]{2,}\Z")
_GERMAN_DATE = re.compile(
    r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:(?:,\s*|\s+|T)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*Uhr)?)?\Z")
_ISO_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\Z")
_US_DATE = re.compile(
    r"(\d{1,2})/(\d{1,2})/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?\Z")
# A date in an Excel cell formatted "General" shows as its serial number: days since 30.12.1899,
# the time of day as the fraction (42808.5 is 14.03.2017 12:00; "42808,5" in a German CSV).
_SERIAL = re.compile(r"\d{5}(?:[.,](\d+))?\Z")
_SERIAL_DAYS = (20000, 80000)  # 1954 to 2119: other numbers in the column are no dates
_EXCEL_EPOCH = datetime(1899, 12, 30)
_YES = frozenset({"ja", "j", "yes", "y", "x", "1", "true", "wahr", "ok", "✓", "✔", "einverstanden"})
_NO = frozenset({"nein", "n", "no", "0", "false", "falsch", "-"})


@lru_cache(maxsize=64)
def parse_consent(text: str) -> bool | None:
    """``ja``/``yes``/``x``/``1`` -> True, ``nein``/``no``/``0`` -> False, empty -> None.

    Raises ``ValueError`` for anything else.

    >>> parse_consent("Ja"), parse_consent("0"), parse_consent("")
    (True, False, None)
    """
    value = text.strip().lower()
    if not value:
        return None
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(f"photo consent must be ja/nein, yes/no, x, 1 or 0, not {text!r}")


_GERMAN_FAST = re.compile(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)\Z")
_ISO_FAST = re.compile(r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d))?\Z")


@lru_cache(maxsize=4096)
def _real_day(year: str, month: str, day: str) -> bool:
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _iso(year: int, month: int, day: int, hour: str | None, minute: str | None, second: str | None) -> str:
    date(year, month, day)  # raises ValueError for 31.02.
    if hour is None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    h, m, s = int(hour), int(minute), int(second or 0)
    if h > 23 or m > 59 or s > 59:
        raise ValueError
    clock = f"{h:02d}:{m:02d}:{s:02d}" if s else f"{h:02d}:{m:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}T{clock}"


def parse_registered_at(text: str) -> str:
    """A registration time as ISO 8601 from German ``dd.mm.yyyy HH:MM``, ISO or US ``m/d/yyyy`` input,
    or from an Excel serial number (``42808.5``, a date in a cell formatted "General").

    Empty stays empty.

    >>> parse_registered_at("04.03.2017 19:35"), parse_registered_at("2017-03-10T21:43:00")
    ('2017-03-04T19:35', '2017-03-10T21:43')

    Raises ``ValueError`` for anything else.
    """
    if not text:
        return ""
    match = _GERMAN_FAST.match(text)  # the usual shape, without building numbers
    if match:
        day, month, year, hour, minute = match.groups()
        if hour < "24" and minute < "60" and _real_day(year, month, day):
            return f"{year}-{month}-{day}T{hour}:{minute}"
    match = _ISO_FAST.match(text)  # what UTF-8 exports and web forms write
    if match:
        year, month, day, hour, minute, second = match.groups()
        if hour < "24" and minute < "60" and (second or "") < "60" and _real_day(year, month, day):
            seconds = f":{second}" if second and second != "00" else ""
            return f"{year}-{month}-{day}T{hour}:{minute}{seconds}"
    match = _GERMAN_DATE.match(text)
    try:
        if match:
            day, month, year, hour, minute, second = match.groups()
            year_n = int(year) + (2000 if len(year) == 2 else 0)
            return _iso(year_n, int(month), int(day), hour, minute, second)
        match = _US_DATE.match(text)  # Google Forms in English: month/day/year, maybe 9:31 PM
        if match:
            month, day, year, hour, minute, second, half = match.groups()
            if half is not None:
                if not 1 <= int(hour) <= 12:
                    raise ValueError
                hour = str(int(hour) % 12 + (12 if half in "Pp" else 0))
            return _iso(int(year), int(month), int(day), hour, minute, second)
        match = _ISO_DATE.match(text)
        if match:
            year, month, day, hour, minute, second, zone = match.groups()
            result = _iso(int(year), int(month), int(day), hour, minute, second)
            return result + (zone or "") if hour is not None else result
        match = _SERIAL.match(text)
        if match and _SERIAL_DAYS[0] <= float(text.replace(",", ".")) <= _SERIAL_DAYS[1]:
            moment = _EXCEL_EPOCH + timedelta(seconds=round(float(text.replace(",", ".")) * 86400))
            if match.group(1) is None:  # a whole number: a day
                return moment.date().isoformat()
            return _iso(moment.year, moment.month, moment.day, str(moment.hour), str(moment.minute),
                        str(moment.second))
    except ValueError:
        pass
    raise ValueError(f"unreadable date {text!r} (expected dd.mm.yyyy HH:MM or ISO 8601)")


def registration_key(reg_id: str) -> str:
    """A registration id as ids are compared: one made only of digits without its leading zeros
    (Excel turns ``00001`` into ``1``), any other as it is.

    >>> registration_key("00001") == registration_key("1"), registration_key("KK17-00001")
    (True, 'KK17-00001')
    """
    if reg_id[:1] == "0" and reg_id.isdigit() and reg_id.isascii():
        return reg_id.lstrip("0") or "0"
    return reg_id


def _names_required(table: Table, mapping: dict[str, int]) -> None:
    if "first_name" in mapping or "last_name" in mapping:
        return
    found = ("no name column: expected a column such as 'Vorname'/'First name' or 'Nachname'/'Last name' "
             f"(columns: {listed(table.headers) or 'none'})")
    others = [name for name in table.visible_sheets if name != table.sheet]
    if not others:  # (the list may be on another sheet: a title sheet "Info" comes first)
        raise ImportError_(f"{found}; choose one with --map last_name=COLUMN")
    sheets = listed(f"'{name}'" for name in others)
    also = f"the sheet {sheets}: choose it" if len(others) == 1 else f"the sheets {sheets}: choose one"
    raise ImportError_(f"{found}; the workbook also has {also} with --sheet NAME, "
                       "or a column with --map last_name=COLUMN")


def _keep_columns(table: Table, keep: Iterable[str]) -> list[tuple[str, int]]:
    found = []
    for wanted in keep:
        index = find_column(table.headers, wanted)
        if index is None:
            raise ImportError_(f"--keep {wanted!r}: the file has no such column (columns: {listed(table.headers)})")
        found.append((table.headers[index], index))
    return found


_LOST_LETTERS = re.compile(r"\?\?|\w\?\w|(?:^|\s)\?\w")  # "?????", "Wi?niewska", "?ukasz"
_NAME_FIELDS = ("first_name", "last_name", "title", "organisation")


def lost_letters(table: Table, mapping: dict[str, int]) -> list[Problem]:
    """Names where the file lost letters: Excel saving ``Олена`` as Windows-1252 writes ``?????``.

    These rows are imported as they are (the person exists); the organiser is
    told, so a badge does not go out with question marks.
    """
    found = []
    for name in _NAME_FIELDS:
        if name not in mapping:
            continue
        index = mapping[name]
        values = table.column(index)
        if "?" not in "".join(values):
            continue
        header = table.headers[index]
        found += [(i, index, Problem.of("lost_letters", table.row_numbers[i], header, value=value))
                  for i, value in enumerate(values) if "?" in value and _LOST_LETTERS.search(value)]
    found.sort(key=lambda f: (f[0], f[1]))
    return [f[2] for f in found]


@dataclass
class Batch:
    """The valid rows of a table, column by column: what :func:`validate_columns` hands on.

    ``columns`` maps each mapped field to its values (registration id ``None``
    when empty, photo consent ``True``/``False``/``None``, registration time as
    ISO 8601), plus ``extra`` (dicts of kept columns) when columns are kept;
    ``row_numbers`` are the rows in the file.
    """

    columns: dict[str, list]
    row_numbers: list[int]
    warnings: list[Problem] = field(default_factory=list)  # unreadable cells, imported empty

    def __len__(self) -> int:
        return len(self.row_numbers)

    def records(self) -> list[dict]:
        """The rows as dicts, each with a ``_row`` key (its row in the file)."""
        names = list(self.columns)
        return [{**dict(zip(names, values)), "_row": number}
                for values, number in zip(zip(*self.columns.values()), self.row_numbers)]


def _parse_column(values: list[str], parse: Callable[[str], object],
                  failed: object) -> tuple[list, list[int]]:
    """``parse`` over a column, once per distinct value: the results (``failed`` where it
    refused a value) and the indexes of the values it refused."""
    results = {}
    for value in dict.fromkeys(values):
        try:
            results[value] = (parse(value), True)
        except ValueError:
            results[value] = (failed, False)
    parsed = [results[v] for v in values]
    return [p[0] for p in parsed], [i for i, p in enumerate(parsed) if not p[1]]


def _without_error_values(table: Table, index: int, values: tuple[str, ...],
                          found: list[tuple[int, int, Problem]]) -> tuple[str, ...] | list[str]:
    """``values`` (column ``index`` of ``table``) with Excel's error values (#NV, #WERT!, …)
    emptied, each added to ``found`` as a warning: "#NV" is no organisation for a badge."""
    if not table.maybe_error_values or EXCEL_ERRORS.isdisjoint(values):
        return values
    header, numbers = table.headers[index], table.row_numbers
    cleaned = list(values)
    for i, value in enumerate(values):
        if value in EXCEL_ERRORS:
            cleaned[i] = ""
            found.append((i, 5 + index, Problem.of("excel_error", numbers[i], header, value=value)))
    return cleaned


def validate_columns(table: Table, mapping: dict[str, int], *, keep: Iterable[str] = (),
                     cancel: Callable[[], bool] | None = None) -> tuple[Batch, list[Problem]]:
    """Check every row of ``table`` and hand on the valid ones column by column.

    ``mapping`` is ``{field: column index}`` (see :func:`guess_mapping`);
    ``keep`` names extra columns to store (in ``extra``, keyed by header).
    Returns ``(batch, problems)``: the valid rows in file order and a
    :class:`Problem` for each fault found (no name, a malformed e-mail, a
    registration id seen before in the file, an unreadable consent or date),
    in file order; Excel's error values (#NV, #WERT!) are emptied and listed with the
    unreadable cells. Works a column at a time, so 100,000 rows take a fraction
    of a second.

    Raises :class:`ImportError_` if no column holds a name.
    """
    _names_required(table, mapping)
    mapped = set(mapping.values())  # a column imported as a field is not kept a second time
    kept = [(header, index) for header, index in _keep_columns(table, keep) if index not in mapped]
    headers, rows, numbers = table.headers, table.rows, table.row_numbers
    count = len(rows)

    unreadable: list[tuple[int, int, Problem]] = []  # imported empty: a typo there loses nobody
    columns = {name: _without_error_values(table, index, table.column(index), unreadable)
               for name, index in mapping.items()}
    found: list[tuple[int, int, Problem]] = []  # (row index, check, problem): sorted into file order
    _check_cancel(cancel)

    first, last = columns.get("first_name"), columns.get("last_name")
    name_column = headers[mapping["last_name" if last is not None else "first_name"]]
    if first is not None and last is not None:
        nameless = [i for i, given, family in zip(range(count), first, last) if not given and not family]
    else:
        nameless = [i for i, value in enumerate(first if last is None else last) if not value]
    found += [(i, 0, Problem.of("no_name", numbers[i], name_column)) for i in nameless]

    emails = columns.get("email")
    if emails is not None:
        header = headers[mapping["email"]]
        found += [(i, 1, Problem.of("bad_email", numbers[i], header, value=e))
                  for i, (e, ok) in enumerate(zip(emails, map(_EMAIL.match, emails))) if e and not ok]

    ids = columns.get("registration_id")
    if ids is not None:
        keys = [registration_key(reg) for reg in ids]  # 7 and 007 are one number
        given = [key for key in keys if key]
        if len(set(given)) != len(given):
            header = headers[mapping["registration_id"]]
            first_seen: dict[str, int] = {}
            for i, (reg, key) in enumerate(zip(ids, keys)):
                if key:
                    seen = first_seen.setdefault(key, numbers[i])
                    if seen != numbers[i]:
                        problem = Problem.of("duplicate_id", numbers[i], header, value=reg, first=seen)
                        found.append((i, 2, problem))
        columns["registration_id"] = [reg or None for reg in ids]
    _check_cancel(cancel)

    for name, parse, kind, check, empty in (("photo_consent", parse_consent, "bad_consent", 3, None),
                                            ("registered_at", parse_registered_at, "bad_date", 4, "")):
        raw = columns.get(name)
        if raw is None:
            continue
        header = headers[mapping[name]]
        columns[name], refused = _parse_column(raw, parse, failed=empty)
        unreadable += [(i, check, Problem.of(kind, numbers[i], header, value=raw[i])) for i in refused]

    if kept:
        names = [header for header, _ in kept]
        columns["extra"] = [{name: value for name, value in zip(names, values) if value}
                            for values in zip(*(_without_error_values(table, index, table.column(index),
                                                                      unreadable) for _, index in kept))]
    _check_cancel(cancel)
    found.sort(key=lambda f: (f[0], f[1]))
    problems = [f[2] for f in found]
    bad = {f[0] for f in found}
    unreadable.sort(key=lambda f: (f[0], f[1]))
    warnings = [f[2] for f in unreadable if f[0] not in bad]
    if not found:
        return Batch(columns, list(numbers), warnings), problems
    good = [i for i in range(count) if i not in bad]
    pick = itemgetter(*good) if len(good) > 1 else (lambda values: tuple(values[i] for i in good))
    return Batch({name: list(pick(values)) for name, values in columns.items()},
                 list(pick(numbers)), warnings), problems


def validate(table: Table, mapping: dict[str, int], *, keep: Iterable[str] = (),
             cancel: Callable[[], bool] | None = None) -> tuple[list[dict], list[Problem]]:
    """:func:`validate_columns`, with the valid rows as attendee records (dicts), each with
    a ``_row`` key (its row in the file)."""
    batch, problems = validate_columns(table, mapping, keep=keep, cancel=cancel)
    return batch.records(), problems


# -- importing --------------------------------------------------------------------------------------

def _full_name(person: dict) -> str:
    return " ".join(part for part in (person["first_name"], person["last_name"]) if part)


@dataclass
class ImportReport:
    """What an import did (or, for a dry run or a refused file, would do / did not do)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    missing: list[dict] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    rows: int = 0
    source: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int = 1
    rows_above_header: int = 0
    mapping: dict[str, str] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    refused: bool = False  # invalid rows and no skip_invalid: nothing (would be) imported
    event_people: int = 0  # people registered in the event before (walk-ins are never missing)

    def to_json(self) -> dict:
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "missing": list(self.missing), "rejected": [p.to_json() for p in self.rejected],
            "warnings": [p.to_json() for p in self.warnings], "shares_few_people": self.shares_few_people,
            "dry_run": self.dry_run, "written": self.written, "rows": self.rows, "source": self.source,
            "encoding": self.encoding, "delimiter": self.delimiter, "sheet": self.sheet,
            "header_row": self.header_row, "rows_above_header": self.rows_above_header,
            "mapping": dict(self.mapping),
        }

    @property
    def shares_few_people(self) -> bool:
        """Whether more than half of the file is new to the event and more than half of the event's
        people are not in the file: the wrong list, or one whose registration numbers were changed."""
        in_file = self.added + self.updated + self.unchanged
        few_known = self.added * 2 > in_file and len(self.missing) * 2 > self.event_people
        return bool(self.event_people) and few_known

    @property
    def names_with_lost_letters(self) -> list[Problem]:
        """Warnings about names that lost letters in the file ('?'); imported as they are."""
        return [p for p in self.warnings if p.kind == "lost_letters"]

    @property
    def unreadable_cells(self) -> list[Problem]:
        """Warnings about cells that could not be read (a consent, a date, an Excel error value);
        imported empty."""
        return [p for p in self.warnings if p.kind in ("bad_consent", "bad_date", "excel_error")]

    @property
    def changed_people(self) -> list[Problem]:
        """Warnings about people the file gives another first and last name under their registration
        id or e-mail (a swapped number, a ticket passed on): updated as the file says, and their
        code, badge and check-in now go with the new name."""
        return [p for p in self.warnings if p.kind in _OTHER_PERSON]

    @property
    def invalid_rows(self) -> int:
        """How many rows were rejected (a row can have several problems)."""
        return len({p.row for p in self.rejected})

    def summary(self, limit: int = 20) -> str:
        """A few lines for people: the counts, then the rejected rows and the people missing."""
        verb = "is" if self.invalid_rows == 1 else "are"
        if self.refused and self.dry_run:
            valid = self.rows - self.invalid_rows
            head = (f"Dry run, nothing changed: nothing would be imported, because {self.invalid_rows} of "
                    f"{counted(self.rows, 'row')} {verb} invalid. Fix them"
                    + (f", or add --skip-invalid to import the other {valid}." if valid else "."))
        elif self.rejected and not self.written and not self.dry_run and not (self.added or self.updated):
            head = f"Nothing imported: {self.invalid_rows} of {counted(self.rows, 'row')} {verb} invalid."
        else:
            verb = ("Dry run, nothing changed: would add {a}, update {u}, leave {s} unchanged"
                    if self.dry_run else "Imported: added {a}, updated {u}, unchanged {s}")
            head = verb.format(a=self.added, u=self.updated, s=self.unchanged)
            if self.rejected:
                head += f"; {counted(self.invalid_rows, 'invalid row')} skipped"
            if self.missing:
                gone = counted(len(self.missing), "person", "people")
                head += f"; {gone} {'is' if len(self.missing) == 1 else 'are'} no longer in the file (kept)"
            head += "."
        lines = [head]
        if self.shares_few_people:
            lines.append(f"This file shares few people with the event: {self.added} new, "
                         f"{len(self.missing)} not in the file. Is it the right list?")
        if self.rows_above_header:
            were = "was" if self.rows_above_header == 1 else "were"
            above = counted(self.rows_above_header, "row")
            lines.append(f"The column names are in row {self.header_row}; {above} above them "
                         f"(a title or a note) {were} left out.")
        lines += [f"  {p}" for p in self.rejected[:limit]]
        if len(self.rejected) > limit:
            lines.append(f"  ... and {counted(len(self.rejected) - limit, 'more problem')}")
        lost, unreadable, changed = self.names_with_lost_letters, self.unreadable_cells, self.changed_people
        have = "has" if len(changed) == 1 else "have"
        updated = "would be updated" if self.dry_run or not self.written else "were updated"
        renamed = (f"Warning: {counted(len(changed), 'person', 'people')} in the file {have} another "
                   "person's name under the same registration number or e-mail (swapped numbers? a ticket "
                   f"passed on?); they {updated} as the file says, and the code, badge and check-in go with "
                   "the new name. Check them:")
        for found, head in (
                (changed, renamed),
                (lost, f"Warning: {counted(len(lost), 'name')} lost letters in the file ('?'); they are "
                       "imported as they are. Save the list as 'CSV UTF-8' or XLSX to keep every letter:"),
                (unreadable, f"Warning: {counted(len(unreadable), 'cell')} could not be read; the people "
                             "are imported, those cells empty:")):
            if found:
                lines += [head, *(f"  {p}" for p in found[:limit])]
                if len(found) > limit:
                    lines.append(f"  ... and {len(found) - limit} more")
        if self.missing:
            lines.append("Not in the file any more (kept, check them):")
            lines += [f"  {m['registration_id'] or '-'}  {_full_name(m)}  ({m['code']})"
                      for m in self.missing[:limit]]
            if len(self.missing) > limit:
                lines.append(f"  ... and {len(self.missing) - limit} more")
        return "\n".join(lines)


_COMPARED = ATTENDEE_FIELDS


def _existing(store: EventStore) -> list[tuple]:
    columns = ", ".join(("id", "code", "walk_in", "extra", *_COMPARED))
    return store.conn.execute(f"SELECT {columns} FROM attendees ORDER BY id").fetchall()


def _name_key(person: dict, fields: list[str]) -> tuple[str, ...]:
    return tuple(search.fold(person.get(name) or "") for name in fields)


class _Plan(NamedTuple):
    added: list
    updates: list[tuple[int, dict]]  # (attendee id, changes)
    unchanged: int
    missing: list[dict]
    # (file row, field matched by, its value, attendee id, old name, new name): see _other_people
    renamed: Sequence[tuple[int, str, str, int, str, str]] = ()


def _renamed(old: dict, record: dict) -> bool:
    """Whether ``record`` gives ``old`` another first AND last name (folded: Müller = Mueller).
    A name that had lost letters (``?????``, see :func:`lost_letters`) is being repaired, not changed."""
    for name in ("first_name", "last_name"):
        before = old[name] or ""
        if search.fold(before) == search.fold(record.get(name) or "") or (
                "?" in before and _LOST_LETTERS.search(before)):
            return False
    return True


def _plan(store: EventStore, records: list[dict], fields: list[str]) -> _Plan:
    """Split records into new ones and ``(id, changes)`` updates; find who is missing.

    A record is matched by its registration id (one made of digits also without its leading
    zeros, see :func:`registration_key`), else its e-mail, else by first and last
    name, and organisation when the file has that column, among people whose id and e-mail
    do not say otherwise: a list of names imported twice is unchanged the second time, and
    the web form's export after a provisional list finds the people on it. Each person
    matches once, in the order they were added, so namesakes stay two people; a changed
    name or organisation is a new person (the old one is reported missing, not overwritten).
    """
    rows = _existing(store)
    if not rows:
        return _Plan(records, [], 0, [])
    width = len(_COMPARED)
    by_reg: dict[str, tuple] = {}
    by_email: dict[str, list[tuple]] = {}
    entries = []
    for row in rows:
        values = dict(zip(_COMPARED, row[4:4 + width]))
        entry = (row[0], row[1], row[2], row[3], values)
        entries.append(entry)
        if values["registration_id"]:
            by_reg[registration_key(values["registration_id"])] = entry
        if values["email"]:
            by_email.setdefault(values["email"].lower(), []).append(entry)
    file_ids = {registration_key(r["registration_id"]) for r in records if r.get("registration_id")}
    by_name: dict[tuple, list[tuple]] | None = None  # made when the first record matches neither way
    name_fields = ["first_name", "last_name", *(["organisation"] if "organisation" in fields else [])]
    matched: set[int] = set()
    added: list[dict] = []
    updates: list[tuple[int, dict]] = []
    renamed: list[tuple[int, str, str, int, str, str]] = []
    names_compared = "first_name" in fields and "last_name" in fields
    unchanged = 0
    for record in records:
        entry = None
        matched_by = None  # the field a person was found by, for a name the file changes
        reg_id = record.get("registration_id")
        if reg_id:
            entry = by_reg.get(registration_key(reg_id))
            matched_by = "registration_id"
        if entry is None and record.get("email"):
            matched_by = "email"
            for candidate in by_email.get(record["email"].lower(), ()):
                old_reg = candidate[4]["registration_id"]
                # Two different registration ids are two people, even with one shared mailbox.
                if candidate[0] not in matched and (
                        not old_reg or (not reg_id and registration_key(old_reg) not in file_ids)):
                    entry = candidate
                    break
        if entry is None:
            matched_by = None
            if by_name is None:  # only people some id or e-mail is missing from can match by name
                by_name = {}
                for candidate in entries:
                    if not (candidate[4]["registration_id"] and candidate[4]["email"]):
                        by_name.setdefault(_name_key(candidate[4], name_fields), []).append(candidate)
            for candidate in by_name.get(_name_key(record, name_fields), ()) if by_name else ():
                old_reg, old_email = candidate[4]["registration_id"], candidate[4]["email"]
                if candidate[0] in matched or (old_email and record.get("email")):
                    continue  # two e-mails (the same one matched above): two people
                if old_reg and (reg_id or registration_key(old_reg) in file_ids):
                    continue  # two registration ids: two people
                entry = candidate
                break
        if entry is None or entry[0] in matched:
            added.append(record)
            continue
        attendee_id, _code, _walk_in, old_extra, old = entry
        matched.add(attendee_id)
        changes = {}
        for name in fields:
            new = record[name]
            if name == "registration_id" and (
                    not new or (old[name] and registration_key(new) == registration_key(old[name]))):
                continue  # an export without the id, or with 00001 as 1, keeps the one we know
            if new != old[name] and not (new is None and old[name] is None):
                changes[name] = new
        if "extra" in record:
            extra = json.loads(old_extra) if old_extra else {}
            merged = {**extra, **record["extra"]}
            if merged != extra:
                changes["extra"] = merged
        if changes:
            updates.append((attendee_id, changes))
            if matched_by and names_compared and _renamed(old, record):
                renamed.append((record["_row"], matched_by, record[matched_by], attendee_id,
                                _full_name(old), _full_name(record)))
        else:
            unchanged += 1
    missing = [
        {"registration_id": r[4], "first_name": r[4 + _COMPARED.index("first_name")],
         "last_name": r[4 + _COMPARED.index("last_name")], "code": r[1]}
        for r in rows if r[0] not in matched and not r[2]
    ]
    return _Plan(added, updates, unchanged, missing, renamed)


def _other_people(store: EventStore, renamed: list[tuple], headers: dict[str, str]) -> list[Problem]:
    """A warning for each person the file gives another person's name (see :func:`_plan`), with
    what goes with them to the new name: a check-in, a printed badge."""
    found = []
    for row, matched_by, value, attendee_id, old, new in renamed:
        presence = store.conn.execute("SELECT at, station FROM presence WHERE attendee_id = ?",
                                      (attendee_id,)).fetchone()
        printed = store.conn.execute("SELECT 1 FROM badge_prints WHERE attendee_id = ? LIMIT 1",
                                     (attendee_id,)).fetchone()
        kind = "other_person" + ("_checked_in" if presence else "") + ("_printed" if printed else "")
        time = to_local(presence[0]).strftime("%d.%m.%Y %H:%M") if presence else ""
        found.append(Problem.of(kind, row, headers[matched_by], value=value, old=old, new=new, time=time,
                                station=presence[1] if presence else ""))
    return found


def _paced(records: list[dict], done: int, total: int, progress: Callable[[int, int], None] | None,
           cancel: Callable[[], bool] | None) -> Iterable[dict]:
    """Hand out ``records``, reporting progress and looking at ``cancel`` every :data:`CHUNK` rows."""
    for start in range(0, len(records), CHUNK):
        _check_cancel(cancel)
        if progress and start:
            progress(done + start, total)
        yield from records[start:start + CHUNK]


@contextmanager
def _big_cache(store: EventStore) -> Iterator[None]:
    """A page cache big enough for the indexes of a large import (the default 2 MB thrashes)."""
    previous = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    store.conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA cache_size = {int(previous)}")


def _check_cancel(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled()


def import_table(store: EventStore, table: Table, mapping: dict[str, int], *, dry_run: bool = False,
                 skip_invalid: bool = False, keep: Iterable[str] = (),
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None, source: str | None = None) -> ImportReport:
    """Validate ``table`` and merge it into the event database in one transaction.

    ``mapping`` is ``{field: column index}``. New people are added with fresh
    codes; known people (same registration id, else same e-mail) get their
    changed fields updated, keeping their codes and check-ins; people in the
    database but not in the file are listed in ``missing`` and kept. With
    invalid rows nothing is written unless ``skip_invalid``; ``dry_run``
    computes the same report and writes nothing. ``progress(done, total)`` is
    called as rows are written; ``cancel()`` returning True aborts with
    :class:`ImportCancelled` and nothing written.
    """
    with no_gc():
        return _import_table(store, table, mapping, dry_run=dry_run, skip_invalid=skip_invalid, keep=keep,
                             progress=progress, cancel=cancel, source=source)


def _import_table(store: EventStore, table: Table, mapping: dict[str, int], *, dry_run: bool,
                  skip_invalid: bool, keep: Iterable[str], progress: Callable[[int, int], None] | None,
                  cancel: Callable[[], bool] | None, source: str | None) -> ImportReport:
    store.refuse_if_closed(NOBODY_ADDED)  # a dry run too: it must not promise what the import refuses
    keep = tuple(keep)
    report = ImportReport(dry_run=dry_run, rows=len(table.rows), source=source, encoding=table.encoding,
                          delimiter=table.delimiter, sheet=table.sheet, header_row=table.header_row,
                          rows_above_header=table.rows_above_header,
                          mapping={name: table.headers[index] for name, index in mapping.items()})
    batch, problems = validate_columns(table, mapping, keep=keep, cancel=cancel)
    report.rejected = problems
    report.warnings = sorted(lost_letters(table, mapping) + batch.warnings, key=lambda p: p.row)
    if problems and not skip_invalid:
        report.refused = True
        return report
    fields = list(mapping)
    report.event_people = store.conn.execute("SELECT count(*) FROM attendees WHERE walk_in = 0").fetchone()[0]
    if dry_run:
        if store.count() == 0:  # a new event: everybody would be added (no records to compare)
            plan = _Plan(batch.row_numbers, [], 0, [])
        else:
            plan = _plan(store, batch.records(), fields)
        _check_cancel(cancel)
        _report_plan(store, report, plan)
        return report
    total = len(batch)
    with _big_cache(store), store.transaction():
        if store.count() == 0:
            # A new event: everybody is new, written column by column.
            def written(done: int) -> None:
                _check_cancel(cancel)
                if progress and done:
                    progress(done, total)

            store.insert_columns(batch.columns, total, progress=written, every=CHUNK)
            _report_plan(store, report, _Plan(batch.row_numbers, [], 0, []))
        else:
            plan = _plan(store, batch.records(), fields)
            _report_plan(store, report, plan)  # before the updates: who was checked in under the old name
            done = 0
            for attendee_id, changes in plan.updates:
                store.update_attendee(attendee_id, changes)
                done += 1
                if done % CHUNK == 0:
                    _check_cancel(cancel)
                    if progress:
                        progress(done, total)
            done += plan.unchanged
            # One call: the store prepares every row, then writes them with executemany.
            store.insert_attendees(_paced(plan.added, done, total, progress, cancel))
        _check_cancel(cancel)
    if progress:
        progress(total, total)
    report.written = True
    return report


def _report_plan(store: EventStore, report: ImportReport, plan: _Plan) -> None:
    """Put what ``plan`` does into ``report``: the counts, and a warning for each person the file
    gives another person's name."""
    report.added, report.updated, report.unchanged = len(plan.added), len(plan.updates), plan.unchanged
    report.missing = plan.missing
    if plan.renamed:
        changed = _other_people(store, plan.renamed, report.mapping)
        report.warnings = sorted(report.warnings + changed, key=lambda p: p.row)


def import_file(store: EventStore, path: str | Path, *, sheet: str | None = None, dry_run: bool = False,
                skip_invalid: bool = False, mapping: dict[str, str] | None = None, keep: Iterable[str] = (),
                progress: Callable[[int, int], None] | None = None,
                cancel: Callable[[], bool] | None = None) -> ImportReport:
    """Read, validate and import a registration list in one go (what ``checkin import`` does).

    ``mapping`` is ``{field: header}`` laid over the guessed mapping (``--map``);
    ``keep`` names columns to store besides the attendee fields (``--keep``).
    Other parameters as in :func:`import_table`.

    >>> report = import_file(store, "registrations.xlsx", keep=["PLZ"])   # doctest: +SKIP
    >>> report.to_json()["added"]                                          # doctest: +SKIP
    420
    """
    table = read_table(path, sheet=sheet)
    resolved = resolve_mapping(table, mapping)
    _names_required(table, resolved)
    return import_table(store, table, resolved, dry_run=dry_run, skip_invalid=skip_invalid, keep=keep,
                        progress=progress, cancel=cancel, source=str(path))
