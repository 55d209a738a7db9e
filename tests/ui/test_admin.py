"""PIN prompt, purge confirmation, restore dialog and the automatic backup timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from checkin import backup, privacy
from checkin.store import EventStore
from checkin.ui import admin
from checkin.ui.autobackup import AutoBackup


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    shown = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, _k=kind: shown.append((_k, a[2])))
    return shown


def test_pin_dialog_accepts_only_the_right_pin(qtbot, store):
    privacy.set_pin(store, "4711")
    dialog = admin.PinDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.pin, "1234")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0 and not dialog.error.isHidden() and dialog.pin.text() == ""
    qtbot.keyClicks(dialog.pin, "4711")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def test_require_pin_asks_only_when_a_pin_is_set_and_the_action_is_guarded(store, monkeypatch):
    asked = []
    monkeypatch.setattr(admin.PinDialog, "ask", classmethod(lambda cls, s, p=None: asked.append(1) or False))
    assert admin.require_pin(None, store, "export") and asked == []
    privacy.set_pin(store, "4711")
    assert admin.require_pin(None, store, "check_in") and asked == []  # front-desk work never asks
    assert not admin.require_pin(None, store, "export") and asked == [1]


def test_set_pin_dialog_checks_the_repeat(qtbot):
    dialog = admin.SetPinDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "4711")
    qtbot.keyClicks(dialog.second, "4712")
    dialog.accept()
    assert not dialog.error.isHidden() and dialog.result() == 0
    dialog.second.setText("4711")
    dialog.accept()
    assert dialog.result() == 1


def test_purge_dialog_needs_the_export_tick(qtbot):
    dialog = admin.PurgeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.ok.isEnabled() and "Export first" in dialog.text.text()
    qtbot.mouseClick(dialog.exported, Qt.MouseButton.LeftButton)
    assert dialog.ok.isEnabled() and dialog.delete_backups.isChecked()


def test_run_purge_with_pin_and_confirmation(demo_store, monkeypatch, no_message_boxes):
    privacy.set_pin(demo_store, "4711")
    monkeypatch.setattr(admin.PinDialog, "ask", classmethod(lambda cls, s, p=None: False))
    assert admin.run_purge(None, demo_store) is None and demo_store.count() == 60
    monkeypatch.setattr(admin.PinDialog, "ask", classmethod(lambda cls, s, p=None: True))
    monkeypatch.setattr(admin.PurgeDialog, "ask", classmethod(lambda cls, p=None: None))
    assert admin.run_purge(None, demo_store) is None and demo_store.count() == 60
    monkeypatch.setattr(admin.PurgeDialog, "ask", classmethod(lambda cls, p=None: {"keep_backups": False}))
    result = admin.run_purge(None, demo_store)
    assert result.people == 60 and demo_store.count() == 0
    assert no_message_boxes[-1][0] == "information" and "Deleted 60 people" in no_message_boxes[-1][1]


def test_restore_dialog_and_run_restore(qtbot, demo_store, db_path, monkeypatch):
    demo_store.check_in(1, station="Empfang 1")
    made = backup.backup_now(demo_store)
    demo_store.check_in(2, station="Empfang 1")
    dialog = admin.RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    dialog.accept()
    assert dialog.chosen == made

    monkeypatch.setattr(admin.RestoreDialog, "ask", classmethod(lambda cls, path, p=None: made))
    monkeypatch.setattr(admin, "confirm_restore", lambda parent, chosen: True)
    events = []
    replaced = admin.run_restore(None, db_path,
                                 close_event=lambda: (events.append("close"), demo_store.close()),
                                 reopen_event=lambda path: events.append(("open", path)))
    assert events == ["close", ("open", db_path)] and replaced.exists()
    with EventStore.open(db_path) as s:
        assert s.attendee(1).checked_in and not s.attendee(2).checked_in


def test_autobackup_timer_makes_checked_backups(qtbot, store, db_path):
    auto = AutoBackup(minutes=5)
    assert auto.timer.interval() == 300_000 and not auto.timer.isActive()
    auto.set_event(db_path)
    assert auto.timer.isActive()
    with qtbot.waitSignal(auto.backed_up, timeout=5000) as signal:
        auto.timer.timeout.emit()
    assert backup.list_backups(db_path)[0] == auto.last and signal.args == [str(auto.last)]
    auto.set_event(db_path.with_name("missing.db"))
    with qtbot.waitSignal(auto.failed, timeout=5000) as failure:
        auto.backup_now()
    assert "no such event database" in failure.args[0]
    auto.set_event(None)
    assert not auto.timer.isActive() and auto.backup_now() is None


def test_export_dialog_defaults(qtbot):
    from checkin.ui.export_dialog import ExportDialog

    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    assert dialog.choice() == "list" and not dialog.checked_in_only.isChecked()  # to sign at the desk
    dialog.radios["xlsx"].setChecked(True)
    assert dialog.checked_in_only.isChecked()
    dialog.radios["report"].setChecked(True)
    assert not dialog.checked_in_only.isEnabled()


@pytest.mark.parametrize("choice, name", [("list", "l.pdf"), ("xlsx", "a.xlsx"), ("excel_csv", "a.csv"),
                                          ("utf8_csv", "u.csv"), ("report", "r.pdf")])
def test_run_export_writes_each_choice(demo_store, tmp_path, monkeypatch, no_message_boxes, choice, name):
    from checkin.ui import export_dialog

    demo_store.check_in(1, station="Empfang 1")
    monkeypatch.setattr(export_dialog.ExportDialog, "ask",
                        classmethod(lambda cls, p=None: {"choice": choice, "checked_in_only": True}))
    monkeypatch.setattr(export_dialog, "save_path", lambda parent, c, folder: tmp_path / name)
    assert export_dialog.run_export(None, demo_store) == tmp_path / name
    assert (tmp_path / name).stat().st_size > 100
    assert no_message_boxes[-1][0] == "information"
    privacy.set_pin(demo_store, "4711")
    monkeypatch.setattr(admin.PinDialog, "ask", classmethod(lambda cls, s, p=None: False))
    assert export_dialog.run_export(None, demo_store) is None  # locked without the PIN


def test_backup_before_a_risky_change(demo_store, tmp_path, monkeypatch, no_message_boxes):
    with EventStore.open(tmp_path / "empty.db", create=True) as empty:
        assert admin.backup_before(None, empty) and backup.list_backups(empty.path) == []  # no need
    assert admin.backup_before(None, demo_store) and len(backup.list_backups(demo_store.path)) == 1

    def broken(*_args, **_kwargs):
        raise admin.StoreError("disk full")

    monkeypatch.setattr(backup, "backup_now", broken)
    assert not admin.backup_before(None, demo_store)
    assert no_message_boxes[-1] == ("warning", "disk full")


def test_autobackup_wait(qtbot, store, db_path):
    auto = AutoBackup()
    assert auto.wait()
    auto.set_event(db_path)
    task = auto.backup_now()
    assert auto.backup_now() is None  # one at a time
    with qtbot.waitSignal(auto.backed_up, timeout=5000):
        pass
    assert auto.wait() and task.is_done()


@pytest.mark.parametrize("choice", ["list", "xlsx", "excel_csv", "utf8_csv"])
def test_run_export_says_a_closed_event_has_nobody_to_export(demo_store, tmp_path, monkeypatch,
                                                               no_message_boxes, choice):
    from checkin.ui import export_dialog

    demo_store.check_in(1, station="Empfang 1")
    privacy.purge(demo_store)
    target = tmp_path / "earlier.out"
    target.write_text("a good earlier export")
    monkeypatch.setattr(export_dialog.ExportDialog, "ask",
                        classmethod(lambda cls, p=None: {"choice": choice, "checked_in_only": True}))
    monkeypatch.setattr(export_dialog, "save_path", lambda parent, c, folder: target)
    assert export_dialog.run_export(None, demo_store) is None
    kind, text = no_message_boxes[-1]
    assert kind == "warning" and "closed and its personal data deleted" in text
    assert target.read_text() == "a good earlier export"
    monkeypatch.setattr(export_dialog.ExportDialog, "ask",
                        classmethod(lambda cls, p=None: {"choice": "report", "checked_in_only": False}))
    assert export_dialog.run_export(None, demo_store) == target  # the report still works
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("language, text", [
    ("en", "1 backup of this event was deleted too."),
    ("de", "1 Sicherung dieser Veranstaltung wurde ebenfalls gelöscht."),
])
def test_the_purge_counts_one_backup_in_the_singular(demo_store, monkeypatch, no_message_boxes,
                                                     restore_app_state, language, text):
    """After a purge the message said "1 backups"."""
    from checkin.ui import i18n

    i18n.install(language)  # the purge makes one backup first, then deletes it with the event's others
    monkeypatch.setattr(admin.PurgeDialog, "ask", classmethod(lambda cls, p=None: {"keep_backups": False}))
    result = admin.run_purge(None, demo_store)
    assert len(result.deleted_backups) == 1
    assert no_message_boxes[-1][1].splitlines()[1] == text


def test_the_restore_dialog_names_the_kept_file_in_the_windows_language(qtbot, store, db_path,
                                                                        restore_app_state):
    """German showed an English "<time>" in straight quotes."""
    from checkin.ui import i18n

    i18n.install("de")
    dialog = admin.RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    assert "„event.replaced-<Zeitpunkt>.db“" in dialog.intro.text() and '"' not in dialog.intro.text()
    i18n.install("en")
    dialog.retranslate()
    assert "“event.replaced-<time>.db”" in dialog.intro.text()


def test_a_restore_is_confirmed_with_cancel_as_the_default(qtbot, demo_store, db_path):
    """A scanner's Enter (or any stray Enter) in the restore dialog replaced the live event with
    the newest backup at once; now a last question comes first, and Enter there cancels."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    made = backup.backup_now(demo_store)
    seen = []

    def press_enter():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert admin.confirm_restore(None, made) is False
    assert "Replace the event with the backup of" in seen[0]


def test_the_restore_list_puts_this_files_backups_first_and_names_a_copys(qtbot, demo_store, db_path):
    """A desk's copy is the same event: its backups were listed among this file's, the newest
    preselected, and restoring it replaced this desk's check-ins with the other desk's."""
    own = backup.backup_now(demo_store)
    desk2 = backup.backup_now(demo_store, db_path.with_name("desk2.db"))
    with EventStore.open(desk2) as copy:
        theirs = backup.backup_now(copy)  # the newest of all
    dialog = admin.RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    items = [dialog.list.item(row) for row in range(dialog.list.count())]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in items] == [str(own), str(theirs)]
    assert items[1].text().endswith("← desk2.db") and "←" not in items[0].text()
    assert dialog.list.currentRow() == 0


def test_enter_in_the_purge_dialog_never_deletes(qtbot):
    """Alt+E ticked "I have exported…", which made the delete button the default: one Enter then
    purged the event and its backups with no second look. Enter cancels; deleting is a deliberate
    press of the button."""
    dialog = admin.PurgeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.exported.setFocus()  # what Alt+E does: the tick box takes the focus and is ticked
    dialog.exported.setChecked(True)
    qtbot.waitUntil(dialog.exported.hasFocus)
    assert dialog.ok.isEnabled() and not dialog.ok.isDefault()  # (it was, once the focus left Cancel)
    QTest.keyClick(dialog.exported, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    again = admin.PurgeDialog()
    qtbot.addWidget(again)
    again.exported.setChecked(True)
    again.ok.click()  # pressed on purpose
    assert again.result() == QDialog.DialogCode.Accepted


def test_a_form_dialog_grows_to_hold_its_error_and_cuts_off_nothing(qtbot):
    """"The two PINs differ" appeared and the hint above it lost its last line."""
    dialog = admin.SetPinDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())  # as small as it opens
    dialog.first.setText("4711")
    dialog.accept()  # the second field is empty: the PINs differ
    assert not dialog.error.isHidden()
    assert dialog.height() >= dialog.sizeHint().height()
    assert dialog.note.height() >= dialog.note.heightForWidth(dialog.note.width())
