"""The team map's timeline: for each place, group or adult on several children's records, when
each child was linked to it (a manager confirming the link), drawn as dots along a line of
months, and beside it the same in words, earliest first ("12 Dec 2025 — Jay Collins linked,
by Morgan"). Suggested links are not on it: nothing is linked until a manager confirms it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QHeaderView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, Words
from directwork.store.views.team_map import MapLink, TeamMap

LABEL_W = 170.0
AXIS_W = 520.0
ROW_H = 54.0
DOT = 6.0
INK = "#1f2933"
QUIET = "#52606d"
LINKED = "#24566f"
KEY_ROLE = Qt.ItemDataRole.UserRole


def translate(context: str, source: str) -> str:
    """``source`` in the interface language. Called with the context and words written out
    (``translate("TeamTimeline", "...")``), which is how ``pyside6-lupdate`` finds them."""
    return QCoreApplication.translate(context, source)


def fill(words: str, **values: object) -> str:
    """Translated ``words`` with their ``{name}`` places filled."""
    return words.format(**values)


MONTHS = (  # the months as the timeline and its list say them
    QT_TRANSLATE_NOOP("TeamTimeline", "Jan"),
    QT_TRANSLATE_NOOP("TeamTimeline", "Feb"),
    QT_TRANSLATE_NOOP("TeamTimeline", "Mar"),
    QT_TRANSLATE_NOOP("TeamTimeline", "Apr"),
    QT_TRANSLATE_NOOP("TeamTimeline", "May"),
    QT_TRANSLATE_NOOP("TeamTimeline", "Jun"),
    QT_TRANSLATE_NOOP("TeamTimeline", "Jul"),
    QT_TRANSLATE_NOOP("TeamTimeline", "Aug"),
    QT_TRANSLATE_NOOP("TeamTimeline", "Sep"),
    QT_TRANSLATE_NOOP("TeamTimeline", "Oct"),
    QT_TRANSLATE_NOOP("TeamTimeline", "Nov"),
    QT_TRANSLATE_NOOP("TeamTimeline", "Dec"),
)


def month_words(moment: datetime) -> str:
    """ "Feb 2026", the month in the interface language."""
    return f"{translate('TeamTimeline', MONTHS[moment.month - 1])} {moment.year}"


def day_words(moment: datetime | None) -> str:
    """ "10 Feb 2026", the month in the interface language."""
    if moment is None:
        return translate("TeamTimeline", "an unknown day")
    return f"{moment.day} {month_words(moment)}"


def timeline_rows(team: TeamMap) -> list[tuple[str, str, list[MapLink]]]:
    """Each confirmed place or adult with its confirmed links, earliest first: (key, title,
    links); the places in the map's order."""
    rows = []
    for place in team.places:
        if place.suggested:
            continue
        dated = sorted((link for link in team.links_of(place.key) if link.confirmed),
                       key=lambda link: (link.when is None, link.when or datetime.max,
                                         team.child(link.child_key).name))
        if dated:
            rows.append((place.key, place.title, dated))
    return rows


def link_words(team: TeamMap, link: MapLink) -> str:
    return fill(translate("TeamTimeline", "{date} — {child} linked, by {who}; written "
                                          "“{written}”."),
                date=day_words(link.when), child=team.child(link.child_key).name,
                who=link.decided_by or translate("TeamTimeline", "a manager"),
                written=link.written)


class _Wrapped(QStyledItemDelegate):
    """Each row as tall as its words wrapped to the column's width (a tree's rows keep one
    line's height otherwise)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        size = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 12
        if width <= 40:
            return size
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        tall = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                               Qt.TextFlag.TextWordWrap, text).height()
        return QSize(size.width(), max(size.height(), tall + 6))


class WordsTree(QTreeWidget):
    """A list of sentences, each wrapped to the width it has (rows grow as it narrows), each
    said whole by a screen reader; Tab moves on from it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        self.setMinimumWidth(200)
        self.setItemDelegate(_Wrapped(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # the rows' heights again, for the new width


class TimelineScene(QGraphicsScene):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dots: list[tuple[str, str, datetime | None]] = []  # (place, child, when)
        # A picture on white in every theme (high contrast too): its inks are chosen for white.
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))

    @staticmethod
    def _font(size: int, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSize(size)
        font.setBold(bold)
        return font

    def draw(self, team: TeamMap) -> None:
        self.clear()
        self.dots.clear()
        rows = timeline_rows(team)
        if not rows:
            words = self.addText(translate("TeamTimeline", "No child has been linked yet "
                                                           "with these filters."),
                                 self._font(10))
            words.setDefaultTextColor(QColor(QUIET))
            self.setSceneRect(self.itemsBoundingRect())
            return
        whens = [link.when for _k, _t, dated in rows for link in dated if link.when is not None]
        end = team.now or (max(whens) if whens else datetime.now())
        start = min([*whens, end])
        start = start.replace(day=1)
        span = max((end - start).total_seconds(), 1.0)

        def x_of(moment: datetime | None) -> float:
            if moment is None:
                return LABEL_W
            return LABEL_W + AXIS_W * (moment - start).total_seconds() / span

        top = 24.0
        bottom = top + ROW_H * len(rows)
        axis = QPen(QColor(QUIET), 1)
        self.addLine(LABEL_W, bottom, LABEL_W + AXIS_W, bottom, axis)
        month = start
        while month <= end:
            x = x_of(month)
            self.addLine(x, top - 6, x, bottom + 4, QPen(QColor("#d9e2ec"), 1))
            label = self.addText(month_words(month), self._font(8))
            label.setDefaultTextColor(QColor(QUIET))
            label.setPos(x - 4, bottom + 4)
            month = month.replace(year=month.year + month.month // 12,
                                  month=month.month % 12 + 1)
        now_label = self.addText(translate("TeamTimeline", "today"), self._font(8, bold=True))
        now_label.setDefaultTextColor(QColor(INK))
        now_label.setPos(x_of(end) - 14, top - 26)
        self.addLine(x_of(end), top - 6, x_of(end), bottom, QPen(QColor(INK), 1,
                                                                  Qt.PenStyle.DashLine))
        for index, (key, title, dated) in enumerate(rows):
            y = top + ROW_H * index + ROW_H / 2
            name = self.addText(title, self._font(9, bold=True))
            name.setDefaultTextColor(QColor(INK))
            name.setTextWidth(LABEL_W - 12)
            name.setPos(0, y - name.boundingRect().height() / 2)
            self.addLine(LABEL_W, y, x_of(end), y, QPen(QColor("#bcccdc"), 1))
            # Children linked on one day: one dot, their names together beside it.
            days: dict[int, list[MapLink]] = {}
            for link in dated:
                days.setdefault(round(x_of(link.when)), []).append(link)
            for x_at, same_day in days.items():
                x = float(x_at)
                self.addEllipse(x - DOT, y - DOT, 2 * DOT, 2 * DOT, QPen(QColor(LINKED), 1.5),
                                QBrush(QColor(LINKED)))
                names = ", ".join(team.child(link.child_key).name.split(" ")[0]
                                  for link in same_day)
                label = self.addText(names, self._font(8))
                label.setDefaultTextColor(QColor(INK))
                label.setPos(QPointF(x - 4, y - 4 - label.boundingRect().height()))
                self.dots += [(key, link.child_key, link.when) for link in same_day]
        self.setSceneRect(self.itemsBoundingRect().adjusted(-10, -10, 10, 10))


class TimelineView(QGraphicsView):
    """The drawing, shrunk to fit: a picture only (the list beside it is what the keyboard
    and a screen reader use)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = TimelineScene(self)
        self.setScene(self.timeline)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(140)

    def draw(self, team: TeamMap) -> None:
        self.timeline.draw(team)
        self._fit()

    def _fit(self) -> None:
        rect = self.timeline.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        scale = max(min(view.width() / rect.width(), view.height() / rect.height(), 1.0), 0.5)
        self.resetTransform()
        self.scale(scale, scale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class TimelinePanel(QWidget):
    """The timeline drawn, and the same in words beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = Words(self, "TeamTimeline")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.view = TimelineView()
        words(self.view.setAccessibleName, QT_TRANSLATE_NOOP(
            "TeamTimeline", "Timeline drawing: when each child was linked; the list beside "
            "says the same"))
        split.addWidget(self.view)
        self.listing = WordsTree()
        words(self.listing.setAccessibleName, QT_TRANSLATE_NOOP(
            "TeamTimeline", "Timeline in words: each place or adult, and when each child was "
            "linked to it"))
        split.addWidget(self.listing)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.split = split
        self._sized = False
        self.team = TeamMap(manager=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._sized and self.split.width() > 0:
            self._sized = True
            width = self.split.width()
            self.split.setSizes([width * 3 // 5, width - width * 3 // 5])

    def show_team(self, team: TeamMap) -> None:
        self.team = team
        self.view.draw(team)
        self.listing.clear()
        for key, title, dated in timeline_rows(team):
            top = QTreeWidgetItem([fill(translate("TeamTimeline", "{place}: {count} children "
                                                                  "linked"),
                                        place=title, count=len(dated))])
            top.setData(0, KEY_ROLE, key)
            for link in dated:
                item = QTreeWidgetItem(top, [link_words(team, link)])
                item.setData(0, KEY_ROLE, link.child_key)
                item.setToolTip(0, item.text(0))
            self.listing.addTopLevelItem(top)
            top.setExpanded(True)
