"""The co-review window: the child (or a carer) looks at their plan with the practitioner,
part by part, says whether they agree, and may add their own words.

The window is given only what the redaction policy lets the child or carers see
(``for_child`` / ``for_carer``, worked out on the vault worker): it never holds the whole case
and never filters on its own. Each answer is saved as a CoReviewResponse with its date. Leaving
needs the practitioner (passphrase or co-review PIN), so a child cannot wander into the record.

When the app locks itself during co-review, the window stays up but shows a neutral pause
screen: no name and nothing of the plan, on screen or held (the views are dropped and read
again after the unlock; the answers given so far were saved before the lock). Only the practitioner's passphrase unlocks it (the vault's key is gone, so a PIN
cannot), and co-review carries on at the same part.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QIcon, QKeyEvent, QScreen
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from directwork.domain import pictures
from directwork.domain.catalogue import text
from directwork.domain.read_aloud import faster, slower
from directwork.domain.records import (
    CoReviewAnswer,
    CoReviewResponse,
    PictureChoice,
    SummaryLanguage,
)
from directwork.gui.common.a11y import named
from directwork.gui.common.fit import FlowLayout, scrolled
from directwork.gui.common.read_aloud import Readable, ReadAloud
from directwork.gui.common.worker import VaultWorker
from directwork.gui.coreview.pictures import PicturePicker
from directwork.gui.coreview.sections import (
    ICON_SIZE,
    SectionContent,
    SectionPage,
    coreview_icon,
    plan_sections,
)
from directwork.reports import default_language
from directwork.speech.pcm import NotAudio, from_wav
from directwork.store.coreview import keep_answer
from directwork.store.coreview_exit import practitioner_may_leave, wait_after
from directwork.store.read_aloud import keep_speech_speed, pick_picture, speech_speed
from directwork.store.views.coreview import ROLES, CoReviewViews, load_coreview

ANSWERS = (CoReviewAnswer.AGREE, CoReviewAnswer.NOT_SURE, CoReviewAnswer.DISAGREE)
BODY_PT = 20
TITLE_PT = 30
SMALL_PT = 16
TARGET_PX = 64

# Calm colours: pale sea-green ground, dark blue-grey ink, soft blue for what is chosen.
STYLE = f"""
QWidget#coReview {{ background: #eef5f3; }}
QWidget#coReview QLabel {{ color: #1f2933; font-size: {BODY_PT}pt; }}
QWidget#coReview QLabel[coreview="title"] {{ font-size: {TITLE_PT}pt; font-weight: bold; }}
QWidget#coReview QLabel[coreview="item"] {{
    background: #ffffff; border-radius: 10px; padding: 12px 16px; }}
QWidget#coReview QLabel[coreview="empty"] {{ color: #52606d; }}
QWidget#coReview QLabel[coreview="hint"] {{ color: #3e4c59; }}
QWidget#coReview QLabel[coreview="wrong"] {{ color: #a3231f; font-weight: bold; }}
QWidget#coReview QWidget#coreviewBody {{ background: #eef5f3; }}
QWidget#coReview QPushButton {{
    font-size: {BODY_PT}pt; min-height: {TARGET_PX}px; padding: 6px 22px;
    background: #ffffff; color: #1f2933; border: 2px solid #8fa6bd; border-radius: 14px; }}
QWidget#coReview QPushButton:checked {{ background: #dbe9f6; border: 4px solid #24507a; }}
QWidget#coReview QPushButton:focus {{ border: 4px solid #24507a; }}
QWidget#coReview QPushButton[coreview="small"] {{
    font-size: {SMALL_PT}pt; min-height: 56px; padding: 4px 14px; border-radius: 12px; }}
QWidget#coReview QPushButton[coreview="picture"] {{
    padding: 2px; border-radius: 12px; background: #ffffff; }}
QWidget#coReview QLabel {{ selection-background-color: #f7d070; selection-color: #1f2933; }}
QWidget#coReview QPushButton[coreview="primary"] {{
    background: #24507a; color: #ffffff; border-color: #1b3d5c; }}
QWidget#coReview QPushButton[coreview="primary"]:focus {{ border: 4px solid #f0b429; }}
QWidget#coReview QScrollBar:vertical {{ width: 28px; background: #dfe9e6; border-radius: 8px; }}
QWidget#coReview QScrollBar::handle:vertical {{
    background: #8fa6bd; border-radius: 8px; min-height: {TARGET_PX}px; }}
QWidget#coReview QPlainTextEdit, QWidget#coReview QLineEdit, QWidget#coReview QComboBox {{
    font-size: {BODY_PT}pt; background: #ffffff; border: 2px solid #8fa6bd;
    border-radius: 10px; padding: 8px; min-height: {TARGET_PX - 8}px; }}
"""


def default_lang(views: CoReviewViews) -> str:
    """The language to start in, from what the child and family asked for."""
    return "en" if default_language(views.child) is SummaryLanguage.EN else "cy"


def _label(words: str = "", role: str = "") -> QLabel:
    label = QLabel(words)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("coreview", role)
    return label


class _Note(QLabel):
    """A line of words that takes no room on the page while it says nothing."""

    def __init__(self, role: str) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("coreview", role)
        self.setVisible(False)

    def setText(self, words: str) -> None:
        super().setText(words)
        self.setVisible(bool(words))

    def clear(self) -> None:
        self.setText("")


def _say(button: QPushButton, words: str) -> None:
    button.setText(words)
    named(button, words)


def _button(checkable: bool = False, primary: bool = False) -> QPushButton:
    button = QPushButton()
    button.setCheckable(checkable)
    button.setMinimumHeight(TARGET_PX)
    button.setIconSize(QSize(48, 48))
    if primary:
        button.setProperty("coreview", "primary")
    return button


class CoReviewWindow(QWidget):
    """Full-screen (or on a chosen screen) review of the plan with the child or a carer."""

    response_saved = Signal(object)  # the CoReviewResponse as saved
    save_failed = Signal(str)
    left = Signal()

    WELCOME, SECTION, THANKS, LEAVE, PAUSED = range(5)

    def __init__(self, worker: VaultWorker, views: CoReviewViews, *, lang: str | None = None,
                 reader: ReadAloud | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # Read-aloud speaks on a thread of its own, never the vault worker's.
        self.reader = reader or ReadAloud(parent=self)
        self.reader.failed.connect(self._reading_failed)
        self.reader.started.connect(self._reading_changed)
        self.reader.finished.connect(self._reading_changed)
        self.picker: QDialog | None = None
        self.worker = worker
        self.views = views
        self.lang = lang or default_lang(views)
        self.role = "child"
        self.index = 0
        self.may_close = False
        self.failures = 0
        # Answers by (section, role, responder): what is on screen, and what the vault holds.
        self.answers: dict[tuple[str, str, str], tuple[CoReviewAnswer, str]] = {}
        self.saved: dict[tuple[str, str, str], CoReviewResponse] = {}
        self._latest_ids: dict[tuple[str, str, str], str] = {}  # touched on the worker only
        # While the app is locked: where co-review was, and who to tell once unlocked.
        self._paused_at: tuple[int, int, str, int] | None = None
        self._on_unlocked: Callable[[], None] | None = None
        self.setObjectName("coReview")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowIcon(QIcon(coreview_icon("welcome")))
        font = QFont(self.font())
        font.setPointSize(BODY_PT)
        self.setFont(font)
        self.setStyleSheet(STYLE)
        self._build()
        self._retext()
        worker.query(speech_speed, views.child_id, success=self.reader.set_speed)
        # Who may see what can change while the window is open (a sync brings another
        # laptop's change): the views are read again, so a narrowing shows here at once.
        worker.operation_did_execute.connect(self._records_changed)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 16)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.heading = _label(role="hint")
        self.part = _label(role="hint")
        self.language_button = _button()
        self.language_button.clicked.connect(self.switch_language)
        top.addWidget(self.heading, 1)
        top.addWidget(self.part)
        top.addSpacing(16)
        top.addWidget(self.language_button)
        outer.addLayout(top)

        self.pages = QStackedWidget()
        # The part of the plan scrolls on a small screen; the way back and on stays in sight.
        outer.addWidget(scrolled(self.pages), 1)
        self.pages.addWidget(self._build_welcome())
        self.pages.addWidget(self._build_section())
        self.pages.addWidget(self._build_thanks())
        self.pages.addWidget(self._build_leave())
        self.pages.addWidget(self._build_paused())

        bottom = QHBoxLayout()
        self.back_button = _button()
        self.back_button.setIcon(QIcon.fromTheme("go-previous"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = _button(primary=True)
        self.next_button.clicked.connect(self.go_next)
        self.problem = _label(role="wrong")
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.next_button)
        outer.addLayout(bottom)

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        picture = QSvgWidget(coreview_icon("welcome"))
        picture.setFixedSize(QSize(ICON_SIZE, ICON_SIZE))
        self.welcome_title = _label(role="title")
        row.addWidget(picture)
        row.addSpacing(16)
        row.addWidget(self.welcome_title, 1)
        layout.addLayout(row)
        self.welcome_lines = [_label() for _ in range(3)]
        for label in self.welcome_lines:
            layout.addWidget(label)
        layout.addSpacing(24)
        self.who_label = _label()
        layout.addWidget(self.who_label)
        who = QHBoxLayout()
        self.role_buttons = QButtonGroup(self)
        self.child_button = _button(checkable=True)
        self.carer_button = _button(checkable=True)
        for i, button in enumerate((self.child_button, self.carer_button)):
            self.role_buttons.addButton(button, i)
            who.addWidget(button)
        self.child_button.setChecked(True)
        self.role_buttons.idClicked.connect(lambda i: self.set_responder(ROLES[i]))
        self.carer_choice = QComboBox()
        self.carer_choice.addItems(self.views.carers)
        self.carer_choice.setMinimumHeight(TARGET_PX)
        self.carer_choice.setVisible(False)
        self.carer_choice.currentIndexChanged.connect(lambda _i: self._show_current())
        who.addWidget(self.carer_choice)
        who.addStretch(1)
        layout.addLayout(who)
        return page

    def _build_section(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.section = SectionPage()
        self.section.hear_part_asked.connect(self.hear_part)
        self.section.hear_item_asked.connect(self.hear_item)
        self.section.play_asked.connect(self.play_recording)
        self.section.pick_asked.connect(self.pick_picture)
        layout.addWidget(self.section, 1)
        # The reading buttons and the answers wrap onto a new line on a narrow screen, so the
        # child never has to scroll sideways to find one (Welsh words are longer).
        bar = FlowLayout()
        self.stop_button = _button()
        self.again_button = _button()
        self.slower_button = _button()
        self.faster_button = _button()
        for button, icon, act in ((self.stop_button, "stop", self.stop_reading),
                                  (self.again_button, "again", self.reader.again),
                                  (self.slower_button, "slower", lambda: self.change_speed(-1)),
                                  (self.faster_button, "faster", lambda: self.change_speed(+1))):
            button.setIcon(QIcon(coreview_icon(icon)))
            button.setIconSize(QSize(32, 32))
            button.clicked.connect(act)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.reading_problem = _Note("hint")
        layout.addWidget(self.reading_problem)
        answer_box = QFrame()
        answers = QVBoxLayout(answer_box)
        answers.setContentsMargins(0, 8, 0, 0)
        self.question = _label()
        answers.addWidget(self.question)
        row = FlowLayout()
        self.answer_group = QButtonGroup(self)
        self.answer_buttons: dict[CoReviewAnswer, QPushButton] = {}
        for i, answer in enumerate(ANSWERS):
            button = _button(checkable=True)
            button.setIcon(QIcon(coreview_icon(answer.value)))
            self.answer_group.addButton(button, i)
            self.answer_buttons[answer] = button
            row.addWidget(button)
        answers.addLayout(row)
        self.words_label = _label()
        answers.addWidget(self.words_label)
        self.words = QPlainTextEdit()
        self.words.setTabChangesFocus(True)
        self.words.setFixedHeight(round(TARGET_PX * 1.5))
        answers.addWidget(self.words)
        layout.addWidget(answer_box)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture = QSvgWidget(coreview_icon("agree"))
        picture.setFixedSize(QSize(ICON_SIZE, ICON_SIZE))
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.thanks_lines = [_label(role="title"), _label(), _label()]
        for label in self.thanks_lines:
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        self.worker_button = _button()
        self.worker_button.setIcon(QIcon(coreview_icon("worker")))
        self.worker_button.clicked.connect(self.ask_practitioner)
        layout.addSpacing(24)
        layout.addWidget(self.worker_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    def _build_leave(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        # Centred top to bottom; the words use the page's whole width and wrap, so a narrow
        # screen needs no sideways scrolling.
        layout.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        picture = QSvgWidget(coreview_icon("worker"))
        picture.setFixedSize(QSize(ICON_SIZE, ICON_SIZE))
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.only_worker = _label(role="title")
        self.worker_unlock = _label()
        for label in (self.only_worker, self.worker_unlock):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(440)
        self.secret.setMaximumWidth(520)
        self.secret.returnPressed.connect(self.try_leave)
        layout.addWidget(self.secret, 0, Qt.AlignmentFlag.AlignHCenter)
        self.wrong = _label(role="wrong")
        self.wrong.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.wrong)
        self.leave_button = _button(primary=True)
        self.leave_button.clicked.connect(self.try_leave)
        layout.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(lambda: self._set_leave_enabled(True))
        return page

    def _build_paused(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setAlignment(Qt.AlignmentFlag.AlignVCenter)  # as the leave page
        picture = QSvgWidget(coreview_icon("welcome"))
        picture.setFixedSize(QSize(ICON_SIZE, ICON_SIZE))
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.paused_title = _label(role="title")
        self.paused_line = _label()
        self.paused_unlock = _label(role="hint")
        for label in (self.paused_title, self.paused_line, self.paused_unlock):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        self.paused_secret = QLineEdit()
        self.paused_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.paused_secret.setMinimumWidth(440)
        self.paused_secret.setMaximumWidth(520)
        self.paused_secret.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.paused_secret, 0, Qt.AlignmentFlag.AlignHCenter)
        self.paused_wrong = _label(role="wrong")
        self.paused_wrong.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.paused_wrong)
        self.carry_on_button = _button(primary=True)
        self.carry_on_button.clicked.connect(self.try_unlock)
        layout.addWidget(self.carry_on_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    # ------------------------------------------------------------------ words

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def _retext(self) -> None:
        """Put every child-facing word on screen in the current language."""
        title = self.t("coreview.window_title")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.heading.setText(title)
        other = "cy" if self.lang == "en" else "en"
        _say(self.language_button, text(f"labels.language.{other}", other))
        self.welcome_title.setText(self.t("coreview.welcome"))
        for label, key in zip(self.welcome_lines, ("how", "your_say", "no_wrong"), strict=True):
            label.setText(self.t(f"coreview.{key}"))
        self.who_label.setText(self.t("coreview.who_answers"))
        _say(self.child_button, self.t("coreview.answer_child"))
        _say(self.carer_button, self.t("coreview.answer_carer"))
        self.carer_choice.setAccessibleName(self.t("coreview.answer_carer"))
        self.question.setText(self.t("coreview.question"))
        for button, key in ((self.stop_button, "stop"), (self.again_button, "again"),
                            (self.slower_button, "slower"), (self.faster_button, "faster")):
            _say(button, self.t(f"coreview.{key}"))
        self.reading_problem.clear()
        for answer, button in self.answer_buttons.items():
            _say(button, self.t(f"coreview.{answer.value}"))
            button.setText("  " + button.text())  # a little air between the face and the words
        self.words_label.setText(self.t("coreview.add_words"))
        self.words.setPlaceholderText(self.t("coreview.words_hint"))
        self.words.setAccessibleName(self.t("coreview.add_words"))
        for label, key in zip(self.thanks_lines, ("thanks", "saved", "ask_worker"), strict=True):
            label.setText(self.t(f"coreview.{key}"))
        _say(self.worker_button, self.t("coreview.finish"))
        self.only_worker.setText(self.t("coreview.only_worker"))
        self.worker_unlock.setText(self.t("coreview.worker_unlock"))
        self.secret.setAccessibleName(self.t("coreview.worker_unlock"))
        _say(self.leave_button, self.t("coreview.finish"))
        if self.wrong.text():
            self.wrong.setText(self.t("coreview.wrong_unlock"))
        _say(self.back_button, self.t("coreview.back"))
        self.paused_title.setText(self.t("coreview.paused_title"))
        self.paused_line.setText(self.t("coreview.paused_line"))
        self.paused_unlock.setText(self.t("coreview.paused_unlock"))
        self.paused_secret.setAccessibleName(self.t("coreview.paused_unlock"))
        _say(self.carry_on_button, self.t("coreview.carry_on"))
        if self.paused_wrong.text():
            self.paused_wrong.setText(self.t("coreview.wrong_unlock"))
        self._show_current()

    # ------------------------------------------------------------------ who and what

    @property
    def contents(self) -> list[SectionContent]:
        return plan_sections(self.views.view(self.role, self.lang), self.lang)

    @property
    def responder_name(self) -> str:
        if self.role == "child":
            return self.views.child_name
        return self.carer_choice.currentText()

    def _key(self) -> tuple[str, str, str]:
        return (self.contents[self.index].key, self.role, self.responder_name)

    def set_responder(self, role: str) -> None:
        """The child or a carer answers from now on; the plan is shown as they may see it."""
        self._keep_current()
        self.role = role
        (self.child_button if role == "child" else self.carer_button).setChecked(True)
        self.carer_choice.setVisible(role == "carer" and bool(self.views.carers))
        self._show_current()

    def switch_language(self) -> None:
        self._keep_current()
        self.lang = "cy" if self.lang == "en" else "en"
        self._retext()

    def _show_current(self) -> None:
        self.reader.stop()
        page = self.pages.currentIndex()
        if page == self.PAUSED:
            self.part.clear()
            self.back_button.setVisible(False)
            self.next_button.setVisible(False)
            return
        total = len(self.contents)
        on_section = page == self.SECTION
        self.part.setText(self.t("coreview.part_of", n=self.index + 1, total=total)
                          if on_section else "")
        self.back_button.setVisible(page in (self.SECTION, self.THANKS, self.LEAVE))
        self.next_button.setVisible(page in (self.WELCOME, self.SECTION))
        last = on_section and self.index == total - 1
        _say(self.next_button, self.t("coreview.finish" if last else "coreview.next"))
        if not on_section:
            return
        self._show_section()
        answer, words = self.answers.get(self._key(), (None, ""))
        self.answer_group.setExclusive(False)
        for value, button in self.answer_buttons.items():
            button.setChecked(value is answer)
        self.answer_group.setExclusive(True)
        self.words.setPlainText(words)

    # ------------------------------------------------------------------ read-aloud and pictures

    @property
    def picks(self) -> dict[str, str]:
        view = self.views.views.get(("child", self.lang))
        return pictures.picked(view.pictures, self.views.plan_id) if view is not None else {}

    def _show_section(self) -> None:
        self.section.show_section(self.contents[self.index], self.lang, self.picks)
        for button in self.section.picture_buttons:
            # The pictures are the child's to pick: a carer answering sees them only.
            button.setEnabled(self.role == "child")

    def hear_part(self) -> None:
        """Read the part on screen aloud: its heading, then every item, as shown."""
        section = self.section
        self.reading_problem.clear()
        self.reader.read([Readable(section.title, self.lang),
                          *(Readable(label, self.lang) for label in section.item_labels)])

    def hear_item(self, index: int) -> None:
        self.reading_problem.clear()
        self.reader.read([Readable(self.section.item_labels[index], self.lang)])

    def play_recording(self, index: int) -> None:
        """Play the speaker's own recording of an item (kept in the vault, played from
        memory)."""
        item = self.section.content.items[index] if self.section.content else None
        if item is None or item.recording is None:
            return
        try:
            pcm = from_wav(item.recording)
        except NotAudio:
            self.reading_problem.setText(self.t("coreview.voice_failed"))
            return
        self.reading_problem.clear()
        self.reader.play(pcm)

    def stop_reading(self) -> None:
        self.reader.stop()

    def change_speed(self, step: int) -> None:
        """Slower or Faster: kept for this child, and the reading starts again at the new
        speed if it was going."""
        speed = (slower if step < 0 else faster)(self.reader.speed)
        self.reader.set_speed(speed)
        if self.reader.playing:
            self.reader.again()
        self.worker.change(keep_speech_speed, self.views.child_id, speed, touches=set(),
                           failure=lambda e: self.reading_problem.setText(
                               getattr(e, "message", str(e))))

    def _reading_changed(self) -> None:
        self.stop_button.setEnabled(self.reader.playing)

    def _reading_failed(self, why: str) -> None:
        self.reading_problem.setText(self.t("coreview.no_speaker" if why == "no_speaker"
                                            else "coreview.voice_failed"))

    def pick_picture(self, index: int) -> None:
        """Offer the child a few pictures for one item; the one they pick is kept."""
        content = self.section.content
        if content is None or self.role != "child" or self.paused:
            return
        item = content.items[index]
        self.picker = PicturePicker(item.kind, pictures.picture_for(item.kind, item.key,
                                                                     self.picks),
                                    self.lang, self)
        self.picker.picked.connect(lambda name: self._keep_picture(item.key, name))
        self.picker.open()

    def _keep_picture(self, item: str, name: str) -> None:
        views = self.views
        choice = PictureChoice(child_id=views.child_id, plan_id=views.plan_id, item=item,
                               picture=name)

        def kept(saved: PictureChoice) -> None:
            for view in self.views.views.values():
                view.pictures.append(saved)
            if self.pages.currentIndex() == self.SECTION:
                self._show_section()

        self.worker.change(pick_picture, choice, success=kept, touches=set(),
                           failure=lambda e: self.problem.setText(getattr(e, "message", str(e))))

    # ------------------------------------------------------------------ stepping through

    def go_next(self) -> None:
        if self.paused:
            return
        page = self.pages.currentIndex()
        if page == self.WELCOME:
            self.index = 0
            self.pages.setCurrentIndex(self.SECTION)
        elif page == self.SECTION:
            self._keep_current()
            if self.index < len(self.contents) - 1:
                self.index += 1
            else:
                self.pages.setCurrentIndex(self.THANKS)
        self._show_current()

    def go_back(self) -> None:
        if self.paused:
            return
        page = self.pages.currentIndex()
        if page == self.SECTION:
            self._keep_current()
            if self.index == 0:
                self.pages.setCurrentIndex(self.WELCOME)
            else:
                self.index -= 1
        elif page in (self.THANKS, self.LEAVE):
            self.secret.clear()
            self.pages.setCurrentIndex(self.SECTION)
        self._show_current()

    def go_to(self, section: str) -> None:
        """Open one part of the plan (the practitioner may jump with the keyboard)."""
        if self.paused:
            return
        self._keep_current()
        self.index = [c.key for c in self.contents].index(section)
        self.pages.setCurrentIndex(self.SECTION)
        self._show_current()

    def choose(self, answer: CoReviewAnswer, words: str | None = None) -> None:
        """Choose an answer for the part on screen, as a tap on its button would."""
        self.answer_buttons[answer].click()
        if words is not None:
            self.words.setPlainText(words)

    def _keep_current(self) -> None:
        """Save the answer on screen, if one was chosen and it changed."""
        if self.pages.currentIndex() != self.SECTION:
            return
        checked = self.answer_group.checkedId()
        words = self.words.toPlainText().strip()
        if checked < 0:
            if words:  # words without an answer are still the child's words: keep them
                checked = ANSWERS.index(CoReviewAnswer.NOT_SURE)
            else:
                return
        key = self._key()
        answer = ANSWERS[checked]
        if self.answers.get(key) == (answer, words) and key in self.saved:
            return
        self.answers[key] = (answer, words)
        self._save(key, answer, words)

    def _save(self, key: tuple[str, str, str], answer: CoReviewAnswer, words: str) -> None:
        section, role, name = key
        views = self.views
        response = CoReviewResponse(
            child_id=views.child_id, plan_id=views.plan_id, plan_rev=views.plan_rev,
            section=section, responder_name=name, responder_role=role, answer=answer,
            words=words)

        def saved(response: CoReviewResponse) -> None:
            self.saved[key] = response
            self.problem.clear()
            self.response_saved.emit(response)

        def failed(error: BaseException) -> None:
            # The answer stays on screen and in self.answers, so it is tried again on leaving.
            message = getattr(error, "message", None) or str(error)
            self.problem.setText(message)
            self.save_failed.emit(message)

        # A change of mind corrects the answer kept just before it: keep_answer reads and
        # updates _latest_ids on the worker, where writes run one after another.
        self.worker.change(keep_answer, response, self._latest_ids, key, success=saved,
                           failure=failed, touches={views.child_id})

    # ------------------------------------------------------------------ leaving

    def ask_practitioner(self) -> None:
        """Show the practitioner's screen for leaving co-review."""
        if self.paused:
            return
        self._keep_current()
        if self.pages.currentIndex() != self.LEAVE:
            self.pages.setCurrentIndex(self.LEAVE)
        self._show_current()
        self.secret.setFocus()

    def try_leave(self) -> None:
        secret = self.secret.text()
        self.secret.clear()
        if not secret or not self.leave_button.isEnabled():
            return
        self._set_leave_enabled(False)
        vault = self.worker.vault
        self.worker.call(practitioner_may_leave, vault, secret, success=self._leave_checked,
                         failure=lambda _e: self._leave_checked(False))

    def _leave_checked(self, allowed: bool) -> None:
        if allowed:
            self._keep_unsaved()
            self.reader.shutdown()
            self.may_close = True
            with contextlib.suppress(RuntimeError, TypeError):
                self.worker.operation_did_execute.disconnect(self._records_changed)
            self.close()
            self.left.emit()
            return
        self.failures += 1
        self.wrong.setText(self.t("coreview.wrong_unlock"))
        wait = wait_after(self.failures)
        if wait:
            self.retry_timer.start(wait * 1000)
        else:
            self._set_leave_enabled(True)

    def _keep_unsaved(self) -> None:
        # An answer whose save failed earlier is tried once more before the window goes.
        for key, (answer, words) in self.answers.items():
            if key not in self.saved:
                self._save(key, answer, words)

    # ------------------------------------------------------------------ records changed

    def _records_changed(self, touches: set[str] | None) -> None:
        views = self.views
        if self.may_close or self.paused or (touches is not None
                                             and views.child_id not in touches):
            return
        self.worker.query(load_coreview, views.child_id, views.plan_id,
                          success=self._fresh_views)

    def _fresh_views(self, fresh: CoReviewViews) -> None:
        if self.may_close or self.paused:
            return
        on_section = self.pages.currentIndex() == self.SECTION
        before = self.contents[self.index] if on_section else None
        self.views = fresh
        if on_section:
            # Only the plan's words are shown again: what is being typed stays as it is.
            self.index = min(self.index, len(self.contents) - 1)
            if self.contents[self.index] != before:
                self.reader.stop()
                self._show_section()

    # ------------------------------------------------------------------ while locked

    @property
    def paused(self) -> bool:
        return self.pages.currentIndex() == self.PAUSED

    def pause_for_lock(self, on_unlocked: Callable[[], None]) -> None:
        """The app is locking: keep the answer on screen, show the neutral pause screen and
        let go of everything from the case. ``on_unlocked`` is called once the practitioner
        has unlocked the vault from here."""
        if self.paused:
            return
        self._keep_current()  # queued on the worker before the vault locks
        self.reader.stop()
        if self.picker is not None:
            self.picker.reject()
        self._paused_at = (self.pages.currentIndex(), self.index, self.role,
                           self.carer_choice.currentIndex())
        self._on_unlocked = on_unlocked
        self.pages.setCurrentIndex(self.PAUSED)
        self.section.clear()
        self.words.clear()
        self.secret.clear()
        # The child's and carers' views of the case are let go (not cleared in place: the
        # object may be someone else's too).
        self.views = dataclasses.replace(self.views, views={})
        self.paused_wrong.clear()
        self._set_unlock_enabled(True)
        self._show_current()
        self.paused_secret.setFocus()

    def try_unlock(self) -> None:
        """The practitioner's passphrase unlocks the app (only the passphrase: the key is
        gone, so a co-review PIN cannot)."""
        secret = self.paused_secret.text()
        self.paused_secret.clear()
        if not secret or not self.paused or not self.carry_on_button.isEnabled():
            return
        self._set_unlock_enabled(False)
        vault = self.worker.vault
        assert vault is not None  # the window is only ever shown with a vault
        self.worker.call(vault.unlock, secret, success=lambda _r: self._unlocked_here(),
                         failure=lambda _e: self._unlock_refused())

    def _unlocked_here(self) -> None:
        if self._on_unlocked is not None:
            self._on_unlocked()

    def _unlock_refused(self) -> None:
        self._set_unlock_enabled(True)
        self.paused_wrong.setText(self.t("coreview.wrong_unlock"))
        self.paused_secret.setFocus()

    def _set_unlock_enabled(self, on: bool) -> None:
        self.carry_on_button.setEnabled(on)
        self.paused_secret.setEnabled(on)

    def resume_after_lock(self) -> None:
        """The vault is open again: read the views afresh (who may see what may have changed
        on another screen since) and go back to the same part."""
        if not self.paused or self._paused_at is None:
            return
        page, index, role, carer = self._paused_at
        views = self.views

        def shown(fresh: CoReviewViews) -> None:
            self.views = fresh
            self._paused_at = self._on_unlocked = None
            self.paused_wrong.clear()
            self.role = role
            self.carer_choice.setCurrentIndex(carer)
            self.index = min(index, len(self.contents) - 1)
            self.pages.setCurrentIndex(page)
            self._show_current()

        self.worker.query(load_coreview, views.child_id, views.plan_id, success=shown,
                          failure=lambda e: self.paused_wrong.setText(
                              getattr(e, "message", str(e))))

    def _set_leave_enabled(self, on: bool) -> None:
        self.leave_button.setEnabled(on)
        self.secret.setEnabled(on)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close:
            event.accept()
            return
        event.ignore()
        if not self.paused:
            self.ask_practitioner()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            if not self.paused:
                self.ask_practitioner()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ showing

    def present(self, screen: QScreen | None = None, *, full_screen: bool = True) -> None:
        """Show on ``screen`` (a second monitor or a touchscreen), full screen by default."""
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.availableGeometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            area = (screen or self.screen()).availableGeometry()
            self.resize(min(1280, area.width()), min(860, area.height()))
            self.show()
        if QGuiApplication.platformName() != "offscreen":  # it has no stacking to change
            self.raise_()
        self.activateWindow()
