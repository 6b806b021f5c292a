"""Bar chart labels: wrapped at spaces onto two lines before anything is cut short."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from bygdeliv_desktop.ui.charts import wrapped


def test_labels_wrap_at_spaces_and_only_the_last_line_is_cut(app):
    metrics = QFontMetrics(QFont("DejaVu Sans", 10))
    width = metrics.horizontalAdvance("Samarbeid og") + 2
    assert wrapped("Møteplass", metrics, width, 2) == ["Møteplass"]
    assert wrapped("Samarbeid og forankring", metrics, width, 2) == ["Samarbeid og", "forankring"]
    lines = wrapped("Samarbeid og forankring i kommunen", metrics, width, 2)
    assert lines[0] == "Samarbeid og" and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert wrapped("Tilgjengelegheitskrav", metrics, 40, 1)[0].endswith("…")
