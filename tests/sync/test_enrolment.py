"""Enrolment through a network that drops, cuts off, duplicates, reorders and 503s requests
(the fault proxy of tests/sync/faults.py, in front of a real hub over HTTPS): each laptop is
enrolled once, as one device, with no orphans left behind; a code is used only when the
laptop confirms; an unconfirmed laptop shows in list-devices and its code runs out."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from directwork.domain.records import Child
from directwork.hub import admin
from directwork.hub.cli import main as hub_cli
from directwork.hub.schema import EnrolCode
from directwork.store import records, sync_state
from directwork.sync.client import SyncClient, SyncError
from tests.hub.harness import holdings, hub, new_laptop, sqlite_hub, tls  # noqa: F401
from tests.sync.faults import FaultProxy


def _devices(server) -> list[admin.DeviceInfo]:
    with server.db.reading() as s:
        return admin.list_devices(s)


def test_enrolment_through_a_faulty_network_gives_each_laptop_one_device(
        hub, new_laptop, tls):  # noqa: F811
    hub.add_practitioner("Sam")
    laptops = [new_laptop(f"l{i}", retries=8, timeout=5) for i in range(3)]
    with FaultProxy(hub.url, str(tls.ca_file)) as proxy:
        proxy.faults(["drop", "cut", "duplicate", "503", "drop_answer", "reorder", "pass"])
        for laptop in laptops:
            laptop.client.enrol(proxy.url, hub.enrol_code("Sam"))
        assert {"drop", "cut", "duplicate", "drop_answer"} <= set(proxy.used)
        proxy.clean()
        with laptops[0].vault.transaction() as s:
            records.save_document(s, Child(given_name="Dafydd"))
        for laptop in laptops + laptops:
            assert laptop.client.sync().complete
    devices = _devices(hub)
    assert sorted(d.id for d in devices) == sorted(
        sync_state.enrolment(laptop.vault).device_id for laptop in laptops)
    assert [d.state for d in devices] == ["active"] * 3
    assert holdings(laptops[1]) == holdings(laptops[0]) != set()


def test_a_lost_answer_and_a_retry_later_give_the_same_device_and_the_code_is_used_once(
        sqlite_hub, new_laptop, tls, tmp_path, capsys):  # noqa: F811
    sqlite_hub.add_practitioner("Sam")
    code = sqlite_hub.enrol_code("Sam")
    laptop = new_laptop("first")
    with FaultProxy(sqlite_hub.url, str(tls.ca_file)) as proxy:
        # The hub registers the laptop, but the answer never arrives and the laptop gives up.
        proxy.faults(["drop_answer"])
        with pytest.raises(SyncError):
            SyncClient(laptop.vault, retries=0).enrol(proxy.url, code)
        (pending,) = _devices(sqlite_hub)
        assert pending.state == "unconfirmed" and pending.expires_at is not None
        assert hub_cli(["--db", sqlite_hub.db.url, "list-devices"]) == 0
        assert "unconfirmed (code expires" in capsys.readouterr().out
        proxy.clean()
        # Another laptop cannot take the code while it is held for the first one.
        with pytest.raises(SyncError, match="being used by another laptop"):
            new_laptop("second").client.enrol(proxy.url, code)
        # Later (the app was closed meanwhile), the first laptop tries again: same device.
        answer = SyncClient(laptop.vault).enrol(proxy.url, code)
    assert answer.device_id == pending.id
    (device,) = _devices(sqlite_hub)
    assert device.state == "active"
    with sqlite_hub.db.reading() as s:
        (row,) = s.query(EnrolCode).all()
        assert row.used_at is not None and row.device_id == pending.id


def test_an_unconfirmed_laptop_confirms_at_its_next_sync_and_an_expired_one_enrols_anew(
        sqlite_hub, new_laptop, tls):  # noqa: F811
    sqlite_hub.add_practitioner("Sam")
    laptop = new_laptop("laptop")
    with FaultProxy(sqlite_hub.url, str(tls.ca_file)) as proxy:
        # The enrolment arrives; the confirmation is lost every time.
        proxy.faults(["pass", "drop", "drop"])
        SyncClient(laptop.vault, retries=1, backoff=0.01).enrol(proxy.url,
                                                                sqlite_hub.enrol_code("Sam"))
        held = sync_state.enrolment(laptop.vault)
        assert held is not None and not held.confirmed
        assert [d.state for d in _devices(sqlite_hub)] == ["unconfirmed"]
        proxy.clean()
        assert SyncClient(laptop.vault).sync().complete
    assert sync_state.enrolment(laptop.vault).confirmed
    assert [d.state for d in _devices(sqlite_hub)] == ["active"]

    # A second laptop never confirms before its code runs out: it is listed as expired, can
    # never sync, and enrols afresh with a new code.
    other = new_laptop("other")
    with FaultProxy(sqlite_hub.url, str(tls.ca_file)) as proxy:
        proxy.faults(["pass", "drop"])
        SyncClient(other.vault, retries=0).enrol(proxy.url, sqlite_hub.enrol_code("Sam"))
        proxy.clean()
        stale = sync_state.enrolment(other.vault).device_id
        with sqlite_hub.db.writing() as s:
            s.execute(update(EnrolCode).where(EnrolCode.device_id == stale)
                      .values(expires_at=datetime.now(UTC) - timedelta(minutes=1)))
        assert {d.id: d.state for d in _devices(sqlite_hub)}[stale] == "expired"
        with pytest.raises(SyncError, match="expired"):
            other.sync()
    other.enrol(sqlite_hub, "Sam")
    assert other.sync().complete
    states = {d.id: d.state for d in _devices(sqlite_hub)}
    assert states[stale] == "expired"
    assert states[sync_state.enrolment(other.vault).device_id] == "active"


def test_enrolling_again_with_the_same_code_before_confirming_gets_the_same_device(
        sqlite_hub, new_laptop, tls):  # noqa: F811
    sqlite_hub.add_practitioner("Sam")
    code = sqlite_hub.enrol_code("Sam")
    laptop = new_laptop("laptop")
    with FaultProxy(sqlite_hub.url, str(tls.ca_file)) as proxy:
        proxy.faults(["pass", "drop"])  # the answer arrives; the confirmation does not
        first = SyncClient(laptop.vault, retries=0).enrol(proxy.url, code)
        assert not first.confirmed
        proxy.clean()
        # The practitioner types the same code again rather than just syncing.
        again = SyncClient(laptop.vault).enrol(proxy.url, code)
    assert again.device_id == first.device_id and again.confirmed
    assert [d.state for d in _devices(sqlite_hub)] == ["active"]


def test_a_certificate_authority_file_that_cannot_be_used_is_refused_in_words_at_once(
        sqlite_hub, new_laptop, tls, tmp_path):  # noqa: F811
    # A pipe nobody writes to would leave the enrolment "Connecting…" for ever; each of these
    # is refused at once, saying what is wrong with the file, and the laptop is not enrolled.
    sqlite_hub.add_practitioner("Sam")
    code = sqlite_hub.enrol_code("Sam")
    laptop = new_laptop("laptop")
    pipe = tmp_path / "ca-pipe.pem"
    os.mkfifo(pipe)
    junk = tmp_path / "junk.pem"
    junk.write_text("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n")
    words = tmp_path / "notes.crt"
    words.write_text("Dyma'r tystysgrif.\n")
    for path, said in [(pipe, "is not a file (a device or a pipe)"),
                       (tmp_path / "nowhere.pem", "was not found"),
                       (tmp_path, "is a folder, not a file"),
                       (junk, "holds no certificate this laptop can read"),
                       (words, "holds no certificate this laptop can read")]:
        with pytest.raises(SyncError) as caught:
            SyncClient(laptop.vault, retries=0).enrol(sqlite_hub.url, code, ca_file=str(path))
        assert str(caught.value).startswith(f"the certificate authority file {path} {said}")
    assert _devices(sqlite_hub) == []
    # The right file, with words around its certificate, still enrols the laptop.
    worded = tmp_path / "hub-ca.pem"
    worded.write_text("Tystysgrif yr hwb — the hub's certificate\n" + tls.ca_file.read_text())
    answer = SyncClient(laptop.vault).enrol(sqlite_hub.url, code, ca_file=str(worded))
    assert answer.confirmed
