"""Adding someone to the child's network: who they are, how the child sees them (in the
child's words), how the worker sees them, and whether they are a trusted adult or lead the
relationship. People of concern are marked restricted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import Person, PersonRole, TrustView
from directwork.gui.common.a11y import named
from directwork.gui.common.record_dialog import error_label, required_text, save_cancel
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, fill, translate

VIEW_WORDS = TranslatedWords("PersonDialogWords", {None: QT_TRANSLATE_NOOP("PersonDialogWords", "Not asked yet"), TrustView.TRUSTED: QT_TRANSLATE_NOOP("PersonDialogWords", "Trusted"),
              TrustView.NOT_SURE: QT_TRANSLATE_NOOP("PersonDialogWords", "Not sure"), TrustView.WORRIED: QT_TRANSLATE_NOOP("PersonDialogWords", "Worried about")})
ROLE_WORDS = TranslatedWords("PersonDialogWords", {PersonRole.CARER: QT_TRANSLATE_NOOP("PersonDialogWords", "Carer"), PersonRole.FAMILY: QT_TRANSLATE_NOOP("PersonDialogWords", "Family"),
              PersonRole.FRIEND: QT_TRANSLATE_NOOP("PersonDialogWords", "Friend"), PersonRole.PROFESSIONAL: QT_TRANSLATE_NOOP("PersonDialogWords", "Professional"),
              PersonRole.OTHER: QT_TRANSLATE_NOOP("PersonDialogWords", "Someone else")})


def _views(name: str) -> QComboBox:
    box = named(QComboBox(), name)
    for view, words in VIEW_WORDS.items():
        box.addItem(words, view.value if view else "")
    return box


class PersonDialog(QDialog):
    person_ready = Signal(object)

    def __init__(self, child_id: str, child_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child_id = child_id
        self.setWindowTitle(fill(translate("PersonDialog", "Add someone to %1's network"), child_name))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name = named(QLineEdit(), translate("PersonDialog", "Their name"))
        self.name_error = error_label()
        self.relationship = named(QLineEdit(), translate("PersonDialog", "Relationship to the child"))
        self.relationship.setPlaceholderText(translate("PersonDialog", "e.g. grandmother, football coach"))
        self.role = named(QComboBox(), translate("PersonDialog", "Role"))
        for role, words in ROLE_WORDS.items():
            self.role.addItem(words, role.value)
        self.child_view = _views(fill(translate("PersonDialog", "How %1 sees them"), child_name))
        self.child_words = named(QLineEdit(), fill(translate("PersonDialog", "%1's own words about them"), child_name))
        self.worker_view = _views(translate("PersonDialog", "How I see them"))
        self.trusted = named(QCheckBox(translate("PersonDialog", "A trusted adult for the child")), translate("PersonDialog", "Trusted adult"))
        self.leads = named(QCheckBox(translate("PersonDialog", "Leads the relationship with the child")),
                           translate("PersonDialog", "Leads the relationship"))
        self.of_concern = named(QCheckBox(translate("PersonDialog", "A person of concern (restricted: never shown to "
                                          "the child or carers)")), translate("PersonDialog", "Person of concern"))
        for label, field in ((translate("PersonDialog", "&Name"), self.name),
                             ("", self.name_error),
                             (translate("PersonDialog", "&Relationship"), self.relationship),
                             (translate("PersonDialog", "R&ole"), self.role),
                             (fill(translate("PersonDialog", "How %1 &sees them"), child_name),
                              self.child_view),
                             (translate("PersonDialog", "In their &words"), self.child_words),
                             (translate("PersonDialog", "How &I see them"), self.worker_view)):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        for box in (self.trusted, self.leads, self.of_concern):
            layout.addWidget(box)
        self.buttons = save_cancel(self, layout, self._save)

    def person(self) -> Person | None:
        name = required_text(self.name, self.name_error, "Give their name (or what the child calls them).")
        if name is None:
            return None
        child_view = self.child_view.currentData()
        worker_view = self.worker_view.currentData()
        return Person(child_id=self.child_id, name=name,
                      relationship=self.relationship.text().strip(),
                      role=PersonRole(self.role.currentData()),
                      child_view=TrustView(child_view) if child_view else None,
                      child_view_words=self.child_words.text().strip(),
                      worker_view=TrustView(worker_view) if worker_view else None,
                      trusted_adult=self.trusted.isChecked(),
                      leads_relationship=self.leads.isChecked(),
                      of_concern=self.of_concern.isChecked())

    def _save(self) -> None:
        person = self.person()
        if person is not None:
            self.person_ready.emit(person)
            self.accept()
