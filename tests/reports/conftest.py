"""A real vault holding the marker case (tests/reports/markers.py), and the nine summaries
built from it (three audiences x three languages), made once for the whole run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from directwork.domain.records import SummaryAudience, SummaryLanguage
from directwork.reports import build_summary
from directwork.store.case import load_case
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.reports.markers import TODAY, MarkerCase, seed_marker_case


@pytest.fixture(scope="session")
def marker_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MarkerCase]:
    data_dir: Path = tmp_path_factory.mktemp("reports") / "vault"
    vault, _ = Vault.create(data_dir, "a long test passphrase", practitioner_name="Sam",
                            kdf=KdfParams.fast_for_tests())
    child_id = seed_marker_case(vault)
    yield MarkerCase(vault, child_id)
    vault.lock()


@pytest.fixture(scope="session")
def summaries(marker_case: MarkerCase) -> dict[tuple[SummaryAudience, SummaryLanguage], bytes]:
    with marker_case.vault.session() as session:
        case = load_case(session, marker_case.child_id)
    return {(a, lang): build_summary(case, a, lang, today=TODAY)
            for a in SummaryAudience for lang in SummaryLanguage}
