"""Run by test_received in a child process: stores a first pulled page, then starts the second
and stops inside its transaction, after its first rows went in, to be killed there."""

from __future__ import annotations

import json
import sys
import threading
from typing import Any

from sqlalchemy import event

from directwork.domain import validation
from directwork.store import sync_state
from directwork.store.vault import Vault


def _items(page: list[dict[str, Any]]) -> list[sync_state.Received]:
    items = []
    for payload in page:
        record = validation.validate(payload)
        items.append(sync_state.Received(record.KIND, record.id, record.child_id,
                                         getattr(record, "rev", ""), payload, record))
    return items


def main() -> None:
    data_dir, passphrase, pages_file = sys.argv[1], sys.argv[2], sys.argv[3]
    first, second = json.loads(open(pages_file, encoding="utf-8").read())
    vault = Vault(data_dir)
    vault.unlock(passphrase)
    sync_state.apply_page(vault, _items(first), [], 1)
    print("page 1 stored", flush=True)

    def stop_here(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                  executemany: bool) -> None:
        if executemany and statement.startswith("INSERT"):
            print("page 2 part stored", flush=True)
            threading.Event().wait()  # until killed

    event.listen(vault.engine, "after_cursor_execute", stop_here)
    sync_state.apply_page(vault, _items(second), [], 2)
    print("page 2 stored: the writer was not stopped", flush=True)


if __name__ == "__main__":
    main()
