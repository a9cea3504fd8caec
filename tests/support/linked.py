"""A child with one record of every kind, linked to each other as real records are (a sign-off
names a real decision, a response a real key moment), and with history: a second plan revision,
two diverging heads, a tombstone, a correction and a retraction."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from directwork.domain import records as r
from directwork.domain.ids import uuid7
from directwork.store import records as svc
from tests.support import samples


def fill_child(session: Session, given_name: str = "Dafydd") -> tuple[r.Child, list[r.Record]]:
    child = svc.save_document(session, samples.child(given_name=given_name))
    ids = {kind: uuid7() for kind in ("visit", "safety_plan", "concern", "key_moment",
                                      "safety_level", "drawing")}
    made = samples.everything_for(child.id, visit_id=ids["visit"], plan_id=ids["safety_plan"],
                                  concern_id=ids["concern"], moment_id=ids["key_moment"],
                                  decision_id=ids["safety_level"])
    saved: list[r.Record] = []
    for rec in made:
        rec = dataclasses.replace(rec, id=ids.get(rec.KIND) or uuid7())
        if isinstance(rec, r.VoiceEntry):
            rec = dataclasses.replace(rec, drawing_id=ids["drawing"])
        saved.append(svc.save_document(session, rec) if rec.VERSIONED else svc.add_entry(session, rec))
    plan = next(x for x in saved if isinstance(x, r.SafetyPlan))
    svc.save_document(session, dataclasses.replace(plan, status=r.PlanStatus.AGREED))
    svc.save_document(session, dataclasses.replace(plan, child_section="A different edit"))
    person = next(x for x in saved if isinstance(x, r.Person))
    svc.delete_document(session, person)
    note = next(x for x in saved if isinstance(x, r.VisitNote))
    svc.correct_entry(session, dataclasses.replace(note, text="Mum was tired after a night shift"))
    voice = next(x for x in saved if isinstance(x, r.VoiceEntry))
    svc.retract_entry(session, voice)
    return child, saved
