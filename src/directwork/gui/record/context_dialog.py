"""Adding a context in the child's life (contextual safeguarding): a place, peer group, online
space or school, with its concerns and strengths. A context of concern can be restricted, so
that it never reaches the child's or carers' copies."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import Context, ContextType
from directwork.gui.common.a11y import named
from directwork.gui.common.record_dialog import error_label, required_text, save_cancel
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, fill, translate

TYPE_WORDS = TranslatedWords("ContextDialogWords", {ContextType.PLACE: QT_TRANSLATE_NOOP("ContextDialogWords", "A place"), ContextType.PEER_GROUP: QT_TRANSLATE_NOOP("ContextDialogWords", "A peer group"),
              ContextType.ONLINE: QT_TRANSLATE_NOOP("ContextDialogWords", "An online space"), ContextType.SCHOOL: QT_TRANSLATE_NOOP("ContextDialogWords", "A school or college")})


class ContextDialog(QDialog):
    context_ready = Signal(object)

    def __init__(self, child_id: str, child_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child_id = child_id
        self.setWindowTitle(fill(translate("ContextDialog", "Add a place, group or space in %1's life"), child_name))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.kind = named(QComboBox(), translate("ContextDialog", "What kind of context"))
        for kind, words in TYPE_WORDS.items():
            self.kind.addItem(words, kind.value)
        self.name = named(QLineEdit(), translate("ContextDialog", "Its name"))
        self.name.setPlaceholderText(translate("ContextDialog", "e.g. the park by the flats, the group chat"))
        self.name_error = error_label()
        self.concerns = named(QPlainTextEdit(), translate("ContextDialog", "What worries us there"))
        self.strengths = named(QPlainTextEdit(), translate("ContextDialog", "What is good or safe there"))
        for edit in (self.concerns, self.strengths):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        for label, field in ((translate("ContextDialog", "&Kind"), self.kind),
                             (translate("ContextDialog", "&Name"), self.name),
                             ("", self.name_error),
                             (translate("ContextDialog", "&Concerns"), self.concerns),
                             (translate("ContextDialog", "&Strengths"), self.strengths)):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        self.change_first = named(QCheckBox(translate("ContextDialog", "This context must change first")),
                                  translate("ContextDialog", "This context must change first"))
        self.restricted = named(QCheckBox(translate("ContextDialog", "Restricted: never shown to the child or carers")),
                                translate("ContextDialog", "Restricted"))
        layout.addWidget(self.change_first)
        layout.addWidget(self.restricted)
        self.buttons = save_cancel(self, layout, self._save)

    def context(self) -> Context | None:
        name = required_text(self.name, self.name_error, "Give it a name the team will recognise.")
        if name is None:
            return None
        return Context(child_id=self.child_id, context_type=ContextType(self.kind.currentData()),
                       name=name, concerns=self.concerns.toPlainText().strip(),
                       strengths=self.strengths.toPlainText().strip(),
                       change_first=self.change_first.isChecked(),
                       restricted=self.restricted.isChecked())

    def _save(self) -> None:
        context = self.context()
        if context is not None:
            self.context_ready.emit(context)
            self.accept()
