"""Bar charts for the summary (reportlab graphics), drawn with the embedded font only."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from bygdeliv_desktop.report.data import CategoryScore, CountLine
from bygdeliv_desktop.fonts import REGULAR

BAR = colors.HexColor("#2E6B4F")
BAR_PREVIOUS = colors.HexColor("#B7C9BE")


def _drawing(width: float, height: float) -> Drawing:
    # Without an initial font the renderer selects Helvetica, an unembedded font PDF/A refuses.
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=7)


def _style_axis_labels(chart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7
    chart.barLabels.fontName = REGULAR


def months_chart(months: tuple[CountLine, ...], width: float, height: float = 150) -> Drawing:
    """Activities per month; with many months only every n-th label is printed so none overlap."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 40, height - 40
    chart.data = [[m.count for m in months] or [0]]
    step = max(1, len(months) // 12)
    chart.categoryAxis.categoryNames = [
        (f"{m.label[5:7]}.{m.label[2:4]}" if i % step == 0 else "") for i, m in enumerate(months)]
    chart.categoryAxis.labels.angle = 45 if len(months) > 12 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(months) > 12 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    _style_axis_labels(chart)
    drawing.add(chart)
    return drawing


def scores_chart(current: tuple[CategoryScore, ...], previous: tuple[CategoryScore, ...] | None,
                 width: float, axis_title: str = "Andel av mulige poeng (%)") -> Drawing:
    """Percent of possible points per category; the previous assessment as a lighter bar."""
    rows = len(current)
    height = 30 + rows * (26 if previous else 16)
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 20, width - 170, height - 25
    now = [round(c.percent, 1) for c in current]
    if previous:
        by_name = {c.name: c.percent for c in previous}
        chart.data = [[round(by_name.get(c.name, 0.0), 1) for c in current], now]
        chart.bars[0].fillColor = BAR_PREVIOUS
        chart.bars[1].fillColor = BAR
    else:
        chart.data = [now]
        chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    chart.categoryAxis.categoryNames = [c.name[:28] for c in current]
    chart.categoryAxis.reverseDirection = True  # first category at the top, as in the table
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    _style_axis_labels(chart)
    drawing.add(chart)
    drawing.add(String(0, 4, axis_title, fontName=REGULAR, fontSize=7))
    return drawing
