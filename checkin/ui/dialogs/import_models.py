"""Table models of the import wizard: the file preview with its column mapping, and the problems.

:class:`PreviewModel` shows the first rows of a registration list as they are
in the file; each column header says which attendee field the column feeds
(or that it is not imported), so a change of mapping shows at once.
:class:`ProblemModel` lists what validation found, by file row and column.
Both are small in-memory lists; the field labels are translated here, once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, \
    QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from checkin.domain import ATTENDEE_FIELDS
from checkin.importer import PROBLEM_MESSAGES

_CONTEXT = "ImportFields"
# The attendee fields as organisers know them; translated with QCoreApplication.translate.
FIELD_LABELS = {
    "registration_id": QT_TRANSLATE_NOOP("ImportFields", "Registration ID"),
    "salutation": QT_TRANSLATE_NOOP("ImportFields", "Salutation"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "Title"),
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "organisation": QT_TRANSLATE_NOOP("ImportFields", "Organisation"),
    "organisation_type": QT_TRANSLATE_NOOP("ImportFields", "Type of organisation"),
    "role": QT_TRANSLATE_NOOP("ImportFields", "Role"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "workshop": QT_TRANSLATE_NOOP("ImportFields", "Workshop"),
    "dietary": QT_TRANSLATE_NOOP("ImportFields", "Dietary needs"),
    "accessibility": QT_TRANSLATE_NOOP("ImportFields", "Accessibility needs"),
    "photo_consent": QT_TRANSLATE_NOOP("ImportFields", "Photo consent"),
    "category": QT_TRANSLATE_NOOP("ImportFields", "Category"),
    "desk_note": QT_TRANSLATE_NOOP("ImportFields", "Note for the desk"),
    "registered_at": QT_TRANSLATE_NOOP("ImportFields", "Registered at"),
}
assert set(FIELD_LABELS) == set(ATTENDEE_FIELDS), "every attendee field needs a label"

# What the importer finds wrong with a row, the same texts as checkin.importer.PROBLEM_MESSAGES.
PROBLEM_TEXTS = {
    "no_name": QT_TRANSLATE_NOOP("ImportProblem", "no name: first and last name are empty"),
    "bad_email": QT_TRANSLATE_NOOP("ImportProblem", "malformed e-mail address '{value}'"),
    "duplicate_id": QT_TRANSLATE_NOOP("ImportProblem",
                                      "registration id '{value}' appears twice (first in row {first})"),
    "bad_consent": QT_TRANSLATE_NOOP("ImportProblem",
                                     "photo consent '{value}' is not ja/nein, yes/no, x, 1 or 0: "
                                     "imported as not asked"),
    "bad_date": QT_TRANSLATE_NOOP("ImportProblem",
                                  "unreadable date '{value}' (not dd.mm.yyyy HH:MM or ISO 8601): left empty"),
    "lost_letters": QT_TRANSLATE_NOOP("ImportProblem", "letters lost in '{value}'"),
    "other_person": QT_TRANSLATE_NOOP("ImportProblem", "{value} was {old}, now {new}"),
    "other_person_checked_in": QT_TRANSLATE_NOOP(
        "ImportProblem", "{value} was {old}, now {new} (checked in {time} at {station})"),
    "other_person_printed": QT_TRANSLATE_NOOP(
        "ImportProblem", "{value} was {old}, now {new} (badge printed)"),
    "other_person_checked_in_printed": QT_TRANSLATE_NOOP(
        "ImportProblem", "{value} was {old}, now {new} (checked in {time} at {station}; badge printed)"),
    "excel_error": QT_TRANSLATE_NOOP("ImportProblem",
                                     "Excel error value '{value}' (a formula that failed): left empty"),
}
assert PROBLEM_TEXTS == PROBLEM_MESSAGES, "import_models.PROBLEM_TEXTS must follow the importer's messages"

_INDEX = QModelIndex | QPersistentModelIndex


def problem_text(kind: str | None, values: dict | None, message: str) -> str:
    """A problem in the window's language; problems of unknown kind keep the importer's words."""
    if kind in PROBLEM_TEXTS:
        try:
            return QCoreApplication.translate("ImportProblem", PROBLEM_TEXTS[kind]).format(**(values or {}))
        except (KeyError, IndexError, ValueError):
            return message
    return message


def field_label(field: str) -> str:
    """The translated label of an attendee field, e.g. ``first_name`` → ``Vorname``."""
    return QCoreApplication.translate(_CONTEXT, FIELD_LABELS.get(field, field))


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, one column per file column; headers show the mapping.

    ``FieldRole`` on a horizontal header gives the attendee field a column feeds
    (``None`` when the column is not imported).
    """

    FieldRole = Qt.ItemDataRole.UserRole + 1
    _UNMAPPED = QBrush(QColor("#8a8a8a"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._row_numbers: list[int] = []
        self._fields_by_column: dict[int, list[str]] = {}
        self._kept: set[int] = set()

    def set_table(self, headers, rows, row_numbers, mapping: dict[str, int], kept=()) -> None:
        """Show ``rows`` (already cut to the preview length) under ``headers``.

        ``kept``: indices of columns stored as they are, besides the fields.
        """
        self.beginResetModel()
        self._kept = set(kept)
        self._headers = [str(h) for h in headers]
        self._rows = [[("" if v is None else str(v)) for v in row] for row in rows]
        self._row_numbers = list(row_numbers)
        self._fields_by_column = self._invert(mapping)
        self.endResetModel()

    def set_mapping(self, mapping: dict[str, int], kept=()) -> None:
        """Show a changed mapping: headers and greyed columns update, rows stay."""
        self._fields_by_column = self._invert(mapping)
        self._kept = set(kept)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, len(self._headers) - 1),
                                      [Qt.ItemDataRole.ForegroundRole])

    def retranslate(self) -> None:
        """Headers carry translated field names: have the view fetch them again."""
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    @staticmethod
    def _invert(mapping: dict[str, int]) -> dict[int, list[str]]:
        by_column: dict[int, list[str]] = {}
        for field in ATTENDEE_FIELDS:  # stable order when two fields share a column
            column = mapping.get(field)
            if column is not None and column >= 0:
                by_column.setdefault(column, []).append(field)
        return by_column

    def _stored(self, column: int) -> bool:
        return column in self._fields_by_column or column in self._kept

    def fields_of(self, column: int) -> list[str]:
        return list(self._fields_by_column.get(column, []))

    # -- the model ---------------------------------------------------------------------------

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value
        if role == Qt.ItemDataRole.ForegroundRole and not self._stored(index.column()):
            return self._UNMAPPED
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._row_numbers):
                return str(self._row_numbers[section])
            return None
        if not 0 <= section < len(self._headers):
            return None
        fields = self._fields_by_column.get(section, [])
        if role == Qt.ItemDataRole.DisplayRole:
            if fields:
                target = ", ".join(field_label(f) for f in fields)
            elif section in self._kept:
                target = QCoreApplication.translate("PreviewModel", "kept as it is")
            else:
                target = QCoreApplication.translate("PreviewModel", "not imported")
            return f"{self._headers[section]}\n→ {target}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if fields:
                return QCoreApplication.translate(
                    "PreviewModel", "Column “{column}” is imported as: {fields}") \
                    .replace("{column}", self._headers[section]) \
                    .replace("{fields}", ", ".join(field_label(f) for f in fields))
            if section in self._kept:
                return QCoreApplication.translate("PreviewModel", "Column “{column}” is stored as it is") \
                    .replace("{column}", self._headers[section])
            return QCoreApplication.translate("PreviewModel", "Column “{column}” is not imported") \
                .replace("{column}", self._headers[section])
        if role == self.FieldRole:
            return fields[0] if fields else None
        if role == Qt.ItemDataRole.FontRole and fields:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ProblemModel(QAbstractTableModel):
    """What the check found, by file row and column, in file order: problems that stop a row from
    being imported, and warnings about rows imported all the same (a name that lost letters, a cell
    imported empty). A warning says so in its text and has the warning icon; ``WarningRole`` tells
    them apart."""

    ROW, COLUMN, MESSAGE = range(3)
    WarningRole = Qt.ItemDataRole.UserRole + 1
    _HEADERS = (QT_TRANSLATE_NOOP("ProblemModel", "Row"), QT_TRANSLATE_NOOP("ProblemModel", "Column"),
                QT_TRANSLATE_NOOP("ProblemModel", "Problem"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._problems: list[tuple[int | None, str, str, str | None, dict | None, bool]] = []

    def set_problems(self, problems, warnings=()) -> None:
        """``problems`` and ``warnings``: objects with ``row``, ``column`` and ``message`` (or dicts
        with those keys); listed together by row, a row's problems before its warnings."""
        entries = [self._entry(p, False) for p in problems] + [self._entry(w, True) for w in warnings]
        self.beginResetModel()
        self._problems = sorted(entries, key=lambda e: (e[0] is None, e[0] or 0, e[5]))
        self.endResetModel()

    @staticmethod
    def _entry(problem, warning: bool) -> tuple[int | None, str, str, str | None, dict | None, bool]:
        get = problem.get if isinstance(problem, dict) else lambda k: getattr(problem, k, None)
        column = get("column")
        return (get("row"), "" if column is None else str(column), str(get("message") or ""),
                get("kind"), get("values"), warning)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._problems:
            self.dataChanged.emit(self.index(0, self.MESSAGE), self.index(len(self._problems) - 1, self.MESSAGE))

    def _text(self, message: str, kind: str | None, values: dict | None, warning: bool) -> str:
        text = problem_text(kind, values, message)
        if warning:
            return QCoreApplication.translate("ProblemModel", "Warning (imported): {problem}").format(
                problem=text)
        return text

    def problems(self) -> list[tuple[int | None, str, str]]:
        """``(row, column, message)`` for each entry, the message in the window's language."""
        return [(row, column, self._text(message, kind, values, warning))
                for row, column, message, kind, values, warning in self._problems]

    def has_warnings(self) -> bool:
        return any(entry[5] for entry in self._problems)

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 3

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        row, column, message, kind, values, warning = self._problems[index.row()]
        if role == self.WarningRole:
            return warning
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.MESSAGE:
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning if warning else \
                QStyle.StandardPixmap.SP_MessageBoxCritical
            return QApplication.style().standardIcon(icon)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = (row, column, self._text(message, kind, values, warning))[index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 3:
            return QCoreApplication.translate("ProblemModel", self._HEADERS[section])
        return None
