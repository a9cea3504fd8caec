"""The hub's write lock: a second writer waits until the first has committed. Feed numbers
therefore become visible in order, so a laptop that has read up to number N can never later
miss a smaller number committed behind it."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from directwork.hub.schema import FeedEvent
from tests.hub.harness import hub_database


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_second_writer_waits_for_the_first_to_commit(backend, tmp_path) -> None:
    db = hub_database(backend, tmp_path)
    first_holding = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def first() -> None:
        with db.writing() as s:
            s.add(FeedEvent(child_id="c1", removed_from="p"))
            s.flush()
            first_holding.set()
            release.wait(10)
            order.append("first commits")

    def second() -> None:
        first_holding.wait(10)
        with db.writing() as s:
            order.append("second writes")
            s.add(FeedEvent(child_id="c2", removed_from="p"))

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    try:
        for t in threads:
            t.start()
        first_holding.wait(10)
        time.sleep(0.5)
        assert order == []  # the second writer is still waiting
        release.set()
        for t in threads:
            t.join(20)
        assert order == ["first commits", "second writes"]
        with db.reading() as s:
            numbered = s.execute(select(FeedEvent.child_id).order_by(FeedEvent.seq)).scalars().all()
            assert numbered == ["c1", "c2"]
            assert s.execute(select(func.count()).select_from(FeedEvent)).scalar() == 2
    finally:
        release.set()
        db.dispose()
