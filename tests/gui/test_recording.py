"""The child's own recorded voice in visit mode: recorded into memory, played back, kept in
the vault encrypted as an entry with the same sharing choice as typed words, shown with its
size on the record; and the visit's questions read aloud in the child's language.

An offscreen test machine has no microphone or sound device: ``MemoryInput`` hands over real
speech (made by the shipped voice) at a microphone's pace, and ``MemoryOutput`` takes what is
played. Everything between them is the app's own.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

from directwork.domain.records import (
    Audience,
    Child,
    Recording,
    Topic,
    Visit,
    VoiceEntry,
    WelshPreference,
)
from directwork.domain.redaction import for_carer, for_child
from directwork.gui.common.read_aloud import MemoryOutput, ReadAloud
from directwork.gui.common.recorder import MemoryInput
from directwork.speech.espeak import voice
from directwork.speech.pcm import from_wav, rms
from directwork.store import records
from directwork.store.case import load_case
from tests.conftest import PASSPHRASE
from tests.gui.drive import settle, unlock
from tests.gui.test_read_aloud import NotingVoice

# A WAV or Ogg file's opening bytes: the size field between RIFF and WAVE may be anything.
AUDIO_HEADERS = (re.compile(rb"RIFF.{4}WAVEfmt ", re.DOTALL), re.compile(rb"OggS\x00"))


def _child_and_visit(vault, preference=WelshPreference.ENGLISH) -> tuple[Child, Visit]:
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Iolo", welsh_preference=preference))
        visit = records.save_document(s, Visit(child_id=child.id, place="home",
                                               present=["Iolo", "Mum"]))
    vault.lock()
    return child, visit


def _loud_run(audio: bytes) -> bytes:
    """32 bytes of the recording's samples from where it is loudest: no run of silence,
    which any file may hold by chance."""
    samples = from_wav(audio).samples
    at = max(range(0, len(samples) - 32, 32), key=lambda i: rms(samples[i:i + 32]))
    return samples[at:at + 32]


def _plain_audio_in(folder: Path, audio: bytes) -> list[str]:
    """Every file in ``folder`` that holds, in plain bytes, an audio file's header, the start
    of ``audio`` as base64 (as an outbox payload would carry it), or a run of its samples."""
    plain = [base64.b64encode(audio[:48]), _loud_run(audio)]
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {h.pattern!r}" for h in AUDIO_HEADERS if h.search(data)]
            found += [f"{path.name}: the recording itself" for p in plain if p in data]
    return found


def test_a_recording_is_kept_encrypted_with_the_words_sharing_and_played_back(
        qtbot, make_app, vault, data_dir: Path) -> None:
    child, visit = _child_and_visit(vault)
    app = make_app(data_dir)
    unlock(qtbot, app)
    app.open_visit(child, visit)
    settle(qtbot, app)
    page = app.window.visit
    output = MemoryOutput()
    page.use_reader(ReadAloud(voice=NotingVoice(), output=lambda: output))
    said = voice().to_memory("I want to go back to my old school.", "en")
    page.recording.microphone = lambda: MemoryInput(said)
    # Given the child agreed their carers may hear what they want to happen
    page.tabs.setCurrentIndex(2)
    page.options["want"].shared[Audience.CARERS].setChecked(True)
    # When their voice is recorded, to the end of what they said, and stopped
    page.recording.record_button.click()
    assert page.recording.record_button.text() == "Stop recording"
    qtbot.waitUntil(lambda: len(page.recording.recorder.samples) >= len(said.samples) - 4096,
                    timeout=20_000)
    page.recording.record_button.click()
    assert page.recording.has_recording and page.recording.keep_button.isEnabled()
    # ... played back
    page.recording.play_button.click()
    qtbot.waitUntil(lambda: not page.reader.playing, timeout=20_000)
    assert bytes(output.samples) == bytes(page.recording.recorder.samples)
    # ... and kept
    page.recording.keep_button.click()
    app.worker.wait_idle()
    qtbot.waitUntil(lambda: not page.recording.has_recording, timeout=10_000)
    # Then the vault holds it as a recording with a voice entry pointing at it, shared as ticked
    with app.vault.session() as s:
        (kept,) = records.list_entries(s, Recording, child.id)
        (entry,) = records.list_entries(s, VoiceEntry, child.id)
        case = load_case(s, child.id)
    heard = from_wav(kept.audio)
    assert heard.rate == said.rate and heard.samples[:len(said.samples) // 2] == \
        said.samples[:len(said.samples) // 2]
    assert entry.recording_id == kept.id and Audience.CARERS in entry.shared_with
    assert abs(kept.duration_ms - heard.seconds * 1000) <= 1
    # ... which carers and the child (whose own voice it is) may hear, and nobody else
    assert [r.id for r in for_carer(case).recordings] == [kept.id]
    assert [r.id for r in for_child(case).recordings] == [kept.id]
    # ... listed in the visit as a recording with nothing typed of it yet
    listing = page.lists["want_to_happen"]
    assert "Recording: (nothing typed yet)" in listing.item(listing.count() - 1).text()
    # ... and not one audio header is in plain bytes anywhere in the data folder, while the
    # vault is open (its write-ahead log included) and after it is locked
    assert _plain_audio_in(data_dir, kept.audio) == []
    app.lock()
    settle(qtbot, app)
    assert _plain_audio_in(data_dir, kept.audio) == []
    # (the scan does find a recording kept in plain bytes)
    (data_dir / "control.bin").write_bytes(b"x" + kept.audio)
    assert len(_plain_audio_in(data_dir, kept.audio)) == 2
    (data_dir / "control.bin").unlink()


def test_the_record_shows_how_much_the_childs_recordings_take(qtbot, make_app, vault,
                                                                data_dir: Path) -> None:
    child, _visit = _child_and_visit(vault)
    sound = voice().to_memory("Hello.", "en")
    vault.unlock(PASSPHRASE)
    with vault.transaction() as s:
        records.add_entry(s, Recording(child_id=child.id, audio=sound.wav(), duration_ms=61_000))
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    app.open_child(child.id)
    settle(qtbot, app)
    facts = app.window.child_record.recording_use.text()
    assert "Recordings of their voice: 1 recording, 1 min 1 s," in facts
    assert "kB of 100.0 MB" in facts


def test_the_visit_questions_are_read_in_the_childs_languages(qtbot, make_app, vault,
                                                               data_dir: Path) -> None:
    child, visit = _child_and_visit(vault, WelshPreference.BILINGUAL)
    app = make_app(data_dir)
    unlock(qtbot, app)
    app.open_visit(child, visit)
    settle(qtbot, app)
    page = app.window.visit
    spoken = NotingVoice()
    page.use_reader(ReadAloud(voice=spoken, output=MemoryOutput))
    # When the speaker button beside the house of worries is pressed
    page.hear_buttons["worries"].click()
    qtbot.waitUntil(lambda: not page.reader.runner.busy, timeout=10_000)
    # Then its name as shown ("Welsh / English") is read, each half in its own voice
    shown = page.house_names[next(iter(page.house_names))].placeholderText()
    welsh, english = shown.split(" / ")
    assert spoken.said == [(welsh, "cy"), (english, "en")]
    # ... another question's button reads that one instead
    page.hear_buttons["dreams"].click()
    qtbot.waitUntil(lambda: not page.reader.runner.busy, timeout=10_000)
    assert page.reader.playing
    assert spoken.said[-1] == (page.house_names[Topic.DREAMS].placeholderText().split(" / ")[1],
                               "en")
    # ... and the same button pressed again while reading stops it
    page.hear_buttons["dreams"].click()
    assert not page.reader.playing


def test_the_practitioner_types_what_was_said_beside_the_recording(qtbot, make_app, vault,
                                                                   data_dir: Path) -> None:
    child, _visit = _child_and_visit(vault)
    sound = voice().to_memory("I want my mum to come to the meeting.", "en")
    vault.unlock(PASSPHRASE)
    with vault.transaction() as s:
        kept = records.add_entry(s, Recording(child_id=child.id, audio=sound.wav(),
                                              duration_ms=round(sound.seconds * 1000)))
        entry = records.add_entry(s, VoiceEntry(child_id=child.id, speaker_name="Iolo",
                                                recording_id=kept.id,
                                                shared_with=[Audience.WORKER, Audience.CARERS]))
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    app.open_child(child.id)
    settle(qtbot, app)
    record = app.window.child_record
    output = MemoryOutput()
    record.reader = ReadAloud(voice=NotingVoice(), output=lambda: output)
    # Given the recording chosen in the Voice tab
    record.voice_view.selectRow(0)
    assert record.transcript_button.isEnabled()
    record.transcript_button.click()
    dialog = record.transcript_dialog
    # When the practitioner plays it and types the words beside it
    dialog.play_button.click()
    qtbot.waitUntil(lambda: len(output.samples) > 0, timeout=10_000)
    dialog.words.setPlainText("I want my mum to come to the meeting.")
    dialog._keep()
    app.worker.wait_idle()
    settle(qtbot, app)
    # Then the words are the entry's next version, with the recording and its sharing kept
    with app.vault.session() as s:
        (typed,) = records.list_entries(s, VoiceEntry, child.id)
    assert typed.corrects_id == entry.id and typed.text == "I want my mum to come to the meeting."
    assert typed.recording_id == kept.id and typed.shared_with == entry.shared_with
    assert not output.samples or output.stopped


def test_a_microphone_at_a_higher_rate_records_for_less_time(qtbot) -> None:
    from directwork.domain.recordings import MAX_SECONDS
    from directwork.gui.common.recorder import Recorder
    from directwork.speech.pcm import Pcm

    recorder = Recorder(MAX_SECONDS)
    recorder.start(MemoryInput(Pcm(b"", 48_000)))
    assert recorder.limit == MAX_SECONDS // 3
    recorder.stop()
    recorder.start(MemoryInput(Pcm(b"", 16_000)))
    assert recorder.limit == MAX_SECONDS
    recorder.stop()
