"""How fast read-aloud speaks: a few steps of words a minute, moved by Slower and Faster and
kept for each child.

eSpeak NG's own default (175 words a minute) is quick for a child who finds reading hard, so
read-aloud starts slower than that.
"""

from __future__ import annotations

SPEEDS: tuple[int, ...] = (100, 120, 140, 160, 180, 200)
DEFAULT_SPEED = 140


def slower(speed: int) -> int:
    """The next slower step (the slowest stays)."""
    below = [s for s in SPEEDS if s < speed]
    return below[-1] if below else SPEEDS[0]


def faster(speed: int) -> int:
    """The next faster step (the fastest stays)."""
    above = [s for s in SPEEDS if s > speed]
    return above[0] if above else SPEEDS[-1]


def nearest_speed(speed: int) -> int:
    return min(SPEEDS, key=lambda s: abs(s - speed))
