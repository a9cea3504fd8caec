"""What a sync reads of the vault before it asks the hub anything, in one statement.

A sync with nothing to do reads nothing else of the vault, so these facts were a good share of
its cost when each was its own query (eleven statements through the ORM). Each field is what
the function named beside it answers (tests/store/test_sync_outset.py holds them to it):
``sync_state.enrolment_in``, ``demo.demo_children``, ``sync_state.position_in``,
``links.is_team_manager``, ``links.also_linked``, ``links.unreported_openings``,
``outbox.pending_count`` and ``sync_state.has_kept_aside``.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from directwork.store import links, outbox, sync_state
from directwork.store.demo_words import DEMO_TEAM
from directwork.store.schema import ChildRow, KeptAsideRow, MetaRow, OutboxRow

_KEYS = (sync_state.HUB_URL, sync_state.DEVICE_ID, sync_state.PRIVATE_KEY, sync_state.CA_FILE,
         sync_state.CONFIRMED, sync_state.CURSOR, sync_state.EPOCH, sync_state.POSITION,
         links.TEAM_MANAGER, links._ALSO_LINKED, links._OPENINGS)


@dataclass(frozen=True)
class Outset:
    enrolment: sync_state.Enrolment | None
    demo_children: int
    position: sync_state.Position
    manager: bool
    also_linked: list[str]
    openings: list[str]
    pending: int
    kept_aside: bool


def read(session: Session) -> Outset:
    meta = [select(MetaRow.value).where(MetaRow.key == key).scalar_subquery() for key in _KEYS]
    row = session.execute(select(
        *meta,
        select(func.count(distinct(ChildRow.id))).where(
            ChildRow.is_head.is_(True), ChildRow.deleted.is_(False),
            ChildRow.team == DEMO_TEAM).scalar_subquery(),
        select(func.max(OutboxRow.seq)).scalar_subquery(),
        select(func.max(OutboxRow.seq)).where(
            OutboxRow.state.in_(outbox.ANSWERED)).scalar_subquery(),
        select(func.count()).select_from(OutboxRow).where(
            OutboxRow.state == outbox.PENDING).scalar_subquery(),
        select(KeptAsideRow.key).where(KeptAsideRow.source == sync_state.FROM_HUB)
        .limit(1).exists())).one()
    (hub_url, device_id, private_key, ca_file, confirmed, cursor, epoch, token, manager,
     also_linked, openings, demo_children, highest, answered, pending, kept_aside) = row
    enrolment = None
    if hub_url and device_id and private_key:
        # Laptops enrolled before confirmation existed have no flag: they were confirmed then.
        enrolment = sync_state.Enrolment(hub_url, device_id, base64.b64decode(private_key),
                                         ca_file or "", (confirmed or "") != "0")
    position = sync_state.Position(int(cursor or 0), epoch or "", token or "", int(highest or 0),
                                   int(answered or 0))
    return Outset(enrolment, int(demo_children), position, manager == "1",
                  sorted(json.loads(also_linked)) if also_linked is not None else [],
                  list(json.loads(openings)) if openings is not None else [],
                  int(pending), bool(kept_aside))
