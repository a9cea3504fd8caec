"""Pictures where a picture says more: each person's 0-10 scores over time (from what was said
on visits and the scores on the plan), and a timeline of key moments, reviews and concerns.

Drawn with QPainter, so nothing beyond Qt's widgets is needed. Every chart has an accessible
name and the same facts as text beside it, for a screen reader or a printout.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from directwork.domain.rules.workdays import LONDON
from directwork.gui.common.dates import month_year
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, Words, fill, spoken, translate
from directwork.gui.practice.common import level_words, moment_words
from directwork.store.views.charts import LANES, ChartData, TimelineEvent, midday

# Colours that stay apart for the common colour-vision differences (Okabe-Ito); each series
# also has its own marker shape, so colour is never the only difference.
SERIES_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
MARKERS = ("circle", "square", "triangle", "diamond")
# Both charts share these margins (and one time range), so the same day is at the same x.
PLOT_LEFT = 110
LEGEND_WIDTH = 210
LANE_COLOURS = {QT_TRANSLATE_NOOP("TimelineChart", "Key moments"): "#D55E00",
                QT_TRANSLATE_NOOP("TimelineChart", "Reviews"): "#009E73",
                QT_TRANSLATE_NOOP("TimelineChart", "Concerns"): "#a3231f"}


# --------------------------------------------------------------------------- the words


def describe_scores(data: ChartData) -> str:
    """Each person's scores in words, in the interface language."""
    series = data.series()
    if not series:
        return translate("ChartsPanel", "No 0-10 scores recorded yet.")
    lines = []
    for who, points in series.items():
        said = ", ".join(fill(translate("ChartsPanel", "%1 on %2"), p.score, f"{p.on:%d/%m/%Y}")
                         for p in points)
        trend = ""
        if len(points) > 1:
            change = points[-1].score - points[0].score
            trend = (fill(translate("ChartsPanel", " (up by %1)"), change) if change > 0 else
                     fill(translate("ChartsPanel", " (down by %1)"), -change) if change < 0 else
                     translate("ChartsPanel", " (no change)"))
        lines.append(fill(translate("ChartsPanel", "%1: %2%3."), who, said, trend))
    return "\n".join(lines)


# What one mark in each lane is called, in a sentence.
LANE_ONE = {"Key moments": QT_TRANSLATE_NOOP("ChartsPanel", "key moment"),
            "Reviews": QT_TRANSLATE_NOOP("ChartsPanel", "review"),
            "Concerns": QT_TRANSLATE_NOOP("ChartsPanel", "concern")}


def event_words(event: TimelineEvent) -> str:
    """A timeline mark's words in the interface language, from the parts it is made of."""
    if event.moment is not None:
        return moment_words(event.moment)
    if event.lane == "Reviews":
        if event.level is None:
            return translate("ChartsPanel", "Review")
        return fill(translate("ChartsPanel", "Review, %1"), level_words(event.level))
    if event.lane == "Concerns" and event.words:
        if event.immediate:
            return fill(translate("ChartsPanel", "%1 (immediate danger)"), event.words)
        return event.words
    return event.label


def describe_timeline(data: ChartData) -> str:
    """The timeline in words, in the interface language."""
    if not data.events:
        return translate("ChartsPanel", "No key moments, reviews or concerns recorded yet.")
    return "\n".join(fill(translate("ChartsPanel", "%1: %2: %3"),
                          f"{e.at.astimezone(LONDON):%d/%m/%Y}",
                          translate("ChartsPanel", LANE_ONE[e.lane]), event_words(e))
                     for e in data.events)


# --------------------------------------------------------------------------- drawing


def lane_names() -> list[str]:
    """The timeline's lanes in the interface language."""
    return [QCoreApplication.translate("TimelineChart", lane) for lane in LANES]


def plot_left(chart: QWidget) -> float:
    """Where both charts' plots start: after the longest lane name, whole, in the interface
    language (so the same day is at the same x in both)."""
    widest = max(chart.fontMetrics().horizontalAdvance(name) for name in lane_names())
    return max(PLOT_LEFT, widest + 14)


class _TimeAxis:
    """Maps moments to x across a plot rectangle, with month ticks."""

    def __init__(self, start: datetime, end: datetime, left: float, right: float) -> None:
        if end <= start:
            start, end = start - timedelta(days=15), end + timedelta(days=15)
        pad = (end - start) * 0.04
        self.start, self.end = start - pad, end + pad
        self.left, self.right = left, right

    def x(self, moment: datetime) -> float:
        span = (self.end - self.start).total_seconds()
        return self.left + (moment - self.start).total_seconds() / span * (self.right - self.left)

    def ticks(self, min_gap: float = 70) -> list[tuple[datetime, str]]:
        """Month starts, every month or every few, so labels stay ``min_gap`` pixels apart."""
        first = self.start.astimezone(LONDON).date().replace(day=1)
        out = []
        day = first
        month_px = (self.right - self.left) / max(1.0, (self.end - self.start).days / 30.4)
        months = max(1, int(-(-min_gap // max(month_px, 1))))
        while midday(day) <= self.end:
            if midday(day) >= self.start:
                out.append((midday(day), month_year(day)))
            month = day.month - 1 + months
            day = date(day.year + month // 12, month % 12 + 1, 1)
        return out


def _marker(painter: QPainter, shape: str, at: QPointF, r: float = 5) -> None:
    if shape == "circle":
        painter.drawEllipse(at, r, r)
    elif shape == "square":
        painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    elif shape == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - r - 1),
                                       QPointF(at.x() - r, at.y() + r),
                                       QPointF(at.x() + r, at.y() + r)]))
    else:
        painter.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - r - 1), QPointF(at.x() + r, at.y()),
                                       QPointF(at.x(), at.y() + r + 1), QPointF(at.x() - r, at.y())]))


class _Chart(QWidget):
    """A chart drawn from ChartData, whose accessible description says in words what it shows."""

    def __init__(self, name: str, height: int, describe: Callable[[ChartData], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self._describe = describe
        self.setMinimumSize(420, height)
        self.setAccessibleName(name)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.setAccessibleDescription(self._describe(data))
        self.update()

    def _painter(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        return painter


class ScoresChart(_Chart):
    """Each person's 0-10 answers as a line over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ScoresChart", "Chart: 0 to 10 scores over time"), 240, describe_scores, parent)

    def paintEvent(self, _event) -> None:
        painter = self._painter()
        data = self.data
        series = data.series() if data else {}
        painter.setPen(QPen(QColor("#52606d")))
        if data is None or not series:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("ScoresChart", "No 0-10 scores yet"))
            return
        metrics = painter.fontMetrics()
        now_words = translate("ScoresChart", "(now %1)")
        room = LEGEND_WIDTH - 34 - metrics.horizontalAdvance(" " + fill(now_words, 10))
        legend = {who: f"{metrics.elidedText(who, Qt.TextElideMode.ElideRight, room)} "
                       + fill(now_words, ps[-1].score) for who, ps in series.items()}
        left, top, bottom = plot_left(self), 16, self.height() - 34
        right = self.width() - LEGEND_WIDTH
        axis = _TimeAxis(*data.time_range(), left, right)

        def y(score: float) -> float:
            return bottom - score / 10 * (bottom - top)

        grid = QPen(QColor("#e4e7eb"))
        for score in range(0, 11, 2):
            painter.setPen(grid)
            painter.drawLine(QPointF(left, y(score)), QPointF(right, y(score)))
            painter.setPen(QColor("#52606d"))
            painter.drawText(QRectF(0, y(score) - 8, left - 8, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(score))
        for moment, label in axis.ticks():
            x = axis.x(moment)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(QColor("#52606d"))
            painter.drawText(QRectF(x - 40, bottom + 4, 80, 16), Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(QPen(QColor("#1f2933"), 1))
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        painter.drawLine(QPointF(left, top), QPointF(left, bottom))
        for i, (who, ps) in enumerate(series.items()):
            colour = QColor(SERIES_COLOURS[i % len(SERIES_COLOURS)])
            shape = MARKERS[i % len(MARKERS)]
            path = QPainterPath()
            for j, p in enumerate(ps):
                at = QPointF(axis.x(midday(p.on)), y(p.score))
                path.moveTo(at) if j == 0 else path.lineTo(at)
            painter.setPen(QPen(colour, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(QBrush(colour))
            for p in ps:
                _marker(painter, shape, QPointF(axis.x(midday(p.on)), y(p.score)))
            ly = top + 6 + i * 22
            _marker(painter, shape, QPointF(right + 18, ly))
            painter.setPen(QColor("#1f2933"))
            painter.drawText(QRectF(right + 30, ly - 9, LEGEND_WIDTH - 30, 18),
                             Qt.AlignmentFlag.AlignVCenter, legend[who])
        painter.end()


class TimelineChart(_Chart):
    """Key moments, reviews and concerns, one lane each, along time; today marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("TimelineChart", "Timeline of key moments, reviews and concerns"), 170, describe_timeline,
                         parent)

    def paintEvent(self, _event) -> None:
        painter = self._painter()
        data = self.data
        if data is None or not data.events:
            painter.setPen(QColor("#52606d"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("TimelineChart", "No key moments, reviews or concerns yet"))
            return
        names = lane_names()
        left = plot_left(self)
        right, top, bottom = self.width() - LEGEND_WIDTH, 16, self.height() - 26
        axis = _TimeAxis(*data.time_range(), left, right)
        lane_h = (bottom - top) / len(LANES)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        for i, name in enumerate(names):
            mid = top + lane_h * (i + 0.5)
            painter.setPen(QPen(QColor("#e4e7eb"), 1))
            painter.drawLine(QPointF(left, mid), QPointF(right, mid))
            painter.setPen(QColor("#1f2933"))
            painter.drawText(QRectF(4, mid - 9, left - 10, 18), Qt.AlignmentFlag.AlignVCenter,
                             name)
        for moment, label in axis.ticks():
            x = axis.x(moment)
            painter.setPen(QColor("#52606d"))
            painter.drawText(QRectF(x - 40, bottom + 6, 80, 16), Qt.AlignmentFlag.AlignCenter, label)
        now_x = axis.x(data.now)
        painter.setPen(QPen(QColor("#1f2933"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(now_x, top), QPointF(now_x, bottom))
        painter.drawText(QRectF(now_x - 60, top - 12, 56, 14),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         translate("TimelineChart", "today"))
        painter.setFont(small)
        last_label_end: dict[str, float] = {}
        for event in data.events:
            i = LANES.index(event.lane)
            mid = top + lane_h * (i + 0.5)
            x = axis.x(event.at)
            colour = QColor(LANE_COLOURS[event.lane])
            painter.setPen(QPen(colour.darker(130), 1))
            painter.setBrush(QBrush(colour))
            _marker(painter, MARKERS[i + 1], QPointF(x, mid), 6)
            # Labels only where they do not overlap the previous one in the lane.
            if x > last_label_end.get(event.lane, -1e9):
                words = event_words(event)
                text = words if len(words) <= 22 else words[:21] + "…"
                painter.setPen(QColor("#1f2933"))
                width = painter.fontMetrics().horizontalAdvance(text)
                # Near the right edge the label goes to the left of its marker.
                at = x + 8 if x + 8 + width <= self.width() - 4 else x - 8 - width
                painter.drawText(QPointF(at, mid - 8), text)
                last_label_end[event.lane] = max(x, at + width) + 4
        painter.end()


class ChartsPanel(QWidget):
    """Both charts for one child, and the same facts as text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel("")
        self.title.setProperty("role", "heading")
        layout.addWidget(self.title)
        self.words = Words(self, "ChartsPanel")
        self.data: ChartData | None = None
        scores_title = QLabel()
        self.words(scores_title.setText, QT_TRANSLATE_NOOP("ChartsPanel", "How safe, 0 to 10"))
        layout.addWidget(scores_title)
        self.scores = ScoresChart()
        layout.addWidget(self.scores, 3)
        timeline_title = QLabel()
        self.words(timeline_title.setText,
                   QT_TRANSLATE_NOOP("ChartsPanel", "Key moments, reviews and concerns"))
        layout.addWidget(timeline_title)
        self.timeline = TimelineChart()
        layout.addWidget(self.timeline, 2)
        self.as_text_button = QPushButton()
        self.words(self.as_text_button.setText, QT_TRANSLATE_NOOP("ChartsPanel", "Show as &text"))
        self.words(spoken(self.as_text_button),
                   QT_TRANSLATE_NOOP("ChartsPanel", "Show the charts as text"))
        self.as_text_button.setCheckable(True)
        layout.addWidget(self.as_text_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.as_text = QTextBrowser()
        self.words(spoken(self.as_text), QT_TRANSLATE_NOOP("ChartsPanel", "The charts as text"))
        self.as_text.setMaximumHeight(160)
        self.as_text.hide()
        self.as_text_button.toggled.connect(self.as_text.setVisible)
        layout.addWidget(self.as_text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.data is not None:
            self.title.setText(fill(translate("ChartsPanel", "%1: over time"),
                                    self.data.child_name))
            self._say_as_text()
            self.scores.set_data(self.data)
            self.timeline.set_data(self.data)
        super().changeEvent(event)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.title.setText(fill(translate("ChartsPanel", "%1: over time"), data.child_name))
        self.scores.set_data(data)
        self.timeline.set_data(data)
        self._say_as_text()

    def _say_as_text(self) -> None:
        if self.data is None:
            return
        self.as_text.setPlainText(translate("ChartsPanel", "Scores, 0 to 10") + "\n"
                                  + describe_scores(self.data) + "\n\n"
                                  + translate("ChartsPanel", "Timeline") + "\n"
                                  + describe_timeline(self.data))
