"""The front-desk screen: result banner, one scan/search field, the result list, the card.

Everything works from the keyboard: type a name (results on every keystroke),
arrows move, Enter checks in the highlighted person; a scanner (recognised by
:mod:`checkin.ui.scanner`, or a code typed and Enter) checks in by code. After
every action the search field is cleared and has the focus again. Check-ins
are short writes (about a millisecond, see ``bench/bench_desk.py``) and run
inline; the desk never touches more than one row of the model per check-in.
"""

from __future__ import annotations

import sqlite3
import time

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSplitter, QStyle, QTableView, QVBoxLayout, QWidget,
)

from checkin import codes
from checkin.domain import Attendee, ScanResult
from checkin.store import EventFileBusy, EventFileGone, EventFileUnwritable, EventStore, StoreError
from checkin.ui import banner as bn
from checkin.ui.attendee_model import NAME, ORGANISATION, STATUS, AttendeeModel, local_time
from checkin.ui.dialogs.edit_attendee import EditAttendeeDialog
from checkin.ui.dialogs.namesake import NamesakeDialog
from checkin.ui.dialogs.undo_reason import UndoReasonDialog
from checkin.ui.dialogs.walk_in import WalkInDialog
from checkin.ui.scanner import typed_text
from checkin.ui.sounds import Sounds

DOUBLE_SEND_SECONDS = 3.0  # the same code again within this time shows the first result again
ATTENTION_CATEGORIES = ("speaker", "referent", "press", "presse")
# What the desk must see first comes first: with a large text size the rest may need scrolling.
CARD_FIELDS = ("status", "note", "organisation", "needs", "role", "workshop", "category")
READABLE = 4.5  # the contrast WCAG asks of text (AA); Qt's placeholder grey has 4.0:1 on white


def contrast_ratio(one: QColor, other: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white)."""
    def luminance(colour: QColor) -> float:
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
                  for c in (colour.redF(), colour.greenF(), colour.blueF())]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_placeholder(text: QColor, base: QColor) -> QColor:
    """A placeholder colour: ``text`` faded towards ``base`` as far as :data:`READABLE` allows
    (Qt fades it half-way, 4.0:1 for black on white; this gives #757575, 4.6:1)."""
    for percent in range(50, 101):
        colour = QColor(*(round(b + (t - b) * percent / 100)
                          for t, b in zip(text.getRgb()[:3], base.getRgb()[:3])))
        if contrast_ratio(colour, base) >= READABLE:
            return colour
    return QColor(text)


def needs_attention(attendee: Attendee) -> bool:
    """A person the desk must notice: a desk note, accessibility needs, a speaker or press."""
    category = attendee.category.lower()
    return bool(attendee.desk_note or attendee.accessibility
                or any(word in category for word in ATTENTION_CATEGORIES))


class Desk(QWidget):
    """The desk screen over one open event. ``station`` is a callable giving the desk's name."""

    changed = Signal()  # something was written: counts need refreshing
    result_shown = Signal(str)  # banner state after a scan or check-in

    def __init__(self, station=lambda: "Desk", sounds: Sounds | None = None, parent=None):
        super().__init__(parent)
        self.store: EventStore | None = None
        self.station = station
        self.sounds = sounds or Sounds(self)
        self.current: Attendee | None = None
        self._last_scan: tuple[str, float, ScanResult] | None = None
        self._queued_scans: list[str] = []  # badges scanned behind a note, checked in once it is acknowledged
        # Scans and names not checked in, to be scanned again (for pending_scans): refused by the
        # file, or left behind a note that another result replaced.
        self._not_checked_in: list[str] = []
        self._card_buttons: tuple[QPushButton, ...] = ()  # made with the card, below
        self._enter_down: QPushButton | None = None  # the card button Enter went down on
        self._noted: tuple[str, str] | None = None  # (name, note) of the note on the banner
        # (attendee id, time) of the check-ins made in this window, for Ctrl+Z: another window
        # on the same file may go by the same station name, and its check-ins are not ours to undo.
        self._own_check_ins: list[tuple[int, str]] = []

        self.banner = bn.Banner()
        self.banner.acknowledged.connect(self._after_acknowledge)
        self.banner.note_replaced.connect(self._after_note_replaced)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.textEdited.connect(self._typing)
        self.search.installEventFilter(self)
        self._search_label = QLabel()
        self._search_label.setBuddy(self.search)

        self.model = AttendeeModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the card buttons
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)  # long names give way
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)  # sized in _size_columns
        header.setStretchLastSection(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda index: self.check_in_row(index.row()))
        self.table.installEventFilter(self)  # letters typed in the list go to the search field

        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_name = QLabel()
        self.card_name.setObjectName("cardName")
        self.card_name.setWordWrap(True)
        self.card_name.setTextFormat(Qt.TextFormat.PlainText)
        self.card_values: dict[str, QLabel] = {}
        self._card_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in CARD_FIELDS:
            label, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._card_labels[key], self.card_values[key] = label, value
            form.addRow(label, value)
        self.check_in_button = QPushButton()
        self.check_in_button.clicked.connect(self.check_in_current)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_current)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_current)
        from checkin.ui.badge_print import DeskBadges

        self.badges = DeskBadges(self)  # reprint button and printing on check-in
        # Two buttons a row, and the details in a scroll area: with a large text size on a small
        # laptop screen the card neither pushes the result list off the screen nor squashes rows.
        buttons = QGridLayout()
        self._card_buttons = (self.check_in_button, self.undo_button, self.edit_button,
                              self.badges.reprint_button)
        for i, button in enumerate(self._card_buttons):
            buttons.addWidget(button, i // 2, i % 2)
            button.installEventFilter(self)  # Enter presses it, as Space does
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(form)
        details_layout.addWidget(self.badges.status_label)
        details_layout.addStretch(1)
        self.card_details = QScrollArea()
        self.card_details.setWidget(details)
        self.card_details.setWidgetResizable(True)
        self.card_details.setFrameShape(QFrame.Shape.NoFrame)
        self.card_details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_details.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list to the buttons
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(self.card_name)
        card_layout.addWidget(self.card_details, 1)
        card_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 420])
        search_row = QHBoxLayout()
        search_row.addWidget(self._search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(search_row)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.check_in_button)
        self.setTabOrder(self.check_in_button, self.undo_button)
        self.setTabOrder(self.undo_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.badges.reprint_button)
        self.setTabOrder(self.badges.reprint_button, self.banner.ack_button)
        self.setFocusProxy(self.search)
        self._darken_placeholder()
        self.rescale()
        self.retranslate()
        self._show_card(None)

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._search_label.setText(self.tr("&Scan or search:"))
        self.search.setPlaceholderText(self.tr("Scan a badge, or type a name, organisation or e-mail"))
        self.search.setAccessibleName(self.tr("Scan or search"))
        self.table.setAccessibleName(self.tr("Search results"))
        self.card.setAccessibleName(self.tr("Selected attendee"))
        labels = {
            "organisation": self.tr("Organisation:"), "role": self.tr("Role:"),
            "workshop": self.tr("Workshop:"), "needs": self.tr("Needs:"),
            "category": self.tr("Category:"), "note": self.tr("Note for the desk:"),
            "status": self.tr("Status:"),
        }
        for key, label in self._card_labels.items():
            label.setText(labels[key])  # the values' accessible names follow in _show_card
        self.check_in_button.setText(self.tr("Check &in (Enter)"))
        self.check_in_button.setAccessibleName(self.tr("Check in the selected attendee"))
        self.undo_button.setText(self.tr("&Undo check-in…"))
        self.undo_button.setAccessibleName(self.tr("Undo the check-in of the selected attendee"))
        self.edit_button.setText(self.tr("C&orrect attendee…"))  # as in the Edit menu
        self.edit_button.setAccessibleName(self.tr("Correct name or organisation"))
        self.banner.retranslate()
        self.badges.retranslate()
        self.model.retranslate()
        self._show_card(self.current)
        self._size_columns()

    def _size_columns(self) -> None:
        """The status column is as wide as its longest text in this language and text size, so
        "nicht eingecheckt" is never cut to "nicht …"; the name column scales with the text.
        Where names and organisations cannot both be read beside the statuses (a large text size
        on a small screen), the organisation gives way (it is on the card) and the statuses
        shorten to a tick and the time: the names are how the desk tells people apart."""
        metrics = QFontMetrics(QApplication.font())  # the text-size setting, before it reaches the table
        padding = 4 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        char = metrics.averageCharWidth()

        def status_width(compact: bool) -> int:
            return max(metrics.horizontalAdvance(t) for t in self.model.widest_statuses(compact)) + padding

        status = status_width(False)
        # Room for a long name and the start of an organisation, measured in the table's font.
        wanted = sum(map(metrics.horizontalAdvance, ("Mueller, Jan-Hendrik", "Stadtverwaltung")))
        narrow = self.table.viewport().width() - status < wanted
        if narrow:
            status = status_width(True)
        self.model.set_compact(narrow)
        self.table.setColumnWidth(STATUS, status)
        if narrow != self.table.isColumnHidden(ORGANISATION):
            self.table.setColumnHidden(ORGANISATION, narrow)
            self.table.horizontalHeader().setSectionResizeMode(
                NAME, QHeaderView.ResizeMode.Stretch if narrow else QHeaderView.ResizeMode.Interactive)
        if not narrow:  # names get 30 characters, but never so much that the organisation leaves the view
            room = self.table.viewport().width() - status
            self.table.setColumnWidth(NAME, max(char * 12, min(char * 30, int(room * 0.55))))

    def _darken_placeholder(self) -> None:
        """The search field's placeholder is the desk's main instruction: readable (see
        :func:`readable_placeholder`) on the field's colours, also after a change of theme (the
        field takes them from the desk, which hears of the change first)."""
        colours, palette = self.palette(), self.search.palette()
        palette.setColor(QPalette.ColorRole.PlaceholderText, readable_placeholder(
            colours.color(QPalette.ColorRole.Text), colours.color(QPalette.ColorRole.Base)))
        self.search.setPalette(palette)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._darken_placeholder()
        super().changeEvent(event)

    def rescale(self) -> None:
        """Size the search field and the card's name from the application font (text-size setting)."""
        base = QApplication.font()
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 1.4)
        self.search.setFont(font)
        name_font = QFont(base)
        name_font.setPointSizeF(base.pointSizeF() * 1.5)
        name_font.setBold(True)
        self.card_name.setFont(name_font)
        self.banner.restyle()
        self._size_columns()

    # -- the event --------------------------------------------------------------------------

    def set_store(self, store: EventStore | None) -> None:
        # Badges waiting behind a note that this ends (an import or a merge opened over it, another
        # event): named on the banner below by the names the event they were scanned at gives them.
        left = self._queued_scans
        waiting = self._scan_again_line(left) if left and store is not None else ""
        same_event = (store is not None and self.store is not None and store.path == self.store.path
                      and not store.closed)  # (after a purge nobody is left to name)
        self.store = store
        self._last_scan = None
        self._queued_scans = []
        # Badges not checked in stay to be named while this event stays (reopened after an import
        # or a merge); another event's are not this one's to name if its file goes.
        self._not_checked_in = self._not_checked_in + left if same_event else []
        self._own_check_ins.clear()
        self.model.set_store(store)
        self._show_card(None)
        self.banner.reset()
        self.search.clear()
        self._search_changed("")
        if not self._say_if_closed() and waiting:
            self.banner.add_line(waiting)
        self.focus_search()

    def _typing(self, text: str) -> None:
        """Someone types a search: the last result's banner gives way to "Ready" (a note that
        waits for acknowledgement stays)."""
        if text and not self.banner.waiting_for_ack and self.banner.state != bn.IDLE:
            self.banner.reset()

    def _say_if_closed(self) -> bool:
        """On an event whose personal data was deleted, the banner says so instead of "Ready"."""
        if self.store is None or not self.store.closed:
            return False
        self.banner.show_state(bn.IDLE, self.tr("This event is closed"),
                               self.tr("Its personal data was deleted; nobody can be checked in or added. "
                                       "The figures are under View → Report."))
        return True

    def refresh(self) -> None:
        """Show what other desks did meanwhile: statuses in the list and on the card."""
        if self.store is None or self.store.is_released:
            return
        self.model.refresh_all()
        if self.current is not None:
            self._show_card(self.store.attendee(self.current.id))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- searching --------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        if self.store is None:
            return
        self.model.set_query(text)
        if self.model.rowCount() and text.strip():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        elif not text.strip():
            self.table.selectionModel().clearSelection()
            if self.current is None:
                self._show_card(None)  # not "Nobody found" above the whole list
        else:  # nobody matches: the card must not keep showing whoever an earlier letter found
            self._show_card(None, self.tr("Nobody found"))

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self._show_card(self.model.attendee(current.row()))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress and self._typed_into_list(event):
            return True
        if obj in self._card_buttons and self._key_on_card_button(obj, event):
            return True
        if obj is self.table and event.type() == QEvent.Type.Resize:
            self._size_columns()
        if obj is self.search:
            if event.type() == QEvent.Type.ShortcutOverride and (
                    event.matches(QKeySequence.StandardKey.Undo)
                    or (event.key() == Qt.Key.Key_E
                        and event.modifiers() == Qt.KeyboardModifier.ControlModifier)):
                event.ignore()  # Ctrl+Z undoes the last check-in and Ctrl+E corrects, not line editing
                return True
            if event.type() == QEvent.Type.KeyPress and self._search_key(event):
                return True
        return super().eventFilter(obj, event)

    def _key_on_card_button(self, button: QPushButton, event) -> bool:
        """Enter presses a focused card button as Space does (outside a dialog a push button takes
        only Space: "Check in (Enter)" did nothing): on its release, never by auto-repeat (a held
        Enter would confirm the dialog the press opened). Letters typed there go to the search
        field, as from the list: a slow scanner's letters were lost and its Enter pressed the button."""
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if event.type() == QEvent.Type.KeyRelease:
            if enter and not event.isAutoRepeat():
                pressed, self._enter_down = self._enter_down is button, None
                if pressed:  # (not the release of an Enter pressed elsewhere, in a dialog)
                    button.click()
                return True
            return False
        if enter:
            if not event.isAutoRepeat():
                self._enter_down = button
            return True
        self._enter_down = None
        return self._typed_into_list(event)

    def _typed_into_list(self, event) -> bool:
        """Text typed while the result list (or a card button) has the focus goes to the search
        field. The list's own type-ahead would move the highlight to whichever name starts with
        those letters, and a scanner's Enter (a scan too slow to be recognised as one) would then
        check in that person instead of the one whose badge was scanned."""
        text = typed_text(event)
        if not text:
            return False
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.insert(text)
        return True

    def _search_key(self, event) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._move_selection(key)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed()
            return True
        if key == Qt.Key.Key_Escape:
            if self.banner.waiting_for_ack:
                self.banner.acknowledge()
            else:
                self.search.clear()
            return True
        return False

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.banner.waiting_for_ack:
            if event.key() == Qt.Key.Key_Escape:
                self.banner.acknowledge()
            else:
                self.banner.acknowledge_by_enter()
            return
        super().keyPressEvent(event)

    def _move_selection(self, key) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.table.currentIndex().row()
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}[key]
        if row + step >= rows and self.model.canFetchMore():
            self.model.fetchMore()
            rows = self.model.rowCount()
        row = 0 if row < 0 else min(max(row + step, 0), rows - 1)
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def enter_pressed(self) -> None:
        """Enter in the search field: acknowledge a note, scan a typed code, or check in the highlighted row."""
        if self.banner.waiting_for_ack:
            self.banner.acknowledge_by_enter()
            return
        text = self.search.text()
        if codes.looks_like_code(text):
            self.search.clear()
            self.scan(text)
            return
        row = self.table.currentIndex().row()
        if row >= 0 and self.table.selectionModel().hasSelection():
            self.check_in_row(row)

    # -- checking in ------------------------------------------------------------------------

    def scan(self, text: str) -> None:
        """Handle what a scanner typed: check in by code, with the double-send rule."""
        if self.store is None:
            return
        key = codes.parse_scan(text) or text.strip().upper()
        now = time.monotonic()
        sent_twice = (self._last_scan is not None and self._last_scan[0] == key
                      and now - self._last_scan[1] < DOUBLE_SEND_SECONDS)
        if self.banner.waiting_for_ack:
            if not sent_twice:
                self._queued_scans.append(text)  # handled once the note has been acknowledged
                self._say_scans_wait()
            return
        if sent_twice:
            self._show_result(self._last_scan[2], repeat=True)  # the scanner sent it twice
            return
        try:
            result = self.store.scan(text, station=self.station())
        except StoreError as exc:
            # The query typed before the scan goes too: Enter ("try again") would check its person in.
            self.search.clear()
            self._not_saved(exc, text)
            return
        self._last_scan = (key, now, result)
        self._show_result(result)

    def _say_scans_wait(self) -> None:
        self.banner.add_line(self.tr("Next badge scanned: it is checked in once this note is "
                                     "acknowledged (Enter)."))

    def why_not_saved(self, exc: StoreError) -> str:
        """A write the event file refused, in the window's language (the core's words are English)."""
        if isinstance(exc, EventFileBusy):
            return self.tr("The event file is busy: another desk or program has been writing to it for "
                           "several seconds. Nothing was saved; scan again in a moment.")
        if isinstance(exc, EventFileGone):
            return self.tr("The event file was moved, renamed or deleted while it was open, or its drive "
                           "was removed. Nothing was saved.")
        if isinstance(exc, EventFileUnwritable):
            return self.tr("The event file could not be written ({reason}). Nothing was saved.").format(
                reason=exc.reason)
        return str(exc)

    def _refused(self, headline: str, exc: StoreError) -> None:
        """A write the file refused (busy past the timeout, disk full, the file gone): red, with
        the error sound, never green."""
        self.banner.show_state(bn.UNKNOWN, headline, self.why_not_saved(exc))
        self.sounds.play(bn.UNKNOWN)

    def _not_saved(self, exc: StoreError, who: str) -> None:
        """A check-in the file refused (see :meth:`_refused`). ``who`` (the code or name) is
        remembered while the event stays open."""
        self._last_scan = None  # the same badge again is a new try, not a double send
        self._not_checked_in.append(who)
        self._refused(self.tr("Not checked in"), exc)
        self.focus_search()

    def check_in_row(self, row: int) -> None:
        attendee_id = self.model.attendee_id(row)
        if attendee_id is not None:
            self.check_in_id(attendee_id)

    def check_in_current(self) -> None:
        if self.current is not None:
            self.check_in_id(self.current.id)

    def check_in_id(self, attendee_id: int) -> None:
        if self.store is None:
            return
        try:
            result = self.store.check_in(attendee_id, station=self.station())
        except StoreError as exc:
            attendee = self.store.attendee(attendee_id)
            self._not_saved(exc, attendee.full_name if attendee else str(attendee_id))
            return
        self._last_scan = None
        self._show_result(result)

    def _show_result(self, result: ScanResult, repeat: bool = False) -> None:
        attendee = result.attendee
        if attendee is not None and self._not_checked_in:  # in after all: no longer to be scanned again
            self._not_checked_in = [who for who in self._not_checked_in
                                    if who != attendee.full_name and codes.parse_scan(who) != attendee.code]
        if result.status == ScanResult.CHECKED_IN and not repeat:
            self._own_check_ins.append((attendee.id, result.checked_in_at))
        if result.status == ScanResult.UNKNOWN:
            state = bn.UNKNOWN
            if codes.looks_like_code(result.text):  # well formed, check symbol right: a real badge
                self.banner.show_state(state, self.tr("Badge of another event"), self.tr(
                    "“{text}” is a checkin badge, but not of this event (another event, or a list "
                    "imported again as a new event). Search by name.").format(text=result.text))
            else:
                self.banner.show_state(state, self.tr("Unknown code"),
                                       self.tr("“{text}” is not on the list. Search by name, or register a "
                                               "walk-in (Ctrl+N).").format(text=result.text))
        elif result.status == ScanResult.ALREADY:
            state = bn.ALREADY
            self.banner.show_state(
                state, self.tr("Already checked in: {name}").format(name=attendee.full_name),
                self.tr("since {time} at {desk}").format(time=local_time(result.checked_in_at),
                                                         desk=result.station or ""))
        elif needs_attention(attendee) and not repeat:
            state = bn.ATTENTION
            note = "; ".join(p for p in (attendee.desk_note, attendee.accessibility, attendee.category) if p)
            self.banner.show_state(
                state, self.tr("Checked in: {name} – please note").format(name=attendee.full_name), note)
            self._noted = (attendee.full_name, note)
        else:
            state = bn.CHECKED_IN
            self.banner.show_state(state, self.tr("Checked in: {name}").format(name=attendee.full_name),
                                   attendee.organisation)
        self.sounds.play(state)
        if attendee is not None:
            self.model.refresh_attendee(attendee.id)
        self._show_card(attendee)  # nobody for an unknown code: no stale card
        if result.status == ScanResult.CHECKED_IN and not repeat:
            self.badges.checked_in(attendee)  # prints the badge if this desk does that
        if not repeat:
            self.search.clear()
        if state == bn.ATTENTION:
            self.banner.ack_button.setFocus()
        else:
            self.focus_search()
        self.result_shown.emit(state)
        if not repeat:
            self.changed.emit()

    def pending_scans(self) -> list[str]:
        """Who is not checked in although their badge was scanned (or name chosen): refused by
        the file (red), left behind a note that gave way to another result, or waiting behind a
        note for the desk. Each once, in order."""
        return list(dict.fromkeys(self._not_checked_in + self._queued_scans))

    def _after_acknowledge(self) -> None:
        if self._noted is not None:  # green now, without "please note": it has been read
            name, note = self._noted
            self.banner.show_state(bn.CHECKED_IN, self.tr("Checked in: {name}").format(name=name), note,
                                   announce=False)  # (a screen reader has read it out already)
            self._noted = None
        self.focus_search()
        queued, self._queued_scans = self._queued_scans, []
        for number, text in enumerate(queued):
            self.scan(text)
            if self.banner.waiting_for_ack:  # another note: the rest waits behind it, and it says so
                self._queued_scans.extend(queued[number + 1:])
                if self._queued_scans:
                    self._say_scans_wait()
                break

    def _after_note_replaced(self) -> None:
        """The note gave way to another result before it was acknowledged (Ctrl+Z, "Nothing to
        undo", a walk-in, a correction, a check-in from the list, a refused write). The badges
        waiting behind it are not checked in: not now, while the banner answers that other
        action, nor later behind an unrelated note. The banner names them to be scanned again,
        with the error sound; they stay in pending_scans until they are checked in."""
        self._noted = None
        waiting, self._queued_scans = self._queued_scans, []
        if not waiting:
            return
        self._not_checked_in.extend(waiting)
        self.banner.add_line(self._scan_again_line(waiting))
        if self.banner.state in (bn.IDLE, bn.UNDONE):  # the others play their own sound now
            self.sounds.play(bn.UNKNOWN)

    def _scan_again_line(self, scans: list[str]) -> str:
        """The banner's line naming ``scans`` to be scanned again: each person once, by name where
        the event knows the code, else as scanned."""
        names = dict.fromkeys(self._name_of_scan(text) for text in scans)
        return self.tr("Scanned during the note and not checked in: {names}. Scan again.").format(
            names=", ".join(names))

    def _name_of_scan(self, text: str) -> str:
        code = codes.parse_scan(text)
        if code and self.store is not None and not self.store.is_released:
            try:
                attendee = self.store.attendee_by_code(code)
            except sqlite3.Error:  # the file is busy or gone: the code still tells the badge
                attendee = None
            if attendee is not None:
                return attendee.full_name
        return text.strip()

    # -- walk-ins, corrections, undo ----------------------------------------------------------

    def walk_in(self) -> None:
        if self.store is None or self._say_if_closed():
            return
        types = [r[0] for r in self.store.conn.execute(
            "SELECT DISTINCT organisation_type FROM attendees WHERE organisation_type != '' "
            "ORDER BY 1 LIMIT 50")]
        values = WalkInDialog.ask(self, types, offer_badge=not self.badges.prints_here())
        if values is None:
            self.focus_search()
            return
        namesakes = self.store.namesakes(values["first_name"], values["last_name"])
        if namesakes:  # missed in the search? the registered person is checked in, not added twice
            name = " ".join(p for p in (values["first_name"], values["last_name"]) if p)
            answer = NamesakeDialog.ask(self, name, namesakes)
            if answer != "new":
                if answer == "show":
                    if not self.banner.waiting_for_ack:
                        self.banner.reset()  # the registered person is found: an old result is over
                    self.search.setText(name)
                self.focus_search()
                return
        try:
            result = self.store.add_walk_in(values["first_name"], values["last_name"], station=self.station(),
                                            organisation=values["organisation"],
                                            organisation_type=values["organisation_type"])
        except StoreError as exc:
            self._refused(self.tr("Walk-in not saved"), exc)
            return
        self._last_scan = None
        self._show_result(result)
        if values.get("print_badge") and result.attendee is not None:
            self.badges.print_walk_in(result.attendee)

    def edit_current(self) -> None:
        if self.store is None or self.current is None:
            if self.store is not None:  # Ctrl+E with nobody on the card: say why nothing opens
                self.banner.show_state(bn.IDLE, self.tr("Nobody selected"), self.tr("Choose a person first."))
            return
        answer = EditAttendeeDialog.ask(self, self.current)
        if answer is None:
            self.focus_search()
            return
        changes, reason = answer
        try:
            attendee = self.store.correct(self.current.id, changes, station=self.station(), reason=reason)
        except StoreError as exc:
            self._refused(self.tr("Correction not saved"), exc)
            return
        self.model.refresh_attendee(attendee.id)
        self._show_card(attendee)
        self.banner.show_state(bn.IDLE, self.tr("Corrected: {name}").format(name=attendee.full_name),
                               self.tr("The change is in the log."))
        self.focus_search()
        self.changed.emit()

    def undo_current(self) -> None:
        """Undo the check-in of the person on the card, asking for a reason."""
        if self.store is None or self.current is None or not self.current.checked_in:
            return
        if self.current.station != self.station():
            from checkin.ui.admin import require_pin

            if not require_pin(self, self.store, "undo_other_desk"):
                return
        reason = UndoReasonDialog.ask(self, self.current.full_name)
        if reason is None:
            self.focus_search()
            return
        self._undo(self.current.id, reason)

    def undo_last(self) -> None:
        """Ctrl+Z: undo the newest check-in made in this window that is still in force."""
        if self.store is None:
            return
        while self._own_check_ins:
            attendee_id, at = self._own_check_ins.pop()
            attendee = self.store.attendee(attendee_id)
            if attendee is not None and attendee.checked_in and attendee.checked_in_at == at:
                self._undo(attendee_id, self.tr("undone with Ctrl+Z"))
                return
        self.banner.show_state(bn.IDLE, self.tr("Nothing to undo"),
                               self.tr("No check-in made here is in force. To undo another, choose the "
                                       "person and use “Undo check-in…”."))

    def _undo(self, attendee_id: int, reason: str) -> None:
        try:
            self.store.undo(attendee_id, station=self.station(), reason=reason)
        except StoreError as exc:
            self._refused(self.tr("Nothing undone"), exc)
            return
        attendee = self.store.attendee(attendee_id)
        self._last_scan = None
        self.model.refresh_attendee(attendee_id)
        self._show_card(attendee)
        self._select_on_list(attendee_id)
        self.banner.show_state(bn.UNDONE, self.tr("Check-in undone: {name}").format(name=attendee.full_name),
                               self.tr("The log keeps the check-in and the undo."))
        self.focus_search()
        self.changed.emit()

    def _select_on_list(self, attendee_id: int) -> None:
        """Highlight the person on the card, so that Enter acts on them and not on whoever the
        list highlighted before (an undo of an earlier check-in while the search shows another
        person). Someone the search does not show: the search is cleared and the list shows
        everyone, with them highlighted if they are among the rows loaded, else nobody."""
        row = self.model.row_of(attendee_id)
        if row is None and self.search.text():
            self.search.clear()
            row = self.model.row_of(attendee_id)
        if row is None:
            self.table.selectionModel().clear()
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    # -- the card ---------------------------------------------------------------------------

    def _show_card(self, attendee: Attendee | None, empty_title: str | None = None) -> None:
        self.current = attendee
        self.badges.show_attendee(attendee)
        has = attendee is not None
        # Someone already checked in cannot be checked in again (Enter says "already checked in").
        self.check_in_button.setEnabled(has and not attendee.checked_in)
        self.edit_button.setEnabled(has)
        self.undo_button.setEnabled(has and attendee.checked_in)
        if not has:
            self.card_name.setText(empty_title or self.tr("Nobody selected"))
            for key in self.card_values:
                self._show_card_value(key, "")
            return
        walk_in = self.tr("walk-in")  # (not inside the f-string: lupdate would not see it)
        self.card_name.setText(attendee.full_name + (f" ({walk_in})" if attendee.walk_in else ""))
        needs = "; ".join(p for p in (attendee.accessibility, attendee.dietary) if p)
        if attendee.checked_in:
            status = self.tr("✓ checked in at {time}, {desk}").format(
                time=local_time(attendee.checked_in_at), desk=attendee.station or "")
        else:
            status = self.tr("not checked in")
        values = {
            "organisation": attendee.organisation, "role": attendee.role, "workshop": attendee.workshop,
            "needs": needs or "–", "category": attendee.category or "–", "note": attendee.desk_note or "–",
            "status": status,
        }
        for key, value in values.items():
            self._show_card_value(key, value or "–")

    def _show_card_value(self, key: str, text: str) -> None:
        """Show ``text`` as the card's value of the field ``key``. A screen reader reads it with
        its field ("Status: ✓ checked in at 08:48, Empfang 1"): a label's accessible name is all
        it reads of the label, so the field's name alone would leave out the value."""
        value = self.card_values[key]
        value.setText(text)
        value.setAccessibleName(f"{self._card_labels[key].text()} {text}" if text else "")
