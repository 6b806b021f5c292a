"""The activity list at common small window sizes: the participants column is whole and in view."""

from __future__ import annotations

from datetime import date

import pytest

from bygdeliv_desktop.ui.models.activity_table import PARTICIPANTS, TITLE, ActivityTableModel

COLUMN = next(n for n, (field, _) in enumerate(ActivityTableModel.COLUMNS) if field == PARTICIPANTS)


@pytest.mark.parametrize("size", [(1100, 720), (1366, 768), (1280, 800)])
def test_participants_column_is_whole_and_in_view(windows, qtbot, size):
    window = windows.open()
    services = windows.services
    store = services.stores.create({"name": "Testbutikken"})
    services.activities.add(store.id, {
        "date": date.today(), "kind_code": "quiz", "participants": 12345,
        "title": "Quiz med lang tittel om bygda, butikken og alt som har skjedd i år",
        "partners": "Bygdekvinnelaget, idrettslaget og skolen"})
    window.reload_stores(store.id)
    window.resize(*size)
    window.nav.setCurrentRow(window.pages.index(window.activities))
    qtbot.waitUntil(lambda: window.size().height() == size[1], timeout=3000)
    table = window.activities.table
    header = table.horizontalHeader()
    assert table.columnWidth(COLUMN) >= header.sectionSizeHint(COLUMN)
    assert table.columnWidth(COLUMN) >= table.sizeHintForColumn(COLUMN)  # "12345" fits
    left = header.sectionViewportPosition(COLUMN)
    assert left >= 0 and left + header.sectionSize(COLUMN) <= table.viewport().width(), (
        left, header.sectionSize(COLUMN), table.viewport().width())


def test_last_column_heading_is_whole_at_1366x768(windows, qtbot):
    window = windows.open()
    store = windows.services.stores.create({"name": "Testbutikken"})
    window.reload_stores(store.id)
    window.resize(1366, 768)
    window.nav.setCurrentRow(window.pages.index(window.activities))
    qtbot.waitUntil(lambda: window.size().height() == 768, timeout=3000)
    qtbot.wait(100)
    header = window.activities.table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionSize(last) >= header.sectionSizeHint(last)


@pytest.mark.parametrize("size", [(1100, 720), (1366, 768)])
def test_title_column_keeps_a_readable_width(windows, qtbot, size):
    window = windows.open()
    store = windows.services.stores.create({"name": "Testbutikken"})
    window.reload_stores(store.id)
    window.resize(*size)
    window.nav.setCurrentRow(window.pages.index(window.activities))
    qtbot.waitUntil(lambda: window.size().height() == size[1], timeout=3000)
    qtbot.wait(100)
    table = window.activities.table
    title = next(n for n, (field, _) in enumerate(ActivityTableModel.COLUMNS) if field == TITLE)
    assert table.columnWidth(title) >= table.fontMetrics().horizontalAdvance("Kaffeprat torsdag")
