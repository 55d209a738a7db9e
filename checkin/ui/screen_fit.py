"""Windows that fit the screen they open on: a 1024×768 laptop, or a 1366×768 one scaled by 1.5.

:func:`first_geometry` is where the main window opens without a saved size (maximised when
the screen is smaller than it wants); :func:`saved_geometry_fits` says whether a geometry
saved on another screen or scale can be used here; :class:`DialogFit`, an application
event filter, keeps every dialog inside the screen's free area when it is shown (dialogs
whose content is tall scroll it, so that they can be made that small).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

WINDOW_SIZE = QSize(1100, 720)  # the main window on a large screen
MIN_USEFUL = QSize(760, 520)  # a saved window smaller than this (on a larger screen) is not used
FRAME_ROOM = QSize(16, 48)  # the window manager's title bar and borders around a window


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The free area (without taskbars) of the screen ``widget`` is on, in logical pixels."""
    screen = None
    if widget is not None:
        screen = QGuiApplication.screenAt(widget.geometry().center()) or widget.screen()
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def room(available: QRect) -> QSize:
    """The largest window (without its frame) that fits in ``available``."""
    return QSize(max(available.width() - FRAME_ROOM.width(), 1),
                 max(available.height() - FRAME_ROOM.height(), 1))


def first_geometry(available: QRect, wanted: QSize = WINDOW_SIZE) -> tuple[QRect, bool]:
    """``(geometry, maximised)`` of a window opened without a saved size: ``wanted``, centred in
    ``available``; on a smaller screen maximised, with a normal geometry that fits.

    >>> first_geometry(QRect(0, 0, 1024, 740))
    (PySide6.QtCore.QRect(4, 14, 1008, 692), True)
    """
    size = wanted.boundedTo(room(available))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect, size != wanted


def saved_geometry_fits(geometry: QRect, available: QRect) -> bool:
    """Whether a window restored to ``geometry`` (without its frame) lies on the screen and is
    large enough to work in: not cut at an edge, and at least :data:`MIN_USEFUL` (or the
    screen's room, where that is smaller)."""
    if not available.adjusted(-8, -8, 8, 8).contains(geometry):
        return False
    least = MIN_USEFUL.boundedTo(room(available))
    return geometry.width() >= least.width() and geometry.height() >= least.height()


def fit_to_screen(window: QWidget) -> None:
    """Make ``window`` no larger than its screen's free area and move it inside (as far as its
    minimum size lets it)."""
    available = available_geometry(window)
    fits = room(available)
    if window.width() > fits.width() or window.height() > fits.height():
        window.resize(window.size().boundedTo(fits))
    frame = window.frameGeometry()
    extra = QSize(max(frame.width() - window.width(), 0), max(frame.height() - window.height(), 0))
    x = min(frame.x(), available.x() + available.width() - window.width() - extra.width())
    y = min(frame.y(), available.y() + available.height() - window.height() - extra.height())
    x, y = max(x, available.x()), max(y, available.y())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class DialogFit(QObject):
    """Installed on the application: every dialog is fitted to the screen as it is shown (the
    report, the badge preview or the import wizard would otherwise run off a small screen)."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and obj.isWindow():
            fit_to_screen(obj)
        return False
