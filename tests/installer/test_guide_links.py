"""The practitioner's guide and the identity notes point only at pictures and pages that
exist: a renamed screenshot must not leave a practitioner looking at a broken image."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


@pytest.mark.parametrize("page", ["guide.md", "identity.md"])
def test_every_local_link_and_image_resolves(page):
    text = (DOCS / page).read_text(encoding="utf-8")
    targets = [t.split("#")[0] for t in LINK.findall(text)
               if not t.startswith(("http://", "https://", "#"))]
    assert targets, f"{page} links to nothing local: the pattern no longer matches"
    missing = [t for t in targets if not (DOCS / t).resolve().exists()]
    assert not missing, f"{page} points at files that do not exist: {missing}"
