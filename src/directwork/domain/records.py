"""Everything directwork records about a child, as plain dataclasses.

Two kinds of record, because they sync differently (DESIGN.md "Data and identity"):

* ``Entry``: append-only. Never edited in place; a correction is a new entry whose
  ``corrects_id`` points at the one it corrects (``retracted=True`` withdraws it). Entries
  never conflict.
* ``Document``: versioned. Each save is a new revision with ``rev`` and ``base_rev``; a merge
  also names ``merge_rev``. Two devices revising the same base leave two heads, both kept.
  Deletion is a tombstone revision (``deleted=True``).

Every record carries ``child_id`` (a child's own profile carries its own id), so that sync can
send each device only its caseload.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import ClassVar


class Audience(enum.StrEnum):
    """Who the speaker agreed may see what they said."""

    WORKER = "worker"
    TEAM = "team"
    CHILD = "child"
    CARERS = "carers"
    AGENCIES = "agencies"


class Speaker(enum.StrEnum):
    CHILD = "child"
    CARER = "carer"
    OTHER = "other"


class Topic(enum.StrEnum):
    WORRIES = "worries"
    GOOD_THINGS = "good_things"
    DREAMS = "dreams"
    FEELINGS = "feelings"
    WANT_TO_HAPPEN = "want_to_happen"
    SAFETY_SCALE = "safety_scale"
    OTHER = "other"


class GivenHow(enum.StrEnum):
    SAID = "said"
    TYPED_BY_CHILD = "typed_by_child"
    DRAWN = "drawn"
    WRITTEN_BY_WORKER = "written_by_worker"


class WelshPreference(enum.StrEnum):
    NOT_ASKED = "not_asked"
    ENGLISH = "english"
    WELSH = "welsh"
    BILINGUAL = "bilingual"


class Level(enum.StrEnum):
    """The four safety and wellbeing levels inspectors use, in rising order."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very_high"

    @property
    def label(self) -> str:
        return {"low": "Low", "medium": "Medium", "high": "High", "very_high": "Very high"}[self.value]

    @property
    def rank(self) -> int:
        return list(Level).index(self)


class TrustView(enum.StrEnum):
    TRUSTED = "trusted"
    NOT_SURE = "not_sure"
    WORRIED = "worried"


class PersonRole(enum.StrEnum):
    CARER = "carer"
    FAMILY = "family"
    FRIEND = "friend"
    PROFESSIONAL = "professional"
    OTHER = "other"


class AgencyPlanType(enum.StrEnum):
    CHILD_PROTECTION = "child_protection"
    CHILD_IN_NEED = "child_in_need"
    LOOKED_AFTER = "looked_after"
    EHCP = "ehcp"
    MACE = "mace"
    YOUTH_JUSTICE = "youth_justice"
    HEALTH = "health"
    OTHER = "other"


class ContextType(enum.StrEnum):
    PLACE = "place"
    PEER_GROUP = "peer_group"
    ONLINE = "online"
    SCHOOL = "school"


class LinkKind(enum.StrEnum):
    """What a team link joins: two contexts, or two people, on two children's records."""

    CONTEXT = "context"
    PERSON = "person"


class LinkVerdict(enum.StrEnum):
    """A team manager's decision on a suggested link. Rejected is the default: nothing is
    linked until a manager says so."""

    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class PlanStatus(enum.StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    SUPERSEDED = "superseded"


class ActionStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class KeyMomentType(enum.StrEnum):
    EXCLUSION = "exclusion"
    MISSING = "missing"
    PLACEMENT_MOVE = "placement_move"
    ADDRESS_MOVE = "address_move"
    ARREST = "arrest"
    COURT = "court"
    DISCLOSURE = "disclosure"
    BEREAVEMENT = "bereavement"
    RELEASE_FROM_CUSTODY = "release_from_custody"
    TRANSITION_TO_ADULT = "transition_to_adult"


class ResponseOutcome(enum.StrEnum):
    """How a key moment's required response stands. A return interview is offered, then held
    or declined (with the child's reason); offering it does not close it."""

    DONE = "done"
    NOT_DONE = "not_done"
    OFFERED = "offered"
    HELD = "held"
    DECLINED = "declined"


class Recipient(enum.StrEnum):
    """Who a practitioner told about a disclosure."""

    DSL_MANAGER = "dsl_manager"
    CHILDRENS_SOCIAL_CARE = "childrens_social_care"
    POLICE = "police"

    @property
    def label(self) -> str:
        return {"dsl_manager": "the designated safeguarding lead or a manager",
                "childrens_social_care": "children's social care",
                "police": "the police"}[self.value]


class ReviewTrigger(enum.StrEnum):
    SCHEDULED = "scheduled"
    KEY_MOMENT = "key_moment"
    SIGNIFICANT_CHANGE = "significant_change"


class Severity(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    IMMEDIATE = "immediate"


class ConcernStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ReferralType(enum.StrEnum):
    CHILDRENS_SOCIAL_CARE = "childrens_social_care"
    NRM = "nrm"


class CoReviewAnswer(enum.StrEnum):
    AGREE = "agree"
    NOT_SURE = "not_sure"
    DISAGREE = "disagree"


class SummaryAudience(enum.StrEnum):
    CHILD = "child"
    CARER = "carer"
    AGENCY = "agency"


class SummaryLanguage(enum.StrEnum):
    EN = "en"
    CY = "cy"
    BOTH = "both"


class SummaryHandover(enum.StrEnum):
    """How a summary reached the child or carer, as the practitioner confirmed it."""

    PRINTED = "printed"  # printed, and the paper handed over
    SAVED = "saved"  # saved as a PDF, and that file given


# --------------------------------------------------------------------------- bases

# Sorts before every real time: it stands in, when ordering records, for a time one lacks.
EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(kw_only=True)
class Record:
    """Fields every record has. Times are timezone-aware UTC."""

    KIND: ClassVar[str] = ""
    VERSIONED: ClassVar[bool] = False

    id: str = ""
    child_id: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    created_by: str = ""
    device_id: str = ""


@dataclass(kw_only=True)
class Entry(Record):
    """An append-only record."""

    corrects_id: str | None = None
    retracted: bool = False


@dataclass(kw_only=True)
class Document(Record):
    """A versioned record: one revision of it."""

    VERSIONED: ClassVar[bool] = True

    rev: str = ""
    base_rev: str | None = None
    merge_rev: str | None = None
    deleted: bool = False


# --------------------------------------------------------------------------- documents


@dataclass(kw_only=True)
class Child(Document):
    KIND: ClassVar[str] = "child"

    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    date_of_birth: date | None = None
    legal_status: str = ""
    language: str = "English"
    welsh_preference: WelshPreference = WelshPreference.NOT_ASKED
    communication_needs: str = ""
    what_helps: str = ""
    education_status: str = ""
    school: str = ""
    about_me: str = ""
    house_names: dict[str, str] = field(default_factory=dict)
    practitioner_id: str = ""
    practitioner_name: str = ""
    team: str = ""
    next_visit: date | None = None

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.given_name or "(no name)"


@dataclass(kw_only=True)
class Person(Document):
    """Someone in the child's network."""

    KIND: ClassVar[str] = "person"

    name: str = ""
    relationship: str = ""
    role: PersonRole = PersonRole.OTHER
    agency: str = ""
    contact: str = ""
    parental_responsibility: bool = False
    contact_restriction: str = ""
    child_view: TrustView | None = None
    child_view_words: str = ""
    worker_view: TrustView | None = None
    worker_view_notes: str = ""
    trusted_adult: bool = False
    leads_relationship: bool = False
    of_concern: bool = False
    withheld: bool = False


@dataclass(kw_only=True)
class AgencyInvolvement(Document):
    """An agency working with the child, and the plan it holds."""

    KIND: ClassVar[str] = "agency"

    agency: str = ""
    plan_type: AgencyPlanType = AgencyPlanType.OTHER
    lead_worker: str = ""
    contact: str = ""
    plan_summary: str = ""
    active: bool = True


@dataclass(kw_only=True)
class Context(Document):
    """A place, peer group, online space or school in the child's life (contextual safeguarding)."""

    KIND: ClassVar[str] = "context"

    context_type: ContextType = ContextType.PLACE
    name: str = ""
    concerns: str = ""
    strengths: str = ""
    change_first: bool = False
    restricted: bool = False


@dataclass(kw_only=True)
class Worry:
    id: str = ""
    text: str = ""
    disputed: bool = False
    disputed_by: str = ""
    withheld: bool = False  # the worker keeps this part out of child and carer outputs


@dataclass(kw_only=True)
class SafetyGoal:
    id: str = ""
    worry_id: str = ""
    text: str = ""
    lasting: str = ""
    withheld: bool = False  # the worker keeps this part out of child and carer outputs


@dataclass(kw_only=True)
class PlanAction:
    id: str = ""
    what: str = ""
    owner: str = ""
    agency: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    withheld: bool = False  # the worker keeps this part out of child and carer outputs


@dataclass(kw_only=True)
class Contingency:
    if_this: str = ""
    then_that: str = ""
    call: str = ""
    withheld: bool = False  # the worker keeps this part out of child and carer outputs


@dataclass(kw_only=True)
class Helpline:
    name: str = ""
    number: str = ""


@dataclass(kw_only=True)
class Scaling:
    """One person's 0-10 answer on the plan ("how safe is ... right now?")."""

    person: str = ""
    role: str = ""
    score: int = 0
    on: date | None = None


@dataclass(kw_only=True)
class Agreement:
    who: str = ""
    role: str = ""  # child, carer, agency, practitioner
    agency: str = ""
    agreed_at: datetime | None = None


@dataclass(kw_only=True)
class SafetyPlan(Document):
    KIND: ClassVar[str] = "safety_plan"

    title: str = "Safety plan"
    status: PlanStatus = PlanStatus.DRAFT
    why_working_together: str = ""
    worries: list[Worry] = field(default_factory=list)
    working_well: list[str] = field(default_factory=list)
    goals: list[SafetyGoal] = field(default_factory=list)
    actions: list[PlanAction] = field(default_factory=list)
    contingency: list[Contingency] = field(default_factory=list)
    safe_people: list[str] = field(default_factory=list)
    safe_places: list[str] = field(default_factory=list)
    helplines: list[Helpline] = field(default_factory=list)
    child_section: str = ""
    scores: list[Scaling] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    next_review: date | None = None
    practitioner_notes: str = ""


@dataclass(kw_only=True)
class Visit(Document):
    KIND: ClassVar[str] = "visit"

    started_at: datetime | None = None
    ended_at: datetime | None = None
    place: str = ""
    present: list[str] = field(default_factory=list)
    purpose: str = ""
    tools: list[str] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Concern(Document):
    KIND: ClassVar[str] = "concern"

    summary: str = ""
    details: str = ""
    raised_at: datetime | None = None
    raised_by: str = ""
    severity: Severity = Severity.MEDIUM
    told: list[str] = field(default_factory=list)
    response_due: datetime | None = None
    status: ConcernStatus = ConcernStatus.OPEN
    outcome: str = ""
    child_told: bool | None = None
    carers_told: bool | None = None
    closed_at: datetime | None = None


@dataclass(kw_only=True)
class Referral(Document):
    KIND: ClassVar[str] = "referral"

    concern_id: str | None = None
    referral_type: ReferralType = ReferralType.CHILDRENS_SOCIAL_CARE
    made_at: datetime | None = None
    ack_due: datetime | None = None
    acknowledged_at: datetime | None = None
    reference: str = ""


# --------------------------------------------------------------------------- entries


@dataclass(kw_only=True)
class VoiceEntry(Entry):
    """Something the child, a carer or someone else said, in their own words."""

    KIND: ClassVar[str] = "voice"

    visit_id: str | None = None
    speaker: Speaker = Speaker.CHILD
    speaker_name: str = ""
    topic: Topic = Topic.OTHER
    text: str = ""
    verbatim: bool = True
    given_how: GivenHow = GivenHow.SAID
    drawing_id: str | None = None
    # The speaker's own voice, recorded in visit mode; ``text`` is then what the practitioner
    # typed of what was said (it may be empty until they do).
    recording_id: str | None = None
    scale: int | None = None
    scale_question: str = ""
    # Who the speaker agreed may see these words besides themselves: the speaker always sees
    # their own words (domain/redaction.py), so a child's entry need not list the child.
    shared_with: list[Audience] = field(default_factory=lambda: [Audience.WORKER])
    # The practitioner may keep these words from the speaker themselves, and must say why.
    kept_from_speaker: bool = False
    kept_reason: str = ""
    # Why this version replaced the one it corrects (a change of who may see it, or of the
    # words), and who made it, in words: the entry's history reads "who, when, why".
    change_reason: str = ""
    changed_by_name: str = ""


@dataclass(kw_only=True)
class Drawing(Entry):
    """A drawing made on the pad, kept as PNG bytes inside the vault."""

    KIND: ClassVar[str] = "drawing"

    visit_id: str | None = None
    title: str = ""
    png: bytes = b""
    width: int = 0
    height: int = 0


@dataclass(kw_only=True)
class Recording(Entry):
    """The speaker's own voice, recorded in visit mode: WAV bytes (16-bit mono) kept inside
    the vault, never as a file. It goes wherever the voice entry that points at it goes."""

    KIND: ClassVar[str] = "recording"

    visit_id: str | None = None
    audio: bytes = b""
    duration_ms: int = 0


@dataclass(kw_only=True)
class PictureChoice(Entry):
    """The picture the child picked for one item of their plan (``item`` names it: see
    domain/pictures.py). The latest choice for an item counts."""

    KIND: ClassVar[str] = "picture_choice"

    plan_id: str = ""
    item: str = ""
    picture: str = ""


@dataclass(kw_only=True)
class VisitNote(Entry):
    KIND: ClassVar[str] = "note"

    visit_id: str | None = None
    text: str = ""
    practitioner_only: bool = True


@dataclass(kw_only=True)
class SafetyLevelDecision(Entry):
    KIND: ClassVar[str] = "safety_level"

    level: Level = Level.LOW
    reasoning: str = ""
    decided_at: datetime | None = None
    decided_by_name: str = ""


@dataclass(kw_only=True)
class LevelSignOff(Entry):
    KIND: ClassVar[str] = "level_signoff"

    decision_id: str = ""
    manager: str = ""
    signed_at: datetime | None = None
    comment: str = ""


@dataclass(kw_only=True)
class KeyMoment(Entry):
    KIND: ClassVar[str] = "key_moment"

    moment_type: KeyMomentType = KeyMomentType.EXCLUSION
    occurred_at: datetime | None = None
    returned_at: datetime | None = None
    details: str = ""
    response: str = ""
    response_due: datetime | None = None


@dataclass(kw_only=True)
class Telling:
    """One person or agency told about a disclosure, and when."""

    whom: Recipient = Recipient.DSL_MANAGER
    at: datetime | None = None
    name: str = ""


@dataclass(kw_only=True)
class KeyMomentResponse(Entry):
    KIND: ClassVar[str] = "key_moment_response"

    key_moment_id: str = ""
    outcome: ResponseOutcome = ResponseOutcome.DONE
    done_at: datetime | None = None
    reason: str = ""
    # A disclosure's response: who was told, and when.
    told: list[Telling] = field(default_factory=list)


@dataclass(kw_only=True)
class AgencyInput:
    agency: str = ""
    person: str = ""
    input: str = ""


@dataclass(kw_only=True)
class Review(Entry):
    KIND: ClassVar[str] = "review"

    trigger: ReviewTrigger = ReviewTrigger.SCHEDULED
    key_moment_id: str | None = None
    plan_id: str | None = None
    held_at: datetime | None = None
    agency_inputs: list[AgencyInput] = field(default_factory=list)
    child_views: str = ""
    carer_views: str = ""
    what_changed: str = ""
    new_level: Level | None = None
    next_review: date | None = None


@dataclass(kw_only=True)
class EscalationStep(Entry):
    KIND: ClassVar[str] = "escalation"

    concern_id: str = ""
    step: int = 0
    to_whom: str = ""
    at: datetime | None = None
    outcome: str = ""


@dataclass(kw_only=True)
class InformationSharing(Entry):
    KIND: ClassVar[str] = "info_sharing"

    shared: bool = True
    what: str = ""
    with_whom: str = ""
    why: str = ""
    basis: str = ""
    at: datetime | None = None


@dataclass(kw_only=True)
class CoReviewResponse(Entry):
    KIND: ClassVar[str] = "coreview"

    plan_id: str = ""
    plan_rev: str = ""
    section: str = ""
    responder_name: str = ""
    responder_role: str = "child"
    answer: CoReviewAnswer = CoReviewAnswer.AGREE
    words: str = ""
    at: datetime | None = None


@dataclass(kw_only=True)
class SummaryGiven(Entry):
    KIND: ClassVar[str] = "summary_given"

    plan_id: str | None = None
    audience: SummaryAudience = SummaryAudience.CHILD
    given_to: str = ""
    language: SummaryLanguage = SummaryLanguage.EN
    given_at: datetime | None = None
    # None on records made before the practitioner was asked how (they said only "given").
    how: SummaryHandover | None = None
    # What the copy left out, by kind ("person": 3, "number": 1, "close": 2...): counts only,
    # never the words, so the record says what was withheld without repeating it.
    withheld: dict[str, int] = field(default_factory=dict)


@dataclass(kw_only=True)
class TeamLink(Document):
    """A team manager's decision that a context or person on one child's record is (or is not)
    the same as one on another child's record: who decided, when and why, and why it was
    suggested. A team-level record: ``child_id`` is ``first_child`` only so that it has a home;
    the hub sends it to the team's managers alone, never to a practitioner's caseload.

    One document per pair (its id comes from the two record ids), so two managers deciding the
    same pair on two laptops make two heads of one document, kept and shown like any conflict.
    """

    KIND: ClassVar[str] = "team_link"

    link_kind: LinkKind = LinkKind.CONTEXT
    first_record: str = ""
    first_child: str = ""
    second_record: str = ""
    second_child: str = ""
    verdict: LinkVerdict = LinkVerdict.REJECTED
    decided_by: str = ""
    decided_at: datetime | None = None
    reason: str = ""
    suggested_because: str = ""


@dataclass(kw_only=True)
class ContextReview:
    """One review of a team context's plan: when, who, and what changed."""

    held_on: date | None = None
    by: str = ""
    what_changed: str = ""


@dataclass(kw_only=True)
class TeamContext(Document):
    """A place, group or online space that several of the team's children are linked to (by
    confirmed ``TeamLink``s), and the plan about it: who does what about the place or group
    (police, community safety, school, youth service), with owners, dates and reviews.

    A team-level record, like ``TeamLink``: ``child_id`` is the first of ``children`` only so
    that it has a home; the hub takes it only from a team manager and sends it to the team's
    managers alone, never to a practitioner's caseload, and no child's export carries it.
    ``context_records`` are the ids of the ``Context`` records (one per child's file) it joins.
    """

    KIND: ClassVar[str] = "team_context"

    title: str = ""
    context_records: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    why: str = ""
    actions: list[PlanAction] = field(default_factory=list)
    next_review: date | None = None
    reviews: list[ContextReview] = field(default_factory=list)
    closed: bool = False


DOCUMENT_KINDS: tuple[type[Document], ...] = (
    Child,
    Person,
    AgencyInvolvement,
    Context,
    SafetyPlan,
    Visit,
    Concern,
    Referral,
)
ENTRY_KINDS: tuple[type[Entry], ...] = (
    VoiceEntry,
    Drawing,
    VisitNote,
    SafetyLevelDecision,
    LevelSignOff,
    KeyMoment,
    KeyMomentResponse,
    Review,
    EscalationStep,
    InformationSharing,
    CoReviewResponse,
    SummaryGiven,
    Recording,
    PictureChoice,
)
# Records of the team, not of one child: never exported with a child's records, never in a
# child's summary, sent by the hub to managers only.
TEAM_KINDS: tuple[type[Document], ...] = (TeamLink, TeamContext)
RECORD_KINDS: dict[str, type[Record]] = {
    cls.KIND: cls for cls in DOCUMENT_KINDS + ENTRY_KINDS + TEAM_KINDS}


def kind_of(name: str) -> type[Record]:
    try:
        return RECORD_KINDS[name]
    except KeyError:
        raise ValueError(f"unknown record kind {name!r}") from None
