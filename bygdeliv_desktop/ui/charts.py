"""A small bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

Grouped vertical bars with a legend, value labels and an accessible description that states the
numbers, so the chart says the same to a screen reader as to the eye. Series are told apart by
pattern as well as colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = (QColor("#2f6f9f"), QColor("#c98a2c"), QColor("#5a8f4e"))
PATTERNS = (Qt.SolidPattern, Qt.BDiagPattern, Qt.Dense4Pattern)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]


class BarChart(QWidget):
    """Bars for ``labels`` (x axis), one per series; ``maximum`` fixes the scale (e.g. 100 %)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.maximum: float | None = None
        self.suffix = ""
        self.setFocusPolicy(Qt.TabFocus)  # reachable, so a screen reader can read it
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setAccessibleName(title)

    def set_data(self, labels: tuple[str, ...], series: tuple[Series, ...],
                 maximum: float | None = None, suffix: str = "") -> None:
        self.labels, self.series, self.maximum, self.suffix = labels, series, maximum, suffix
        parts = []
        for one in series:
            values = ", ".join(f"{label} {self._text(v)}" for label, v in zip(labels, one.values))
            parts.append(f"{one.name}: {values}")
        self.setAccessibleDescription("; ".join(parts))
        self.setToolTip("\n".join(parts))
        self.update()

    def _text(self, value: float | None) -> str:
        return "–" if value is None else f"{value:g}{self.suffix}"

    def sizeHint(self) -> QSize:  # noqa: N802
        line = QFontMetrics(self.font()).height()
        return QSize(max(320, 28 * max(len(self.labels), 1)), line * 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = QFontMetrics(self.font()).height()
        return QSize(240, line * 8)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        text_pen = QPen(self.palette().color(QPalette.WindowText))
        painter.setPen(text_pen)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignLeft, self.title)
        painter.setFont(self.font())
        # Legend on the title line, right-aligned.
        x = self.width()
        for index, one in reversed(list(enumerate(self.series))):
            width = metrics.horizontalAdvance(one.name) + line + 12
            x -= width
            self._swatch(painter, QRectF(x, 2, line - 4, line - 4), index)
            painter.setPen(text_pen)
            painter.drawText(QRectF(x + line, 0, width - line, line), Qt.AlignLeft, one.name)
        if not self.labels or not self.series:
            return
        values = [v for one in self.series for v in one.values if v is not None]
        top = self.maximum or max(values + [1])
        group = (self.width() - 8) / len(self.labels)
        # Labels wider than their bar group get a second line before they are cut short.
        label_lines = 2 if any(metrics.horizontalAdvance(t) > group for t in self.labels) else 1
        plot = QRectF(4, line * 2.2, self.width() - 8, self.height() - line * (2.6 + label_lines))
        painter.setPen(QPen(self.palette().color(QPalette.Mid)))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        bar = max(2.0, (group * 0.8) / len(self.series))
        small = self.font()
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        for column, label in enumerate(self.labels):
            left = plot.left() + column * group + group * 0.1
            for index, one in enumerate(self.series):
                value = one.values[column] if column < len(one.values) else None
                if value is None:
                    continue
                height = plot.height() * min(value / top, 1.0) if top else 0
                rect = QRectF(left + index * bar, plot.bottom() - height, bar - 1, height)
                self._swatch(painter, rect, index)
                if value and bar >= metrics.horizontalAdvance("000") * 0.6:
                    painter.setPen(text_pen)
                    painter.setFont(small)
                    painter.drawText(QRectF(rect.left() - 8, rect.top() - line, bar + 16, line),
                                     Qt.AlignHCenter | Qt.AlignBottom, self._text(value))
                    painter.setFont(self.font())
            painter.setPen(text_pen)
            painter.drawText(QRectF(plot.left() + column * group, plot.bottom() + 2, group,
                                    line * label_lines), Qt.AlignHCenter | Qt.AlignTop,
                             "\n".join(wrapped(label, metrics, int(group) - 2, label_lines)))

    def _swatch(self, painter: QPainter, rect: QRectF, index: int) -> None:
        colour = PALETTE[index % len(PALETTE)]
        painter.setPen(QPen(colour.darker(130)))
        painter.fillRect(rect, QBrush(QColor("white")))
        painter.fillRect(rect, QBrush(colour, PATTERNS[index % len(PATTERNS)]))
        painter.drawRect(rect)


def wrapped(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` broken at spaces into at most ``most`` lines of ``width``; what does not fit is
    cut short with an ellipsis on the last line."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > most:
        lines[most - 1:] = [" ".join(lines[most - 1:])]
    return [metrics.elidedText(one, Qt.ElideRight, width) for one in lines]
