""""End visit": a summary of what was captured and the follow-ups to do, saved on the Visit.

Going back to the visit is the default: Enter never ends a visit, and ending one with nothing
recorded asks first."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import Child, Speaker, Topic, Visit
from directwork.gui.common.a11y import named
from directwork.gui.common.drafts import DraftKeeper, DraftTextEdit
from directwork.gui.common.fit import scroll_body
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, fill, translate
from directwork.gui.common.worker import VaultWorker
from directwork.store.views.visit import VisitContents
from directwork.store.visits import end_visit

TOPIC_WORDS = TranslatedWords("EndWords", {Topic.WORRIES: QT_TRANSLATE_NOOP("EndWords", "Worries"), Topic.GOOD_THINGS: QT_TRANSLATE_NOOP("EndWords", "Good things"), Topic.DREAMS: QT_TRANSLATE_NOOP("EndWords", "Dreams"),
               Topic.FEELINGS: QT_TRANSLATE_NOOP("EndWords", "Feelings"), Topic.WANT_TO_HAPPEN: QT_TRANSLATE_NOOP("EndWords", "What they want to happen"),
               Topic.SAFETY_SCALE: QT_TRANSLATE_NOOP("EndWords", "Safety scale"), Topic.OTHER: QT_TRANSLATE_NOOP("EndWords", "Other")})


def summary_html(child: Child, contents: VisitContents) -> str:
    e = html.escape
    child_entries = [v for v in contents.voice if v.speaker != Speaker.CARER]
    carer_entries = [v for v in contents.voice if v.speaker == Speaker.CARER]
    counts = Counter(v.topic for v in child_entries)
    parts = [f"<h3>What {e(child.display_name)} told you</h3>"]
    if not child_entries:
        parts.append("<p>Nothing recorded from the child in this visit.</p>")
    for topic, words in TOPIC_WORDS.items():
        found = [v for v in child_entries if v.topic == topic]
        if not found:
            continue
        parts.append(f"<p><b>{words}</b> ({counts[topic]})</p><ul>")
        for v in found:
            said = v.text or "(a drawing)"
            if v.scale is not None:
                said = f"{v.scale}/10 {said if v.text else ''}"
            parts.append(f"<li>{e(said)}</li>")
        parts.append("</ul>")
    parts.append(f"<h3>Carers' views ({len(carer_entries)})</h3><ul>")
    parts += [f"<li>{e(v.speaker_name)}: {e(v.text)}</li>" for v in carer_entries]
    parts.append("</ul>")
    parts.append(f"<p>Drawings: {len(contents.drawings)} · My notes: {len(contents.notes)}</p>")
    return "".join(parts)


class EndVisitDialog(QDialog):
    visit_saved = Signal(object)

    def __init__(self, worker: VaultWorker, keeper: DraftKeeper, child: Child, visit: Visit,
                 contents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.child, self.visit, self.contents = worker, child, visit, contents
        self.setWindowTitle(fill(translate("EndVisitDialog", "End the visit with %1"), child.display_name))
        self.setAccessibleName(self.windowTitle())
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        self.summary = named(QTextBrowser(), translate("EndVisitDialog", "Summary of what was captured"))
        layout.addWidget(self.summary, 1)
        label = QLabel(translate("EndVisitDialog", "&Follow-ups to do (one a line)"))
        layout.addWidget(label)
        self.follow_ups = named(DraftTextEdit(keeper, f"visit:{visit.id}:follow_ups", child.id,
                                              enter_commits=False), translate("EndVisitDialog", "Follow-ups to do, one a line"))
        self.follow_ups.setPlaceholderText(translate("EndVisitDialog", "e.g. Ask school about the lunchtime worry"))
        kept_draft = contents.drafts.get(f"visit:{visit.id}:follow_ups", "")
        self.follow_ups.restore(kept_draft or "\n".join(visit.follow_ups))
        label.setBuddy(self.follow_ups)
        layout.addWidget(self.follow_ups)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        self.buttons = named(QDialogButtonBox(), translate("EndVisitDialog", "End the visit or go back to it"))
        self.end_button = named(self.buttons.addButton(translate("EndVisitDialog", "&End visit"), QDialogButtonBox.ButtonRole.AcceptRole),
                                translate("EndVisitDialog", "End visit"))
        self.back_button = named(self.buttons.addButton(translate("EndVisitDialog", "&Back to the visit"),
                                                        QDialogButtonBox.ButtonRole.RejectRole),
                                 translate("EndVisitDialog", "Back to the visit"))
        # Enter (or a stray space) never ends the visit: going back is the default.
        self.end_button.setAutoDefault(False)
        self.end_button.setDefault(False)
        self.back_button.setDefault(True)
        self.buttons.accepted.connect(self.end)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        scroll_body(self)
        self.nothing_question: QMessageBox | None = None
        self.follow_ups.setFocus()
        if parent is not None and hasattr(parent, "entry_kept"):
            parent.entry_kept.connect(self.refresh)
        self.refresh()
        # Once the entries still being kept have been: the worker runs in order.
        worker.call(lambda: None, success=lambda _: self.refresh())

    def refresh(self, *_args) -> None:
        self.summary.setHtml(summary_html(self.child, self.contents))

    def nothing_recorded(self) -> bool:
        c = self.contents
        return not (c.voice or c.notes or c.drawings)

    def end(self) -> None:
        """End the visit; with nothing recorded in it, ask first."""
        if self.nothing_recorded():
            question = QMessageBox(QMessageBox.Icon.Question, translate("EndVisitDialog", "Nothing recorded"),
                                   translate("EndVisitDialog", "Nothing has been recorded in this visit. End it anyway?"),
                                   parent=self)
            end = question.addButton(translate("EndVisitDialog", "&End the visit anyway"), QMessageBox.ButtonRole.AcceptRole)
            back = question.addButton(translate("EndVisitDialog", "&Back to the visit"), QMessageBox.ButtonRole.RejectRole)
            named(end, translate("EndVisitDialog", "End the visit with nothing recorded"))
            named(back, translate("EndVisitDialog", "Back to the visit"))
            end.setAutoDefault(False)
            question.setDefaultButton(back)
            question.setEscapeButton(back)
            end.clicked.connect(self._end_now)
            self.nothing_question = question
            question.open()
            return
        self._end_now()

    def _end_now(self) -> None:
        follow_ups = [line.strip() for line in self.follow_ups.toPlainText().splitlines()
                      if line.strip()]
        visit = self.visit

        def saved(result: Visit) -> None:
            self.follow_ups.commit_silently()
            self.accept()
            self.visit_saved.emit(result)
            # A rotating backup after each visit, queued behind the child's record opening.
            self.worker.on_vault(lambda vault: vault.backup(reason="visit"))

        self.end_button.setEnabled(False)
        self.worker.change(end_visit, visit, follow_ups, success=saved, failure=self._refused,
                           touches={visit.child_id})

    def _refused(self, error: BaseException) -> None:
        self.end_button.setEnabled(True)
        self.error.setText(fill(translate("EndVisitDialog", "The visit was not ended: %1"), getattr(error, 'message', error)))
