"""Fitting a small screen: a council laptop of 1366×768 at 150% scaling is 911×512 to Qt, and
the largest text size doubles every word. Rows of controls wrap onto the next line
(``FlowLayout``), content that can grow scrolls (``scrolled``, ``scroll_body``), and no window
opens larger than the screen it is on (``ScreenFit``)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLayout,
    QLayoutItem,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.common.a11y import name_by_labels

W = TypeVar("W", bound=QWidget)


class FlowLayout(QLayout):
    """Items left to right, wrapping onto a new line when the row is full (Qt's flow layout
    example). Its least width is its widest item, not the sum of them all."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addStretch(self, _stretch: int = 0) -> None:
        """Nothing: a flow's spare room is at the end of each line already (so code written
        for a box layout reads the same)."""

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        from PySide6.QtWidgets import QWidgetItem

        self._items.insert(max(0, min(index, len(self._items))), QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        width = height = 0
        for item in self._items:
            hint = item.sizeHint()
            width += hint.width() + self._gap()
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return max(6, parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        gap = self._gap()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), item.minimumSize().width()))
            if x + width > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def flow_row(*widgets: QWidget) -> FlowLayout:
    row = FlowLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row


def scrolled(content: QWidget, name: str = "") -> QScrollArea:
    """``content`` in a scroll area that grows with it and scrolls only when the screen is too
    small. The area is never a Tab stop of its own: the keyboard goes to what is inside, and a
    focused control is scrolled into view."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    if name:
        area.setAccessibleName(name)
    area.setWidget(content)
    return area


def scroll_body(dialog: QWidget, keep_last: int = 1, keep: QWidget | None = None,
                name: str = "") -> QScrollArea | None:
    """Move everything in ``dialog``'s box layout into a scroll area but its last
    ``keep_last`` items, or, given ``keep`` (the row of buttons), all but that one, which goes
    under the scroll area: Save and Cancel stay in sight however small the screen."""
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or dialog.findChild(QWidget, "scrollBody") is not None:
        return None
    at = layout.indexOf(keep) if keep is not None else -1
    kept = {at} if at >= 0 else set(range(max(0, layout.count() - keep_last), layout.count()))
    moving = [i for i in range(layout.count()) if i not in kept]
    if not moving:
        return None
    body = QWidget()
    body.setObjectName("scrollBody")
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    # What each item is, read before any is taken out (taking renumbers the rest).
    parts: list[tuple[QWidget | None, QLayout | None, int, Qt.AlignmentFlag]] = []
    for i in moving:
        item = layout.itemAt(i)
        assert item is not None
        parts.append((item.widget(), item.layout(), layout.stretch(i), item.alignment()))
    spacers: dict[int, QLayoutItem] = {}
    for i in reversed(moving):
        taken = layout.takeAt(i)
        if taken is not None and taken.widget() is None and taken.layout() is None:
            spacers[i] = taken  # a spacer or a stretch, moved as it is
    for i, (widget, sub, stretch, alignment) in zip(moving, parts, strict=True):
        if widget is not None:
            inner.addWidget(widget, stretch, alignment)
        elif sub is not None:
            sub.setParent(None)
            inner.addLayout(sub, stretch)
        elif i in spacers:
            inner.addItem(spacers[i])
    area = scrolled(body, name or dialog.accessibleName() or dialog.windowTitle())
    layout.insertWidget(0, area, 1)
    return area


class ScreenFit(QObject):
    """Installed on the application: a window or dialog as it first shows is made no larger
    than the screen it is on, and moved onto it, as a window manager would on a small screen;
    and its fields are named by their visible labels (``a11y.name_by_labels``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow() and not watched.property("fittedToScreen"):
            watched.setProperty("fittedToScreen", True)
            fit_window(watched)
            # Also at first show, when every form is built: each field is named by its label.
            name_by_labels(watched)
        return False


def fit_window(window: QWidget) -> None:
    if isinstance(window, QMessageBox):
        return  # sized to its words by Qt
    screen = window.screen()
    room = screen.availableGeometry()
    size = window.size().boundedTo(room.size())
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    if not room.contains(frame):
        x = min(max(frame.x(), room.x()), room.right() - frame.width() + 1)
        y = min(max(frame.y(), room.y()), room.bottom() - frame.height() + 1)
        window.move(max(x, room.x()), max(y, room.y()))


def shrinkable(widget: W) -> W:
    """A label or line whose words may be cut when the window is narrow (the full text is
    its tooltip and accessible description), rather than holding the window wide."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)
    return widget
