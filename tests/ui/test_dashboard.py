"""The dashboard shows the report's figures and chart; a screenshot is taken offscreen."""

from __future__ import annotations

import pytest

from checkin import privacy, report
from checkin.ui.dashboard import ArrivalsChart, Dashboard, DashboardDialog


@pytest.fixture
def busy_event(demo_store):
    ids = [a.id for a in demo_store.all_attendees(order="id")]
    with demo_store.transaction():
        for n, attendee_id in enumerate(ids[:24]):
            at = f"2017-03-20T08:{(n * 2) % 60:02d}:00.000Z"  # 09:00-09:46 Berlin
            uuid = demo_store._log(attendee_id, "check_in", "Empfang 1", at)
            demo_store.conn.execute("INSERT INTO presence VALUES (?, ?, ?, ?)",
                                    (attendee_id, uuid, at, "Empfang 1"))
    demo_store.undo(ids[0], station="Empfang 1")
    return demo_store


def table_rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_dashboard_shows_the_report_figures(qtbot, busy_event, tmp_path):
    board = Dashboard(busy_event)
    qtbot.addWidget(board)
    board.resize(1000, 640)
    board.show()
    qtbot.waitExposed(board)
    figs = report.figures(busy_event)
    assert board.total_values["registered"].text() == "60" == str(figs.total.registered)
    assert board.total_values["attended"].text() == "23"
    assert board.total_values["no_shows"].text() == "37"
    assert table_rows(board.type_table) == [
        [g.key or "(not given)", str(g.registered), str(g.attended), str(g.walk_ins), str(g.no_shows)]
        for g in figs.by_type]
    assert len(table_rows(board.workshop_table)) == len(figs.by_workshop)
    assert board.chart.arrivals == figs.arrivals
    assert [t.strftime("%H:%M") for t, _ in figs.arrivals] == ["09:00", "09:15", "09:30", "09:45"]
    rects = board.chart.bar_rects()
    heights = [r.height() for r in rects]
    counts = [n for _, n in figs.arrivals]
    assert len(rects) == 4 and heights.index(max(heights)) == counts.index(max(counts))
    board.grab().save(str(tmp_path / "dashboard.png"))
    image = board.chart.grab().toImage()
    bar = rects[1].center().toPoint()
    assert image.pixelColor(bar).name() == "#2b6cb0"  # the bar was painted

    busy_event.add_walk_in("Zoë", "Spontan", station="Empfang 2")
    board.refresh()
    assert board.total_values["walk_ins"].text() == "1" and board.total_values["attended"].text() == "24"


def test_dashboard_after_purge_and_empty_chart(qtbot, busy_event):
    before = report.figures(busy_event).to_json()["total"]
    privacy.purge(busy_event)
    board = Dashboard(busy_event)
    qtbot.addWidget(board)
    assert board.total_values["attended"].text() == str(before["attended"])
    assert not board.purged_note.isHidden()
    chart = ArrivalsChart()
    qtbot.addWidget(chart)
    chart.set_arrivals([])
    assert chart.bar_rects() == []
    chart.grab()  # paints the "no arrivals" text without failing


def test_dialog_refresh_button(qtbot, busy_event):
    dialog = DashboardDialog(busy_event)
    qtbot.addWidget(dialog)
    assert dialog.timer.isActive()
    busy_event.check_in([a.id for a in busy_event.all_attendees(order="id")][40], station="Empfang 1")
    dialog.refresh_button.click()
    assert dialog.dashboard.total_values["attended"].text() == "24"


def test_the_chart_keeps_empty_slots_and_separates_days(qtbot, store):
    with store.transaction():
        ids = store.insert_attendees([{"first_name": "X", "last_name": f"P{i}"} for i in range(3)])
        # Berlin: 20.03. 09:05 and 10:20, 22.03. 09:10
        for attendee_id, at in zip(ids, ["2017-03-20T08:05:00.000Z", "2017-03-20T09:20:00.000Z",
                                         "2017-03-22T08:10:00.000Z"]):
            uuid = store._log(attendee_id, "check_in", "Empfang 1", at)
            store.conn.execute("INSERT INTO presence VALUES (?, ?, ?, ?)",
                               (attendee_id, uuid, at, "Empfang 1"))
    store.set_event("Fachtag", "2017-03-20", "Dortmund")
    board = Dashboard(store)
    qtbot.addWidget(board)
    board.resize(1000, 640)
    board.show()
    qtbot.waitExposed(board)
    rects = board.chart.bar_rects()
    assert len(rects) == 7  # 09:00, 09:15, 09:30, 09:45, 10:00, 10:15 on the 20th; 09:00 on the 22nd
    assert [r.height() > 0 for r in rects] == [True, False, False, False, False, True, True]
    slot = rects[1].left() - rects[0].left()
    assert rects[6].left() - rects[5].left() > 1.5 * slot  # a gap between the days
    assert len(board.chart.day_labels()) == 2 and "2017" in board.chart.accessibleDescription()
    board.chart.grab()


def test_a_day_that_starts_next_to_the_day_before_keeps_its_first_time(qtbot, store):
    """Arrivals until 15:00 on the first day and from 08:00 on the second: the two labels sat on
    top of each other ("15:0008:00"). The second day's first time wins; the last label is whole."""
    with store.transaction():
        times = [f"2017-03-20T{h:02d}:{m:02d}:00.000Z" for h in range(7, 14) for m in (0, 30)]
        times += ["2017-03-21T07:00:00.000Z", "2017-03-21T07:40:00.000Z", "2017-03-21T08:05:00.000Z"]
        ids = store.insert_attendees([{"first_name": "X", "last_name": f"P{i}"} for i in range(len(times))])
        for attendee_id, at in zip(ids, times):
            uuid = store._log(attendee_id, "check_in", "Empfang 1", at)
            store.conn.execute("INSERT INTO presence VALUES (?, ?, ?, ?)",
                               (attendee_id, uuid, at, "Empfang 1"))
    board = Dashboard(store)
    qtbot.addWidget(board)
    board.resize(700, 600)
    board.show()
    qtbot.waitExposed(board)
    board.chart.grab()  # paints
    labels = board.chart.time_labels
    assert "08:00" in labels and labels.count("08:00") == 2, labels  # each day's start is written
    metrics = board.chart.fontMetrics()
    assert len(labels) * (metrics.horizontalAdvance("00:00") + 8) <= board.chart.width()  # none overlap
    rects = board.chart.bar_rects()
    assert rects[-1].right() <= board.chart.width()


def test_the_tables_leave_the_names_room(qtbot, busy_event, restore_app_state):
    """Side by side, the four number columns with their German headers took the room and left
    'Kommune' as 'Kom…'."""
    from checkin.ui import i18n

    i18n.install("de")  # (restore_app_state sets English back)
    dialog = DashboardDialog(busy_event)
    assert dialog.dashboard.type_table.horizontalHeaderItem(4).text() == "Nicht erschienen"
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for table in (dialog.dashboard.type_table, dialog.dashboard.workshop_table):
        names = [table.item(r, 0).text() for r in range(table.rowCount())]
        widest = max(table.fontMetrics().horizontalAdvance(n) for n in names if len(n) <= 30)
        assert table.columnWidth(0) >= widest, (names, table.columnWidth(0))
        assert table.horizontalScrollBar().maximum() == 0  # every number column in view


def test_the_report_window_fits_a_laptop_screen(qtbot, busy_event):
    """It opened at 1000×820, taller than a 1366×768 laptop's screen: now at most the free area."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QWidget

    from checkin.ui.dashboard import DIALOG_SIZE, fitted_size

    assert fitted_size(QSize(1366, 728)) == QSize(1000, 728 - 48)  # 768 less a 40 px taskbar
    assert fitted_size(QSize(1920, 1050)) == DIALOG_SIZE
    assert fitted_size(QSize(800, 600)) == QSize(800 - 16, 600 - 48)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = DashboardDialog(busy_event, parent)
    qtbot.addWidget(dialog)
    available = parent.screen().availableGeometry().size()  # the offscreen screen: 800×800
    assert available.height() < DIALOG_SIZE.height()
    assert dialog.size() == fitted_size(available)
