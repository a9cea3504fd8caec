"""Pieces the practice screens share: the service's policy, London date and time fields, a
problem label that sits beside what it is about, and a dialog base that saves through the
vault worker and keeps the dialog open (and everything typed in it) when a rule refuses."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTimeZone, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from shiboken6 import isValid

from directwork.domain import catalogue
from directwork.domain.policy import Policy, Window, Wording, load_policy
from directwork.domain.policy import window_words as policy_window_words
from directwork.domain.records import KeyMomentType, Level, ReferralType
from directwork.domain.rules import messages, workdays
from directwork.domain.rules.concerns import referral_to
from directwork.domain.rules.plans import PlanProblem
from directwork.domain.rules.workdays import LONDON
from directwork.gui.common.a11y import named
from directwork.gui.common.fit import scroll_body
from directwork.gui.common.retranslate import interface_language, translate
from directwork.gui.common.worker import VaultWorker

_LONDON_ZONE = QTimeZone(b"Europe/London")

# Sorts what has no time before everything that has one.
EARLIEST = datetime.min.replace(tzinfo=UTC)


@lru_cache(maxsize=1)
def practice_policy() -> Policy:
    """The service's policy (the default with DIRECTWORK_POLICY laid over it), read once."""
    return load_policy()


_DAYS_CY = ("Llun", "Maw", "Mer", "Iau", "Gwe", "Sad", "Sul")


def london(moment: datetime | None) -> str:
    """``Mon 02/03/2026 10:30`` (``Llun 02/03/2026 10:30`` in the Welsh interface)."""
    if moment is None:
        return ""
    local = moment.astimezone(LONDON)
    if interface_language() == "cy":
        return f"{_DAYS_CY[local.weekday()]} {local:%d/%m/%Y %H:%M}"
    return local.strftime("%a %d/%m/%Y %H:%M")


def format_day(day: date) -> str:
    """A day in the interface language: ``Mon 9 Mar 2026`` or ``Llun 9 Maw 2026``."""
    return messages.day_words(day, interface_language())


def format_due(moment: datetime, *, all_day: bool = False) -> str:
    """A due time in the interface language (``workdays.format_due`` in English)."""
    english_words = workdays.format_due(moment, all_day=all_day)
    if interface_language() != "cy":
        return english_words
    words = messages.day_words(moment.astimezone(LONDON).date(), "cy")
    return words if ":" not in english_words else f"{words} {english_words.rsplit(' ', 1)[1]}"


def window_words(window: Window) -> str:
    """How long a step has to answer, in the interface language ("2 working days", "2 diwrnod
    gwaith"): the words the practice check's messages use too."""
    return policy_window_words(window, interface_language())


def policy_words(wording: Wording) -> str:
    """Words the policy supplies (a response, a ladder step) in the interface language: its
    Welsh in the Welsh interface, its English where it has no Welsh."""
    return wording.in_language(interface_language())


def moment_words(kind: KeyMomentType) -> str:
    """A key moment's kind in the interface language."""
    return messages.moment_label(kind, interface_language())


def level_words(level: Level) -> str:
    """A safety level's name in the interface language."""
    return catalogue.text(f"labels.level.{level.value}", interface_language())


def referral_words(kind: ReferralType) -> str:
    """Where a referral goes, in the interface language."""
    return messages.render(referral_to(kind), interface_language())


def uk_day(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def datetime_edit(name: str, value: datetime) -> QDateTimeEdit:
    """A date-and-time field in London time, with a calendar."""
    edit = named(QDateTimeEdit(), name)
    edit.setTimeZone(_LONDON_ZONE)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setCalendarPopup(True)
    set_moment(edit, value)
    return edit


def set_moment(edit: QDateTimeEdit, value: datetime) -> None:
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp()), _LONDON_ZONE))


def moment_of(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


def date_edit(name: str, value: date) -> QDateEdit:
    edit = named(QDateEdit(), name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def day_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def problem_texts(error: BaseException) -> list[str]:
    """Each reason a rule gave for refusing, in the practitioner's words."""
    problems = getattr(error, "problems", None)
    if problems:
        return [p.message if isinstance(p, PlanProblem) else str(p) for p in problems]
    return [getattr(error, "message", None) or str(error)]


def while_open(widget: QWidget, callback: Callable[..., Any]) -> Callable[..., None]:
    """``callback``, skipped if ``widget`` was closed and deleted before the vault answered."""
    def call(*args: Any) -> None:
        if isValid(widget):
            callback(*args)
    return call


class ProblemLabel(QLabel):
    """Red words beside the thing they are about; hidden when there is nothing to say."""

    def __init__(self, name: str = "Problem", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self.hide()

    def show_problems(self, problems: Iterable[str]) -> None:
        text = "\n".join(p for p in problems if p)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_problems(self) -> None:
        self.show_problems(())


class PracticeDialog(QDialog):
    """A dialog that records something through a practice service. ``submit`` runs the
    service on the vault worker; a refusal shows each reason in the dialog, which stays open
    with everything typed still in it."""

    saved = Signal(object)

    def __init__(self, worker: VaultWorker, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.problems = ProblemLabel(translate("PracticeDialog", "Why it was not saved"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.result_record: Any = None

    def showEvent(self, event: QShowEvent) -> None:
        # Built by each dialog's own __init__: on a small screen all but Save and Cancel
        # scrolls (once, the first time the dialog shows).
        scroll_body(self, keep=self.buttons)
        super().showEvent(event)

    def save(self) -> None:  # pragma: no cover - each dialog says what saving means
        raise NotImplementedError

    def submit(self, fn: Callable[..., Any], /, *args: Any, touches: set[str] | None,
               lead: str = "", **kwargs: Any) -> None:
        """Save: the store function ``fn(session, *args, **kwargs)`` on the vault worker;
        its result is kept and announced, or its refusal shown in this dialog."""
        self.problems.clear_problems()
        self.buttons.setEnabled(False)

        def done(result: Any) -> None:
            self.buttons.setEnabled(True)
            self.result_record = result
            self.saved.emit(result)
            self.accept()

        def refused(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            texts = problem_texts(error)
            self.problems.show_problems(([lead] if lead else []) + texts)

        self.worker.change(fn, *args, success=while_open(self, done),
                           failure=while_open(self, refused), touches=touches, **kwargs)
