"""One strict schema for every record, shared by ``import``, the hub and the laptop's pull.

A record that passes here can be stored, shown and summarised anywhere without surprise; one
that fails is refused by the hub, kept aside by a laptop and reported by an import, with a
JSON path and words a person can act on. Three levels, all in this module:

* **fields** (``decode``): pydantic models generated from the record dataclasses themselves,
  each field's type narrowed with ``Annotated`` constraints: text lengths, 0-10 scales, drawing
  sizes, UUIDs, revision ids, and times that carry their offset and fall within 1900-2200.
  Unknown fields are refused. The JSON Schema of the interchange format is generated from the
  same models (``store.interchange_schema``), so the documented limits are the enforced ones.
* **the record** (``record_problems``): the stamps every stored record has (``created_at``,
  ``updated_at``, ``created_by``, ``device_id``), a child's ``child_id`` being its own id, a
  revision id that matches its content and parents, an entry that corrects another and not
  itself.
* **the batch** (``link_problems``): every reference names a record of the right kind, for the
  same child, that is already held or arrives in the same batch; a document's parents are
  revisions of the same document; a document stays with its child.

Nothing here touches a database: the batch check asks a ``Holdings`` what is already held, so
the vault and the hub each answer from their own tables.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import enum
import re
import types
import typing
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Annotated, Any, Literal, Protocol

import annotated_types
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    Strict,
    ValidationError,
    WithJsonSchema,
    create_model,
)
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError, PydanticUndefined

from directwork.domain import codec
from directwork.domain.recordings import MAX_AUDIO_BYTES
from directwork.domain.records import (
    RECORD_KINDS,
    Child,
    Document,
    Entry,
    Record,
    TeamContext,
    TeamLink,
)
from directwork.domain.records import TEAM_KINDS as _TEAM_KINDS
from directwork.domain.revisions import make_rev

# --------------------------------------------------------------------------- the limits
# docs/interchange.md states each of these; the JSON Schema carries them.

MAX_TEXT = 100_000  # characters in one free-text field (a child's own account can be long)
MAX_SHORT = 64  # ids, revision ids, stamps
MAX_KEY = 200  # a key in a map of words (the child's own names for the tools)
MAX_ITEMS = 1_000  # items in one list or map
MAX_NUMBER = 1_000_000  # any other whole number (an escalation step...)
SCALE_MAX = 10  # "how safe do you feel, 0 to 10?"
MAX_DRAWING_SIDE = 10_000  # pixels a side: the pad draws well under 2,000
MAX_PNG_BYTES = 10 * 1024 * 1024  # a drawing from the pad is well under a megabyte
MAX_PNG_BASE64 = (MAX_PNG_BYTES + 2) // 3 * 4
MAX_WAV_BYTES = MAX_AUDIO_BYTES + 1024  # a recording: 3 minutes of 16 kHz speech and its header
MAX_WAV_BASE64 = (MAX_WAV_BYTES + 2) // 3 * 4
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200
_EARLIEST = datetime(EARLIEST_YEAR, 1, 1, tzinfo=UTC)
_AFTER_LATEST = datetime(LATEST_YEAR + 1, 1, 1, tzinfo=UTC)

_YEAR = r"(19\d{2}|2[01]\d{2}|2200)"
DATE_TIME_PATTERN = "^" + _YEAR + r"-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$"
DATE_PATTERN = "^" + _YEAR + r"-\d{2}-\d{2}$"
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
REV_PATTERN = r"^[0-9]{1,12}-[0-9a-f]{1,40}$"
BASE64_PATTERN = r"^[A-Za-z0-9+/]*={0,2}$"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_DATE_TIME_RE = re.compile(DATE_TIME_PATTERN)
_LOOSE_DATE_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UUID_RE = re.compile(UUID_PATTERN)
_REV_RE = re.compile(REV_PATTERN)

# Fields that name another record, and the kind that record must be (for the same child).
LINKS: dict[str, str] = {
    "visit_id": "visit",
    "drawing_id": "drawing",
    "recording_id": "recording",
    "decision_id": "safety_level",
    "key_moment_id": "key_moment",
    "plan_id": "safety_plan",
    "concern_id": "concern",
}
# Fields holding a record's UUID; every other *_id is free text (a worry's id within a plan).
# A team link names two records on two children's files (possibly other practitioners'), so
# they are ids but not references checked within one child.
TEAM_LINK_IDS = frozenset({"first_record", "first_child", "second_record", "second_child"})
ID_FIELDS = frozenset({"id", "child_id", "corrects_id", *LINKS, *TEAM_LINK_IDS})
SHORT_FIELDS = frozenset({"created_by", "device_id", "practitioner_id", "worry_id", "plan_rev"})
REV_FIELDS = frozenset({"rev", "base_rev", "merge_rev"})
SCALE_FIELDS = frozenset({("VoiceEntry", "scale"), ("Scaling", "score")})
PIXEL_FIELDS = frozenset({("Drawing", "width"), ("Drawing", "height")})
STAMPS = ("created_at", "updated_at", "created_by", "device_id")
# Kinds of record that belong to the team, not to one child's caseload: the hub takes them
# only from a team manager and sends them only to the team's managers.
TEAM_ONLY = frozenset(cls.KIND for cls in _TEAM_KINDS)
# What ``validate`` returns, named here for the hub (which reaches records only through this
# module and the codec).
ValidRecord = Record


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """What is wrong and where: ``path`` is a JSON path such as ``$.actions[2].due``."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class RecordRefused(ValueError):
    """A record that does not pass the schema; ``problems`` says every way it fails."""

    def __init__(self, problems: Sequence[RecordProblem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems[:3]))

    @property
    def reason(self) -> str:
        """One line for a person: the first problem, without the leading ``$.``."""
        first = self.problems[0]
        where = first.path.removeprefix("$").removeprefix(".")
        return f"{where}: {first.message}" if where else first.message


def short(value: Any) -> str:
    """A value as it may be repeated back in a message: never more than 60 characters."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _refuse(message: str) -> PydanticCustomError:
    # Braces would be read as the template's placeholders.
    return PydanticCustomError("directwork", message.replace("{", "{{").replace("}", "}}"))


# --------------------------------------------------------------------------- value types


def _moment(value: Any) -> datetime:
    if not isinstance(value, str):
        raise _refuse("must be a date-time string")
    if not _LOOSE_DATE_TIME_RE.match(value):
        raise _refuse(f"not a date-time with offset (for example 2026-01-31T09:00:00Z): "
                      f"{short(value)}")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _refuse(f"not a real date-time: {short(value)}") from None
    # Checked before converting: year 1 an hour east of UTC is before the first datetime.
    if parsed.year < EARLIEST_YEAR:
        raise _refuse(f"is before {EARLIEST_YEAR}: {short(value)}")
    if parsed.year > LATEST_YEAR:
        raise _refuse(f"is after {LATEST_YEAR}: {short(value)}")
    moment = parsed.astimezone(UTC)
    if moment < _EARLIEST:
        raise _refuse(f"is before {EARLIEST_YEAR}: {short(value)}")
    if moment >= _AFTER_LATEST:
        raise _refuse(f"is after {LATEST_YEAR}: {short(value)}")
    return moment


def _day(value: Any) -> date:
    if not isinstance(value, str):
        raise _refuse("must be a date string (YYYY-MM-DD)")
    if not _DATE_RE.match(value):
        raise _refuse(f"not a date (YYYY-MM-DD): {short(value)}")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise _refuse(f"not a date (YYYY-MM-DD): {short(value)}") from None
    if day.year < EARLIEST_YEAR:
        raise _refuse(f"is before {EARLIEST_YEAR}: {short(value)}")
    if day.year > LATEST_YEAR:
        raise _refuse(f"is after {LATEST_YEAR}: {short(value)}")
    return day


def _png(value: Any) -> bytes:
    if not isinstance(value, str):
        raise _refuse("must be base64 text")
    if len(value) > MAX_PNG_BASE64:
        raise _refuse(f"is larger than {MAX_PNG_BYTES // 2**20} MB")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _refuse("is not valid base64") from None
    if raw and not raw.startswith(PNG_SIGNATURE):
        raise _refuse("is not a PNG image")
    return raw


def _wav(value: Any) -> bytes:
    if not isinstance(value, str):
        raise _refuse("must be base64 text")
    if len(value) > MAX_WAV_BASE64:
        raise _refuse(f"is longer than a recording may be ({MAX_WAV_BYTES // 2**20} MB)")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _refuse("is not valid base64") from None
    if raw and (raw[:4] != b"RIFF" or raw[8:12] != b"WAVE"):
        raise _refuse("is not a WAV recording")
    return raw


def _record_id(value: Any) -> str:
    if not isinstance(value, str):
        raise _refuse("must be text (a UUID)")
    if not _UUID_RE.match(value):
        raise _refuse(f"not a UUID: {short(value)}")
    return value


def _record_id_or_empty(value: Any) -> str:
    return value if value == "" else _record_id(value)


def _rev(value: Any) -> str:
    if not isinstance(value, str):
        raise _refuse("must be text (a revision id)")
    if not _REV_RE.match(value):
        raise _refuse(f"not a revision id (<number>-<hex>): {short(value)}")
    return value


def _rev_or_empty(value: Any) -> str:
    return value if value == "" else _rev(value)


_DATE_TIME_SCHEMA = {"type": "string", "format": "date-time", "pattern": DATE_TIME_PATTERN}
Moment = Annotated[datetime, PlainValidator(_moment, json_schema_input_type=str),
                   WithJsonSchema(_DATE_TIME_SCHEMA)]
Day = Annotated[date, PlainValidator(_day, json_schema_input_type=str),
                WithJsonSchema({"type": "string", "format": "date", "pattern": DATE_PATTERN})]
PngImage = Annotated[bytes, PlainValidator(_png, json_schema_input_type=str), WithJsonSchema({
    "type": "string", "contentEncoding": "base64", "contentMediaType": "image/png",
    "maxLength": MAX_PNG_BASE64, "pattern": BASE64_PATTERN})]
WavAudio = Annotated[bytes, PlainValidator(_wav, json_schema_input_type=str), WithJsonSchema({
    "type": "string", "contentEncoding": "base64", "contentMediaType": "audio/wav",
    "maxLength": MAX_WAV_BASE64, "pattern": BASE64_PATTERN})]
RecordId = Annotated[str, PlainValidator(_record_id, json_schema_input_type=str),
                     WithJsonSchema({"type": "string", "format": "uuid", "pattern": UUID_PATTERN})]
RecordIdOrEmpty = Annotated[str, PlainValidator(_record_id_or_empty, json_schema_input_type=str),
                            WithJsonSchema({"type": "string", "anyOf": [
                                {"const": ""}, {"format": "uuid", "pattern": UUID_PATTERN}]})]
Rev = Annotated[str, PlainValidator(_rev, json_schema_input_type=str),
                WithJsonSchema({"type": "string", "pattern": REV_PATTERN})]
RevOrEmpty = Annotated[str, PlainValidator(_rev_or_empty, json_schema_input_type=str),
                       WithJsonSchema({"type": "string", "pattern": f"^$|{REV_PATTERN}"})]
Text = Annotated[str, Strict(), Field(max_length=MAX_TEXT)]
ShortText = Annotated[str, Strict(), Field(max_length=MAX_SHORT)]
Key = Annotated[str, Strict(), Field(max_length=MAX_KEY)]
Flag = Annotated[bool, Strict()]
Scale = Annotated[int, Strict(), Field(ge=0, le=SCALE_MAX)]
Pixels = Annotated[int, Strict(), Field(ge=0, le=MAX_DRAWING_SIDE)]
Number = Annotated[int, Strict(), Field(ge=0, le=MAX_NUMBER)]


# --------------------------------------------------------------------------- the models


def _strip_optional(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0], len(args) != len(typing.get_args(tp))
    return tp, False


def _is_record(owner: str) -> bool:
    return any(cls.__name__ == owner for cls in RECORD_KINDS.values())


def _value_type(owner: str, name: str, tp: Any, optional: bool) -> Any:
    """The constrained type for one field (without its ``| None``)."""
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp)
        return Annotated[list[_value_type(owner, name, item, False)],  # type: ignore[misc]
                         Field(max_length=MAX_ITEMS)]
    if origin is dict:
        _, value = typing.get_args(tp)
        return Annotated[dict[Key, _value_type(owner, name, value, False)],  # type: ignore[misc]
                         Field(max_length=MAX_ITEMS)]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    if tp is datetime:
        return Moment
    if tp is date:
        return Day
    if tp is bytes:
        return WavAudio if (owner, name) == ("Recording", "audio") else PngImage
    if tp is bool:
        return Flag
    if tp is int:
        if (owner, name) in SCALE_FIELDS:
            return Scale
        if (owner, name) in PIXEL_FIELDS:
            return Pixels
        return Number
    if tp is str:
        if name in ID_FIELDS and _is_record(owner):
            return RecordIdOrEmpty if (owner, name) == ("Child", "child_id") else RecordId
        if name in REV_FIELDS:
            return Rev if optional else RevOrEmpty
        if name in SHORT_FIELDS or name == "id":
            return ShortText
        return Text
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return part_model(tp)
    raise TypeError(f"no schema for {owner}.{name}: {tp!r}")


def _required(owner: str, name: str, tp: Any) -> bool:
    """A record's id, its child (except a child's own) and the records an entry is about
    (a sign-off's decision, a response's key moment...) have no sensible default."""
    if not _is_record(owner) or name not in ID_FIELDS or tp is not str:
        return False
    return (owner, name) != ("Child", "child_id")


def _fields(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        core, optional = _strip_optional(hints[f.name])
        annotation = _value_type(cls.__name__, f.name, core, optional)
        if optional:
            annotation = typing.Optional[annotation]  # noqa: UP045 - built at run time
        if _required(cls.__name__, f.name, hints[f.name]):
            out[f.name] = (annotation, ...)
        elif f.default is not dataclasses.MISSING:
            out[f.name] = (annotation, Field(default=f.default))
        else:
            factory = typing.cast(Callable[[], Any], f.default_factory)
            out[f.name] = (annotation, Field(default_factory=factory))
    return out


_CONFIG = ConfigDict(extra="forbid", validate_default=False)
# model class -> the dataclass it builds, so a validated model becomes a domain record.
_DATACLASS_OF: dict[type[BaseModel], type] = {}


@cache
def part_model(cls: type) -> type[BaseModel]:
    """The model of a nested part of a record (a worry, an action, an agreement...)."""
    model: type[BaseModel] = create_model(cls.__name__, __config__=_CONFIG, __doc__=_doc(cls),
                                          **_fields(cls))
    _DATACLASS_OF[model] = cls
    return model


@cache
def record_model(kind: str) -> type[BaseModel]:
    """The model of one kind of record, with ``kind`` as its first field."""
    cls = RECORD_KINDS[kind]
    fields = {"kind": (Literal[kind], ...), **_fields(cls)}
    model: type[BaseModel] = create_model(cls.__name__, __config__=_CONFIG, __doc__=_doc(cls),
                                          **fields)
    _DATACLASS_OF[model] = cls
    return model


def _doc(cls: type) -> str | None:
    doc = " ".join((cls.__doc__ or "").split())
    return None if not doc or doc.startswith(cls.__name__ + "(") else doc


def _to_domain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        target = _DATACLASS_OF[type(value)]
        return target(**{name: _to_domain(getattr(value, name))
                         for name in type(value).model_fields if name != "kind"})
    if isinstance(value, list):
        return [_to_domain(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_domain(v) for k, v in value.items()}
    return value


# --------------------------------------------------------------------------- field level

_TYPE_WORDS = {
    "int_type": "a whole number", "int_parsing": "a whole number", "int_from_float": "a whole number",
    "bool_type": "true or false", "bool_parsing": "true or false", "string_type": "text",
    "list_type": "a list", "dict_type": "an object", "model_type": "an object",
    "model_attributes_type": "an object", "dataclass_type": "an object",
}


def _field_at(model: type[BaseModel], loc: Sequence[int | str]) -> tuple[bool, type | None]:
    """Whether the value at ``loc`` may be null, and the enum it must be one of (if any)."""
    current: Any = model
    nullable, enum_type = False, None
    for part in loc:
        if isinstance(part, int) or not isinstance(current, type) or \
                not issubclass(current, BaseModel):
            continue
        info = current.model_fields.get(part)
        if info is None:
            return False, None
        tp = info.annotation
        tp, nullable = _strip_optional(tp)
        while True:
            if typing.get_origin(tp) is Annotated:
                tp = typing.get_args(tp)[0]
            elif typing.get_origin(tp) in (list, dict):
                tp = typing.get_args(tp)[-1]
                nullable = False
            else:
                break
        current = tp
    if isinstance(current, type) and issubclass(current, enum.Enum):
        enum_type = current
    return nullable, enum_type


def _path(base: str, loc: Sequence[int | str]) -> str:
    out = base
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def problems_of(error: ValidationError, model: type[BaseModel], base: str) -> list[RecordProblem]:
    found: list[RecordProblem] = []
    for item in error.errors(include_url=False, include_input=True):
        loc = list(item["loc"])
        # A map's key is reported as "[key]" after the key itself; it names the same place.
        loc = [p for p in loc if p != "[key]"]
        path = _path(base, loc)
        kind, ctx = item["type"], item.get("ctx") or {}
        nullable, enum_type = _field_at(model, loc)
        if kind == "missing":
            message = "is missing"
        elif kind == "extra_forbidden":
            message = "is not a field of this record"
        elif kind in _TYPE_WORDS:
            message = "must be " + _TYPE_WORDS[kind] + (" or null" if nullable else "")
        elif kind == "string_too_long":
            message = f"is longer than {ctx.get('max_length', 0):,} characters"
        elif kind == "too_long":
            message = f"has more than {ctx.get('max_length', 0):,} items"
        elif kind in ("greater_than_equal", "greater_than"):
            message = f"must be at least {ctx.get('ge', ctx.get('gt'))}"
        elif kind in ("less_than_equal", "less_than"):
            message = f"must be at most {ctx.get('le', ctx.get('lt'))}"
        elif kind == "enum" and enum_type is not None:
            allowed = ", ".join(str(m.value) for m in enum_type)  # type: ignore[attr-defined]
            message = f"{short(item.get('input'))} is not one of: {allowed}"
        elif kind == "literal_error":
            message = f"must be {ctx.get('expected', '')}"
        elif kind == "directwork":
            message = str(item["msg"])
        elif kind == "none_required" or item.get("input", 0) is None:
            message = "must not be null"
        else:
            text = str(item["msg"])
            message = text if len(text) <= 200 else text[:197] + "..."
        if found and found[-1].path == path and kind in _TYPE_WORDS:
            continue  # a union says the same thing once per member
        found.append(RecordProblem(path, message))
    return found


def kind_problem(data: Any, path: str = "$") -> RecordProblem | None:
    """Why ``data`` is not a record of any kind at all (not an object, no or unknown kind)."""
    if not isinstance(data, dict):
        return RecordProblem(path, "must be an object")
    kind = data.get("kind")
    if "kind" not in data:
        return RecordProblem(f"{path}.kind", "is missing")
    if not isinstance(kind, str) or kind not in RECORD_KINDS:
        # Not the whole list of kinds: it grows with each kind added, and a message is one
        # short line (docs/interchange.md lists the kinds).
        return RecordProblem(f"{path}.kind", f"{short(kind)} is not a kind of record "
                                             "directwork knows (docs/interchange.md lists them)")
    return None


def decode(data: Any, path: str = "$") -> Record:
    """The record ``data`` describes, field by field against its kind's model. Raises
    RecordRefused listing every field that fails (``record_problems`` checks the rest).

    A record that passes every check is built by the kind's quick check (``quick_decode``);
    anything it is not sure of goes through the model, which says what is wrong."""
    record = quick_decode(data)
    if record is not None:
        return record
    return decode_by_model(data, path)


def decode_by_model(data: Any, path: str = "$") -> Record:
    """``decode`` through the pydantic model alone: the reference the quick check is tested
    against, and what says why a record fails."""
    wrong = kind_problem(data, path)
    if wrong is not None:
        raise RecordRefused([wrong])
    model = record_model(data["kind"])
    try:
        validated = model.model_validate(data)
    except ValidationError as exc:
        raise RecordRefused(problems_of(exc, model, path)) from None
    record: Record = _to_domain(validated)
    return record


# --------------------------------------------------------------------------- the quick check
# Pulling a caseload decodes tens of thousands of records, nearly all of which pass. The
# quick check of a kind is compiled once from the same model (its fields' types, limits and
# value checks, read from the model itself) into plain type and length tests, and builds the
# record directly. It only ever says "this passes, and here is the record" or "not sure":
# any value it does not take exactly as the model would (a wrong type, a limit crossed, a
# missing or unknown field, a value check refusing) sends the record through the model, which
# then accepts or refuses it as before and says why. So it refuses nothing the model accepts
# and accepts nothing the model refuses (tests/domain/test_quick_check.py holds it to that).


class _NotSure(Exception):
    """The quick check cannot vouch for a value: the model decides."""


class _NoQuickCheck(TypeError):
    """A type the quick check does not know: its kind always goes through the model."""


_Check = Callable[[Any], Any]
_NOT_SURE = _NotSure()


def _flat_metadata(items: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if isinstance(item, FieldInfo):
            out += _flat_metadata(item.metadata)
        else:
            out.append(item)
    return out


def _quick(tp: Any, metadata: Sequence[Any] = ()) -> _Check:
    """A check for one value of annotation ``tp`` (with the field's ``metadata``): returns the
    value as the model would give it, or raises _NotSure.

    A value of exactly the type is taken as it is, strict or not; anything else (a number
    for text, 1 for true, a tuple for a list) is left to the model."""
    meta = _flat_metadata(metadata)
    if typing.get_origin(tp) is Annotated:
        base, *more = typing.get_args(tp)
        return _quick(base, [*meta, *_flat_metadata(more)])
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        present = [a for a in args if a is not type(None)]
        if len(present) != 1 or len(args) != 2 or meta:
            raise _NoQuickCheck(f"union {tp!r}")
        inner = _quick(present[0])

        def optional(value: Any) -> Any:
            return None if value is None else inner(value)
        return optional
    plain: Callable[[Any], Any] | None = None
    longest: int | None = None
    low: int | None = None
    high: int | None = None
    for item in meta:
        if isinstance(item, PlainValidator):
            plain = item.func  # type: ignore[assignment]
        elif isinstance(item, annotated_types.MaxLen):
            longest = item.max_length
        elif isinstance(item, annotated_types.Ge):
            low = item.ge  # type: ignore[assignment]
        elif isinstance(item, annotated_types.Le):
            high = item.le  # type: ignore[assignment]
        elif not isinstance(item, Strict | WithJsonSchema):
            raise _NoQuickCheck(f"{item!r} on {tp!r}")
    if plain is not None:
        if longest is not None or low is not None or high is not None:
            raise _NoQuickCheck(f"a value check with limits on {tp!r}")
        check_value = plain

        def by_value_check(value: Any) -> Any:
            try:
                return check_value(value)
            except PydanticCustomError:
                raise _NOT_SURE from None
        return by_value_check
    origin = typing.get_origin(tp)
    most = longest if longest is not None else -1  # -1: no limit on the number of items
    if origin is list:
        (item_type,) = typing.get_args(tp)
        item_check = _quick(item_type)

        def a_list(value: Any) -> Any:
            if type(value) is not list or (most >= 0 and len(value) > most):
                raise _NOT_SURE
            return [item_check(v) for v in value]
        return a_list
    if origin is dict:
        key_type, value_type = typing.get_args(tp)
        key_check, value_check = _quick(key_type), _quick(value_type)

        def a_map(value: Any) -> Any:
            if type(value) is not dict or (most >= 0 and len(value) > most):
                raise _NOT_SURE
            return {key_check(k): value_check(v) for k, v in value.items()}
        return a_map
    if low is not None or high is not None:
        if tp is not int or longest is not None:
            raise _NoQuickCheck(f"limits on {tp!r}")
        least = low if low is not None else -(2**63)
        greatest = high if high is not None else 2**63

        def a_number(value: Any) -> Any:
            if type(value) is not int or not least <= value <= greatest:
                raise _NOT_SURE
            return value
        return a_number
    if tp is str:
        def text(value: Any) -> Any:
            if type(value) is not str or (most >= 0 and len(value) > most):
                raise _NOT_SURE
            return value
        return text
    if tp is bool and longest is None:
        def flag(value: Any) -> Any:
            if type(value) is not bool:
                raise _NOT_SURE
            return value
        return flag
    if isinstance(tp, type) and issubclass(tp, enum.Enum) and not meta:
        if not all(type(m.value) is str for m in tp):
            raise _NoQuickCheck(f"{tp!r} has values that are not text")
        by_value: dict[str, enum.Enum] = {m.value: m for m in tp}

        def one_of(value: Any) -> Any:
            if type(value) is not str or value not in by_value:
                raise _NOT_SURE
            return by_value[value]
        return one_of
    if isinstance(tp, type) and issubclass(tp, BaseModel) and not meta:
        return _quick_model(tp)
    raise _NoQuickCheck(f"no quick check for {tp!r} ({meta!r})")


def _quick_model(model: type[BaseModel], *, record: bool = False) -> _Check:
    """A check for an object of ``model`` (a record, whose ``kind`` has already chosen the
    model, or a part of one), building the dataclass the model stands for."""
    config = model.model_config
    if config.get("extra") != "forbid" or config.get("validate_default") is not False:
        raise _NoQuickCheck(f"{model.__name__} is not configured as the quick check expects")
    target = _DATACLASS_OF[model]
    fields = model.model_fields
    names = [name for name in fields if not (record and name == "kind")]
    checks = tuple((name, _quick(fields[name].annotation, fields[name].metadata))
                   for name in names)
    required = frozenset(name for name in fields if fields[name].is_required())
    defaults: list[tuple[str, Any, Callable[[], Any] | None]] = []
    for name in names:
        if name in required:
            continue
        factory = typing.cast(Callable[[], Any] | None, fields[name].default_factory)
        if factory is None and fields[name].default is PydanticUndefined:
            raise _NoQuickCheck(f"{model.__name__}.{name} has no default")
        defaults.append((name, fields[name].default, factory))
    allowed = frozenset(fields)
    every = len(allowed)

    def an_object(value: Any) -> Any:
        if type(value) is not dict or not required <= value.keys() <= allowed:
            raise _NOT_SURE
        if len(value) == every:
            # Every field given (what a laptop sends): no field to look for, none defaulted.
            return target(**{name: check(value[name]) for name, check in checks})
        given: dict[str, Any] = {}
        for name, check in checks:
            if name in value:
                given[name] = check(value[name])
        for name, default, factory in defaults:
            if name not in given:
                given[name] = factory() if factory is not None else default
        return target(**given)
    return an_object


@cache
def _quick_check(kind: str) -> _Check | None:
    try:
        return _quick_model(record_model(kind), record=True)
    except _NoQuickCheck:
        return None


def build_checks() -> None:
    """Build every kind's model and quick check now. Each is otherwise built the first time
    a record of its kind is checked, which takes a few milliseconds a kind: for a process
    about to serve, whose first requests would wait for it."""
    for kind in RECORD_KINDS:
        _quick_check(kind)


def quick_decode(data: Any) -> Record | None:
    """The record ``data`` describes when every field of it passes the kind's quick check;
    None when the quick check is not sure (``decode_by_model`` then decides)."""
    if type(data) is not dict:
        return None
    kind = data.get("kind")
    if type(kind) is not str or kind not in RECORD_KINDS:
        return None
    check = _quick_check(kind)
    if check is None:
        return None
    try:
        record: Record = check(data)
    except _NotSure:
        return None
    return record


# --------------------------------------------------------------------------- record level


def expected_rev(record: Document) -> str:
    """The revision id this document's content and parents give."""
    # The content hash leaves the revision id out: a document's own text id (what decoding
    # gives) needs no blanking first; anything else is blanked as before.
    blank = record if type(record.rev) is str else dataclasses.replace(record, rev="")
    return make_rev(codec.content_hash(blank), record.base_rev, record.merge_rev)


def record_problems(record: Record, path: str = "$") -> list[RecordProblem]:
    """What a decoded record lacks to be stored: its stamps, and consistency between fields."""
    found: list[RecordProblem] = []
    for name in STAMPS:
        if not getattr(record, name):
            found.append(RecordProblem(f"{path}.{name}", "is missing"))
    if isinstance(record, Child) and record.child_id != record.id:
        found.append(RecordProblem(f"{path}.child_id", "a child's child_id must be its own id"))
    if isinstance(record, TeamLink):
        found += _team_link_problems(record, path)
    if isinstance(record, TeamContext):
        found += _team_context_problems(record, path)
    if isinstance(record, Document):
        if not record.rev:
            found.append(RecordProblem(f"{path}.rev", "is missing"))
        elif record.rev in (record.base_rev, record.merge_rev):
            found.append(RecordProblem(f"{path}.rev", "a revision cannot be its own parent"))
        else:
            expected = expected_rev(record)
            if record.rev != expected:
                found.append(RecordProblem(
                    f"{path}.rev", f"the revision id does not match the record's content "
                                 f"(expected {expected})"))
        if record.merge_rev and not record.base_rev:
            found.append(RecordProblem(f"{path}.base_rev", "a merge needs both parents"))
        if record.merge_rev and record.merge_rev == record.base_rev:
            found.append(RecordProblem(f"{path}.merge_rev", "a merge needs two different parents"))
    if isinstance(record, Entry):
        if record.corrects_id == record.id:
            found.append(RecordProblem(f"{path}.corrects_id", "an entry cannot correct itself"))
        if record.retracted and not record.corrects_id:
            found.append(RecordProblem(f"{path}.retracted",
                                       "a retraction must name the entry it withdraws "
                                       "(corrects_id)"))
    return found


def team_children(record: Record) -> frozenset[str]:
    """Every child a team-level record names (the hub checks each is on the team's
    caseloads); a child's own record names only its child."""
    if isinstance(record, TeamLink):
        return frozenset({record.first_child, record.second_child})
    if isinstance(record, TeamContext):
        return frozenset({record.child_id, *record.children})
    return frozenset({record.child_id})


def _team_context_problems(context: TeamContext, path: str) -> list[RecordProblem]:
    found: list[RecordProblem] = []
    if not context.children or context.child_id != context.children[0]:
        found.append(RecordProblem(f"{path}.child_id", "a team context's child_id must be the "
                                                       "first of its children"))
    if len(set(context.children)) < 2 or len(set(context.children)) != len(context.children):
        found.append(RecordProblem(f"{path}.children", "a team context joins two or more "
                                                       "different children"))
    if len(set(context.context_records)) < 2:
        found.append(RecordProblem(f"{path}.context_records", "a team context joins two or "
                                                              "more places or groups"))
    for i, rid in enumerate((*context.children, *context.context_records)):
        if not _UUID_RE.match(rid):
            found.append(RecordProblem(f"{path}.children[{i}]" if i < len(context.children)
                                       else f"{path}.context_records[{i - len(context.children)}]",
                                       "is not a record id"))
    if not context.title.strip():
        found.append(RecordProblem(f"{path}.title", "give the place or group a name"))
    return found


def _team_link_problems(link: TeamLink, path: str) -> list[RecordProblem]:
    found: list[RecordProblem] = []
    if link.child_id != link.first_child:
        found.append(RecordProblem(f"{path}.child_id", "a team link's child_id must be its "
                                                       "first_child"))
    if link.first_child == link.second_child:
        found.append(RecordProblem(f"{path}.second_child", "a team link joins two different "
                                                           "children"))
    if link.first_record >= link.second_record:
        found.append(RecordProblem(f"{path}.second_record", "a team link names its records in "
                                                            "order, and two different ones"))
    if not link.decided_by.strip():
        found.append(RecordProblem(f"{path}.decided_by", "say who decided"))
    if link.decided_at is None:
        found.append(RecordProblem(f"{path}.decided_at", "say when it was decided"))
    if not link.reason.strip():
        found.append(RecordProblem(f"{path}.reason", "say why"))
    return found


def validate(data: Any, path: str = "$") -> Record:
    """``decode`` and ``record_problems`` together: the record, or RecordRefused."""
    record = decode(data, path)
    problems = record_problems(record, path)
    if problems:
        raise RecordRefused(problems)
    return record


# --------------------------------------------------------------------------- batch level


class Holdings(Protocol):
    """What a store already holds, as the batch check asks for it. ``place`` ends the sentence
    "no visit with id ..." ("in the file or the vault", "on the hub or in this push")."""

    place: str

    def owners(self, kind: str, ids: Collection[str]) -> Mapping[str, str]:
        """For each of ``ids`` held as a record of ``kind``: the child it belongs to."""
        ...

    def revisions(self, kind: str, ids: Collection[str]) -> Mapping[str, Collection[str]]:
        """For each of ``ids`` held as a document of ``kind``: the revisions held."""
        ...


_LINK_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _link_fields(cls: type[Record]) -> tuple[tuple[str, str], ...]:
    """The ``LINKS`` a record of ``cls`` can have: those it has as a field or attribute."""
    found = _LINK_FIELDS.get(cls)
    if found is None:
        names = {f.name for f in dataclasses.fields(cls)}
        found = _LINK_FIELDS[cls] = tuple((name, kind) for name, kind in LINKS.items()
                                          if name in names or hasattr(cls, name))
    return found


def _links_of(record: Record) -> Iterable[tuple[str, str, str]]:
    """(field, kind of the target, target id) for every record this one names."""
    if not isinstance(record, Child):
        yield "child_id", Child.KIND, record.child_id
    if isinstance(record, Entry) and record.corrects_id:
        yield "corrects_id", record.KIND, record.corrects_id
    for name, kind in _link_fields(type(record)):
        target = getattr(record, name, None)
        if target:
            yield name, kind, target


def named_records(records: Sequence[Record]) -> dict[str, set[str]]:
    """Each kind's ids that ``link_problems`` asks a ``Holdings`` about for ``records``: the
    records themselves and every record they name (so a holdings can read them at once)."""
    wanted: dict[str, set[str]] = {}
    for record in records:
        for _name, kind, target in _links_of(record):
            wanted.setdefault(kind, set()).add(target)
        wanted.setdefault(record.KIND, set()).add(record.id)
    return wanted


def link_problems(records: Sequence[Record], held: Holdings, *, refused: Collection[str] = (),
                  where: Callable[[int], str] = lambda _i: "$",
                  ) -> dict[int, list[RecordProblem]]:
    """For each record (by index) whose references do not hold, every way they fail.

    A target may be held already or be another record of ``records`` that passes; ``refused``
    names ids refused for other reasons, so a record naming one is told so. A record refused
    here takes the records naming it with it (checked again until nothing changes).
    ``where(index)`` gives each record's JSON path for the message."""
    found: dict[int, list[RecordProblem]] = {}
    refused_ids = set(refused)
    wanted = named_records(records)
    owners = {kind: dict(held.owners(kind, ids)) for kind, ids in wanted.items()}
    documents = {record.KIND for record in records if isinstance(record, Document)}
    held_revs = {kind: {k: set(v) for k, v in held.revisions(kind, wanted[kind]).items()}
                 for kind in documents}
    while True:
        in_batch: dict[str, dict[str, str]] = {}
        batch_revs: dict[tuple[str, str], set[str]] = {}
        for index, record in enumerate(records):
            if index in found:
                continue
            in_batch.setdefault(record.KIND, {})[record.id] = record.child_id
            if isinstance(record, Document):
                batch_revs.setdefault((record.KIND, record.id), set()).add(record.rev)
        before = len(found)
        for index, record in enumerate(records):
            if index in found:
                continue
            problems = [RecordProblem(f"{where(index)}.{name}", message) for name, message in
                        _link_problems_of(record, owners, in_batch, held_revs, batch_revs,
                                          refused_ids, held.place)]
            if problems:
                found[index] = problems
        if len(found) == before:
            return found
        refused_ids |= {records[i].id for i in found}


def _link_problems_of(record: Record, owners: dict[str, dict[str, str]],
                      in_batch: dict[str, dict[str, str]],
                      held_revs: dict[str, dict[str, set[str]]],
                      batch_revs: dict[tuple[str, str], set[str]], refused: set[str],
                      place: str) -> Iterable[tuple[str, str]]:
    own = owners.get(record.KIND, {}).get(record.id)
    if own is not None and own != record.child_id:
        yield "child_id", f"this {_word(record.KIND)} already belongs to another child"
    for name, kind, target in _links_of(record):
        owner = in_batch.get(kind, {}).get(target) or owners.get(kind, {}).get(target)
        word = _word(kind)
        if owner is None:
            if target in refused:
                yield name, f"names the {word} {target}, which was itself refused"
            else:
                yield name, f"no {word} with id {target} {place}"
        elif name != "child_id" and owner != record.child_id:
            yield name, f"the {word} {target} belongs to a different child"
    if isinstance(record, Document):
        for name in ("base_rev", "merge_rev"):
            parent = getattr(record, name)
            if parent and parent not in held_revs.get(record.KIND, {}).get(record.id, set()) \
                    and parent not in batch_revs.get((record.KIND, record.id), set()):
                word = _word(record.KIND)
                if record.id in refused:  # another revision of it was refused
                    yield name, f"names revision {parent} of this {word}, which was itself refused"
                else:
                    yield name, f"revision {parent} of this {word} is not {place}"


def dependency_order(records: Sequence[Record]) -> list[int]:
    """Indexes of ``records`` in an order where each comes after the records of the batch it
    names (its child, what it refers to or corrects, a revision's parents), otherwise in the
    order given. Sending in this order means no record ever arrives before what it names."""
    where: dict[tuple[str, str], list[int]] = {}
    revisions: dict[tuple[str, str, str], int] = {}
    for index, record in enumerate(records):
        where.setdefault((record.KIND, record.id), []).append(index)
        if isinstance(record, Document):
            revisions[(record.KIND, record.id, record.rev)] = index
    needs: list[set[int]] = []
    for index, record in enumerate(records):
        before: set[int] = set()
        for _name, kind, target in _links_of(record):
            before.update(where.get((kind, target), ()))
        if isinstance(record, Document):
            for parent in (record.base_rev, record.merge_rev):
                found = revisions.get((record.KIND, record.id, parent or ""))
                if parent and found is not None:
                    before.add(found)
        before.discard(index)
        needs.append(before)
    order: list[int] = []
    placed: set[int] = set()
    remaining = list(range(len(records)))
    while remaining:
        ready = [i for i in remaining if needs[i] <= placed]
        if not ready:  # a loop (not made by directwork): keep the given order for the rest
            ready = remaining
        order += ready
        placed.update(ready)
        remaining = [i for i in remaining if i not in placed]
    return order


def _word(kind: str) -> str:
    return kind.replace("_", " ")
