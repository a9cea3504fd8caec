"""The interchange format's JSON Schema, generated from the one strict record schema.

The models that check every record (``domain.validation``: generated from the record
dataclasses, with their limits) produce this schema too, so the documented format cannot drift
from what the app, the hub and an import enforce. The committed copy lives in
resources/schema/directwork-interchange.schema.json; a test checks it equals what this module
makes:

    python -m directwork.store.interchange_schema > resources/schema/directwork-interchange.schema.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
import typing
from functools import cache
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, Strict, TypeAdapter

from directwork.domain.codec import to_jsonable
from directwork.domain.records import DOCUMENT_KINDS, ENTRY_KINDS, RECORD_KINDS, TEAM_KINDS
from directwork.domain.validation import (
    Moment,
    RecordId,
    ShortText,
    part_model,
    record_model,
)

FORMAT = "directwork-interchange"
VERSION = 1
SCHEMA_ID = "https://directwork.example/schema/directwork-interchange.schema.json"
MAX_LABEL = 1_000

COMMON_NOTES: dict[str, str] = {
    "kind": "Which kind of record this is.",
    "id": "The record's UUID (UUIDv7 when made by directwork). Required: it is how a record is "
          "recognised when it arrives twice.",
    "child_id": "The UUID of the child this record belongs to. For a child record, its own id "
                "(may be left out there).",
    "created_at": "When the record (for a document: its first revision) was made. Date-time with "
                  "offset. Every stored record has it; left out on import: the time of the "
                  "import.",
    "updated_at": "When this entry or revision was saved. Every stored record has it; left out "
                  "on import: created_at.",
    "created_by": "The practitioner id of whoever saved it. Every stored record has it; left "
                  "out on import: the importing practitioner.",
    "device_id": "The device it was saved on. Every stored record has it; left out on import: "
                 "this device.",
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



Label = Annotated[str, Strict(), Field(max_length=MAX_LABEL)]


class ExportedBy(BaseModel):
    """Who or what made the file."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, Label] = Field(init=False)

    practitioner_id: ShortText = ""
    practitioner_name: Label = ""
    device_id: ShortText = ""
    system: Label = ""


class Envelope(BaseModel):
    """The file around the records (checked before the records, each on its own)."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["directwork-interchange"]
    version: Literal[1] = Field(description="The format's version.")
    exported_at: Moment | None = Field(default=None, description="When the file was made.")
    exported_by: ExportedBy | None = Field(default=None, description="Who or what made the file.")
    child_id: RecordId | None = Field(
        default=None, description="Present when the file holds one child's whole record.")
    records: list[Any]


def _file_model() -> type[BaseModel]:
    kinds = tuple(record_model(cls.KIND) for cls in DOCUMENT_KINDS + ENTRY_KINDS)
    record = Annotated[Union[kinds], Field(discriminator="kind")]  # type: ignore[valid-type]  # noqa: UP007

    class InterchangeFile(Envelope):
        records: list[record]

    return InterchangeFile


def _plain(node: Any, *, properties: bool = False) -> Any:
    """The schema without pydantic's generated titles (a property *named* title stays)."""
    if isinstance(node, dict):
        if properties:
            return {k: _plain(v) for k, v in node.items()}
        return {k: _plain(v, properties=k in ("properties", "$defs"))
                for k, v in node.items() if not (k == "title" and isinstance(v, str))}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _describe(defs: dict[str, Any]) -> None:
    """Each record and field's description, and the default of every field that has one (a
    revision id leaves out every field at its default, so another system needs them)."""
    records = {cls.__name__: cls for cls in RECORD_KINDS.values()}
    classes: dict[str, type] = {**{c.__name__: c for c in _part_classes()}, **records}
    for name, schema in defs.items():
        cls = classes.get(name)
        if cls is None:
            continue
        props = schema.get("properties", {})
        if name in records:
            kind_word = "A versioned document" if records[name].VERSIONED else \
                "An append-only entry"
            doc = schema.get("description", "")
            schema["description"] = (f'{kind_word} (kind "{records[name].KIND}").'
                                     + (f" {doc}" if doc else ""))
            props["kind"]["description"] = COMMON_NOTES["kind"]
        for f in dataclasses.fields(cls):
            prop = props[f.name]
            note = FIELD_NOTES.get(f"{name}.{f.name}") or (
                COMMON_NOTES.get(f.name) if name in records else None)
            if note:
                prop["description"] = note
            if f.default_factory is not dataclasses.MISSING and "default" not in prop:
                prop["default"] = to_jsonable(f.default_factory())


@cache
def _part_classes() -> tuple[type, ...]:
    """The nested parts of records (Worry, PlanAction...), each with its own model."""
    found: dict[str, type] = {}

    def visit(tp: Any) -> None:
        for arg in typing.get_args(tp):
            visit(arg)
        if isinstance(tp, type) and dataclasses.is_dataclass(tp) and tp.__name__ not in found:
            found[tp.__name__] = tp
            for hint in typing.get_type_hints(tp).values():
                visit(hint)

    # The team's own records are never in a child's file, nor are their parts.
    for cls in RECORD_KINDS.values():
        if cls in TEAM_KINDS:
            continue
        for hint in typing.get_type_hints(cls).values():
            visit(hint)
    return tuple(found.values())


def build_schema() -> dict[str, Any]:
    """The whole interchange schema as a dict (draft 2020-12)."""
    for cls in _part_classes():
        part_model(cls)
    generated = TypeAdapter(_file_model()).json_schema(ref_template="#/$defs/{model}")
    schema = _plain(generated)
    defs = schema.pop("$defs")
    _describe(defs)
    properties = schema["properties"]
    properties["format"]["description"] = 'Always "directwork-interchange".'
    properties["exported_by"] = {"description": "Who or what made the file.",
                                 **properties["exported_by"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "directwork interchange file",
        "description": (
            "Records about children, for bringing them into directwork from another system and "
            "for a child's whole record (subject access request). Entries are append-only; "
            "documents are versioned, one record per revision. Every limit here (lengths, "
            "0-10 scales, drawing sizes, times within 1900-2200) is the one the app, the team "
            "hub and an import enforce. See docs/interchange.md."
        ),
        **{k: v for k, v in schema.items() if k not in ("description",)},
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(schema_text())
