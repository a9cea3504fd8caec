"""The child's "About me" form, used to add a child and to change their details. Each field
says what is wrong beside it; nothing is saved until everything is right."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import Child, WelshPreference
from directwork.gui.common.a11y import named
from directwork.gui.common.fields import home
from directwork.gui.common.fit import scroll_body
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, Words, item_text, translate

# (key, the house's usual name, the caption for the child's own name for it)
HOUSES = (("worries", QT_TRANSLATE_NOOP("ChildForm", "House of worries"), QT_TRANSLATE_NOOP("ChildForm", "Their name for the house of worries")),
          ("good_things", QT_TRANSLATE_NOOP("ChildForm", "House of good things"),
           QT_TRANSLATE_NOOP("ChildForm", "Their name for the house of good things")),
          ("dreams", QT_TRANSLATE_NOOP("ChildForm", "House of dreams"), QT_TRANSLATE_NOOP("ChildForm", "Their name for the house of dreams")))
WELSH_LABELS = {WelshPreference.NOT_ASKED: QT_TRANSLATE_NOOP("ChildForm", "Not asked yet"),
                WelshPreference.ENGLISH: QT_TRANSLATE_NOOP("ChildForm", "English"),
                WelshPreference.WELSH: QT_TRANSLATE_NOOP("ChildForm", "Welsh (Cymraeg)"),
                WelshPreference.BILINGUAL: QT_TRANSLATE_NOOP("ChildForm", "Both, Welsh first")}


def parse_uk_date(text: str) -> date:
    """A date typed as dd/mm/yyyy (or yyyy-mm-dd); ValueError with a readable message."""
    text = text.strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError("Type the date as day/month/year, e.g. 14/03/2011.")


class ChildForm(QWidget):
    """The fields; ``child()`` returns the edited Child, or None after showing what is wrong."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._base = Child()
        self.words = Words(self, "ChildForm")
        layout = QFormLayout(self)
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}

        def line(key: str, label: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            self.words(lambda w: named(edit, w), label)
            if placeholder:
                self.words(edit.setPlaceholderText, placeholder)
            self._add(layout, key, label, edit)
            return edit

        self.preferred_name = line(
            "preferred_name", QT_TRANSLATE_NOOP("ChildForm", "Preferred name"),
            QT_TRANSLATE_NOOP("ChildForm", "what they like to be called"))
        self.given_name = line("given_name", QT_TRANSLATE_NOOP("ChildForm", "Given name"))
        self.family_name = line("family_name", QT_TRANSLATE_NOOP("ChildForm", "Family name"))
        self.pronouns = line("pronouns", QT_TRANSLATE_NOOP("ChildForm", "Pronouns"))
        self.date_of_birth = line("date_of_birth",
                                  QT_TRANSLATE_NOOP("ChildForm", "Date of birth"),
                                  translate("ChildForm", "dd/mm/yyyy"))
        self.language = line("language", QT_TRANSLATE_NOOP("ChildForm", "Language"))
        # The child's language, chosen once: visit mode, co-review and their copies use it.
        chosen_once = QT_TRANSLATE_NOOP("ChildForm",
                                        "Their language for visits, co-review and copies")
        self.welsh = QComboBox()
        self.words(lambda w: named(self.welsh, w), chosen_once)
        for index, (pref, words) in enumerate(WELSH_LABELS.items()):
            self.welsh.addItem("", pref)
            self.words(item_text(self.welsh, index), words)
        self._add(layout, "welsh_preference", chosen_once, self.welsh)
        self.communication_needs = line("communication_needs",
                                        QT_TRANSLATE_NOOP("ChildForm", "Communication needs"))
        self.what_helps = line("what_helps", QT_TRANSLATE_NOOP("ChildForm", "What helps"))
        self.school = line("school", QT_TRANSLATE_NOOP("ChildForm", "School or college"))
        self.next_visit = line("next_visit", QT_TRANSLATE_NOOP("ChildForm", "Next visit"),
                               translate("ChildForm", "dd/mm/yyyy"))
        self.about_me = QPlainTextEdit()
        self.words(lambda w: named(self.about_me, w), QT_TRANSLATE_NOOP("ChildForm", "About me, in their words"))
        self.about_me.setTabChangesFocus(True)
        self.about_me.setFixedHeight(80)
        self._add(layout, "about_me", QT_TRANSLATE_NOOP("ChildForm", "About me (their words)"), self.about_me)
        self.house_names: dict[str, QLineEdit] = {}
        for key, words, caption in HOUSES:
            self.house_names[key] = line(f"house_{key}", caption, words)

    def _add(self, layout: QFormLayout, key: str, label: str, field: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(field)
        error = QLabel()
        error.setProperty("role", "error")
        error.setVisible(False)
        column.addWidget(error)
        self.errors[key] = error
        caption = QLabel()
        self.words(caption.setText, label)
        caption.setBuddy(field)
        self.captions[key] = caption
        layout.addRow(caption, holder)

    def set_child(self, child: Child) -> None:
        self._base = child
        self.preferred_name.setText(child.preferred_name)
        self.given_name.setText(child.given_name)
        self.family_name.setText(child.family_name)
        self.pronouns.setText(child.pronouns)
        self.date_of_birth.setText(child.date_of_birth.strftime("%d/%m/%Y")
                                   if child.date_of_birth else "")
        self.language.setText(child.language)
        self.welsh.setCurrentIndex(max(0, self.welsh.findData(child.welsh_preference)))
        self.communication_needs.setText(child.communication_needs)
        self.what_helps.setText(child.what_helps)
        self.school.setText(child.school)
        self.next_visit.setText(child.next_visit.strftime("%d/%m/%Y") if child.next_visit else "")
        self.about_me.setPlainText(child.about_me)
        for key, edit in self.house_names.items():
            edit.setText(child.house_names.get(key, ""))
        for edit in self.findChildren(QLineEdit):
            home(edit)  # each box shows the start of its words, not the end
        self.show_errors({})

    @property
    def welsh_label(self) -> QLabel:
        return self.captions["welsh_preference"]

    def show_errors(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)

    def child(self) -> Child | None:
        problems: dict[str, str] = {}
        preferred = self.preferred_name.text().strip()
        given = self.given_name.text().strip()
        if not preferred and not given:
            problems["preferred_name"] = "Give the name they like to be called."
        born: date | None = None
        if self.date_of_birth.text().strip():
            try:
                born = parse_uk_date(self.date_of_birth.text())
            except ValueError as exc:
                problems["date_of_birth"] = str(exc)
            else:
                today = self.today or date.today()
                if born > today:
                    problems["date_of_birth"] = "The date of birth cannot be in the future."
                elif today.year - born.year > 25:
                    problems["date_of_birth"] = "That would make them over 25; check the year."
        next_visit: date | None = None
        if self.next_visit.text().strip():
            try:
                next_visit = parse_uk_date(self.next_visit.text())
            except ValueError as exc:
                problems["next_visit"] = str(exc)
        if not self.language.text().strip():
            problems["language"] = "Say which language they speak at home (e.g. English)."
        self.show_errors(problems)
        if problems:
            first = next(iter(problems))
            widget = {"preferred_name": self.preferred_name, "date_of_birth": self.date_of_birth,
                      "language": self.language, "next_visit": self.next_visit}.get(first)
            if widget is not None:
                widget.setFocus()
            return None
        names = {k: e.text().strip() for k, e in self.house_names.items() if e.text().strip()}
        return dataclasses.replace(
            self._base, preferred_name=preferred or given, given_name=given,
            family_name=self.family_name.text().strip(), pronouns=self.pronouns.text().strip(),
            date_of_birth=born, language=self.language.text().strip(),
            welsh_preference=WelshPreference(self.welsh.currentData()),
            communication_needs=self.communication_needs.text().strip(),
            what_helps=self.what_helps.text().strip(), school=self.school.text().strip(),
            next_visit=next_visit,
            about_me=self.about_me.toPlainText().strip(), house_names=names)


class NewChildDialog(QDialog):
    """Adds a child to the caseload; ``child_ready`` carries the new Child when it is valid."""

    child_ready = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewChildDialog", "Add a child"))
        self.setAccessibleName(translate("NewChildDialog", "Add a child"))
        layout = QVBoxLayout(self)
        self.form = ChildForm(self)
        self.form.language.setText("English")
        layout.addWidget(self.form)
        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                              | QDialogButtonBox.StandardButton.Cancel),
                             translate("NewChildDialog", "Save or cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        scroll_body(self)

    def _save(self) -> None:
        child = self.form.child()
        if child is not None:
            self.child_ready.emit(child)
            self.accept()
