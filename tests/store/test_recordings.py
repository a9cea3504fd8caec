"""Recordings in the vault: kept with the voice entry pointing at them, refused (with nothing
kept) when they are not recordings or would pass the child's allowance, and typed beside
later without losing the recording; pictures and read-aloud speed kept for the child."""

from __future__ import annotations

import pytest

from directwork.domain import pictures
from directwork.domain.read_aloud import DEFAULT_SPEED, SPEEDS
from directwork.domain.recordings import RecordingUse
from directwork.domain.records import (
    Audience,
    Child,
    PictureChoice,
    Recording,
    VoiceEntry,
)
from directwork.store import records
from directwork.store.read_aloud import (
    keep_speech_speed,
    pick_picture,
    picked_pictures,
    speech_speed,
)
from directwork.store.recordings import keep_recording, recording_use, type_what_was_said
from tests.support.samples import WAV_SHORT


@pytest.fixture
def child_id(vault) -> str:
    with vault.transaction() as s:
        return records.save_document(s, Child(given_name="Nia")).id


def _recording(child_id: str, audio: bytes = WAV_SHORT) -> tuple[Recording, VoiceEntry]:
    return (Recording(child_id=child_id, audio=audio, duration_ms=100),
            VoiceEntry(child_id=child_id, shared_with=[Audience.WORKER, Audience.CARERS]))


def test_a_recording_is_kept_with_its_entry_and_counted_for_the_child(vault, child_id) -> None:
    with vault.transaction() as s:
        kept, entry = keep_recording(s, *_recording(child_id))
    with vault.session() as s:
        assert records.get_entry(s, Recording, kept.id).audio == WAV_SHORT
        assert entry.recording_id == kept.id and entry.shared_with[-1] is Audience.CARERS
        assert recording_use(s, child_id) == RecordingUse(count=1, size=len(WAV_SHORT),
                                                          seconds=0.1)


def test_typing_what_was_said_keeps_the_recording_and_who_may_hear_it(vault, child_id) -> None:
    with vault.transaction() as s:
        kept, entry = keep_recording(s, *_recording(child_id))
    with vault.transaction() as s:
        typed = type_what_was_said(s, entry.id, " I miss my dog. ")
    assert typed.text == "I miss my dog." and typed.recording_id == kept.id
    assert typed.shared_with == entry.shared_with and typed.corrects_id == entry.id


@pytest.mark.parametrize("audio", [b"not a recording at all" * 3, b"OggS" + bytes(60)])
def test_what_is_not_a_wav_recording_is_refused_and_nothing_kept(vault, child_id, audio) -> None:
    with pytest.raises(records.InvalidRecord, match="could not be read"), \
            vault.transaction() as s:
        keep_recording(s, *_recording(child_id, audio))
    with vault.session() as s:
        assert records.list_entries(s, Recording, child_id) == []
        assert records.list_entries(s, VoiceEntry, child_id) == []


def test_a_recording_past_the_childs_allowance_is_refused_in_words(vault, child_id,
                                                                    monkeypatch) -> None:
    monkeypatch.setattr("directwork.store.recordings.recording_use",
                        lambda s, c: RecordingUse(count=9, size=100 * 1024 * 1024 - 10,
                                                  seconds=3000))
    with pytest.raises(records.InvalidRecord, match="more than 100.0 MB: not kept"), \
            vault.transaction() as s:
        keep_recording(s, *_recording(child_id))


def test_the_latest_picture_picked_counts_and_only_offered_pictures_are_kept(vault,
                                                                           child_id) -> None:
    item = pictures.item_key("worries", "w1")
    with vault.transaction() as s:
        pick_picture(s, PictureChoice(child_id=child_id, plan_id="p1", item=item, picture="heart"))
    with vault.transaction() as s:
        pick_picture(s, PictureChoice(child_id=child_id, plan_id="p1", item=item, picture="ball"))
    with pytest.raises(records.InvalidRecord, match="cannot be picked"), \
            vault.transaction() as s:
        pick_picture(s, PictureChoice(child_id=child_id, plan_id="p1", item=item,
                                      picture="skull"))
    with vault.session() as s:
        assert picked_pictures(s, child_id, "p1") == {item: "ball"}
        assert picked_pictures(s, child_id, "another plan") == {}


def test_read_aloud_speed_is_kept_per_child_and_only_at_a_step(vault, child_id) -> None:
    with vault.transaction() as s:
        assert speech_speed(s, child_id) == DEFAULT_SPEED
        keep_speech_speed(s, child_id, SPEEDS[0])
    with vault.session() as s:
        assert speech_speed(s, child_id) == SPEEDS[0]
        assert speech_speed(s, "someone else") == DEFAULT_SPEED
    with pytest.raises(records.InvalidRecord), vault.transaction() as s:
        keep_speech_speed(s, child_id, 999)
