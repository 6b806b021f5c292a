"""Fylkesoversikt through the window: import a folder, sort, filter, export CSV and read it back."""

from __future__ import annotations

import csv
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.exchange.writer import export_file
from bygdeliv_desktop.services import AppServices
from tests.ui.conftest import activate

STORES = [("Joker Grue Finnskog", "3417", 2), ("Coop Prix Lalm", "3435", 5),
          ("Nærbutikken Svatsum", "3441", 1)]


def _inbox(tmp_path):
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    today = dt.date.today()
    for name, municipality, activities in STORES:
        services = AppServices.for_database(open_database(tmp_path / name / "db.sqlite3"))
        store = services.stores.create({"name": name, "municipality_code": municipality})
        for n in range(activities):
            services.activities.add(store.id, {"date": today - dt.timedelta(days=10 + n),
                                               "kind_code": "quiz", "title": f"Quiz {n}"})
        export_file(services.database, inbox / f"{name}.bygdeliv", [store.id])
        services.database.close()
    (inbox / "skadet.bygdeliv").write_bytes(b"not a zip")
    return inbox


def _column(page, key):
    return page.model.keys.index(key)


def _cells(page, key):
    column = _column(page, key)
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_county_page_imports_sorts_filters_and_exports(windows, qtbot, on_dialog, tmp_path):
    window = windows.open()
    page = window.county
    window.nav.setCurrentRow(window.pages.index(page))
    assert page.model.rowCount() == 0 and not page.csv_button.isEnabled()

    texts = []
    done = on_dialog(QMessageBox, lambda box: (texts.append(box.text()), box.accept()))
    page.import_folder(_inbox(tmp_path))
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert "Lest inn: 3" in texts[0] and "Avvist: 1" in texts[0] and "skadet.bygdeliv" in texts[0]
    assert _cells(page, "store") == sorted(name for name, _m, _a in STORES)

    # Sort by activities, most first, by clicking the header twice.
    header = page.view.horizontalHeader()
    activities = _column(page, "activities_12m")
    page.view.sortByColumn(activities, Qt.DescendingOrder)
    assert header.sortIndicatorSection() == activities
    assert _cells(page, "activities_12m") == ["5", "2", "1"]

    activate(qtbot, window)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "lalm")
    assert _cells(page, "store") == ["Coop Prix Lalm"]
    page.search.clear()
    page.municipality.setCurrentIndex(page.municipality.findText("3441 Gausdal"))
    assert _cells(page, "store") == ["Nærbutikken Svatsum"]
    page.municipality.setCurrentIndex(0)

    out = tmp_path / "tabell.csv"
    operation = page.write_table(out)
    qtbot.waitUntil(lambda: operation.done, timeout=10000)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == page.model.headers
    assert [line[0] for line in lines[1:]] == ["Coop Prix Lalm", "Joker Grue Finnskog",
                                               "Nærbutikken Svatsum"]  # the sorted view
    assert [line[activities] for line in lines[1:]] == ["5", "2", "1"]


def test_county_data_is_kept_apart_and_survives_a_restart(windows, qtbot, on_dialog, tmp_path):
    window = windows.open()
    done = on_dialog(QMessageBox, lambda box: box.accept())
    window.county.import_folder(_inbox(tmp_path))
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert window.services.stores.list_stores() == []  # not mixed into the store data
    windows.close()
    window = windows.open()
    window.nav.setCurrentRow(window.pages.index(window.county))
    assert window.county.model.rowCount() == 3
