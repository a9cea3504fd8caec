"""A drawing pad for pen, mouse or finger. The picture is kept as PNG bytes in a Drawing
entry inside the vault (never as a file)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QWidget

from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import translate

PEN_COLOURS = ("#1f2933", "#2f6f8f", "#2e7d32", "#b3261e", "#b7791f", "#7e57c2")


class DrawingPad(QWidget):
    changed = Signal()
    stroke_finished = Signal()  # pen lifted: a moment to keep the picture as a draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, translate("DrawingPad", "Drawing pad"), translate("DrawingPad", "Draw with a pen, the mouse or a finger"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(320, 240)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.pen_colour = QColor(PEN_COLOURS[0])
        self.pen_width = 5.0
        self._image = QImage(QSize(640, 420), QImage.Format.Format_ARGB32)
        self._image.fill(QColor("white"))
        self._last: QPointF | None = None
        self._empty = True

    # ------------------------------------------------------------------ state

    def is_empty(self) -> bool:
        return self._empty

    def clear(self) -> None:
        self._image.fill(QColor("white"))
        self._empty = True
        self.update()
        self.changed.emit()

    def image(self) -> QImage:
        return self._image.copy()

    def png_bytes(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 takes the image format as str (bytes are refused); its stubs say bytes.
        self._image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    # ------------------------------------------------------------------ drawing

    def stroke(self, start: QPointF, end: QPointF, pressure: float = 1.0) -> None:
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(1.0, self.pen_width * (0.5 + pressure))
        painter.setPen(QPen(self.pen_colour, width, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawLine(start, end)
        painter.end()
        self._empty = False
        self.update()
        self.changed.emit()

    def _to_image(self, point: QPointF) -> QPointF:
        sx = self._image.width() / max(1, self.width())
        sy = self._image.height() / max(1, self.height())
        return QPointF(point.x() * sx, point.y() * sy)

    def _press(self, point: QPointF) -> None:
        self._last = self._to_image(point)
        self.stroke(self._last, self._last)

    def _move(self, point: QPointF, pressure: float = 0.5) -> None:
        if self._last is None:
            return
        here = self._to_image(point)
        self.stroke(self._last, here, pressure)
        self._last = here

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._finish()

    def _finish(self) -> None:
        if self._last is not None:
            self._last = None
            self.stroke_finished.emit()

    def load_png(self, png: bytes) -> bool:
        """Put back a picture kept earlier (a draft); False if it cannot be read."""
        # PySide6 takes the image format as str (bytes are refused); its stubs say bytes.
        image = QImage.fromData(png, "PNG")  # type: ignore[arg-type]
        if image.isNull():
            return False
        self._image = image.convertToFormat(QImage.Format.Format_ARGB32)
        self._empty = False
        self.update()
        return True

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._press(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._move(event.position(), event.pressure())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._finish()
        event.accept()

    def event(self, event) -> bool:
        if isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                point = points[0]
                kind = event.type()
                if kind == QTouchEvent.Type.TouchBegin:
                    self._press(point.position())
                elif kind == QTouchEvent.Type.TouchUpdate:
                    self._move(point.position(), max(point.pressure(), 0.3))
                else:
                    self._finish()
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(self.rect(), self._image)
        painter.setPen(QPen(QColor("#8d877d"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.hasFocus():
            painter.setPen(QPen(QColor("#2f6f8f"), 3))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()
