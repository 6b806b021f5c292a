"""The activity table model on a real database: Qt's model checks, a selection that follows its
activity through a re-sort, and the counts the page shows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from bygdeliv_desktop.ui.models.activity_table import ActivityTableModel


@pytest.fixture
def model(qapp, services, store):
    for number, title in enumerate(["Øl og prat", "Quiz", "Årsmøte", "Bygdekveld", "Ølsmaking"]):
        services.activities.add(store.id, {
            "date": date(2025, 1, 1) + timedelta(days=number * 40), "kind_code": "quiz",
            "title": title, "participants": number * 3, "target_groups": ["elderly"]})
    services.activities.add(store.id, {"date": date(2024, 6, 1), "kind_code": "market",
                                       "title": "Marknad", "participants": 50})
    model = ActivityTableModel(services.activities, language="nb")
    model.set_filter(store.id, year=2025)
    return model


def titles(model) -> list[str]:
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def test_model_passes_qt_model_checks_while_filtered_and_sorted(model, qtmodeltester):
    qtmodeltester.check(model)
    model.sort(2, Qt.AscendingOrder)
    model.set_text_filter("øl")
    qtmodeltester.check(model)
    assert titles(model) == ["Øl og prat", "Ølsmaking"]


def test_selection_follows_its_activity_when_the_order_changes(model, qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.DescendingOrder)
    row = titles(model).index("Bygdekveld")
    chosen = model.activity_id(row)
    view.selectionModel().select(model.index(row, 0),
                                 QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    view.sortByColumn(2, Qt.AscendingOrder)
    assert titles(model) == ["Bygdekveld", "Quiz", "Øl og prat", "Ølsmaking", "Årsmøte"]
    [selected] = view.selectionModel().selectedRows()
    assert model.activity_id(selected.row()) == chosen
    view.sortByColumn(3, Qt.DescendingOrder)  # participants
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == ["12", "9", "6", "3", "0"]
    [selected] = view.selectionModel().selectedRows()
    assert model.activity_id(selected.row()) == chosen


def test_counts_before_and_after_the_text_filter(model, store):
    assert (model.rowCount(), model.total_count()) == (5, 5)
    model.set_text_filter("  quiz ")  # also the kind's label: all five are quizzes
    assert (model.rowCount(), model.total_count()) == (5, 5)
    model.set_text_filter("møte")
    assert (model.rowCount(), model.total_count()) == (1, 5)
    model.set_filter(store.id, year=None)  # the text stays while the year changes
    assert (model.rowCount(), model.total_count()) == (1, 6)
    model.set_filter(None)
    assert (model.rowCount(), model.total_count()) == (0, 0)
    assert model.row_of("anything") == -1
