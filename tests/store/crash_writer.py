"""Run by the crash tests in a child process: writes entries in a loop and prints each id
only after its transaction has committed ("ready" first, once the vault is open). The test
kills the writer at random moments.

With ``--rounds`` after its arguments, one process imports the store once and then, for each
round the test asks for (a line "go" on stdin), forks a child that writes as above, printing
"pid N" before it; once the test has killed the child, "ended STATUS" (its wait status)
follows every line the child printed. Forking a process that has imported the store but
opened nothing and started no thread is what keeps twenty writers' start-ups within a second
or two."""

from __future__ import annotations

import os
import sys

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.vault import Vault


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_entries(data_dir: str, passphrase: str, child_id: str) -> None:
    vault = Vault(data_dir)
    vault.unlock(passphrase)
    say("ready")
    i = 0
    while True:
        with vault.transaction() as s:
            entry = svc.add_entry(s, r.VoiceEntry(child_id=child_id, text=f"entry {i} " + "x" * 300))
        say(entry.id)
        i += 1


def main() -> None:
    data_dir, passphrase, child_id = sys.argv[1], sys.argv[2], sys.argv[3]
    if sys.argv[4:] != ["--rounds"]:
        write_entries(data_dir, passphrase, child_id)
        return
    say("zygote")
    for line in sys.stdin:
        if line.strip() != "go":
            continue
        pid = os.fork()
        if pid == 0:
            try:
                say(f"pid {os.getpid()}")  # here, so that it comes before "ready"
                write_entries(data_dir, passphrase, child_id)
            finally:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        say(f"ended {status}")


if __name__ == "__main__":
    main()
