"""The questionnaire at small window sizes, and the marks in its criteria tree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE


def _open(windows, size, answers=None):
    """A store with a draft assessment, answered as ``answers`` says (index -> value)."""
    window = windows.open()
    services = windows.services
    store = services.stores.create({"name": "Testbutikken"})
    window.reload_stores(store.id)
    summary = services.assessments.create(store.id, {"assessor_role": "shopkeeper",
                                                     "assessor_name": "Kari"})
    criteria = services.assessments.view(summary.id).catalogue.criteria()
    for index, value in (answers or {}).items():
        services.assessments.save_answer(summary.id, criteria[index].id, {"value": value})
    window.resize(*size)
    window.nav.setCurrentRow(window.pages.index(window.assessment))
    window.assessment.open_assessment(summary.id)
    return window, window.assessment.questionnaire, criteria


def _fully_visible(widget) -> bool:
    """Shown and not clipped by a scroll area or the window edge."""
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


@pytest.mark.parametrize("size", [(1100, 720), (1366, 768)])
def test_navigation_buttons_are_visible_without_scrolling(windows, qtbot, size):
    window, questionnaire, _ = _open(windows, size)
    qtbot.waitUntil(lambda: window.size().height() == size[1], timeout=3000)
    for button in (questionnaire.previous_button, questionnaire.next_button,
                   questionnaire.action_button, questionnaire.back_button):
        assert _fully_visible(button), button.text()
    # And they stay so while moving through the criteria.
    questionnaire.next_button.click()
    assert _fully_visible(questionnaire.next_button)


def _row_for(questionnaire, criterion_id):
    model = questionnaire.model
    for row in range(model.rowCount()):
        parent = model.item(row)
        for child_row in range(parent.rowCount()):
            child = parent.child(child_row)
            if child.data(Qt.UserRole + 1) == criterion_id:
                return child
    raise AssertionError(criterion_id)


def test_tree_marks_tell_met_partly_not_met_and_unanswered_apart(windows):
    # criteria[0..3]: met, partly, not met, not applicable; criteria[4] left unanswered.
    _, questionnaire, criteria = _open(windows, (1280, 800),
                                       {0: 2, 1: 1, 2: 0, 3: NOT_APPLICABLE})
    items = [_row_for(questionnaire, c.id) for c in criteria[:5]]
    marks = [item.text().split(criteria[n].id)[0].strip() for n, item in enumerate(items)]
    assert marks[0] == "✓"
    assert marks[2] == "✗"
    assert marks[4] == ""  # unanswered: no mark at all
    assert len(set(marks)) == 5, marks
    # Not only symbols: the tooltip says it in words.
    assert "Ikke oppfylt" in items[2].toolTip()
    assert "Delvis oppfylt" in items[1].toolTip()
    assert "ikke besvart" in items[4].toolTip().lower()
    assert criteria[2].title.get() in items[2].toolTip()  # the whole title, never cut short


def test_tree_shows_whole_criterion_titles_at_1100x720(windows, qtbot):
    window, questionnaire, criteria = _open(windows, (1100, 720))
    qtbot.waitUntil(lambda: window.size().height() == 720, timeout=3000)
    qtbot.wait(100)  # the tree lays its rows out again after a resize
    tree = questionnaire.tree
    metrics = tree.fontMetrics()
    wrapped = 0
    for criterion in criteria:
        index = _row_for(questionnaire, criterion.id).index()
        rect = tree.visualRect(index)
        if metrics.horizontalAdvance(index.data()) > rect.width():
            # Too long for one line: the row is at least two lines high, so nothing is cut.
            assert rect.height() >= 2 * metrics.lineSpacing(), (criterion.id, rect)
            wrapped += 1
    assert wrapped  # the catalogue has long titles, so the check above did run
