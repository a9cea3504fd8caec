"""The typeface every summary uses, embedded in the PDF.

DejaVu Sans, because it covers every Welsh letter (â ê î ô û ŵ ŷ ẁ ẃ ẅ ỳ and their capitals)
and the names of children and families from many other languages. Atkinson Hyperlegible was
the first choice for easy read, but the build available as a package (1.6) has no ŵ or ŷ,
and a child's Welsh name must never print as empty boxes. Only the regular and bold faces are
shipped; summaries never use italics (harder to read for many children).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from directwork.paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the summary fonts with ReportLab once per process; returns (regular, bold)."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    # <b> in a paragraph must pick the embedded bold face, never a built-in PDF font.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
