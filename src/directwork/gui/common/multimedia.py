"""QtMultimedia's start-up: quiet about the hardware it does not need here."""

from __future__ import annotations

from PySide6.QtCore import QLoggingCategory


def quiet_multimedia_logging() -> None:
    """QtMultimedia (and QtTextToSpeech, which loads it) looks for hardware video decoders
    and PipeWire when it loads and warns when they are missing; read-aloud and recording use
    plain audio only, so those warnings say nothing."""
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false\n"
                                    "qt.multimedia.ffmpeg.info=false")
