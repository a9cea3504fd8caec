"""Pictures in the child's summary: every item picture co-review shows can be drawn in the
PDF, and the pictures a child picked appear beside their items' words, in both languages,
and never beside words withheld from them."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from directwork.domain import pictures
from directwork.domain.records import PictureChoice, SummaryAudience, SummaryLanguage
from directwork.reports import build_summary
from directwork.reports.pictures import NotDrawable, Picture, picked_items, shapes
from tests.reports.markers import pdf_text
from tools.sample_case import sample_case

TODAY = date(2026, 3, 4)


@pytest.mark.parametrize("name", pictures.all_pictures())
def test_every_item_picture_is_drawable_in_a_summary(name) -> None:
    assert shapes(name)
    assert Picture(name).wrap(100, 100) == (30, 30)


def test_an_svg_with_shapes_the_reader_does_not_draw_is_refused(tmp_path, monkeypatch) -> None:
    (tmp_path / "icons" / "items").mkdir(parents=True)
    (tmp_path / "icons" / "items" / "odd.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><text>Hi</text></svg>')
    monkeypatch.setattr("directwork.reports.pictures.resource_path",
                        lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(NotDrawable, match="text"):
        shapes.__wrapped__("odd")


def _picked(case, item: str, picture: str, minute: int) -> PictureChoice:
    return PictureChoice(id=f"pc-{minute}", child_id=case.child.id, plan_id=case.plan.id,
                         item=item, picture=picture,
                         created_at=datetime(2026, 3, 2, 10, minute, tzinfo=UTC))


@pytest.mark.parametrize("language", [SummaryLanguage.EN, SummaryLanguage.CY])
def test_the_pictures_a_child_picked_are_beside_their_words_in_their_summary(language) -> None:
    case = sample_case()
    worry = case.plan.worries[1]
    good = case.plan.working_well[0]
    case = dataclasses.replace(case, pictures=[
        _picked(case, pictures.item_key("worries", worry.id), "heart", 1),
        _picked(case, pictures.item_key("worries", worry.id), "star", 2),  # changed their mind
        _picked(case, pictures.item_key("going_well", good), "ball", 3)])
    assert picked_items(case) == [("ball", good), ("star", worry.text)]
    text = pdf_text(build_summary(case, SummaryAudience.CHILD, language, today=TODAY))
    title = "The pictures you picked" if language is SummaryLanguage.EN else \
        "Y lluniau wnest ti eu dewis"
    assert title in text
    after = text[text.index(title):]
    assert " ".join(worry.text.split()) in " ".join(after.split())


def test_a_picture_beside_a_withheld_worry_is_not_in_the_childs_summary() -> None:
    case = sample_case()
    hidden = dataclasses.replace(case.plan.worries[0], withheld=True)
    plan = dataclasses.replace(case.plan, worries=[hidden, *case.plan.worries[1:]])
    case = dataclasses.replace(case, plan=plan, pictures=[
        _picked(case, pictures.item_key("worries", hidden.id), "star", 1)])
    text = pdf_text(build_summary(case, SummaryAudience.CHILD, SummaryLanguage.EN, today=TODAY))
    assert "The pictures you picked" not in text
