"""The Oversikt charts at the default window size and at 1366x768 and 1100x720: the legend keeps
clear of the title, category names are whole, the month axis is not cut off."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF

from bygdeliv_desktop.ui.charts import BarChart, Series

CATEGORIES = ("Møteplass", "Velferd og tjenester", "Samarbeid og forankring", "Beredskap",
              "Tilgjengelighet og bærekraft")


def _all_parts_inside(chart: BarChart) -> None:
    parts = chart.parts()
    inside = QRectF(chart.rect()).adjusted(-0.5, -0.5, 0.5, 0.5)
    rects = [parts.title, parts.plot] + [r for pair in parts.legend for r in pair]
    rects += [rect for rect, _ in parts.labels]
    for rect in rects:
        assert inside.contains(rect), (chart.objectName(), rect, chart.rect())
    for swatch, name in parts.legend:
        assert not name.intersects(parts.title) and not swatch.intersects(parts.title), (
            chart.objectName(), "legend over the title")
    for rect, lines in parts.labels:
        assert not any(line.endswith("…") for line in lines), lines
        assert len(lines) * chart.fontMetrics().height() <= rect.height() + 1, (lines, rect)


def _store_with_figures(services):
    store = services.stores.create({"name": "Testbutikken"})
    today = date.today()
    for month in range(1, today.month + 1):
        services.activities.add(store.id, {"date": date(today.year, month, 1),
                                           "kind_code": "quiz", "title": "Quiz"})
    summary = services.assessments.create(store.id, {"assessor_role": "shopkeeper",
                                                     "assessor_name": "Kari"})
    for criterion in services.assessments.view(summary.id).catalogue.criteria():
        services.assessments.save_answer(summary.id, criterion.id, {"value": 1})
    return store


@pytest.mark.parametrize("size", [(1100, 720), (1366, 768), (1280, 800)])
def test_overview_charts_fit_at_common_window_sizes(windows, qtbot, size):
    window = windows.open()
    store = _store_with_figures(windows.services)
    window.reload_stores(store.id)
    window.resize(*size)
    window.nav.setCurrentRow(window.pages.index(window.overview))
    qtbot.waitUntil(lambda: window.size().height() == size[1], timeout=3000)
    qtbot.wait(100)  # the layouts settle after the resize
    page = window.overview
    for chart in (page.month_chart, page.category_chart):
        assert chart.labels  # there is something drawn
        assert chart.height() >= chart.minimumSizeHint().height()  # not squeezed
        _all_parts_inside(chart)
        # The whole chart is in view without scrolling at these sizes.
        assert chart.visibleRegion().boundingRect().size() == chart.size(), chart.objectName()


@pytest.mark.parametrize("width,height", [(240, 180), (356, 230), (520, 260), (900, 400)])
def test_charts_keep_everything_inside_at_small_sizes(app, qtbot, width, height):
    month = BarChart("Aktiviteter per måned")
    month.setObjectName("month")
    month.set_data(tuple(f"{m:02d}" for m in range(1, 13)),
                   (Series("2025", (1,) * 12), Series("2026", tuple(range(12)))))
    category = BarChart("Siste egenvurdering, poeng per kategori", horizontal=True)
    category.setObjectName("category")
    category.set_data(CATEGORIES, (Series("03.10.2026", (100, 83, 90, 88, 90)),),
                      maximum=100, suffix=" %")
    for chart in (month, category):
        qtbot.addWidget(chart)
        least = chart.minimumSizeHint()  # a layout never gives a widget less
        chart.resize(max(width, least.width()), max(height, least.height()))
        _all_parts_inside(chart)


def test_legend_moves_under_a_long_title_instead_of_over_it(app, qtbot):
    chart = BarChart("Siste egenvurdering, poeng per kategori", horizontal=True)
    qtbot.addWidget(chart)
    chart.set_data(CATEGORIES, (Series("03.10.2026", (100, 83, 90, 88, 90)),), maximum=100)
    chart.resize(900, 300)
    assert chart.parts().legend[0][1].top() == 0  # room beside the title: same line
    chart.resize(330, 300)
    assert chart.parts().legend[0][1].top() >= chart.parts().title.bottom()
