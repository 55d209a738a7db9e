"""Recognise a USB barcode scanner anywhere in the window.

A scanner is a keyboard that types very fast and ends with Enter. An
application-wide event filter watches key presses that go to widgets of the
desk window: printable keys that follow each other within ``MAX_GAP_MS`` are
collected; an Enter after at least ``MIN_LENGTH`` such keys is a scan. The
filter then swallows the Enter, takes the scanned characters back out of the
line edit they landed in (if any), and emits ``scanned(text)``. Slower typing
never becomes a scan: it stays a name search.

A scan into a dialog (settings, a restore, a print dialog, a walk-in's form, the
report window) is caught the same way: its Enter would press the dialog's default
button (restore a backup, rename the desk to the code, print). The line edit it
was typed into gets back the text it had before, and
``scanned_in_dialog(text, dialog)`` is emitted: the window checks the badge in
once no modal dialog is open (at once from a window such as the report).

An open menu acts on the first letter typed into it: a letter that is an entry's
mnemonic (U for "Undo last check-in", B for "Beenden") runs that entry at once. A
scan there undid somebody's check-in or quit the app. So a letter typed into a menu
is held back a while (``MAX_GAP_MS`` + ``MENU_SLACK_MS``): alone, it is handed to the menu
(a person choosing an entry); followed by more at scanner speed and Enter, the menu is
closed and the letters are a scan.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget

MAX_GAP_MS = 35
MIN_LENGTH = 8
MENU_SLACK_MS = 115  # how much longer than MAX_GAP_MS a letter typed into a menu is held back
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
    scanned_in_dialog = Signal(str, QWidget)

    def __init__(self, window: QWidget, max_gap_ms: int = MAX_GAP_MS, min_length: int = MIN_LENGTH):
        super().__init__(window)
        self._window = window
        self.max_gap = max_gap_ms / 1000
        self.min_length = min_length
        self._buffer: list[str] = []
        self._last = 0.0
        self._before: tuple[QLineEdit, str, int, int, int] | None = None  # a dialog field as it was
        self._menu_keys: list[str] = []  # letters typed into an open menu, held back from it
        # A letter held back from the menu it was typed into; any later key in a menu ends the wait.
        self._held: tuple[QMenu, QKeyEvent] | None = None
        self._handing_on = False  # a held-back letter on its way to the menu
        self.enabled = True

    def reset(self) -> None:
        self._buffer.clear()

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.enabled:
            return False
        if not isinstance(obj, QWidget):
            return False
        if isinstance(obj, QMenu):
            return self._key_in_menu(obj, event)
        dialog = obj.window() if obj.window() is not self._window else None
        focus = QApplication.focusWidget()
        if obj is not (focus or obj.window()):
            return False  # the key press travelling up to a parent after the focus widget: seen already
        if event.key() in _MODIFIER_KEYS:
            return False  # neither part of the code nor a break in it
        fast = self._follows_fast(event)
        if event.key() in _ENTER_KEYS:
            text = "".join(self._buffer)
            self._buffer.clear()
            if fast and len(text) >= self.min_length:
                if dialog is None:
                    self._take_back(focus, text)
                    self.scanned.emit(text)
                else:
                    self._restore_field(focus)
                    self.scanned_in_dialog.emit(text, dialog)
                return True
            return False
        char = typed_text(event)
        if char:
            if not fast:
                self._buffer.clear()
            if not self._buffer:  # perhaps the start of a scan: how the field looked before it
                self._before = self._field_state(focus) if dialog is not None else None
            self._buffer.append(char)
        else:
            self._buffer.clear()
        return False

    def _follows_fast(self, event) -> bool:
        """Whether this key press came within ``max_gap`` of the one before (a scanner's pace).
        The window system's timestamp tells when the key was typed, however busy the UI thread
        was; synthetic events without one fall back to the time they arrive."""
        now = event.timestamp() / 1000 if event.timestamp() else time.monotonic()
        fast = now - self._last <= self.max_gap
        self._last = now
        return fast

    def _key_in_menu(self, menu: QMenu, event) -> bool:
        """Hold back the letters typed into ``menu`` until it is clear who typed them (see the
        module's docstring). True: the menu does not get this key press (now)."""
        if self._handing_on or event.key() in _MODIFIER_KEYS:
            return False
        fast = self._follows_fast(event)
        if self._held is not None:
            if not fast:  # a person's letter, then another key: the letter first
                self._hand_on(self._held[1])
            self._held = None  # (or more came at scanner speed: it is part of a scan)
        if event.key() in _ENTER_KEYS:
            text = "".join(self._menu_keys)
            self._menu_keys.clear()
            if not (fast and text):
                return False  # a person pressing Enter on the highlighted entry
            if len(text) >= self.min_length:
                owner = QApplication.activeWindow()
                for _ in range(8):  # the menu and the menus it was opened from
                    popup = QApplication.activePopupWidget()
                    if popup is None:
                        break
                    popup.close()
                if owner is None or owner is self._window:
                    self.scanned.emit(text)
                else:
                    self.scanned_in_dialog.emit(text, owner)
            return True  # letters at scanner speed choose no entry, however short
        char = typed_text(event)
        if not char:
            self._menu_keys.clear()
            return False  # arrows, Esc, shortcuts: the menu's
        if not fast:
            self._menu_keys.clear()
        self._menu_keys.append(char)
        if len(self._menu_keys) == 1:
            held = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            # Well past the scanner's next key, even if the window stalls for a moment meanwhile;
            # a person's choice of an entry waits a blink longer, which nobody notices.
            wait = round(self.max_gap * 1000) + MENU_SLACK_MS
            self._held = (menu, held)
            QTimer.singleShot(wait, self, lambda: self._hand_on(held))
        return True

    def _hand_on(self, key: QKeyEvent) -> None:
        """Give its menu the letter ``key`` held back from it, if it is still held: a person's."""
        if self._held is None or self._held[1] is not key:
            return  # followed by more at scanner speed, or handed on already
        menu, _ = self._held
        self._held = None
        if not shiboken6.isValid(menu) or not menu.isVisible():
            return  # (a context menu deletes itself when it closes)
        self._menu_keys.clear()
        self._handing_on = True
        try:
            QApplication.sendEvent(menu, key)
        finally:
            self._handing_on = False

    @staticmethod
    def _field_state(focus: QWidget | None) -> tuple[QLineEdit, str, int, int, int] | None:
        if not isinstance(focus, QLineEdit):
            return None
        return focus, focus.text(), focus.cursorPosition(), focus.selectionStart(), focus.selectionLength()

    def _restore_field(self, focus: QWidget | None) -> None:
        """Give the dialog field the scan was typed into its text (and selection) back: a scan
        into a selected station name replaced the name, not only added the code."""
        before, self._before = self._before, None
        if before is None or before[0] is not focus or focus.isReadOnly():
            return
        field, text, cursor, start, length = before
        field.setText(text)
        if start >= 0 and length:
            field.setSelection(start, length)
        else:
            field.setCursorPosition(cursor)

    @staticmethod
    def _take_back(focus: QWidget | None, text: str) -> None:
        """Remove the scanned characters from the line edit they were typed into."""
        if isinstance(focus, QLineEdit) and not focus.isReadOnly():
            current = focus.text()
            if current.endswith(text):
                focus.setText(current[: -len(text)])
