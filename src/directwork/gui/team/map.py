"""The team map, for a team manager: the team's children (in the middle), the places, groups,
online spaces and schools their records share (right) and the adults (left), joined by
confirmed links (solid) and, if wanted, by suggested ones (dashed). Filters narrow it by when
the child was linked, by kind and by level of concern.

Read by keyboard and screen reader as well as by eye: Tab, Shift+Tab, Down and Up move from
one box to the next (Tab leaves the map after the last box), Right and Left follow a box's
lines to the boxes joined to it, Return opens the child's record or the linked place; each box is said in words as it is reached, and the list beside the
map says the same in sentences ("Heol Fawr garages — linked to 3 children: …"). The timeline
tab (gui/team/timeline.py) shows when each child was linked.

Fail closed: the page asks the vault first; on a laptop the hub has not said is a team
manager's it shows only why it is empty. Every opening is kept in the audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import Level, LinkKind
from directwork.gui.common.a11y import labelled, named, say
from directwork.gui.common.fit import scrolled
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, Words, item_text, tab_title
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import while_open
from directwork.gui.team.timeline import TimelinePanel, WordsTree, day_words
from directwork.store import links
from directwork.store.views.team_map import (
    PERSON_SORT,
    Concern,
    MapFilter,
    MapLink,
    MapPlace,
    TeamMap,
    filtered,
    load_team_map,
)

CONTEXT = "TeamMap"
KEY_ROLE = Qt.ItemDataRole.UserRole
CONFIRMED_ROLE = Qt.ItemDataRole.UserRole + 1  # a child's line: linked, or only suggested


def translate(context: str, source: str) -> str:
    """``source`` in the interface language. Called with the context and words written out
    (``translate("TeamMap", "...")``), which is how ``pyside6-lupdate`` finds them."""
    return QCoreApplication.translate(context, source)


def fill(words: str, **values: object) -> str:
    """Translated ``words`` with their ``{name}`` places filled."""
    return words.format(**values)


# The filters' choices: (what is kept, the words, marked for lupdate).
WINDOWS: tuple[tuple[int | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("TeamMap", "Any time")),
    (28, QT_TRANSLATE_NOOP("TeamMap", "Last 4 weeks")),
    (91, QT_TRANSLATE_NOOP("TeamMap", "Last 3 months")),
    (365, QT_TRANSLATE_NOOP("TeamMap", "Last 12 months")),
)
KINDS: tuple[tuple[frozenset[str] | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("TeamMap", "Everything")),
    (frozenset({"place", "peer group", "online space", "school"}),
     QT_TRANSLATE_NOOP("TeamMap", "Places and groups")),
    (frozenset({"place"}), QT_TRANSLATE_NOOP("TeamMap", "Places")),
    (frozenset({"peer group"}), QT_TRANSLATE_NOOP("TeamMap", "Peer groups")),
    (frozenset({"online space"}), QT_TRANSLATE_NOOP("TeamMap", "Online spaces")),
    (frozenset({"school"}), QT_TRANSLATE_NOOP("TeamMap", "Schools")),
    (frozenset({PERSON_SORT}), QT_TRANSLATE_NOOP("TeamMap", "Adults")),
)
CONCERNS: tuple[tuple[Concern, str], ...] = (
    (Concern.ANY, QT_TRANSLATE_NOOP("TeamMap", "Any")),
    (Concern.OF_CONCERN, QT_TRANSLATE_NOOP("TeamMap", "Of concern")),
    (Concern.HIGH, QT_TRANSLATE_NOOP("TeamMap", "High or very high")),
    (Concern.VERY_HIGH, QT_TRANSLATE_NOOP("TeamMap", "Very high")),
)
SORT_WORDS = {
    "place": QT_TRANSLATE_NOOP("TeamMap", "place"),
    "peer group": QT_TRANSLATE_NOOP("TeamMap", "peer group"),
    "online space": QT_TRANSLATE_NOOP("TeamMap", "online space"),
    "school": QT_TRANSLATE_NOOP("TeamMap", "school"),
    PERSON_SORT: QT_TRANSLATE_NOOP("TeamMap", "adult"),
}
LEVEL_WORDS = {
    Level.LOW: QT_TRANSLATE_NOOP("TeamMap", "level low"),
    Level.MEDIUM: QT_TRANSLATE_NOOP("TeamMap", "level medium"),
    Level.HIGH: QT_TRANSLATE_NOOP("TeamMap", "level high"),
    Level.VERY_HIGH: QT_TRANSLATE_NOOP("TeamMap", "level very high"),
}
NOT_A_MANAGER = QT_TRANSLATE_NOOP(
    "TeamMap", "The team map is for team managers. This laptop shows your own caseload only. "
    "If you manage a team, ask the hub's administrator to mark you as a manager, then sync.")

# Drawing.
NODE_W, NODE_H = 190.0, 54.0
BASE_POINTS = 10.0  # the drawing's words are this size at scale 1
COLUMN_GAP = 150.0
ROW_GAP = 22.0
INK = "#1f2933"
QUIET = "#52606d"
LINKED = "#24566f"
SUGGESTED = "#6b7785"
CONCERN = "#b3261e"
FOCUS = "#000000"
PAPER = "#ffffff"
CHILD_FILL, CHILD_INK, CHILD_QUIET = "#24566f", "#ffffff", "#eef2f5"
ADULT_FILL = "#fdf6e3"


# --------------------------------------------------------------------------- words


def place_words(place: MapPlace) -> str:
    """What the place or adult is: "place, worries written", "adult of concern"."""
    sort = translate("TeamMap", SORT_WORDS.get(place.sort, place.sort))
    if place.of_concern:
        if place.kind is LinkKind.PERSON:
            return fill(translate("TeamMap", "{sort} of concern"), sort=sort)
        return fill(translate("TeamMap", "{sort}, worries written"), sort=sort)
    return sort


def place_sentence(team: TeamMap, place: MapPlace) -> str:
    """ "Heol Fawr garages (place, worries written) — linked to 3 children: A, B, C." """
    mine = team.links_of(place.key)
    linked = [team.child(link.child_key).name for link in mine if link.confirmed]
    suggested = [team.child(link.child_key).name for link in mine if not link.confirmed]
    head = f"{place.title} ({place_words(place)})"
    if place.suggested:
        sentence = fill(translate(
            "TeamMap", "{head} — suggested, not yet confirmed, for {count} children: {names}."),
            head=head, count=len(suggested), names=", ".join(suggested))
    else:
        sentence = fill(translate("TeamMap", "{head} — linked to {count} children: {names}."),
                        head=head, count=len(linked), names=", ".join(linked))
        if suggested:
            sentence += " " + fill(translate("TeamMap", "Suggested for {count} more: {names}."),
                                   count=len(suggested), names=", ".join(suggested))
    if place.names[1:]:
        sentence += " " + fill(translate("TeamMap", "Also written as {names}."),
                               names=", ".join(f"“{n}”" for n in place.names[1:]))
    return sentence


def link_sentence(team: TeamMap, link: MapLink) -> str:
    """One child under a place in the list: who, their practitioner, when linked, as written."""
    child = team.child(link.child_key)
    if link.confirmed:
        return fill(translate("TeamMap", "{child} ({practitioner}) — linked {date} by {who}; "
                                         "written “{written}”."),
            child=child.name, practitioner=child.practitioner, date=day_words(link.when),
            who=link.decided_by or translate("TeamMap", "a manager"), written=link.written)
    return fill(translate("TeamMap", "{child} ({practitioner}) — suggested; written "
                                     "“{written}”."),
                child=child.name, practitioner=child.practitioner, written=link.written)


def child_sentence(team: TeamMap, key: str) -> str:
    """ "Kai Morgan (Sam Hale, level high) — linked to 3: …; suggested for 1: …." """
    child = team.child(key)
    about = child.practitioner
    if child.level is not None:
        about += ", " + translate("TeamMap", LEVEL_WORDS[child.level])
    mine = team.links_of(key)
    linked = [team.place(link.place_key).title for link in mine if link.confirmed]
    suggested = [team.place(link.place_key).title for link in mine if not link.confirmed]
    parts = []
    if linked:
        parts.append(fill(translate("TeamMap", "linked to {count}: {names}"),
                          count=len(linked), names=", ".join(linked)))
    if suggested:
        parts.append(fill(translate("TeamMap", "suggested for {count}: {names}"),
                          count=len(suggested), names=", ".join(suggested)))
    return f"{child.name} ({about}) — " + "; ".join(parts) + "."


def node_sentence(team: TeamMap, key: str) -> str:
    if key.startswith("child:"):
        return child_sentence(team, key)
    return place_sentence(team, team.place(key))


# --------------------------------------------------------------------------- the drawing


@dataclass
class Node:
    key: str
    box: QGraphicsPathItem
    centre: QPointF


def layout_columns(team: TeamMap) -> tuple[list[str], list[str], list[str]]:
    """Adults, children and places, each column ordered so that lines cross little: each
    child by where its places and adults are, then each place and adult by where its children
    are (twice over)."""
    adults = [p.key for p in team.places if p.kind is LinkKind.PERSON]
    places = [p.key for p in team.places if p.kind is not LinkKind.PERSON]
    children = [c.key for c in team.children]
    neighbours: dict[str, list[str]] = {}
    for link in team.links:
        neighbours.setdefault(link.child_key, []).append(link.place_key)
        neighbours.setdefault(link.place_key, []).append(link.child_key)

    def by_neighbours(column: list[str], others: Sequence[list[str]]) -> list[str]:
        rank: dict[str, float] = {}
        for other in others:
            for i, key in enumerate(other):
                rank[key] = (i + 0.5) / max(len(other), 1)
        def where(key: str) -> float:
            found = [rank[n] for n in neighbours.get(key, []) if n in rank]
            return sum(found) / len(found) if found else 1.0
        at = {key: i for i, key in enumerate(column)}
        return sorted(column, key=lambda k: (where(k), at[k]))

    for _ in range(2):
        children = by_neighbours(children, (adults, places))
        adults = by_neighbours(adults, (children,))
        places = by_neighbours(places, (children,))
    return adults, children, places


class TeamMapScene(QGraphicsScene):
    """The drawing: one box for each child, place and adult; a line for each link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nodes: dict[str, Node] = {}
        self.order: list[str] = []  # reading order, as the list beside says it
        self.lines: list[tuple[str, str, bool]] = []  # (child, place, confirmed)
        self.line_items: dict[tuple[str, str], QGraphicsLineItem] = {}
        self.ring: QGraphicsPathItem | None = None
        self.team = TeamMap(manager=False)
        self.fonts: list[tuple[QFont, QFontMetricsF]] = []
        # A picture on white in every theme (high contrast too): its inks are chosen for white.
        self.setBackgroundBrush(QBrush(QColor(PAPER)))

    def draw(self, team: TeamMap) -> None:
        self.clear()
        self.ring = None
        self.team = team
        self.nodes.clear()
        self.lines.clear()
        self.line_items.clear()
        # The boxes' two fonts, made once for the whole drawing.
        self.fonts = [(font, QFontMetricsF(font))
                      for font in (self._font(10, bold=True), self._font(8))]
        adults, children, places = layout_columns(team)
        tallest = max(len(adults), len(children), len(places), 1)
        height = tallest * (NODE_H + ROW_GAP)
        for column, keys in enumerate((adults, children, places)):
            x = column * (NODE_W + COLUMN_GAP) + NODE_W / 2
            gap = height / max(len(keys), 1)
            for row, key in enumerate(keys):
                self._node(key, QPointF(x, gap * (row + 0.5)))
        for link in team.links:
            self._line(link)
        # Reading order: as the list beside says it (each place, then its children), each
        # box once; then the adults.
        order: dict[str, None] = {}
        for place in team.places:
            order.setdefault(place.key)
            for link in team.links_of(place.key):
                order.setdefault(link.child_key)
        self.order = list(order)
        self._legend(height)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-16, -16, 16, 16))

    @staticmethod
    def _font(size: int, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSize(size)
        font.setBold(bold)
        return font


    def _node(self, key: str, centre: QPointF) -> None:
        team = self.team
        if key.startswith("child:"):
            child = team.child(key)
            title, subtitle = child.name, child.practitioner
            if child.level is not None:
                subtitle += " · " + translate("TeamMap", LEVEL_WORDS[child.level])
            fill, border = CHILD_FILL, QPen(QColor("#173848"), 2)
            ink, quiet = CHILD_INK, CHILD_QUIET
            radius = 22.0
        else:
            place = team.place(key)
            title, subtitle = place.title, place_words(place)
            if place.suggested:
                subtitle += " · " + translate("TeamMap", "suggested")
            fill = ADULT_FILL if place.kind is LinkKind.PERSON else PAPER
            border = QPen(QColor(QUIET), 1.5)
            if place.of_concern:
                border = QPen(QColor(CONCERN), 2.5, Qt.PenStyle.DashLine)
            ink, quiet = INK, QUIET
            radius = 4.0 if place.kind is LinkKind.CONTEXT else 14.0
        # Plain text items (a team's map has thousands of words): each line cut to the box's
        # width with "…"; the whole of it is the box's tooltip, the sentence said and the list.
        parts = []
        top = 4.0
        for words, (font, metrics), colour in ((title, self.fonts[0], ink),
                                               (subtitle, self.fonts[1], quiet)):
            line = self.addSimpleText(metrics.elidedText(words, Qt.TextElideMode.ElideRight,
                                                         NODE_W - 14), font)
            line.setBrush(QBrush(QColor(colour)))
            line.setPos(centre.x() - NODE_W / 2 + 7, top)
            top += metrics.height() + 3
            parts.append(line)
        height = max(NODE_H, top + 4)
        rect = QRectF(centre.x() - NODE_W / 2, centre.y() - height / 2, NODE_W, height)
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        box = self.addPath(path, border, QBrush(QColor(fill)))
        box.setData(0, key)
        box.setZValue(1)
        box.setToolTip(f"{title}\n{subtitle}")
        for part in parts:
            part.moveBy(0, rect.top())
            part.setZValue(2)
            part.setData(0, key)
        self.nodes[key] = Node(key, box, centre)

    def _line(self, link: MapLink) -> None:
        a = self.nodes[link.child_key]
        b = self.nodes[link.place_key]
        # From the side of one box to the facing side of the other.
        left, right = (a, b) if a.centre.x() < b.centre.x() else (b, a)
        start = QPointF(left.centre.x() + NODE_W / 2, left.centre.y())
        end = QPointF(right.centre.x() - NODE_W / 2, right.centre.y())
        pen = QPen(QColor(LINKED), 2.5) if link.confirmed else \
            QPen(QColor(SUGGESTED), 1.8, Qt.PenStyle.DashLine)
        line = self.addLine(start.x(), start.y(), end.x(), end.y(), pen)
        line.setZValue(0)
        self.lines.append((link.child_key, link.place_key, link.confirmed))
        self.line_items[(link.child_key, link.place_key)] = line

    def _legend(self, height: float) -> None:
        top = height + 12
        x = 0.0
        samples = ((QPen(QColor(LINKED), 2.5), translate("TeamMap", "linked (confirmed)")),
                   (QPen(QColor(SUGGESTED), 1.8, Qt.PenStyle.DashLine),
                    translate("TeamMap", "suggested")),
                   (QPen(QColor(CONCERN), 2.5, Qt.PenStyle.DashLine),
                    translate("TeamMap", "red dashed border: of concern")))
        for pen, words in samples:
            self.addLine(x, top + 8, x + 36, top + 8, pen)
            label = self.addText(words, self._font(9))
            label.setDefaultTextColor(QColor(INK))
            label.setPos(x + 40, top - 4)
            x += 40 + label.boundingRect().width() + 24
        heads = (translate("TeamMap", "Adults"), translate("TeamMap", "Children"),
                 translate("TeamMap", "Places and groups"))
        for column, words in enumerate(heads):
            label = self.addText(words, self._font(9, bold=True))
            label.setDefaultTextColor(QColor(QUIET))
            label.setPos(column * (NODE_W + COLUMN_GAP), -28)

    def show_current(self, key: str | None) -> None:
        """A thick ring around the current box, and its lines drawn bolder."""
        if self.ring is not None:
            self.removeItem(self.ring)
            self.ring = None
        for (child, place), line in self.line_items.items():
            pen = line.pen()
            confirmed = pen.style() == Qt.PenStyle.SolidLine
            pen.setWidthF((4.5 if key in (child, place) else 2.5) if confirmed else
                          (3.2 if key in (child, place) else 1.8))
            line.setPen(pen)
        if key is None or key not in self.nodes:
            return
        rect = self.nodes[key].box.boundingRect().adjusted(-5, -5, 5, 5)
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        self.ring = self.addPath(path, QPen(QColor(FOCUS), 3), QBrush(Qt.BrushStyle.NoBrush))
        self.ring.setZValue(3)


class TeamMapView(QGraphicsView):
    """The map, moved through by keyboard: Tab / Shift+Tab and Down / Up go to the next and
    previous box in the list's order (Tab leaves after the last), Home and End to the first
    and last; Right and Left follow the chosen box's lines to the boxes joined to it, round
    and round; Return opens. Each box reached is said: the view's description is its
    sentence."""

    current_changed = Signal(str)
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map_scene = TeamMapScene(self)
        self.setScene(self.map_scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(160)
        self.current: str | None = None
        self.anchor: str | None = None  # the box whose lines Right and Left go round

    # drawing and fitting

    def draw(self, team: TeamMap) -> None:
        keep = self.current
        self.map_scene.draw(team)
        self.current = keep if keep in self.map_scene.nodes else None
        self.map_scene.show_current(self.current)
        self._fit()

    def _fit(self) -> None:
        """As large as the interface's text (View → Larger text) where there is room; else
        shrunk to fit, but never below half size (then it scrolls, and the keyboard scrolls
        to each box)."""
        rect = self.map_scene.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        text = max(QApplication.font().pointSizeF() / BASE_POINTS, 1.0)
        scale = min(view.width() / rect.width(), view.height() / rect.height(), text)
        scale = max(scale, 0.5)
        self.resetTransform()
        self.scale(scale, scale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # moving

    def set_current(self, key: str | None, *, following: bool = False) -> None:
        if not following:
            self.anchor = None  # Right and Left go round the lines of the box chosen next
        if key == self.current:
            return
        self.current = key
        self.map_scene.show_current(key)
        if key is not None:
            node = self.map_scene.nodes[key]
            self.ensureVisible(node.box.boundingRect(), 20, 20)
            self.setAccessibleDescription(node_sentence(self.map_scene.team, key))
            self.current_changed.emit(key)

    def step(self, forward: bool) -> bool:
        """Move to the next (or previous) box; False at the end (nothing moved)."""
        order = self.map_scene.order
        if not order:
            return False
        if self.current not in order:
            self.set_current(order[0] if forward else order[-1])
            return True
        at = order.index(self.current) + (1 if forward else -1)
        if not 0 <= at < len(order):
            return False
        self.set_current(order[at])
        return True

    def follow(self, forward: bool) -> bool:
        """Along the lines of the chosen box: to the next (or previous) box joined to it, round
        and round; Up, Down or Tab choose another box to go round. False if it has none."""
        team = self.map_scene.team
        if self.current is None:
            return False
        if self.anchor is None or self.anchor not in self.map_scene.nodes:
            self.anchor = self.current
        joined = [link.place_key if link.child_key == self.anchor else link.child_key
                  for link in team.links_of(self.anchor)]
        joined = [key for key in joined if key in self.map_scene.nodes]
        if not joined:
            return False
        if self.current in joined:
            at = (joined.index(self.current) + (1 if forward else -1)) % len(joined)
        else:
            at = 0 if forward else len(joined) - 1
        self.set_current(joined[at], following=True)
        return True

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab moves box to box, then on out of the map: never a trap.
        if self.hasFocus() and self.step(forward):
            return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        order = self.map_scene.order
        if self.current is None and order:
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            self.set_current(order[-1] if backwards else order[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        order = self.map_scene.order
        if key == Qt.Key.Key_Down:
            self.step(True)
        elif key == Qt.Key.Key_Up:
            self.step(False)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.follow(key == Qt.Key.Key_Right)
        elif key == Qt.Key.Key_Home and order:
            self.set_current(order[0])
        elif key == Qt.Key.Key_End and order:
            self.set_current(order[-1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current:
            self.activated.emit(self.current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _key_at(self, event: QMouseEvent) -> str | None:
        item: QGraphicsItem | None = self.itemAt(event.position().toPoint())
        key = item.data(0) if item is not None else None
        return key if isinstance(key, str) and key in self.map_scene.nodes else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        key = self._key_at(event)
        if key is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_current(key)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        key = self._key_at(event)
        if key is not None:
            self.activated.emit(key)
        super().mouseDoubleClickEvent(event)


# --------------------------------------------------------------------------- the page


class TeamMapPage(QWidget):
    """Filters above; the map and, beside it, the same in words; the timeline on a tab."""

    open_child = Signal(str)  # a child's id
    open_place = Signal(tuple)  # the record ids joined as one place or adult

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.whole = TeamMap(manager=False)
        self.team = TeamMap(manager=False)
        words = self.words = Words(self, CONTEXT)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        self.area = scrolled(body)
        words(self.area.setAccessibleName, QT_TRANSLATE_NOOP("TeamMap", "Team map"))
        outer.addWidget(self.area)
        layout = QVBoxLayout(body)
        title = QLabel()
        title.setProperty("role", "heading")
        title.setWordWrap(True)
        words(title.setText, QT_TRANSLATE_NOOP("TeamMap", "Team map: children, places and "
                                                          "adults joined by links"))
        layout.addWidget(title)
        self.status = QLabel()
        self.status.setObjectName("teamMapStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.filters = QWidget()
        self.filter_grid = QGridLayout(self.filters)
        self.filter_grid.setContentsMargins(0, 0, 0, 0)
        self.filter_cells: list[tuple[QLabel, QComboBox]] = []
        self.filters_per_row = 0
        self.when = self._combo( QT_TRANSLATE_NOOP("TeamMap", "&When linked:"), WINDOWS)
        self.kind = self._combo(QT_TRANSLATE_NOOP("TeamMap", "&Kind:"), KINDS)
        self.concern = self._combo(QT_TRANSLATE_NOOP("TeamMap", "Level of &concern:"), CONCERNS)
        words(self.concern.setToolTip, QT_TRANSLATE_NOOP(
            "TeamMap", "Of concern: adults marked of concern, and places with worries written. "
            "High or very high: children whose safety and wellbeing level is high or very "
            "high."))
        self.suggested = QCheckBox()
        words(self.suggested.setText, QT_TRANSLATE_NOOP("TeamMap", "Show s&uggested links"))
        words(lambda w: named(self.suggested, w), QT_TRANSLATE_NOOP(
            "TeamMap", "Show suggested links, dashed: not yet confirmed"))
        self.suggested.setChecked(False)  # suggestions on the map only when asked for
        self.suggested.toggled.connect(self._refilter)
        self._place_filters(3)
        layout.addWidget(self.filters)

        self.tabs = QTabWidget()
        words(self.tabs.setAccessibleName, QT_TRANSLATE_NOOP("TeamMap", "Map and timeline"))
        layout.addWidget(self.tabs, 1)
        mapped = QWidget()
        m_layout = QVBoxLayout(mapped)
        m_layout.setContentsMargins(0, 4, 0, 0)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.view = TeamMapView()
        words(lambda w: self.view.setAccessibleName(w), QT_TRANSLATE_NOOP(
            "TeamMap", "Team map drawing: Tab or Down moves from box to box, Right follows a box's "
            "lines, Return opens"))
        self.view.current_changed.connect(self._current_changed)
        self.view.activated.connect(self._open)
        self.split.addWidget(self.view)
        self.listing = WordsTree()
        words(self.listing.setAccessibleName, QT_TRANSLATE_NOOP(
            "TeamMap", "Team map in words: each place or adult and the children linked to it"))
        self.listing.currentItemChanged.connect(self._listing_moved)
        self.listing.itemActivated.connect(
            lambda item, _col: self._open(str(item.data(0, KEY_ROLE))))
        self.split.addWidget(self.listing)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        m_layout.addWidget(self.split, 1)
        opening = QHBoxLayout()
        self.open_button = QPushButton()
        words(self.open_button.setText, QT_TRANSLATE_NOOP("TeamMap", "&Open"))
        words(lambda w: named(self.open_button, w), QT_TRANSLATE_NOOP(
            "TeamMap", "Open the chosen child's record, or the chosen place or adult"))
        self.open_button.clicked.connect(lambda: self._open(self.view.current or ""))
        opening.addWidget(self.open_button)
        opening.addWidget(self.suggested)
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setProperty("role", "hint")
        opening.addWidget(self.said, 1)
        m_layout.addLayout(opening)
        self.tabs.addTab(mapped, "")
        words(tab_title(self.tabs, mapped, name_page=True), QT_TRANSLATE_NOOP("TeamMap", "&Map"))
        self.timeline = TimelinePanel()
        self.tabs.addTab(self.timeline, "")
        words(tab_title(self.tabs, self.timeline, name_page=True),
              QT_TRANSLATE_NOOP("TeamMap", "T&imeline"))
        self._sized = False
        self._enable()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_filters()
        if not self._sized and self.split.width() > 0:
            # The drawing three fifths of the width, the words two.
            self._sized = True
            width = self.split.width()
            self.split.setSizes([width * 3 // 5, width - width * 3 // 5])

    def _combo(self, label_words: str,
               choices: Sequence[tuple[object, str]]) -> QComboBox:
        label = QLabel()
        combo = QComboBox()
        # As wide as a short choice: the row fits a small screen; the list opens wider.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        for i, (_value, words) in enumerate(choices):
            combo.addItem("")
            self.words(item_text(combo, i), words)
        def show(words: str) -> None:
            label.setText(words)
            labelled(label, combo)
        self.words(show, label_words)
        combo.currentIndexChanged.connect(self._refilter)
        self.filter_cells.append((label, combo))
        return combo

    def _place_filters(self, per_row: int) -> None:
        """The filters, ``per_row`` of them on a line: all on one where the page is wide
        enough, one above the other on a small screen or with large text."""
        if per_row == self.filters_per_row:
            return
        self.filters_per_row = per_row
        grid = self.filter_grid
        for label, combo in self.filter_cells:
            grid.removeWidget(label)
            grid.removeWidget(combo)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        for i, (label, combo) in enumerate(self.filter_cells):
            row, column = divmod(i, per_row)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(combo, row, 2 * column + 1)
        grid.setColumnStretch(2 * per_row, 1)

    def _fit_filters(self) -> None:
        # The page's width, less the scroll bar and margins (its children are not yet resized).
        room = self.width() - 48
        spacing = self.filter_grid.horizontalSpacing()
        widths = [label.sizeHint().width() + combo.sizeHint().width() + 2 * spacing
                  for label, combo in self.filter_cells]
        for per_row in (3, 2, 1):
            rows = [widths[i:i + per_row] for i in range(0, len(widths), per_row)]
            if per_row == 1 or max(sum(r) for r in rows) <= room:
                self._place_filters(per_row)
                return

    # ------------------------------------------------------------------ loading

    def start(self) -> None:
        """Keep the opening in the audit trail (a manager's laptop only), then read the map."""
        self.worker.change(links.note_team_view_opened,
                           success=while_open(self, lambda _none: self._load()),
                           failure=while_open(self, lambda _e: self.show_map(TeamMap(False))))

    def _load(self) -> None:
        self.worker.query(load_team_map, success=while_open(self, self.show_map))

    def show_map(self, team: TeamMap) -> None:
        self.whole = team
        self.filters.setVisible(team.manager)
        self.tabs.setVisible(team.manager)
        if not team.manager:
            say(self.status, translate("TeamMap", NOT_A_MANAGER))
            self.team = team
            self.view.draw(team)
            self.listing.clear()
            self.timeline.show_team(team)
            self._enable()
            return
        self._refilter()

    def chosen_filter(self) -> MapFilter:
        days = WINDOWS[max(self.when.currentIndex(), 0)][0]
        now = self.whole.now
        since = now - timedelta(days=days) if days is not None and now is not None else None
        return MapFilter(since=since, sorts=KINDS[max(self.kind.currentIndex(), 0)][0],
                         concern=CONCERNS[max(self.concern.currentIndex(), 0)][0],
                         suggested=self.suggested.isChecked())

    def choose(self, *, days: int | None = None, sorts: frozenset[str] | None = None,
               concern: Concern = Concern.ANY) -> None:
        """Set the filters as a manager would pick them."""
        self.when.setCurrentIndex([d for d, _w in WINDOWS].index(days))
        self.kind.setCurrentIndex([k for k, _w in KINDS].index(sorts))
        self.concern.setCurrentIndex([c for c, _w in CONCERNS].index(concern))

    def _refilter(self, *_args: object) -> None:
        if not self.whole.manager:
            return
        self.team = filtered(self.whole, self.chosen_filter())
        self.view.draw(self.team)
        self._fill_listing()
        self.timeline.show_team(self.team)
        self._say_counts()
        self._enable()

    def _say_counts(self) -> None:
        team = self.team
        linked = sum(1 for p in team.places if not p.suggested)
        counts = fill(translate("TeamMap", "{children} children, {linked} places and adults "
                                           "linked, {suggested} suggested."),
                      children=len(team.children), linked=linked,
                      suggested=len(team.places) - linked)
        if not self.suggested.isChecked():
            asked = replace(self.chosen_filter(), suggested=True)
            hidden = sum(1 for p in filtered(self.whole, asked).places if p.suggested)
            counts = fill(translate("TeamMap", "{children} children, {linked} places and adults "
                                               "linked; {hidden} suggested, not shown."),
                          children=len(team.children), linked=linked, hidden=hidden)
        if not team.places and self.whole.places:
            counts = translate("TeamMap", "Nothing on the map with these filters: choose wider "
                                          "ones above.")
        elif not team.places:
            counts = translate("TeamMap", "No links yet: confirm suggestions on the Team links "
                                          "page, and they show here.")
        say(self.status, counts + " " + translate("TeamMap", "Nothing on this page is ever "
                                                             "printed for a child or carer."))

    def _fill_listing(self) -> None:
        team = self.team
        self.listing.blockSignals(True)
        self.listing.clear()
        for place in team.places:
            top = QTreeWidgetItem([place_sentence(team, place)])
            top.setData(0, KEY_ROLE, place.key)
            top.setToolTip(0, top.text(0))
            for link in team.links_of(place.key):
                item = QTreeWidgetItem(top, [link_sentence(team, link)])
                item.setData(0, KEY_ROLE, link.child_key)
                item.setData(0, CONFIRMED_ROLE, link.confirmed)
                item.setToolTip(0, item.text(0))
            self.listing.addTopLevelItem(top)
            top.setExpanded(True)
        self.listing.blockSignals(False)
        self._show_in_listing(self.view.current)

    # ------------------------------------------------------------------ moving and opening

    def _current_changed(self, key: str) -> None:
        say(self.said, node_sentence(self.team, key))
        self._show_in_listing(key)
        self._enable()

    def _show_in_listing(self, key: str | None) -> None:
        current = self.listing.currentItem()
        if key is None or (current is not None and current.data(0, KEY_ROLE) == key):
            return
        for item in self.listing_items():
            if item.data(0, KEY_ROLE) == key:
                self.listing.blockSignals(True)
                self.listing.setCurrentItem(item)
                self.listing.blockSignals(False)
                self.listing.scrollToItem(item)
                return

    def listing_items(self) -> list[QTreeWidgetItem]:
        """Every line of the list, each place followed by its children."""
        found: list[QTreeWidgetItem] = []
        for i in range(self.listing.topLevelItemCount()):
            top = self.listing.topLevelItem(i)
            if top is None:
                continue
            found.append(top)
            found += [c for j in range(top.childCount()) if (c := top.child(j)) is not None]
        return found

    def _listing_moved(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.view.set_current(str(item.data(0, KEY_ROLE)))

    def _open(self, key: str) -> None:
        if key.startswith("child:"):
            self.open_child.emit(key.removeprefix("child:"))
        elif key:
            self.open_place.emit(self.team.place(key).record_ids)

    def _enable(self) -> None:
        self.open_button.setEnabled(self.view.current is not None)
        if self.view.current is None:
            say(self.said, translate("TeamMap", "Choose a box on the map, or a line in the "
                                                "list, to hear what it joins."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.whole.manager:
            self._refilter()
