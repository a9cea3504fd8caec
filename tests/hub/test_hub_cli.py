"""The `directwork-hub` admin commands and `directwork sync`, run as a user runs them."""

from __future__ import annotations

import contextlib
import json
import ssl
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update

from directwork.cli import main as directwork
from directwork.domain.records import Child
from directwork.hub import admin
from directwork.hub.cli import main as hub_cli
from directwork.hub.db import HubDatabase
from directwork.hub.schema import AuditEvent
from directwork.store import records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.hub import pg
from tests.hub.harness import PASSPHRASE, HubServer, Laptop, free_port, holdings
from tests.support.disks import fill, small_tmpfs


def _hub(data: Path, *args: str) -> int:
    return hub_cli(["--data-dir", str(data), *args])


def test_admin_commands_set_up_a_hub_and_the_code_is_the_last_word(tmp_path, capsys) -> None:
    data = tmp_path / "hub-data"
    assert _hub(data, "init") == 0
    assert (data / "hub.db").exists()
    assert _hub(data, "add-team", "North") == 0
    assert _hub(data, "add-practitioner", "Sam", "--team", "North", "--manager") == 0
    assert _hub(data, "add-practitioner", "Sam") == 1
    assert "already a practitioner" in capsys.readouterr().err
    assert _hub(data, "enrol-code", "Sam") == 0
    code = capsys.readouterr().out.strip().splitlines()[-1].split()[-1]
    assert len(code) == 23 and code.count("-") == 3
    assert _hub(data, "enrol-code", "Nobody") == 1
    assert _hub(data, "audit", "verify") == 0
    assert "intact" in capsys.readouterr().out


def test_audit_verify_finds_an_altered_event(tmp_path, capsys) -> None:
    data = tmp_path / "hub-data"
    _hub(data, "add-team", "North")
    _hub(data, "add-practitioner", "Sam")
    db = HubDatabase(f"sqlite:///{data / 'hub.db'}")
    with db.writing() as s:
        s.execute(update(AuditEvent).where(AuditEvent.seq == 1).values(detail="South"))
    db.dispose()
    assert _hub(data, "audit", "verify") == 2
    assert "altered" in capsys.readouterr().err


def test_serve_refuses_plain_http_off_loopback(tmp_path, capsys) -> None:
    assert _hub(tmp_path, "serve", "--host", "0.0.0.0") == 1
    assert "only listens on this machine" in capsys.readouterr().err


def test_directwork_sync_enrols_then_syncs_and_exits_0(tmp_path, tls, monkeypatch, capsys) -> None:
    data = tmp_path / "hub-data"
    _hub(data, "add-practitioner", "Sam")
    _hub(data, "enrol-code", "Sam")
    code = capsys.readouterr().out.strip().splitlines()[-1].split()[-1]
    db = HubDatabase(f"sqlite:///{data / 'hub.db'}")
    vault_dir = tmp_path / "laptop"
    Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())[0].lock()
    monkeypatch.setenv("DIRECTWORK_PASSPHRASE", PASSPHRASE)
    laptop = ["--data-dir", str(vault_dir), "sync"]
    with HubServer(db, tls) as hub:
        assert directwork([*laptop]) == 1
        assert "not enrolled yet" in capsys.readouterr().err
        assert directwork([*laptop, "--hub", hub.url, "--enrol", code,
                           "--ca-file", str(tls.ca_file)]) == 0
        out = capsys.readouterr().out
        assert "enrolled with the hub as Sam's laptop" in out
        assert ("nothing was waiting to go up; 0 refused by the hub; received 0 records: "
                "0 applied, 0 kept aside") in out
        assert directwork(laptop) == 0
        # A record on the hub that this laptop cannot apply (taken in before the hub checked
        # as it does now) is kept aside, counted and told; the sync finishes, exit 1.
        _store_broken_record(hub)
        assert directwork(laptop) == 1
        told = capsys.readouterr()
        assert "received 2 records: 1 applied, 1 kept aside" in told.out
        assert "1 record from the hub could not be applied" in told.err
        assert directwork([*laptop, "--hub", hub.url, "--enrol", code]) == 1
        assert "already enrolled" in capsys.readouterr().err
        # Without the test CA the hub's certificate is not trusted: refused, nothing changed
        other = tmp_path / "laptop2"
        Vault.create(other, PASSPHRASE, kdf=KdfParams.fast_for_tests())[0].lock()
        assert directwork(["--data-dir", str(other), "sync", "--hub", hub.url,
                           "--enrol", "whatever"]) == 1
        assert "could not reach the hub" in capsys.readouterr().err
    assert _hub(data, "list-devices") == 0
    assert "Sam" in capsys.readouterr().out
    db.dispose()


def _store_broken_record(hub: HubServer) -> None:
    """A child and, for it, a voice entry with no updated_at, stored on the hub directly."""
    from sqlalchemy import insert

    from directwork.domain import codec
    from directwork.domain.ids import uuid7
    from directwork.domain.records import VoiceEntry
    from directwork.hub.schema import FeedEvent, RecordCopy
    from directwork.store.records import with_rev

    now = datetime.now(UTC)
    stamps = {"created_at": now, "updated_at": now, "created_by": "x", "device_id": "y"}
    child_id = uuid7()
    child = codec.record_to_dict(with_rev(Child(id=child_id, child_id=child_id,
                                                given_name="Mali", **stamps)))
    voice = codec.record_to_dict(VoiceEntry(id=uuid7(), child_id=child_id, **stamps))
    voice["updated_at"] = None
    with hub.db.writing() as s:
        practitioner = s.execute(select(admin.Practitioner.id)).scalar_one()
        s.execute(insert(admin.ChildCase), [{"child_id": child_id,
                                             "practitioner_id": practitioner}])
        for record in (child, voice):
            key = s.execute(insert(RecordCopy).returning(RecordCopy.key), [{
                "kind": record["kind"], "record_id": record["id"], "rev": record.get("rev", ""),
                "child_id": child_id, "payload": json.dumps(record), "from_device": "old",
                "is_head": True, "quarantine_reason": ""}]).scalar_one()
            s.execute(insert(FeedEvent), [{"child_id": child_id, "record_key": key,
                                           "mark": admin.new_mark()}])


@pytest.mark.parametrize("url", ["http://hub.example.org"])
def test_directwork_sync_refuses_a_hub_address_without_https(tmp_path, monkeypatch, capsys, url) -> None:
    Vault.create(tmp_path / "v", PASSPHRASE, kdf=KdfParams.fast_for_tests())[0].lock()
    monkeypatch.setenv("DIRECTWORK_PASSPHRASE", PASSPHRASE)
    assert directwork(["--data-dir", str(tmp_path / "v"), "sync", "--hub", url, "--enrol", "x"]) == 1
    assert "https://" in capsys.readouterr().err


@contextlib.contextmanager
def _serving(tls, *args: str):
    """`directwork-hub ... serve` in its own process, until it answers over TLS."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "directwork.hub.cli", *args, "--port",
                             str(port), "--cert", str(tls.cert_file), "--key", str(tls.key_file)])
    try:
        ctx = ssl.create_default_context(cafile=str(tls.ca_file))
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.get(f"https://127.0.0.1:{port}/v1/health", verify=ctx, timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "the hub did not start"
                time.sleep(0.2)
        assert answer.json()["status"] == "ok"
        yield f"https://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_runs_the_hub_over_tls_with_the_given_certificate(tmp_path, tls) -> None:
    with _serving(tls, "--data-dir", str(tmp_path / "hub-data"), "serve") as url:
        with pytest.raises(httpx.TransportError):
            httpx.get(url.replace("https", "http") + "/v1/health", timeout=2)


@pytest.mark.postgres
def test_serve_with_several_workers_on_postgresql(tmp_path, tls) -> None:
    url = pg.cluster().new_database()
    assert hub_cli(["--db", url, "add-practitioner", "Sam"]) == 0
    db = HubDatabase(url)
    laptops = []
    with _serving(tls, "--db", url, "serve", "--workers", "2") as hub_url:
        for name in ("a", "b"):
            laptop = Laptop(tmp_path, name, tls=tls)
            with db.writing() as s:
                code = admin.new_enrol_code(s, "Sam")[0]
            laptop.client.enrol(hub_url, code, ca_file=str(tls.ca_file))
            with laptop.vault.transaction() as s:
                records.save_document(s, Child(given_name=f"Child of {name}"))
            laptops.append(laptop)
        for laptop in laptops + laptops:
            assert laptop.sync().complete
        assert holdings(laptops[0]) == holdings(laptops[1]) and len(holdings(laptops[0])) == 2
    for laptop in laptops:
        laptop.close()
    db.dispose()


def test_auto_workers_fit_the_cores_and_postgresqls_connections() -> None:
    from directwork.hub.db import CONNECTIONS_PER_PROCESS, processes_that_fit

    # Each process holds up to CONNECTIONS_PER_PROCESS (9: twice its four worker threads and
    # its event loop's own), and 10 are kept free. PostgreSQL's defaults (100 connections, 3
    # reserved) leave room for nine processes: one per core up to that, never more, so no
    # process is refused a connection at a busy moment.
    assert CONNECTIONS_PER_PROCESS == 9
    assert processes_that_fit(cores=8, max_connections=100, reserved=3) == 8
    assert processes_that_fit(cores=16, max_connections=100, reserved=3) == 9
    assert processes_that_fit(cores=2, max_connections=300, reserved=3) == 2
    assert processes_that_fit(cores=16, max_connections=50, reserved=3) == 4
    assert processes_that_fit(cores=1, max_connections=1000, reserved=3) == 1
    assert processes_that_fit(cores=4, max_connections=20, reserved=3) == 1


def test_auto_workers_is_one_process_on_sqlite(tmp_path) -> None:
    db = HubDatabase(f"sqlite:///{tmp_path / 'hub.db'}")
    assert db.processes_to_serve() == 1
    db.dispose()


@pytest.mark.postgres
def test_auto_workers_reads_postgresqls_connection_limit() -> None:
    from directwork.hub.db import processes_that_fit, usable_cores

    db = HubDatabase(pg.cluster().new_database())
    with db.engine.connect() as conn:
        limit = int(conn.exec_driver_sql("SHOW max_connections").scalar_one())
        reserved = int(conn.exec_driver_sql("SHOW superuser_reserved_connections").scalar_one())
    assert db.processes_to_serve() == processes_that_fit(usable_cores(), limit, reserved)
    db.dispose()


@pytest.mark.parametrize("given", ["0", "-1", "many", "1.5"])
def test_workers_must_be_auto_or_a_whole_number(tmp_path, capsys, given: str) -> None:
    with pytest.raises(SystemExit):
        _hub(tmp_path, "serve", "--workers", given)
    assert "is not auto or a number of 1 or more" in capsys.readouterr().err
    assert not (tmp_path / "hub.db").exists()


def test_several_workers_need_postgresql(tmp_path, capsys) -> None:
    assert _hub(tmp_path, "serve", "--workers", "2") == 1
    assert "needs PostgreSQL" in capsys.readouterr().err


def test_assign_transfer_and_revoke_commands(tmp_path, capsys) -> None:
    data = tmp_path / "hub-data"
    _hub(data, "add-practitioner", "Sam")
    _hub(data, "add-practitioner", "Bea")
    capsys.readouterr()
    assert _hub(data, "assign", "child-1", "Sam") == 0
    assert _hub(data, "assign", "child-1", "Bea") == 1
    assert "already on Sam's caseload; use transfer" in capsys.readouterr().err
    assert _hub(data, "transfer", "child-1", "Bea", "Sam") == 1
    assert "not on Bea's caseload" in capsys.readouterr().err
    assert _hub(data, "transfer", "child-1", "Sam", "Bea") == 0
    assert "transferred" in capsys.readouterr().out
    assert _hub(data, "revoke-device", "no-such-device") == 1
    assert "no device" in capsys.readouterr().err
    assert _hub(data, "audit", "verify") == 0


def test_directwork_sync_on_a_revoked_laptop_says_so_then_wipes(tmp_path, tls, monkeypatch,
                                                               capsys) -> None:
    data = tmp_path / "hub-data"
    _hub(data, "add-practitioner", "Sam")
    _hub(data, "enrol-code", "Sam")
    code = capsys.readouterr().out.strip().splitlines()[-1].split()[-1]
    db = HubDatabase(f"sqlite:///{data / 'hub.db'}")
    vault_dir = tmp_path / "laptop"
    Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())[0].lock()
    monkeypatch.setenv("DIRECTWORK_PASSPHRASE", PASSPHRASE)
    with HubServer(db, tls) as hub:
        assert directwork(["--data-dir", str(vault_dir), "sync", "--hub", hub.url, "--enrol",
                           code, "--ca-file", str(tls.ca_file)]) == 0
        capsys.readouterr()
        _hub(data, "list-devices")
        device_id = capsys.readouterr().out.split()[0]
        assert _hub(data, "revoke-device", device_id) == 0
        assert directwork(["--data-dir", str(vault_dir), "sync"]) == 1
    assert "withdrawn" in capsys.readouterr().err
    assert list(vault_dir.iterdir()) == []
    db.dispose()


@pytest.mark.parametrize("hours", ["nan", "-5", "0", "100000", "inf"])
def test_enrol_code_refuses_hours_that_are_not_a_sensible_lifetime(tmp_path, capsys, hours) -> None:
    data = tmp_path / "hub-data"
    _hub(data, "add-practitioner", "Sam")
    capsys.readouterr()
    assert _hub(data, "enrol-code", "Sam", "--hours", hours) == 1
    err = capsys.readouterr()
    assert "--hours" in err.err and "code:" not in err.out
    assert _hub(data, "enrol-code", "Sam", "--hours", "0.5") == 0
    assert "code:" in capsys.readouterr().out


def test_quarantine_release_retire_and_restored_are_refused_politely_and_audited(
        tmp_path, capsys) -> None:
    data = tmp_path / "hub-data"
    _hub(data, "add-practitioner", "Sam")
    capsys.readouterr()
    assert _hub(data, "quarantine", "no-such-record", "--reason", "test") == 1
    assert "no record with id no-such-record" in capsys.readouterr().err
    assert _hub(data, "release", "no-such-record") == 1
    assert _hub(data, "retire-device", "no-such-device") == 1
    assert "no device" in capsys.readouterr().err
    assert _hub(data, "list-quarantined") == 0
    assert _hub(data, "check-records") == 0
    assert "every stored record passes" in capsys.readouterr().out
    assert _hub(data, "handed-in") == 0
    assert "nothing has been handed in" in capsys.readouterr().out
    assert _hub(data, "restored") == 0
    assert "new epoch" in capsys.readouterr().out
    db = HubDatabase(f"sqlite:///{data / 'hub.db'}")
    with db.reading() as s:
        from sqlalchemy import select

        actions = s.execute(select(AuditEvent.action)).scalars().all()
    db.dispose()
    assert "new-epoch" in actions
    assert _hub(data, "audit", "verify") == 0


def test_a_retired_laptop_hands_in_what_the_hub_does_not_hold_then_wipes(
        tmp_path, tls, monkeypatch, capsys) -> None:
    from directwork.domain.records import VisitNote
    from directwork.store import attention

    data = tmp_path / "hub-data"
    _hub(data, "add-practitioner", "Sam")
    _hub(data, "add-practitioner", "Bea")
    db = HubDatabase(f"sqlite:///{data / 'hub.db'}")
    with HubServer(db, tls) as hub:
        bea = Laptop(tmp_path, "bea", tls=tls)
        bea.enrol(hub, "Bea")
        with bea.vault.transaction() as s:
            beas = records.save_document(s, Child(given_name="Mali"))
        bea.sync()
        bea.close()
        laptop = Laptop(tmp_path, "leaver", tls=tls)
        laptop.enrol(hub, "Sam")
        with laptop.vault.transaction() as s:
            mine = records.save_document(s, Child(given_name="Dafydd"))
            refused = records.add_entry(s, VisitNote(child_id=beas.id, text="wrong case"))
        assert laptop.sync().rejected  # the hub refused the note: it stays only here
        with laptop.vault.transaction() as s:
            waiting = records.add_entry(s, VisitNote(child_id=mine.id, text="last visit"))
        capsys.readouterr()
        _hub(data, "list-devices")
        device_id = next(line.split()[0] for line in capsys.readouterr().out.splitlines()
                         if "leaver" in line or " Sam " in line)
        assert _hub(data, "retire-device", device_id) == 0
        with laptop.vault.session() as s:
            assert len(attention.refused_changes(s)) == 1
        from directwork.sync.client import DeviceRetired

        with pytest.raises(DeviceRetired, match="1 record the hub did not hold was handed in"):
            laptop.sync()
        assert not laptop.vault.is_unlocked
        assert list(laptop.vault.root.iterdir()) == []
        capsys.readouterr()
        assert _hub(data, "handed-in", "-o", str(tmp_path / "handed-in.json")) == 0
        out = capsys.readouterr().out
        assert refused.id in out and "not on your caseload" in out
        assert "1 record written to" in out
        handed = json.loads((tmp_path / "handed-in.json").read_text())
        assert [r["id"] for r in handed["records"]] == [refused.id]
        assert (tmp_path / "handed-in.json").stat().st_mode & 0o777 == 0o600
        # A name already taken is refused and left as it was; a full disk is said in one line
        # and leaves nothing under the name (no file cut short, no partial file).
        assert _hub(data, "handed-in", "-o", str(tmp_path / "handed-in.json")) == 1
        assert "already exists" in capsys.readouterr().err
        assert json.loads((tmp_path / "handed-in.json").read_text()) == handed
        with small_tmpfs(tmp_path / "stick") as stick:
            fill(stick)
            assert _hub(data, "handed-in", "-o", str(stick / "handed-in.json")) == 1
            err = capsys.readouterr().err
            assert "could not be written" in err and "nothing was written" in err
            assert [p.name for p in stick.iterdir()] == ["filler"]
        # What was waiting went up before the laptop wiped; the device is retired.
        other = Laptop(tmp_path, "sam-new", tls=tls)
        other.enrol(hub, "Sam")
        other.sync()
        with other.vault.session() as s:
            assert records.get_entry(s, VisitNote, waiting.id).text == "last visit"
        other.close()
        _hub(data, "list-devices")
        assert f"{device_id}  Sam" in capsys.readouterr().out
    with db.reading() as s:
        device = s.get(admin.Device, device_id)
        assert device.retired_at is not None and device.revoked_at is not None
    db.dispose()


@pytest.mark.parametrize("command", [["list-devices"], ["serve"], ["init"]])
def test_a_database_that_cannot_be_reached_is_said_in_one_line(capsys, command) -> None:
    # Nothing listens on the port: the administrator is told which database (never its
    # password), with no traceback, and the command does nothing.
    url = f"postgresql+psycopg://hubadmin:s3cret-word@127.0.0.1:{free_port()}/hub"
    assert hub_cli(["--db", url, *command]) == 1
    err = capsys.readouterr().err
    assert err.startswith("directwork-hub: the hub's database (postgresql+psycopg://hubadmin:***"
                          "@127.0.0.1:")
    assert "could not be used" in err and "Traceback" not in err
    assert "s3cret-word" not in err and len(err.strip().splitlines()) == 1


def test_restored_lists_the_laptops_the_backup_lets_sync_to_revoke_again(
        tmp_path, capsys) -> None:
    """A backup made before a laptop was revoked lets that laptop sync again once restored:
    ``restored`` says so and lists every laptop the restored hub lets sync."""
    from directwork.hub import admin
    from directwork.sync import signing

    data = tmp_path / "hub-data"
    _hub(data, "add-practitioner", "Sam")
    db = HubDatabase(f"sqlite:///{data / 'hub.db'}")
    ids = []
    with db.writing() as s:
        for n in range(2):
            code, _ = admin.new_enrol_code(s, "Sam")
            device, _ = admin.enrol(s, code, signing.public_key_b64(signing.new_key()),
                                    f"laptop {n}", 1)
            admin.confirm(s, device)
            ids.append(device.id)
        admin.revoke_device(s, ids[1])
    db.dispose()
    capsys.readouterr()
    assert _hub(data, "restored") == 0
    out = capsys.readouterr().out
    assert "revoke again" in out and ids[0] in out and ids[1] not in out
