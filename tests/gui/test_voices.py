"""Preferences offer the operating system's own voice for a language only where the laptop
has one (Qt's test engine stands in for the system here: it has English, not Welsh); a
chosen system voice reads the same sentences, highlighted one by one, and a language without
one is still read by eSpeak NG."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from directwork.gui.common.read_aloud import MemoryOutput, Readable, ReadAloud, choose_system_voices
from directwork.gui.shell.voices import ESPEAK, ReadAloudVoicesDialog, chosen_voices
from tests.gui.test_read_aloud import NotingVoice

ENGINES = ["mock"]


def test_a_system_voice_is_offered_only_for_a_language_the_laptop_has_one_for(qtbot) -> None:
    dialog = ReadAloudVoicesDialog({"en": "", "cy": ""}, engines=ENGINES)
    qtbot.addWidget(dialog)
    english, welsh = dialog.choices["en"], dialog.choices["cy"]
    assert english.itemText(0) == ESPEAK and english.count() > 1
    assert [welsh.itemText(i) for i in range(welsh.count())] == [ESPEAK]
    assert "no Welsh voice of its own" in dialog.notes["cy"].text()
    english.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog._accept()
    assert chosen.args[0]["cy"] == "" and chosen.args[0]["en"].startswith("mock|en")


def test_the_chosen_system_voice_reads_and_highlights_and_welsh_stays_with_espeak(qtbot) -> None:
    dialog = ReadAloudVoicesDialog({}, engines=ENGINES)
    qtbot.addWidget(dialog)
    english_key = dialog.choices["en"].itemData(1)
    choose_system_voices(chosen_voices({"en": english_key, "cy": ""}))
    try:
        spoken, output = NotingVoice(), MemoryOutput()
        reader = ReadAloud(voice=spoken, output=lambda: output)
        label = QLabel("You are doing well. Keep going.")
        qtbot.addWidget(label)
        heard: list[int] = []
        reader.sentence_heard.connect(heard.append)
        with qtbot.waitSignal(reader.finished, timeout=20_000):
            reader.read([Readable(label, "en")])
        # The system voice said each sentence, highlighted in turn; eSpeak NG said nothing
        assert reader.sent == [("You are doing well.", "en"), ("Keep going.", "en")]
        assert heard[:2] == [0, 1] and heard[-1] == -1
        assert spoken.said == [] and not output.samples
        # ... while Welsh, with no system voice, is read by eSpeak NG
        welsh = QLabel("Da iawn ti.")
        qtbot.addWidget(welsh)
        reader.read([Readable(welsh, "cy")])
        qtbot.waitUntil(lambda: len(output.samples) > 0, timeout=10_000)
        assert spoken.said == [("Da iawn ti.", "cy")]
        reader.stop()
    finally:
        choose_system_voices({})
