"""A small bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

Grouped bars with a legend, value labels and an accessible description that states the numbers,
so the chart says the same to a screen reader as to the eye. Series are told apart by pattern as
well as colour. Vertical bars suit short labels (months); horizontal bars suit long ones
(assessment categories): their labels get a column of their own and are never cut short.

Where everything goes is worked out in ``parts()``, apart from the painting, so that tests can
check that nothing overlaps or falls outside the widget at any size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = (QColor("#2f6f9f"), QColor("#c98a2c"), QColor("#5a8f4e"))
PATTERNS = (Qt.SolidPattern, Qt.BDiagPattern, Qt.Dense4Pattern)
GAP = 12  # pixels between the title and the legend, and between legend entries


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]


@dataclass
class Geometry:
    """Rectangles in widget coordinates; ``labels`` holds each label's rect and its lines."""

    title: QRectF
    legend: list[tuple[QRectF, QRectF]] = field(default_factory=list)  # (swatch, name) each
    plot: QRectF = field(default_factory=QRectF)
    labels: list[tuple[QRectF, list[str]]] = field(default_factory=list)


class BarChart(QWidget):
    """Bars for ``labels``, one per series; ``maximum`` fixes the scale (e.g. 100 %).

    ``horizontal``: one row per label, the label on the left, bars growing to the right.
    """

    def __init__(self, title: str, parent: QWidget | None = None,
                 horizontal: bool = False) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.maximum: float | None = None
        self.suffix = ""
        self.setFocusPolicy(Qt.TabFocus)  # reachable, so a screen reader can read it
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
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
        self.updateGeometry()
        self.update()

    def _text(self, value: float | None) -> str:
        return "–" if value is None else f"{value:g}{self.suffix}"

    # -- sizes -------------------------------------------------------------------------------
    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def _legend_width(self) -> int:
        metrics, line = QFontMetrics(self.font()), self._line()
        return sum(metrics.horizontalAdvance(one.name) + line + GAP for one in self.series)

    def _legend_apart(self, width: float) -> bool:
        """True when the legend does not fit beside the title and goes on a line of its own."""
        bold = self.font()
        bold.setBold(True)
        title = QFontMetrics(bold).horizontalAdvance(self.title)
        return title + GAP + self._legend_width() > width

    def _header_height(self, width: float) -> float:
        return self._line() * (2 if self._legend_apart(width) else 1)

    def _min_plot_height(self) -> int:
        if self.horizontal:
            return max(len(self.labels), 1) * self._line() * 2
        return self._line() * 4

    def sizeHint(self) -> QSize:  # noqa: N802
        line = self._line()
        if self.horizontal:
            return QSize(360, int(line * 2.5 + max(len(self.labels), 1) * line * 2.4))
        return QSize(max(320, 28 * max(len(self.labels), 1)), line * 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = self._line()
        labels = 0 if self.horizontal else line * 2  # room for two lines of axis labels
        height = self._header_height(240) + line * 1.2 + self._min_plot_height() + labels
        width = 240
        if self.horizontal and self.labels:  # the longest word of a label, and as much for bars
            width = max(width, 2 * self._longest_word(QFontMetrics(self.font())) + 24)
        return QSize(width, int(height) + 4)

    def _longest_word(self, metrics: QFontMetrics) -> int:
        return max(metrics.horizontalAdvance(w) for t in self.labels for w in t.split())

    # -- layout ------------------------------------------------------------------------------
    def parts(self) -> Geometry:
        metrics, line = QFontMetrics(self.font()), self._line()
        width, height = self.width(), self.height()
        apart = self._legend_apart(width)
        result = Geometry(QRectF(0, 0, width if apart else width - self._legend_width(), line))
        x, y = width, (line if apart else 0)
        for one in reversed(self.series):  # right-aligned, on the title line or the next one
            name_width = metrics.horizontalAdvance(one.name) + GAP
            x -= name_width + line
            result.legend.insert(0, (QRectF(x, y + 2, line - 4, line - 4),
                                     QRectF(x + line, y, name_width, line)))
        top = self._header_height(width) + line * (0.4 if self.horizontal else 1.2)
        if not self.labels or not self.series:
            return result
        if self.horizontal:
            self._horizontal_layout(result, metrics, top)
        else:
            group = (width - 8) / len(self.labels)
            # Labels wider than their bar group get a second line before they are cut short.
            lines = 2 if any(metrics.horizontalAdvance(t) > group for t in self.labels) else 1
            result.plot = QRectF(4, top, width - 8, max(0.0, height - top - line * lines - 2))
            for column, label in enumerate(self.labels):
                result.labels.append((
                    QRectF(4 + column * group, result.plot.bottom() + 2, group, line * lines),
                    wrapped(label, metrics, int(group) - 2, lines)))
        return result

    def _horizontal_layout(self, result: Geometry, metrics: QFontMetrics, top: float) -> None:
        line, width = self._line(), self.width()
        # The label column is as wide as the labels need on at most two lines, up to half the width.
        # Two short lines rather than one long one: the bars keep most of the width.
        longest_word = self._longest_word(metrics)
        most = max(int(width * 0.5), longest_word + 2)
        aim = min(most, max(longest_word + 2, int(width * 0.3)))
        text = min(most, max(metrics.horizontalAdvance(part) for label in self.labels
                                         for part in wrapped(label, metrics, aim, 2)) + 2)
        result.plot = QRectF(text + 8, top, max(0.0, width - text - 12),
                             max(0.0, self.height() - top - 2))
        row = result.plot.height() / len(self.labels)
        for index, label in enumerate(self.labels):
            lines = wrapped(label, metrics, text, max(1, min(2, int(row // line))))
            result.labels.append((QRectF(0, top + index * row, text, row), lines))

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        where = self.parts()
        text_pen = QPen(self.palette().color(QPalette.WindowText))
        painter.setPen(text_pen)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        title = QFontMetrics(bold).elidedText(self.title, Qt.ElideRight, int(where.title.width()))
        painter.drawText(where.title, Qt.AlignLeft, title)
        painter.setFont(self.font())
        for index, (swatch, name) in enumerate(where.legend):
            self._swatch(painter, swatch, index)
            painter.setPen(text_pen)
            painter.drawText(name, Qt.AlignLeft, self.series[index].name)
        if not where.labels:
            return
        values = [v for one in self.series for v in one.values if v is not None]
        top = self.maximum or max(values + [1])
        painter.setPen(QPen(self.palette().color(QPalette.Mid)))
        plot = where.plot
        if self.horizontal:
            painter.drawLine(plot.topLeft(), plot.bottomLeft())
        else:
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for column, (rect, lines) in enumerate(where.labels):
            self._bars(painter, plot, column, top, text_pen)
            painter.setPen(text_pen)
            align = (Qt.AlignLeft | Qt.AlignVCenter if self.horizontal
                     else Qt.AlignHCenter | Qt.AlignTop)
            painter.drawText(rect, align, "\n".join(lines))

    def _bars(self, painter: QPainter, plot: QRectF, column: int, top: float,
              text_pen: QPen) -> None:
        metrics, line = QFontMetrics(self.font()), self._line()
        small = self.font()
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        count = len(self.series)
        if self.horizontal:
            row = plot.height() / len(self.labels)
            bar = min(line * 1.2, (row * 0.8) / count)
            room = plot.width() - metrics.horizontalAdvance(self._text(top)) - 6
            first = plot.top() + column * row + (row - bar * count) / 2
        else:
            group = plot.width() / len(self.labels)
            bar = max(2.0, (group * 0.8) / count)
            first = plot.left() + column * group + group * 0.1
        for index, one in enumerate(self.series):
            value = one.values[column] if column < len(one.values) else None
            if value is None:
                continue
            share = min(value / top, 1.0) if top else 0
            painter.setFont(small)
            if self.horizontal:
                rect = QRectF(plot.left(), first + index * bar, room * share, bar - 1)
                self._swatch(painter, rect, index)
                painter.setPen(text_pen)
                painter.drawText(QRectF(rect.right() + 4, rect.top(), plot.right() - rect.right(),
                                        bar), Qt.AlignLeft | Qt.AlignVCenter, self._text(value))
            else:
                length = plot.height() * share
                rect = QRectF(first + index * bar, plot.bottom() - length, bar - 1, length)
                self._swatch(painter, rect, index)
                if value and bar >= metrics.horizontalAdvance("000") * 0.6:
                    painter.setPen(text_pen)
                    painter.drawText(QRectF(rect.left() - 8, rect.top() - line, bar + 16, line),
                                     Qt.AlignHCenter | Qt.AlignBottom, self._text(value))
            painter.setFont(self.font())

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
