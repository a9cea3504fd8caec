"""The strict record schema's refusals (domain/validation.py), read by a practitioner."""

from __future__ import annotations

from directwork.domain.validation import kind_problem


def test_an_unknown_kind_is_refused_in_one_short_line_naming_where() -> None:
    """However many kinds there are, the refusal is one short line at the kind's path."""
    problem = kind_problem({"kind": "x" * 500}, "$.records[3]")
    assert problem is not None
    assert problem.path == "$.records[3].kind"
    assert "is not a kind of record" in problem.message and len(problem.message) < 150
    assert kind_problem({"kind": "child"}) is None
