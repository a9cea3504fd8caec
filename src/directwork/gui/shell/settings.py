"""The practitioner's preferences (QSettings), kept apart from anything about children.

Nothing personal is stored here: only how the app looks, when it locks, and which voice reads
aloud in each language.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

DEFAULT_IDLE_LOCK_MINUTES = 5
FONT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


class Preferences:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                         "directwork", "directwork")

    def _get(self, key: str, default, kind):
        value = self._store.value(key, default)
        try:
            return kind(value) if kind is not bool else value in (True, "true", "1", 1)
        except (TypeError, ValueError):
            return default

    @property
    def idle_lock_minutes(self) -> float:
        minutes = self._get("lock/idle_minutes", DEFAULT_IDLE_LOCK_MINUTES, float)
        return minutes if minutes > 0 else DEFAULT_IDLE_LOCK_MINUTES

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: float) -> None:
        self._store.setValue("lock/idle_minutes", minutes)

    @property
    def font_scale_step(self) -> int:
        step = self._get("view/font_scale_step", 1, int)
        return min(max(step, 0), len(FONT_SCALES) - 1)

    @font_scale_step.setter
    def font_scale_step(self, step: int) -> None:
        self._store.setValue("view/font_scale_step", min(max(step, 0), len(FONT_SCALES) - 1))

    @property
    def high_contrast(self) -> bool:
        return self._get("view/high_contrast", False, bool)

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._store.setValue("view/high_contrast", on)

    def read_aloud_voice(self, lang: str) -> str:
        """The system voice chosen to read ``lang`` aloud ("engine|locale|voice"), or "" for
        eSpeak NG, shipped with the app."""
        return self._get(f"read_aloud/voice_{lang}", "", str)

    def set_read_aloud_voice(self, lang: str, key: str) -> None:
        self._store.setValue(f"read_aloud/voice_{lang}", key)
