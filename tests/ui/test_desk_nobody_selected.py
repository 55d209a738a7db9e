"""Ctrl+E (correct) with nobody on the card says so, as Ctrl+Z with nothing to undo does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.ui import banner as bn
from checkin.ui import desk as desk_module


def test_correcting_with_nobody_selected_says_to_choose_a_person(window, monkeypatch):
    asked = []
    monkeypatch.setattr(desk_module.EditAttendeeDialog, "ask",
                        classmethod(lambda cls, parent, attendee: asked.append(attendee)))
    assert window.desk.current is None and window.desk.banner.headline != "Nobody selected"
    QTest.keyClick(window.desk.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == []
    assert window.desk.banner.state == bn.IDLE
    assert (window.desk.banner.headline, window.desk.banner.detail) == ("Nobody selected",
                                                                        "Choose a person first.")
    assert window.desk.search.hasFocus()
