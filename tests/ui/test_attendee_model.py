"""The lazy result-list model: Qt's model tester, plain data() without a view, one-row updates."""

from __future__ import annotations

from PySide6.QtCore import Qt

from checkin.ui import attendee_model as am


def test_the_model_passes_qt_model_tester(qtmodeltester, demo_store):
    model = am.AttendeeModel(demo_store)
    model.set_query("")
    qtmodeltester.check(model)
    model.set_query("a")
    qtmodeltester.check(model)


def test_an_empty_model_passes_qt_model_tester(qtmodeltester, store):
    model = am.AttendeeModel(store)
    model.set_query("nobody-by-this-name")
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_data_without_a_view(demo_store):
    model = am.AttendeeModel(demo_store)
    model.set_query("")
    assert model.rowCount() == 60 and model.columnCount() == 3
    first = demo_store.search("", limit=1)[0]
    index = model.index(0, am.NAME)
    assert model.data(index) == f"{first.last_name}, {first.first_name}" + (f", {first.title}" if first.title else "")
    assert model.data(model.index(0, am.ORGANISATION)) == first.organisation
    assert model.data(model.index(0, am.STATUS)) == "not checked in"
    assert model.data(index, am.ATTENDEE_ID_ROLE) == first.id
    assert model.data(index, am.ATTENDEE_ROLE).code == first.code
    assert model.headerData(am.NAME, Qt.Orientation.Horizontal) == "Name"


def test_rows_are_fetched_lazily_in_blocks(demo_store, monkeypatch):
    model = am.AttendeeModel(demo_store)
    monkeypatch.setattr(am, "BLOCK", 10)
    model.set_query("")
    fetched = []
    original = demo_store.attendees_by_ids
    monkeypatch.setattr(demo_store, "attendees_by_ids", lambda ids: fetched.append(len(ids)) or original(ids))
    assert fetched == []  # a search holds ids only
    model.data(model.index(30, am.NAME))
    model.data(model.index(31, am.NAME))
    assert fetched == [10]  # one block, the neighbour came from the cache


def test_a_check_in_repaints_one_row_without_a_reset(qtbot, demo_store):
    model = am.AttendeeModel(demo_store)
    model.set_query("")
    target = model.attendee(5)
    demo_store.check_in(target.id, station="Desk")
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.refresh_attendee(target.id)
    top, bottom = signal.args[0], signal.args[1]
    assert top.row() == bottom.row() == 5
    assert resets == []
    assert model.data(model.index(5, am.STATUS)).startswith("✓ checked in")


def test_a_search_ranks_in_sql_and_folds_umlauts(demo_store):
    model = am.AttendeeModel(demo_store)
    person = next(a for a in demo_store.search("", limit=None) if a.last_name)
    model.set_query(person.last_name)
    assert person.id in [model.attendee_id(r) for r in range(model.rowCount())]


def test_a_big_search_is_read_page_by_page(qtmodeltester, demo_store, monkeypatch):
    monkeypatch.setattr(am, "PAGE", 7)
    model = am.AttendeeModel(demo_store)
    model.set_query("")
    assert model.rowCount() == 7 and model.canFetchMore()
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.fetchMore()
    assert model.rowCount() == 28 and inserted == [(7, 27)]
    model.fetch_all()
    assert model.rowCount() == 60 and not model.canFetchMore()
    assert [model.attendee_id(r) for r in range(60)] == demo_store.search_ids("", limit=None)
    model.set_query("")
    qtmodeltester.check(model)


def test_desk_times_are_german_time_whatever_zone_the_laptop_is_set_to(monkeypatch):
    """The desk showed 06:39 (the laptop's zone, UTC) where the exports, the report and the CLI
    said 07:39 for the same check-in."""
    import time

    from checkin.ui.attendee_model import local_time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert local_time("2017-03-20T08:15:00.000Z") == "09:15"   # CET
        assert local_time("2017-06-20T08:15:00.000Z") == "10:15"   # CEST
    finally:
        monkeypatch.undo()
        time.tzset()
