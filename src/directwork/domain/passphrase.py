"""What makes a passphrase acceptable, and how strong it is (for the set-up wizard's meter).

Strength is zxcvbn's estimate (Dropbox's estimator, as used by password managers): it knows
common passwords, words, names, keyboard runs, dates and l33t swaps, so "password123" is weak
however many kinds of character it has, and a short sentence of ordinary words is strong."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

MIN_LENGTH = 10
# zxcvbn's score, 0 to 4; 0 and 1 are guessed within about a million tries.
WEAKEST_ALLOWED_SCORE = 2
# Words that make a passphrase easy to guess here, whoever types it.
OWN_WORDS = ("directwork", "youth", "justice", "safety", "plan", "vault", "laptop")
LABELS = {0: "too weak", 1: "too weak", 2: "fair", 3: "good", 4: "strong"}
# zxcvbn looks at this many characters; past that, a passphrase is strong by its length.
LONGEST_CHECKED = 100


def _estimate(passphrase: str, user_inputs: Sequence[str] = ()) -> Mapping[str, Any]:
    # Imported when first needed (the set-up wizard's meter): its word lists take about 40 ms
    # to load, which every start would otherwise wait for before the unlock window.
    from zxcvbn import zxcvbn

    return zxcvbn(passphrase[:LONGEST_CHECKED], user_inputs=[*OWN_WORDS, *user_inputs])


def strength_score(passphrase: str, user_inputs: Sequence[str] = ()) -> int:
    """zxcvbn's score: 0 (guessed at once) to 4 (very hard to guess)."""
    return int(_estimate(passphrase, user_inputs)["score"]) if passphrase else 0


def strength_bits(passphrase: str, user_inputs: Sequence[str] = ()) -> float:
    """The estimated number of guesses to find it, in bits (log2)."""
    if not passphrase:
        return 0.0
    return float(_estimate(passphrase, user_inputs)["guesses_log10"]) * math.log2(10)


def strength_label(passphrase: str, user_inputs: Sequence[str] = ()) -> str:
    if passphrase_problem(passphrase, user_inputs):
        return "too weak"
    return LABELS[strength_score(passphrase, user_inputs)]


def passphrase_problem(passphrase: str, user_inputs: Sequence[str] = ()) -> str | None:
    """Why a passphrase cannot be used, or None when it can. ``user_inputs``: words that
    make it easy to guess for this person (their name, their team)."""
    if len(passphrase) < MIN_LENGTH:
        return f"the passphrase must be at least {MIN_LENGTH} characters (a short sentence is good)"
    if passphrase != passphrase.strip():
        return "the passphrase must not start or end with a space"
    if strength_score(passphrase, user_inputs) < WEAKEST_ALLOWED_SCORE:
        return "that passphrase is too easy to guess; try a short sentence only you would think of"
    return None
