"""Visit mode: the screen used on a sofa with a child beside you. Large and calm; every
section keeps what is typed as it is typed, and each entry is kept the moment the practitioner
presses Enter or moves on. There is no Save button to forget.

Safe to type in: the screen opens with the keyboard in the first box to type in; Enter keeps
an entry and never ends the visit; End visit… asks first when words are typed but not kept
or nothing was recorded. Who may see each entry starts from me and my team for every visit,
speaker and topic, and is said in words beside the box being typed in.

The child sees this screen, so its words come from the child-facing catalogue
(resources/catalogue, keys ``visit.*``) in the language chosen once on the child's record;
the practitioner can switch it on the spot with the language button, which changes every
word on the screen and nothing typed."""

from __future__ import annotations

import base64
import contextlib
import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from directwork.domain import catalogue
from directwork.domain.records import (
    Audience,
    Child,
    Drawing,
    GivenHow,
    Recording,
    Speaker,
    Topic,
    Visit,
    VisitNote,
    VoiceEntry,
)
from directwork.gui.common.a11y import colour_name, named, plain_words
from directwork.gui.common.drafts import DraftKeeper, DraftTextEdit
from directwork.gui.common.fit import FlowLayout, scrolled, shrinkable
from directwork.gui.common.read_aloud import Readable, ReadAloud
from directwork.gui.common.retranslate import item_text, spoken, tab_title
from directwork.gui.common.worker import VaultWorker
from directwork.gui.record.entry_correction import PuttingRight
from directwork.gui.shell.lock import carry_lock_shortcut
from directwork.gui.visit.drawing_pad import PEN_COLOURS, DrawingPad
from directwork.gui.visit.end import EndVisitDialog
from directwork.gui.visit.recording import RecordingPanel
from directwork.gui.visit.widgets import (
    EntryOptions,
    SafetyScale,
    child_language,
    child_words,
    entry_line,
    entry_list,
)
from directwork.paths import resource_path
from directwork.speech.pcm import Pcm
from directwork.store import records
from directwork.store.read_aloud import speech_speed
from directwork.store.recordings import keep_recording
from directwork.store.views.visit import VisitContents, load_visit_contents
from directwork.store.visits import keep_drawing

HOUSES = (Topic.WORRIES, Topic.GOOD_THINGS, Topic.DREAMS)
CHILD_AUDIENCES = (Audience.WORKER, Audience.TEAM, Audience.CARERS, Audience.AGENCIES)
CARER_AUDIENCES = (Audience.WORKER, Audience.TEAM, Audience.CHILD, Audience.AGENCIES)
CARER_TOPICS = (Topic.WORRIES, Topic.GOOD_THINGS, Topic.WANT_TO_HAPPEN, Topic.OTHER)
DRAWING_TOPICS = (Topic.FEELINGS, Topic.WORRIES, Topic.GOOD_THINGS, Topic.DREAMS, Topic.OTHER)
# Which sharing choices each box being typed in uses, and what it is about.
FIELD_OPTIONS = {Topic.WORRIES.value: "houses", Topic.GOOD_THINGS.value: "houses",
                 Topic.DREAMS.value: "houses", Topic.SAFETY_SCALE.value: "scale",
                 Topic.WANT_TO_HAPPEN.value: "want", "carers": "carers"}
# Where each box is, in words (catalogue keys visit.where.<key>).
FIELD_WHERE = ("worries", "good_things", "dreams", "safety_scale", "want_to_happen", "carers",
               "notes")
DEFAULT_SCALE_QUESTION = catalogue.text("visit.default_question", "en")


def default_scale_question(lang: str) -> str:
    """The safety scale's question when the practitioner asks no other, in ``lang``."""
    return catalogue.text("visit.default_question", lang)
DRAWING_DRAFT = "png-base64:"  # how a drawing in progress is written into a text draft


class VisitCapturePage(PuttingRight):
    visit_ended = Signal(str)  # child id
    entry_kept = Signal(object)

    def __init__(self, worker: VaultWorker, keeper: DraftKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitCapture")
        self.worker = worker
        self.keeper = keeper
        self.child: Child | None = None
        self.visit: Visit | None = None
        self.contents = VisitContents()
        self.end_dialog: EndVisitDialog | None = None
        self.fields: dict[str, DraftTextEdit] = {}
        self.lists: dict[str, QListWidget] = {}
        self.options: dict[str, EntryOptions] = {}
        self.lang = "en"
        self._status: tuple[str, dict[str, object]] | None = None
        # Every word on screen, as (how to show it, catalogue key, values): switching the
        # language shows each again.
        self._words: list[tuple[Callable[[str], object], str, dict[str, object]]] = []
        # Read-aloud of the questions, on its own thread (never the vault worker's).
        self.reader = ReadAloud(parent=self)
        self.hear_buttons: dict[str, QPushButton] = {}
        self._hearing = ""  # which question is being read

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.end_button = QPushButton()
        self._say(self.end_button.setText, "end")
        self._say(lambda w: named(self.end_button, w), "end_name")
        # Never where the keyboard starts, and a click does not take the keyboard from the box
        # being typed in: words still there are asked about rather than kept half-finished.
        self.end_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.end_button.setAutoDefault(False)
        self.end_button.clicked.connect(self.end_visit)
        self.unkept_question: QMessageBox | None = None
        self._focus_first = False
        top.addWidget(self.title, 1)
        top.addWidget(shrinkable(self.status), 1)
        # The child's language is chosen on their record; this switches it for this screen.
        self.language_button = QPushButton()
        self.language_button.setObjectName("visitLanguage")
        self.language_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.language_button.setAutoDefault(False)
        self._say(self.language_button.setText, "switch")
        self._say(lambda w: named(self.language_button, w), "switch_name")
        self.language_button.clicked.connect(self.switch_language)
        top.addWidget(self.language_button)
        top.addWidget(self.end_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self._say(lambda w: named(self.tabs, w), "parts")
        layout.addWidget(self.tabs, 1)
        # Each part scrolls when the screen is small or the text large; the tab row and End
        # visit stay in sight.
        for make, key in ((self._three_houses, "houses"), (self._scale_section, "scale"),
                          (self._want_section, "want"), (self._drawing_section, "drawing"),
                          (self._carers_section, "carers"), (self._notes_section, "notes")):
            area = scrolled(make())
            self.tabs.addTab(area, "")
            self._say(tab_title(self.tabs, area, name_page=True), f"tab.{key}")
        for listing in (*self.lists.values(), self.drawing_list):
            listing.itemActivated.connect(self.put_right)
            self._say(listing.setToolTip, "put_right")
        for key, edit in self.fields.items():
            if key in FIELD_OPTIONS:
                edit.installEventFilter(self)
        self.carer_name.currentTextChanged.connect(lambda _t: self._bind_carers())
        self.carer_topic.currentIndexChanged.connect(lambda _i: self._bind_carers())
        self.drawing_topic.currentIndexChanged.connect(lambda _i: self._bind_drawing())

    # ------------------------------------------------------------------ words

    def _w(self, key: str, **values: object) -> str:
        """The visit screen's words for ``key`` in the language of this visit."""
        full = key if key.startswith(("houses.", "child.")) else f"visit.{key}"
        return catalogue.text(full, self.lang, **values)

    def _say(self, show: Callable[[str], object], key: str, **values: object) -> None:
        """Show the words for ``key`` with ``show`` now, and again when the language changes."""
        self._words.append((show, key, values))
        show(self._w(key, **values))

    def _caption(self, label: QLabel, field: QWidget, key: str) -> None:
        """``label`` shows ``key`` and names ``field`` for a screen reader, in each language."""
        def show(words: str) -> None:
            label.setText(words)
            label.setBuddy(field)
            field.setAccessibleName(plain_words(words).replace("…", "").strip(" :?"))
        self._say(show, key)

    def use_language(self, lang: str) -> None:
        """Show every word of the visit screen in ``lang`` ("en" or "cy"); what is typed and
        kept stays as it is."""
        if lang not in catalogue.LANGUAGES:
            raise ValueError(f"no words for language {lang!r}")
        before = self.lang
        self.lang = lang
        for show, key, values in self._words:
            show(self._w(key, **values))
        for options in self.options.values():
            options.use_language(lang)
        self.recording.use_language(lang)
        if self._status is not None:
            self.status.setText(self._w(self._status[0], **self._status[1]))
        self.scale.use_language(lang)
        question = self.scale_question.text().strip()
        if not question or question == default_scale_question(before):
            self.scale_question.setText(default_scale_question(lang))
        if self.child is not None:
            self._child_words(self.child)
            self._fresh_words()
            self._show_contents()

    def _show_contents(self) -> None:
        """The entries kept in this visit, listed again (in this visit's language)."""
        for listing in (*self.lists.values(), self.drawing_list):
            listing.clear()
        for entry in self.contents.voice:
            self._show_entry(entry)
        for note in self.contents.notes:
            self._show_note(note)
        for drawing in self.contents.drawings:
            self._show_drawing(drawing)

    def _say_status(self, key: str, **values: object) -> None:
        """The status line, in this visit's language (kept as a key, so a switch says it
        again in the other)."""
        self._status = (key, values)
        self.status.setText(self._w(key, **values))

    def switch_language(self) -> None:
        self.use_language("en" if self.lang == "cy" else "cy")

    # ------------------------------------------------------------------ building

    def _field(self, key: str, placeholder: str, **kwargs) -> DraftTextEdit:
        edit = DraftTextEdit(self.keeper, **kwargs)
        edit.setTabChangesFocus(True)
        self._say(edit.setPlaceholderText, placeholder)
        edit.setMinimumHeight(70)
        edit.setMaximumHeight(130)
        self.fields[key] = edit
        return edit

    def _three_houses(self) -> QWidget:
        self.house_columns: dict[str, QVBoxLayout] = {}
        page = QWidget()
        outer = QVBoxLayout(page)
        row = QHBoxLayout()
        self.house_names: dict[Topic, QLineEdit] = {}
        for topic in HOUSES:
            frame = QFrame()
            frame.setProperty("house", topic.value)
            column = QVBoxLayout(frame)
            name = QLineEdit()
            name.setProperty("role", "house-name")
            name.editingFinished.connect(self._rename_houses)
            self.house_names[topic] = name
            self._say(name.setPlaceholderText, f"houses.{topic.value}")
            caption = QLabel()
            caption.setProperty("role", "hint")
            self._caption(caption, name, "house_name")
            column.addWidget(caption)
            name_row = QHBoxLayout()
            name_row.addWidget(name, 1)
            name_row.addWidget(self._hear_button(
                topic.value, catalogue.text(f"visit.where.{topic.value}", "en"),
                lambda n=name: [n]))
            column.addLayout(name_row)
            listing = entry_list("")
            self._say(spoken(listing), f"in_house.{topic.value}")
            self.lists[topic.value] = listing
            column.addWidget(listing, 1)
            edit = self._field(topic.value, "type_words")
            edit.committed.connect(lambda text, t=topic: self._keep_child_words(t, text))
            caption = QLabel()
            self._caption(caption, edit, f"add_to.{topic.value}")
            column.addWidget(caption)
            column.addWidget(edit)
            self.house_columns[topic.value] = column
            row.addWidget(frame)
        outer.addLayout(row, 1)
        self.options["houses"] = EntryOptions("the child", CHILD_AUDIENCES)
        # The sentence saying who may see it sits under the house being typed in.
        self.house_columns[Topic.WORRIES.value].addWidget(self.options["houses"].line)
        self._line_house = Topic.WORRIES.value
        outer.addWidget(self.options["houses"])
        return page

    def _scale_section(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.scale_question = QLineEdit(default_scale_question(self.lang))
        self.scale_question.setProperty("role", "scale-question")
        caption = QLabel()
        self._caption(caption, self.scale_question, "question")
        column.addWidget(caption)
        self.scale_hint = QLabel()
        self.scale_hint.setProperty("role", "hint")
        question_row = QHBoxLayout()
        question_row.addWidget(self.scale_question, 1)
        question_row.addWidget(self._hear_button(
            Topic.SAFETY_SCALE.value, "the scaling question",
            lambda: [self.scale_question, self.scale_hint]))
        column.addLayout(question_row)
        column.addWidget(self.scale_hint)
        self.scale = SafetyScale()
        column.addWidget(self.scale)
        words = self._field(Topic.SAFETY_SCALE.value, "scale_why", leave_commits=False)
        words.committed.connect(self._keep_scale)
        caption = QLabel()
        self._caption(caption, words, "scale_words")
        column.addWidget(caption)
        column.addWidget(words)
        self.options["scale"] = EntryOptions("the child", CHILD_AUDIENCES)
        column.addWidget(self.options["scale"].line)
        self.keep_scale_button = QPushButton()
        self._say(self.keep_scale_button.setText, "keep_answer")
        self._say(lambda w: named(self.keep_scale_button, plain_words(w)), "keep_answer")
        self.keep_scale_button.clicked.connect(lambda: self._keep_scale(words.toPlainText().strip(),
                                                                        from_button=True))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.keep_scale_button)
        column.addLayout(row)
        self.lists[Topic.SAFETY_SCALE.value] = entry_list("")
        self._say(lambda w: named(self.lists[Topic.SAFETY_SCALE.value], w), "scale_answers")
        column.addWidget(self.lists[Topic.SAFETY_SCALE.value], 1)
        column.addWidget(self.options["scale"])
        return page

    def _want_section(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.want_title = QLabel(catalogue.text("houses.want_to_happen", self.lang))
        self.want_title.setProperty("role", "heading")
        title_row = QHBoxLayout()
        title_row.addWidget(self.want_title, 1)
        title_row.addWidget(self._hear_button(Topic.WANT_TO_HAPPEN.value,
                                              "what I want to happen", lambda: [self.want_title]))
        column.addLayout(title_row)
        self.lists[Topic.WANT_TO_HAPPEN.value] = entry_list("")
        self._say(lambda w: named(self.lists[Topic.WANT_TO_HAPPEN.value], w),
                  "where.want_to_happen")
        column.addWidget(self.lists[Topic.WANT_TO_HAPPEN.value], 1)
        edit = self._field(Topic.WANT_TO_HAPPEN.value, "want_hint")
        edit.committed.connect(lambda text: self._keep_child_words(Topic.WANT_TO_HAPPEN, text,
                                                                   options="want"))
        caption = QLabel()
        self._caption(caption, edit, "want_add")
        column.addWidget(caption)
        column.addWidget(edit)
        self.recording = RecordingPanel(self.reader, lang=self.lang)
        self.recording.kept.connect(self.keep_voice_recording)
        column.addWidget(self.recording)
        self.options["want"] = EntryOptions("the child", CHILD_AUDIENCES)
        column.addWidget(self.options["want"].line)
        column.addWidget(self.options["want"])
        return page

    def _drawing_section(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        left = QVBoxLayout()
        self.pad = DrawingPad()
        # A drawing in progress is kept as a draft too, a moment after each stroke.
        self.pad_timer = QTimer(self)
        self.pad_timer.setSingleShot(True)
        self.pad_timer.setInterval(800)
        self.pad_timer.timeout.connect(self._keep_drawing_draft)
        self.pad.stroke_finished.connect(self.pad_timer.start)
        left.addWidget(self.pad, 1)
        colours = FlowLayout()
        for colour in PEN_COLOURS:
            swatch = named(QPushButton(), f"Pen colour: {colour_name(colour)}")
            swatch.setToolTip(f"Draw in {colour_name(colour)}")
            swatch.setFixedSize(QSize(40, 40))
            swatch.setStyleSheet(f"background: {colour}; border-radius: 20px;")
            swatch.clicked.connect(lambda _=False, c=colour: self._pen(c))
            colours.addWidget(swatch)
        self.clear_drawing = QPushButton()
        self._say(self.clear_drawing.setText, "start_again")
        self._say(lambda w: named(self.clear_drawing, plain_words(w)), "start_again")
        self.clear_drawing.clicked.connect(self._start_drawing_again)
        colours.addWidget(self.clear_drawing)
        left.addLayout(colours)
        row.addLayout(left, 3)
        right = QVBoxLayout()
        topic_label = QLabel()
        right.addWidget(topic_label)
        self.drawing_topic = QComboBox()
        self._caption(topic_label, self.drawing_topic, "drawing_about")
        for index, topic in enumerate(DRAWING_TOPICS):
            self.drawing_topic.addItem("", topic)
            self._say(item_text(self.drawing_topic, index), f"topic.{topic.value}")
        right.addWidget(self.drawing_topic)
        title_label = QLabel()
        right.addWidget(title_label)
        self.drawing_title = QLineEdit()
        self._caption(title_label, self.drawing_title, "drawing_title")
        right.addWidget(self.drawing_title)
        self.keep_drawing_button = QPushButton()
        self._say(self.keep_drawing_button.setText, "keep_drawing")
        self._say(lambda w: named(self.keep_drawing_button, plain_words(w)), "keep_drawing")
        self.keep_drawing_button.setProperty("primary", True)
        self.keep_drawing_button.clicked.connect(self.keep_drawing)
        right.addWidget(self.keep_drawing_button)
        self.drawing_list = QListWidget()
        self._say(lambda w: named(self.drawing_list, w), "drawings")
        self.drawing_list.setViewMode(QListView.ViewMode.IconMode)
        self.drawing_list.setIconSize(QSize(120, 80))
        right.addWidget(self.drawing_list, 1)
        self.options["drawing"] = EntryOptions("the child", CHILD_AUDIENCES)
        self.options["drawing"].given_how.setEnabled(False)
        right.addWidget(self.options["drawing"].line)
        right.addWidget(self.options["drawing"])
        row.addLayout(right, 2)
        return page

    def _carers_section(self) -> QWidget:
        frame = QFrame()
        frame.setProperty("section", "carers")
        column = QVBoxLayout(frame)
        note = QLabel()
        self._say(note.setText, "carers_apart")
        note.setProperty("role", "hint")
        column.addWidget(note)
        row = QHBoxLayout()
        who_label = QLabel()
        row.addWidget(who_label)
        self.carer_name = QComboBox()
        self._caption(who_label, self.carer_name, "who_speaks")
        self.carer_name.setEditable(True)
        row.addWidget(self.carer_name, 1)
        about_label = QLabel()
        row.addWidget(about_label)
        self.carer_topic = QComboBox()
        self._caption(about_label, self.carer_topic, "about")
        for index, topic in enumerate(CARER_TOPICS):
            self.carer_topic.addItem("", topic)
            self._say(item_text(self.carer_topic, index), f"topic.{topic.value}")
        row.addWidget(self.carer_topic)
        column.addLayout(row)
        self.lists["carers"] = entry_list("")
        self._say(lambda w: named(self.lists["carers"], w), "carers_said")
        column.addWidget(self.lists["carers"], 1)
        edit = self._field("carers", "carer_hint")
        edit.committed.connect(self._keep_carer_words)
        caption = QLabel()
        self._caption(caption, edit, "carer_add")
        column.addWidget(caption)
        column.addWidget(edit)
        self.options["carers"] = EntryOptions("the carer", CARER_AUDIENCES)
        column.addWidget(self.options["carers"].line)
        column.addWidget(self.options["carers"])
        return frame

    def _notes_section(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        hint = QLabel()
        self._say(hint.setText, "notes_only")
        hint.setProperty("role", "hint")
        column.addWidget(hint)
        self.lists["notes"] = entry_list("")
        self._say(lambda w: named(self.lists["notes"], w), "notes_list")
        column.addWidget(self.lists["notes"], 1)
        edit = self._field("notes", "note_hint")
        edit.committed.connect(self._keep_note)
        caption = QLabel()
        self._caption(caption, edit, "note_add")
        column.addWidget(caption)
        column.addWidget(edit)
        return page

    def _drawing_draft_key(self) -> str:
        return f"visit:{self.visit.id}:drawing" if self.visit is not None else ""

    def _keep_drawing_draft(self) -> None:
        if self.child is not None and self.visit is not None and not self.pad.is_empty():
            picture = DRAWING_DRAFT + base64.b64encode(self.pad.png_bytes()).decode("ascii")
            self.keeper.save(self._drawing_draft_key(), picture, self.child.id)

    def _start_drawing_again(self) -> None:
        self.pad_timer.stop()
        self.pad.clear()
        if self.visit is not None:
            self.keeper.discard(self._drawing_draft_key())

    def _restore_drawing(self, draft: str) -> None:
        if draft.startswith(DRAWING_DRAFT):
            with contextlib.suppress(ValueError):
                self.pad.load_png(base64.b64decode(draft[len(DRAWING_DRAFT):]))

    def _pen(self, colour: str) -> None:
        from PySide6.QtGui import QColor

        self.pad.pen_colour = QColor(colour)

    # ------------------------------------------------------------------ read-aloud

    def _hear_button(self, key: str, what: str, widgets) -> QPushButton:
        """A speaker button that reads a question aloud as it is shown, in the child's
        language; pressed again while reading, it stops."""
        button = QPushButton()

        def show(words: str) -> None:  # in the visit's language, switched with it
            button.setText(words)
            button.setAccessibleName(f"{words}: {what}")
        self._say(show, "hear")
        button.setIcon(QIcon(str(resource_path("icons", "coreview", "speaker.svg"))))
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # never takes the keyboard from typing
        button.clicked.connect(lambda _c=False: self.hear(widgets(), key))
        self.hear_buttons[key] = button
        return button

    def hear(self, widgets: list[QWidget], key: str = "") -> None:
        """Read ``widgets`` aloud; the same speaker button pressed while reading stops."""
        if self.reader.playing and key == self._hearing:
            self.reader.stop()
            return
        self._hearing = key
        lang = child_language(self.child) if self.child is not None else "en"
        pieces = []
        for widget in widgets:
            # The scaling question is typed by the practitioner (in English unless they
            # changed it for a Welsh-speaking child); the rest comes from the catalogue.
            said = lang
            if widget is self.scale_question and lang != "cy":
                said = "en"
            pieces.append(Readable(widget, said))
        self.reader.read(pieces)

    def use_reader(self, reader: ReadAloud) -> None:
        """Read aloud (and play recordings back) through ``reader``."""
        self.reader.shutdown()
        self.reader = reader
        self.recording.reader = reader
        if self.child is not None:
            self.worker.query(speech_speed, self.child.id, success=reader.set_speed)

    # ------------------------------------------------------------------ recording

    def keep_voice_recording(self, pcm: Pcm) -> None:
        """Keep the child's recorded voice with who may see it ticked for this section."""
        if self.child is None or self.visit is None:
            return
        self._bind_field(Topic.WANT_TO_HAPPEN.value)
        recording = Recording(child_id=self.child.id, visit_id=self.visit.id, audio=pcm.wav(),
                              duration_ms=round(pcm.seconds * 1000))
        voice = self._voice(self.options["want"], topic=Topic.WANT_TO_HAPPEN, text="",
                            given_how=GivenHow.SAID)
        self.options["want"].used()

        def kept(result: tuple[Recording, VoiceEntry]) -> None:
            _recording, entry = result
            self.contents.voice.append(entry)
            self._show_entry(entry)
            self.recording.kept_safely()
            self._say_status("status.recording_kept")
            self.entry_kept.emit(entry)

        def refused(error: BaseException) -> None:
            # The recording stays in memory to try again; nothing was kept.
            self.recording.status.setText(f"Not kept: {getattr(error, 'message', error)}")

        self.worker.change(keep_recording, recording, voice, success=kept, failure=refused,
                           touches={self.child.id})

    # ------------------------------------------------------------------ who may see it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for key, edit in self.fields.items():
                if edit is watched and key in FIELD_OPTIONS:
                    self._bind_field(key)
        return super().eventFilter(watched, event)

    def _bind_field(self, key: str) -> None:
        """The box ``key`` is being typed in: its section's ticks are for this topic now."""
        if key == "carers":
            self._bind_carers()
            return
        options = self.options[FIELD_OPTIONS[key]]
        self._bind(options, Topic(key), self.child.display_name if self.child
                   else self._w("the_child"), self._w(f"where.{key}"))
        if FIELD_OPTIONS[key] == "houses" and self._line_house != key:
            self.house_columns[self._line_house].removeWidget(options.line)
            self.house_columns[key].addWidget(options.line)
            self._line_house = key

    def _bind(self, options: EntryOptions, topic: Topic, speaker: str, subject: str) -> None:
        visit = self.visit.id if self.visit is not None else ""
        child = self.child.id if self.child is not None else ""
        options.bind((child, visit, speaker, topic.value), speaker, subject)

    def _bind_carers(self) -> None:
        name = self.carer_name.currentText().strip() or self._w("carer")
        topic = Topic(self.carer_topic.currentData() or Topic.OTHER.value)
        self._bind(self.options["carers"], topic, name,
                   self._w("carer_subject", name=name,
                           topic=self.carer_topic.currentText().lower()))

    def _bind_drawing(self) -> None:
        topic = Topic(self.drawing_topic.currentData() or Topic.OTHER.value)
        self._bind(self.options["drawing"], topic,
                   self.child.display_name if self.child else self._w("the_child"),
                   self._w("drawing_subject", topic=self.drawing_topic.currentText().lower()))

    def _fresh_consent(self) -> None:
        """A new visit (or another child): every choice back to me and my team."""
        name = self.child.display_name if self.child else ""
        for options in self.options.values():
            options.child_name = name
            options.reset_all()
        self._fresh_words()

    def _fresh_words(self) -> None:
        """Each section's sentence about who may see it, for the box it is bound to."""
        line_house = self._line_house
        self._bind_field(Topic.WORRIES.value)
        for key in (Topic.SAFETY_SCALE.value, Topic.WANT_TO_HAPPEN.value):
            self._bind_field(key)
        self._bind_carers()
        self._bind_drawing()
        if line_house != self._line_house:
            self._bind_field(line_house)

    def _child_words(self, child: Child) -> None:
        """The words that hold the child's own names for things, in this visit's language."""
        assert self.visit is not None
        self.title.setText(self._w("title", name=child.display_name, place=self.visit.place))
        # In the child's own language these read as their record asks (both, Welsh first,
        # when they want both); switched on the spot, in the language switched to.
        def say(key: str) -> str:
            if self.lang == catalogue.child_language(child):
                return child_words(key, child)
            return self._w(key)
        for topic, name in self.house_names.items():
            name.setPlaceholderText(say(f"houses.{topic.value}"))
        self.want_title.setText(say("houses.want_to_happen"))
        self.scale_hint.setText(f"{say('child.scores.zero')} {say('child.scores.ten')}")

    # ------------------------------------------------------------------ opening

    def open_visit(self, child: Child, visit: Visit, done=None) -> None:
        """Show ``visit`` with what it holds already and the drafts left in it."""
        self.child, self.visit = child, visit
        self.reader.stop()
        self.recording.forget()
        self.worker.query(speech_speed, child.id, success=self.reader.set_speed)
        self.contents = VisitContents()
        # The language chosen once on the child's record (the button switches it here).
        self.use_language(catalogue.child_language(child))
        self.scale_question.setText(default_scale_question(self.lang))
        for topic, name in self.house_names.items():
            name.setText(child.house_names.get(topic.value, ""))
        self.carer_name.clear()
        carers = [p for p in visit.present if p.strip() and p.strip() != child.display_name]
        self.carer_name.addItems(carers or [self._w("carer")])
        for key, edit in self.fields.items():
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
            edit.set_draft_key(f"visit:{visit.id}:{key}", child.id)
        for listing in (*self.lists.values(), self.drawing_list):
            listing.clear()
        self.scale.set_value(None)
        self.pad_timer.stop()
        self.pad.clear()
        self._fresh_consent()
        self._say_status("status.open")
        # The keyboard starts in the first box to type in, never on End visit: now, and
        # again once the page is on screen and once what the visit holds is shown.
        self.tabs.setCurrentIndex(0)
        self._focus_first = True
        self.focus_first_box()

        def show(contents: VisitContents) -> None:
            self.contents = contents
            for entry in contents.voice:
                self._show_entry(entry)
            for note in contents.notes:
                self._show_note(note)
            for drawing in contents.drawings:
                self._show_drawing(drawing)
            for key, edit in self.fields.items():
                text = contents.drafts.get(f"visit:{visit.id}:{key}", "")
                if text:
                    edit.restore(text)
            self._restore_drawing(contents.drafts.get(self._drawing_draft_key(), ""))
            self.focus_first_box()
            if done is not None:
                done()

        self.worker.query(load_visit_contents, child.id, visit.id, success=show)

    def focus_first_box(self) -> None:
        """Put the keyboard in the first box to type in, once, for a visit just opened."""
        if self._focus_first and self.isVisible():
            self._focus_first = False
            self.fields[Topic.WORRIES.value].setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_first_box()

    # ------------------------------------------------------------------ keeping

    def _voice(self, options: EntryOptions, **values) -> VoiceEntry:
        assert self.child is not None and self.visit is not None
        values.setdefault("speaker", Speaker.CHILD)
        values.setdefault("speaker_name", self.child.display_name)
        values.setdefault("given_how", options.how())
        return VoiceEntry(child_id=self.child.id, visit_id=self.visit.id,
                          verbatim=options.verbatim.isChecked(),
                          shared_with=options.shared_with(), **values)

    def _save_entry(self, entry, field_key: str | None, text: str) -> None:
        def kept(saved) -> None:
            if isinstance(saved, VoiceEntry):
                self.contents.voice.append(saved)
                self._show_entry(saved)
            else:
                self.contents.notes.append(saved)
                self._show_note(saved)
            self._say_status("status.kept")
            self.entry_kept.emit(saved)

        def refused(error: BaseException) -> None:
            if field_key is not None and text:
                self.fields[field_key].restore(text)
            self._say_status("status.not_kept", reason=getattr(error, "message", error))

        self.worker.add_entry(entry, success=kept, failure=refused)

    def _keep_child_words(self, topic: Topic, text: str, options: str = "houses") -> None:
        # The ticks must be the ones for this topic: if they were set for another, this entry
        # starts from me and my team (the choice is shown in words beside the box).
        self._bind_field(topic.value)
        entry = self._voice(self.options[options], topic=topic, text=text)
        self.options[options].used()
        self._save_entry(entry, topic.value, text)

    def _keep_scale(self, text: str, from_button: bool = False) -> None:
        score = self.scale.value()
        if score is None:
            self.fields[Topic.SAFETY_SCALE.value].restore(text)
            self._say_status("status.pick")
            return
        if from_button:
            self.fields[Topic.SAFETY_SCALE.value].commit_silently()
        self._bind_field(Topic.SAFETY_SCALE.value)
        entry = self._voice(self.options["scale"], topic=Topic.SAFETY_SCALE, text=text,
                            scale=score, scale_question=self.scale_question.text().strip()
                            or default_scale_question(self.lang))
        self.options["scale"].used()
        self._save_entry(entry, Topic.SAFETY_SCALE.value, text)
        self.scale.set_value(None)

    def _keep_carer_words(self, text: str) -> None:
        name = self.carer_name.currentText().strip() or self._w("carer")
        self._bind_carers()
        entry = self._voice(self.options["carers"], speaker=Speaker.CARER, speaker_name=name,
                            topic=Topic(self.carer_topic.currentData()), text=text)
        self.options["carers"].used()
        self._save_entry(entry, "carers", text)

    def _keep_note(self, text: str) -> None:
        assert self.child is not None and self.visit is not None
        note = VisitNote(child_id=self.child.id, visit_id=self.visit.id, text=text)
        self._save_entry(note, "notes", text)

    def keep_drawing(self) -> None:
        if self.child is None or self.visit is None:
            return
        if self.pad.is_empty():
            self._say_status("status.pad_empty")
            return
        image = self.pad.image()
        title = self.drawing_title.text().strip()
        drawing = Drawing(child_id=self.child.id, visit_id=self.visit.id, title=title,
                          png=self.pad.png_bytes(), width=image.width(), height=image.height())
        self._bind_drawing()
        voice = self._voice(self.options["drawing"], topic=Topic(self.drawing_topic.currentData()),
                            text=title, given_how=GivenHow.DRAWN)
        self.options["drawing"].used()

        def kept(result: tuple[Drawing, VoiceEntry]) -> None:
            kept_drawing, kept_voice = result
            self.contents.drawings.append(kept_drawing)
            self.contents.voice.append(kept_voice)
            self._show_drawing(kept_drawing)
            self._show_entry(kept_voice)
            self._start_drawing_again()
            self.drawing_title.clear()
            self._say_status("status.drawing_kept")
            self.entry_kept.emit(kept_drawing)

        def refused(error: BaseException) -> None:
            self._say_status("status.drawing_not_kept",
                             reason=getattr(error, "message", error))

        self.worker.change(keep_drawing, drawing, voice, success=kept, failure=refused,
                           touches={self.child.id})

    def _rename_houses(self) -> None:
        if self.child is None:
            return
        names = {t.value: e.text().strip() for t, e in self.house_names.items() if e.text().strip()}
        if names == self.child.house_names:
            return
        child = dataclasses.replace(self.child, house_names=names)

        def saved(result: Child) -> None:
            self.child = result
            self._say_status("status.houses_kept")

        self.worker.change(records.save_document, child, success=saved,
                           failure=lambda e: self._say_status("status.not_kept",
                                                              reason=getattr(e, "message", e)),
                           touches={child.id})

    # ------------------------------------------------------------------ showing

    def _show_entry(self, entry: VoiceEntry) -> None:
        name = self.child.display_name if self.child else ""
        if entry.drawing_id:
            # Shown with its drawing: the drawing's item stands for these words.
            for row in range(self.drawing_list.count()):
                item = self.drawing_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == entry.drawing_id:
                    item.setData(Qt.ItemDataRole.UserRole, entry.id)
                    item.setText(entry_line(entry, name, self.lang))
                    item.setToolTip(item.text())
            return
        if entry.speaker == Speaker.CARER:
            key = "carers"
        elif entry.topic in (Topic.WORRIES, Topic.GOOD_THINGS, Topic.DREAMS, Topic.SAFETY_SCALE,
                             Topic.WANT_TO_HAPPEN):
            key = entry.topic.value
        else:
            key = Topic.WANT_TO_HAPPEN.value
        item = QListWidgetItem(entry_line(entry, name, self.lang))
        item.setToolTip(item.text())
        item.setData(Qt.ItemDataRole.UserRole, entry.id)
        self.lists[key].addItem(item)

    def _show_note(self, note: VisitNote) -> None:
        item = QListWidgetItem(note.text)
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        self.lists["notes"].addItem(item)

    def _show_drawing(self, drawing: Drawing) -> None:
        # PySide6 takes the image format as str (bytes are refused); its stubs say bytes.
        image = QImage.fromData(drawing.png, "PNG")  # type: ignore[arg-type]
        icon = QIcon(QPixmap.fromImage(image).scaled(QSize(120, 80),
                                                     Qt.AspectRatioMode.KeepAspectRatio))
        item = QListWidgetItem(icon, drawing.title or "drawing")
        item.setData(Qt.ItemDataRole.UserRole, drawing.id)
        self.drawing_list.addItem(item)

    # ------------------------------------------------------------------ ending

    def unkept(self) -> list[tuple[str, str]]:
        """Words typed (or a drawing made) but not kept yet: (where, what)."""
        found = [(self._w(f"where.{key}") if key in FIELD_WHERE else key,
                  edit.toPlainText().strip())
                 for key, edit in self.fields.items() if edit.toPlainText().strip()]
        if not self.pad.is_empty():
            found.append((self._w("where.pad"), self._w("where.a_drawing")))
        if self.recording.has_recording:
            found.append((self._w("where.recording"), self._w("where.a_recording")))
        return found

    def end_visit(self) -> None:
        """Ask first about anything typed but not kept, then show the end of visit summary."""
        if self.child is None or self.visit is None:
            return
        waiting = self.unkept()
        if not waiting:
            self._open_end_dialog()
            return
        lines = "\n".join(f"• {where}: \u201c{what[:80]}\u201d" for where, what in waiting)
        question = QMessageBox(QMessageBox.Icon.Question, self._w("unkept.title"),
                               self._w("unkept.text") + "\n" + lines, parent=self)
        question.setInformativeText(self._w("unkept.more"))
        keep = question.addButton(self._w("unkept.keep"), QMessageBox.ButtonRole.AcceptRole)
        back = question.addButton(self._w("unkept.back"), QMessageBox.ButtonRole.RejectRole)
        named(keep, plain_words(keep.text()))
        named(back, plain_words(back.text()))
        keep.setAutoDefault(False)
        question.setDefaultButton(back)
        question.setEscapeButton(back)
        keep.clicked.connect(self._keep_unkept_then_end)
        carry_lock_shortcut(question)
        self.unkept_question = question
        question.open()

    def _keep_unkept_then_end(self) -> None:
        scale_words = self.fields[Topic.SAFETY_SCALE.value].toPlainText().strip()
        if scale_words and self.scale.value() is None:
            self.tabs.setCurrentIndex(1)
            self.fields[Topic.SAFETY_SCALE.value].setFocus()
            self._say_status("status.pick_then_end")
            return
        for key, edit in self.fields.items():
            if key == Topic.SAFETY_SCALE.value and scale_words:
                self._keep_scale(scale_words, from_button=True)
            elif key != Topic.SAFETY_SCALE.value:
                edit.commit()
        if not self.pad.is_empty():
            self.keep_drawing()
        if self.recording.has_recording:
            self.recording.keep()
        self._open_end_dialog()

    def _open_end_dialog(self) -> None:
        assert self.child is not None and self.visit is not None
        self.end_dialog = EndVisitDialog(self.worker, self.keeper, self.child, self.visit,
                                         self.contents, self)
        self.end_dialog.visit_saved.connect(self._visit_saved)
        carry_lock_shortcut(self.end_dialog)
        self.end_dialog.open()

    def _visit_saved(self, visit: Visit) -> None:
        self.visit = visit
        self.end_dialog = None
        self.visit_ended.emit(visit.child_id)
