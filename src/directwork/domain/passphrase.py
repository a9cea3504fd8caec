"""What makes a passphrase acceptable, and how strong it looks (for the set-up wizard's meter)."""

from __future__ import annotations

import math

MIN_LENGTH = 10

_COMMON = {
    "password", "password1", "passw0rd", "qwerty", "letmein", "welcome", "iloveyou",
    "123456789", "1234567890", "qwertyuiop", "directwork", "changeme",
}


def strength_bits(passphrase: str) -> float:
    """A rough entropy estimate in bits: length times log2 of the character pool."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    effective_len = min(len(passphrase), distinct * 2)
    return effective_len * math.log2(max(pool, 2))


def strength_label(passphrase: str) -> str:
    bits = strength_bits(passphrase)
    if passphrase_problem(passphrase):
        return "too weak"
    if bits < 50:
        return "fair"
    if bits < 70:
        return "good"
    return "strong"


def passphrase_problem(passphrase: str) -> str | None:
    """Why a passphrase cannot be used, or None when it can."""
    if len(passphrase) < MIN_LENGTH:
        return f"the passphrase must be at least {MIN_LENGTH} characters (a short sentence is good)"
    if passphrase.lower() in _COMMON or len(set(passphrase)) < 4:
        return "that passphrase is too easy to guess; try a short sentence only you would think of"
    if passphrase != passphrase.strip():
        return "the passphrase must not start or end with a space"
    return None
