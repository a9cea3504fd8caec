"""Leaving co-review needs the practitioner: their vault passphrase, or a co-review PIN.

The PIN is kept only as a salted scrypt hash in the vault's meta table (itself encrypted),
never in plain text. Checking either secret is slow on purpose, so it runs on the vault
worker; after a few wrong tries each further try waits longer, so a child cannot guess a
short PIN by trying them all.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from directwork.store.errors import WrongPassphrase
from directwork.store.keyfile import KeyFile
from directwork.store.vault import Vault

PIN_META_KEY = "coreview_pin"
PIN_MIN_DIGITS = 4
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
FREE_TRIES = 3
MAX_WAIT_SECONDS = 60


class PinRefused(ValueError):
    """A PIN that cannot be used, with a message for the practitioner."""


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def hash_pin(pin: str) -> str:
    """The stored form of a PIN: ``scrypt$n$r$p$salt$hash`` (hex). Refuses a weak PIN."""
    pin = pin.strip()
    if not pin.isdigit() or len(pin) < PIN_MIN_DIGITS:
        raise PinRefused(f"A co-review PIN is at least {PIN_MIN_DIGITS} digits.")
    if len(set(pin)) == 1:
        raise PinRefused("Choose a PIN that is not one digit repeated.")
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        found = _scrypt(pin.strip(), bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(found, bytes.fromhex(digest))


def set_pin(vault: Vault, pin: str) -> None:
    """Store a new co-review PIN (hashed) for this vault. Runs on the vault worker."""
    vault.set_meta(PIN_META_KEY, hash_pin(pin))


def has_pin(vault: Vault) -> bool:
    return bool(vault.meta(PIN_META_KEY))


def practitioner_may_leave(vault: Vault, secret: str) -> bool:
    """Whether ``secret`` is this vault's co-review PIN or its passphrase. Runs on the vault
    worker (the passphrase check is deliberately slow)."""
    if not secret:
        return False
    stored = vault.meta(PIN_META_KEY)
    if stored and secret.strip().isdigit() and pin_matches(secret, stored):
        return True
    try:
        raw_key = KeyFile.read(vault.key_path).unwrap_with_passphrase(secret)
    except WrongPassphrase:
        return False
    for i in range(len(raw_key)):  # the key is not needed: drop it from memory at once
        raw_key[i] = 0
    return True


def wait_after(failures: int) -> int:
    """Seconds to wait before the next try, after ``failures`` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(1 << (failures - FREE_TRIES + 1), MAX_WAIT_SECONDS)
