"""Laptops pushing and pulling at the same moment all end up with every record (the hub's
write lock itself is tested in tests/hub/test_write_lock.py)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from directwork.domain.records import Child, VisitNote
from directwork.store import records
from tests.hub.harness import holdings, hub, new_laptop, tls  # noqa: F401


def test_laptops_pushing_and_pulling_at_once_end_up_with_everything(hub, new_laptop):  # noqa: F811
    hub.add_practitioner("Sam")
    laptops = [new_laptop(f"l{i}") for i in range(5)]
    for laptop in laptops:
        laptop.enrol(hub, "Sam")
    with laptops[0].vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
    laptops[0].sync()

    def busy(laptop) -> None:
        laptop.sync()
        for round_ in range(3):
            with laptop.vault.transaction() as s:
                for n in range(15):
                    records.add_entry(s, VisitNote(child_id=child.id, text=f"{round_}.{n}"))
            laptop.sync()

    with ThreadPoolExecutor(max_workers=len(laptops)) as pool:
        list(pool.map(busy, laptops))
    for laptop in laptops:
        assert laptop.sync().complete
    held = [holdings(laptop) for laptop in laptops]
    assert all(h == held[0] for h in held)
    assert len(held[0]) == 1 + 5 * 3 * 15
