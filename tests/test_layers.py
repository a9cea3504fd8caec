"""The dependency rule of DESIGN.md, checked on every module's imports.

gui -> reports, printing, speech, sync, store, domain, core; sync -> store, domain, core;
store -> domain, core; reports -> domain; printing -> domain, and the standard library only
(it runs where the app is installed, with no print bindings); hub -> sync.protocol,
sync.signing, domain.codec, domain.validation (the one strict record schema), core (and
itself); speech -> domain (eSpeak NG through ctypes, audio in memory: no Qt, no vault, no
network); core -> nothing; domain -> nothing.
Qt only in gui/; SQL only in store/ and hub/. gui/ imports nothing of SQLAlchemy at all, not
even a type under TYPE_CHECKING: its read models live in store/views/, and the vault worker
runs store functions through store.operations, so no gui module handles a Session. core/ is
the low-level ground laptop and hub share: its one SQLAlchemy import is a column type, so
domain and reports may not import it.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "directwork"
THIRD_PARTY_BANNED = {
    "domain": ("PySide6", "sqlalchemy", "reportlab", "httpx", "fastapi", "uvicorn", "alembic", "sqlcipher3"),
    "reports": ("PySide6", "sqlalchemy", "httpx", "fastapi"),
    "store": ("PySide6", "reportlab", "fastapi", "uvicorn"),
    "sync": ("PySide6", "reportlab", "fastapi"),
    "hub": ("PySide6", "reportlab", "sqlcipher3"),
    "core": ("PySide6", "reportlab", "httpx", "fastapi", "uvicorn", "alembic", "sqlcipher3",
             "pydantic", "cryptography"),
    "gui": ("sqlalchemy", "sqlcipher3", "alembic"),
    "printing": ("PySide6", "sqlalchemy", "sqlcipher3", "reportlab", "httpx", "fastapi"),
    "speech": ("PySide6", "sqlalchemy", "sqlcipher3", "reportlab", "httpx", "fastapi",
               "uvicorn", "alembic"),
}
OWN_ALLOWED = {
    "domain": {"domain", "paths"},  # paths only finds resources/ (policy, catalogues)
    "store": {"store", "domain", "core", "paths"},
    "reports": {"reports", "domain", "paths"},
    "sync": {"sync", "store", "domain", "core", "paths"},
    # domain.validation: the one strict record schema, shared with the laptop's pull and import
    "hub": {"hub", "sync.protocol", "sync.signing", "domain.codec", "domain.validation", "core",
            "paths"},
    "printing": {"printing", "domain"},
    "gui": {"gui", "reports", "printing", "speech", "sync", "store", "domain", "core", "paths",
            "build"},
    "speech": {"speech", "domain"},
    "core": {"core"},
}
SQL_NAMES = {"select", "text", "update", "insert", "delete", "func", "and_", "or_"}


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [a.name for a in node.names]))
    return found


def _modules(layer: str) -> list[Path]:
    return sorted(p for p in (SRC / layer).rglob("*.py") if "forms" not in p.parts)


@pytest.mark.parametrize("layer", sorted(OWN_ALLOWED))
def test_each_layer_imports_only_what_the_design_allows(layer):
    problems = []
    for path in _modules(layer):
        for module, names in _imports(path):
            top = module.split(".")[0]
            if top in THIRD_PARTY_BANNED.get(layer, ()):
                problems.append(f"{path.relative_to(SRC)} imports {module}")
            if top == "PySide6" and layer != "gui":
                problems.append(f"{path.relative_to(SRC)} imports Qt outside gui/")
            if module.startswith("directwork."):
                base = module.removeprefix("directwork.")
                # `from directwork.sync import signing` imports directwork.sync.signing
                targets = [f"{base}.{n}" for n in names] if names else [base]
                for own in targets:
                    if not any(own == a or own.startswith(a + ".") for a in OWN_ALLOWED[layer]) \
                            and not any(base == a or base.startswith(a + ".") for a in OWN_ALLOWED[layer]):
                        problems.append(f"{path.relative_to(SRC)} imports directwork.{own}")
            if layer in ("gui", "reports", "printing", "speech", "domain", "sync", "core") \
                    and top == "sqlalchemy":
                sql = SQL_NAMES & set(names)
                if sql or module == "sqlalchemy" and not names:
                    problems.append(f"{path.relative_to(SRC)} writes SQL ({', '.join(sorted(sql)) or module})")
    assert not problems, "\n".join(problems)


def test_nothing_outside_the_entry_points_imports_gui():
    for layer in ("core", "domain", "store", "reports", "printing", "speech", "sync", "hub"):
        for path in _modules(layer):
            for module, _ in _imports(path):
                assert not module.startswith("directwork.gui"), f"{path.relative_to(SRC)} imports {module}"


def test_core_uses_sqlalchemy_only_for_its_column_type():
    """core/ is imported by the laptop and the hub alike; SQLAlchemy stays in one module."""
    using = sorted(path.name for path in _modules("core")
                   if any(module.split(".")[0] == "sqlalchemy" for module, _ in _imports(path)))
    assert using == ["columns.py"]


def test_gui_never_names_sqlalchemy_or_a_session():
    # Imports inside `if TYPE_CHECKING:` count: ast.walk sees every import in a module.
    found = [f"{path.relative_to(SRC)} imports {module}"
             for path in _modules("gui") for module, names in _imports(path)
             if module.split(".")[0] == "sqlalchemy" or "Session" in names]
    assert found == []


def test_printing_speaks_to_the_print_system_with_the_standard_library_only():
    for path in _modules("printing"):
        for module, _ in _imports(path):
            top = module.split(".")[0]
            assert top in sys.stdlib_module_names or module.startswith("directwork."), \
                f"{path.relative_to(SRC)} imports {module}"
