"""Checking an interchange file's shape: the envelope, then each record against the one strict
record schema (``domain.validation``), with messages a person can act on (never echoing a huge
value back)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from directwork.domain.validation import problems_of
from directwork.store.interchange_schema import FORMAT, VERSION, Envelope

# A broken file can hold millions of problems; past this many, more would not help anyone.
MAX_ERRORS = 1_000


@dataclass(frozen=True, slots=True)
class ImportProblem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class ImportReport:
    """What an import did. ``errors`` non-empty means nothing was written."""

    imported: int = 0
    duplicates: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    errors: list[ImportProblem] = field(default_factory=list)
    more_errors: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def add_error(self, path: str, message: str) -> None:
        if len(self.errors) >= MAX_ERRORS:
            self.more_errors = True
        else:
            self.errors.append(ImportProblem(path, message))


def check_envelope(data: Any, report: ImportReport) -> bool:
    """The file around the records: its format, version and what it says about itself, and a
    list of records. False (with the reasons in ``report``) when the records cannot be read."""
    if not isinstance(data, dict):
        report.add_error("$", "must be an object (a directwork interchange file)")
        return False
    if data.get("format") != FORMAT:
        report.add_error("$.format", f'this is not a directwork interchange file (format must be '
                                     f'"{FORMAT}")')
        return False
    version = data.get("version")
    if isinstance(version, bool | float):  # true and 1.0 equal 1 in Python; not in the format
        report.add_error("$.version", f"must be {VERSION}")
        return False
    if isinstance(version, int) and version > VERSION:
        report.add_error("$.version", f"version {version} files need a newer directwork "
                                      f"(this one reads version {VERSION})")
        return False
    records = data.get("records")
    try:
        Envelope.model_validate({**data, "records": []} if isinstance(records, list) else data)
    except ValidationError as exc:
        for problem in problems_of(exc, Envelope, "$"):
            report.add_error(problem.path, problem.message)
        return False
    return True
