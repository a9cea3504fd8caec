"""Read-aloud in co-review: the speaker buttons read exactly the words on screen (never what
redaction withholds), each sentence is highlighted while it is heard, Stop stops it, and
Slower/Faster and the pictures a child picks are kept for that child.

An offscreen test machine has no sound device, so playback goes to ``MemoryOutput``: it takes
every sample and reports it played at a sound card's pace. The voice is the real eSpeak NG,
wrapped only to note what it was asked to say; the timing and highlighting are the app's own.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from directwork.domain.catalogue import text
from directwork.domain.read_aloud import DEFAULT_SPEED, slower
from directwork.domain.records import Audience, Recording, Speaker, Topic, VoiceEntry
from directwork.gui.common.read_aloud import MemoryOutput, ReadAloud
from directwork.gui.coreview.sections import SECTIONS
from directwork.gui.coreview.window import CoReviewWindow
from directwork.speech.espeak import voice
from directwork.speech.pcm import Pcm, from_wav
from directwork.speech.sentences import sentences
from directwork.store import records
from directwork.store.read_aloud import speech_speed
from directwork.store.views.coreview import load_coreview
from tests.gui.test_coreview import WITHHELD_FROM_CHILD
from tests.reports.markers import seed_marker_case


class NotingVoice:
    """The shipped voice, noting each sentence it is asked to say and in which language."""

    def __init__(self) -> None:
        self.real = voice()
        self.rate = self.real.rate
        self.said: list[tuple[str, str]] = []

    def speak(self, words, lang, speed, on_chunk) -> bool:
        self.said.append((words, lang))
        return self.real.speak(words, lang, speed, on_chunk)


@pytest.fixture
def child_id(vault) -> str:
    return seed_marker_case(vault)


@pytest.fixture
def hearing():
    """(voice, output) for a window: the real voice, played into memory."""
    return NotingVoice(), MemoryOutput()


def open_window(qtbot, worker, child_id, hearing, lang="en") -> CoReviewWindow:
    spoken, output = hearing
    with worker.vault.session() as session:
        views = load_coreview(session, child_id)
    reader = ReadAloud(voice=spoken, output=lambda: output)
    window = CoReviewWindow(worker, views, lang=lang, reader=reader)
    qtbot.addWidget(window)
    window.present(full_screen=False)
    worker.wait_idle()
    return window


def highlighted(window: CoReviewWindow) -> list[str]:
    return [label.selectedText() for label in window.section.findChildren(QLabel)
            if label.hasSelectedText()]


def visible_words(window: CoReviewWindow) -> list[str]:
    """The sentences of every label the part shows, as a person sees them."""
    labels = [window.section.title, *(label for label in window.section.item_labels
                                      if label.isVisibleTo(window))]
    return [s.text for label in labels for s in sentences(label.text())]


def test_the_speaker_button_plays_highlights_each_sentence_and_stop_stops_it(
        qtbot, worker, child_id, hearing) -> None:
    spoken, output = hearing
    # Given co-review on "Who will do what", which has a heading and sentences under it
    window = open_window(qtbot, worker, child_id, hearing)
    window.go_to("actions")
    # When the speaker button beside the heading is pressed
    window.section.hear_part.click()
    # Then sound starts playing
    qtbot.waitUntil(lambda: len(output.samples) > 0, timeout=10_000)
    assert window.reader.playing and window.stop_button.isEnabled()
    # ... the heading is highlighted first, as it is heard
    qtbot.waitUntil(lambda: highlighted(window) == [window.section.title.text()], timeout=10_000)
    # ... and then the next sentence, exactly as the voice is saying it
    qtbot.waitUntil(lambda: window.reader.heard >= 1, timeout=15_000)
    heard = window.reader.spoken[window.reader.heard].text
    assert highlighted(window) == [heard]
    assert heard in window.section.item_labels[0].text()
    # When Stop is pressed
    window.stop_button.click()
    # Then playing stops, nothing stays highlighted and no more sound is made
    assert output.stopped and not window.reader.playing
    assert highlighted(window) == []
    qtbot.waitUntil(lambda: not window.reader.runner.busy, timeout=10_000)
    made = len(output.samples)
    qtbot.wait(50)
    assert len(output.samples) == made
    assert not window.stop_button.isEnabled()


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_read_aloud_says_exactly_the_visible_words_and_nothing_withheld(
        qtbot, worker, child_id, hearing, lang) -> None:
    spoken, _output = hearing
    # Given the marker case (people of concern, a third party, a restricted place withheld)
    window = open_window(qtbot, worker, child_id, hearing, lang)
    for section in SECTIONS:
        window.go_to(section)
        spoken.said.clear()
        # When each part is read aloud
        window.section.hear_part.click()
        qtbot.waitUntil(lambda: not window.reader.runner.busy, timeout=10_000)
        # Then what the voice was given is exactly the visible words, sentence by sentence,
        # in the screen's language
        assert [w for w, _ in spoken.said] == visible_words(window), section
        assert {lang_ for _, lang_ in spoken.said} == {lang}
        said = " ".join(w for w, _ in spoken.said)
        for marker in WITHHELD_FROM_CHILD:
            assert marker not in said, (section, marker)
        window.stop_reading()
    # ... and a single item's speaker button reads that item alone
    window.go_to("worries")
    spoken.said.clear()
    window.section.hear_buttons[0].click()
    qtbot.waitUntil(lambda: not window.reader.runner.busy, timeout=10_000)
    assert " ".join(w for w, _ in spoken.said) == " ".join(
        s.text for s in sentences(window.section.item_labels[0].text()))


def test_slower_is_kept_for_the_child_and_used_next_time(qtbot, worker, vault, child_id,
                                                          hearing) -> None:
    window = open_window(qtbot, worker, child_id, hearing)
    window.go_to("why")
    assert window.reader.speed == DEFAULT_SPEED
    window.slower_button.click()
    worker.wait_idle()
    with vault.session() as s:
        assert speech_speed(s, child_id) == slower(DEFAULT_SPEED)
    again = open_window(qtbot, worker, child_id, (NotingVoice(), MemoryOutput()))
    qtbot.waitUntil(lambda: again.reader.speed == slower(DEFAULT_SPEED), timeout=10_000)


def test_a_picture_the_child_picks_is_kept_with_the_plan(qtbot, worker, child_id,
                                                         hearing) -> None:
    window = open_window(qtbot, worker, child_id, hearing)
    window.go_to("worries")
    first = window.section.picture_buttons[0]
    assert first.property("picture") == "cloud"
    first.click()
    assert window.picker is not None and window.picker.isVisible()
    window.picker.buttons["star"].click()
    worker.wait_idle()
    qtbot.waitUntil(lambda: window.section.picture_buttons[0].property("picture") == "star",
                    timeout=10_000)
    # ... and another co-review of the same plan, in Welsh, shows it too
    again = open_window(qtbot, worker, child_id, (NotingVoice(), MemoryOutput()), "cy")
    again.go_to("worries")
    assert again.section.picture_buttons[0].property("picture") == "star"
    assert "seren" in again.section.picture_buttons[0].accessibleName()


def test_the_childs_own_recording_plays_in_coreview(qtbot, worker, vault, child_id,
                                                     hearing) -> None:
    _spoken, output = hearing
    # Given the child recorded what they wanted to say, shared with nobody else
    sound = voice().to_memory("I want to stay at Nain's on Saturdays.", "en")
    with vault.transaction() as s:
        kept = records.add_entry(s, Recording(child_id=child_id, audio=sound.wav(),
                                              duration_ms=round(sound.seconds * 1000)))
        records.add_entry(s, VoiceEntry(child_id=child_id, speaker=Speaker.CHILD,
                                        speaker_name="Rhys", topic=Topic.WANT_TO_HAPPEN,
                                        recording_id=kept.id, shared_with=[Audience.WORKER]))
    window = open_window(qtbot, worker, child_id, hearing)
    window.go_to("told")
    # Then it is shown in what they told us, with a button to play it
    (index, play), = window.section.play_buttons.items()
    assert window.section.item_labels[index].text() == "(a recording)"
    play.click()
    qtbot.waitUntil(lambda: not window.reader.playing, timeout=20_000)
    assert from_wav(sound.wav()) == Pcm(bytes(output.samples), output.rate)
    # ... and carers, who were not agreed to see it, get no recording at all
    window.set_responder("carer")
    assert not any(item.recording for content in window.contents for item in content.items)


def test_a_laptop_without_a_speaker_is_told_so_in_the_childs_language(qtbot, worker,
                                                                       child_id) -> None:
    # Given co-review with the app's own sound output, on a machine with no sound device
    with worker.vault.session() as session:
        views = load_coreview(session, child_id)
    window = CoReviewWindow(worker, views, lang="cy")
    qtbot.addWidget(window)
    window.present(full_screen=False)
    window.go_to("why")
    # When a speaker button is pressed, the window says why nothing is heard
    window.section.hear_part.click()
    assert window.reading_problem.text() == text("coreview.no_speaker", "cy")
    assert not window.reader.playing
