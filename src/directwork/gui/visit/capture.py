"""Visit mode: the screen used on a sofa with a child beside you. Large and calm; every
section keeps what is typed as it is typed, and each entry is kept the moment the practitioner
presses Enter or moves on. There is no Save button to forget.

Safe to type in: the screen opens with the keyboard in the first box to type in; Enter keeps
an entry and never ends the visit; End visit… asks first when words are typed but not kept
or nothing was recorded. Who may see each entry starts from me and my team for every visit,
speaker and topic, and is said in words beside the box being typed in."""

from __future__ import annotations

import base64
import contextlib
import dataclasses

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
from directwork.gui.common.a11y import colour_name, labelled, named, plain_words
from directwork.gui.common.drafts import DraftKeeper, DraftTextEdit
from directwork.gui.common.fit import FlowLayout, scrolled, shrinkable
from directwork.gui.common.read_aloud import Readable, ReadAloud
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

HOUSES = ((Topic.WORRIES, "House of worries"), (Topic.GOOD_THINGS, "House of good things"),
          (Topic.DREAMS, "House of dreams"))
CHILD_AUDIENCES = (Audience.WORKER, Audience.TEAM, Audience.CARERS, Audience.AGENCIES)
CARER_AUDIENCES = (Audience.WORKER, Audience.TEAM, Audience.CHILD, Audience.AGENCIES)
CARER_TOPICS = ((Topic.WORRIES, "Worries"), (Topic.GOOD_THINGS, "Good things"),
                (Topic.WANT_TO_HAPPEN, "What they want to happen"), (Topic.OTHER, "Something else"))
# Which sharing choices each box being typed in uses, and what it is about.
FIELD_OPTIONS = {Topic.WORRIES.value: "houses", Topic.GOOD_THINGS.value: "houses",
                 Topic.DREAMS.value: "houses", Topic.SAFETY_SCALE.value: "scale",
                 Topic.WANT_TO_HAPPEN.value: "want", "carers": "carers"}
FIELD_WORDS = {"worries": "the house of worries", "good_things": "the house of good things",
               "dreams": "the house of dreams", "safety_scale": "how safe they feel",
               "want_to_happen": "what they want to happen", "carers": "carers' views",
               "notes": "my notes"}
DEFAULT_SCALE_QUESTION = "How safe do you feel?"
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
        self.end_button = named(QPushButton("&End visit…"), "End visit: see the summary")
        # Never where the keyboard starts, and a click does not take the keyboard from the box
        # being typed in: words still there are asked about rather than kept half-finished.
        self.end_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.end_button.setAutoDefault(False)
        self.end_button.clicked.connect(self.end_visit)
        self.unkept_question: QMessageBox | None = None
        self._focus_first = False
        top.addWidget(self.title, 1)
        top.addWidget(shrinkable(self.status), 1)
        top.addWidget(self.end_button)
        layout.addLayout(top)
        self.tabs = named(QTabWidget(), "Parts of the visit")
        layout.addWidget(self.tabs, 1)
        # Each part scrolls when the screen is small or the text large; the tab row and End
        # visit stay in sight.
        for make, title in ((self._three_houses, "Three &Houses"), (self._scale_section, "How &safe"),
                            (self._want_section, "&What I want to happen"),
                            (self._drawing_section, "&Drawing"),
                            (self._carers_section, "&Carers' views"),
                            (self._notes_section, "My &notes")):
            self.tabs.addTab(scrolled(make(), plain_words(title)), title)
        for listing in (*self.lists.values(), self.drawing_list):
            listing.itemActivated.connect(self.put_right)
            listing.setToolTip("Double-click or press Enter on an entry to put it right or "
                               "change who may see it")
        for key, edit in self.fields.items():
            if key in FIELD_OPTIONS:
                edit.installEventFilter(self)
        self.carer_name.currentTextChanged.connect(lambda _t: self._bind_carers())
        self.carer_topic.currentIndexChanged.connect(lambda _i: self._bind_carers())
        self.drawing_topic.currentIndexChanged.connect(lambda _i: self._bind_drawing())

    # ------------------------------------------------------------------ building

    def _field(self, key: str, name: str, placeholder: str, **kwargs) -> DraftTextEdit:
        edit = named(DraftTextEdit(self.keeper, **kwargs), name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
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
        for topic, default in HOUSES:
            frame = QFrame()
            frame.setProperty("house", topic.value)
            column = QVBoxLayout(frame)
            name = named(QLineEdit(), f"Their name for the {default.lower()}")
            name.setPlaceholderText(default)
            name.setProperty("role", "house-name")
            name.editingFinished.connect(self._rename_houses)
            self.house_names[topic] = name
            caption = QLabel("Their name for it:")
            caption.setProperty("role", "hint")
            labelled(caption, name)
            column.addWidget(caption)
            name_row = QHBoxLayout()
            name_row.addWidget(name, 1)
            name_row.addWidget(self._hear_button(topic.value, f"the {default.lower()}",
                                                 lambda n=name: [n]))
            column.addLayout(name_row)
            listing = entry_list(f"What is in the {default.lower()}")
            self.lists[topic.value] = listing
            column.addWidget(listing, 1)
            edit = self._field(topic.value, f"Add to the {default.lower()}",
                               "Type their words, press Enter to keep them")
            edit.committed.connect(lambda text, t=topic: self._keep_child_words(t, text))
            caption = QLabel(f"Add to the {default.lower()}:")
            labelled(caption, edit)
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
        self.scale_question = named(QLineEdit(DEFAULT_SCALE_QUESTION), "The scaling question")
        self.scale_question.setProperty("role", "scale-question")
        caption = QLabel("The question:")
        labelled(caption, self.scale_question)
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
        words = self._field(Topic.SAFETY_SCALE.value, "The child's words about their number",
                            "Why that number? What would make it one higher?",
                            leave_commits=False)
        words.committed.connect(self._keep_scale)
        caption = QLabel("Their words about the number:")
        labelled(caption, words)
        column.addWidget(caption)
        column.addWidget(words)
        self.options["scale"] = EntryOptions("the child", CHILD_AUDIENCES)
        column.addWidget(self.options["scale"].line)
        self.keep_scale_button = named(QPushButton("&Keep this answer"), "Keep this answer")
        self.keep_scale_button.clicked.connect(lambda: self._keep_scale(words.toPlainText().strip(),
                                                                        from_button=True))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.keep_scale_button)
        column.addLayout(row)
        self.lists[Topic.SAFETY_SCALE.value] = entry_list("Answers to the safety scale")
        column.addWidget(self.lists[Topic.SAFETY_SCALE.value], 1)
        column.addWidget(self.options["scale"])
        return page

    def _want_section(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.want_title = QLabel(catalogue.text("houses.want_to_happen", "en"))
        self.want_title.setProperty("role", "heading")
        title_row = QHBoxLayout()
        title_row.addWidget(self.want_title, 1)
        title_row.addWidget(self._hear_button(Topic.WANT_TO_HAPPEN.value,
                                              "what I want to happen", lambda: [self.want_title]))
        column.addLayout(title_row)
        self.lists[Topic.WANT_TO_HAPPEN.value] = entry_list("What the child wants to happen")
        column.addWidget(self.lists[Topic.WANT_TO_HAPPEN.value], 1)
        edit = self._field(Topic.WANT_TO_HAPPEN.value, "Add what the child wants to happen",
                           "In their words; press Enter to keep it")
        edit.committed.connect(lambda text: self._keep_child_words(Topic.WANT_TO_HAPPEN, text,
                                                                   options="want"))
        caption = QLabel("Add what they want to happen:")
        labelled(caption, edit)
        column.addWidget(caption)
        column.addWidget(edit)
        self.recording = RecordingPanel(self.reader)
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
        self.clear_drawing = named(QPushButton("Start &again"),
                                   "Start again: clear the drawing")
        self.clear_drawing.clicked.connect(self._start_drawing_again)
        colours.addWidget(self.clear_drawing)
        left.addLayout(colours)
        row.addLayout(left, 3)
        right = QVBoxLayout()
        topic_label = QLabel("What is it about?")
        right.addWidget(topic_label)
        self.drawing_topic = labelled(topic_label, named(QComboBox(),
                                                         "What the drawing is about"))
        for topic, words in ((Topic.FEELINGS, "Feelings"), (Topic.WORRIES, "Worries"),
                             (Topic.GOOD_THINGS, "Good things"), (Topic.DREAMS, "Dreams"),
                             (Topic.OTHER, "Something else")):
            self.drawing_topic.addItem(words, topic)
        right.addWidget(self.drawing_topic)
        title_label = QLabel("What they called it:")
        right.addWidget(title_label)
        self.drawing_title = labelled(title_label, named(QLineEdit(),
                                                         "What the child called the drawing"))
        right.addWidget(self.drawing_title)
        self.keep_drawing_button = named(QPushButton("&Keep this drawing"), "Keep this drawing")
        self.keep_drawing_button.setProperty("primary", True)
        self.keep_drawing_button.clicked.connect(self.keep_drawing)
        right.addWidget(self.keep_drawing_button)
        self.drawing_list = named(QListWidget(), "Drawings kept in this visit")
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
        note = QLabel("Carers' views are kept apart from the child's.")
        note.setProperty("role", "hint")
        column.addWidget(note)
        row = QHBoxLayout()
        who_label = QLabel("Who is speaking:")
        row.addWidget(who_label)
        self.carer_name = labelled(who_label, named(QComboBox(), "Which carer is speaking"))
        self.carer_name.setEditable(True)
        row.addWidget(self.carer_name, 1)
        about_label = QLabel("About:")
        row.addWidget(about_label)
        self.carer_topic = labelled(about_label, named(QComboBox(),
                                                       "What the carer is talking about"))
        for topic, words in CARER_TOPICS:
            self.carer_topic.addItem(words, topic)
        row.addWidget(self.carer_topic)
        column.addLayout(row)
        self.lists["carers"] = entry_list("What carers said")
        column.addWidget(self.lists["carers"], 1)
        edit = self._field("carers", "Add what the carer said",
                           "Their words; press Enter to keep them")
        edit.committed.connect(self._keep_carer_words)
        caption = QLabel("What the carer said:")
        labelled(caption, edit)
        column.addWidget(caption)
        column.addWidget(edit)
        self.options["carers"] = EntryOptions("the carer", CARER_AUDIENCES)
        column.addWidget(self.options["carers"].line)
        column.addWidget(self.options["carers"])
        return frame

    def _notes_section(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        hint = QLabel("Only for you: never shown to the child or carers.")
        hint.setProperty("role", "hint")
        column.addWidget(hint)
        self.lists["notes"] = entry_list("My notes from this visit")
        column.addWidget(self.lists["notes"], 1)
        edit = self._field("notes", "Add a note for myself", "Press Enter to keep the note")
        edit.committed.connect(self._keep_note)
        caption = QLabel("Add a note for myself:")
        labelled(caption, edit)
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
        button = named(QPushButton("Hear it"), f"Hear it: {what}")
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
            self.status.setText("Recording kept.")
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
        self._bind(options, Topic(key), self.child.display_name if self.child else "the child",
                   FIELD_WORDS[key])
        if FIELD_OPTIONS[key] == "houses" and self._line_house != key:
            self.house_columns[self._line_house].removeWidget(options.line)
            self.house_columns[key].addWidget(options.line)
            self._line_house = key

    def _bind(self, options: EntryOptions, topic: Topic, speaker: str, subject: str) -> None:
        visit = self.visit.id if self.visit is not None else ""
        child = self.child.id if self.child is not None else ""
        options.bind((child, visit, speaker, topic.value), speaker, subject)

    def _bind_carers(self) -> None:
        name = self.carer_name.currentText().strip() or "Carer"
        topic = Topic(self.carer_topic.currentData() or Topic.OTHER.value)
        self._bind(self.options["carers"], topic, name,
                   f"{name}'s words about {self.carer_topic.currentText().lower()}")

    def _bind_drawing(self) -> None:
        topic = Topic(self.drawing_topic.currentData() or Topic.OTHER.value)
        self._bind(self.options["drawing"], topic,
                   self.child.display_name if self.child else "the child",
                   f"a drawing about {self.drawing_topic.currentText().lower()}")

    def _fresh_consent(self) -> None:
        """A new visit (or another child): every choice back to me and my team."""
        name = self.child.display_name if self.child else ""
        for options in self.options.values():
            options.child_name = name
            options.reset_all()
        self._bind_field(Topic.WORRIES.value)
        for key in (Topic.SAFETY_SCALE.value, Topic.WANT_TO_HAPPEN.value):
            self._bind_field(key)
        self._bind_carers()
        self._bind_drawing()

    # ------------------------------------------------------------------ opening

    def open_visit(self, child: Child, visit: Visit, done=None) -> None:
        """Show ``visit`` with what it holds already and the drafts left in it."""
        self.child, self.visit = child, visit
        self.reader.stop()
        self.recording.forget()
        self.worker.query(speech_speed, child.id, success=self.reader.set_speed)
        self.title.setText(f"Visit with {child.display_name} — {visit.place}")
        for topic, name in self.house_names.items():
            name.setText(child.house_names.get(topic.value, ""))
            name.setPlaceholderText(child_words(f"houses.{topic.value}", child))
        self.want_title.setText(child_words("houses.want_to_happen", child))
        self.scale_hint.setText(f"{child_words('child.scores.zero', child)} "
                                f"{child_words('child.scores.ten', child)}")
        self.carer_name.clear()
        carers = [p for p in visit.present if p.strip() and p.strip() != child.display_name]
        self.carer_name.addItems(carers or ["Carer"])
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
        self.status.setText("Everything is kept as you type.")
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
            self.status.setText("Kept.")
            self.entry_kept.emit(saved)

        def refused(error: BaseException) -> None:
            if field_key is not None and text:
                self.fields[field_key].restore(text)
            self.status.setText(f"Not kept: {getattr(error, 'message', error)}")

        self.worker.change(records.add_entry, entry, success=kept, failure=refused,
                           touches={entry.child_id})

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
            self.status.setText("Pick a number from 0 to 10 first.")
            return
        if from_button:
            self.fields[Topic.SAFETY_SCALE.value].commit_silently()
        self._bind_field(Topic.SAFETY_SCALE.value)
        entry = self._voice(self.options["scale"], topic=Topic.SAFETY_SCALE, text=text,
                            scale=score, scale_question=self.scale_question.text().strip()
                            or DEFAULT_SCALE_QUESTION)
        self.options["scale"].used()
        self._save_entry(entry, Topic.SAFETY_SCALE.value, text)
        self.scale.set_value(None)

    def _keep_carer_words(self, text: str) -> None:
        name = self.carer_name.currentText().strip() or "Carer"
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
            self.status.setText("The drawing pad is empty.")
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
            self.status.setText("Drawing kept.")
            self.entry_kept.emit(kept_drawing)

        def refused(error: BaseException) -> None:
            self.status.setText(f"Drawing not kept: {getattr(error, 'message', error)}")

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
            self.status.setText("House names kept.")

        self.worker.change(records.save_document, child, success=saved,
                           failure=lambda e: self.status.setText(f"Not kept: {getattr(e, 'message', e)}"),
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
                    item.setText(entry_line(entry, name))
                    item.setToolTip(item.text())
            return
        if entry.speaker == Speaker.CARER:
            key = "carers"
        elif entry.topic in (Topic.WORRIES, Topic.GOOD_THINGS, Topic.DREAMS, Topic.SAFETY_SCALE,
                             Topic.WANT_TO_HAPPEN):
            key = entry.topic.value
        else:
            key = Topic.WANT_TO_HAPPEN.value
        item = QListWidgetItem(entry_line(entry, name))
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
        found = [(FIELD_WORDS.get(key, key), edit.toPlainText().strip())
                 for key, edit in self.fields.items() if edit.toPlainText().strip()]
        if not self.pad.is_empty():
            found.append(("the drawing pad", "a drawing"))
        if self.recording.has_recording:
            found.append(("the recording", "a recording of their voice"))
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
        question = QMessageBox(QMessageBox.Icon.Question, "Words not kept yet",
                               "These are typed but not kept yet:\n" + lines, parent=self)
        question.setInformativeText("Keep them before ending the visit? Nothing typed is lost "
                                    "either way: Back to the visit leaves them where they are.")
        keep = question.addButton("&Keep them, then end", QMessageBox.ButtonRole.AcceptRole)
        back = question.addButton("&Back to the visit", QMessageBox.ButtonRole.RejectRole)
        named(keep, "Keep them, then end the visit")
        named(back, "Back to the visit")
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
            self.status.setText("Pick a number from 0 to 10 for those words first, or clear "
                                "them; then End visit again.")
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
