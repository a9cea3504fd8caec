"""Run by test_crash_safety in a child process: writes entries in a loop and prints each id
only after its transaction has committed. The test kills this process at random moments."""

from __future__ import annotations

import sys

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.vault import Vault


def main() -> None:
    data_dir, passphrase, child_id = sys.argv[1], sys.argv[2], sys.argv[3]
    vault = Vault(data_dir)
    vault.unlock(passphrase)
    print("ready", flush=True)
    i = 0
    while True:
        with vault.transaction() as s:
            entry = svc.add_entry(s, r.VoiceEntry(child_id=child_id, text=f"entry {i} " + "x" * 300))
        print(entry.id, flush=True)
        i += 1


if __name__ == "__main__":
    main()
