"""Welsh summaries, Welsh first on bilingual pages, embedded fonts that cover Welsh letters and
other languages' names, and the PDF's own title, author, subject and language."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.pdfbase import pdfmetrics

from directwork.domain.catalogue import catalogue
from directwork.domain.records import SummaryAudience, SummaryLanguage
from directwork.reports.fonts import register_fonts
from tests.reports.markers import page_texts, pdf_text

WELSH_LETTERS = "âêîôûŵŷÂÊÎÔÛŴŶẁẃẅỳÿáéíóúàèìòùäëïöü"
NAMES_FROM_OTHER_LANGUAGES = "Łukasz Wiśniewski, Dağhan Öztürk, Nguyễn Thị Hương, Şerban Ţepeş, Ø"


def test_welsh_child_summary_is_in_welsh_with_circumflexed_w_and_y(summaries) -> None:
    text = pdf_text(summaries[(SummaryAudience.CHILD, SummaryLanguage.CY)])
    for words in ("Fy nghynllun diogelwch", "Tŷ'r pethau da",
                  "Mae grŵp o bobl yn gweithio gyda'i gilydd i dy helpu di.",
                  "Mewn argyfwng, ffonia 999.", "Childline: 0800 1111.", "Dy wybodaeth di"):
        assert words in text
    assert "ŵ" in text and "ŷ" in text
    assert "My safety plan" not in text and "What you told us" not in text


def _fonts(pdf: bytes) -> list[DictionaryObject]:
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font")
        for ref in (fonts.get_object().values() if fonts else []):
            found.append(ref.get_object())
    return found


@pytest.mark.parametrize("language", list(SummaryLanguage))
@pytest.mark.parametrize("audience", list(SummaryAudience))
def test_every_font_in_every_summary_is_embedded(summaries, audience, language) -> None:
    fonts = _fonts(summaries[(audience, language)])
    assert fonts
    for font in fonts:
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, f"{font.get('/BaseFont')} is a built-in, unembedded font"
        assert "/FontFile2" in descriptor.get_object(), f"{font.get('/BaseFont')} is not embedded"


def test_the_fonts_cover_welsh_letters_every_catalogue_word_and_names_from_other_languages(
        ) -> None:
    needed = set(WELSH_LETTERS + NAMES_FROM_OTHER_LANGUAGES + "\u201c\u201d\u2022\u2013\u00b7")
    for lang in ("en", "cy"):
        for words in catalogue(lang).values():
            needed |= set("".join(words) if isinstance(words, list) else words)
    needed -= set(" \n")
    for name in register_fonts():
        covered = pdfmetrics.getFont(name).face.charToGlyph
        missing = sorted(ch for ch in needed if ord(ch) not in covered)
        assert not missing, f"{name} has no glyph for {missing}"


@pytest.mark.parametrize("audience", list(SummaryAudience))
def test_on_bilingual_pages_welsh_comes_before_english(summaries, audience) -> None:
    cy, en = catalogue("cy"), catalogue("en")
    # One English sentence may have two Welsh ones (ti to the child, chi to carers).
    welsh_for: dict[str, set[str]] = {}
    for key, english in en.items():
        # Whole phrases only: a single word ("Practitioner") may be part of someone's name.
        # Words printed only inside other sentences ("given to parents and carers") are
        # checked with the sentence: in Welsh they mutate there ("i rieni a gofalwyr").
        if isinstance(english, str) and "{" not in english and len(english) >= 12 \
                and " " in english and cy[key] != english \
                and not key.startswith(("labels.given_to.", "visit.")):
            welsh_for.setdefault(english, set()).add(cy[key])
    checked = 0
    for page in page_texts(summaries[(audience, SummaryLanguage.BOTH)]):
        for english, welsh in welsh_for.items():
            if english in page:
                at = [page.index(w) for w in welsh if w in page]
                assert at, f"{english!r} printed without its Welsh"
                assert min(at) < page.index(english), f"{english!r} printed before the Welsh"
                checked += 1
    assert checked >= 5


@pytest.mark.parametrize(("language", "lang"), [(SummaryLanguage.EN, "en-GB"),
                                                (SummaryLanguage.CY, "cy-GB"),
                                                (SummaryLanguage.BOTH, "cy-GB")])
@pytest.mark.parametrize("audience", list(SummaryAudience))
def test_summary_carries_title_author_subject_and_language(summaries, audience, language, lang
                                                           ) -> None:
    reader = PdfReader(io.BytesIO(summaries[(audience, language)]))
    meta = reader.metadata
    assert meta is not None
    assert meta.title and "Rhys" in meta.title
    assert meta.author == "Sam Practitioner"
    assert meta.subject
    assert reader.trailer["/Root"]["/Lang"] == lang
    if language is SummaryLanguage.CY:
        assert "ynllun" in meta.title and "safety plan" not in meta.title


def test_child_summary_text_is_at_least_14_points(summaries) -> None:
    sizes: set[float] = set()

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            sizes.add(round(font_size * tm[0], 1))

    for audience in (SummaryAudience.CHILD, SummaryAudience.CARER):
        reader = PdfReader(io.BytesIO(summaries[(audience, SummaryLanguage.EN)]))
        for page in reader.pages:
            page.extract_text(visitor_text=visit)
    # The footer (page numbers) is the only smaller text.
    body = {s for s in sizes if s != 11}
    assert body and min(body) >= 14, sorted(sizes)
