"""The shipped eSpeak NG voices speak English and Welsh into memory, a chunk at a time; the
sentences read are exactly the text given; the timeline says which sentence is heard."""

from __future__ import annotations

import pytest

from directwork.domain.read_aloud import DEFAULT_SPEED, SPEEDS, faster, slower
from directwork.speech.espeak import SpeechUnavailable, voice
from directwork.speech.pcm import Pcm, from_wav
from directwork.speech.sentences import sentences
from directwork.speech.timeline import Timeline, script

ENGLISH = "Your safe people are your nan and your youth worker, and you can call them."
WELSH = "Mae dy bobl ddiogel yn gallu dy helpu di unrhyw bryd, ddydd neu nos."


@pytest.mark.parametrize(("lang", "words"), [("en", ENGLISH), ("cy", WELSH)])
def test_a_sentence_is_spoken_into_memory_in_english_and_welsh(lang, words) -> None:
    # When a sentence of about a dozen words is made into sound by the shipped voice
    pcm = voice().to_memory(words, lang)
    # Then it is real sound, not silence, and as long as speech of that length: a dozen
    # words at 140 a minute take about five seconds, give or take the voice's pauses
    assert pcm.rate == 22050
    assert pcm.rms() > 500
    assert 2.5 < pcm.seconds < 10, pcm.seconds
    # ... and it comes back unchanged from the WAV bytes a recording is kept as
    assert from_wav(pcm.wav()) == pcm


def test_english_and_welsh_voices_sound_different_for_the_same_letters() -> None:
    same = "Dw i'n hoffi chwarae pêl-droed gyda fy ffrindiau."
    english, welsh = voice().to_memory(same, "en"), voice().to_memory(same, "cy")
    assert english.samples != welsh.samples


def test_slower_takes_longer_and_the_speed_steps_stop_at_either_end() -> None:
    slow = voice().to_memory(ENGLISH, "en", SPEEDS[0])
    quick = voice().to_memory(ENGLISH, "en", SPEEDS[-1])
    assert slow.seconds > quick.seconds * 1.4
    assert slower(SPEEDS[0]) == SPEEDS[0] and faster(SPEEDS[-1]) == SPEEDS[-1]
    assert slower(DEFAULT_SPEED) < DEFAULT_SPEED < faster(DEFAULT_SPEED)


def test_sound_comes_in_small_chunks_and_stopping_ends_the_sentence_at_once() -> None:
    chunks: list[bytes] = []

    def first_two(samples: bytes) -> bool:
        chunks.append(samples)
        return len(chunks) < 2

    finished = voice().speak(ENGLISH, "en", DEFAULT_SPEED, first_two)
    whole = voice().to_memory(ENGLISH, "en")
    assert finished is False
    assert len(chunks) == 2
    assert sum(map(len, chunks)) < len(whole.samples) / 5


def test_a_language_without_a_voice_is_refused_in_words() -> None:
    with pytest.raises(SpeechUnavailable, match="no reading voice"):
        voice().speak("Bonjour", "fr", DEFAULT_SPEED, lambda _s: True)


def test_sentences_keep_their_place_in_the_visible_text() -> None:
    text = "You said: \u201cI like boxing.\u201d Mum agreed!\nWho will help?  Sam."
    found = sentences(text)
    assert [s.text for s in found] == ["You said: \u201cI like boxing.\u201d", "Mum agreed!",
                                       "Who will help?", "Sam."]
    assert all(text[s.start:s.end] == s.text for s in found)
    assert sentences("  ... \n") == []


def test_the_timeline_says_which_sentence_is_being_heard() -> None:
    spoken = script(["Hello there. How are you?", "Fine."])
    assert [(s.piece, s.text) for s in spoken] == [(0, "Hello there."), (0, "How are you?"),
                                                   (1, "Fine.")]
    line = Timeline()
    for index, samples in enumerate((100, 50, 80)):
        line.sentence_begins(index)
        line.add(samples)
    line.finished = True
    assert [line.heard(n) for n in (0, 99, 100, 149, 150, 229, 230)] == [0, 0, 1, 1, 2, 2, None]


def test_silence_measures_as_silence() -> None:
    assert Pcm(bytes(4000), 16000).rms() == 0
