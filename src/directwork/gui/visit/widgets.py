"""Small parts of the visit screen: who may see an entry and how it was given, and the 0-10
safety scale with faces."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from directwork.domain import catalogue
from directwork.domain.records import (
    Audience,
    Child,
    GivenHow,
    Speaker,
    VoiceEntry,
    WelshPreference,
)
from directwork.gui.common.a11y import named

GIVEN_HOW_WORDS = {
    GivenHow.SAID: "said it",
    GivenHow.TYPED_BY_CHILD: "typed it themselves",
    GivenHow.DRAWN: "drew it",
    GivenHow.WRITTEN_BY_WORKER: "I wrote it down for them",
}
AUDIENCE_WORDS = {
    Audience.WORKER: "me (their worker)",
    Audience.TEAM: "my team",
    Audience.CHILD: "the child",
    Audience.CARERS: "their carers",
    Audience.AGENCIES: "other agencies",
}
SCALE_WORDS = {0: "not safe at all", 5: "in the middle", 10: "completely safe"}


class EntryOptions(QWidget):
    """Whether the words are exact, how they were given, and who the speaker agreed may see
    them. Set once and kept for each entry until changed."""

    def __init__(self, who: str, audiences: tuple[Audience, ...],
                 default_shared: tuple[Audience, ...] = (Audience.WORKER, Audience.TEAM),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.verbatim = named(QCheckBox("Their exact words"),
                              f"These are {who}'s exact words")
        self.verbatim.setChecked(True)
        self.given_how = named(QComboBox(), f"How {who} gave it")
        for how, words in GIVEN_HOW_WORDS.items():
            if how != GivenHow.DRAWN:
                self.given_how.addItem(words, how)
        layout.addWidget(self.verbatim, 0, 0)
        layout.addWidget(QLabel("How:"), 0, 1)
        layout.addWidget(self.given_how, 0, 2)
        share_row = QHBoxLayout()
        share_row.addWidget(QLabel(f"{who.capitalize()} agreed these can see it:"))
        self.shared: dict[Audience, QCheckBox] = {}
        for audience in audiences:
            box = named(QCheckBox(AUDIENCE_WORDS[audience]),
                        f"{who.capitalize()} agreed {AUDIENCE_WORDS[audience]} can see it")
            box.setChecked(audience in default_shared)
            if audience == Audience.WORKER:
                box.setChecked(True)
                box.setEnabled(False)  # the worker wrote it down: they always see it
            self.shared[audience] = box
            share_row.addWidget(box)
        share_row.addStretch()
        layout.addLayout(share_row, 1, 0, 1, 4)
        layout.setColumnStretch(3, 1)

    def shared_with(self) -> list[Audience]:
        return [a for a, box in self.shared.items() if box.isChecked()]

    def how(self) -> GivenHow:
        return GivenHow(self.given_how.currentData())


def face_pixmap(score: int, size: int = 44) -> QPixmap:
    """A face from sad (0) to happy (10), drawn rather than an emoji so every platform shows it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    t = score / 10
    fill = QColor.fromHsvF(0.0 + 0.3 * t, 0.45, 0.98)
    painter.setPen(QPen(QColor("#1f2933"), 2))
    painter.setBrush(fill)
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    painter.setBrush(QColor("#1f2933"))
    eye = size * 0.07
    painter.drawEllipse(QPointF(size * 0.35, size * 0.38), eye, eye)
    painter.drawEllipse(QPointF(size * 0.65, size * 0.38), eye, eye)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    y = size * 0.66
    curve = (t - 0.5) * size * 0.36
    mouth.moveTo(size * 0.3, y)
    mouth.quadTo(size * 0.5, y + curve, size * 0.7, y)
    painter.drawPath(mouth)
    painter.end()
    return pixmap


class SafetyScale(QWidget):
    """Eleven big buttons, 0 to 10, each with a face."""

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score))
            button.setCheckable(True)
            button.setIcon(QIcon(face_pixmap(score)))
            button.setIconSize(QSize(40, 40))
            button.setMinimumSize(64, 76)
            words = SCALE_WORDS.get(score, "")
            named(button, f"{score} out of 10" + (f", {words}" if words else ""))
            self.group.addButton(button, score)
            self.buttons.append(button)
            layout.addWidget(button)
        self.group.idClicked.connect(self.picked)

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, score: int | None) -> None:
        if score is None:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[score].setChecked(True)


def entry_line(entry: VoiceEntry) -> str:
    words = entry.text or "(drawing)"
    if entry.verbatim and entry.text:
        words = f"\u201c{words}\u201d"
    if entry.scale is not None:
        words = f"{entry.scale}/10  {words if entry.text else ''}".strip()
    how = GIVEN_HOW_WORDS.get(entry.given_how, entry.given_how.value)
    if entry.speaker == Speaker.CARER:
        return f"{words}  — {entry.speaker_name}, {how}"
    return f"{words}  ({how})"


def child_words(key: str, child: Child) -> str:
    """Words the child sees, from the catalogue in the language they chose (Welsh first when
    they want both)."""
    english = catalogue.text(key, "en")
    if child.welsh_preference == WelshPreference.WELSH:
        return catalogue.text(key, "cy")
    if child.welsh_preference == WelshPreference.BILINGUAL:
        return f"{catalogue.text(key, 'cy')} / {english}"
    return english


def entry_list(name: str) -> QListWidget:
    listing = named(QListWidget(), name)
    listing.setWordWrap(True)
    listing.setAlternatingRowColors(True)
    return listing
