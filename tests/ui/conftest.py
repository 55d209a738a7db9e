"""Fixtures for the window tests: the desk window on the demo event, in a known language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from checkin.ui import i18n


@pytest.fixture
def restore_app_state(qapp):
    """Undo global changes a test makes: application font and installed translators."""
    font = QApplication.font()
    yield
    QApplication.setFont(font)
    i18n.install("en")


@pytest.fixture
def window(qtbot, demo_store, db_path, restore_app_state):
    """The main window, English, on the demo event (60 people), shown and active."""
    from checkin.ui.app import create_window
    from checkin.ui.settings import Settings

    settings = Settings()
    settings.language = "en"
    settings.station = "Test-Desk"
    win = create_window(db_path, settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close()


def type_keys(widget, text: str, gap_ms: int, enter: bool = False, start_ms: int | None = None,
              shift: bool = False) -> None:
    """Give ``widget`` the focus and send key presses stamped ``gap_ms`` apart to whatever has
    the focus (as a keyboard or scanner does); ``widget=None`` starts where the focus is.
    ``shift=True``: capitals come with a Shift press and release around them, as USB scanners
    send them.

    The timestamps make the test independent of how busy the machine is: a scanner
    (gap 5 ms) stays a scanner even if the UI thread stalls between keys.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    if widget is None:
        widget = QApplication.focusWidget()
    else:
        widget.setFocus()
    assert widget is not None and widget.hasFocus()
    stamp = start_ms if start_ms is not None else _next_stamp()
    keys = [(Qt.Key(ord(c.upper())) if c.isalnum() else Qt.Key.Key_unknown, c) for c in text]
    if enter:
        keys.append((Qt.Key.Key_Return, "\r"))
    none, shifted = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier

    def send(kind, key, modifiers, char):
        event = QKeyEvent(kind, key, modifiers, char)
        event.setTimestamp(stamp)
        QApplication.sendEvent(QApplication.focusWidget() or widget, event)

    for key, char in keys:
        capital = shift and char.isupper()
        if capital:
            send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, shifted, "")
            stamp += 2
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            send(kind, key, shifted if capital else none, char)
        if capital:
            stamp += 2
            send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, none, "")
        stamp += gap_ms
    _clock[0] = stamp + 10_000  # the next typing starts well apart


_clock = [1_000_000]


def _next_stamp() -> int:
    return _clock[0]


def scan_keys(widget, code: str, shift: bool = False) -> None:
    """What a USB scanner does: the characters 5 ms apart, then Enter, into whatever has focus
    (``shift``: with a Shift press around each capital, as most scanners send them)."""
    type_keys(widget, code, gap_ms=5, enter=True, shift=shift)


@pytest.fixture
def plain(demo_store):
    """Demo attendees without a note for the desk (a check-in shows the plain green banner)."""
    from checkin.ui.desk import needs_attention

    return [a for a in demo_store.search("", limit=None) if not needs_attention(a)]


@pytest.fixture
def noted(demo_store):
    """Demo attendees with a note for the desk (speaker, press, accessibility)."""
    from checkin.ui.desk import needs_attention

    return [a for a in demo_store.search("", limit=None) if needs_attention(a)]
