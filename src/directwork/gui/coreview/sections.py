"""What each part of the co-review shows, in the child's (or carers') words.

Everything here is built from a Case the redaction policy has already narrowed
(``for_child`` / ``for_carer``): this module only arranges words, it never decides what may
be seen. Words come from the catalogue of the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from directwork.domain import pictures
from directwork.domain.addressing import is_childline, is_emergency, is_the_child, speaking_to
from directwork.domain.case import Case, Viewer
from directwork.domain.catalogue import long_date, text
from directwork.domain.records import Helpline, Speaker, VoiceEntry
from directwork.gui.common.a11y import named
from directwork.paths import resource_path

# The parts of the plan the practitioner steps through, in order.
SECTIONS = ("why", "told", "going_well", "worries", "goals", "actions", "if_wrong",
            "safe_people", "safe_places", "helplines", "my_words")

# Carers read about the child, not as the child: these parts have carer headings.
_CARER_TITLES = {"told": "carer.told_title", "safe_people": "carer.safe_people_title",
                 "safe_places": "carer.safe_places_title", "my_words": "carer.my_words_title"}

ICON_SIZE = 96
ITEM_BUTTON = 56  # a speaker or picture button beside an item: big enough for a finger
TARGET = 64


def coreview_icon(name: str) -> str:
    return str(resource_path("icons", "coreview", f"{name}.svg"))


@dataclass
class SectionItem:
    """One item of a part as shown: its words, what kind of item it is (for its picture),
    the name a picked picture is kept under, and the speaker's recording, if any."""

    text: str
    kind: str
    key: str
    recording: bytes | None = None


@dataclass
class SectionContent:
    """One part of the plan as shown on screen: a heading and short paragraphs."""

    key: str
    title: str
    items: list[SectionItem] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return [item.text for item in self.items]


def section_title(key: str, view: Case, lang: str) -> str:
    if view.viewer is Viewer.CARER and key in _CARER_TITLES:
        return text(_CARER_TITLES[key], lang, child=view.child.display_name)
    return text(f"coreview.sections.{key}", lang)


def plan_sections(view: Case, lang: str) -> list[SectionContent]:
    """Every co-review part for an audience's view of the case, in ``lang``."""
    return [SectionContent(key, section_title(key, view, lang), _items(key, view, lang))
            for key in SECTIONS]


def helpline_lines(plan_lines: list[Helpline], lang: str, *, carer: bool, child: str
                   ) -> list[str]:
    """Who to call: the plan's helplines, with Childline and 999 each said once, in our
    words, whether or not the plan lists them too."""
    free = (text("carer.childline_free", lang, child=child) if carer
            else text("child.helplines.childline_free", lang))
    childline = text("child.helplines.childline", lang) + " " + free
    emergency = text("child.helplines.emergency", lang)
    lines: list[str] = []
    for line in plan_lines:
        if not (line.name or line.number):
            continue
        said = (childline if is_childline(line) else emergency if is_emergency(line)
                else f"{line.name}: {line.number}".strip(": "))
        if said not in lines:
            lines.append(said)
    return lines + [said for said in (childline, emergency) if said not in lines]


def _items(key: str, view: Case, lang: str) -> list[SectionItem]:
    """The items of one part, each named for its picture: by its own id where it has one,
    otherwise by its words as shown (domain/pictures.py)."""
    if key == "told":
        items = []
        for entry, line in _told(view, lang):
            recording = view.recording_for(entry)
            items.append(SectionItem(line, key, pictures.item_key(key, entry.id),
                                     recording.audio if recording is not None else None))
        return items
    lines = _lines(key, view, lang)
    plan = view.plan
    keys = [k for k, _words in pictures.plan_items(key, plan)] if plan is not None else []
    if len(keys) != len(lines):  # who to call: named by the words shown
        keys = [pictures.item_key(key, line) for line in lines]
    return [SectionItem(line, key, name) for line, name in zip(lines, keys, strict=True)]


def _told(view: Case, lang: str) -> list[tuple[VoiceEntry, str]]:
    """What was said, as shown: each entry with its line. A recording with nothing typed of
    it yet is still shown (and can be played)."""
    carer = view.viewer is Viewer.CARER
    child = view.child.display_name
    lines = []
    for entry in view.voice:
        recorded = view.recording_for(entry) is not None
        if not entry.text.strip() and not recorded:
            continue
        words = (f"\u201c{entry.text}\u201d" if entry.text.strip()
                 else text("coreview.recorded", lang))
        if entry.speaker is Speaker.CHILD and not carer:
            lines.append((entry, words))
        else:
            who = entry.speaker_name or (child if entry.speaker is Speaker.CHILD else "")
            said = text("child.told.said_by", lang, name=who) + " " if who else ""
            lines.append((entry, f"{said}{words}"))
    return lines


def _lines(key: str, view: Case, lang: str) -> list[str]:
    plan = view.plan
    if plan is None:
        return []
    carer = view.viewer is Viewer.CARER
    child = view.child.display_name
    # Said to the child ("You are..."), where that can be said for certain; as written to others.
    say = speaking_to(view)
    if key == "why":
        return _present([say(plan.why_working_together)])
    if key == "told":
        return [line for _entry, line in _told(view, lang)]
    if key == "going_well":
        return _present([say(w) for w in plan.working_well])
    if key == "worries":
        lines = []
        for worry in plan.worries:
            if worry.text.strip():
                note = " " + _disputed(worry.disputed_by, view, lang) if worry.disputed else ""
                lines.append(say(worry.text) + note)
        return lines
    if key == "goals":
        return [say(goal.text) + (" " + text("child.goals.lasting", lang, lasting=goal.lasting)
                                  if goal.lasting else "")
                for goal in plan.goals if goal.text.strip()]
    if key == "actions":
        lines = []
        for action in plan.actions:
            parts = [say(action.what)]
            for label, value in (("who", say(action.owner)), ("from", action.agency),
                                 ("by", long_date(action.due, lang) if action.due else "")):
                if value:
                    parts.append(f"{text(f'child.actions.{label}', lang)}: {value}")
            lines.append("\n".join(parts))
        return lines
    if key == "if_wrong":
        lines = []
        for item in plan.contingency:
            parts = [text("child.if_wrong.if", lang, text=say(item.if_this, capital=False))
                     if item.if_this else "",
                     text("child.if_wrong.then", lang, text=say(item.then_that, capital=False))
                     if item.then_that else "",
                     text("child.if_wrong.call", lang, text=item.call) if item.call else ""]
            lines.append("\n".join(p for p in parts if p))
        return lines
    if key == "safe_people":
        return _present(plan.safe_people)
    if key == "safe_places":
        return _present(plan.safe_places)
    if key == "helplines":
        return helpline_lines(plan.helplines, lang, carer=carer, child=child)
    if key == "my_words":
        return _present([plan.child_section])
    raise KeyError(key)


def _disputed(by: str, view: Case, lang: str) -> str:
    """Who does not agree with a worry, said as the printed copies say it: "You do not agree
    with this." to the child, "Rhys does not agree with this." to carers."""
    if is_the_child(by, view.child):
        if view.viewer is Viewer.CHILD:
            return text("child.worries.you_disagree", lang)
        if view.viewer is Viewer.CARER:
            return text("carer.child_disagrees", lang, child=view.child.display_name)
    return text("child.worries.disputed", lang)


def _present(values: list[str]) -> list[str]:
    return [v for v in values if v.strip()]


def item_picture(name: str) -> str:
    return str(resource_path("icons", "items", f"{name}.svg"))


def _small_button(icon: str, size: int = ITEM_BUTTON) -> QPushButton:
    button = QPushButton()
    button.setIcon(QIcon(coreview_icon(icon)))
    button.setIconSize(QSize(36, 36))
    button.setMinimumHeight(size)
    button.setProperty("coreview", "small")
    return button


class SectionPage(QFrame):
    """One part of the plan: its picture beside its heading and a button to hear it, then
    its items, each with its picture (the child may pick another), its words and a button to
    hear them; a recording has a button to play it."""

    hear_part_asked = Signal()
    hear_item_asked = Signal(int)
    pick_asked = Signal(int)
    play_asked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coreviewSection")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.picture = QSvgWidget()
        self.picture.setFixedSize(QSize(ICON_SIZE, ICON_SIZE))
        self.title = QLabel()
        self.title.setProperty("coreview", "title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.hear_part = _small_button("speaker", TARGET)
        self.hear_part.setIconSize(QSize(44, 44))
        self.hear_part.clicked.connect(self.hear_part_asked)
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(16)
        # The button to hear the part goes under its heading, not beside it: beside a long
        # Welsh heading it made a narrow screen scroll sideways.
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.hear_part, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(heading, 1)
        layout.addLayout(top)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body.setObjectName("coreviewBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setWidget(self.body)
        layout.addWidget(self.scroll_area, 1)
        self.content: SectionContent | None = None
        self.item_labels: list[QLabel] = []
        self.hear_buttons: list[QPushButton] = []
        self.picture_buttons: list[QPushButton] = []
        self.play_buttons: dict[int, QPushButton] = {}

    def clear(self) -> None:
        """Nothing of the plan left in the widgets (while the app is locked)."""
        self.title.clear()
        self.picture.setAccessibleName("")
        self.setAccessibleName("")
        self.hear_part.setAccessibleName("")
        self.content = None
        self._empty_body()

    def _empty_body(self) -> None:
        self.item_labels, self.hear_buttons, self.picture_buttons = [], [], []
        self.play_buttons = {}
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                # Detached at once, so no earlier audience's words linger in the window.
                old.setParent(None)
                old.deleteLater()

    def show_section(self, content: SectionContent, lang: str,
                     picks: dict[str, str] | None = None) -> None:
        picks = picks or {}
        self.content = content
        self.picture.load(coreview_icon(content.key))
        self.picture.setAccessibleName(content.title)
        self.title.setText(content.title)
        hear = text("coreview.hear_part", lang)
        self.hear_part.setText(hear)
        named(self.hear_part, hear)
        self._empty_body()
        if not content.items:
            label = self._words(text("coreview.nothing_here", lang), "empty")
            self.item_labels.append(label)
            self.body_layout.addWidget(label)
        for index, item in enumerate(content.items):
            self.body_layout.addWidget(self._item_row(index, item, lang, picks))
        self.setAccessibleName(content.title)

    def _words(self, words: str, role: str) -> QLabel:
        label = QLabel(words)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setProperty("coreview", role)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _item_row(self, index: int, item: SectionItem, lang: str,
                  picks: dict[str, str]) -> QWidget:
        row = QWidget()
        row.setObjectName("coreviewItem")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        chosen = pictures.picture_for(item.kind, item.key, picks)
        picture = QPushButton()
        picture.setIcon(QIcon(item_picture(chosen)))
        picture.setIconSize(QSize(48, 48))
        picture.setFixedSize(QSize(ITEM_BUTTON + 8, ITEM_BUTTON + 8))
        picture.setProperty("coreview", "picture")
        picture.setProperty("picture", chosen)
        named(picture, text("coreview.pick_picture", lang) + ": "
              + text(f"coreview.pictures.{chosen}", lang))
        picture.setToolTip(text("coreview.pick_picture", lang))
        picture.clicked.connect(lambda _c=False, i=index: self.pick_asked.emit(i))
        label = self._words(item.text, "item")
        hear = _small_button("speaker")
        hear.setText(text("coreview.hear_item", lang))
        named(hear, text("coreview.hear_item", lang))
        hear.clicked.connect(lambda _c=False, i=index: self.hear_item_asked.emit(i))
        line.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(label, 1)
        column = QVBoxLayout()
        column.addWidget(hear)
        if item.recording is not None:
            play = _small_button("play")
            play.setText(text("coreview.play_recording", lang))
            named(play, text("coreview.play_recording", lang))
            play.clicked.connect(lambda _c=False, i=index: self.play_asked.emit(i))
            column.addWidget(play)
            self.play_buttons[index] = play
        column.addStretch(1)
        line.addLayout(column)
        self.item_labels.append(label)
        self.hear_buttons.append(hear)
        self.picture_buttons.append(picture)
        return row
