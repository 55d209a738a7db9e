"""The large result banner above the desk: colour, icon, words and a sound for every scan.

States: ``checked_in`` (green), ``already`` (orange, with time and desk),
``unknown`` (red), ``undone`` (slate grey: a check-in taken back) and ``attention`` (blue: the person was checked in and carries a
note for the desk; it stays until staff acknowledge it with Enter, Esc or the
button; an Enter within :data:`ENTER_GRACE_SECONDS` of the note appearing is the second
press of a double Enter, not a reading, and leaves it up; another result shown over it
(an undo, a walk-in, …) replaces it unacknowledged). The colour never carries the
meaning alone: each state has its own icon and a headline in words, and a screen reader is
told each result as it appears (an accessibility announcement: the focus stays in the search
field, so the banner's words would otherwise never be read out).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QIcon
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from checkin.assets import resource

try:
    from PySide6.QtGui import QAccessibleAnnouncementEvent as _Announcement  # Qt 6.8
except ImportError:
    _Announcement = None

ENTER_GRACE_SECONDS = 0.5  # an Enter this soon after a note appeared does not acknowledge it

IDLE, CHECKED_IN, ALREADY, UNKNOWN, ATTENTION = "idle", "checked_in", "already", "unknown", "attention"
UNDONE = "undone"  # a check-in taken back: not to be mistaken for the grey "Ready"

# background, text colour (contrast >= 4.5:1)
COLOURS = {
    IDLE: ("#eef0f2", "#222222"),
    CHECKED_IN: ("#1b7a2e", "#ffffff"),
    ALREADY: ("#f0a020", "#1a1a1a"),
    UNKNOWN: ("#b3261e", "#ffffff"),
    ATTENTION: ("#1d3f8f", "#ffffff"),
    UNDONE: ("#3d4451", "#ffffff"),
}


class Banner(QFrame):
    """Shows one result at a time; ``acknowledged`` fires when an attention state is dismissed,
    ``note_replaced`` when another result (or "Ready") took its place before that, once the new
    words are shown."""

    acknowledged = Signal()
    note_replaced = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.state = IDLE
        self._attention_since = 0.0
        self._icon = QLabel()
        self._icon.setFixedSize(QSize(72, 72))
        self._headline = QLabel()
        self._headline.setObjectName("bannerHeadline")
        self._headline.setWordWrap(True)
        self._detail = QLabel()
        self._detail.setObjectName("bannerDetail")
        self._detail.setWordWrap(True)
        self._detail.setTextFormat(Qt.TextFormat.PlainText)
        self._headline.setTextFormat(Qt.TextFormat.PlainText)
        self.ack_button = QPushButton()
        self.ack_button.clicked.connect(self.acknowledge)
        self.ack_button.hide()
        texts = QVBoxLayout()
        texts.addWidget(self._headline)
        texts.addWidget(self._detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self._icon)
        layout.addLayout(texts, 1)
        layout.addWidget(self.ack_button)
        self.setMinimumHeight(96)
        self._apply(IDLE)
        self.retranslate()

    def retranslate(self) -> None:
        self.ack_button.setText(self.tr("OK, noted (Enter)"))
        self.ack_button.setAccessibleName(self.tr("Acknowledge the note"))
        self.setAccessibleName(self.tr("Result"))
        if self.state == IDLE:
            self._headline.setText(self.tr("Ready: scan a badge or type a name"))
            self._detail.setText("")

    @property
    def headline(self) -> str:
        return self._headline.text()

    @property
    def detail(self) -> str:
        return self._detail.text()

    @property
    def waiting_for_ack(self) -> bool:
        return self.state == ATTENTION

    def show_state(self, state: str, headline: str, detail: str = "", *, announce: bool = True) -> None:
        """Show ``state`` with the given words (already translated by the caller); ``announce``:
        tell a screen reader."""
        replaced = self.state == ATTENTION
        if state == ATTENTION:
            self._attention_since = time.monotonic()
        self._apply(state)
        self._headline.setText(headline)
        self._detail.setText(detail)
        self.setAccessibleDescription(f"{headline}. {detail}")
        self.ack_button.setVisible(state == ATTENTION)
        self.ack_button.setAccessibleDescription(detail if state == ATTENTION else "")
        if announce:
            self._announce(f"{headline}. {detail}" if detail else headline)
        if replaced:
            self.note_replaced.emit()

    def add_line(self, text: str) -> None:
        """One more line under the detail (e.g. that a scan waits behind a note)."""
        lines = [line for line in self._detail.text().split("\n") if line and line != text]
        self._detail.setText("\n".join(lines + [text]))
        self._announce(text, assertive=False)  # after the result it belongs to, not over it

    def _announce(self, text: str, assertive: bool = True) -> None:
        """Have a screen reader say ``text``: now, over whatever it was saying (``assertive``),
        or once it has finished (Qt 6.8 and newer)."""
        if _Announcement is None or not self.isVisible():
            return
        event = _Announcement(self, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    def reset(self) -> None:
        replaced = self.state == ATTENTION
        self._apply(IDLE)
        self.ack_button.hide()
        self.retranslate()
        if replaced:
            self.note_replaced.emit()

    def acknowledge(self) -> None:
        if self.state == ATTENTION:
            self.ack_button.hide()
            self._apply(CHECKED_IN)
            self.acknowledged.emit()

    def acknowledge_by_enter(self) -> None:
        """Enter on a note: acknowledged, unless the note appeared a moment ago (the Enter that
        checked the person in, pressed twice)."""
        if time.monotonic() - self._attention_since >= ENTER_GRACE_SECONDS:
            self.acknowledge()

    def restyle(self) -> None:
        """Apply the current text size (after a settings change)."""
        self._apply(self.state)

    def _apply(self, state: str) -> None:
        self.state = state
        background, foreground = COLOURS[state]
        base = QApplication.font().pointSizeF() or 10  # follows the text-size setting
        self.setStyleSheet(
            f"#banner {{ background: {background}; border-radius: 8px; }}"
            f"#banner QLabel {{ color: {foreground}; }}"
            f"#bannerHeadline {{ font-size: {round(base * 1.8)}pt; font-weight: bold; }}"
            f"#bannerDetail {{ font-size: {round(base * 1.2)}pt; }}"
        )
        if state == IDLE:
            self._icon.setPixmap(QIcon(str(resource("icons", "search.svg"))).pixmap(48, 48))
        else:
            self._icon.setPixmap(QIcon(str(resource("icons", f"{state}.svg"))).pixmap(64, 64))
