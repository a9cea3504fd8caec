"""Problem answers: what the hub builds, the laptop reads back, whatever arrives."""

from __future__ import annotations

import json

from directwork.core.problems import ProblemAnswer, read_problem


def test_a_refusal_is_an_rfc_9457_document_with_our_two_members():
    body = ProblemAnswer(409, "changes must arrive in order", expected_seq=12).to_json()
    assert body == {"type": "about:blank", "title": "Conflict", "status": 409,
                    "detail": "changes must arrive in order", "wipe": False, "expected_seq": 12}
    assert "expected_seq" not in ProblemAnswer(401, "unsigned").to_json()


def test_what_the_hub_builds_the_laptop_reads_back():
    answer = ProblemAnswer(403, "access withdrawn", wipe=True)
    assert read_problem(403, json.dumps(answer.to_json()).encode()) == answer


def test_an_answer_that_is_not_a_problem_still_reads_and_never_asks_for_a_wipe():
    for content in (b"<html>Bad gateway</html>", b'{"detail": "cut of', b"[1, 2]", b"\xff\xfe",
                    b""):
        answer = read_problem(502, content)
        assert answer == ProblemAnswer(502, "HTTP 502")


def test_only_a_literal_true_asks_for_a_wipe_and_only_a_whole_number_is_a_sequence():
    odd = json.dumps({"detail": "x", "wipe": "yes", "expected_seq": True}).encode()
    assert read_problem(403, odd) == ProblemAnswer(403, "x")
    assert read_problem(409, b'{"detail": "x", "expected_seq": "7"}').expected_seq is None
