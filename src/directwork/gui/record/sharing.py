"""Who may see a kept entry, in words and in full, and changing it: from visit mode (inside
"Put this right") and from the Voice tab of the child's record.

A change is never an edit: it is saved as a new version of the entry, with why and by whom
(``store.sharing.change_entry``); the versions before it stay in the history shown here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import Audience, Speaker, VoiceEntry
from directwork.domain.redaction import own_audience, seen_by
from directwork.gui.common.a11y import labelled, named
from directwork.gui.common.fit import scroll_body
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, fill, translate

LONDON = ZoneInfo("Europe/London")
# Who may see it, as the practitioner says it. The child is named where the name is known.
AUDIENCE_NAMES = TranslatedWords("SharingWords", {Audience.WORKER: QT_TRANSLATE_NOOP("SharingWords", "me"), Audience.TEAM: QT_TRANSLATE_NOOP("SharingWords", "my team"), Audience.CHILD: QT_TRANSLATE_NOOP("SharingWords", "the child"),
                  Audience.CARERS: QT_TRANSLATE_NOOP("SharingWords", "carers"), Audience.AGENCIES: QT_TRANSLATE_NOOP("SharingWords", "other agencies")})


def audience_name(audience: Audience, child_name: str = "") -> str:
    if audience is Audience.CHILD and child_name:
        return child_name
    return AUDIENCE_NAMES[audience]


def and_list(words: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + translate("Sharing", " and ") + words[-1]


def speaker_words(entry: VoiceEntry, child_name: str = "") -> str:
    if entry.speaker is Speaker.CHILD:
        return child_name or entry.speaker_name or translate("Sharing", "the child")
    return entry.speaker_name or (translate("Sharing", "the carer")
                                  if entry.speaker is Speaker.CARER else translate("Sharing", "they"))


def seen_by_words(entry: VoiceEntry, child_name: str = "") -> str:
    """Everyone who may see ``entry``, in full ("May be seen by: me, my team, Iolo, carers"),
    and, when the words are kept from the person who said them, that and why."""
    said = fill(translate("Sharing", "May be seen by: %1"),
                ", ".join(audience_name(a, child_name) for a in seen_by(entry)))
    if entry.kept_from_speaker:
        said += fill(translate("Sharing", ". Kept from %1: %2"), speaker_words(entry, child_name),
                     entry.kept_reason or translate("Sharing", "no reason recorded"))
    return said


def when_words(value: datetime | None) -> str:
    return (value.astimezone(LONDON).strftime("%d/%m/%Y %H:%M") if value
            else translate("Sharing", "(time not known)"))


def version_words(version: VoiceEntry, child_name: str, first: bool) -> str:
    """One line of an entry's history: when, who, who could see it, and why it changed."""
    who = version.changed_by_name or translate("Sharing", "a practitioner on another laptop")
    line = fill(translate("Sharing", "%1, kept by %2. %3.") if first
                else translate("Sharing", "%1, changed by %2. %3."),
                when_words(version.created_at), who, seen_by_words(version, child_name))
    if not first:
        line += " " + fill(translate("Sharing", "Why: %1."),
                           version.change_reason or translate("Sharing", "no reason recorded"))
    return line


@dataclass
class SharingChoice:
    """What the practitioner chose: who the speaker agreed may see the entry, whether it is
    kept from the speaker and why, and why it is changing."""

    shared_with: list[Audience]
    kept_from_speaker: bool
    kept_reason: str
    why: str


class SharingEditor(QWidget):
    """Ticks for who may see an entry, "keep it from the speaker" with its reason, why the
    change is made, and the entry's earlier versions."""

    def __init__(self, entry: VoiceEntry, child_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.child_name = child_name
        speaker = speaker_words(entry, child_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.now = QLabel(seen_by_words(entry, child_name))
        self.now.setWordWrap(True)
        named(self.now, translate("SharingEditor", "Who may see it now"))
        layout.addWidget(self.now)
        layout.addWidget(QLabel(fill(translate("SharingEditor", "%1%2 agreed these may see it:"), speaker[:1].upper(), speaker[1:])))
        row = QHBoxLayout()
        self.boxes: dict[Audience, QCheckBox] = {}
        own = own_audience(entry)
        for audience in Audience:
            if audience is own:
                continue  # the speaker sees their own words unless kept from them, below
            box = named(QCheckBox(audience_name(audience, child_name)),
                        fill(translate("SharingEditor", "%1 agreed %2 may see it"), speaker, audience_name(audience, child_name)))
            box.setChecked(audience is Audience.WORKER or audience in entry.shared_with)
            box.setEnabled(audience is not Audience.WORKER)  # the worker wrote it down
            self.boxes[audience] = box
            row.addWidget(box)
        row.addStretch()
        layout.addLayout(row)
        self.kept = None
        self.kept_reason = None
        if own is not None:
            self.kept = named(QCheckBox(fill(translate("SharingEditor", "Keep these words from %1"), speaker)),
                              fill(translate("SharingEditor", "Keep these words from %1"), speaker))
            self.kept.setChecked(entry.kept_from_speaker)
            layout.addWidget(self.kept)
            self.kept_reason = named(QLineEdit(entry.kept_reason),
                                     fill(translate("SharingEditor", "Why the words are kept from %1"), speaker))
            self.kept_reason.setPlaceholderText(fill(translate("SharingEditor", "Why %1 should not see their own words"), speaker))
            self.kept_reason.setEnabled(entry.kept_from_speaker)
            self.kept.toggled.connect(self.kept_reason.setEnabled)
            reason_label = QLabel(translate("SharingEditor", "Why they are kept:"))
            labelled(reason_label, self.kept_reason)
            layout.addWidget(reason_label)
            layout.addWidget(self.kept_reason)
        label = QLabel(translate("SharingEditor", "&Why is who may see it changing? (kept in the history)"))
        self.why = named(QLineEdit(), translate("SharingEditor", "Why who may see it is changing"))
        self.why.setPlaceholderText(fill(translate("SharingEditor", "e.g. %1 changed their mind"), speaker))
        label.setBuddy(self.why)
        layout.addWidget(label)
        layout.addWidget(self.why)
        layout.addWidget(QLabel(translate("SharingEditor", "This entry's history, oldest first")))
        self.history = named(QListWidget(), translate("SharingEditor", "Every version of this entry, oldest first"))
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(140)
        layout.addWidget(self.history)

    def show_versions(self, versions: list[VoiceEntry]) -> None:
        self.history.clear()
        for i, version in enumerate(versions):
            self.history.addItem(version_words(version, self.child_name, first=i == 0))
        if not versions:
            self.history.addItem(translate("SharingEditor", "None: this is the first version."))

    def choice(self) -> SharingChoice:
        return SharingChoice(
            shared_with=[a for a, box in self.boxes.items() if box.isChecked()],
            kept_from_speaker=bool(self.kept and self.kept.isChecked()),
            kept_reason=self.kept_reason.text().strip() if self.kept_reason else "",
            why=self.why.text().strip())

    def changes_sharing(self) -> bool:
        chosen = self.choice()
        own = own_audience(self.entry)
        before = {a for a in self.entry.shared_with if a is not own} | {Audience.WORKER}
        return (set(chosen.shared_with) != before
                or chosen.kept_from_speaker != self.entry.kept_from_speaker
                or (chosen.kept_from_speaker
                    and chosen.kept_reason != self.entry.kept_reason.strip()))

    def problem(self) -> str:
        """What must be said before the change can be kept, or ""."""
        chosen = self.choice()
        if chosen.kept_from_speaker and not chosen.kept_reason:
            return f"Say why these words are kept from {speaker_words(self.entry, self.child_name)}."
        if self.changes_sharing() and not chosen.why:
            return "Say why who may see it is changing: it is kept in the history."
        return ""


class SharingDialog(QDialog):
    """Change who may see one kept entry (the Voice tab)."""

    chosen = Signal(object)  # a SharingChoice

    def __init__(self, entry: VoiceEntry, child_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SharingDialog", "Who may see this"))
        self.setAccessibleName(self.windowTitle())
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        words = entry.text or "(a drawing)"
        quote = QLabel(f"\u201c{words}\u201d \u2014 {speaker_words(entry, child_name)}")
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(quote)
        self.editor = SharingEditor(entry, child_name)
        layout.addWidget(self.editor)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = named(QDialogButtonBox(), translate("SharingDialog", "Keep the change or cancel"))
        self.keep_button = named(self.buttons.addButton(
            translate("SharingDialog", "&Keep the change"), QDialogButtonBox.ButtonRole.AcceptRole), translate("SharingDialog", "Keep the change"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), translate("SharingDialog", "Cancel"))
        self.buttons.accepted.connect(self._keep)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        scroll_body(self)
        self.editor.why.setFocus()

    def _keep(self) -> None:
        problem = self.editor.problem()
        if not problem and not self.editor.changes_sharing():
            problem = "Nothing was changed."
        if problem:
            self.error.setText(problem)
            return
        self.chosen.emit(self.editor.choice())
        self.accept()
