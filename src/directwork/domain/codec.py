"""Records to and from plain JSON-able dicts.

One codec serves the outbox, the sync protocol and the interchange file, so a record means the
same thing wherever it travels. Datetimes are UTC ISO 8601 with a ``Z``; dates are ISO dates;
bytes are base64; enums are their values.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import hashlib
import json
import types
import typing
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin

from directwork.domain.records import Record, kind_of

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


class DecodeError(ValueError):
    """A value that does not fit the record's shape. ``path`` is a JSON path like ``$.actions[2].due``."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def utc_iso(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime: every time in directwork is timezone-aware")
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_utc(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError("a time must carry its offset (for example 2026-01-31T09:00:00Z)")
    return value.astimezone(UTC)


def to_jsonable(value: Any) -> Any:
    # Enums first: a StrEnum member is also a str, and is written as its value.
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return utc_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    raise TypeError(f"cannot encode {type(value).__name__}")


def record_to_dict(record: Record) -> dict[str, Any]:
    """The record as a dict with its ``kind`` first."""
    body = to_jsonable(record)
    return {"kind": record.KIND, **body}


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """``cls``'s resolved type hints, worked out once per class.

    A dict rather than functools.cache: mypy does not take a class object as ``Hashable`` (it
    checks the class's unbound ``__hash__``), so it refuses a class as a cache key.
    """
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _decode(tp: Any, value: Any, path: str) -> Any:
    origin = get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in get_args(tp) if a is not type(None)]
        if value is None:
            if type(None) in get_args(tp):
                return None
            raise DecodeError(path, "must not be null")
        return _decode(args[0], value, path)
    if value is None:
        raise DecodeError(path, "must not be null")
    if origin is list:
        if not isinstance(value, list):
            raise DecodeError(path, "must be a list")
        (item_tp,) = get_args(tp)
        return [_decode(item_tp, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise DecodeError(path, "must be an object")
        _, val_tp = get_args(tp)
        return {str(k): _decode(val_tp, v, f"{path}.{k}") for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in tp)
            raise DecodeError(path, f"{value!r} is not one of: {allowed}") from None
    if tp is datetime:
        if not isinstance(value, str):
            raise DecodeError(path, "must be a date-time string")
        try:
            return parse_utc(value)
        except ValueError as exc:
            raise DecodeError(path, f"not a date-time with offset: {value!r} ({exc})") from None
    if tp is date:
        if not isinstance(value, str):
            raise DecodeError(path, "must be a date string (YYYY-MM-DD)")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise DecodeError(path, f"not a date (YYYY-MM-DD): {value!r}") from None
    if tp is bytes:
        if not isinstance(value, str):
            raise DecodeError(path, "must be base64 text")
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            raise DecodeError(path, "is not valid base64") from None
    if tp is bool:
        if not isinstance(value, bool):
            raise DecodeError(path, "must be true or false")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise DecodeError(path, "must be a whole number")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise DecodeError(path, "must be a number")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise DecodeError(path, "must be text")
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_dict(tp, value, path)
    raise DecodeError(path, f"unsupported type {tp!r}")


def from_dict(cls: type[T], data: Any, path: str = "$") -> T:
    """Build ``cls`` from a dict, refusing unknown fields and wrong types with a JSON path."""
    if not isinstance(data, dict):
        raise DecodeError(path, "must be an object")
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    unknown = set(data) - names - {"kind"}
    if unknown:
        raise DecodeError(f"{path}.{sorted(unknown)[0]}", "is not a field of this record")
    kwargs = {}
    for name in names:
        if name in data:
            kwargs[name] = _decode(hints[name], data[name], f"{path}.{name}")
    return cls(**kwargs)


def record_from_dict(data: Any, path: str = "$") -> Record:
    if not isinstance(data, dict):
        raise DecodeError(path, "must be an object")
    kind = data.get("kind")
    if not isinstance(kind, str):
        raise DecodeError(f"{path}.kind", "is missing")
    try:
        cls = kind_of(kind)
    except ValueError as exc:
        raise DecodeError(f"{path}.kind", str(exc)) from None
    return from_dict(cls, data, path)


def _compact_encoder(*, sort_keys: bool) -> Callable[[Any], str]:
    """``json.dumps(value, sort_keys=sort_keys, separators=(",", ":"), ensure_ascii=False)``,
    with the C encoder made once instead of on every call.

    The hub encodes each change of a push three or four times; on a change's small envelope,
    making the encoder (dumps builds a JSONEncoder, which builds the C encoder) costs more
    than the encoding. The C encoder's arguments are not a public interface: it is used only
    when it writes exactly what ``json.dumps`` writes on a probe of every kind of value, and
    dumps is used otherwise. It keeps no state between calls (no circular-reference marks:
    JSON read from text and records hold no cycles), so threads may share it."""

    def dumps(value: Any) -> str:
        return json.dumps(value, sort_keys=sort_keys, separators=(",", ":"), ensure_ascii=False)

    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return dumps
    try:
        once = make(None, json.JSONEncoder().default, json.encoder.encode_basestring, None,
                    ":", ",", sort_keys, False, True)
    except TypeError:  # another Python's arguments
        return dumps

    def encode(value: Any) -> str:
        return "".join(once(value, 0))

    probe = {"b": [1, -0.0, 1.5e300, float("nan"), None, True, "é\u2028\"\\\x00😀"],
             "a": {"z": 10**30, "": [], "é": {}}, "": "text"}
    try:
        same = encode(probe) == dumps(probe) and encode("é\n") == dumps("é\n")
    except Exception:  # any failure of the probe: dumps it is
        same = False
    return encode if same else dumps


# Sorted keys, no spaces, text as it is: the canonical text, and the compact one (keys as given).
canonical_text = _compact_encoder(sort_keys=True)
compact_text = _compact_encoder(sort_keys=False)


def canonical_json(value: Any) -> bytes:
    """Stable bytes for hashing: sorted keys, no spaces, UTF-8."""
    return canonical_text(value).encode()


# Fields that describe a revision rather than its content; left out of the content hash.
_REVISION_FIELDS = frozenset(
    {"rev", "base_rev", "merge_rev", "updated_at", "device_id", "created_by", "created_at"}
)


# Values the JSON form holds as they are (exactly these types: an enum member that is also a
# str is written as its value by to_jsonable).
_PLAIN = frozenset({str, int, float, bool, type(None)})


# How a field is left out when at its default: it has none, it has a value (or one made by
# ``list`` or ``dict``, which give an equal new value each call: made once), or a factory that
# is called each time (it might give a different value each time).
_NO_DEFAULT, _DEFAULT, _FACTORY = 0, 1, 2
_FieldPlan = tuple[tuple[str, int, Any], ...]
_PLANS: dict[type, _FieldPlan] = {}
_CONTENT_PLANS: dict[type, tuple[tuple[str, int, Any, bool], ...]] = {}


def _plan(cls: type) -> _FieldPlan:
    """Each field of dataclass ``cls`` with its default, worked out once per class
    (``dataclasses.fields`` builds its tuple again on every call)."""
    plan = _PLANS.get(cls)
    if plan is None:
        steps: list[tuple[str, int, Any]] = []
        for f in dataclasses.fields(cls):
            if f.default is not dataclasses.MISSING:
                steps.append((f.name, _DEFAULT, f.default))
            elif f.default_factory is list or f.default_factory is dict:
                steps.append((f.name, _DEFAULT, f.default_factory()))
            elif f.default_factory is not dataclasses.MISSING:
                steps.append((f.name, _FACTORY, f.default_factory))
            else:
                steps.append((f.name, _NO_DEFAULT, None))
        plan = _PLANS[cls] = tuple(steps)
    return plan


def _fields_without_defaults(value: Any, plan: _FieldPlan) -> dict[str, Any]:
    out = {}
    for name, how, default in plan:
        item = getattr(value, name)
        if how == _DEFAULT:
            if item == default:
                continue
        elif how == _FACTORY and item == default():
            continue
        out[name] = item if type(item) in _PLAIN else _without_defaults(item)
    return out


def _without_defaults(value: Any) -> Any:
    """The JSON form with every field left at its default dropped, at every depth.

    A revision id hashes this form, so adding a field with a default to a record kind later
    leaves the ids of every revision already made (on any laptop or the hub) unchanged.
    """
    if type(value) in _PLAIN:
        return value  # as to_jsonable gives it
    plan = _PLANS.get(type(value))
    if plan is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        plan = _plan(type(value))
    if plan is not None:
        return _fields_without_defaults(value, plan)
    if isinstance(value, list | tuple):
        return [_without_defaults(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _without_defaults(v) for k, v in value.items()}
    return to_jsonable(value)


def _content_plan(cls: type) -> tuple[tuple[str, int, Any, bool], ...]:
    """``_plan``, each field marked with whether the content hash leaves it out."""
    plan = _CONTENT_PLANS.get(cls)
    if plan is None:
        plan = _CONTENT_PLANS[cls] = tuple(
            (name, how, default, name in _REVISION_FIELDS) for name, how, default in _plan(cls))
    return plan


def content_hash(record: Record) -> str:
    body = {}
    for name, how, default, left_out in _content_plan(type(record)):
        item = getattr(record, name)
        if how == _DEFAULT:
            if item == default:
                continue
        elif how == _FACTORY and item == default():
            continue
        if not left_out:
            body[name] = item if type(item) in _PLAIN else _without_defaults(item)
        elif type(item) not in _PLAIN and not (type(item) is datetime and item.tzinfo is UTC):
            # A field the hash leaves out needs no JSON form, but one that has none (a time
            # without its offset) is refused as before: a plain value or a UTC time always
            # has one, anything else is walked.
            _without_defaults(item)
    body["kind"] = record.KIND
    return hashlib.sha256(canonical_text(body).encode()).hexdigest()
