"""The result list of the desk: a table model over a search, rows fetched lazily.

The model holds only the ordered attendee ids of the current search, and
only as many as the view has needed so far: ``store.search_ids(query,
limit=PAGE)`` first, more through Qt's ``canFetchMore``/``fetchMore`` as the
list is scrolled (each step reads four times as many, so a one-letter search
over 100,000 people costs a millisecond, not a full scan). Rows are read in
blocks with ``store.attendees_by_ids`` when the view paints them and kept in a
bounded cache. A check-in or correction re-reads one row and emits ``dataChanged`` for
it, never a reset. Searching and sorting happen in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from checkin.domain import Attendee
from checkin.exports import to_local
from checkin.store import EventStore

NAME, ORGANISATION, STATUS = range(3)
COLUMN_COUNT = 3
ATTENDEE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ATTENDEE_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200  # ids read by a new search; fetchMore reads four times as many each step
BLOCK = 100  # rows fetched per query
CACHE_LIMIT = 2000  # attendees kept in memory at most

_ID_ROLE, _ATTENDEE_ROLE = int(ATTENDEE_ID_ROLE), int(ATTENDEE_ROLE)
_FOREGROUND, _FONT = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole)
_ROLES_WITH_DATA = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
    ATTENDEE_ROLE, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole))
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_CHECKED_IN_COLOUR = QColor("#1b7a2e")


class AttendeeModel(QAbstractTableModel):
    """``AttendeeModel(store).set_query("müller")``; ``attendee(row)`` gives the full record."""

    def __init__(self, store: EventStore | None = None, parent=None):
        super().__init__(parent)
        self._store = store
        self._ids: list[int] = []
        self._cache: dict[int, Attendee] = {}
        self._complete = True
        self._bold = QFont()
        self._bold.setBold(True)
        self.query = ""
        self.compact = False  # short statuses ("✓ 08:39", "–") for a narrow list: see set_compact

    # -- feeding ----------------------------------------------------------------------------

    def set_store(self, store: EventStore | None) -> None:
        self.beginResetModel()
        self._store = store
        self._ids = []
        self._cache.clear()
        self._complete = True
        self.query = ""
        self.endResetModel()

    def set_query(self, query: str) -> None:
        """Show the attendees matching ``query`` (every word a prefix), best first."""
        ids = self._store.search_ids(query, limit=PAGE) if self._store is not None else []
        self.beginResetModel()
        self.query = query
        self._ids = ids
        self._complete = len(ids) < PAGE
        self._cache.clear()  # a new search reads fresh rows: other desks check people in too
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent=QModelIndex()) -> None:
        """Read the next, larger page of ids of the same search (the view scrolled to the end)."""
        if parent.isValid() or self._complete or self._store is None or self._store.is_released:
            return
        want = len(self._ids) * 4
        ids = self._store.search_ids(self.query, limit=want)
        self._complete = len(ids) < want
        if ids[:len(self._ids)] != self._ids:  # the event changed under us: start over
            self.set_query(self.query)
            return
        new = ids[len(self._ids):]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(new) - 1)
            self._ids.extend(new)
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Read every id of the search (tests, exports of the list)."""
        while self.canFetchMore():
            self.fetchMore()

    def refresh_attendee(self, attendee_id: int) -> None:
        """Re-read one attendee (after a check-in, undo or correction) and repaint its row."""
        self._cache.pop(attendee_id, None)
        row = self.row_of(attendee_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def refresh_all(self) -> None:
        """Forget cached rows and repaint (other desks may have checked people in); ids stay."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1))

    def row_of(self, attendee_id: int) -> int | None:
        try:
            return self._ids.index(attendee_id)
        except ValueError:
            return None

    def attendee_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def attendee(self, row: int) -> Attendee | None:
        """The attendee in ``row``, read from the database on first use."""
        if not 0 <= row < len(self._ids):
            return None
        attendee_id = self._ids[row]
        found = self._cache.get(attendee_id)
        if found is None:
            self._fetch_block(row)
            found = self._cache.get(attendee_id)
        return found

    def _fetch_block(self, row: int) -> None:
        if self._store.is_released:  # a file dialog is open (file_access): repaint from the cache
            return
        start = max(0, row - BLOCK // 4)
        wanted = [i for i in self._ids[start:start + BLOCK] if i not in self._cache]
        if len(self._cache) + len(wanted) > CACHE_LIMIT:
            self._cache.clear()
            wanted = self._ids[start:start + BLOCK]
        for attendee in self._store.attendees_by_ids(wanted):
            self._cache[attendee.id] = attendee

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Called hundreds of times per repaint: roles compared as plain ints, no enum arithmetic.
        role = int(role) if not isinstance(role, int) else role
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._ids) or not 0 <= column < COLUMN_COUNT or not index.isValid():
            return None
        if role == _ID_ROLE:
            return self._ids[row]
        if role not in _ROLES_WITH_DATA:
            return None
        attendee = self.attendee(row)
        if attendee is None:
            return None
        if role == _ATTENDEE_ROLE:
            return attendee
        if role == _FOREGROUND:
            return _CHECKED_IN_COLOUR if column == STATUS and attendee.checked_in else None
        if role == _FONT:
            return self._bold if column == NAME else None
        if column == NAME:
            name = f"{attendee.last_name}, {attendee.first_name}" if attendee.last_name else attendee.first_name
            return f"{name}, {attendee.title}" if attendee.title else name
        if column == ORGANISATION:
            return attendee.organisation
        if attendee.checked_in:
            time = local_time(attendee.checked_in_at)
            return f"✓ {time}" if self.compact else self.tr("✓ checked in {time}").format(time=time)
        return "–" if self.compact else self.tr("not checked in")

    def widest_statuses(self, compact: bool | None = None) -> list[str]:
        """The longest texts the status column shows, in the current language (to size it),
        ``compact`` or not (default: as it is now)."""
        if self.compact if compact is None else compact:
            return ["✓ 23:59", self.tr("Status")]
        return [self.tr("✓ checked in {time}").format(time="23:59"), self.tr("not checked in"),
                self.tr("Status")]

    def set_compact(self, compact: bool) -> None:
        """Short statuses, for a list too narrow for names beside the long ones (a large text size
        on a small screen): a tick and the time, or a dash."""
        if compact != self.compact:
            self.compact = compact
            if self._ids:
                self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._ids) - 1, STATUS))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME:
            return self.tr("Name")
        if section == ORGANISATION:
            return self.tr("Organisation")
        if section == STATUS:
            return self.tr("Status")
        return None

    def flags(self, index):
        return _FLAGS if index.isValid() else _NO_FLAGS

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._ids) - 1, STATUS))


def local_time(utc_text: str | None) -> str:
    """``08:15`` in German time, from a stored UTC time: the time the exports, the lists, the
    report and the command line give for the same check-in, whatever zone the laptop is set to."""
    if not utc_text:
        return ""
    return to_local(utc_text).strftime("%H:%M")
