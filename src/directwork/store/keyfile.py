"""The key file: the vault's raw 256-bit key, stored only wrapped, in slots.

Each slot wraps the same raw key with AES-256-GCM under its own key-encryption key:

* ``passphrase``: the KEK comes from Argon2id; its parameters live in the slot so they can be
  raised later without breaking old vaults.
* ``recovery``: the KEK comes (by HKDF) from a random recovery key shown once at set-up.

A slot's metadata (type, KDF, parameters, salt, vault id) is the GCM associated data, so a
tampered parameter fails authentication just like a wrong passphrase. Parameters are bounded
before any key is derived: a file asking for a terabyte of memory or ten million passes is
damaged, not something to try.

Passphrases are NFC-normalised before the KDF, so the same words typed on another keyboard
(a composed or a decomposed "é") open the vault; a vault made before that still opens, as the
passphrase as typed and its decomposed form are tried next.

Beside the slots the file keeps the vault's last audit head (``head``, see store.head): it is
authenticated with a key derived from the vault key, and old versions ignore it.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from directwork.core.whole_files import fsync_dir
from directwork.domain.plain_files import LargerThan, NotAPlainFile, read_plain_file
from directwork.store.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    PassphraseNotText,
    WrongPassphrase,
    WrongRecoveryKey,
)

FORMAT = "directwork-keyfile"
VERSION = 1
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I, easy to read aloud
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 5  # 40 symbols of 5 bits: 200 bits

# Bounds on what a key file may ask for. Above them the file is damaged (or hostile): a
# laptop cannot give 2^40 KiB, and 10^7 passes would hang the unlock for days.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 100
MAX_LANES = 16
MAX_FILE_BYTES = 64 * 1024
SALT_BYTES = (8, 64)
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + 16  # the raw key and GCM's tag


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. DESIGN.md: start at 64 MiB, t=3, p=4."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        """Cheap parameters, only ever passed explicitly by tests and benchmarks."""
        return cls(memory_kib=8 * 1024, iterations=1, lanes=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def passphrase_forms(passphrase: str) -> list[str]:
    """The forms of a passphrase to try, NFC first (what new slots use); then as typed and
    decomposed, for slots made before passphrases were normalised. Duplicates are dropped,
    so an ASCII passphrase costs one derivation."""
    forms: list[str] = []
    for form in (unicodedata.normalize("NFC", passphrase), passphrase,
                 unicodedata.normalize("NFD", passphrase)):
        if form not in forms:
            forms.append(form)
    return forms


def _passphrase_bytes(passphrase: str) -> bytes:
    try:
        return passphrase.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate: bytes that were not UTF-8 in the environment or the terminal.
        raise PassphraseNotText() from None


def _bounded_int(slot: dict[str, Any], name: str, low: int, high: int) -> int:
    value = slot.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"its {name} is outside {low}..{high}")
    return value


def _check_slot(slot: Any) -> None:
    """Refuse a slot whose shape or parameters no directwork could have written."""
    if not isinstance(slot, dict):
        raise ValueError("a slot is not an object")
    if slot.get("type") not in ("passphrase", "recovery"):
        raise ValueError("unknown slot type")
    salt = _unb64(slot["salt"])
    if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]:
        raise ValueError("a slot's salt has the wrong length")
    if len(_unb64(slot["nonce"])) != NONCE_BYTES:
        raise ValueError("a slot's nonce has the wrong length")
    if len(_unb64(slot["ciphertext"])) != WRAPPED_BYTES:
        raise ValueError("a slot's wrapped key has the wrong length")
    if slot["type"] == "passphrase":
        if slot.get("kdf") != "argon2id":
            raise ValueError("the passphrase slot names an unknown key derivation")
        lanes = _bounded_int(slot, "lanes", 1, MAX_LANES)
        _bounded_int(slot, "iterations", 1, MAX_ITERATIONS)
        _bounded_int(slot, "memory_kib", 8 * lanes, MAX_MEMORY_KIB)
    elif slot.get("kdf") != "hkdf-sha256":
        raise ValueError("the recovery slot names an unknown key derivation")


def new_recovery_key() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(
        symbols[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN)
    )


def normalise_recovery_key(text: str) -> str:
    """Accept the key as typed: any case, with or without spaces and dashes."""
    return "".join(ch for ch in text.upper() if ch.isascii() and ch.isalnum())


def _aad(slot: dict[str, Any], vault_id: str) -> bytes:
    meta = {k: v for k, v in slot.items() if k not in ("nonce", "ciphertext")}
    meta["vault_id"] = vault_id
    return json.dumps(meta, sort_keys=True, separators=(",", ":")).encode()


def _passphrase_kek(passphrase: str, slot: dict[str, Any]) -> bytes:
    kdf = Argon2id(
        salt=_unb64(slot["salt"]),
        length=32,
        iterations=int(slot["iterations"]),
        lanes=int(slot["lanes"]),
        memory_cost=int(slot["memory_kib"]),
    )
    return kdf.derive(_passphrase_bytes(passphrase))


def _recovery_kek(recovery_key: str, slot: dict[str, Any]) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=_unb64(slot["salt"]),
        info=b"directwork recovery slot v1",
    ).derive(normalise_recovery_key(recovery_key).encode("ascii"))


def _seal(slot: dict[str, Any], kek: bytes, raw_key: bytes, vault_id: str) -> dict[str, Any]:
    nonce = os.urandom(12)
    ciphertext = AESGCM(kek).encrypt(nonce, raw_key, _aad(slot, vault_id))
    return {**slot, "nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}


def _open(slot: dict[str, Any], kek: bytes, vault_id: str) -> bytes:
    raw = AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["ciphertext"]), _aad(slot, vault_id))
    if len(raw) != 32:
        raise InvalidTag()
    return raw


def passphrase_slot(passphrase: str, raw_key: bytes, vault_id: str, params: KdfParams) -> dict[str, Any]:
    slot = {
        "type": "passphrase",
        "kdf": "argon2id",
        "salt": _b64(os.urandom(16)),
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "lanes": params.lanes,
    }
    passphrase = unicodedata.normalize("NFC", passphrase)
    return _seal(slot, _passphrase_kek(passphrase, slot), raw_key, vault_id)


def recovery_slot(recovery_key: str, raw_key: bytes, vault_id: str) -> dict[str, Any]:
    slot = {"type": "recovery", "kdf": "hkdf-sha256", "salt": _b64(os.urandom(16))}
    return _seal(slot, _recovery_kek(recovery_key, slot), raw_key, vault_id)


@dataclass
class KeyFile:
    vault_id: str
    slots: list[dict[str, Any]]
    # The sealed audit head (store.head) as last written at a lock; None in older vaults.
    head: dict[str, Any] | None = None

    # ------------------------------------------------------------------ reading and writing

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        if not path.exists():
            raise KeyFileMissing(path)
        try:
            if path.is_dir():
                raise ValueError("it is a folder, not a file")
            try:
                # Opened without waiting: a pipe under the key file's name is refused, not
                # waited on for ever.
                raw = read_plain_file(path, MAX_FILE_BYTES)
            except NotAPlainFile:
                raise ValueError("it is a pipe or a device, not a plain file") from None
            except LargerThan:
                raise ValueError("it is far too large to be a key file") from None
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a directwork key file")
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("not a directwork key file of a known version")
            vault_id = data["vault_id"]
            slots = data["slots"]
            if not isinstance(vault_id, str) or not isinstance(slots, list) or not slots:
                raise ValueError("no slots")
            for slot in slots:
                _check_slot(slot)
            head = data.get("head")
            if head is not None and not isinstance(head, dict):
                raise ValueError("its audit head is not an object")
        except KeyFileDamaged:
            raise
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise KeyFileDamaged(path, detail or type(exc).__name__) from None
        return cls(vault_id=vault_id, slots=slots, head=head)

    def write(self, path: Path) -> None:
        """Write atomically: a crash leaves either the old file or the new one, never half;
        a full disk or a read-only folder leaves the old one and raises NotWritable."""
        data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
                                "slots": self.slots}
        if self.head is not None:
            data["head"] = self.head
        tmp = path.with_name(path.name + ".new")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(data, fh, indent=2)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
            finally:
                if tmp.exists():
                    tmp.unlink()
        except OSError as exc:
            from directwork.store.private_files import os_error

            raise os_error(exc, path.parent) from None
        fsync_dir(path.parent)

    # ------------------------------------------------------------------ slots

    def _slot(self, kind: str) -> dict[str, Any] | None:
        return next((s for s in self.slots if s.get("type") == kind), None)

    def unwrap_with_passphrase(self, passphrase: str) -> bytearray:
        slot = self._slot("passphrase")
        if slot is None:
            raise KeyFileDamaged(None, "it has no passphrase slot")
        _passphrase_bytes(passphrase)  # text that is not UTF-8 is a typing problem, not damage
        for form in passphrase_forms(passphrase):
            try:
                return bytearray(_open(slot, _passphrase_kek(form, slot), self.vault_id))
            except InvalidTag:
                continue
            except (KeyError, ValueError, TypeError, MemoryError) as exc:
                raise KeyFileDamaged(None, str(exc) or type(exc).__name__) from None
        raise WrongPassphrase()

    def unwrap_with_recovery_key(self, recovery_key: str) -> bytearray:
        slot = self._slot("recovery")
        if slot is None:
            raise KeyFileDamaged(None, "it has no recovery slot")
        try:
            return bytearray(_open(slot, _recovery_kek(recovery_key, slot), self.vault_id))
        except (InvalidTag, UnicodeEncodeError):
            raise WrongRecoveryKey() from None
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileDamaged(None, str(exc)) from None

    def with_passphrase(self, passphrase: str, raw_key: bytes, params: KdfParams | None = None) -> KeyFile:
        old = self._slot("passphrase")
        if params is None and old is not None:
            params = KdfParams(int(old["memory_kib"]), int(old["iterations"]), int(old["lanes"]))
        new_slot = passphrase_slot(passphrase, bytes(raw_key), self.vault_id, params or KdfParams())
        return KeyFile(self.vault_id, [new_slot] + [s for s in self.slots if s.get("type") != "passphrase"],
                       self.head)

    def with_recovery_key(self, recovery_key: str, raw_key: bytes) -> KeyFile:
        """A new recovery slot in place of the old one: the old recovery key stops working."""
        new_slot = recovery_slot(recovery_key, bytes(raw_key), self.vault_id)
        return KeyFile(self.vault_id, [s for s in self.slots if s.get("type") != "recovery"] + [new_slot],
                       self.head)

    def with_head(self, head: dict[str, Any] | None) -> KeyFile:
        return KeyFile(self.vault_id, self.slots, head)

    @classmethod
    def create(cls, vault_id: str, raw_key: bytes, passphrase: str, recovery_key: str, params: KdfParams) -> KeyFile:
        return cls(
            vault_id,
            [passphrase_slot(passphrase, raw_key, vault_id, params), recovery_slot(recovery_key, raw_key, vault_id)],
        )
