"""Main-window behaviour: unsaved-change prompt, store picker, archive, geometry, big lists."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import insert

from bygdeliv_desktop.domain.models import Activity, new_id, utc_now
from bygdeliv_desktop.ui.models.activity_table import ActivityTableModel


def _click_button(dialog, text: str) -> None:
    assert isinstance(dialog, QMessageBox)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text)
    button.click()


def test_leaving_profile_with_edits_asks_and_cancel_keeps_them(windows, qtbot, on_modal):
    window = windows.open()
    store = windows.services.stores.create({"name": "Butikk A"})
    window.reload_stores(store.id)
    window.nav.setCurrentRow(window.pages.index(window.profile))
    qtbot.keyClicks(window.profile.form.widget("chain"), "Joker")
    seen = []
    on_modal(lambda box: (seen.append(box.text()), _click_button(box, "Avbryt")))
    window.nav.setCurrentRow(window.pages.index(window.activities))
    assert seen and "ikke er lagret" in seen[0]
    assert window.current_page() is window.profile
    assert window.profile.form.widget("chain").text() == "Joker"
    assert windows.services.stores.get(store.id).chain == ""

    on_modal(lambda box: _click_button(box, "Lagre"))
    window.nav.setCurrentRow(window.pages.index(window.activities))
    assert window.current_page() is window.activities
    assert windows.services.stores.get(store.id).chain == "Joker"


def test_discard_throws_edits_away(windows, qtbot, on_modal):
    window = windows.open()
    store = windows.services.stores.create({"name": "Butikk A", "chain": "Coop"})
    window.reload_stores(store.id)
    window.nav.setCurrentRow(window.pages.index(window.profile))
    edit = window.profile.form.widget("chain")
    edit.selectAll()
    qtbot.keyClicks(edit, "Joker")
    on_modal(lambda box: _click_button(box, "Forkast endringene"))
    window.nav.setCurrentRow(0)
    assert window.current_page() is window.overview
    assert windows.services.stores.get(store.id).chain == "Coop"
    assert window.profile.form.widget("chain").text() == "Coop"


def test_archive_hides_store_and_show_archived_brings_it_back(windows, on_modal):
    window = windows.open()
    first = windows.services.stores.create({"name": "Alfa"})
    windows.services.stores.create({"name": "Beta"})
    window.reload_stores(first.id)
    on_modal(lambda box: _click_button(box, "Ja"))
    window.toggle_archive()
    names = [window.store_picker.itemText(i) for i in range(window.store_picker.count())]
    assert names == ["Beta"]
    window.show_archived.trigger()
    names = [window.store_picker.itemText(i) for i in range(window.store_picker.count())]
    assert any(name.startswith("Alfa") and "arkivert" in name for name in names)
    assert windows.services.stores.get(first.id).archived


def test_geometry_is_remembered(windows, settings):
    window = windows.open()
    window.resize(783, 557)  # inside the offscreen screen (800×600)
    windows.close()
    assert settings.value("window/geometry") is not None
    window = windows.open()
    assert (window.width(), window.height()) == (783, 557)


def _bulk_activities(services, store_id: str, count: int) -> None:
    now, start = utc_now(), date(2000, 1, 1)
    rows = [{"id": new_id(), "created_at": now, "updated_at": now, "version": 1,
             "store_id": store_id, "date": start + timedelta(days=i % 9000),
             "kind_code": "quiz", "title": f"Aktivitet {i}", "participants": i % 50,
             "target_groups": "everyone", "partners": "", "funding": "", "note": ""}
            for i in range(count)]
    with services.database.transaction() as session:
        session.execute(insert(Activity), rows)


def test_hundred_thousand_activities_are_listed_through_the_model_only(windows, qtbot):
    window = windows.open()
    store = windows.services.stores.create({"name": "Stor butikk"})
    _bulk_activities(windows.services, store.id, 100_000)
    page = window.activities
    calls = {"n": 0}
    original = ActivityTableModel.data

    def counting_data(model, index, role=Qt.DisplayRole):
        calls["n"] += 1
        return original(model, index, role)

    page.model.data = counting_data.__get__(page.model)
    window.reload_stores(store.id)
    window.nav.setCurrentRow(window.pages.index(page))
    page.year.setCurrentIndex(page.year.findData(None))  # "Alle år"
    qtbot.wait(50)
    assert page.model.rowCount() == 100_000
    # Only the rows on screen are ever asked for: no widget or item per row.
    assert calls["n"] < 100 * len(ActivityTableModel.COLUMNS) * 10
    assert page.table.indexWidget(page.model.index(0, 0)) is None
    # ... and only their blocks are read from the database.
    assert 0 < page.model.rows_in_memory() <= 1024
    page.table.sortByColumn(2, Qt.AscendingOrder)  # title
    first = page.model.index(0, 2).data()
    assert first == "Aktivitet 0"
    page.search.setText("Aktivitet 9999")
    assert page.model.rowCount() == 11  # 9999 and 99990..99999


def test_overview_charts_state_their_numbers(windows):
    import datetime as dt

    from bygdeliv_desktop.services.demo import create_demo_store

    window = windows.open()
    store = create_demo_store(window.services)
    window.reload_stores(store.id)
    page = window.overview
    page.refresh()
    today = dt.date.today()
    description = page.month_chart.accessibleDescription()
    assert f"{today.year}:" in description and f"{today.year - 1}:" in description
    this_year = [r for r in window.services.activities.list_rows(store.id)
                 if r.date.year == today.year and r.date.month == 1]
    assert f"01 {len(this_year)}" in description.split(f"{today.year}:")[1]
    assert "%" in page.category_chart.accessibleDescription()
    assert "Ingen signerte sammendrag" in page.report_line.text()
    assert not page.sent_button.isEnabled()
