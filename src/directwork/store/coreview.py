"""Keeping what the child or a carer answered during co-review."""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, MutableMapping
from typing import TypeVar

from sqlalchemy.orm import Session

from directwork.domain.records import CoReviewResponse
from directwork.store import records
from directwork.store.context import now_of

K = TypeVar("K", bound=Hashable)


def keep_answer(session: Session, response: CoReviewResponse,
                earlier: MutableMapping[K, str], key: K) -> CoReviewResponse:
    """Keep ``response``, stamped with the vault's time. ``earlier`` maps each part of this
    sitting (``key``: part, role, who) to the answer last kept for it: a change of mind
    corrects that answer rather than adding a second. It is read and updated here, where
    writes run one after another, so the correction is right even when the save before it
    has not yet been reported back to the window."""
    response = dataclasses.replace(response, at=now_of(session))
    before = earlier.get(key)
    if before is not None:
        kept = records.correct_entry(session, dataclasses.replace(response, id=before))
    else:
        kept = records.add_entry(session, response)
    earlier[key] = kept.id
    return kept
