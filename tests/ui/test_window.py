"""The main window around the desk: language switch, settings, start screen, events, error hook."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin import paths
from checkin.store import EventStore
from checkin.ui import app as app_module
from checkin.ui import banner as bn
from checkin.ui import main_window as mw
from checkin.ui.settings import Settings
from conftest import scan_keys


def values(window, **changes):
    current = {"station": window.settings.station, "language": window.settings.language,
               "sounds": window.settings.sounds, "text_size": window.settings.text_size}
    return {**current, **changes}


def test_language_switch_at_run_time_retranslates_the_window(window, monkeypatch):
    assert window.file_menu.title() == "&File"
    monkeypatch.setattr(mw.SettingsDialog, "ask", classmethod(lambda cls, parent, s: values(window, language="de")))
    QTest.keyClick(window.desk.search, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.file_menu.title() == "&Datei"
    assert window.edit_menu.title() == "&Bearbeiten"
    assert window.undo_action.text() == "Letzten Check-in &zurücknehmen"
    assert window.desk.search.accessibleName() == "Scannen oder suchen"
    assert window.desk.model.headerData(1, Qt.Orientation.Horizontal) == "Organisation"
    assert window.status_counts.text().startswith("Eingecheckt: 0 / 60")
    # Qt's own texts come from qtbase_de, installed first
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert Settings().language == "de"
    window.apply_settings(values(window, language="en"))
    assert window.file_menu.title() == "&File"
    assert window.desk.search.accessibleName() == "Scan or search"


def test_a_scan_in_german_speaks_german(window, plain, monkeypatch):
    window.apply_settings(values(window, language="de"))
    scan_keys(window.desk.search, plain[0].code)
    assert window.desk.banner.headline.startswith("Eingecheckt: ")


@pytest.mark.parametrize("language, text_size", [("de", 0), ("de", 16), ("en", 16)])
def test_the_status_column_shows_its_whole_text_in_each_language_and_size(window, plain, language, text_size):
    """German "nicht eingecheckt" was cut to "nicht …" where English fitted: the column now takes
    the width of its longest text, the organisation column gives way."""
    from PySide6.QtGui import QFontMetrics

    from checkin.ui.attendee_model import STATUS

    window.apply_settings(values(window, language=language, text_size=text_size or window.settings.text_size))
    window.desk.model.fetch_all()
    window.store.check_in(plain[0].id, "Empfang 2")
    window.desk.refresh()
    QApplication.processEvents()  # the new text size reaches the table
    table, model = window.desk.table, window.desk.model
    assert table.font().pointSize() == QApplication.font().pointSize()
    metrics = QFontMetrics(table.font())
    texts = {model.data(model.index(row, STATUS)) for row in range(model.rowCount())}
    assert len(texts) >= 2
    assert any("eingecheckt" in t or "checked in" in t or t.startswith("✓ ") for t in texts)
    widest = max(metrics.horizontalAdvance(t) for t in texts)
    assert table.columnWidth(STATUS) >= widest + 8
    assert table.columnWidth(STATUS) < widest + 80  # no wider than it needs


def test_a_list_too_narrow_for_names_and_organisations_keeps_the_names(window, plain, qtbot):
    """At 20 pt on a small screen the list showed "Müller, …" ten times (and the status "n"):
    the volunteer could not tell the Müllers apart. The organisation gives way (it is on the
    card) and the statuses shorten to a tick and the time."""
    from PySide6.QtGui import QFontMetrics

    from checkin.ui.attendee_model import NAME, ORGANISATION, STATUS, local_time

    window.desk.search.setText("")  # everyone
    window.store.check_in(plain[0].id, "Empfang 2")
    window.desk.refresh()
    window.desk.model.fetch_all()
    table, model = window.desk.table, window.desk.model
    window.apply_settings(values(window, text_size=11))
    QApplication.processEvents()
    assert not table.isColumnHidden(ORGANISATION) and not model.compact  # 11 pt: room for both
    window.apply_settings(values(window, text_size=20))
    QApplication.processEvents()
    assert table.isColumnHidden(ORGANISATION) and model.compact
    statuses = {model.data(model.index(row, STATUS)) for row in range(model.rowCount())}
    assert statuses <= {"–"} | {f"✓ {t}" for t in (local_time(a.checked_in_at) for a in
                                                    window.store.search("", limit=None) if a.checked_in)}
    names = [model.data(model.index(row, NAME)) for row in range(model.rowCount())]
    assert len(names) >= 20 and any(s.startswith("✓ ") for s in statuses)
    metrics = QFontMetrics(table.font())
    assert sum(metrics.horizontalAdvance(n) <= table.columnWidth(NAME) - 8 for n in names) >= len(names) * 0.8
    window.apply_settings(values(window, text_size=11))
    qtbot.waitUntil(lambda: not table.isColumnHidden(ORGANISATION) and not model.compact)  # once laid out


@pytest.mark.parametrize("width, height, size", [(1024, 640, 18), (1366, 740, 20)])
def test_large_text_on_a_small_screen_squashes_nothing(window, plain, width, height, size):
    """Large text on a laptop screen: the card's details scroll instead of being squashed to
    half a line each, status and note for the desk come first and stay in view, and the
    card's buttons (two a row) leave the result list room."""
    window.resize(width, height)
    window.apply_settings(values(window, language="de", text_size=size))
    window.desk.search.setText(plain[0].last_name)
    QApplication.processEvents()
    desk = window.desk
    assert desk.current is not None
    shown = [label for label in desk.card_values.values() if label.isVisible() and label.text()]
    assert len(shown) >= 5
    for label in shown:
        assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
    assert desk.table.width() >= 0.4 * desk.splitter.width()
    viewport = desk.card_details.viewport()
    for key in ("status", "note"):  # what the desk must see is in view without scrolling
        label = desk.card_values[key]
        bottom = label.mapTo(viewport, QPoint(0, label.height())).y()
        assert 0 < bottom <= viewport.height(), (key, bottom, viewport.height())


def test_settings_are_stored_and_applied_at_once(window, plain, db_path):
    window.apply_settings(values(window, station="Empfang Nord", sounds=False, text_size=16))
    again = Settings()
    assert (again.station, again.sounds, again.text_size) == ("Empfang Nord", False, 16)
    assert QApplication.font().pointSize() == 16  # the whole window scales with the text size
    assert window.desk.search.font().pointSizeF() > 16
    assert "Empfang Nord" in window.status_station.text()
    window.sounds.last_played = None
    scan_keys(window.desk.search, plain[0].code)
    with EventStore.open(db_path) as s:
        assert s.attendee(plain[0].id).station == "Empfang Nord"
    assert window.sounds.enabled is False


def test_settings_keep_preferences_apart_from_window_state(window):
    window.close()
    ini = (paths.data_dir() / "settings.ini").read_text(encoding="utf-8")
    assert "[preferences]" in ini and "[window]" in ini


def test_without_an_event_the_start_screen_offers_new_open_recent_and_demo(qtbot, restore_app_state):
    window = app_module.create_window(None)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.start
    assert window.windowTitle() == "checkin"
    assert not window.walk_in_action.isEnabled()
    window.start.demo_button.click()
    assert window.stack.currentWidget() is window.desk
    assert window.store.count() == 400
    assert paths.last_event() == paths.default_demo_path().resolve()
    window.close()


def test_the_last_event_opens_on_the_next_start(qtbot, demo_store, db_path, restore_app_state):
    paths.add_recent_event(db_path)
    window = app_module.create_window(None)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.desk
    assert demo_store.event.name in window.windowTitle()
    window.close()


def test_recent_events_are_listed_and_open_by_keyboard(qtbot, demo_store, db_path, tmp_path, restore_app_state):
    other = tmp_path / "other.db"
    with EventStore.open(other, create=True, event_name="Zweite Tagung"):
        pass
    paths.add_recent_event(db_path)
    paths.add_recent_event(other)
    (paths.data_dir() / "last_event").unlink()
    window = app_module.create_window(None)
    qtbot.addWidget(window)
    window.show()
    assert window.start.recent.count() == 2
    labels = [window.start.recent.item(i).text() for i in range(2)]
    assert labels[0].startswith("Zweite Tagung") and labels[0].endswith(str(other))
    assert labels[1].startswith("Integration vor Ort leben, ") and str(db_path) in labels[1]
    window.start.recent.setCurrentRow(1)
    QTest.keyClick(window.start.recent, Qt.Key.Key_Return)
    assert window.store.path == db_path
    window.close()


def test_a_bad_file_gives_one_sentence_and_keeps_the_start_screen(qtbot, tmp_path, monkeypatch, restore_app_state):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database", encoding="utf-8")
    shown = []
    monkeypatch.setattr(mw, "show_error", lambda parent, title, message: shown.append(message))
    window = app_module.create_window(bad)
    qtbot.addWidget(window)
    assert shown and "not a checkin event database" in shown[0]
    assert window.stack.currentWidget() is window.start
    window.close()


def test_new_event_opens_the_created_file(window, tmp_path, monkeypatch):
    from checkin.ui.dialogs import event_dialogs

    created = tmp_path / "neu.db"
    with EventStore.open(created, create=True, event_name="Neue Tagung", event_date="2026-05-04"):
        pass
    monkeypatch.setattr(event_dialogs.NewEventDialog, "ask", classmethod(lambda cls, parent: created))
    window.new_action.trigger()
    assert window.store.path == created
    assert window.windowTitle().startswith("checkin — Neue Tagung, ")
    assert window.desk.model.rowCount() == 0


def test_the_import_menu_opens_the_wizard_on_this_event(window, db_path, monkeypatch):
    called = []
    monkeypatch.setattr(mw, "run_import_wizard", lambda parent, path: called.append(path))
    assert window.import_action.isVisible() == mw.import_wizard_available()
    window.import_action.trigger()
    assert called == ([db_path] if mw.import_wizard_available() else [])


def test_an_import_in_the_window_is_preceded_by_a_checked_backup(window, db_path, monkeypatch):
    from checkin import backup

    before = len(backup.list_backups(db_path))
    monkeypatch.setattr(mw, "run_import_wizard", lambda parent, path: None)
    window.import_action.trigger()
    assert len(backup.list_backups(db_path)) == before + 1


def test_an_unexpected_error_is_logged_and_shown_as_a_sentence(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    try:
        raise ValueError("boom")
    except ValueError:
        app_module.excepthook(*sys.exc_info())
    log = (paths.data_dir() / "error.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ValueError: boom" in log
    assert len(shown) == 1 and "boom" in shown[0] and "Traceback" not in shown[0]


@pytest.mark.parametrize("lang, expected", [("de_DE.UTF-8", "de"), ("en_US.UTF-8", "en"), ("fr_FR.UTF-8", "en")])
def test_german_is_the_default_on_a_german_system(lang, expected, tmp_path):
    env = {"LANG": lang, "LC_ALL": lang, "LANGUAGE": "", "CHECKIN_HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", "from checkin.ui.settings import Settings; print(Settings().language)"],
        env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == expected, out.stderr


def test_merging_another_desks_copy_from_the_menu(window, plain, db_path, tmp_path, monkeypatch):
    from checkin import backup

    copy = tmp_path / "desk2.db"
    backup.backup_now(window.store, copy)
    with EventStore.open(copy) as desk2:
        desk2.check_in(plain[0].id, "Desk 2")
        desk2.check_in(plain[1].id, "Desk 2")
        desk2.add_walk_in("Ole", "Berg", "Desk 2")
    window.store.check_in(plain[1].id, "Desk 1")
    shown = []
    monkeypatch.setattr(mw, "choose_desk_copy", lambda parent: copy)
    monkeypatch.setattr(mw.QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text)))
    window.merge_action.trigger()
    assert len(shown) == 1 and "3 log entries, 1 walk-ins" in shown[0]
    assert "Checked in at both desks: 1 (" in shown[0] and plain[1].full_name in shown[0]
    assert window.store.attendee(plain[0].id).station == "Desk 2"
    assert window.status_counts.text().startswith("Checked in: 3 / 60")


def test_the_status_line_keeps_the_counts_after_the_purge(window):
    from checkin import privacy

    for attendee_id in (1, 2, 3):
        window.store.check_in(attendee_id, station="Test-Desk")
    window.update_status()
    assert "Checked in: 3 / 60" in window.status_counts.text()
    privacy.purge(window.store)
    window.update_status()
    assert "Checked in: 3 / 60" in window.status_counts.text()


def test_a_closed_event_says_so_and_takes_no_walk_in(window, monkeypatch):
    """After 'Close event and delete personal data' the desk said "Ready: scan a badge", and a
    walk-in could be typed in full before it was refused."""
    from checkin import privacy
    from checkin.ui import desk as desk_module

    privacy.purge(window.store)
    window.desk.set_store(window.store)  # as the purge action does
    assert window.desk.banner.headline == "This event is closed"
    asked = []
    monkeypatch.setattr(desk_module.WalkInDialog, "ask", classmethod(lambda cls, *a, **k: asked.append(1)))
    QTest.keyClick(window.desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and window.desk.banner.headline == "This event is closed"


@pytest.mark.parametrize("language, title, station", [
    ("de", "checkin — Integration vor Ort leben, 20.03.2017", "Empfang: Test-Desk"),
    ("en", "checkin — Integration vor Ort leben, 20/03/2017", "Station: Test-Desk"),
])
def test_the_title_has_a_four_digit_year_and_the_status_names_the_desk(window, language, title, station):
    """The German title showed "20.03.17", and the desk was "Platz" here but "Empfang" elsewhere."""
    window.apply_settings(values(window, language=language))
    assert window.windowTitle() == title
    assert window.status_station.text() == station


def test_german_calls_badges_namensschild_and_the_desk_empfang():
    """One word for each thing: not "Ausweis" beside "Namensschild", not "Platz" beside "Empfang"."""
    import re
    import xml.etree.ElementTree as ET

    from checkin.assets import resource

    root = ET.parse(resource("i18n", "checkin_de.ts")).getroot()
    texts = [t.text or "" for t in root.iter("translation")]
    texts += [f.text or "" for f in root.iter("numerusform")]
    assert len(texts) > 300
    assert [t for t in texts if re.search(r"Ausweis|\bPlatz", t)] == []


def test_a_file_dialog_reading_the_event_folder_cannot_cost_a_check_in(window, plain, db_path, monkeypatch):
    """Qt's file dialog opens the files of the folder it shows (the event file, its -wal and
    -shm) to tell their type, and closing them dropped the window's POSIX locks: a second
    window or `checkin stats` closing the event then deleted the WAL, and the desk's next
    check-ins, shown in green, went into the deleted file. While a file or print dialog is
    open, the window now holds no connection (checkin/ui/file_access.py)."""
    import subprocess
    import sys

    from PySide6.QtWidgets import QFileDialog

    from checkin.ui import export_dialog

    def like_qt(*args, **kwargs):
        for name in (db_path.name, db_path.name + "-wal", db_path.name + "-shm"):
            if (db_path.parent / name).exists():
                with open(db_path.parent / name, "rb") as f:  # what a MIME sniffer does
                    f.read(64)
        subprocess.run([sys.executable, "-m", "checkin", "--db", str(db_path), "stats"], check=True,
                       capture_output=True, timeout=60)  # another program opens and closes the event
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(like_qt))
    monkeypatch.setattr(export_dialog.ExportDialog, "ask",
                        classmethod(lambda cls, parent: {"choice": "xlsx", "checked_in_only": False}))
    scan_keys(window.desk.search, plain[0].code)
    window.export_action.trigger()  # File → Export…, cancelled in the file dialog
    assert not getattr(window.store, "is_released", False)  # connected again
    scan_keys(window.desk.search, plain[1].code)
    assert window.desk.banner.state == bn.CHECKED_IN
    assert db_path.with_name(db_path.name + "-wal").exists()
    out = subprocess.run([sys.executable, "-m", "checkin", "--db", str(db_path), "stats", "--json"],
                         capture_output=True, text=True, timeout=60).stdout
    assert '"checked_in": 2' in out, out  # both green check-ins are in the file for everyone


def test_the_badge_print_dialog_holds_no_connection_either(window, db_path, monkeypatch):
    """The print dialog's output-file field completes paths from the folder, reading its files:
    the event is released while it is open, like for a file dialog."""
    from checkin.ui import badge_print
    from checkin.ui import desk as desk_module

    seen = []
    monkeypatch.setattr(badge_print, "ask_printer", lambda parent, printer: seen.append(
        window.store.is_released) or False)  # cancelled
    monkeypatch.setattr(desk_module.WalkInDialog, "ask", classmethod(
        lambda cls, parent, types, **_: {"first_name": "Pia", "last_name": "Neu", "organisation": "",
                                         "organisation_type": "", "print_badge": True}))
    QTest.keyClick(window.desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()  # the print dialog comes after the green banner
    assert seen == [True] and not window.store.is_released
    assert window.store.search("pia neu")[0].checked_in


def test_settings_ok_keeps_another_windows_desk_name(window, monkeypatch):
    """Changing only the text size stored this window's station name for everyone: a second
    window started with CHECKIN_STATION="Empfang 2" then logged its check-ins as Empfang 1."""
    window.settings._q.remove("preferences/station")  # this window goes by the default name
    window.apply_settings(values(window, text_size=12))
    assert Settings()._q.value("preferences/station") is None  # nothing stored for the others
    window.apply_settings(values(window, station="Empfang Nord"))
    assert Settings().station == "Empfang Nord"


def test_the_german_card_says_spontangast(window, restore_app_state):
    window.apply_settings(values(window, language="de"))
    result = window.store.add_walk_in("Pia", "Neu", "Test-Desk")
    window.desk._show_card(result.attendee)
    assert window.desk.card_name.text() == "Pia Neu (Spontangast)"


@pytest.mark.parametrize("width, size", [(1100, 14), (1100, 16), (1024, 16), (900, 16)])
def test_the_status_column_stays_in_view_at_a_larger_text_size(window, plain, width, size):
    window.resize(width, 720)
    window.apply_settings(values(window, language="de", text_size=size))
    QApplication.processEvents()
    table = window.desk.table
    from checkin.ui.attendee_model import STATUS

    right = table.columnViewportPosition(STATUS) + table.columnWidth(STATUS)
    assert right <= table.viewport().width() + 1, (right, table.viewport().width())


@pytest.mark.parametrize("how", ["moved", "deleted"])
def test_an_event_file_moved_or_deleted_while_open_loses_no_green_check_in(
        window, plain, db_path, tmp_path, monkeypatch, how):
    """Moving the event file away (tidying folders, a sync tool, a pulled USB stick) left the
    desk writing green check-ins into a WAL at the old place: the file, wherever it went, had
    none of them. Now a write is refused in red, and within a second the window copies what its
    open connection still sees into a rescue copy, says where, and closes the event."""
    from checkin import backup

    shown = []
    monkeypatch.setattr(mw, "ask_go_on_with_copy",
                        lambda parent, title, text, copy: shown.append((title, text)) or how == "deleted")
    scan_keys(window.desk.search, plain[0].code)
    assert window.desk.banner.state == bn.CHECKED_IN
    if how == "moved":
        (tmp_path / "archive").mkdir()
        db_path.rename(tmp_path / "archive" / db_path.name)
    else:
        db_path.unlink()
    scan_keys(window.desk.search, plain[1].code)
    assert window.desk.banner.state == bn.UNKNOWN
    assert "moved, renamed or deleted" in window.desk.banner.accessibleDescription()
    window._watch_other_desks()  # the once-a-second watch
    [(title, text)] = shown
    [copy] = backup.rescue_dir().glob("*.db")
    assert title == "The event file is gone" and str(copy) in text and str(db_path) in text
    assert f"scan these badges again): {plain[1].code}" in text  # refused in red: named again
    if how == "moved":  # "Close": the start screen
        assert window.store is None and window.stack.currentWidget() is window.start
        with EventStore.open(copy) as rescued:
            assert [a.id for a in rescued.all_attendees() if a.checked_in_at] == [plain[0].id]
    else:  # "Go on with the copy": the desk, on the copy, with the check-in
        assert window.store.path == copy and window.stack.currentWidget() is window.desk
        assert [a.id for a in window.store.all_attendees() if a.checked_in_at] == [plain[0].id]


def test_an_event_file_gone_while_a_file_dialog_is_open_closes_the_event_with_a_word(
        window, plain, db_path, tmp_path, monkeypatch, qtbot, demo_store):
    """The window holds no connection while a file dialog is open (file_access): it could not
    open the event again after the file was moved meanwhile, and every later scan raised."""
    from PySide6.QtWidgets import QFileDialog

    from checkin.ui import export_dialog

    shown = []
    monkeypatch.setattr(mw, "ask_go_on_with_copy",
                        lambda parent, title, text, copy: shown.append((title, text, copy)) and False)

    def move_it_meanwhile(*args, **kwargs):
        db_path.rename(tmp_path / "elsewhere.db")
        return str(tmp_path / "attendance.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(move_it_meanwhile))
    monkeypatch.setattr(export_dialog.ExportDialog, "ask",
                        classmethod(lambda cls, parent: {"choice": "xlsx", "checked_in_only": False}))
    scan_keys(window.desk.search, plain[0].code)
    demo_store.close()  # only the window has the file open
    window.export_action.trigger()  # taken as cancelled: nothing is exported from a lost event
    qtbot.waitUntil(lambda: window.store is None)
    assert not (tmp_path / "attendance.xlsx").exists()
    [(title, text, copy)] = shown
    assert "saved in the file itself" in text and "was not done" in text and copy is None
    with EventStore.open(tmp_path / "elsewhere.db") as moved:
        assert moved.stats()["checked_in"] == 1


def test_a_badge_scanned_into_a_dialog_presses_nothing_there_and_is_checked_in_after_it(window, plain, qtbot):
    """A scan into Settings (the desk name selected) renamed the desk to the badge's code, and
    a scan into the restore dialog restored a backup: the scanner's Enter pressed the dialog's
    default button. Now the field keeps its text, the dialog stays open, and the badge is
    checked in once the dialog is closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    station = window.settings.station
    seen = {}

    def scan_into_the_dialog(tries=100):
        dialog = QApplication.activeModalWidget()
        if tries and (dialog is None or not dialog.focusWidget() or not dialog.focusWidget().hasFocus()):
            QTimer.singleShot(20, lambda: scan_into_the_dialog(tries - 1))  # the dialog is shown and focused
            return
        try:
            field = dialog.focusWidget()
            selected = field.selectedText() if isinstance(field, QLineEdit) else None
            seen["before"] = (type(field).__name__, selected)
            scan_keys(field, plain[0].code)
            seen["open"] = dialog.isVisible()
            seen["field"] = (field.text(), field.selectedText())
            seen["checked_in_meanwhile"] = window.store.attendee(plain[0].id).checked_in
        finally:
            dialog.reject()

    QTimer.singleShot(0, scan_into_the_dialog)
    window.settings_action.trigger()
    assert seen == {"before": ("QLineEdit", station), "open": True, "field": (station, station),
                    "checked_in_meanwhile": False}
    assert window.settings.station == station
    qtbot.waitUntil(lambda: window.desk.banner.state == bn.CHECKED_IN, timeout=3000)
    assert window.store.attendee(plain[0].id).checked_in


def test_a_copy_of_the_event_file_alone_holds_the_check_ins_within_a_second(window, plain, db_path, tmp_path):
    """Check-ins live in the -wal file until SQLite copies them into the event file: a desk's
    file copied to a USB stick while its window was open missed them, and the merge on the
    main laptop took in nothing. The window now writes them through on its 1-second watch."""
    import shutil

    scan_keys(window.desk.search, plain[0].code)
    scan_keys(window.desk.search, plain[1].code)
    window._watch_other_desks()  # the once-a-second watch
    stick = tmp_path / "stick"
    stick.mkdir()
    shutil.copy(db_path, stick / "desk2.db")  # the .db alone, as people copy it
    with EventStore.open(stick / "desk2.db") as copy:
        assert copy.stats()["checked_in"] == 2


def test_badges_waiting_when_the_event_file_goes_are_named_to_scan_again(window, noted, plain, db_path,
                                                                       tmp_path, monkeypatch):
    """A badge scanned behind a desk note waits for the note to be acknowledged; if the event
    file went away meanwhile, the queued badge was dropped without a word."""
    shown = []
    monkeypatch.setattr(mw, "ask_go_on_with_copy",
                        lambda parent, title, text, copy: shown.append(text) and False)
    scan_keys(window.desk.search, noted[0].code)
    assert window.desk.banner.state == bn.ATTENTION
    scan_keys(window.desk.search, plain[0].code)  # waits behind the note
    db_path.rename(tmp_path / "moved.db")
    window._watch_other_desks()
    [text] = shown
    assert f"scan these badges again): {plain[0].code}" in text


def test_several_badges_scanned_into_a_dialog_leave_none_unseen(window, plain, qtbot):
    """Three badges scanned into one dialog were checked in one after another once it closed;
    the banner flashed through them and only the last stayed: an 'already checked in' before
    it went unseen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window.store.check_in(plain[1].id, "Other desk")

    def scan_three(tries=100):
        dialog = QApplication.activeModalWidget()
        if tries and (dialog is None or not dialog.focusWidget() or not dialog.focusWidget().hasFocus()):
            QTimer.singleShot(20, lambda: scan_three(tries - 1))
            return
        try:
            for person in (plain[0], plain[1], plain[2]):
                scan_keys(dialog.focusWidget(), person.code)
        finally:
            dialog.reject()

    QTimer.singleShot(0, scan_three)
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: window.store.attendee(plain[2].id).checked_in, timeout=3000)
    assert window.desk.banner.state == bn.CHECKED_IN and plain[2].last_name in window.desk.banner.headline
    assert "Scanned before: Already checked in" in window.desk.banner.detail
    assert plain[1].last_name in window.desk.banner.detail


def test_a_badge_scanned_on_the_start_screen_is_answered(window, plain):
    window.close_event_file()
    scan_keys(window.start.new_button, plain[0].code)
    assert "open an event" in window.statusBar().currentMessage()


def test_a_badge_scanned_into_the_report_window_is_checked_in_at_once(window, plain, qtbot):
    """The report is a window of its own, not a modal dialog: a scan there pressed its default
    button and the guest was not checked in."""
    window.show_dashboard()
    dashboard = window.dashboard
    qtbot.waitUntil(dashboard.isVisible)
    dashboard.activateWindow()
    target = dashboard.focusWidget() or dashboard
    target.setFocus()
    qtbot.waitUntil(target.hasFocus, timeout=2000)
    scan_keys(target, plain[0].code)
    assert dashboard.isVisible()
    assert window.desk.banner.state == bn.CHECKED_IN and window.store.attendee(plain[0].id).checked_in
    dashboard.close()


def test_the_report_window_goes_with_its_event_and_is_not_opened_twice(window, qtbot):
    """The report window kept refreshing (every 30 s, and on a language change) an event that was
    closed (a restore, the file gone): 'Cannot operate on a closed database' in an error box.
    Each Ctrl+D opened one more, all of them refreshing."""
    window.show_dashboard()
    first = window.dashboard
    window.show_dashboard()
    assert window.dashboard is first and first.isVisible()
    first.close()
    assert not first.timer.isActive()  # hidden: no refreshes
    window.show_dashboard()
    assert window.dashboard is first and first.timer.isActive()
    store = window.store
    window.close_event_file()
    assert window.dashboard is None and not first.isVisible() and store.is_closed
    first.dashboard.refresh()  # what its timer or a language change would do: nothing, no error


def test_the_event_file_going_while_a_dialog_is_open_waits_for_the_dialog(window, db_path, tmp_path,
                                                                          monkeypatch, qtbot):
    """The once-a-second watch closed the event under an open walk-in form; when the form was
    sent, the desk went on with no event: an error box over the 'file is gone' box. Now the
    walk-in is refused in red, and the event is closed (with its rescue copy) after the form."""
    from PySide6.QtWidgets import QDialog

    from checkin.ui import desk as desk_module

    shown = []
    monkeypatch.setattr(mw, "ask_go_on_with_copy",
                        lambda parent, title, text, copy: shown.append(text) and False)

    def fill_in_while_the_file_goes(cls, parent, types, offer_badge=True):
        db_path.rename(tmp_path / "moved.db")
        blocker = QDialog(parent)  # a modal dialog open for a while, the watch ticking meanwhile
        blocker.setModal(True)
        blocker.show()
        qtbot.wait(1500)
        assert window.store is not None  # not closed under the dialog
        blocker.close()
        return {"first_name": "Wanda", "last_name": "Spontan", "organisation": "", "organisation_type": "",
                "print_badge": False}

    monkeypatch.setattr(desk_module.WalkInDialog, "ask", classmethod(fill_in_while_the_file_goes))
    window.desk.walk_in()
    assert window.desk.banner.state == bn.UNKNOWN and "Walk-in not saved" in window.desk.banner.headline
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)  # then the next tick: rescue copy and message
    assert window.store is None


def test_the_event_lost_during_the_badge_preview_save_closes_the_preview_too(window, db_path, tmp_path,
                                                                            monkeypatch, qtbot, demo_store):
    """Save as PDF in the badge preview: the file was moved while the save dialog held the
    event released, so it could not be opened again. The preview stayed open on the dead
    event, and every click in it was an error box."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from checkin.ui import badge_print

    demo_store.close()  # only the window has the file open
    shown = []
    monkeypatch.setattr(mw, "ask_go_on_with_copy",
                        lambda parent, title, text, copy: shown.append(text) and False)

    def move_it_meanwhile(*args, **kwargs):
        db_path.rename(tmp_path / "elsewhere.db")
        return str(tmp_path / "badges.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(move_it_meanwhile))
    seen = {}

    def save_in_the_preview(tries=100):
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, badge_print.BadgePreviewDialog):
            if tries:
                QTimer.singleShot(20, lambda: save_in_the_preview(tries - 1))
            return
        preview.save_as()
        seen["preview"] = preview

    QTimer.singleShot(0, save_in_the_preview)
    window.badge_menu.print_action.trigger()  # returns when the preview is closed
    assert not seen["preview"].isVisible() and window.store is None and len(shown) == 1
    assert not (tmp_path / "badges.pdf").exists()


def _with_code_starting(store, letter: str) -> str:
    """A new person whose badge code starts with ``letter``: the code a scanner types first."""
    from checkin import codes

    code = next(c for c in iter(lambda: codes.new_codes(1)[0], None) if c.startswith(letter))
    with store.transaction():
        store.insert_attendees([{"first_name": "Uta", "last_name": "Unger", "code": code}])
    return code


def _keys_into(menu, text: str, gap_ms: int, enter: bool) -> None:
    """Key presses stamped ``gap_ms`` apart into an open menu, where the keyboard's keys go."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    stamp = 5_000_000
    keys = [(Qt.Key(ord(c.upper())), c) for c in text] + ([(Qt.Key.Key_Return, "\r")] if enter else [])
    for key, char in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(stamp)
            QApplication.sendEvent(menu, event)
        stamp += gap_ms


def _mnemonic(action) -> str:
    return action.text().split("&")[1][0].upper()


def test_a_badge_scanned_into_an_open_menu_runs_no_menu_entry_and_is_checked_in(window, plain, qtbot):
    """An open menu runs the entry whose underlined letter is typed: a badge whose code began
    with U, scanned while the Edit menu was open, undid the last check-in ("Undo last check-in"),
    and with the German File menu open a B quit the app ("Beenden")."""
    scan_keys(window.desk.search, plain[0].code)
    assert window.store.attendee(plain[0].id).checked_in
    code = _with_code_starting(window.store, _mnemonic(window.undo_action))
    window.edit_menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(window.edit_menu.isVisible)
    _keys_into(window.edit_menu, code, gap_ms=5, enter=True)
    qtbot.wait(300)  # longer than a held-back letter waits
    assert not window.edit_menu.isVisible()
    assert window.store.attendee(plain[0].id).checked_in  # not undone
    assert window.store.attendee_by_code(code).checked_in
    assert window.desk.banner.state == bn.CHECKED_IN and "Unger" in window.desk.banner.headline


def test_a_letter_a_person_types_into_an_open_menu_still_chooses_its_entry(window, plain, qtbot):
    scan_keys(window.desk.search, plain[0].code)
    window.edit_menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(window.edit_menu.isVisible)
    _keys_into(window.edit_menu, _mnemonic(window.undo_action), gap_ms=5, enter=False)
    assert window.store.attendee(plain[0].id).checked_in  # held back for a moment...
    qtbot.waitUntil(lambda: not window.store.attendee(plain[0].id).checked_in, timeout=2000)  # ...then run
    assert not window.edit_menu.isVisible()


def test_f1_opens_the_desk_help_with_the_windows_own_keys_beside_the_desk(window, plain, qtbot):
    """A first-time volunteer found no help anywhere. F1 opens a page with the desk's jobs, the
    keys the menus really have and the banner's colours; it can stay open, and a badge scanned
    into it is checked in at once."""
    window.apply_settings(values(window, language="de"))
    QTest.keyClick(window.desk.search, Qt.Key.Key_F1)
    helper = window.help_window
    assert helper is not None and helper.isVisible() and not helper.isModal()
    text = helper.text.toPlainText()
    assert helper.windowTitle() == "Hilfe für den Empfang"
    for action in (window.walk_in_action, window.undo_action, window.edit_action, window.settings_action):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        name = action.text().replace("&", "").rstrip("…")
        assert f"{keys}\n{name}" in text or f"{keys}\t{name}" in text, (keys, name)
    assert "Spontangast" in text and "Am Empfang" in text
    QTest.keyClick(window.desk.search, Qt.Key.Key_F1)  # once more: the same window, not a second
    assert window.help_window is helper
    helper.activateWindow()
    qtbot.waitUntil(helper.isActiveWindow)
    scan_keys(helper.text, plain[0].code)
    qtbot.waitUntil(lambda: window.store.attendee(plain[0].id).checked_in, timeout=2000)


def test_a_file_name_typed_without_an_ending_gets_the_chosen_filters(window, monkeypatch, tmp_path):
    """Qt's own save dialog adds no ending: "badges" was saved as a PDF named "badges"."""
    from PySide6.QtWidgets import QFileDialog

    from checkin.ui import file_access

    typed = {"name": str(tmp_path / "badges")}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (typed["name"], "PDF files (*.pdf)")))
    assert file_access.save_file_name(window, "Save", "badges.pdf", "PDF files (*.pdf)")[0] == \
        str(tmp_path / "badges.pdf")
    typed["name"] = str(tmp_path / "liste.v2.PDF")  # an ending of its own: left as typed
    assert file_access.save_file_name(window, "Save", "", "PDF files (*.pdf)")[0] == typed["name"]
    typed["name"] = ""  # cancelled
    assert file_access.save_file_name(window, "Save", "", "PDF files (*.pdf)")[0] == ""
    # "badges" typed, and "badges.pdf" is there: the dialog asked about the one, not the other.
    from PySide6.QtWidgets import QMessageBox

    (tmp_path / "badges.pdf").write_bytes(b"%PDF- yesterday's")
    typed["name"] = str(tmp_path / "badges")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: answers.pop(0)))
    def chosen():
        return file_access.save_file_name(window, "Save", "", "PDF files (*.pdf)")[0]

    assert chosen() == "" and chosen() == str(tmp_path / "badges.pdf")


def test_a_letter_and_then_enter_typed_by_hand_into_a_menu_choose_the_letters_entry(window, plain, qtbot):
    """The letter is held back a moment; an Enter typed soon after it (slower than a scanner) went
    to the menu first and ran the highlighted entry, the held letter dropped."""
    scan_keys(window.desk.search, plain[0].code)
    window.edit_menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(window.edit_menu.isVisible)
    window.edit_menu.setActiveAction(window.undo_action)  # highlighted: Enter alone would undo
    window.desk.search.clearFocus()
    _keys_into(window.edit_menu, _mnemonic(window.search_action), gap_ms=80, enter=True)  # "Find", Enter
    qtbot.waitUntil(lambda: not window.edit_menu.isVisible())
    assert window.store.attendee(plain[0].id).checked_in  # not undone
    qtbot.waitUntil(window.desk.search.hasFocus)  # Find attendee ran
