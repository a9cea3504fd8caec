"""What of a case reaches the child and the carers: so the multi-agency plan can say, beside
each part, what the family's copies leave out or change.

Worked out from the family copies themselves (``redaction.family_copy``), never by a second
set of rules, so the marks on the agencies' copy always tell the truth about the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from directwork.domain.case import Case
from directwork.domain.giving import Change, CheckList
from directwork.domain.records import SummaryAudience
from directwork.domain.redaction import family_copy, is_named_to_family

# Catalogue keys of the marks (agency.mark.*).
KEPT_BACK = "agency.mark.kept_back"
NOT_SHARED_FAMILY = "agency.mark.not_shared_family"
NOT_SHARED_CARERS = "agency.mark.not_shared_carers"
NOT_SHARED_CHILD = "agency.mark.not_shared_child"
NAMES_WITHHELD = "agency.mark.names_withheld"
NAMES_TAKEN_OUT = "agency.mark.names_taken_out"
SPEAKER_BY_ROLE = "agency.mark.speaker_by_role"
NOT_NAMED = "agency.mark.not_named"
RESTRICTED = "agency.mark.restricted"
PROFESSIONAL = "agency.mark.professional"

_ITEM = re.compile(r"^(.*?\[[^\]]*\])")
_NAME_CHANGES = {Change.PERSON, Change.PLACE, Change.NUMBER, Change.EMAIL}


def _items(check: CheckList, *, left_out: bool, names: set[str] = _NAME_CHANGES) -> set[str]:
    """Keys of the items ("plan.worries[w1]") whose lines were left out, or changed in one of
    the ways ``names``."""
    found = set()
    for line in check.lines:
        if left_out != line.left_out or (not left_out and not names & set(line.changes)):
            continue
        match = _ITEM.match(line.key)
        if match:
            found.add(match.group(1))
    return found


@dataclass(frozen=True)
class FamilyReach:
    """Which parts of a case each family copy holds, and why a part is missing."""

    child_voice: frozenset[str]
    carer_voice: frozenset[str]
    left_out: frozenset[str]
    changed: frozenset[str]
    kept_back: frozenset[str]
    not_named: frozenset[str]
    restricted: frozenset[str]
    by_role: frozenset[str] = frozenset()

    def mark(self, key: str) -> str | None:
        """The catalogue key of the mark for one part of the agencies' copy ("voice[v1]",
        "plan.worries[w1]", "plan.safe_people[2]", "people[p1]", "contexts[c1]"), or None
        when the family's copies hold it as it is."""
        if key.startswith("voice["):
            ident = key[len("voice["):-1]
            child, carer = ident in self.child_voice, ident in self.carer_voice
            if not child and not carer:
                return NOT_SHARED_FAMILY
            if not carer:
                return NOT_SHARED_CARERS
            if not child:
                return NOT_SHARED_CHILD
        if key in self.kept_back:
            return KEPT_BACK
        if key in self.left_out:
            return NAMES_WITHHELD
        if key in self.not_named:
            return NOT_NAMED
        if key in self.restricted:
            return RESTRICTED
        if key in self.changed:
            return NAMES_TAKEN_OUT
        if key in self.by_role:
            return SPEAKER_BY_ROLE
        return None


def family_reach(case: Case) -> FamilyReach:
    """What the child's and the carers' copies of ``case`` hold."""
    child = family_copy(case, SummaryAudience.CHILD, close=False)
    carer = family_copy(case, SummaryAudience.CARER, close=False)
    kept_back: set[str] = set()
    changed = _items(child.check, left_out=False) | _items(carer.check, left_out=False)
    plan = case.plan
    if plan is not None:
        hidden_worries = {w.id for w in plan.worries if w.withheld}
        kept_back |= {f"plan.worries[{w.id}]" for w in plan.worries if w.withheld}
        kept_back |= {f"plan.goals[{g.id}]" for g in plan.goals
                      if g.withheld or g.worry_id in hidden_worries}
        kept_back |= {f"plan.actions[{a.id}]" for a in plan.actions if a.withheld}
        # Contingency parts have no ids: the family copy numbers what is left of them.
        in_copy = {k for k in changed if k.startswith("plan.contingency[")}
        changed -= in_copy
        shown = 0
        for index, item in enumerate(plan.contingency):
            if item.withheld:
                kept_back.add(f"plan.contingency[{index}]")
                continue
            if f"plan.contingency[{shown}]" in in_copy:
                changed.add(f"plan.contingency[{index}]")
            shown += 1
    return FamilyReach(
        child_voice=frozenset(v.id for v in child.view.voice),
        carer_voice=frozenset(v.id for v in carer.view.voice),
        left_out=frozenset(_items(child.check, left_out=True)
                           | _items(carer.check, left_out=True)),
        changed=frozenset(changed),
        kept_back=frozenset(kept_back),
        not_named=frozenset(f"people[{p.id}]" for p in case.people
                            if not is_named_to_family(p, plan)),
        restricted=frozenset(f"contexts[{c.id}]" for c in case.contexts if c.restricted),
        by_role=frozenset(_items(child.check, left_out=False, names={Change.SPEAKER})
                          | _items(carer.check, left_out=False, names={Change.SPEAKER})),
    )
