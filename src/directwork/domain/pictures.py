"""Pictures beside words: one for each part of the plan and each kind of item, and the few
the child may pick from instead for an item of their own plan.

The pictures themselves are SVG files in resources/icons/items/ (co-review shows them; the
child's summary draws the same files). Here are only their names, which picture each kind
of item starts with, and how an item is named so that a child's pick finds it again in
co-review and in the summary.
"""

from __future__ import annotations

import hashlib

from directwork.domain.records import PictureChoice, SafetyPlan

# The picture each kind of item starts with. The kinds are the parts of the plan whose items
# are read and shown one by one.
KIND_PICTURES: dict[str, str] = {
    "why": "talk",
    "told": "bubble",
    "going_well": "sun",
    "worries": "cloud",
    "goals": "flag",
    "actions": "hand",
    "if_wrong": "signpost",
    "safe_people": "people",
    "safe_places": "home",
    "helplines": "phone",
    "my_words": "pencil",
}
# What the child may pick instead, for any item: a few, so choosing is quick.
CHOICES: tuple[str, ...] = ("star", "heart", "home", "school", "ball", "music")


def offered(kind: str) -> list[str]:
    """The pictures offered for an item of ``kind``: its own first, then the few choices."""
    first = KIND_PICTURES[kind]
    return [first, *(c for c in CHOICES if c != first)]


def all_pictures() -> list[str]:
    """Every picture name there is a file for."""
    return sorted({*KIND_PICTURES.values(), *CHOICES})


def item_key(kind: str, ident: str) -> str:
    """The name of one item of a plan: its kind and its own id where it has one (a worry, a
    goal, an action, a voice entry), otherwise a short digest of its words as the child
    sees them. The words never leave the vault in this form: a digest cannot be read back."""
    if not ident:
        return kind
    digest = hashlib.sha256(ident.strip().casefold().encode("utf-8")).hexdigest()[:16]
    return f"{kind}:{digest}"


def plan_items(section: str, plan: SafetyPlan) -> list[tuple[str, str]]:
    """Each item of one part of ``plan`` that has words, as (its name, its words): the same
    items, in the same order, that co-review shows one by one, so a picture picked there is
    found again in the summary. Who to call and what was said are named elsewhere (by
    their words as shown, and by the voice entry's id)."""
    def named(words: list[str]) -> list[tuple[str, str]]:
        return [(item_key(section, w), w) for w in words if w.strip()]

    if section == "why":
        return [(section, plan.why_working_together)] if plan.why_working_together.strip() else []
    if section == "my_words":
        return [(section, plan.child_section)] if plan.child_section.strip() else []
    if section == "going_well":
        return named(plan.working_well)
    if section == "safe_people":
        return named(plan.safe_people)
    if section == "safe_places":
        return named(plan.safe_places)
    if section == "worries":
        return [(item_key(section, w.id or w.text), w.text) for w in plan.worries
                if w.text.strip()]
    if section == "goals":
        return [(item_key(section, g.id or g.text), g.text) for g in plan.goals
                if g.text.strip()]
    if section == "actions":
        return [(item_key(section, a.id or a.what), a.what) for a in plan.actions]
    if section == "if_wrong":
        return [(item_key(section, f"{c.if_this}\n{c.then_that}\n{c.call}"),
                 " ".join(p for p in (c.if_this, c.then_that, c.call) if p))
                for c in plan.contingency]
    return []


def picked(choices: list[PictureChoice], plan_id: str) -> dict[str, str]:
    """The picture picked for each item of one plan: the latest choice counts."""
    latest: dict[str, PictureChoice] = {}
    for choice in choices:
        if choice.plan_id != plan_id or choice.retracted or choice.picture not in all_pictures():
            continue
        before = latest.get(choice.item)
        if before is None or _when(choice) >= _when(before):
            latest[choice.item] = choice
    return {item: choice.picture for item, choice in latest.items()}


def picture_for(kind: str, key: str, picks: dict[str, str]) -> str:
    """The picture shown for an item: the child's pick, or its kind's own."""
    return picks.get(key) or KIND_PICTURES[kind]


def _when(choice: PictureChoice) -> tuple[str, str]:
    return (choice.created_at.isoformat() if choice.created_at else "", choice.id)
