"""The interchange format's JSON Schema, generated from the record dataclasses.

The committed copy lives in resources/schema/directwork-interchange.schema.json; a test checks
it equals what this module makes, so the documented format cannot drift from the records.

    python -m directwork.store.interchange_schema > resources/schema/directwork-interchange.schema.json
"""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
import types
import typing
from datetime import date, datetime
from typing import Any, get_args, get_origin

from directwork.domain.codec import to_jsonable
from directwork.domain.records import DOCUMENT_KINDS, ENTRY_KINDS, Record

FORMAT = "directwork-interchange"
VERSION = 1
SCHEMA_ID = "https://directwork.example/schema/directwork-interchange.schema.json"

# Free text may be long (a child's own account), but not unbounded: a hostile or broken file
# must not be able to fill the vault with one field.
MAX_TEXT = 100_000
MAX_SHORT = 64
# A drawing from the pad is well under a megabyte; 10 MB of PNG leaves ample room.
MAX_PNG_BASE64 = 14_000_000
MAX_ITEMS = 1_000
# What each field of bytes holds (everything else of bytes is a drawing's PNG).
MEDIA_TYPES = {("Recording", "audio"): "audio/wav"}

DATE_TIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$"
BASE64_PATTERN = r"^[A-Za-z0-9+/]*={0,2}$"

# Fields holding the id of another record (UUIDs); everything else called *_id is free text.
REFERENCE_FIELDS = frozenset({
    "id", "child_id", "corrects_id", "visit_id", "drawing_id", "recording_id", "decision_id",
    "key_moment_id",
    "plan_id", "concern_id",
})
_RECORD_NAMES = frozenset(cls.__name__ for cls in DOCUMENT_KINDS + ENTRY_KINDS)
SHORT_FIELDS = frozenset({"created_by", "device_id", "rev", "base_rev", "merge_rev", "plan_rev",
                          "practitioner_id"})
# Whole-number answers on the 0-10 scale ("how safe do you feel right now?").
SCALE_FIELDS = {("VoiceEntry", "scale"), ("Scaling", "score")}

COMMON_NOTES: dict[str, str] = {
    "kind": "Which kind of record this is.",
    "id": "The record's UUID (UUIDv7 when made by directwork). Required: it is how a record is "
          "recognised when it arrives twice.",
    "child_id": "The UUID of the child this record belongs to. For a child record, its own id "
                "(may be left out there).",
    "created_at": "When the record (for a document: its first revision) was made. Date-time with "
                  "offset. Left out on import: the time of the import.",
    "updated_at": "When this entry or revision was saved. Left out on import: created_at.",
    "created_by": "The practitioner id of whoever saved it. Left out on import: the importing "
                  "practitioner.",
    "device_id": "The device it was saved on. Left out on import: this device.",
    "corrects_id": "Entries only: the id of the entry (same kind, same child) this one corrects. "
                   "The corrected entry stays in the record but is no longer shown as current.",
    "retracted": "Entries only: true when this entry withdraws the one named in corrects_id.",
    "rev": "Documents only: this revision's id, \"<n>-<hash>\" computed from the content and the "
           "parents. Left out on import: computed. When given it must match the content.",
    "base_rev": "Documents only: the revision this one was edited from; null for the first.",
    "merge_rev": "Documents only: the second parent when this revision merges two versions.",
    "deleted": "Documents only: true for a tombstone revision (the document was deleted; its "
               "history stays).",
}

FIELD_NOTES: dict[str, str] = {
    "Child.legal_status": "Legal or care status in words (for example \"looked after, s.20\").",
    "Child.welsh_preference": "Whether the child and family want to work in Welsh (asked at first "
                              "contact in Wales).",
    "Child.about_me": "About me, in the child's own words.",
    "Child.house_names": "The child's own names for things (tool name -> their word), e.g. the "
                         "Three Houses.",
    "Child.practitioner_id": "The practitioner whose caseload the child is on.",
    "Person.child_view": "What the child thinks of this person.",
    "Person.child_view_words": "The child's view, in their words.",
    "Person.worker_view": "What the practitioner thinks of this person.",
    "Person.of_concern": "A person of concern: never shown to the child or carers.",
    "Person.withheld": "Marked by the practitioner as withheld from child and carer outputs.",
    "Person.contact_restriction": "Any court order or arrangement restricting contact.",
    "Context.restricted": "Restricted visibility (a place or group of concern): never shown to "
                          "the child or carers.",
    "Context.change_first": "The context that must change first.",
    "SafetyPlan.worries": "What we are worried about: at most three statements in plain words, "
                          "including ones the family disputes.",
    "SafetyPlan.goals": "Safety goals, one per worry (worry_id), phrased positively, with how "
                        "long change must last.",
    "SafetyPlan.actions": "Who will do what, with which agency, by when. A plan cannot be agreed "
                          "while an action has no owner.",
    "SafetyPlan.child_section": "The child's own section, in their words.",
    "SafetyPlan.scores": "Everyone's 0-10 answers to \"how safe is ... right now?\".",
    "SafetyPlan.agreements": "Who agreed the plan and when.",
    "SafetyPlan.practitioner_notes": "Practitioner only: never printed for the child or carers.",
    "Worry.id": "Names this worry within the plan (any text, kept from revision to revision).",
    "SafetyGoal.id": "Names this goal within the plan.",
    "SafetyGoal.worry_id": "The id of the worry this goal answers.",
    "PlanAction.id": "Names this action within the plan.",
    "Worry.disputed": "True when the family does not accept this worry (it stays on the plan).",
    "Agreement.role": "child, carer, agency or practitioner.",
    "Visit.present": "Who was there.",
    "Visit.tools": "Tools used, e.g. Three Houses, scaling.",
    "Concern.told": "Who was told about the concern.",
    "Concern.response_due": "When a response is due; unanswered concerns climb the escalation "
                            "ladder.",
    "Concern.child_told": "Whether the child was told the outcome (null: not yet recorded).",
    "Concern.carers_told": "Whether the carers were told the outcome (null: not yet recorded).",
    "Referral.concern_id": "The concern this referral came from, if any.",
    "SummaryGiven.withheld": "What the copy left out, by kind (person, place, number, email, "
                             "left_out, close...): counts only, never the words.",
    "Referral.ack_due": "When an acknowledgement is expected (children's social care: 1 working "
                        "day).",
    "VoiceEntry.verbatim": "True when the text is exactly what was said; false when paraphrased.",
    "VoiceEntry.drawing_id": "A drawing (same child) that goes with these words.",
    "VoiceEntry.scale": "An optional 0-10 scaling answer.",
    "VoiceEntry.shared_with": "Who the speaker agreed may see this besides themselves (the "
                              "speaker always sees their own words unless kept_from_speaker).",
    "VoiceEntry.kept_from_speaker": "True when the practitioner keeps these words from the person "
                                    "who said them; kept_reason must then say why.",
    "VoiceEntry.kept_reason": "Why the words are kept from the speaker.",
    "VoiceEntry.change_reason": "Why this version replaced the one named in corrects_id.",
    "VoiceEntry.changed_by_name": "Who made this version, in words.",
    "Drawing.png": "The drawing as a PNG image, base64-encoded.",
    "VoiceEntry.recording_id": "The speaker's own recorded voice (same child); text is then "
                               "what the practitioner typed of what was said.",
    "Recording.audio": "The recording as a 16-bit mono WAV file, base64-encoded (at most 3 "
                       "minutes).",
    "Recording.duration_ms": "How long the recording is, in milliseconds.",
    "PictureChoice.item": "Which item of the plan: its kind, then a digest of its id or words "
                          "(domain/pictures.py).",
    "PictureChoice.picture": "The picture's name (a file in resources/icons/items/).",
    "LevelSignOff.decision_id": "The safety level decision being signed off.",
    "KeyMoment.returned_at": "For a missing episode: when the child came back (starts the 72-hour "
                             "return interview clock).",
    "KeyMoment.response": "The response the key moment requires, in words.",
    "KeyMomentResponse.key_moment_id": "The key moment this responds to.",
    "KeyMomentResponse.reason": "Why the response was not done, when outcome is not_done.",
    "Review.agency_inputs": "Input from each agency.",
    "Review.new_level": "The safety and wellbeing level after the review.",
    "EscalationStep.step": "The rung of the escalation ladder (1 = practitioner discussion).",
    "InformationSharing.shared": "False records a decision not to share, with the reason in why.",
    "InformationSharing.basis": "The lawful basis for sharing (or not).",
    "CoReviewResponse.plan_rev": "The revision of the plan the child or carer was shown.",
}


def _strip_optional(tp: Any) -> tuple[Any, bool]:
    if get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return args[0], len(args) != len(get_args(tp))
    return tp, False


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def _field_schema(owner: str, name: str, tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    core, optional = _strip_optional(tp)
    schema = _type_schema(owner, name, core, defs)
    return _nullable(schema) if optional else schema


def _type_schema(owner: str, name: str, tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin is list:
        (item,) = get_args(tp)
        return {"type": "array", "maxItems": MAX_ITEMS,
                "items": _type_schema(owner, name, item, defs)}
    if origin is dict:
        _, value = get_args(tp)
        return {"type": "object", "maxProperties": MAX_ITEMS,
                "additionalProperties": _type_schema(owner, name, value, defs)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if tp is datetime:
        return {"type": "string", "format": "date-time", "pattern": DATE_TIME_PATTERN}
    if tp is date:
        return {"type": "string", "format": "date"}
    if tp is bytes:
        media = MEDIA_TYPES.get((owner, name), "image/png")
        return {"type": "string", "contentEncoding": "base64", "contentMediaType": media,
                "maxLength": MAX_PNG_BASE64, "pattern": BASE64_PATTERN}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        if (owner, name) in SCALE_FIELDS:
            return {"type": "integer", "minimum": 0, "maximum": 10}
        return {"type": "integer", "minimum": 0, "maximum": 1_000_000}
    if tp is str:
        if name in REFERENCE_FIELDS and owner in _RECORD_NAMES:
            return {"type": "string", "format": "uuid"}
        if name in SHORT_FIELDS or name in ("id", "worry_id"):
            return {"type": "string", "maxLength": MAX_SHORT}
        return {"type": "string", "maxLength": MAX_TEXT}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        defs.setdefault(tp.__name__, _part_schema(tp, defs))
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no schema for {owner}.{name}: {tp!r}")


def _describe(owner: str, name: str, schema: dict[str, Any]) -> dict[str, Any]:
    note = FIELD_NOTES.get(f"{owner}.{name}")
    if not note and owner in _RECORD_NAMES:
        note = COMMON_NOTES.get(name)
    if not note:
        return schema
    if "$ref" in schema:  # keywords beside $ref are allowed in 2020-12, but keep refs plain
        return {"description": note, "allOf": [schema]}
    return {"description": note, **schema}


def _with_default(f: dataclasses.Field[Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The field's default, stated: a field left out takes it, and a revision id leaves out
    every field at its default (docs/interchange.md), so another system needs to know them."""
    if f.default is not dataclasses.MISSING:
        value = f.default
    elif f.default_factory is not dataclasses.MISSING:
        value = f.default_factory()
    else:
        return schema
    return {**schema, "default": to_jsonable(value)}


def _part_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """A nested part of a record (a worry, an action, an agreement...)."""
    hints = typing.get_type_hints(cls)
    props = {f.name: _with_default(f, _describe(cls.__name__, f.name,
                                                _field_schema(cls.__name__, f.name, hints[f.name], defs)))
             for f in dataclasses.fields(cls)}
    schema: dict[str, Any] = {"type": "object", "additionalProperties": False,
                              "properties": props}
    if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
        schema = {"description": " ".join(cls.__doc__.split()), **schema}
    return schema


def _record_schema(cls: type[Record], defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {"kind": {"description": COMMON_NOTES["kind"], "const": cls.KIND}}
    for f in dataclasses.fields(cls):
        props[f.name] = _describe(cls.__name__, f.name,
                                  _field_schema(cls.__name__, f.name, hints[f.name], defs))
        if f.name not in ("id", "child_id"):  # required in practice: no default to state
            props[f.name] = _with_default(f, props[f.name])
    required = ["kind", "id"] if cls.KIND == "child" else ["kind", "id", "child_id"]
    kind_word = "A versioned document" if cls.VERSIONED else "An append-only entry"
    doc = " ".join((cls.__doc__ or "").split())
    if doc.startswith(cls.__name__ + "("):  # dataclass's generated signature, not a docstring
        doc = ""
    description = f"{kind_word} (kind \"{cls.KIND}\")." + (f" {doc}" if doc else "")
    return {"description": description, "type": "object", "additionalProperties": False,
            "required": required, "properties": props}


def build_schema() -> dict[str, Any]:
    """The whole interchange schema as a dict (draft 2020-12)."""
    defs: dict[str, Any] = {}
    record_refs = []
    for cls in DOCUMENT_KINDS + ENTRY_KINDS:
        defs[cls.__name__] = _record_schema(cls, defs)
        record_refs.append({
            "if": {"properties": {"kind": {"const": cls.KIND}}, "required": ["kind"]},
            "then": {"$ref": f"#/$defs/{cls.__name__}"},
        })
    kinds = [cls.KIND for cls in DOCUMENT_KINDS + ENTRY_KINDS]
    defs["Record"] = {
        "description": "One record: an append-only entry, or one revision of a versioned "
                       "document. `kind` says which; every record carries its `id`.",
        "type": "object",
        "required": ["kind", "id"],
        "properties": {"kind": {"enum": kinds}},
        "allOf": record_refs,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "directwork interchange file",
        "description": (
            "Records about children, for bringing them into directwork from another system and "
            "for a child's whole record (subject access request). Entries are append-only; "
            "documents are versioned, one record per revision. See docs/interchange.md."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "records"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION, "description": "The format's version."},
            "exported_at": {"description": "When the file was made.", "type": "string",
                            "format": "date-time", "pattern": DATE_TIME_PATTERN},
            "exported_by": {
                "description": "Who or what made the file.",
                "type": "object",
                "properties": {
                    "practitioner_id": {"type": "string", "maxLength": MAX_SHORT},
                    "practitioner_name": {"type": "string", "maxLength": 1000},
                    "device_id": {"type": "string", "maxLength": MAX_SHORT},
                    "system": {"type": "string", "maxLength": 1000},
                },
                "additionalProperties": {"type": "string", "maxLength": 1000},
            },
            "child_id": {"description": "Present when the file holds one child's whole record.",
                         "type": "string", "format": "uuid"},
            "records": {"type": "array", "items": {"$ref": "#/$defs/Record"}},
        },
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(schema_text())
