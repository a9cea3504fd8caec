"""What can go wrong opening or using the vault, in words a practitioner understands.

Each error says what happened and what to do; none of them has changed anything on disk.
``exit_code`` is what the `directwork` command exits with: 1 for a user error, 2 for damage.
"""

from __future__ import annotations

from pathlib import Path


class VaultError(Exception):
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("That passphrase is not right. Nothing was changed. Check Caps Lock and try again.")


class WrongRecoveryKey(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "That recovery key does not open this vault. Nothing was changed. "
            "Check each group of letters against the printed key."
        )


class KeyFileMissing(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The vault's key file is missing ({path}). Without it the records cannot be opened. "
            "Nothing was changed. Ask IT to restore the folder from a backup of this laptop."
        )


class KeyFileDamaged(VaultError):
    exit_code = 2

    def __init__(self, path: Path | None, detail: str) -> None:
        where = f" ({path})" if path else ""
        super().__init__(
            f"The vault's key file is damaged{where}: {detail}. Nothing was changed. "
            "Ask IT to restore the folder from a backup of this laptop."
        )


class DatabaseMissing(VaultError):
    def __init__(self, path: Path, newest_backup: Path | None) -> None:
        hint = f" The newest backup is {newest_backup}; `directwork restore` can bring it back." if newest_backup else ""
        super().__init__(
            f"The vault's records file is missing ({path}), although its key file is there. "
            f"A new empty vault was not made, so nothing can be lost.{hint}"
        )


class DatabaseDamaged(VaultError):
    exit_code = 2

    def __init__(self, detail: str, newest_backup: Path | None) -> None:
        hint = (
            f" The newest backup is {newest_backup}; restore it with `directwork restore {newest_backup}`."
            if newest_backup
            else " There is no backup in this vault's folder; ask IT for the laptop's backup."
        )
        super().__init__(f"The vault's records are damaged: {detail}. Nothing was changed.{hint}")
        self.newest_backup = newest_backup


class NewerVersion(VaultError):
    def __init__(self, found: str) -> None:
        super().__init__(
            f"This vault was last opened by a newer version of directwork (schema {found}). "
            "Nothing was changed. Install the newer version to open it."
        )


class NotWritable(VaultError):
    def __init__(self, path: Path, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"directwork cannot write to the folder {path}{extra}. Nothing was changed. "
            "Choose a folder you can write to, or ask IT to fix its permissions."
        )


class VaultExists(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"There is already a vault in {path}. It was left as it is. "
            "To start again somewhere else, choose another folder with --data-dir."
        )


class NoVault(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"There is no vault in {path} yet. Set one up with `directwork init`.")


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("The vault is locked. Unlock it first.")


class RecordNotFound(VaultError):
    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"No {kind.replace('_', ' ')} with id {record_id} in this vault.")


class Conflict(VaultError):
    """A versioned document has more than one head where exactly one was needed."""

    def __init__(self, kind: str, record_id: str, heads: list[str]) -> None:
        super().__init__(
            f"This {kind.replace('_', ' ')} was changed in two places ({len(heads)} versions). "
            "Open it and merge the versions before changing it again."
        )
        self.heads = heads


class StaleRevision(VaultError):
    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(
            f"This {kind.replace('_', ' ')} was changed since you opened it. "
            "Your change was kept as a separate version; merge the two."
        )


class IntegrityFailure(VaultError):
    exit_code = 2
