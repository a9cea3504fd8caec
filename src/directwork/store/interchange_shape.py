"""Checking an interchange file's shape: the envelope, then each record against its kind's part
of the JSON Schema, with messages a person can act on (never echoing a huge value back)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jsonschema

from directwork.domain.records import DOCUMENT_KINDS, ENTRY_KINDS
from directwork.store.interchange_schema import (
    BASE64_PATTERN,
    DATE_TIME_PATTERN,
    FORMAT,
    VERSION,
    build_schema,
)

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


@cache
def _validators() -> tuple[jsonschema.Draft202012Validator, dict[str, jsonschema.Draft202012Validator]]:
    """One validator for the envelope and one per kind. Checking each record against its own
    kind's schema is several times faster than letting the schema's if/then pick it."""
    schema = build_schema()
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    envelope = copy.deepcopy(schema)
    envelope["properties"]["records"] = {"type": "array", "items": {"type": "object"}}
    per_kind = {
        cls.KIND: jsonschema.Draft202012Validator(
            {"$ref": f"#/$defs/{cls.__name__}", "$defs": schema["$defs"]}, format_checker=checker)
        for cls in DOCUMENT_KINDS + ENTRY_KINDS
    }
    return jsonschema.Draft202012Validator(envelope, format_checker=checker), per_kind


_TYPE_WORDS = {"string": "text", "integer": "a whole number", "number": "a number",
               "boolean": "true or false", "array": "a list", "object": "an object",
               "null": "null"}


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _schema_problems(error: jsonschema.ValidationError, base: str = "$") -> list[tuple[str, str]]:
    """Readable (path, message) pairs for one schema error; never repeats a huge value back.
    ``base`` is the JSON path of what was validated."""
    path, kind = base + error.json_path[1:], error.validator
    # An error the validator raised always carries the JSON it checked and the schema's value
    # (the stubs allow them unset, for errors made by hand); both are any JSON.
    expected: Any = error.validator_value
    instance: Any = error.instance
    if kind == "required":
        missing = [name for name in expected if name not in instance]
        return [(f"{path}.{name}", "is missing") for name in missing[:1]] or [(path, "is missing")]
    if kind == "additionalProperties":
        schema = error.schema if isinstance(error.schema, Mapping) else {}
        known = set(schema.get("properties", {}))
        extras = sorted(str(k) for k in instance if k not in known)
        return [(f"{path}.{name}", "is not a field of this record") for name in extras[:5]]
    if kind == "type":
        types_ = [expected] if isinstance(expected, str) else list(expected)
        return [(path, "must be " + " or ".join(_TYPE_WORDS.get(t, t) for t in types_))]
    if kind == "enum":
        allowed = ", ".join("null" if v is None else str(v) for v in expected)
        return [(path, f"{_short(instance)} is not one of: {allowed}")]
    if kind == "const":
        if path == "$.format":
            return [(path, f'this is not a directwork interchange file (format must be "{FORMAT}")')]
        return [(path, f"must be {expected!r}")]
    if kind in ("format", "pattern"):
        if expected == "date":
            return [(path, f"not a date (YYYY-MM-DD): {_short(instance)}")]
        if expected == "uuid":
            return [(path, f"not a UUID: {_short(instance)}")]
        if expected in ("date-time", DATE_TIME_PATTERN):
            return [(path, f"not a date-time with offset (for example 2026-01-31T09:00:00Z): "
                           f"{_short(instance)}")]
        if expected == BASE64_PATTERN:
            return [(path, "is not valid base64")]
        return [(path, f"is not in the expected form ({expected})")]
    if kind == "maxLength":
        return [(path, f"is longer than {expected:,} characters")]
    if kind in ("maxItems", "maxProperties"):
        return [(path, f"has more than {expected:,} items")]
    if kind == "minimum":
        return [(path, f"must be at least {expected}")]
    if kind == "maximum":
        return [(path, f"must be at most {expected}")]
    message = error.message
    return [(path, message if len(message) <= 200 else message[:197] + "...")]


def check_envelope(data: Any, report: ImportReport) -> bool:
    if not isinstance(data, dict):
        report.add_error("$", "must be an object (a directwork interchange file)")
        return False
    if data.get("format") != FORMAT:
        report.add_error("$.format", f'this is not a directwork interchange file (format must be '
                                     f'"{FORMAT}")')
        return False
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        report.add_error("$.version", f"version {version} files need a newer directwork "
                                      f"(this one reads version {VERSION})")
        return False
    return True


def validate_shape(data: dict[str, Any], report: ImportReport) -> set[int]:
    """Schema errors into the report; returns the indexes of records that had any (-1 when the
    envelope itself is wrong)."""
    envelope, per_kind = _validators()
    bad: set[int] = set()
    for error in sorted(envelope.iter_errors(data), key=lambda e: e.json_path):
        where = list(error.absolute_path)
        bad.add(where[1] if len(where) >= 2 and where[0] == "records" else -1)
        for path, message in _schema_problems(error):
            report.add_error(path, message)
    if -1 in bad:
        return bad
    for index, raw in enumerate(data["records"]):
        if index in bad:
            continue
        base = f"$.records[{index}]"
        kind = raw.get("kind")
        validator = per_kind.get(kind) if isinstance(kind, str) else None
        if validator is None:
            bad.add(index)
            if "kind" not in raw:
                report.add_error(f"{base}.kind", "is missing")
            else:
                report.add_error(f"{base}.kind", f"{_short(kind)} is not one of: "
                                                 f"{', '.join(per_kind)}")
            continue
        errors = sorted(validator.iter_errors(raw), key=lambda e: e.json_path)
        if errors:
            bad.add(index)
        for error in errors:
            for path, message in _schema_problems(error, base):
                report.add_error(path, message)
        if report.more_errors:
            break
    return bad
