"""The JSON form of a record with its defaults left out, worked out the plain way: every
field of every value walked, nothing kept between calls. The reference that
``codec._without_defaults`` (and so the content hash) is held to, by the tests and by the
push check's benchmark."""

from __future__ import annotations

import dataclasses
from typing import Any

from directwork.domain import codec


def walked(value: Any) -> Any:
    """The form as it was worked out before: every value walked."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.default is not dataclasses.MISSING and item == f.default:
                continue
            if f.default_factory is not dataclasses.MISSING and item == f.default_factory():
                continue
            out[f.name] = walked(item)
        return out
    if isinstance(value, list | tuple):
        return [walked(v) for v in value]
    if isinstance(value, dict):
        return {str(k): walked(v) for k, v in value.items()}
    return codec.to_jsonable(value)
