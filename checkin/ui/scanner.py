"""Recognise a USB barcode scanner anywhere in the window.

A scanner is a keyboard that types very fast and ends with Enter. An
application-wide event filter watches key presses that go to widgets of the
desk window: printable keys that follow each other within ``MAX_GAP_MS`` are
collected; an Enter after at least ``MIN_LENGTH`` such keys is a scan. The
filter then swallows the Enter, takes the scanned characters back out of the
line edit they landed in (if any), and emits ``scanned(text)``. Slower typing
never becomes a scan: it stays a name search.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

MAX_GAP_MS = 35
MIN_LENGTH = 8
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Pressed around the letters they change: a scanner sends Shift for every capital of a code.
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                  Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock)


def typed_text(event) -> str:
    """The text a key press types, or "" (a control character, or a Ctrl or Alt shortcut)."""
    text = event.text()
    if not text or not text.isprintable() or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return ""
    return text


class ScannerFilter(QObject):
    """Install with ``app.installEventFilter(ScannerFilter(window))``."""

    scanned = Signal(str)

    def __init__(self, window: QWidget, max_gap_ms: int = MAX_GAP_MS, min_length: int = MIN_LENGTH):
        super().__init__(window)
        self._window = window
        self.max_gap = max_gap_ms / 1000
        self.min_length = min_length
        self._buffer: list[str] = []
        self._last = 0.0
        self.enabled = True

    def reset(self) -> None:
        self._buffer.clear()

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.enabled:
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self._window:
            return False  # dialogs and other windows keep their keys
        focus = QApplication.focusWidget()
        if obj is not (focus or self._window):
            return False  # the key press travelling up to a parent after the focus widget: seen already
        if event.key() in _MODIFIER_KEYS:
            return False  # neither part of the code nor a break in it
        # The window system's timestamp tells when the key was typed, however busy the UI thread
        # was; synthetic events without one fall back to the time they arrive.
        now = event.timestamp() / 1000 if event.timestamp() else time.monotonic()
        fast = now - self._last <= self.max_gap
        self._last = now
        if event.key() in _ENTER_KEYS:
            text = "".join(self._buffer)
            self._buffer.clear()
            if fast and len(text) >= self.min_length:
                self._take_back(focus, text)
                self.scanned.emit(text)
                return True
            return False
        char = typed_text(event)
        if char:
            if not fast:
                self._buffer.clear()
            self._buffer.append(char)
        else:
            self._buffer.clear()
        return False

    @staticmethod
    def _take_back(focus: QWidget | None, text: str) -> None:
        """Remove the scanned characters from the line edit they were typed into."""
        if isinstance(focus, QLineEdit) and not focus.isReadOnly():
            current = focus.text()
            if current.endswith(text):
                focus.setText(current[: -len(text)])
