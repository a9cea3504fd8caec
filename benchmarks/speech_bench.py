"""Read-aloud: from pressing a speaker button to the first sample handed to the sound output,
for a 20-word sentence, beside the time to make the whole sentence into sound in one call
(the baseline: what a reader that waited for all the sound before playing would need).

The button is a real QPushButton in an offscreen window whose click reads a real label
through the app's ReadAloud: the speech thread, the chunk signals and the output are the
app's. Offscreen there is no sound device, so the output is ``MemoryOutput``, which takes
the samples at once; a QAudioSink adds its own buffer start on top, the same either way.
Goal: first sample within 300 ms."""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SENTENCE = ("When you feel worried after school you can ring Nain or talk to Sam, "
            "who will listen and help you.")
ROUNDS = 9
GOAL_MS = 300


def main() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

    from directwork.gui.common.read_aloud import MemoryOutput, Readable, ReadAloud
    from directwork.speech.espeak import voice

    assert len(SENTENCE.split()) == 20
    app = QApplication.instance() or QApplication([])
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel(SENTENCE)
    button = QPushButton("Hear it")
    layout.addWidget(label)
    layout.addWidget(button)
    window.show()
    output = MemoryOutput()
    reader = ReadAloud(output=lambda: output)
    button.clicked.connect(lambda: reader.read([Readable(label, "en")]))

    def press_to_first_sample() -> float:
        pressed = time.perf_counter()
        button.click()
        deadline = pressed + 10
        while output.first_sample_at is None and time.perf_counter() < deadline:
            app.processEvents()
        assert output.first_sample_at is not None, "no sound came"
        first = output.first_sample_at - pressed
        reader.stop()
        while reader.runner.busy:
            app.processEvents()
        return first

    cold = press_to_first_sample()  # the voice loads on first use
    firsts = [press_to_first_sample() for _ in range(ROUNDS)]
    whole = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        pcm = voice().to_memory(SENTENCE, "en")
        whole.append(time.perf_counter() - started)
    first_ms = statistics.median(firsts) * 1000
    print(f"20-word sentence ({pcm.seconds:.1f} s of speech), median of {ROUNDS}:")
    print(f"  press -> first sample: {first_ms:7.1f} ms   (first use, voice loading: "
          f"{cold * 1000:.1f} ms; goal <= {GOAL_MS} ms: {'met' if first_ms <= GOAL_MS else 'NOT met'})")
    print(f"  whole sentence in one call (baseline): {statistics.median(whole) * 1000:7.1f} ms")
    reader.shutdown()
    window.close()


if __name__ == "__main__":
    main()
