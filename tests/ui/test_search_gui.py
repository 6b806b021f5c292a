"""Ctrl+F: type, Enter, and the record is shown on its page in its store."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from bygdeliv_desktop.ui.search_dialog import SearchDialog
from tests.ui.conftest import activate


def test_search_opens_the_activity_in_another_store(windows, qtbot, on_dialog):
    window = windows.open()
    first = window.services.stores.create({"name": "Joker Grue Finnskog"})
    second = window.services.stores.create({"name": "Coop Prix Lalm"})
    wanted = window.services.activities.add(second.id, {"date": dt.date(2024, 5, 1),
                                                        "kind_code": "quiz",
                                                        "title": "Strikkekafé med Sanitetslaget"})
    window.reload_stores(first.id)
    window.activities.search.setText("noe annet")  # a filter that would hide the hit

    def type_and_enter(dialog: SearchDialog) -> None:
        qtbot.keyClicks(dialog.field, "sanitets")
        qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=3000)
        qtbot.keyClick(dialog.field, Qt.Key_Return)

    handled = on_dialog(SearchDialog, type_and_enter)
    activate(qtbot, window)
    qtbot.keySequence(window, QKeySequence.Find)
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    qtbot.waitUntil(lambda: window.current_page() is window.activities, timeout=3000)
    assert window.current_store_id == second.id
    page = window.activities
    rows = page.table.selectionModel().selectedRows()
    assert [page.model.activity_id(r.row()) for r in rows] == [wanted.id]


def test_many_hits_say_only_the_first_are_shown(windows, qtbot):
    window = windows.open()
    store = window.services.stores.create({"name": "Joker Grue Finnskog"})
    for day in range(1, 61):
        window.services.activities.add(store.id, {"date": dt.date(2024, 1, 1) + dt.timedelta(days=day),
                                                  "kind_code": "quiz", "title": "Kaffeprat"})
    dialog = SearchDialog(window.services.database, "kaffeprat", window)
    qtbot.addWidget(dialog)
    assert dialog.results.count() == 50
    assert "første 50" in dialog.count.text()
    dialog.field.setText("kaffeprat 2")  # no such title: the count says so
    dialog.run()
    assert dialog.results.count() == 0 and dialog.count.text() == "0 treff"
