"""What the main window hooks in from the other window modules: PIN guard, badges, backups, report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin import privacy
from checkin.store import EventStore
from checkin.ui import admin
from checkin.ui import main_window as mw
from conftest import type_keys


def test_settings_ask_for_the_pin_when_one_is_set(window, monkeypatch):
    privacy.set_pin(window.store, "4711")
    asked = []
    monkeypatch.setattr(admin.PinDialog, "ask", classmethod(lambda cls, store, parent=None: asked.append(1) or False))
    opened = []
    monkeypatch.setattr(mw.SettingsDialog, "ask", classmethod(lambda cls, parent, s: opened.append(1)))
    window.settings_action.trigger()
    assert asked == [1] and opened == []


def test_undoing_another_desks_check_in_needs_the_pin(window, demo_store, db_path, plain, monkeypatch):
    from checkin.ui import desk as desk_module

    person = plain[0]
    demo_store.check_in(person.id, station="Other-Desk")
    privacy.set_pin(demo_store, "4711")
    type_keys(window.desk.search, person.code, gap_ms=150)  # slow: find, do not scan
    assert window.desk.current.id == person.id
    monkeypatch.setattr(desk_module.UndoReasonDialog, "ask", classmethod(lambda cls, parent, name: "mistake"))
    monkeypatch.setattr(admin.PinDialog, "ask", classmethod(lambda cls, store, parent=None: False))
    window.desk.undo_button.click()
    with EventStore.open(db_path) as s:
        assert s.attendee(person.id).checked_in
    monkeypatch.setattr(admin.PinDialog, "ask", classmethod(lambda cls, store, parent=None: True))
    window.desk.undo_button.click()
    with EventStore.open(db_path) as s:
        assert not s.attendee(person.id).checked_in


def test_the_own_desks_check_in_is_undone_without_a_pin(window, demo_store, db_path, plain, monkeypatch):
    from checkin.ui import desk as desk_module

    privacy.set_pin(demo_store, "4711")
    monkeypatch.setattr(admin.PinDialog, "ask", classmethod(lambda cls, store, parent=None: 1 / 0))
    monkeypatch.setattr(desk_module.UndoReasonDialog, "ask", classmethod(lambda cls, parent, name: ""))
    type_keys(window.desk.search, plain[1].code, gap_ms=5, enter=True)
    window.desk.undo_button.click()
    with EventStore.open(db_path) as s:
        assert not s.attendee(plain[1].id).checked_in


def test_the_window_backs_up_the_open_event_and_has_the_badges_and_report(window, db_path, monkeypatch):
    assert window.autobackup.db_path == db_path and window.autobackup.timer.isActive()
    assert window.badge_menu in [a.menu() for a in window.menuBar().actions()]
    assert window.desk.badges.reprint_button.isEnabled() is False  # nobody on the card yet
    from checkin.ui import dashboard

    shown = []
    monkeypatch.setattr(dashboard.DashboardDialog, "show_for",
                        classmethod(lambda cls, store, parent=None: shown.append(store)))
    QTest.keyClick(window.desk.search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert shown == [window.store]


def test_closing_the_event_returns_to_the_start_screen(window):
    window.close_event_file()
    assert window.store is None and window.stack.currentWidget() is window.start
    assert window.autobackup.db_path is None
    assert window.windowTitle() == "checkin"
