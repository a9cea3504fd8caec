"""The child record's tabs, by key: other screens open a tab by its key, never by its title,
which is translated."""

from __future__ import annotations

import enum


class RecordTab(enum.Enum):
    ABOUT_ME = enum.auto()
    VOICE = enum.auto()
    SAFETY_PLAN = enum.auto()
    NETWORK = enum.auto()
    CONTEXTS = enum.auto()
    KEY_MOMENTS = enum.auto()
    REVIEWS = enum.auto()
    CONCERNS = enum.auto()
    VISITS = enum.auto()
    HISTORY = enum.auto()
