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


def _restore_hint(newest_backup: Path | None) -> str:
    if newest_backup is None:
        return " There is no backup in this vault's folder; ask IT for the laptop's backup."
    return (f" The newest backup is {newest_backup}; restore it with `directwork restore "
            f"{newest_backup}`, or with Restore from a backup on the unlock screen.")


class DatabaseMissing(VaultError):
    def __init__(self, path: Path, newest_backup: Path | None, what: str = "is missing") -> None:
        # ``summary``: the same without the command to run, for the app's unlock screen,
        # which offers the restore itself.
        self.summary = (f"The vault's records file {what}, although its key file is there. "
                        "A new empty vault was not made, so nothing can be lost.")
        super().__init__(
            f"The vault's records file {what} ({path}), although its key file is there. "
            f"A new empty vault was not made, so nothing can be lost.{_restore_hint(newest_backup)}"
        )
        self.newest_backup = newest_backup


class DatabaseDamaged(VaultError):
    exit_code = 2

    def __init__(self, detail: str, newest_backup: Path | None) -> None:
        self.summary = f"The vault's records are damaged: {detail}. Nothing was changed."
        super().__init__(f"{self.summary}{_restore_hint(newest_backup)}")
        self.newest_backup = newest_backup


class RecordsWentBack(VaultError):
    """The records file is older than the one this vault last locked (an old copy put in its
    place, or saves lost with a journal after a crash): opening it would hide that loss."""

    exit_code = 2

    def __init__(self, detail: str, matching_backup: Path | None) -> None:
        if matching_backup is not None:
            hint = (f" The newest backup that holds everything is {matching_backup}; restore it "
                    f"with `directwork restore {matching_backup}`, or with Restore from a backup "
                    "on the unlock screen.")
        else:
            hint = (" No backup in this vault's folder holds everything either. Ask IT: the "
                    "laptop's own backup may; to carry on with the records as they are, IT can "
                    "run `directwork accept-records`.")
        self.summary = f"The vault's records went back in time: {detail}. Nothing was changed."
        super().__init__(f"{self.summary}{hint}")
        self.newest_backup = matching_backup


class BackupUnusable(VaultError):
    """A backup chosen for a restore that cannot be used; the vault was left as it was."""

    def __init__(self, path: Path, why: str, *, damaged: bool = False) -> None:
        super().__init__(f"The backup {path} cannot be used: {why}. Nothing was changed.")
        self.exit_code = 2 if damaged else 1


class VaultInUse(VaultError):
    def __init__(self, holder: str) -> None:
        super().__init__(
            f"The vault is open in {holder}. Only one program may use it at a time, so "
            "nothing was changed. Close it there (or wait for it to finish) and try again."
        )


class DiskFull(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"There is no room left on the disk that holds {path}. Nothing was changed. "
            "Free some space and try again."
        )


class FileTooLarge(VaultError):
    """A file could not grow past a size the disk or the computer allows (EFBIG): freeing
    space would not help, so this is not put down to a full disk."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The file is too large for the disk that holds {path}: some disks take no file "
            "over a set size (a USB stick formatted as FAT32 takes none over 4 GB), and a "
            "computer can set a limit too. Nothing was changed. Save it on another disk, or "
            "ask IT."
        )


class PassphraseNotText(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "That passphrase is not valid text (it holds bytes that are not UTF-8). Nothing "
            "was changed. Type it again, or set it in UTF-8."
        )


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


class LockFileUnusable(VaultError):
    """``vault.lock`` is not a plain file directwork can lock: a folder, a link, a pipe."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(
            f"directwork cannot use its lock file {path}: it is {what}, not a plain file. "
            "Nothing was changed. Ask IT to remove it; directwork makes a new one the next "
            "time the vault is opened."
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
