"""Attendance exports: who came, as CSV (UTF-8 with BOM, or German Excel) and XLSX.

Owns the export columns, the local-time rendering of check-in times
(Europe/Berlin, ISO 8601 with offset), and the protection against formula
injection (OWASP "CSV injection"):

* CSV: a cell that starts with ``=``, ``+``, ``-``, ``@``, tab or CR is written
  with a leading ``'`` so no spreadsheet runs it. A plain number (``-5``,
  ``+3,5``) is left alone: spreadsheets read it as a number, never a formula.
  A phone number such as ``+49 231 1234567`` gets the ``'`` too and still reads
  as that phone number (Excel would otherwise show ``#NAME?``).
* XLSX: every text is stored as text (cell type ``s``, never a formula), with
  the exact value; risky cells carry Excel's invisible "quote prefix" so they
  stay text even when someone edits them.

Only check-ins still in force count (an undone check-in is not attendance):
the state comes from ``presence``.

    >>> write_attendance(store, "anwesend.csv")                     # doctest: +SKIP
    ExportResult(path=..., rows=212, lossy_cells=0)
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin.atomic import written_atomically
from checkin.domain import Attendee, parse_utc

LOCAL_TZ = ZoneInfo("Europe/Berlin")
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def to_local(utc_text: str) -> datetime:
    """A stored UTC time (``2017-03-20T08:03:00.000Z``) as an aware Europe/Berlin datetime."""
    return parse_utc(utc_text).astimezone(LOCAL_TZ)


def local_iso(utc_text: str | None) -> str:
    """ISO 8601 local time with offset, to the second: ``2017-03-20T09:03:00+01:00``; '' if none."""
    if not utc_text:
        return ""
    return to_local(utc_text).isoformat(timespec="seconds")


# key: (German header, English header, value of an attendee)
COLUMNS: dict[str, tuple[str, str, object]] = {
    "code": ("Code", "Code", lambda a: a.code),
    "registration_id": ("Anmelde-Nr.", "Registration ID", lambda a: a.registration_id or ""),
    "salutation": ("Anrede", "Salutation", lambda a: a.salutation),
    "title": ("Titel", "Title", lambda a: a.title),
    "last_name": ("Nachname", "Last name", lambda a: a.last_name),
    "first_name": ("Vorname", "First name", lambda a: a.first_name),
    "organisation": ("Institution", "Organisation", lambda a: a.organisation),
    "organisation_type": ("Art der Institution", "Organisation type", lambda a: a.organisation_type),
    "role": ("Funktion", "Role", lambda a: a.role),
    "email": ("E-Mail", "Email", lambda a: a.email),
    "workshop": ("Workshop", "Workshop", lambda a: a.workshop),
    "category": ("Kategorie", "Category", lambda a: a.category),
    "walk_in": ("Spontan (Walk-in)", "Walk-in", None),
    "checked_in": ("Anwesend", "Attended", None),
    "checked_in_at": ("Check-in (Ortszeit)", "Check-in (local time)", lambda a: local_iso(a.checked_in_at)),
    "station": ("Station", "Desk", lambda a: a.station or ""),
}
DEFAULT_COLUMNS = ("last_name", "first_name", "title", "organisation", "organisation_type", "workshop",
                   "email", "walk_in", "checked_in_at", "station")
_YES_NO = {"de": ("ja", "nein"), "en": ("yes", "no")}


class ExportError(ValueError):
    """A bad export request (unknown column, unknown format); the message names it."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    lossy_cells: int = 0  # cells German Excel's code page could not hold exactly

    def to_json(self) -> dict:
        return {"path": str(self.path), "rows": self.rows, "lossy_cells": self.lossy_cells}


def parse_columns(text: str | None) -> tuple[str, ...]:
    """``"last_name,first_name,extra:Telefon"`` -> a checked tuple of column keys."""
    if not text:
        return DEFAULT_COLUMNS
    keys = tuple(k.strip() for k in text.split(",") if k.strip())
    for key in keys:
        if key not in COLUMNS and not (key.startswith("extra:") and len(key) > 6):
            raise ExportError(f"unknown column {key!r}; known: {', '.join(COLUMNS)}, extra:NAME")
    if not keys:
        raise ExportError("no columns chosen")
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise ExportError(f"column {', '.join(map(repr, twice))} chosen twice")
    return keys


def header(key: str, lang: str = "de") -> str:
    if key.startswith("extra:"):
        return key[6:]
    de, en, _ = COLUMNS[key]
    return de if lang == "de" else en


def cell_value(attendee: Attendee, key: str, lang: str = "de") -> str:
    """The exported text of one column for one attendee (not yet neutralised)."""
    yes, no = _YES_NO[lang]
    if key == "walk_in":
        return yes if attendee.walk_in else no
    if key == "checked_in":
        return yes if attendee.checked_in else no
    if key.startswith("extra:"):
        value = attendee.extra.get(key[6:], "")
        return "" if value is None else str(value)
    return COLUMNS[key][2](attendee)


def is_risky(value: str) -> bool:
    """True if a spreadsheet could read ``value`` as a formula (OWASP's list of first characters).

    Leading spaces do not hide a formula (`` =1+1``): some spreadsheets skip them.
    """
    if _PLAIN_NUMBER.match(value.strip()):
        return False
    return value.startswith(_RISKY_START) or value.lstrip(" \u00a0").startswith(_RISKY_START)


def neutralise(value: str) -> str:
    """The CSV form of a cell: a leading ``'`` on anything that could run as a formula.

    >>> neutralise('=HYPERLINK("http://x")'), neutralise("+49 231 1234567"), neutralise("-5")
    ('\\'=HYPERLINK("http://x")', "'+49 231 1234567", '-5')
    """
    return "'" + value if is_risky(value) else value


CLOSED_EVENT = "there is nobody left to export (the report still works)"


def attendance_rows(store, *, checked_in_only: bool = True) -> list[Attendee]:
    """The people an export lists, sorted by name (DIN 5007-2).

    Raises :class:`~checkin.store.StoreError` if the event was closed (purged): an
    empty export would only overwrite a good earlier one.
    """
    store.refuse_if_closed(CLOSED_EVENT)
    return [a for a in store.all_attendees(order="name") if a.checked_in or not checked_in_only]


def _nearest_letter(error: UnicodeEncodeError) -> tuple[str, int]:
    """Codec error handler: a letter Windows-1252 lacks becomes its base letter, else ``?``."""
    out = []
    for ch in error.object[error.start:error.end]:
        base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
        out.append(base or _NO_BASE_LETTER.get(ch, "?"))
    return "".join(out), error.end


_NO_BASE_LETTER = {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O"}
NEAREST_LETTER = "checkin-nearest-letter"  # errors= for writing what German Excel's code page can hold
codecs.register_error(NEAREST_LETTER, _nearest_letter)


def _cp1252(text: str) -> tuple[str, bool]:
    """``text`` as German Excel's code page can hold it, and whether anything had to change."""
    converted = text.encode("cp1252", NEAREST_LETTER).decode("cp1252")
    return converted, converted != text


def write_csv(store, path: str | Path, *, columns=DEFAULT_COLUMNS, excel: bool = False,
              delimiter: str = ",", checked_in_only: bool = True, lang: str = "de") -> ExportResult:
    """Write the attendance as CSV.

    ``excel=True`` writes what German Excel opens by double-click: ``;``, CRLF,
    Windows-1252; letters outside it become the nearest plain letter
    (``Ł`` -> ``L``) or ``?`` (Cyrillic, Greek, Arabic), counted in
    ``lossy_cells``. Otherwise UTF-8 with a BOM (Excel detects it) and
    ``delimiter`` (``,`` by default; ``;`` for German Excel with full Unicode).
    """
    path = Path(path)
    people = attendance_rows(store, checked_in_only=checked_in_only)
    rows = [[header(k, lang) for k in columns]]
    rows += [[neutralise(cell_value(a, k, lang)) for k in columns] for a in people]
    lossy = 0
    if excel:
        converted = []
        for row in rows:
            new_row = []
            for value in row:
                text, changed = _cp1252(value)
                lossy += changed
                new_row.append(text)
            converted.append(new_row)
        rows = converted
    encoding = "cp1252" if excel else "utf-8-sig"
    with written_atomically(path) as part, part.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=";" if excel else delimiter, lineterminator="\r\n",
                            quoting=csv.QUOTE_MINIMAL)
        writer.writerows(rows)
    return ExportResult(path, len(people), lossy)


def write_xlsx(store, path: str | Path, *, columns=DEFAULT_COLUMNS, checked_in_only: bool = True,
               lang: str = "de", sheet_title: str | None = None) -> ExportResult:
    """Write the attendance as an Excel workbook; every value is a text cell, never a formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    people = attendance_rows(store, checked_in_only=checked_in_only)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title or ("Anwesenheit" if lang == "de" else "Attendance")

    def put(row: int, col: int, value: str):
        cell = sheet.cell(row=row, column=col)
        cell.value = value
        cell.data_type = "s"  # openpyxl would make "=..." a formula; force text
        if is_risky(value):
            cell.quotePrefix = True
        return cell

    for col, key in enumerate(columns, start=1):
        put(1, col, header(key, lang)).font = Font(bold=True)
    for row, attendee in enumerate(people, start=2):
        for col, key in enumerate(columns, start=1):
            put(row, col, cell_value(attendee, key, lang))
    sheet.freeze_panes = "A2"
    for col, key in enumerate(columns, start=1):
        width = max([len(header(key, lang))] + [len(cell_value(a, key, lang)) for a in people[:500]])
        letter = sheet.cell(row=1, column=col).column_letter
        sheet.column_dimensions[letter].width = min(max(width, 6) + 2, 60)
    data = _saved(workbook)
    with written_atomically(path) as part:
        part.write_bytes(data)
    return ExportResult(path, len(people))


def _saved(workbook) -> bytes:
    """The workbook as XLSX bytes. When openpyxl's own scratch files fail (a full disk), its
    half-written writers are cleaned up here, quietly: collected later, each printed a traceback
    after the one-line message."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        data = io.BytesIO()
        try:
            workbook.save(data)
        except OSError as exc:
            failed = OSError(exc.errno, exc.strerror)
        else:
            return data.getvalue()
        gc.collect()
        raise failed
    finally:
        sys.unraisablehook = hook


def write_attendance(store, path: str | Path, **options) -> ExportResult:
    """Write the attendance export; the format follows the file name (``.csv`` or ``.xlsx``)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return write_csv(store, path, **options)
    if suffix == ".xlsx":
        options.pop("excel", None)
        options.pop("delimiter", None)
        return write_xlsx(store, path, **options)
    raise ExportError(f"{path}: attendance exports are .csv or .xlsx files")
