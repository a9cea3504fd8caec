"""Team links on this laptop: whether it is a team manager's, what may be linked, and a
manager's decisions (``TeamLink`` documents: saved, audited and sent to the hub like any record).

Fail closed: only a laptop the hub has said is a team manager's decides links or reads the
team view. The hub says so at each sync (``HubState.manager``); a laptop never told, or told
no, is a practitioner's.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.domain.links import Linkable, compare, joined, link_id, pair_key
from directwork.domain.records import (
    ActionStatus,
    Child,
    Context,
    ContextReview,
    InformationSharing,
    LinkKind,
    LinkVerdict,
    Person,
    PlanAction,
    TeamContext,
    TeamLink,
)
from directwork.store import audit
from directwork.store import records as services
from directwork.store.context import now_of
from directwork.store.errors import RecordNotFound, VaultError
from directwork.store.mapping import row_class
from directwork.store.records import InvalidRecord
from directwork.store.schema import MetaRow

TEAM_MANAGER = "team_manager"
_CONTEXT_SORTS = {"place": "place", "peer_group": "peer group", "online": "online space",
                  "school": "school"}


class NotTeamManager(VaultError):
    """Something only a team manager's laptop may do."""

    def __init__(self) -> None:
        super().__init__("Only a team manager's laptop shows the team and decides team links. "
                         "If you are a team manager, ask the hub's administrator to mark you "
                         "as one, then sync.")


def is_team_manager(session: Session) -> bool:
    """Whether the hub said, at the last sync, that this laptop's practitioner manages a team."""
    row = session.get(MetaRow, TEAM_MANAGER)
    return row is not None and row.value == "1"


def set_team_manager(session: Session, manager: bool) -> None:
    """Keep what the hub said; a change either way is audited."""
    if is_team_manager(session) == manager:
        return
    session.merge(MetaRow(key=TEAM_MANAGER, value="1" if manager else "0"))
    audit.record_event(session, "team_manager" if manager else "not_team_manager",
                       "vault", "", "")


def require_manager(session: Session) -> None:
    if not is_team_manager(session):
        raise NotTeamManager()


def note_team_view_opened(session: Session) -> None:
    """The audit trail keeps every opening of the team view (a manager reading other
    practitioners' children), and the hub's does too: the opening waits to be reported at
    the next sync (``unreported_openings``)."""
    require_manager(session)
    audit.record_event(session, "open", "team_view", "", "")
    _keep_opening(session, "team view")


_OPENINGS = "team_view_unreported"
_ALSO_LINKED = "also_linked"


def _keep_opening(session: Session, page: str) -> None:
    row = session.get(MetaRow, _OPENINGS)
    held = json.loads(row.value) if row is not None else []
    held.append(f"{now_of(session).isoformat(timespec='seconds')} opened the {page}")
    session.merge(MetaRow(key=_OPENINGS, value=json.dumps(held[-10_000:])))


def unreported_openings(session: Session) -> list[str]:
    """Openings of the team view not yet reported to the hub, oldest first."""
    row = session.get(MetaRow, _OPENINGS)
    return list(json.loads(row.value)) if row is not None else []


def openings_reported(session: Session, sent: list[str]) -> None:
    """The hub has kept ``sent``: they are no longer waiting (any opened since stay)."""
    held = unreported_openings(session)
    left = held[len(sent):] if held[:len(sent)] == sent else [h for h in held if h not in sent]
    session.merge(MetaRow(key=_OPENINGS, value=json.dumps(left)))


def set_also_linked(session: Session, child_ids: Sequence[str]) -> None:
    """What the hub said at the last sync: which of this practitioner's children confirmed
    team links join to other children (never who)."""
    held = sorted(set(child_ids))
    if also_linked(session) != held:
        session.merge(MetaRow(key=_ALSO_LINKED, value=json.dumps(held)))


def also_linked(session: Session) -> list[str]:
    """The children the hub said, at the last sync, are linked to others (sorted)."""
    row = session.get(MetaRow, _ALSO_LINKED)
    return sorted(json.loads(row.value)) if row is not None else []


def is_also_linked(session: Session, child_id: str) -> bool:
    """Whether the hub said this child is linked to other children on the team. On a manager's
    laptop the confirmed links held here say so too (as the hub works it out: a link whose
    heads disagree joins nothing)."""
    row = session.get(MetaRow, _ALSO_LINKED)
    if row is not None and child_id in json.loads(row.value):
        return True
    if not is_team_manager(session):
        return False
    return any(heads.agreed is LinkVerdict.CONFIRMED
               and child_id in {heads.heads[0].first_child, heads.heads[0].second_child}
               for heads in decisions(session).values())


# --------------------------------------------------------------------------- what may be linked


def linkable_context(context: Context) -> Linkable:
    return Linkable(LinkKind.CONTEXT, context.id, context.child_id, context.name,
                    _CONTEXT_SORTS.get(context.context_type.value, context.context_type.value),
                    context.concerns)


def linkable_person(person: Person) -> Linkable:
    sort = person.relationship or person.role.value
    return Linkable(LinkKind.PERSON, person.id, person.child_id, person.name, sort,
                    person.contact, person.of_concern)


def linkables(session: Session) -> list[Linkable]:
    """Every current context and person of every child held here (none deleted)."""
    children = {c.id for c in services.list_documents(session, Child)}
    found = [linkable_context(c) for c in services.list_documents(session, Context)
             if c.child_id in children]
    found += [linkable_person(p) for p in services.list_documents(session, Person)
              if p.child_id in children]
    return found


def _linkable(session: Session, record_id: str) -> Linkable:
    contexts = services.list_documents(session, Context,
                                       where=[row_class(Context.KIND).id == record_id])
    if contexts:
        return linkable_context(contexts[0])
    people = services.list_documents(session, Person, where=[row_class(Person.KIND).id == record_id])
    if people:
        return linkable_person(people[0])
    raise InvalidRecord("That place, group or person is no longer on a child's record here.")


# --------------------------------------------------------------------------- decisions


@dataclass(frozen=True)
class DecisionHeads:
    """Every head of one link: more than one is two managers deciding on two laptops."""

    heads: tuple[TeamLink, ...]

    @property
    def agreed(self) -> LinkVerdict | None:
        """The verdict all heads give, or None when they disagree (then nothing is linked)."""
        verdicts = {h.verdict for h in self.heads}
        return verdicts.pop() if len(verdicts) == 1 else None


def decisions(session: Session) -> dict[tuple[str, str], DecisionHeads]:
    """Every decided pair (``pair_key``) with its heads."""
    table = row_class(TeamLink.KIND)
    ids = session.execute(select(table.id).where(table.is_head.is_(True),
                                                 table.deleted.is_(False)).distinct()).scalars()
    found: dict[tuple[str, str], DecisionHeads] = {}
    for doc_id in ids:
        heads = tuple(services.get_heads(session, TeamLink, doc_id))
        first = heads[0]
        found[(first.first_record, first.second_record)] = DecisionHeads(heads)
    return found


def decide(session: Session, one: str, other: str, verdict: LinkVerdict, reason: str) -> TeamLink:
    """A manager's decision on whether records ``one`` and ``other`` (on two children) are
    the same place, group or person, with why. Deciding a pair again makes a new version
    (and settles two laptops' different decisions). The suggestion's reasons are kept with it."""
    require_manager(session)
    if not reason.strip():
        raise InvalidRecord("Say why, in a few words: the decision is kept, with your name.")
    first_id, second_id = pair_key(one, other)
    first, second = _linkable(session, first_id), _linkable(session, second_id)
    if first.kind is not second.kind:
        raise InvalidRecord("A place or group links only to a place or group, a person only "
                            "to a person.")
    if first.child_id == second.child_id:
        raise InvalidRecord("Both are on the same child's record: a team link joins two "
                            "children.")
    suggested = compare(first, second)
    meta = session.get(MetaRow, "practitioner_name")
    link = TeamLink(
        id=link_id(first_id, second_id), child_id=first.child_id, link_kind=first.kind,
        first_record=first_id, first_child=first.child_id, second_record=second_id,
        second_child=second.child_id, verdict=verdict,
        decided_by=(meta.value if meta and meta.value else "") or "this laptop's manager",
        decided_at=now_of(session), reason=reason.strip(),
        suggested_because=suggested.why if suggested else "")
    table = row_class(TeamLink.KIND)
    held = session.execute(select(table.id).where(table.id == link.id).limit(1)).first()
    if held is None:
        return services.save_document(session, link)
    heads = services.get_heads(session, TeamLink, link.id)
    if len(heads) > 1:
        return services.merge_heads(session, link, [h.rev for h in heads])
    return services.save_document(session, dataclasses.replace(link, rev=heads[0].rev))


# --------------------------------------------------------------------------- team contexts


def confirmed_groups(session: Session) -> list[frozenset[str]]:
    """Records joined by links every head confirms (a pair two laptops decided differently
    joins nothing until a manager decides again)."""
    pairs = [key for key, heads in decisions(session).items()
             if heads.agreed is LinkVerdict.CONFIRMED]
    return joined(pairs)


def team_contexts(session: Session) -> list[TeamContext]:
    """Every team context held here (a manager's laptop only holds any), not deleted."""
    return sorted(services.list_documents(session, TeamContext),
                  key=lambda c: (c.title.casefold(), c.id))


def make_team_context(session: Session, record_ids: Sequence[str], title: str,
                      why: str = "") -> TeamContext:
    """A team-level context from places or groups on several children's records that
    confirmed links join: its own page and plan. Refused unless every record is a place or
    group and all are joined by confirmed links."""
    require_manager(session)
    wanted = frozenset(record_ids)
    if not title.strip():
        raise InvalidRecord("Give the place or group a name for the team (for example "
                            "\u201cHeol Fawr garages\u201d).")
    if not any(wanted <= group for group in confirmed_groups(session)):
        raise InvalidRecord("Only places or groups joined by confirmed links make a team "
                            "context: confirm the links first.")
    items = [_linkable(session, rid) for rid in sorted(wanted)]
    if any(item.kind is not LinkKind.CONTEXT for item in items):
        raise InvalidRecord("A team context is a place, group, online space or school; "
                            "people linked across the team stay on the links page.")
    children = sorted({item.child_id for item in items})
    if len(children) < 2:
        raise InvalidRecord("A team context joins two or more children.")
    context = TeamContext(id=str(uuid.uuid4()), child_id=children[0], title=title.strip(),
                          context_records=sorted(wanted), children=children, why=why.strip())
    return services.save_document(session, context)


def plan_problems(context: TeamContext) -> list[str]:
    """What stops a team context's plan being saved: every action says what, who and when."""
    found: list[str] = []
    for n, action in enumerate(context.actions, 1):
        if not action.what.strip():
            found.append(f"Action {n}: say what is to be done.")
        if not action.owner.strip():
            found.append(f"Action {n}: say who does it (a person, and their agency).")
        if action.due is None:
            found.append(f"Action {n}: give a date.")
    return found


def save_team_context(session: Session, context: TeamContext) -> TeamContext:
    """Save a team context's plan (a new revision on the one it carries). Refused, with what
    to change, when an action lacks what, who or when."""
    require_manager(session)
    problems = plan_problems(context)
    if problems:
        raise InvalidRecord("The context plan was not saved. " + " ".join(problems))
    actions = [dataclasses.replace(a, id=a.id or str(uuid.uuid4())[:8]) for a in context.actions]
    changed = dataclasses.replace(context, actions=actions)
    # Two managers changed the plan on two laptops: what is saved now settles it, as one
    # version after both (both stay in its history).
    heads = services.get_heads(session, TeamContext, context.id)
    if len(heads) > 1:
        return services.merge_heads(session, changed, [h.rev for h in heads])
    return services.save_document(session, changed)


def review_team_context(session: Session, context_id: str, what_changed: str,
                        next_review: date | None) -> TeamContext:
    """Record a review of a team context's plan, and when the next one is."""
    require_manager(session)
    if not what_changed.strip():
        raise InvalidRecord("Say what the review found or changed.")
    context = services.get_document(session, TeamContext, context_id)
    meta = session.get(MetaRow, "practitioner_name")
    review = ContextReview(held_on=now_of(session).date(),
                           by=(meta.value if meta and meta.value else "") or "team manager",
                           what_changed=what_changed.strip())
    return services.save_document(session, dataclasses.replace(
        context, reviews=[*context.reviews, review], next_review=next_review))


def note_team_context_opened(session: Session, context_id: str) -> None:
    """Each opening of a team context's page is kept in the audit trail, as the team view's."""
    require_manager(session)
    context = services.get_document(session, TeamContext, context_id)
    audit.record_event(session, "open", "team_context", context.id, "")
    _keep_opening(session, f"team context page {context.id}")


def team_context_of(session: Session, context_id: str) -> TeamContext:
    try:
        return services.get_document(session, TeamContext, context_id)
    except RecordNotFound:
        raise InvalidRecord("That team context is not held on this laptop.") from None


def new_action(what: str, owner: str, agency: str, due: date | None) -> PlanAction:
    return PlanAction(id=str(uuid.uuid4())[:8], what=what, owner=owner, agency=agency, due=due,
                      status=ActionStatus.NOT_STARTED)


def record_panel_given(session: Session, context_id: str, panel: str, why: str, basis: str,
                       named: str) -> list[InformationSharing]:
    """The context summary was given to the panel: an information-sharing entry on each
    linked child's record (what, with whom, why, on what basis), as for any sharing. The
    entry names the place or group, never the other children. Nothing is written unless
    every part is given (``practice.log_information_sharing``'s rules)."""
    from directwork.store.practice import log_information_sharing

    require_manager(session)
    context = team_context_of(session, context_id)
    what = (f"The context summary about \u201c{context.title}\u201d for the multi-agency "
            f"exploitation panel ({named}): what this child's record says of the place or "
            f"group, as far as its sharing allows")
    return [log_information_sharing(session, InformationSharing(
        child_id=child_id, shared=True, what=what, with_whom=panel.strip(), why=why.strip(),
        basis=basis.strip())) for child_id in context.children]
