"""The report dashboard in the window: the same figures and arrivals chart as the PDF report.

:class:`Dashboard` shows :func:`checkin.report.figures` (live, or the anonymous
counts after a purge): the totals, tables by organisation type and by
workshop, and :class:`ArrivalsChart`, the arrivals per 15 minutes drawn with
QPainter. :class:`DashboardDialog` wraps it with Refresh and "Save as PDF…".
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QScrollArea, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from checkin import report
from checkin.ui import file_access, i18n

REFRESH_MS = 30_000
BAR_COLOUR = QColor("#2b6cb0")


class ArrivalsChart(QWidget):
    """Bars of arrivals per 15-minute slot, with a value axis and time labels.

    Every slot from a day's first to its last arrival has its place (empty ones stay
    empty); days are separated by a gap and a line, and with ``show_dates`` each day's
    date is written under its first time label.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.arrivals: list = []
        self.show_dates = False
        self.empty_text = ""
        self._columns: list[int] = []  # the column of each slot (a gap column between days)
        self._days: list = []  # the local dates the arrivals fall on
        self.time_labels: list[str] = []  # the times written under the bars at the last paint
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 240)

    def set_arrivals(self, arrivals: list, show_dates: bool = False) -> None:
        self.arrivals = list(arrivals)
        self.show_dates = show_dates
        self._columns, self._days = [], []
        for day_index, (day, slots) in enumerate(report.arrival_days(self.arrivals)):
            first = len(self._columns) + day_index
            self._columns += range(first, first + len(slots))
            self._days.append(day)
        pattern = "%d.%m.%Y %H:%M" if show_dates else "%H:%M"
        self.setAccessibleDescription(", ".join(f"{t:{pattern}}: {n}" for t, n in self.arrivals))
        self.update()

    def day_labels(self) -> list[str]:
        """The dates written under the chart (one per day), or none."""
        if not self.show_dates:
            return []
        return [i18n.date_text(day.isoformat()) for day in self._days]

    def bar_rects(self) -> list[QRectF]:
        """Where the bars are drawn (one per slot), in widget coordinates."""
        plot = self._plot_area()
        if not self.arrivals:
            return []
        top = report.nice_step(max(n for _, n in self.arrivals))
        top_value = top * max(1, -(-max(n for _, n in self.arrivals) // top))
        slot = self._slot_width(plot)
        gap = min(4.0, slot * 0.2)
        return [QRectF(plot.left() + column * slot + gap / 2, plot.bottom() - plot.height() * n / top_value,
                       slot - gap, plot.height() * n / top_value)
                for column, (_, n) in zip(self._columns, self.arrivals)]

    def _slot_width(self, plot: QRectF) -> float:
        return min(plot.width() / (self._columns[-1] + 1), 48.0)  # a few arrivals: no fat bars

    def _plot_area(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("0000") + 12
        bottom = metrics.height() * 2 + 8
        return QRectF(left, 10, max(10, self.width() - left - 10), max(10, self.height() - bottom - 10))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.WindowText)
        plot = self._plot_area()
        if not self.arrivals:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        peak = max(n for _, n in self.arrivals)
        step = report.nice_step(peak)
        top_value = step * max(1, -(-peak // step))
        grid = QPen(QColor(text_colour))
        grid.setColor(QColor(128, 128, 128, 90))
        metrics = self.fontMetrics()
        value = 0
        while value <= top_value:
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(grid)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
            value += step
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR_COLOUR)
        for rect in self.bar_rects():
            painter.drawRect(rect)
        painter.setPen(text_colour)
        label_w = metrics.horizontalAdvance("00:00") + 8
        slot = self._slot_width(plot)
        every = next((n for n in report.LABEL_STEPS if n * slot >= label_w), report.LABEL_STEPS[-1])
        dates = iter(self.day_labels())
        previous = None
        labels: list[tuple[float, str]] = []  # (left edge, time) of the time labels kept so far
        for column, (t, _) in zip(self._columns, self.arrivals):
            x = plot.left() + column * slot
            new_day = t.date() != previous
            if previous is not None and new_day:  # a new day: a line in the gap
                painter.setPen(grid)
                painter.drawLine(int(x - slot / 2), int(plot.top()), int(x - slot / 2), int(plot.bottom()))
                painter.setPen(text_colour)
            if new_day:
                day_text = next(dates, "")
                if day_text:
                    painter.drawText(QRectF(x, plot.bottom() + 4 + metrics.height(),
                                            metrics.horizontalAdvance(day_text) + 4, metrics.height()),
                                     Qt.AlignmentFlag.AlignLeft, day_text)
            previous = t.date()
            if report.is_labelled(t, every) or new_day:
                left = min(x + slot / 2 - label_w / 2, self.width() - label_w)  # the last one stays whole
                if labels and left < labels[-1][0] + label_w:  # would touch the label before it
                    if not new_day:
                        continue
                    labels.pop()  # a day's first time wins over the last one of the day before
                labels.append((left, t.strftime("%H:%M")))
        self.time_labels = [text for _, text in labels]
        for left, text in labels:
            painter.drawText(QRectF(left, plot.bottom() + 4, label_w, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, text)


class Dashboard(QWidget):
    """Totals, tables by organisation type and by workshop, and the arrivals chart."""

    def __init__(self, store=None, parent=None):
        super().__init__(parent)
        self.store = store
        self.figures: report.Figures | None = None
        self.total_labels: dict[str, QLabel] = {}
        self.total_values: dict[str, QLabel] = {}
        self.totals_box = QGroupBox()
        grid = QGridLayout(self.totals_box)
        for row, key in enumerate(("registered", "attended", "walk_ins", "no_shows")):
            self.total_labels[key] = QLabel()
            value = QLabel("–")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = value.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.4)
            value.setFont(font)
            self.total_values[key] = value
            grid.addWidget(self.total_labels[key], row, 0)
            grid.addWidget(value, row, 1)
        self.type_table = self._table()
        self.workshop_table = self._table()
        self.type_box, self.workshop_box, self.chart_box = QGroupBox(), QGroupBox(), QGroupBox()
        QVBoxLayout(self.type_box).addWidget(self.type_table)
        QVBoxLayout(self.workshop_box).addWidget(self.workshop_table)
        self.chart = ArrivalsChart()
        QVBoxLayout(self.chart_box).addWidget(self.chart)
        self.purged_note = QLabel()
        self.purged_note.setWordWrap(True)
        self.purged_note.hide()
        top = QHBoxLayout()
        top.addWidget(self.totals_box, 1)
        top.addWidget(self.chart_box, 3)
        # The tables one above the other: side by side, four number columns with German headers
        # left the organisation types and workshops a few letters each.
        layout = QVBoxLayout(self)
        layout.addWidget(self.purged_note)
        layout.addLayout(top, 4)
        layout.addWidget(self.type_box, 3)
        layout.addWidget(self.workshop_box, 3)
        self.retranslate()
        if store is not None:
            self.refresh()

    @staticmethod
    def _table() -> QTableWidget:
        table = QTableWidget(0, 5)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def set_store(self, store) -> None:
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        """Recompute the figures from the event database and show them."""
        if self.store is None or self.store.is_released or self.store.is_closed:
            return  # (a file dialog holds the event released; the event was closed)
        self.figures = report.figures(self.store)
        total = self.figures.total
        for key in self.total_values:
            self.total_values[key].setText(str(getattr(total, key)))
        self._fill(self.type_table, self.figures.by_type)
        self._fill(self.workshop_table, self.figures.by_workshop)
        self.chart.set_arrivals(self.figures.arrivals, report.dates_shown(self.figures))
        self.purged_note.setVisible(bool(self.figures.purged_at))

    def _fill(self, table: QTableWidget, groups: list) -> None:
        table.setRowCount(len(groups))
        for row, group in enumerate(groups):
            name = QTableWidgetItem(group.key or self.tr("(not given)"))
            name.setToolTip(name.text())
            table.setItem(row, 0, name)
            values = (group.registered, group.attended, group.walk_ins, group.no_shows)
            for col, value in enumerate(values, 1):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)

    def retranslate(self) -> None:
        self.totals_box.setTitle(self.tr("Overview"))
        self.total_labels["registered"].setText(self.tr("Registered"))
        self.total_labels["attended"].setText(self.tr("Attended (all)"))
        self.total_labels["walk_ins"].setText(self.tr("of them walk-ins"))
        self.total_labels["no_shows"].setText(self.tr("No-shows"))
        self.type_box.setTitle(self.tr("By type of organisation"))
        self.workshop_box.setTitle(self.tr("By workshop"))
        self.chart_box.setTitle(self.tr("Arrivals per 15 minutes (local time)"))
        self.chart.empty_text = self.tr("No arrivals yet")
        self.purged_note.setText(self.tr("The personal data of this event was deleted; these are the "
                                         "anonymous counts kept for the report."))
        heads = [self.tr("Registered"), self.tr("Attended"), self.tr("Walk-ins"), self.tr("No-shows")]
        self.type_table.setHorizontalHeaderLabels([self.tr("Type of organisation"), *heads])
        self.workshop_table.setHorizontalHeaderLabels([self.tr("Workshop"), *heads])
        if self.figures is not None:
            self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


DIALOG_SIZE = QSize(1000, 820)  # on a large screen
FRAME_ROOM = QSize(16, 48)  # the window manager's title bar and borders around the dialog


def fitted_size(available: QSize, wanted: QSize = DIALOG_SIZE) -> QSize:
    """``wanted``, made smaller where the screen's free area (without the taskbar) is smaller, with
    room for the window frame: on a 1366×768 laptop the report window must not run off the screen."""
    return wanted.boundedTo(available - FRAME_ROOM)


class DashboardDialog(QDialog):
    """The dashboard in its own window, refreshed every 30 seconds while open; as large as
    :data:`DIALOG_SIZE`, or as the screen allows."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.dashboard = Dashboard(store)
        self.buttons = QDialogButtonBox()
        self.refresh_button = QPushButton()
        self.pdf_button = QPushButton()
        self.close_button = QPushButton()
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.refresh_button.clicked.connect(self.dashboard.refresh)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)
        # The figures scroll: on a small or scaled screen (1366×768 at 150 %) the dialog is
        # smaller than the tables and chart want, and its buttons stay in view.
        scroll = QScrollArea()
        scroll.setWidget(self.dashboard)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.dashboard.refresh)
        self.timer.start()
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        self.resize(fitted_size(screen.availableGeometry().size()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.close_button.setText(self.tr("&Close"))

    def save_pdf(self) -> None:
        path, _ = file_access.save_file_name(self, self.tr("Save report"), "bericht.pdf", "PDF (*.pdf)")
        if path:
            try:
                report.write_report(self.dashboard.store, path)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Report not saved"), str(exc))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.timer.stop()  # a closed report window stays alive (to be shown again): no refreshes
        super().hideEvent(event)

    @classmethod
    def show_for(cls, store, parent=None) -> "DashboardDialog":
        dialog = cls(store, parent)
        dialog.show()
        return dialog
