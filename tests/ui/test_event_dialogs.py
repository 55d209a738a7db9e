"""New event and Open event: the dialog creates a real database; the chooser checks the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from checkin.store import EventStore
from checkin.ui.dialogs import event_dialogs
from checkin.ui.dialogs.event_dialogs import NewEventDialog, file_name_for, open_event_file


def make_dialog(qtbot, folder: Path) -> NewEventDialog:
    dialog = NewEventDialog(folder=folder)
    qtbot.addWidget(dialog)
    return dialog


def test_new_event_dialog_creates_database_with_name_date_venue(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Integration vor Ort leben")
    dialog.date_edit.setDate(QDate(2017, 3, 20))
    qtbot.keyClicks(dialog.venue_edit, "Dortmund")
    assert dialog.path_edit.text() == str(tmp_path / "integration-vor-ort-leben.db")
    assert dialog.ok_button.isEnabled()
    screenshots = Path(__file__).resolve().parents[2] / "screenshots"
    screenshots.mkdir(exist_ok=True)
    assert dialog.grab().save(str(screenshots / "event_new.png"))

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created_path == tmp_path / "integration-vor-ort-leben.db"
    with EventStore.open(dialog.created_path) as store:
        event = store.event
        assert (event.name, event.date, event.venue) == (
            "Integration vor Ort leben", "2017-03-20", "Dortmund")
        assert store.count() == 0


def test_ok_needs_a_name(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # e.g. Enter pressed anyway
    assert dialog.created_path is None
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_never_overwritten(qtbot, tmp_path, store, db_path):
    before = db_path.read_bytes()
    dialog = make_dialog(qtbot, tmp_path)
    qtbot.keyClicks(dialog.name_edit, "Neu")
    dialog.path_edit.setText(str(db_path))
    dialog.accept()
    assert dialog.created_path is None
    assert not dialog.error_label.isHidden()
    assert "exists already" in dialog.error_label.text()
    assert db_path.read_bytes() == before
    assert store.event.name == "Testveranstaltung"


def test_missing_folder_gives_a_message_not_a_traceback(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    qtbot.keyClicks(dialog.name_edit, "Neu")
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "neu.db"))
    dialog.accept()
    assert dialog.created_path is None
    assert "does not exist" in dialog.error_label.text()


def test_choose_file_uses_save_dialog_and_stops_renaming(qtbot, tmp_path, monkeypatch):
    chosen = tmp_path / "mein-event"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(chosen), "")))
    dialog = make_dialog(qtbot, tmp_path)
    qtbot.keyClicks(dialog.name_edit, "A")
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(chosen) + ".db"
    qtbot.keyClicks(dialog.name_edit, "B")  # typing the name no longer changes the chosen file
    assert dialog.path_edit.text() == str(chosen) + ".db"


def test_ask_returns_path_or_none(qtbot, tmp_path, monkeypatch):
    def fake_exec(self):
        self.name_edit.setText("Tagung")
        self.path_edit.setText(str(tmp_path / "tagung.db"))
        self.accept()
        return self.result()

    monkeypatch.setattr(NewEventDialog, "exec", fake_exec)
    assert NewEventDialog.ask(None) == tmp_path / "tagung.db"
    assert (tmp_path / "tagung.db").exists()

    monkeypatch.setattr(NewEventDialog, "exec", lambda self: self.reject())
    assert NewEventDialog.ask(None) is None


def test_file_name_for():
    assert file_name_for("Integration vor Ort leben") == "integration-vor-ort-leben.db"
    assert file_name_for("Größe & Straße 2017!") == "groesse-strasse-2017.db"
    assert file_name_for("") == "event.db"


def test_open_event_file_accepts_a_checkin_database(qtbot, store, db_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(db_path), "")))
    assert open_event_file(None) == db_path


def test_open_event_file_refuses_other_files(qtbot, tmp_path, monkeypatch):
    other = tmp_path / "notes.db"
    other.write_text("not a database", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), "")))
    monkeypatch.setattr(event_dialogs, "show_error", lambda parent, title, message: shown.append(message))
    assert open_event_file(None) is None
    assert len(shown) == 1 and "not a checkin event database" in shown[0]
    assert other.read_text(encoding="utf-8") == "not a database"


def test_open_event_file_cancelled(qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    assert open_event_file(None) is None


def test_tab_leaves_the_date_field_and_arrows_still_edit_it(qtbot, tmp_path):
    """"Name, Tab, Tab, Köln" put Köln into the date (Tab went from day to month): Tab now moves on
    to the venue as in every other field; Shift+Tab goes back, arrows and digits edit the date."""
    dialog = make_dialog(qtbot, tmp_path)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    dialog.date_edit.setDate(QDate(2017, 3, 20))
    qtbot.waitUntil(lambda: dialog.name_edit.hasFocus())
    qtbot.keyClicks(dialog.name_edit, "Fachtag")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    assert dialog.date_edit.hasFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Up)  # the first section: day (German) or year (English)
    edited = dialog.date_edit.date()
    assert edited in (QDate(2017, 3, 21), QDate(2018, 3, 20))
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.venue_edit.hasFocus()
    qtbot.keyClicks(dialog.venue_edit, "Bonn")  # QTest types ASCII only
    assert dialog.venue_edit.text() == "Bonn" and dialog.date_edit.date() == edited
    qtbot.keyClick(dialog.venue_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.date_edit.hasFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.name_edit.hasFocus()
