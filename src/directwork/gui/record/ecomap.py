"""The ecomap: the child in the centre, the people and agencies around them, each line drawn
by how the child sees that person (trusted, not sure, worried)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from directwork.domain.records import AgencyInvolvement, Person, TrustView
from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, translate

LINE_STYLES: dict[TrustView | None, tuple[str, float, Qt.PenStyle, str]] = {
    TrustView.TRUSTED: ("#2e7d32", 4.0, Qt.PenStyle.SolidLine,
                        QT_TRANSLATE_NOOP("Ecomap", "trusted")),
    TrustView.NOT_SURE: ("#b7791f", 2.5, Qt.PenStyle.DashLine,
                         QT_TRANSLATE_NOOP("Ecomap", "not sure")),
    TrustView.WORRIED: ("#b3261e", 2.5, Qt.PenStyle.DotLine,
                        QT_TRANSLATE_NOOP("Ecomap", "worried about")),
    None: ("#7b8794", 1.5, Qt.PenStyle.SolidLine, QT_TRANSLATE_NOOP("Ecomap", "not asked yet")),
}
RING = 210.0
NODE_W, NODE_H = 170.0, 58.0


class EcomapScene(QGraphicsScene):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.person_lines: dict[str, tuple[TrustView | None, Qt.PenStyle]] = {}
        self.rx, self.ry = RING, RING

    def draw(self, child_name: str, people: Sequence[Person],
             agencies: Sequence[AgencyInvolvement]) -> None:
        self.clear()
        self.person_lines.clear()
        nodes: list[tuple[str, str, Person | None]] = [(p.name, p.relationship or p.role.value, p)
                                                       for p in people]
        nodes += [(a.agency, a.plan_type.value.replace("_", " "), None) for a in agencies]
        count = max(len(nodes), 1)
        # An ellipse wider than tall (names are wide), growing with the network so that
        # neighbouring boxes do not overlap.
        self.rx, self.ry = max(RING + 20, count * 38.0), max(RING - 20, count * 27.0)
        for i, (title, subtitle, person) in enumerate(nodes):
            angle = -math.pi / 2 + 2 * math.pi * i / count
            centre = QPointF(self.rx * math.cos(angle), self.ry * math.sin(angle))
            if person is not None:
                colour, width, style, _ = LINE_STYLES[person.child_view]
                self.person_lines[person.id] = (person.child_view, style)
            else:
                colour, width, style = "#52606d", 1.5, Qt.PenStyle.SolidLine
            pen = QPen(QColor(colour), width, style)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            line = self.addLine(0, 0, centre.x(), centre.y(), pen)
            line.setZValue(-1)
            self._node(centre, title, subtitle, person, agency=person is None)
        child = self.addEllipse(QRectF(-62, -62, 124, 124), QPen(QColor("#24566f"), 3),
                                QBrush(QColor("#2f6f8f")))
        child.setZValue(1)
        label = self.addText(child_name, self._font(12, bold=True))
        label.setDefaultTextColor(QColor("#ffffff"))
        label.setTextWidth(116)
        option = label.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.document().setDefaultTextOption(option)
        label.setPos(-58, -label.boundingRect().height() / 2)
        label.setZValue(2)
        self._legend()
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    @staticmethod
    def _font(size: int, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSize(size)
        font.setBold(bold)
        return font

    def _node(self, centre: QPointF, title: str, subtitle: str, person: Person | None,
              agency: bool) -> None:
        text = self.addText(title, self._font(10, bold=True))
        text.setDefaultTextColor(QColor("#1f2933"))
        text.setTextWidth(NODE_W - 12)
        extra = subtitle
        if person is not None and person.leads_relationship:
            extra += " · leads"
        if person is not None and person.of_concern:
            extra += " · of concern"
        sub = self.addText(extra, self._font(8))
        sub.setDefaultTextColor(QColor("#52606d"))
        sub.setTextWidth(NODE_W - 12)
        height = max(NODE_H, text.boundingRect().height() + sub.boundingRect().height() + 4)
        rect = QRectF(centre.x() - NODE_W / 2, centre.y() - height / 2, NODE_W, height)
        text.setPos(rect.left() + 6, rect.top() + 2)
        sub.setPos(rect.left() + 6, rect.top() + text.boundingRect().height())
        fill = "#eef2f5" if agency else "#ffffff"
        if person is not None and person.trusted_adult:
            fill = "#e4f1e3"
        border = QPen(QColor("#52606d"), 1.5)
        if person is not None and person.leads_relationship:
            border = QPen(QColor("#24566f"), 3)
        if person is not None and person.of_concern:
            border = QPen(QColor("#b3261e"), 2.5, Qt.PenStyle.DashLine)
        box = (self.addRect(rect, border, QBrush(QColor(fill))) if agency
               else self.addRoundedRect(rect, border, QBrush(QColor(fill))))
        box.setZValue(0)
        text.setZValue(1)
        sub.setZValue(1)

    def addRoundedRect(self, rect: QRectF, pen: QPen, brush: QBrush):
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRoundedRect(rect, 12, 12)
        return self.addPath(path, pen, brush)

    def _legend(self) -> None:
        top = self.ry + NODE_H + 10
        x = -self.rx - NODE_W / 2
        for view in (TrustView.TRUSTED, TrustView.NOT_SURE, TrustView.WORRIED, None):
            colour, width, style, words = LINE_STYLES[view]
            self.addLine(x, top + 8, x + 36, top + 8, QPen(QColor(colour), width, style))
            label = self.addText(QCoreApplication.translate("Ecomap", words), self._font(9))
            label.setDefaultTextColor(QColor("#1f2933"))
            label.setPos(x + 40, top - 4)
            x += 40 + label.boundingRect().width() + 24


class EcomapView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ecomap = EcomapScene(self)
        self.setScene(self.ecomap)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)  # drawn to fit: small on a small screen, never cut
        named(self, translate("EcomapView", "Ecomap: the child and the people around them"),
              translate("EcomapView", "Lines: solid green trusted, dashed amber not sure, dotted red worried about"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.ecomap.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fitInView(self.ecomap.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
