"""One child's case with a marker string in every place the redaction policy withholds, and
helpers that read a PDF's text back."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime

from pypdf import PdfReader

from directwork.domain.records import (
    AgencyInvolvement,
    AgencyPlanType,
    Agreement,
    Audience,
    Child,
    Concern,
    Context,
    ContextType,
    Contingency,
    Drawing,
    Person,
    PersonRole,
    PlanAction,
    PlanStatus,
    SafetyPlan,
    Speaker,
    Topic,
    TrustView,
    VisitNote,
    VoiceEntry,
    WelshPreference,
    Worry,
)
from directwork.store import records
from directwork.store.vault import Vault
from tools.sample_case import sample_drawing_png

TODAY = date(2026, 3, 4)
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

# One marker per withheld place. Names are made of unusual words so that a marker can only be
# in the PDF because it leaked.
THIRD_PARTY = "Zephyrine Thirdparty"  # a peer, named in a worry and in a child's words
OF_CONCERN = "Quillon Ofconcern"  # a person of concern, named in the contingency
RESTRICTED_PLACE = "Marklow Yard"  # a restricted place, in a worry and in safe places
# Said by the child, shared only with agencies, and kept from the child by the practitioner
# (the child sees their own words unless the practitioner records why not).
NOT_SHARED = "Velvetmarker unshared words"
KEPT_FROM_CARERS = "Kestrelmarker private words"  # the child's own, shared with no one else
WORKER_ONLY = "Osprey workeronly words"  # the child's, kept from them; shared with nobody
PRACTITIONER_NOTE = "Harbinmarker professionals note"  # SafetyPlan.practitioner_notes
CASE_NOTE = "Tamarind casenote"  # a practitioner-only visit note
REPORTER = "Orla Reportingham"  # who reported the concern
SHARED_WORDS = "I like boxing on Tuesdays"  # shared with everyone: must appear everywhere
FAMILY_DRAWING_WORDS = "This is my house"  # with a drawing, shared with the child and carers


@dataclass
class MarkerCase:
    vault: Vault
    child_id: str


def seed_marker_case(vault: Vault) -> str:
    vault.clock = lambda: NOW
    with vault.transaction() as s:
        child = records.save_document(s, Child(
            given_name="Rhys", family_name="Llewelyn", language="Welsh",
            welsh_preference=WelshPreference.BILINGUAL, practitioner_name="Sam Practitioner"))
        cid = child.id
        for person in (
            Person(child_id=cid, name="Mum", role=PersonRole.CARER, child_view=TrustView.TRUSTED),
            Person(child_id=cid, name=THIRD_PARTY, role=PersonRole.FRIEND,
                   child_view=TrustView.NOT_SURE),
            Person(child_id=cid, name=OF_CONCERN, role=PersonRole.OTHER, of_concern=True),
        ):
            records.save_document(s, person)
        records.save_document(s, Context(child_id=cid, context_type=ContextType.PLACE,
                                         name=RESTRICTED_PLACE, restricted=True,
                                         concerns="Older lads meet here."))
        records.save_document(s, AgencyInvolvement(child_id=cid, agency="Children's social care",
                                                   plan_type=AgencyPlanType.CHILD_IN_NEED,
                                                   lead_worker="Ffion Evans"))
        records.save_document(s, SafetyPlan(
            child_id=cid, status=PlanStatus.AGREED,
            why_working_together="We want Rhys to be safe when he is out.",
            worries=[Worry(id="w1", text=f"Rhys is out late at {RESTRICTED_PLACE} with "
                                         f"{THIRD_PARTY}.")],
            actions=[PlanAction(id="a1", what="Meet every week", owner="Sam Practitioner",
                                agency="Youth justice service", due=date(2026, 3, 9))],
            contingency=[Contingency(if_this=f"{OF_CONCERN} calls you", then_that="go to Nain's",
                                     call="Nain")],
            safe_people=["Mum", "Nain"],
            safe_places=["Nain's house", RESTRICTED_PLACE],
            agreements=[Agreement(who="Rhys", role="child", agreed_at=NOW)],
            next_review=date(2026, 6, 1),
            practitioner_notes=PRACTITIONER_NOTE))
        everyone = [Audience.WORKER, Audience.CHILD, Audience.CARERS, Audience.AGENCIES]
        # Two drawings: one with words shared with the child and carers (not agencies), one
        # with words the worker alone may see.
        family_drawing = records.add_entry(s, Drawing(child_id=cid, png=sample_drawing_png()))
        secret_drawing = records.add_entry(s, Drawing(child_id=cid, png=sample_drawing_png()))
        for speaker, words, shared, drawing_id, kept in (
            (Speaker.CHILD, SHARED_WORDS, everyone, None, ""),
            (Speaker.CHILD, f"I go out with {THIRD_PARTY}.", everyone, None, ""),
            (Speaker.CHILD, NOT_SHARED, [Audience.WORKER, Audience.TEAM, Audience.AGENCIES], None,
             "Names an investigation not yet told to the family"),
            (Speaker.CHILD, KEPT_FROM_CARERS, [Audience.WORKER], None, ""),
            (Speaker.CHILD, WORKER_ONLY, [Audience.WORKER], secret_drawing.id,
             "Drawn on the day of a disclosure; to be gone through with the child first"),
            (Speaker.CHILD, FAMILY_DRAWING_WORDS, [Audience.WORKER, Audience.CARERS],
             family_drawing.id, ""),
        ):
            records.add_entry(s, VoiceEntry(child_id=cid, speaker=speaker, speaker_name="Rhys",
                                            topic=Topic.GOOD_THINGS, text=words,
                                            shared_with=shared, drawing_id=drawing_id,
                                            kept_from_speaker=bool(kept), kept_reason=kept))
        records.add_entry(s, VisitNote(child_id=cid, text=CASE_NOTE, practitioner_only=True))
        records.save_document(s, Concern(child_id=cid, summary="Seen out late",
                                         raised_by=REPORTER, raised_at=NOW))
    return cid


def pdf_text(pdf: bytes) -> str:
    """All the text of a PDF, whitespace made single spaces (a name may wrap over lines)."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def image_count(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]
