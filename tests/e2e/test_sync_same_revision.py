"""Two laptops that hold the same records (here: both imported the same file, each stamping
them with its own practitioner, device and time) send them to a real hub on SQLite and
PostgreSQL: the second laptop's copies are recognised as the same revisions and entries
(revision ids and content, never stamps), answered duplicate, and kept once."""

from __future__ import annotations

from sqlalchemy import func, select

from directwork.domain.records import RECORD_KINDS
from directwork.hub.schema import RecordCopy
from directwork.store import records
from directwork.store.interchange import export_records, import_records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.hub.harness import hub, new_laptop, tls  # noqa: F401
from tests.support.linked import fill_child

STAMPS = ("created_at", "updated_at", "created_by", "device_id")


def _identities(laptop) -> set[tuple[str, str, str]]:
    with laptop.vault.session() as s:
        return {(r.KIND, r.id, getattr(r, "rev", "")) for r in records.iter_all(
            s, RECORD_KINDS.values())}


def test_the_same_file_imported_on_two_laptops_is_one_set_of_records_on_the_hub(
        hub, new_laptop, tmp_path):  # noqa: F811
    source, _ = Vault.create(tmp_path / "other-system", PASSPHRASE, kdf=KdfParams.fast_for_tests())
    with source.transaction() as s:
        fill_child(s)
    with source.session() as s:
        data = export_records(s)
    source.lock()
    # As another system would send it: no stamps, so each import stamps its own.
    for record in data["records"]:
        for name in STAMPS:
            record.pop(name, None)
    hub.add_practitioner("Alex")
    first, second = new_laptop("first", push_batch=7), new_laptop("second", push_batch=7)
    first.enrol(hub, "Alex")
    second.enrol(hub, "Alex")
    for laptop in (first, second):
        with laptop.vault.transaction() as s:
            assert import_records(s, data).ok

    # The file holds a plan in two versions (two heads): those two come back "conflict".
    assert first.sync().pushed == {"accepted": len(data["records"]) - 2, "conflict": 2}
    again = second.sync()
    assert again.rejected == []
    assert again.pushed == {"duplicate": len(data["records"])}
    assert first.sync().complete and second.sync().complete
    with hub.db.reading() as s:
        assert s.execute(select(func.count()).select_from(RecordCopy)).scalar_one() == \
            len(data["records"])
    assert _identities(first) == _identities(second)
