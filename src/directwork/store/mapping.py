"""Rows to domain records and back. Column names equal field names (store.schema)."""

from __future__ import annotations

import dataclasses
import enum
from types import UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

from directwork.domain import codec
from directwork.domain.records import Record, kind_of
from directwork.store.schema import ROW_FOR_KIND

R = TypeVar("R", bound=Record)
# How a field's value moves between record and row: as it is, as its enum's value, or as JSON.
Conversion = Literal["plain", "enum", "json"]
FieldPlan = list[tuple[str, Any, Conversion]]


def row_class(kind: str) -> type[Any]:
    return ROW_FOR_KIND[kind]


def _strip_optional(tp: Any) -> Any:
    if get_origin(tp) in (Union, UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


# A dict, not functools.cache: mypy refuses a class object as a cache key (see codec._hints).
_PLANS: dict[type[Record], FieldPlan] = {}


def _plan(cls: type[Record]) -> FieldPlan:
    """For each field: (name, type hint, how to convert), worked out once per class."""
    plan = _PLANS.get(cls)
    if plan is not None:
        return plan
    hints = codec._hints(cls)
    plan = []
    for f in dataclasses.fields(cls):
        tp = hints[f.name]
        core = _strip_optional(tp)
        how: Conversion
        if isinstance(core, type) and issubclass(core, enum.Enum):
            how = "enum"
        elif get_origin(core) in (list, dict):
            how = "json"
        else:
            how = "plain"
        plan.append((f.name, tp, how))
    _PLANS[cls] = plan
    return plan


def to_row(record: Record, *, is_head: bool = True) -> Any:
    cls = row_class(record.KIND)
    values: dict[str, Any] = {}
    for name, _tp, how in _plan(type(record)):
        value = getattr(record, name)
        if how == "enum":
            value = value.value if isinstance(value, enum.Enum) else value
        elif how == "json":
            value = codec.to_jsonable(value)
        values[name] = value
    if record.VERSIONED:
        values["is_head"] = is_head
    return cls(**values)


def from_row(kind: str, row: Any) -> Record:
    """The record of kind ``kind`` that ``row`` holds."""
    return record_from_row(kind_of(kind), row)


def record_from_row(cls: type[R], row: Any) -> R:
    """The ``cls`` record that ``row`` holds (a row of ``cls``'s own table)."""
    values: dict[str, Any] = {}
    for name, tp, how in _plan(cls):
        value = getattr(row, name)
        if how != "plain" and value is not None:
            value = codec._decode(tp, value, f"$.{name}")
        values[name] = value
    return cls(**values)
