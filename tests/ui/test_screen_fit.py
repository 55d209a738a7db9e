"""The window and its dialogs fit small and scaled screens (1024×768; 1366×768 at 150 %), and the
status line gives way in a narrow window instead of writing one text over another."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from checkin.ui import screen_fit

LAPTOP = QRect(0, 0, 1024, 740)  # 1024×768 with a taskbar
SCALED = QRect(0, 0, 910, 512)  # 1366×768 at QT_SCALE_FACTOR=1.5, in logical pixels
LARGE = QRect(0, 0, 1920, 1040)


def test_the_first_size_is_limited_to_the_screen():
    geometry, maximised = screen_fit.first_geometry(LARGE)
    assert geometry.size() == screen_fit.WINDOW_SIZE and not maximised
    assert LARGE.contains(geometry) and geometry.center() == LARGE.center()
    for small in (LAPTOP, SCALED):
        geometry, maximised = screen_fit.first_geometry(small)
        assert maximised and small.contains(geometry)


def test_a_saved_geometry_from_another_screen_is_not_used():
    assert screen_fit.saved_geometry_fits(QRect(100, 80, 1100, 720), LARGE)
    assert not screen_fit.saved_geometry_fits(QRect(0, 0, 1650, 1080), SCALED)  # larger than the screen
    assert not screen_fit.saved_geometry_fits(QRect(700, 300, 1000, 700), LARGE.adjusted(0, 0, -600, 0))
    assert not screen_fit.saved_geometry_fits(QRect(0, 0, 537, 512), LAPTOP)  # too small to work in
    assert screen_fit.saved_geometry_fits(QRect(0, 0, 894, 464), SCALED)  # as large as that screen allows


def make_window(qtbot, db_path, settings):
    from checkin.ui.app import create_window

    window = create_window(db_path, settings)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("screen", [LAPTOP, SCALED])
def test_without_a_saved_size_the_window_opens_maximised_on_a_small_screen(
        qtbot, demo_store, db_path, restore_app_state, monkeypatch, screen):
    from checkin.ui.settings import Settings

    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget=None: screen)
    window = make_window(qtbot, db_path, Settings())
    assert window.isMaximized()
    assert screen.contains(window.normalGeometry()) or screen.contains(window.geometry())
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.minimumSizeHint().height() <= screen.height()
    window.close()


def test_a_saved_geometry_too_large_for_this_screen_falls_back(qtbot, demo_store, db_path, restore_app_state,
                                                               monkeypatch):
    from checkin.ui.settings import Settings

    settings = Settings()
    big = make_window(qtbot, db_path, settings)
    big.setGeometry(QRect(0, 0, 1650, 1080))
    settings.geometry = big.saveGeometry()
    big.close()
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget=None: SCALED)
    window = make_window(qtbot, db_path, settings)
    assert window.isMaximized() and SCALED.contains(window.geometry())
    window.close()


def test_a_saved_geometry_that_fits_is_used(qtbot, demo_store, db_path, restore_app_state, monkeypatch):
    from checkin.ui.settings import Settings

    settings = Settings()
    first = make_window(qtbot, db_path, settings)
    first.setGeometry(QRect(10, 40, 770, 600))  # inside the offscreen screen (800×800)
    settings.geometry = first.saveGeometry()
    first.close()
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget=None: LARGE)
    window = make_window(qtbot, db_path, settings)
    assert not window.isMaximized() and window.geometry().size() == QSize(770, 600)
    window.close()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_status_line_texts_do_not_overlap_in_a_narrow_window(window, qtbot, language):
    window.apply_settings({"station": "Empfang Eingang Nord", "language": language, "sounds": False,
                           "text_size": window.settings.text_size})
    window.showNormal()
    window.resize(537, 512)
    qtbot.waitUntil(lambda: window.width() == 537)
    QApplication.processEvents()
    counts, station = window.status_counts, window.status_station
    assert counts.geometry().right() < station.geometry().left()
    assert station.width() >= station.sizeHint().width()  # the station is never cut
    assert counts.shown_text().endswith("…") and counts.toolTip() == counts.text()
    assert counts.fontMetrics().horizontalAdvance(counts.shown_text()) <= counts.contentsRect().width()


@pytest.mark.parametrize("screen", [LAPTOP, SCALED])
@pytest.mark.parametrize("language", ["de", "en"])
def test_no_dialog_is_larger_than_the_screen(window, plain, monkeypatch, qtbot, tmp_path, screen, language):
    from checkin.ui.admin import PinDialog, PurgeDialog, RestoreDialog, SetPinDialog
    from checkin.ui.badge_print import BadgePreviewDialog
    from checkin.ui.dashboard import DashboardDialog
    from checkin.ui.dialogs.edit_attendee import EditAttendeeDialog
    from checkin.ui.dialogs.event_dialogs import NewEventDialog
    from checkin.ui.dialogs.import_wizard import ImportWizard
    from checkin.ui.dialogs.settings_dialog import SettingsDialog
    from checkin.ui.dialogs.undo_reason import UndoReasonDialog
    from checkin.ui.dialogs.walk_in import WalkInDialog
    from checkin.ui.export_dialog import ExportDialog

    window.apply_settings({"station": window.settings.station, "language": language,
                           "sounds": False, "text_size": window.settings.text_size})
    QApplication.processEvents()
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget=None: screen)
    store = window.store
    makers = {
        "walk-in": lambda: WalkInDialog(None, ["Kommune"]),
        "correction": lambda: EditAttendeeDialog(None, plain[0]),
        "undo reason": lambda: UndoReasonDialog(None, plain[0].full_name),
        "settings": lambda: SettingsDialog(None, window.settings),
        "new event": lambda: NewEventDialog(None, tmp_path),
        "export": lambda: ExportDialog(None),
        "pin": lambda: PinDialog(store),
        "set pin": lambda: SetPinDialog(),
        "purge": lambda: PurgeDialog(),
        "restore": lambda: RestoreDialog(store.path),
        "badges": lambda: BadgePreviewDialog(store, None, window.settings.station),
        "report": lambda: DashboardDialog(store, window),
        "import": lambda: ImportWizard(store.path),
    }
    too_large = {}
    for name, make in makers.items():
        dialog = make()
        dialog.show()
        QApplication.processEvents()
        fits = screen_fit.room(screen)
        if dialog.width() > fits.width() or dialog.height() > fits.height() or not screen.contains(
                dialog.frameGeometry()):
            too_large[name] = (dialog.width(), dialog.height(), dialog.minimumSizeHint())
        dialog.hide()
        shiboken6.delete(dialog)
    assert too_large == {}
