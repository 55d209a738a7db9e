"""The main window: menus, the start screen or the desk, and the status line with live counts.

Menus: File (new, open, recent events, import, merge another desk's copy,
export, restore a backup, close the event, quit), Edit (undo last check-in Ctrl+Z, walk-in Ctrl+N,
correct attendee, settings, admin PIN), Badges (from :mod:`checkin.ui.badge_print`),
View (the report dashboard). Admin actions ask for the event's PIN when one is
set (:func:`checkin.ui.admin.require_pin`). The open event is backed up every
few minutes (:mod:`checkin.ui.autobackup`). The title shows the event's name and
date. Without an event the start screen offers New, Open, Recent and the demo
event.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCursor, QFont, QIcon, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication, QDialog, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPushButton,
    QSizePolicy, QStackedWidget, QToolTip, QVBoxLayout, QWidget,
)

import checkin
from checkin import paths
from checkin.assets import resource
from checkin.store import EventStore, StoreError, peek_event
from checkin.ui import i18n
from checkin.ui.admin import require_pin
from checkin.ui.autobackup import AutoBackup
from checkin.ui.badge_print import BadgeMenu
from checkin.ui.desk import Desk
from checkin.ui.dialogs.settings_dialog import SettingsDialog
from checkin.ui.scanner import ScannerFilter
from checkin.ui.settings import Settings
from checkin.ui.sounds import Sounds
from checkin.ui import banner as bn
from checkin.ui import file_access, screen_fit

AFTER_DIALOG_POLL_MS = 250  # how soon a badge scanned into a dialog is checked in after it
STATS_INTERVAL_MS = 30_000  # "last 15 minutes" rolls on
WATCH_INTERVAL_MS = 1_000  # another desk on the same file committed: show it within a second


def show_error(parent, title: str, message: str) -> None:
    """One plain sentence in a message box (patched in tests)."""
    QMessageBox.warning(parent, title, message)


def ask_go_on_with_copy(parent, title: str, message: str, copy: Path | None) -> bool:
    """Say that the event file is gone; with a rescue ``copy``, offer to open it (the default,
    for a desk in a hurry). Patched in tests."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Close, parent)
    go_on = None
    if copy is not None:
        go_on = box.addButton(QCoreApplication.translate("MainWindow", "&Go on with the copy"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go_on)
    box.exec()
    return go_on is not None and box.clickedButton() is go_on


def recent_label(path: Path) -> str:
    """``Integration vor Ort leben, 20.03.2017 — /path/event.db`` for the recent-events lists."""
    event = peek_event(path)
    if event is None:
        return str(path)
    when = i18n.date_text(event.date)
    return f"{event.name}, {when} — {path}" if when else f"{event.name} — {path}"


def choose_desk_copy(parent) -> Path | None:
    """Ask for another desk's copy of the event, starting in the event's folder, where desk
    copies are made and brought back (patched in tests)."""
    store = getattr(parent, "store", None)
    folder = store.path.parent if store is not None else Path.home()
    path, _ = file_access.open_file_name(
        parent, QCoreApplication.translate("MainWindow", "Another desk's copy of this event"), str(folder),
        QCoreApplication.translate("MainWindow", "Event databases (*.db *.sqlite);;All files (*)"))
    return Path(path) if path else None


def import_wizard_available() -> bool:
    return importlib.util.find_spec("checkin.ui.dialogs.import_wizard") is not None


def run_import_wizard(parent, db_path: Path):
    """Open the import wizard if this build has it; its report, or ``None``."""
    from checkin.ui.dialogs.import_wizard import ImportWizard

    return ImportWizard.ask(parent, db_path)


class ElidedLabel(QLabel):
    """A status-line text that gives way in a narrow window: cut short with "…" (the whole text in
    its tooltip) instead of being drawn under the station name beside it."""

    def __init__(self):
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def shown_text(self) -> str:
        """The text as it fits the label's width now."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.shown_text())


class StartScreen(QWidget):
    """Shown when no event is open: New, Open, the recent events and the demo event."""

    def __init__(self, window: "MainWindow"):
        super().__init__()
        self.window_ = window
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(window.new_event)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(window.open_event_dialog)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(window.open_demo)
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(lambda item: window.open_event(Path(item.data(Qt.ItemDataRole.UserRole))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.heading)
        for button in (self.new_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        layout.addSpacing(16)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        self.retranslate()

    def refresh(self) -> None:
        self.recent.clear()
        for path in paths.recent_events():
            item = QListWidgetItem(recent_label(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to checkin"))
        self.new_button.setText(self.tr("&New event…"))
        self.open_button.setText(self.tr("&Open event…"))
        self.demo_button.setText(self.tr("Try the &demo event"))
        self.recent_label.setText(self.tr("&Recent events (Enter opens):"))
        self.recent.setAccessibleName(self.tr("Recent events"))


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings()
        self.store: EventStore | None = None
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self.sounds = Sounds(self, enabled=self.settings.sounds)
        self.desk = Desk(station=lambda: self.settings.station, sounds=self.sounds)
        self.desk.changed.connect(lambda: QTimer.singleShot(0, self.update_status))
        self.start = StartScreen(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.desk)
        self.setCentralWidget(self.stack)
        self._make_actions()
        self._make_menus()
        self.status_counts = ElidedLabel()
        self.status_station = QLabel()
        self.statusBar().addWidget(self.status_counts, 1)
        self.statusBar().addPermanentWidget(self.status_station)
        self.autobackup = AutoBackup(self)
        self.autobackup.failed.connect(self._backup_failed)
        self.dashboard = None  # the report window, once opened (View → Report)
        self.help_window = None  # Help → Desk help, while open
        self.scanner = ScannerFilter(self)
        self.scanner.scanned.connect(self._scanned)
        self.scanner.scanned_in_dialog.connect(self._scanned_in_dialog)
        self._scans_after_dialog: list[str] = []
        self.after_dialog_timer = QTimer(self)
        self.after_dialog_timer.setInterval(AFTER_DIALOG_POLL_MS)
        self.after_dialog_timer.timeout.connect(self._scan_after_dialog)
        QApplication.instance().installEventFilter(self.scanner)
        self.dialog_fit = screen_fit.DialogFit(self)
        QApplication.instance().installEventFilter(self.dialog_fit)
        self.stats_timer = QTimer(self)
        self.stats_timer.setInterval(STATS_INTERVAL_MS)
        self.stats_timer.timeout.connect(self.update_status)
        self.stats_timer.timeout.connect(self.desk.refresh)
        self.stats_timer.start()
        self._seen_version: int | None = None
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self._watch_other_desks)
        self.watch_timer.start()
        self._place_on_screen()
        if self.settings.splitter is not None:
            self.desk.splitter.restoreState(self.settings.splitter)
        self.retranslate()
        self.show_start()

    def _place_on_screen(self) -> None:
        """The saved geometry if it fits this screen, else 1100×720 centred, or maximised on a
        screen too small for that (a size saved on another screen or scale is not used)."""
        saved = self.settings.geometry
        if saved is not None and self.restoreGeometry(saved):
            if self.isMaximized() or screen_fit.saved_geometry_fits(
                    self.geometry(), screen_fit.available_geometry(self)):
                return
            self.setWindowState(Qt.WindowState.WindowNoState)
        geometry, maximised = screen_fit.first_geometry(screen_fit.available_geometry(self))
        self.setGeometry(geometry)
        if maximised:
            self.setWindowState(Qt.WindowState.WindowMaximized)

    # -- actions and menus ------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(slot, shortcut=None) -> QAction:
            act = QAction(self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            self.addAction(act)
            return act

        self.new_action = action(self.new_event, QKeySequence.StandardKey.New)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))  # Ctrl+N is the walk-in
        self.open_action = action(self.open_event_dialog, QKeySequence.StandardKey.Open)
        self.import_action = action(self.import_file, QKeySequence("Ctrl+I"))
        self.quit_action = action(self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = action(self.desk.undo_last, QKeySequence.StandardKey.Undo)
        self.walk_in_action = action(self.desk.walk_in, QKeySequence("Ctrl+N"))
        self.edit_action = action(self.desk.edit_current, QKeySequence("Ctrl+E"))
        self.settings_action = action(self.edit_settings, QKeySequence("Ctrl+,"))
        self.search_action = action(self.desk.focus_search, QKeySequence("Ctrl+F"))
        self.export_action = action(self.export, QKeySequence("Ctrl+Shift+E"))
        self.merge_action = action(self.merge_other_desk)
        self.restore_action = action(self.restore_backup)
        self.purge_action = action(self.purge_event)
        self.pin_action = action(self.set_admin_pin)
        self.dashboard_action = action(self.show_dashboard, QKeySequence("Ctrl+D"))
        self.help_action = action(self.show_help, QKeySequence("F1"))
        self.about_action = action(self.show_about)
        self.event_actions = (self.import_action, self.merge_action, self.undo_action, self.walk_in_action,
                              self.edit_action, self.export_action, self.restore_action, self.purge_action,
                              self.pin_action, self.dashboard_action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.merge_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addAction(self.purge_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        for act in (self.undo_action, self.walk_in_action, self.edit_action, self.search_action):
            self.edit_menu.addAction(act)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.edit_menu.addAction(self.pin_action)
        self.badge_menu = BadgeMenu(self)
        bar.addMenu(self.badge_menu)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.dashboard_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in paths.recent_events():
            act = self.recent_menu.addAction(recent_label(path))
            act.triggered.connect(lambda _checked=False, p=path: self.open_event(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.help_action.setText(self.tr("Desk &help"))
        self.about_action.setText(self.tr("&About checkin"))
        self.export_action.setText(self.tr("&Export…"))
        self.restore_action.setText(self.tr("Restore a &backup…"))
        self.purge_action.setText(self.tr("&Close event and delete personal data…"))
        self.pin_action.setText(self.tr("Admin &PIN…"))
        self.dashboard_action.setText(self.tr("&Report (dashboard)"))
        self.recent_menu.setTitle(self.tr("&Recent events"))
        self.new_action.setText(self.tr("&New event…"))
        self.open_action.setText(self.tr("&Open event…"))
        self.import_action.setText(self.tr("&Import registrations…"))
        self.merge_action.setText(self.tr("&Merge another desk's check-ins…"))
        self.import_action.setVisible(import_wizard_available())
        self.quit_action.setText(self.tr("&Quit"))
        self.undo_action.setText(self.tr("&Undo last check-in"))
        self.walk_in_action.setText(self.tr("&Walk-in…"))
        self.edit_action.setText(self.tr("&Correct attendee…"))
        self.search_action.setText(self.tr("&Find attendee"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.desk.retranslate()
        self.start.retranslate()
        self._update_title()
        self.update_status()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- events -----------------------------------------------------------------------------

    def show_start(self) -> None:
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        for act in self.event_actions:
            act.setEnabled(False)
        self.new_button_focus()

    def new_button_focus(self) -> None:
        (self.start.recent if self.start.recent.count() else self.start.new_button).setFocus()

    def open_event(self, path: Path) -> bool:
        """Open the event database at ``path`` and show the desk; ``False`` (and a message) if it can't be."""
        try:
            store = EventStore.open(path)
        except StoreError as exc:
            show_error(self, self.tr("Cannot open the event"), str(exc))
            return False
        old, self.store = self.store, store
        self._close_dashboard()
        self._seen_version = None
        file_access.set_event_store(store, on_lost=lambda reason: QTimer.singleShot(0, self._event_file_gone))
        paths.add_recent_event(path)
        self.desk.set_store(store)
        if old is not None:
            old.close()
        self.autobackup.set_event(store.path)
        self.badge_menu.refresh()
        self.stack.setCurrentWidget(self.desk)
        for act in self.event_actions:
            act.setEnabled(True)
        self._update_title()
        QTimer.singleShot(0, self.update_status)  # counts a moment later: the desk is usable first
        self.desk.focus_search()
        return True

    def new_event(self) -> None:
        from checkin.ui.dialogs.event_dialogs import NewEventDialog

        path = NewEventDialog.ask(self)
        if path is not None:
            self.open_event(Path(path))

    def open_event_dialog(self) -> None:
        from checkin.ui.dialogs.event_dialogs import open_event_file

        path = open_event_file(self)
        if path is not None:
            self.open_event(Path(path))

    def open_demo(self) -> None:
        path = paths.default_demo_path()
        if not path.exists():
            from checkin.demo import create_demo_event

            with EventStore.open(path, create=True) as store:
                create_demo_event(store, attendees=400)
        self.open_event(path)

    def close_event_file(self) -> None:
        """Close the open event (before a restore) and show the start screen."""
        self.autobackup.set_event(None)
        self._close_dashboard()
        if self.store is not None:
            self.desk.set_store(None)
            self.store.close()
            self.store = None
            file_access.set_event_store(None)
        self._update_title()
        self.update_status()
        self.show_start()

    def import_file(self) -> None:
        if self.store is None or not import_wizard_available():
            return
        if not require_pin(self, self.store, "import"):
            return
        from checkin.ui.admin import backup_before

        if not backup_before(self, self.store):
            return
        report = run_import_wizard(self, self.store.path)
        if report is not None:
            self.desk.set_store(self.store)  # new people: search again
            self.update_status()

    def merge_other_desk(self) -> None:
        """Take in the check-ins and walk-ins of another laptop's copy of this event."""
        from checkin.merge import merge_desk
        from checkin.ui.admin import backup_before

        if self.store is None or not require_pin(self, self.store, "import"):
            return
        path = choose_desk_copy(self)
        if path is None or not backup_before(self, self.store):
            return
        try:
            report = merge_desk(self.store, path)
        except StoreError as exc:
            show_error(self, self.tr("Cannot merge"), str(exc))
            return
        self.desk.set_store(self.store)
        self.update_status()
        lines = [self.tr("Taken in from the other desk: {events} log entries, {people} walk-ins. "
                         "{present} people are checked in now.").format(
            events=report.events_added, people=report.walk_ins_added, present=report.checked_in)]
        if report.checked_in_at_both:
            lines.append(self.tr("Checked in at both desks: {both} (each counts once, from the earlier "
                                 "check-in):").format(both=len(report.checked_in_at_both)))
            lines.append("; ".join(report.names_checked_in_at_both))
        if report.walk_in_namesakes:
            lines.append(self.tr("Walk-ins from the other desk with a name already in the event (the "
                                 "same person registered at both desks? then undo one check-in):"))
            lines.append("; ".join(report.walk_in_namesakes))
        QMessageBox.information(self, self.tr("Desks merged"), "\n".join(lines))

    def export(self) -> None:
        from checkin.ui.export_dialog import run_export

        run_export(self, self.store)
        self.desk.focus_search()

    def _close_dashboard(self) -> None:
        """Close the report window: it shows an event that is no longer the open one."""
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard.deleteLater()
            self.dashboard = None

    def show_dashboard(self) -> None:
        from checkin.ui.dashboard import DashboardDialog

        if self.store is None:
            return
        if self.dashboard is not None:  # one report window, brought to the front
            self.dashboard.dashboard.refresh()
            self.dashboard.show()
            self.dashboard.raise_()
            self.dashboard.activateWindow()
            return
        self.dashboard = DashboardDialog.show_for(self.store, self)

    def show_help(self) -> None:
        """The desk's help page (F1), beside the window; one at a time."""
        from checkin.ui.help import HelpDialog

        if self.help_window is None:
            self.help_window = HelpDialog([self.undo_action, self.walk_in_action, self.edit_action,
                                           self.search_action, self.settings_action, self.dashboard_action,
                                           self.help_action], self)
            self.help_window.destroyed.connect(lambda: setattr(self, "help_window", None))
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About checkin"), self.tr(
            "<b>checkin {version}</b><p>A check-in desk for conferences: scan or search, check in, "
            "walk-ins and undo; badges; attendance lists and figures afterwards. It works without a "
            "network; each event is one file on this computer.</p>").format(version=checkin.__version__))

    def restore_backup(self) -> None:
        from checkin.ui.admin import run_restore

        if self.store is None or not require_pin(self, self.store, "restore"):
            return
        self._pause_autobackup()
        try:
            run_restore(self, self.store.path, self.close_event_file, self.open_event)
        finally:
            if self.store is not None:
                self.autobackup.set_event(self.store.path)

    def _pause_autobackup(self) -> None:
        """No automatic backup may run while a purge or restore rewrites the file."""
        self.autobackup.stop()
        self.autobackup.wait()

    def purge_event(self) -> None:
        from checkin.ui.admin import run_purge

        if self.store is None:
            return
        self._pause_autobackup()
        try:
            purged = run_purge(self, self.store) is not None
        finally:
            self.autobackup.set_event(self.store.path)
        if purged:
            self.desk.set_store(self.store)  # nobody is left to search
            self.update_status()

    def set_admin_pin(self) -> None:
        from checkin import privacy
        from checkin.ui.admin import SetPinDialog

        if self.store is None or not require_pin(self, self.store, "pin"):
            return
        pin = SetPinDialog.ask(self)
        if pin is None:
            return
        try:
            privacy.set_pin(self.store, pin) if pin else privacy.clear_pin(self.store)
        except StoreError as exc:
            show_error(self, self.tr("PIN not changed"), str(exc))

    def _backup_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Automatic backup failed: {message}").format(message=message), 15_000)

    def _update_title(self) -> None:
        if self.store is None:
            self.setWindowTitle("checkin")
            return
        event = self.store.event
        when = i18n.date_text(event.date)
        self.setWindowTitle(f"checkin — {event.name}, {when}" if when else f"checkin — {event.name}")

    def _watch_other_desks(self) -> None:
        """Refresh statuses and counts as soon as another connection has written to the event;
        notice within a second when the event file went away (see :meth:`_event_file_gone`)."""
        if self.store is None or self.store.is_released:
            return
        if not self.store.in_place():
            # Not while a dialog is open: the code behind it goes on with the desk when it closes
            # (its writes are refused, in red); the next tick after it deals with the file.
            if QApplication.activeModalWidget() is None:
                self._event_file_gone()
            return
        try:
            self.store.write_through()  # a copy of the event file alone then holds every check-in
        except sqlite3.Error:
            pass  # another desk holds the file for a moment; the next tick tries again
        try:
            version = self.store.data_version()
        except sqlite3.Error:
            return  # the file is busy or gone for a moment; the next tick asks again
        if self._seen_version is not None and version != self._seen_version:
            self.update_status()
            self.desk.refresh()
        self._seen_version = version

    def _scanned_in_dialog(self, text: str, dialog: QWidget) -> None:
        """A badge scanned while a dialog was open (see scanner.py): its Enter pressed nothing
        there. The badge is checked in once no dialog is open any more; the dialog says so."""
        if self.store is None:
            self._say_near(dialog, self.tr("Badge scanned: open an event to check people in."))
            return
        if not dialog.isModal():  # a window of its own (the report): the desk answers at once
            self._say_near(dialog, self.tr("Badge scanned: the desk shows the result."))
            self._scanned(text)
            return
        self._scans_after_dialog.append(text)
        self._say_near(dialog, self.tr("Badge scanned: it is checked in when this window is closed."))
        self.after_dialog_timer.start()

    def _scanned(self, text: str) -> None:
        if self.store is None:  # the start screen: no banner to answer in
            self.statusBar().showMessage(self.tr("Badge scanned: open an event to check people in."), 8000)
            return
        self.desk.scan(text)

    @staticmethod
    def _say_near(dialog: QWidget, text: str) -> None:
        """A tooltip at the top of ``dialog``, away from the pointer (a tooltip that appears under
        the pointer is hidden at once)."""
        top = dialog.mapToGlobal(QPoint(24, 8))
        if QRect(top, QSize(dialog.width(), 60)).contains(QCursor.pos()):
            top = dialog.mapToGlobal(QPoint(24, max(dialog.height() - 40, 8)))
        QToolTip.showText(top, text, dialog)

    def _scan_after_dialog(self) -> None:
        """Check in the badges scanned into a dialog now that it is closed. When there were
        several, the banner shows the last; any earlier one that was not a plain green check-in
        (already in, unknown, another event's) is added to it as a line, so none goes unseen."""
        if QApplication.activeModalWidget() is not None:
            return
        if self.store is not None and self.store.is_released:
            return
        self.after_dialog_timer.stop()
        scans, self._scans_after_dialog = self._scans_after_dialog, []
        earlier = []
        for number, text in enumerate(scans):
            self.desk.scan(text)
            if number < len(scans) - 1 and self.desk.banner.state not in (bn.CHECKED_IN, bn.ATTENTION):
                earlier.append(f"{self.desk.banner.headline}: {self.desk.banner.detail}")
        for line in earlier:
            self.desk.banner.add_line(self.tr("Scanned before: {result}").format(result=line))

    def _event_file_gone(self) -> None:
        """The open event file was moved, renamed or deleted, or its drive removed. The desk
        already refuses to write (store.EventFileGone); while the window still holds the file
        open, every check-in it saw is copied out (backup.rescue), then the event is closed and
        the copy offered to go on with."""
        store = self.store
        if store is None:
            return
        if store.is_released:  # lost while a file dialog was open: the dialogs around it hold an
            for _ in range(10):  # event that cannot be opened again, and are cancelled
                modal = QApplication.activeModalWidget()
                if not isinstance(modal, QDialog):
                    break
                modal.reject()
        lines = [self.tr("{path} was moved, renamed or deleted while this window had it open, or its "
                         "drive was removed. Nobody can be checked in here until the event is open "
                         "again.").format(path=store.path)]
        copy = None
        if not store.is_released:
            from checkin import backup

            try:
                copy = backup.rescue(store)
            except StoreError as exc:
                lines.append(self.tr("A copy of the check-ins could not be saved: {error}").format(error=exc))
            else:
                lines.append(self.tr("Every check-in this window saw is saved in this copy:\n{copy}\n"
                                     "Go on with it: the moved file may lack the latest check-ins.")
                             .format(copy=copy))
        else:  # gone while a file dialog was open: the window had closed the file cleanly before
            lines.append(self.tr("Everything checked in before that is saved in the file itself. What "
                                 "the dialog was for (an export, a PDF, a print) was not done."))
        waiting = self.desk.pending_scans() + self._scans_after_dialog
        self._scans_after_dialog = []
        if waiting:
            lines.append(self.tr("Scanned but not checked in (scan these badges again): {codes}")
                         .format(codes=", ".join(waiting)))
        self.close_event_file()
        if ask_go_on_with_copy(self, self.tr("The event file is gone"), "\n\n".join(lines), copy):
            self.open_event(copy)

    def update_status(self) -> None:
        self.status_station.setText(self.tr("Station: {station}").format(station=self.settings.station))
        if self.store is None:
            self.status_counts.setText("")
            return
        if self.store.is_released:  # a file dialog is open (file_access); the counts wait
            return
        stats = self.store.stats()
        self.status_counts.setText(
            self.tr("Checked in: {checked_in} / {registered}   Walk-ins: {walk_ins}   "
                    "Last 15 min: {recent}").format(
                checked_in=stats["checked_in"], registered=stats["registered"],
                walk_ins=stats["walk_ins"], recent=stats["arrivals_last_15_min"]))

    # -- settings ---------------------------------------------------------------------------

    def edit_settings(self) -> None:
        if not require_pin(self, self.store, "settings"):
            return
        values = SettingsDialog.ask(self, self.settings)
        if values is not None:
            self.apply_settings(values)
        self.desk.focus_search()

    def apply_settings(self, values: dict) -> None:
        """Store and apply new preferences at once: language, text size, sounds, station."""
        language_changed = values["language"] != self.settings.language
        if values["station"].strip() != self.settings.station:
            # Stored only when changed: a second window started with its own $CHECKIN_STATION
            # must not take this one's name because text size or sounds were changed here.
            self.settings.station = values["station"]
        self.settings.language = values["language"]
        self.settings.sounds = values["sounds"]
        self.settings.text_size = values["text_size"]
        self.settings.sync()
        self.sounds.enabled = self.settings.sounds
        apply_text_size(self.settings.text_size)
        self.desk.rescale()
        if language_changed:
            apply_language(self.settings.language)  # LanguageChange -> retranslate()
        self.retranslate()

    def closeEvent(self, event) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter = self.desk.splitter.saveState()
        self.settings.sync()
        QApplication.instance().removeEventFilter(self.scanner)
        QApplication.instance().removeEventFilter(self.dialog_fit)
        self.stats_timer.stop()
        self.autobackup.set_event(None)
        if self.store is not None:
            self.desk.set_store(None)
            self.store.close()
            self.store = None
            file_access.set_event_store(None)
        super().closeEvent(event)


def apply_language(language: str) -> None:
    """Install Qt's and checkin's translators for ``language`` and make it the default locale."""
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English,
                               QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedKingdom))
    i18n.install(language)


def apply_text_size(points: int) -> None:
    """Scale the whole window: the application font, which every widget inherits."""
    app = QApplication.instance()
    font = QFont(app.font())
    font.setPointSize(points)
    app.setFont(font)
