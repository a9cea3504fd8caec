"""`directwork due`: the practice check as a morning print-out and as JSON, from a real vault
in a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from directwork.cli import main
from directwork.domain.policy import load_policy
from directwork.domain.records import (
    Child,
    Concern,
    KeyMoment,
    KeyMomentType,
    Severity,
    Visit,
)
from directwork.store import practice, records
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE

MONDAY = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def run(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DIRECTWORK_")}
    full_env.update(env, DIRECTWORK_PASSPHRASE=PASSPHRASE)
    return subprocess.run([sys.executable, "-m", "directwork", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=full_env, stdin=subprocess.DEVNULL,
                          timeout=120)


@pytest.fixture
def caseload(vault: Vault, data_dir: Path) -> Path:
    """Two children on Monday 2 March: Jay came back from a missing episode on Sunday and has a
    concern raised; Alex was seen today and has nothing but a missing plan."""
    policy = load_policy(env={})
    vault.clock = lambda: MONDAY
    with vault.transaction() as s:
        jay = records.save_document(s, Child(given_name="Jay", family_name="Smith", team="North"))
        alex = records.save_document(s, Child(given_name="Alex", family_name="Jones", team="South"))
        records.save_document(s, Visit(child_id=alex.id, started_at=MONDAY))
        records.save_document(s, Visit(child_id=jay.id, started_at=MONDAY))
        practice.record_key_moment(s, KeyMoment(
            child_id=jay.id, moment_type=KeyMomentType.MISSING,
            occurred_at=MONDAY - timedelta(days=2), returned_at=MONDAY - timedelta(hours=20)), policy)
        practice.raise_concern(s, Concern(child_id=jay.id, summary="Older boys at the park",
                                          severity=Severity.MEDIUM), policy)
    vault.lock()
    return data_dir


def test_the_morning_print_out_puts_overdue_first_grouped_and_aligned(caseload: Path) -> None:
    # Thursday: the return interview (due Wednesday 13:30 UTC) is overdue; the concern's five
    # working days are not up; the return brought the plan review forward to Friday.
    result = run(caseload, "due", "--as-of", "2026-03-05T08:00")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Practice check, Thu 5 Mar 2026 08:00: 5 items, 1 overdue "
                          "(2 children checked)")
    overdue, todo = out.split("\nTO DO (4)\n")
    assert "OVERDUE (1)\n  Key-moment responses\n" in overdue
    assert "    Wed 4 Mar 2026 13:30  Jay Smith   Missing episode (Sat 28 Feb 2026): Hold a " \
           "return interview\n" in overdue
    assert todo.index("  Concerns") < todo.index("  Reviews") < todo.index("  Safety plans")
    assert "    Mon 9 Mar 2026        Jay Smith   Older boys at the park" in todo
    assert "    Fri 6 Mar 2026        Jay Smith   Review brought forward by a key moment\n" in todo
    assert "    -                     Alex Jones  No safety plan yet\n" in todo


def test_json_for_scripts_carries_every_item_with_its_link(caseload: Path) -> None:
    result = run(caseload, "due", "--json", "--as-of", "2026-03-05T08:00:00+00:00")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["total"] == 5 and report["overdue"] == 1 and report["children_checked"] == 2
    assert report["counts"]["plan"] == 2 and report["counts"]["key_moment"] == 1
    first = report["items"][0]
    assert first["overdue"] and first["category"] == "key_moment"
    assert first["due"] == "2026-03-04T13:30:00+00:00" and first["due_date"] == "2026-03-04"
    assert first["link"] == f"directwork://child/{first['child_id']}/key_moment/{first['record_id']}"
    # Each deadline says what its rule is: the return interview is national guidance...
    assert first["rule"]["key"] == "key_moments.missing"
    assert first["rule"]["mark"] == "guidance" and first["rule"]["guidance"] == "72 hours"
    assert any("72 hours of the child returning" in s["quote"] for s in first["rule"]["sources"])
    assert first["message"]["id"] == "key_moment.open"
    assert first["message"]["params"]["moment"] == "missing"
    # ...the concern's clock a local choice; a plan not agreed has no rule.
    by_category = {i["category"]: i for i in report["items"]}
    assert by_category["concern"]["rule"]["mark"] == "local"
    assert by_category["review"]["rule"]["key"] == "key_moments.missing.review"
    assert by_category["review"]["rule"]["mark"] == "local"
    assert by_category["plan"]["rule"] is None


def test_a_team_filter_lists_only_that_team(caseload: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIRECTWORK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("DIRECTWORK_POLICY", raising=False)
    assert main(["--data-dir", str(caseload), "due", "--json", "--team", "South",
                 "--as-of", "2026-03-05T08:00"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {i["child_name"] for i in report["items"]} == {"Alex Jones"}


def test_a_broken_policy_file_is_one_line_naming_the_key(caseload: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "service.toml"
    bad.write_text('[reviews]\ninterval_months = "three"\n', encoding="utf-8")
    monkeypatch.setenv("DIRECTWORK_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(caseload), "due", "--policy", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "reviews.interval_months" in err and str(bad) in err


def test_an_empty_vault_says_nothing_is_due(vault: Vault, data_dir: Path) -> None:
    vault.lock()
    result = run(data_dir, "due")
    assert result.returncode == 0 and result.stdout.endswith("\nNothing due.\n")


def test_a_service_policy_laxer_than_the_guidance_is_refused_with_the_guidance_figure(
        caseload: Path, tmp_path: Path) -> None:
    lax = tmp_path / "service.toml"
    lax.write_text('[key_moments.missing]\nwithin = "5 working days"\n', encoding="utf-8")
    result = run(caseload, "due", DIRECTWORK_POLICY=str(lax))
    assert result.returncode == 1 and result.stdout == ""
    assert "key_moments.missing.within" in result.stderr and str(lax) in result.stderr
    assert "laxer than the national guidance, which is 72 hours" in result.stderr
