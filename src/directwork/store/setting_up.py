"""Whether a vault's setting up was cut off part way, read from its folder alone (no key, no
SQL, nothing heavy imported: the app asks it before its first window).

Setting up a vault puts a mark (``vault.setting-up``) in the folder before anything else and
takes it away once the key file is in place, so a setting up cut off part way (the app or the
computer stopped) leaves a folder that holds nothing anyone typed: no vault. A mark beside a
vault that has been used since (a folder copied or restored whole while a vault was being set
up in it) is not believed: once the vault has been unlocked its fast head is there, and once
it has been locked its key file's head has moved past the one setting up writes. In doubt (a
key file that cannot be read) the folder is a vault, and opening it says what is wrong."""

from __future__ import annotations

import json
import os
from pathlib import Path

from directwork.domain.plain_files import read_plain_file

SETTING_UP_NAME = "vault.setting-up"
# store.vault's KEY_NAME and store.head's HEAD_NAME (a test keeps them equal).
KEY_FILE = "vault.key"
HEAD_FILE = "vault.head"
_KEY_FILE_LIMIT = 1 << 20


def setting_up_unfinished(folder: Path | str) -> bool:
    """The mark is there, and nothing says the vault beside it was used since."""
    root = Path(folder)
    if not os.path.lexists(root / SETTING_UP_NAME):
        return False
    return not (os.path.lexists(root / HEAD_FILE) or _key_head_moved(root / KEY_FILE))


def _key_head_moved(key_path: Path) -> bool:
    """Whether the key file's head is past the one setting up writes (number 0), read without
    the key; a key file that cannot be read so counts as moved."""
    if not os.path.lexists(key_path):
        return False
    try:
        head = json.loads(read_plain_file(key_path, _KEY_FILE_LIMIT))["head"]
        return int(head["seq"]) != 0
    except (OSError, ValueError, KeyError, TypeError):
        return True
