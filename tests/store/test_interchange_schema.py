"""The committed interchange schema is the one the record dataclasses produce."""

from __future__ import annotations

import dataclasses
import json

import jsonschema

from directwork.domain.records import RECORD_KINDS, TEAM_KINDS
from directwork.paths import resource_path
from directwork.store.interchange_schema import build_schema, schema_text


def test_committed_schema_equals_what_the_generator_produces() -> None:
    committed = resource_path("schema", "directwork-interchange.schema.json").read_text("utf-8")
    assert committed == schema_text(), (
        "resources/schema/directwork-interchange.schema.json is out of date: run "
        "python -m directwork.store.interchange_schema > resources/schema/directwork-interchange.schema.json"
    )


def test_schema_is_valid_draft_2020_12_and_covers_every_field_of_every_kind() -> None:
    schema = build_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    # Team links are the team's, not a child's: never in a child's exported records.
    for kind, cls in RECORD_KINDS.items():
        if cls in TEAM_KINDS:
            assert cls.__name__ not in schema["$defs"]
            continue
        props = schema["$defs"][cls.__name__]["properties"]
        assert props["kind"]["const"] == kind
        assert set(props) == {"kind"} | {f.name for f in dataclasses.fields(cls)}
    assert json.loads(schema_text()) == schema
