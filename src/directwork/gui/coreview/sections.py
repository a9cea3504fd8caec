"""What each part of the co-review shows, in the child's (or carers') words.

Everything here is built from a Case the redaction policy has already narrowed
(``for_child`` / ``for_carer``): this module only arranges words, it never decides what may
be seen. Words come from the catalogue of the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from directwork.domain.addressing import is_childline, is_emergency, is_the_child, speaking_to
from directwork.domain.case import Case, Viewer
from directwork.domain.catalogue import long_date, text
from directwork.domain.records import Helpline, Speaker
from directwork.paths import resource_path

# The parts of the plan the practitioner steps through, in order.
SECTIONS = ("why", "told", "going_well", "worries", "goals", "actions", "if_wrong",
            "safe_people", "safe_places", "helplines", "my_words")

# Carers read about the child, not as the child: these parts have carer headings.
_CARER_TITLES = {"told": "carer.told_title", "safe_people": "carer.safe_people_title",
                 "safe_places": "carer.safe_places_title", "my_words": "carer.my_words_title"}

ICON_SIZE = 96


def coreview_icon(name: str) -> str:
    return str(resource_path("icons", "coreview", f"{name}.svg"))


@dataclass
class SectionContent:
    """One part of the plan as shown on screen: a heading and short paragraphs."""

    key: str
    title: str
    lines: list[str] = field(default_factory=list)


def section_title(key: str, view: Case, lang: str) -> str:
    if view.viewer is Viewer.CARER and key in _CARER_TITLES:
        return text(_CARER_TITLES[key], lang, child=view.child.display_name)
    return text(f"coreview.sections.{key}", lang)


def plan_sections(view: Case, lang: str) -> list[SectionContent]:
    """Every co-review part for an audience's view of the case, in ``lang``."""
    return [SectionContent(key, section_title(key, view, lang), _lines(key, view, lang))
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
        lines = []
        for entry in view.voice:
            if not entry.text.strip():
                continue
            if entry.speaker is Speaker.CHILD and not carer:
                lines.append(f"\u201c{entry.text}\u201d")
            else:
                who = entry.speaker_name or (child if entry.speaker is Speaker.CHILD else "")
                said = text("child.told.said_by", lang, name=who) + " " if who else ""
                lines.append(f"{said}\u201c{entry.text}\u201d")
        return lines
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


class SectionPage(QFrame):
    """One part of the plan: its picture beside its heading, then its words."""

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
        top.addWidget(self.picture)
        top.addSpacing(16)
        top.addWidget(self.title, 1)
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

    def clear(self) -> None:
        """Nothing of the plan left in the widgets (while the app is locked)."""
        self.title.clear()
        self.picture.setAccessibleName("")
        self.setAccessibleName("")
        self._empty_body()

    def _empty_body(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                # Detached at once, so no earlier audience's words linger in the window.
                old.setParent(None)
                old.deleteLater()

    def show_section(self, content: SectionContent, lang: str) -> None:
        self.picture.load(coreview_icon(content.key))
        self.picture.setAccessibleName(content.title)
        self.title.setText(content.title)
        self._empty_body()
        lines = content.lines or [text("coreview.nothing_here", lang)]
        for line in lines:
            label = QLabel(line)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setProperty("coreview", "item" if content.lines else "empty")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.body_layout.addWidget(label)
        self.setAccessibleName(content.title)
