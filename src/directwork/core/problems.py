"""Problem answers (RFC 9457, ``application/problem+json``): how the hub refuses, in words.

The hub builds them; the laptop reads them. Besides the standard members (``type``, ``title``,
``status``, ``detail``) two of our own say what the laptop must do: ``wipe`` (this device's
access was withdrawn: remove its records) and ``expected_seq`` (the next change number the hub
expects, after a gap).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

PROBLEM_MEDIA_TYPE = "application/problem+json"


@dataclass(frozen=True, slots=True)
class ProblemAnswer:
    """A refusal: its HTTP status, what went wrong in words, and what the laptop must do."""

    status: int
    detail: str
    wipe: bool = False
    expected_seq: int | None = None

    @property
    def title(self) -> str:
        try:
            return HTTPStatus(self.status).phrase
        except ValueError:
            return "Refused"

    def to_json(self) -> dict[str, Any]:
        """The answer's body; ``expected_seq`` is left out when there is none."""
        body: dict[str, Any] = {"type": "about:blank", "title": self.title,
                                "status": self.status, "detail": self.detail, "wipe": self.wipe}
        if self.expected_seq is not None:
            body["expected_seq"] = self.expected_seq
        return body


def read_problem(status: int, content: bytes) -> ProblemAnswer:
    """What an answer with a refusal ``status`` says, however it is formed.

    An answer that is not a problem document (a proxy's HTML page, cut-off JSON) still gives a
    ProblemAnswer: its detail names the HTTP status, and it asks for no wipe. Only a literal
    ``true`` asks for a wipe, and only a whole number is taken as ``expected_seq``.
    """
    try:
        body = json.loads(content)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
    detail = body.get("detail")
    expected = body.get("expected_seq")
    return ProblemAnswer(
        status=status,
        detail=str(detail) if detail else f"HTTP {status}",
        wipe=body.get("wipe") is True,
        expected_seq=expected if isinstance(expected, int) and not isinstance(expected, bool)
        else None,
    )
