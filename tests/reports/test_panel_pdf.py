"""The panel's context summary on a team manager's real vault: in English, Welsh and both; the
children named in full or by initials and date of birth; nothing an entry's sharing keeps from
the team or from other agencies, read back from the PDF with pdftotext; and the
information-sharing entry on each linked child's record when the summary is given."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from directwork.domain.records import InformationSharing, SummaryLanguage
from directwork.reports.panel import PanelNaming, build_panel_summary
from directwork.store import links, operations
from directwork.store import records as svc
from directwork.store.practice import PracticeRuleError
from directwork.store.views.team import load_team_context
from tools.sample_team import add_sample_context, add_sample_team

TODAY = date(2026, 11, 30)


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


@pytest.fixture
def manager(vault):
    with vault.transaction() as s:
        links.set_team_manager(s, True)
        ids = add_sample_team(s)
        context_id = add_sample_context(s, ids)
    return vault, ids, context_id


@pytest.mark.parametrize("language", list(SummaryLanguage))
def test_the_summary_leaves_out_what_sharing_withholds(manager, language):
    vault, _ids, context_id = manager
    view = operations.read(vault, load_team_context, context_id)
    for naming in PanelNaming:
        text = _text(build_panel_summary(view, language, naming, TODAY, "Pat Manager"))
        # Kept from the team (a worker-only entry, a practitioner-only note): never printed.
        assert "KEPTFROMTEAM" not in text
        assert "sleep at the garages" not in text and "cousin may own" not in text
        # Shared with the team but not with other agencies: the panel is other agencies.
        assert "take bags round" not in text
        # Shared with agencies: printed, as said.
        assert "my mates are there" in text
        # The plan, with owners and agencies.
        assert "PC Bethan Lloyd" in text and "Community safety" in text
    titles = {SummaryLanguage.EN: ["Context summary for the exploitation panel"],
              SummaryLanguage.CY: ["Crynodeb cyd-destun ar gyfer y panel camfanteisio"],
              SummaryLanguage.BOTH: ["Crynodeb cyd-destun ar gyfer y panel camfanteisio",
                                     "Context summary for the exploitation panel"]}[language]
    text = _text(build_panel_summary(view, language, PanelNaming.FULL, TODAY))
    assert all(t in text for t in titles)
    if language is SummaryLanguage.EN:
        assert "Crynodeb" not in text
    if language is SummaryLanguage.BOTH:
        assert text.index(titles[0]) < text.index(titles[1])


def test_children_are_named_as_chosen_at_print_time(manager):
    vault, _ids, context_id = manager
    view = operations.read(vault, load_team_context, context_id)
    full = _text(build_panel_summary(view, SummaryLanguage.EN, PanelNaming.FULL, TODAY))
    assert "Kai Morgan (born 14 March 2011)" in full and "Tia Rees" in full
    short = _text(build_panel_summary(view, SummaryLanguage.EN, PanelNaming.INITIALS, TODAY))
    assert "K.M., born 14 March 2011" in short and "T.R., born 2 November 2010" in short
    for name in ("Kai", "Morgan", "Tia", "Rees", "Jay", "Collins", "Osian", "Jenkins"):
        assert name not in short, name
    assert "Children are named by their initials and date of birth." in short


def test_giving_it_writes_an_information_sharing_entry_on_each_linked_child(manager):
    vault, ids, context_id = manager
    with pytest.raises(PracticeRuleError, match="Say who it was shared with"):
        operations.change(vault, links.record_panel_given, context_id, "", "", "", "in full")
    with vault.session() as s:
        assert svc.list_entries(s, InformationSharing) == []
    operations.change(vault, links.record_panel_given, context_id,
                      "Cwm Rhyd exploitation panel", "To plan the response to the garages.",
                      "To safeguard the children (Children Act 2004 s.11)", "by initials")
    with vault.session() as s:
        logged = svc.list_entries(s, InformationSharing)
    assert sorted(e.child_id for e in logged) == sorted(
        ids[n] for n in ("Kai", "Tia", "Osian", "Jay"))
    for entry in logged:
        assert entry.with_whom == "Cwm Rhyd exploitation panel" and entry.shared
        assert "Heol Fawr garages" in entry.what
        # Another child's name is never on this child's record.
        assert not any(n in entry.what for n in ("Kai", "Tia", "Osian", "Jay"))
