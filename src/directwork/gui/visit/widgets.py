"""Small parts of the visit screen: who may see an entry and how it was given, and the 0-10
safety scale with faces.

Who may see an entry is asked, never inherited: every visit, every child, every speaker and
every topic starts from me and my team only. A choice kept from one entry to the next (same
visit, speaker and topic) is said in words beside the box being typed in.

The child sees these too: their words come from the catalogue (``visit.*``) in the visit's
language (``use_language``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from directwork.domain import catalogue
from directwork.domain.records import (
    Audience,
    Child,
    GivenHow,
    Speaker,
    VoiceEntry,
    WelshPreference,
)
from directwork.domain.redaction import seen_by
from directwork.domain.sharing import SAFE_DEFAULT
from directwork.gui.common.a11y import labelled, named
from directwork.gui.common.fit import FlowLayout
from directwork.gui.common.retranslate import translate
from directwork.gui.record.sharing import and_list, audience_name, seen_by_words


def _w(key: str, lang: str, **values: object) -> str:
    return catalogue.text(f"visit.{key}", lang, **values)


def given_how_words(how: GivenHow, lang: str = "en") -> str:
    """How an entry was given ("said it", "drew it"...), in ``lang``."""
    return _w(f"given.{how.value}", lang)


def audience_words(audience: Audience, lang: str = "en") -> str:
    """A tick's words ("me (their worker)", "their carers"...), in ``lang``."""
    return _w(f"audience.{audience.value}", lang)


# (English, for the few places that list them; the screen uses the functions above.)
GIVEN_HOW_WORDS = {how: given_how_words(how) for how in GivenHow}
AUDIENCE_WORDS = {audience: audience_words(audience) for audience in Audience}
SCALE_KEYS = {0: "scale_zero", 5: "scale_five", 10: "scale_ten"}


def consent_words(speaker: str, shared: list[Audience], child_name: str = "",
                  carried: bool = False, lang: str = "en") -> str:
    """The sharing choice as a sentence: "Iolo agreed: carers can see this." """
    kept = (Audience.WORKER, Audience.TEAM)
    if lang == "en":
        extra = [audience_name(a, child_name) for a in shared if a not in kept]
        listed = and_list(extra)
    else:
        extra = [child_name if a is Audience.CHILD and child_name else audience_words(a, lang)
                 for a in shared if a not in kept]
        listed = catalogue.and_list(extra, lang)
    if extra:
        said = _w("agreed", lang, speaker=speaker, who=listed)
    elif Audience.TEAM in shared:
        said = _w("not_beyond_team", lang)
    else:
        said = _w("not_beyond_me", lang)
    if carried:
        said += " " + _w("still_ticked", lang)
    return said


class EntryOptions(QWidget):
    """Whether the words are exact, how they were given, and who the speaker agreed may see
    them. Who may see it belongs to one visit, speaker and topic (``bind``): it goes back to
    me and my team whenever any of them changes, and ``line`` says the choice in words."""

    changed = Signal()

    def __init__(self, who: str, audiences: tuple[Audience, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = who
        self.lang = "en"
        self.speaker = who
        self.child_name = ""
        self.key: tuple[str, ...] | None = None
        self.carried = False  # the ticks were used for an entry and are still as they were
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.verbatim = named(QCheckBox(translate("EntryOptions", "Their exact words")),
                              f"These are {who}'s exact words")
        self.verbatim.setChecked(True)
        self.given_how = named(QComboBox(), f"How {who} gave it")
        for how, words in GIVEN_HOW_WORDS.items():
            if how != GivenHow.DRAWN:
                self.given_how.addItem(words, how)
        how_label = QLabel(translate("EntryOptions", "How:"))
        self.how_label = how_label
        labelled(how_label, self.given_how)
        layout.addWidget(self.verbatim, 0, 0)
        layout.addWidget(how_label, 0, 1)
        layout.addWidget(self.given_how, 0, 2)
        # Who may see it: the ticks wrap under the sentence on a narrow screen.
        share_row = QVBoxLayout()
        ticks = FlowLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        share_row.addWidget(self.heading)
        self.shared: dict[Audience, QCheckBox] = {}
        for audience in audiences:
            box = named(QCheckBox(AUDIENCE_WORDS[audience]),
                        f"{who.capitalize()} agreed {AUDIENCE_WORDS[audience]} can see it")
            if audience == Audience.WORKER:
                box.setEnabled(False)  # the worker wrote it down: they always see it
            box.toggled.connect(self._ticked)
            self.shared[audience] = box
            ticks.addWidget(box)
        share_row.addLayout(ticks)
        layout.addLayout(share_row, 1, 0, 1, 4)
        layout.setColumnStretch(3, 1)
        # Placed by the visit screen beside the box being typed in.
        self.line = QLabel()
        self.line.setObjectName("consentLine")
        self.line.setWordWrap(True)
        self.line.setProperty("role", "consent")
        self.subject = ""
        self.reset()

    def use_language(self, lang: str) -> None:
        """Every word of these choices in ``lang``; the ticks stay as they are."""
        self.lang = lang
        self.verbatim.setText(_w("exact", lang))
        self.verbatim.setAccessibleName(_w("exact", lang))
        self.verbatim.setAccessibleDescription("")
        self.verbatim.setToolTip("")
        self.how_label.setText(_w("how", lang))
        self.given_how.setAccessibleName(_w("how", lang).strip(" :"))
        self.given_how.setAccessibleDescription("")
        self.given_how.setToolTip("")
        for index in range(self.given_how.count()):
            self.given_how.setItemText(index, given_how_words(
                GivenHow(self.given_how.itemData(index)), lang))
        for audience, box in self.shared.items():
            box.setText(audience_words(audience, lang))
            box.setAccessibleName(audience_words(audience, lang))
            box.setAccessibleDescription("")
            box.setToolTip("")
        self._say()

    def reset(self) -> None:
        """Back to the safe default: me and my team."""
        for audience, box in self.shared.items():
            box.blockSignals(True)
            box.setChecked(audience in SAFE_DEFAULT or audience is Audience.WORKER)
            box.blockSignals(False)
        self.carried = False
        self._say()

    def reset_all(self) -> None:
        """A new visit: how it was given too, not only who may see it."""
        self.verbatim.setChecked(True)
        self.given_how.setCurrentIndex(0)
        self.key = None
        self.reset()

    def bind(self, key: tuple[str, ...], speaker: str, subject: str = "") -> bool:
        """Use these ticks for ``key`` (visit, speaker, topic). A different key starts again
        from the safe default; returns whether it did."""
        self.speaker, self.subject = speaker, subject
        fresh = key != self.key
        self.key = key
        if fresh:
            self.reset()
        else:
            self._say()
        return fresh

    def used(self) -> None:
        """An entry was kept with these ticks: say that they are still ticked."""
        self.carried = True
        self._say()

    def _ticked(self) -> None:
        self.carried = False
        self._say()
        self.changed.emit()

    def _say(self) -> None:
        speaker = self.speaker
        if self.lang != "en" and speaker in ("the child", "the carer"):
            speaker = _w(speaker.replace(" ", "_"), self.lang)
        who = speaker[:1].upper() + speaker[1:]
        if self.lang == "en":
            about = f"For {self.subject}, " if self.subject else ""
            self.heading.setText(f"{about}{who if not about else speaker} agreed these can "
                                 "see it:")
        elif self.subject:
            self.heading.setText(_w("agreed_heading_about", self.lang, subject=self.subject,
                                    speaker=speaker))
        else:
            self.heading.setText(_w("agreed_heading", self.lang, speaker=speaker))
        self.line.setText(consent_words(who, self.shared_with(), self.child_name, self.carried,
                                        self.lang))
        named(self.line, self.line.text())

    def shared_with(self) -> list[Audience]:
        return [a for a, box in self.shared.items() if box.isChecked()]

    def how(self) -> GivenHow:
        return GivenHow(self.given_how.currentData())


def face_pixmap(score: int, size: int = 44) -> QPixmap:
    """A face from sad (0) to happy (10), drawn rather than an emoji so every platform shows it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    t = score / 10
    fill = QColor.fromHsvF(0.0 + 0.3 * t, 0.45, 0.98)
    painter.setPen(QPen(QColor("#1f2933"), 2))
    painter.setBrush(fill)
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    painter.setBrush(QColor("#1f2933"))
    eye = size * 0.07
    painter.drawEllipse(QPointF(size * 0.35, size * 0.38), eye, eye)
    painter.drawEllipse(QPointF(size * 0.65, size * 0.38), eye, eye)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    y = size * 0.66
    curve = (t - 0.5) * size * 0.36
    mouth.moveTo(size * 0.3, y)
    mouth.quadTo(size * 0.5, y + curve, size * 0.7, y)
    painter.drawPath(mouth)
    painter.end()
    return pixmap


class SafetyScale(QGroupBox):
    """Eleven big buttons, 0 to 10, each with a face: one choice, in one named group. The
    arrow keys move the choice along; Tab comes in on the chosen number (or 0) and goes on
    to the next control, as with any one-of-many choice."""

    picked = Signal(int)
    GROUP_NAME = catalogue.text("visit.scale_group", "en")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyScale")
        self.setFlat(True)
        layout = FlowLayout(self, spacing=4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score))
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setIcon(QIcon(face_pixmap(score)))
            button.setIconSize(QSize(40, 40))
            button.setMinimumSize(64, 76)
            button.installEventFilter(self)
            self.group.addButton(button, score)
            self.buttons.append(button)
            layout.addWidget(button)
        self.use_language("en")
        self.group.idClicked.connect(self.picked)
        self.group.idToggled.connect(lambda _i, _on: self._one_tab_stop())
        self._one_tab_stop()

    def use_language(self, lang: str) -> None:
        """The numbers' spoken names in ``lang``: "3 out of 10", "0 out of 10, not safe at all"."""
        named(self, _w("scale_group", lang))
        for score, button in enumerate(self.buttons):
            words = _w(SCALE_KEYS[score], lang) if score in SCALE_KEYS else ""
            named(button, _w("scale_button", lang, score=score) + (f", {words}" if words else ""))

    def _one_tab_stop(self) -> None:
        chosen = self.group.checkedId()
        for score, button in enumerate(self.buttons):
            first = score == (chosen if chosen >= 0 else 0)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if first
                                  else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons:
            key = event.key()  # type: ignore[attr-defined]
            step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1,
                    Qt.Key.Key_Up: -1}.get(key)
            if step is not None:
                at = self.buttons.index(watched)
                target = self.buttons[min(10, max(0, at + step))]
                target.setFocus(Qt.FocusReason.TabFocusReason)
                target.click()
                return True
        return super().eventFilter(watched, event)

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, score: int | None) -> None:
        if score is None:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setAutoExclusive(False)
                button.setChecked(False)
                button.setAutoExclusive(True)
            self.group.setExclusive(True)
        else:
            self.buttons[score].setChecked(True)
        self._one_tab_stop()


def entry_words(entry: VoiceEntry, lang: str = "en") -> str:
    """What was said and how, on one line."""
    words = entry.text or ("(nothing typed yet)" if entry.recording_id else "(drawing)")
    if entry.verbatim and entry.text:
        words = f"\u201c{words}\u201d"
    if entry.recording_id:
        words = f"Recording: {words}"
    if entry.scale is not None:
        words = f"{entry.scale}/10  {words if entry.text else ''}".strip()
    how = given_how_words(entry.given_how, lang)
    if entry.speaker == Speaker.CARER:
        return f"{words}  — {entry.speaker_name}, {how}"
    return f"{words}  ({how})"


def entry_line(entry: VoiceEntry, child_name: str = "", lang: str = "en") -> str:
    """A kept entry as the visit screen lists it: the words, then everyone who may see them,
    in full."""
    if lang == "en":
        return f"{entry_words(entry, lang)}\n{seen_by_words(entry, child_name)}"
    who = [child_name if a is Audience.CHILD and child_name else _w(f"seen.{a.value}", lang)
           for a in seen_by(entry)]
    said = _w("seen_words.seen_by", lang, who=", ".join(who))
    if entry.kept_from_speaker:
        said += " " + _w("seen_words.kept_from", lang,
                             reason=entry.kept_reason or _w("seen_words.no_reason", lang))
    return f"{entry_words(entry, lang)}\n{said}"


def child_language(child: Child) -> str:
    """The language the child's words are shown in: "cy", "en", or "both" (Welsh first)."""
    if child.welsh_preference == WelshPreference.WELSH:
        return "cy"
    if child.welsh_preference == WelshPreference.BILINGUAL:
        return "both"
    return "en"


def child_words(key: str, child: Child) -> str:
    """Words the child sees, from the catalogue in the language they chose (Welsh first when
    they want both)."""
    english = catalogue.text(key, "en")
    if child.welsh_preference == WelshPreference.WELSH:
        return catalogue.text(key, "cy")
    if child.welsh_preference == WelshPreference.BILINGUAL:
        return f"{catalogue.text(key, 'cy')} / {english}"
    return english


def entry_list(name: str) -> QListWidget:
    listing = named(QListWidget(), name)
    listing.setWordWrap(True)
    listing.setAlternatingRowColors(True)
    return listing
