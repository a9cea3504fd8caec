"""The child's "My safety plan" and the copy for parents and carers: easy read.

Built only from the Case the redaction policy made for that audience; this module never
decides what may be shown. Easy read: body text 14 pt or larger, one idea per sentence, a
picture beside each section, dates in words, no acronyms in the words we wrote.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache, partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from directwork.domain.addressing import is_the_child, said_by_us, speaking_to
from directwork.domain.case import Case, Viewer
from directwork.domain.catalogue import catalogue, scale_question, text
from directwork.domain.records import (
    SafetyPlan,
    Speaker,
    SummaryLanguage,
    Topic,
    VoiceEntry,
)
from directwork.domain.withholding import neutral
from directwork.reports.icons import SOFT, Icon
from directwork.reports.layout import (
    KeepIfRoom,
    Metadata,
    Styles,
    Together,
    breakable,
    esc,
    in_rows,
    make_styles,
    render,
)
from directwork.reports.pictures import picked_pictures_rows
from directwork.reports.words import Value, Words

BODY_PT = 14
HEADING_PT = 18
TITLE_PT = 28
ICON_PT = 42
DRAWING_MAX = 60 * mm
LONG_SECTION_ROWS = 40
CONTENT_WIDTH = 174 * mm  # A4 less the margins
TEXT_WIDTH = CONTENT_WIDTH - ICON_PT - 12 - 6 - 8  # beside the picture, less the padding

# Houses first (the Three Houses tool most children know), then the rest.
TOPIC_ORDER = (Topic.GOOD_THINGS, Topic.WORRIES, Topic.DREAMS, Topic.FEELINGS,
               Topic.WANT_TO_HAPPEN, Topic.SAFETY_SCALE, Topic.OTHER)


class _Page:
    """Builds the sections of one family summary in its language(s)."""

    def __init__(self, case: Case, words: Words) -> None:
        self.case = case
        self.words = words
        self.styles: Styles = make_styles(BODY_PT, HEADING_PT, TITLE_PT)
        self.child_name = case.child.display_name
        # Plan words said to the child ("You are out late") in the child's copy, as co-review
        # says them; as written in the carers' copy.
        self.to_reader = speaking_to(case)
        # Without a name on the record, the words say "your worker" in each language.
        fallback = "common.the_worker" if case.viewer is Viewer.CARER else "common.your_worker"
        self.practitioner: str | Callable[[str], str] = case.practitioner_name or (
            lambda lang: text(fallback, lang))

    # --------------------------------------------------------------- building blocks

    def say(self, key: str, *, indent: bool = False, **values: Value) -> list[Flowable]:
        """One sentence from the catalogue, Welsh first, each language its own line.
        ``indent`` lines it up under the bullet it belongs to."""
        texts = self.words.each(key, **values)
        styles = [self.styles.body] + [self.styles.body_second] * (len(texts) - 1)
        if indent:
            styles = [_indented(s) for s in styles]
        lines: list[Flowable] = [Paragraph(esc(t), s) for t, s in zip(texts, styles, strict=True)]
        return [Together(lines)] if len(lines) > 1 else lines

    def breakable(self, words: str, style: ParagraphStyle, bold: bool = False) -> str:
        """Free text made safe for markup, long words broken where they have a place to."""
        font = self.styles.label.fontName if bold else style.fontName
        return esc(breakable(words, TEXT_WIDTH - style.leftIndent, font, style.fontSize))

    def free(self, words: str, *, bold: bool = False) -> Paragraph:
        """Words a person typed: printed once, as written, in whatever language they are."""
        markup = self.breakable(words, self.styles.body, bold)
        return Paragraph(f"<b>{markup}</b>" if bold else markup, self.styles.body)

    def quote(self, words: str) -> Paragraph:
        return Paragraph(f"\u201c{self.breakable(words, self.styles.quote)}\u201d",
                         self.styles.quote)

    def bullet(self, words: str) -> Paragraph:
        return Paragraph(self.breakable(words, self.styles.quote), self.styles.quote,
                         bulletText="\u2022")

    def bullet_say(self, key: str, prefix: Value = None, **values: Value) -> Flowable:
        """A bullet point from the catalogue: Welsh first, the English under it, together."""
        texts = self.words.each(key, before=prefix, **values)
        lines: list[Flowable] = [self.bullet(texts[0])]
        lines += [Paragraph(esc(t), _indented(self.styles.body_second)) for t in texts[1:]]
        return Together(lines) if len(lines) > 1 else lines[0]

    def label(self, key: str, **values: Value) -> Paragraph:
        return Paragraph(esc(self.words.joined(key, **values)),
                         self.styles.label)

    def section(self, icon: str, heading_key: str, rows: list[Flowable], **values: Value
                ) -> Flowable:
        """A section: its picture on the left, the heading (Welsh first) and words beside it.
        Each piece of text is its own table row, so a long section can run onto the next
        page between sentences."""
        headings = self.words.each(heading_key, **values)
        head: list[Flowable] = [Paragraph(esc(headings[0]), self.styles.heading)]
        head += [Paragraph(esc(h), self.styles.heading_second) for h in headings[1:]]
        head = [Together(head), Spacer(1, 3)]
        # A row cannot run over two pages: a long piece of text is cut into rows that can.
        body = [piece for row in rows for piece in in_rows(row, TEXT_WIDTH)]
        # The heading keeps the first two lines under it, so it never ends a page alone.
        first = head + body[:2]
        data: list[list[object]] = [[Icon(icon, ICON_PT), first]]
        data += [["", item] for item in body[2:]]
        table = Table(data, colWidths=[ICON_PT + 12, CONTENT_WIDTH - ICON_PT - 12],
                      hAlign="LEFT", cornerRadii=[6, 6, 6, 6])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # Even an empty cell sets the cell font: it must be the embedded one.
            ("FONTNAME", (0, 0), (-1, -1), self.styles.body.fontName),
            ("BACKGROUND", (0, 0), (-1, -1), SOFT.clone(alpha=0.45)),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ]))
        # A section that does not fit starts on a new page rather than leave its last lines
        # to turn over, unless that would leave this page more than half empty: then it runs
        # on between sentences. A section of many rows runs on at once (it is longer than
        # half a page whatever it holds, and measuring it twice is slow).
        return table if len(data) > LONG_SECTION_ROWS else KeepIfRoom([table])

    def title_block(self, title_key: str, subtitle_key: str | None = None) -> list[Flowable]:
        titles = self.words.each(title_key)
        story: list[Flowable] = [Paragraph(esc(titles[0]), self.styles.title)]
        story += [Paragraph(esc(t), self.styles.subtitle) for t in titles[1:]]
        if subtitle_key:
            story += [Paragraph(esc(t), self.styles.subtitle) for t in self.words.each(subtitle_key)]
        return story

    # --------------------------------------------------------------- shared sections

    def dates(self, plan: SafetyPlan | None, prefix: str, today: date) -> list[Flowable]:
        made = (plan.updated_at or plan.created_at) if plan else None
        rows = self.say(f"{prefix}.made_on", date=made or today)
        # The case's own review date: the one every screen shows (brought forward by a key
        # moment too), not only the date written in the plan.
        next_review = self.case.next_review or (plan.next_review if plan is not None else None)
        if plan is not None and next_review is not None:
            rows += self.say(f"{prefix}.next_review", date=next_review)
        else:
            rows += self.say(f"{prefix}.no_next_review")
        return rows

    def told_rows(self, entries: Iterable[VoiceEntry]) -> list[Flowable]:
        by_topic: dict[Topic, list[VoiceEntry]] = {}
        for entry in entries:
            if entry.text.strip() or self.case.drawing_for(entry) is not None:
                by_topic.setdefault(entry.topic, []).append(entry)
        rows: list[Flowable] = []
        for topic in TOPIC_ORDER:
            if topic not in by_topic:
                continue
            # A heading ("House of dreams") and who said it stay with the first words under
            # them: never alone at the foot of a page.
            pending: list[Flowable] = [Spacer(1, 4), self.label(f"houses.{topic.value}")]
            last_speaker: str | None = None
            for entry in by_topic[topic]:
                if entry.speaker is not Speaker.CHILD or self.case.viewer is Viewer.CARER:
                    speaker = entry.speaker_name or (
                        self.child_name if entry.speaker is Speaker.CHILD else "")
                    # Said once for a run of one person's words, not before every line.
                    if speaker and speaker != last_speaker:
                        pending.append(Paragraph(esc(self.words.joined(
                            "child.told.said_by", name=self._in_each_language(speaker))),
                            self.styles.body_second))
                    last_speaker = speaker
                said: list[Flowable] = [self.quote(entry.text)] if entry.text.strip() else []
                picture = self.drawing(entry)
                if picture is not None:
                    said.append(picture)
                # The words and their drawing stay together on one page.
                block = pending + said
                rows.append(Together(block) if len(block) > 1 else block[0])
                pending = []
        return rows

    def _in_each_language(self, speaker: str) -> Value:
        """A speaker shown by role is "Cymydog / A neighbour" in a copy in both languages:
        each language's sentence takes its own word ("Dywedodd Cymydog: / A neighbour
        said:"), not both twice over. A name as typed is left as it is."""
        if self.words.bilingual:
            role = next((key for key in _SPEAKER_ROLES if speaker == neutral(key, "both")), None)
            if role is not None:
                return partial(_role_in, role)
        return speaker

    def drawing(self, entry: VoiceEntry) -> Flowable | None:
        """The child's own drawing, scaled to fit; a drawing that cannot be read is left out
        rather than stop the summary being printed."""
        found = self.case.drawing_for(entry)
        if found is None or not found.png:
            return None
        try:
            reader = ImageReader(io.BytesIO(found.png))
            width, height = reader.getSize()
        except Exception:  # any unreadable image: print the rest
            return None
        scale = min(DRAWING_MAX / width, DRAWING_MAX / height, 1.0) if width and height else 0
        if not scale:
            return None
        picture = Image(io.BytesIO(found.png), width * scale, height * scale, hAlign="LEFT")
        picture.hAlign = "LEFT"
        return picture

    def worries_rows(self, plan: SafetyPlan, disputed_by_child_key: str) -> list[Flowable]:
        rows: list[Flowable] = []
        for worry in plan.worries[:3]:
            rows.append(self.bullet(self.to_reader(worry.text)))
            if worry.disputed:
                if is_the_child(worry.disputed_by, self.case.child):
                    rows += self.say(disputed_by_child_key, child=self.child_name, indent=True)
                else:
                    rows += self.say("child.worries.disputed", indent=True)
        return rows

    def goals_rows(self, plan: SafetyPlan) -> list[Flowable]:
        rows: list[Flowable] = []
        for goal in plan.goals:
            rows.append(self.bullet(self.to_reader(goal.text)))
            if goal.lasting:
                rows += self.say("child.goals.lasting", lasting=goal.lasting, indent=True)
        return rows

    def actions_rows(self, plan: SafetyPlan, intro_key: str) -> list[Flowable]:
        rows = self.say(intro_key, child=self.child_name)
        for action in plan.actions:
            lines: list[Flowable] = [Spacer(1, 4),
                                     self.free(self.to_reader(action.what), bold=True)]
            for key, value in (("who", self.to_reader(action.owner) or "?"),
                               ("from", action.agency),
                               ("by", self.words.day(action.due) if action.due else "")):
                if value:
                    lines.append(Paragraph(
                        f"<b>{esc(self.words.joined(f'child.actions.{key}'))}:</b> "
                        f"{self.breakable(value, self.styles.body)}", self.styles.body))
            lines.append(Paragraph(esc(self.words.joined(f"status.{action.status.value}")),
                                   self.styles.body))
            # An action and who does it by when are read together: never split over pages.
            rows.append(Together(lines))
        return rows

    def if_wrong_rows(self, plan: SafetyPlan) -> list[Flowable]:
        rows: list[Flowable] = []
        for item in plan.contingency:
            rows.append(Spacer(1, 3))
            for key, words in (("agency.if", self.to_reader(item.if_this, capital=False)),
                               ("agency.then", self.to_reader(item.then_that, capital=False)),
                               ("agency.call", item.call)):
                if words:
                    rows.append(Paragraph(f"<b>{esc(self.words.joined(key))}:</b> {esc(words)}",
                                          self.styles.body))
        return rows

    def helpline_rows(self, plan: SafetyPlan | None) -> list[Flowable]:
        rows = self.say("child.helplines.emergency")
        rows += self.say("child.helplines.childline")
        rows += self.say("carer.childline_free" if self.case.viewer is Viewer.CARER
                         else "child.helplines.childline_free", child=self.child_name)
        # Childline and 999 are said once, above, in the reader's language, even when the plan
        # lists them as well.
        for line in plan.helplines if plan else []:
            if (line.name or line.number) and not said_by_us(line):
                rows.append(self.bullet(f"{line.name}: {line.number}".strip(": ")))
        return rows

    def score_rows(self) -> list[Flowable]:
        rows = self.say("child.scores.zero") + self.say("child.scores.ten")
        plan = self.case.plan
        for score in plan.scores if plan else []:
            if self._is_the_reader(score.person):
                rows.append(self.bullet_say("child.scores.you", score=score.score))
            else:
                rows.append(self.bullet_say("child.scores.item", person=score.person,
                                            score=score.score))
        for entry in self.case.voice:
            if entry.scale is not None:
                who = entry.speaker_name or (
                    self.child_name if entry.speaker is Speaker.CHILD else "")
                asked = partial(scale_question, entry.scale_question)
                if self._is_the_reader(who) or (entry.speaker is Speaker.CHILD
                                                and self.case.viewer is Viewer.CHILD):
                    rows.append(self.bullet_say("child.scores.you", prefix=asked,
                                                score=entry.scale))
                else:
                    rows.append(self.bullet_say("child.scores.item", prefix=asked,
                                                person=who, score=entry.scale))
        return rows

    def agreed_rows(self, plan: SafetyPlan | None) -> list[Flowable]:
        agreements = plan.agreements if plan else []
        if not agreements:
            return self.say("child.agreed.none")
        return [self.bullet_say("child.agreed.you", date=a.agreed_at)
                if self._is_the_reader(a.who)
                else self.bullet_say("child.agreed.item", who=a.who, date=a.agreed_at)
                for a in agreements]

    def _is_the_reader(self, who: str) -> bool:
        """Whether ``who`` is the child reading their own copy (then it says "you")."""
        return self.case.viewer is Viewer.CHILD and is_the_child(who, self.case.child)

    def has_scores(self) -> bool:
        plan = self.case.plan
        return bool((plan and plan.scores) or any(v.scale is not None for v in self.case.voice))


_SPEAKER_ROLES = tuple(key for key in catalogue("en") if key.startswith("withheld.speaker."))


def _role_in(key: str, lang: str) -> str:
    return text(key, lang)


@cache
def _indented(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_indented", parent=style,
                          leftIndent=style.leftIndent + BODY_PT * 0.9)


def _plan_sections(page: _Page, plan: SafetyPlan, *, carer: bool) -> list[Flowable]:
    story: list[Flowable] = []
    gap = Spacer(1, 8)
    child = page.child_name
    if plan.working_well:
        story += [page.section("going_well", "child.going_well.title",
                               [page.bullet(page.to_reader(w)) for w in plan.working_well]), gap]
    if plan.worries:
        key = "carer.child_disagrees" if carer else "child.worries.you_disagree"
        story += [page.section("worries", "child.worries.title", page.worries_rows(plan, key)), gap]
    if plan.goals:
        story += [page.section("goals", "child.goals.title", page.goals_rows(plan)), gap]
    if plan.actions:
        story += [page.section("actions", "child.actions.title", page.actions_rows(
            plan, "carer.actions_intro" if carer else "child.actions.intro")), gap]
    if plan.contingency:
        story += [page.section("if_wrong", "child.if_wrong.title", page.if_wrong_rows(plan)), gap]
    if plan.safe_people:
        heading = "carer.safe_people_title" if carer else "child.safe_people.title"
        rows = ([] if carer else page.say("child.safe_people.intro"))
        rows += [page.bullet(p) for p in plan.safe_people]
        story += [page.section("safe_people", heading, rows, child=child), gap]
    if plan.safe_places:
        heading = "carer.safe_places_title" if carer else "child.safe_places.title"
        rows = ([] if carer else page.say("child.safe_places.intro"))
        rows += [page.bullet(p) for p in plan.safe_places]
        story += [page.section("safe_places", heading, rows, child=child), gap]
    return story


def build_child_summary(case: Case, language: SummaryLanguage, today: date) -> bytes:
    """"My safety plan": the child's own copy, from the Case ``redaction.for_child`` made."""
    if case.viewer is not Viewer.CHILD:
        raise ValueError("the child's summary is built only from the child's view of the case")
    words = Words(language)
    page = _Page(case, words)
    plan = case.plan
    gap = Spacer(1, 8)
    story: list[Flowable] = page.title_block("child.title")
    story += page.say("child.for_name", name=page.child_name)
    story.append(Spacer(1, 6))
    who = page.say("child.who_wrote.body", name=page.practitioner)
    who += (page.say("child.who_wrote.reach", name=page.practitioner,
                     contact=case.practitioner_contact) if case.practitioner_contact
            else page.say("child.who_wrote.no_contact", name=page.practitioner))
    who += page.dates(plan, "child", today)
    story += [page.section("who_wrote", "child.who_wrote.title", who), gap]
    if plan and plan.why_working_together:
        story += [page.section("why", "child.why.title",
                               [page.free(page.to_reader(plan.why_working_together))]), gap]
    told = page.told_rows(case.voice)
    rows = (page.say("child.told.intro") + page.say("child.told.agreed") + told) if told else (
        page.say("child.told.none"))
    story += [page.section("told", "child.told.title", rows), gap]
    if plan:
        story += _plan_sections(page, plan, carer=False)
    story += [page.section("helplines", "child.helplines.title", page.helpline_rows(plan)), gap]
    if plan and plan.child_section:
        story += [page.section("my_words", "child.my_words.title",
                               [page.quote(plan.child_section)]), gap]
    # The pictures the child picked in co-review, each beside its item's words: built apart
    # (reports/pictures.py), placed here.
    picked = picked_pictures_rows(case, page.free, CONTENT_WIDTH - ICON_PT - 26)
    if picked:
        story += [page.section("goals", "child.pictures.title", picked), gap]
    if page.has_scores():
        story += [page.section("scores", "child.scores.title", page.score_rows()), gap]
    story += [page.section("agreed", "child.agreed.title", page.agreed_rows(plan)), gap]
    info = [p for key in ("kept_safe", "sharing", "see", "wrong", "fix")
            for p in page.say(f"child.your_info.{key}")]
    story.append(page.section("your_info", "child.your_info.title", info))
    meta = Metadata(
        title=f"{words.joined('child.doc_title')} \u2013 {page.child_name}",
        author=case.practitioner_name,
        subject=words.joined("child.doc_title"),
        lang=words.pdf_lang,
        footer=f"{words.joined('child.footer')} \u00b7 {page.child_name}",
        page_words=words.each("common.page"),
    )
    return render(story, meta, footer_size=11)


def build_carer_summary(case: Case, language: SummaryLanguage, today: date) -> bytes:
    """The copy for parents and carers, from the Case ``redaction.for_carer`` made."""
    if case.viewer is not Viewer.CARER:
        raise ValueError("the carers' summary is built only from the carers' view of the case")
    words = Words(language)
    page = _Page(case, words)
    plan = case.plan
    child = page.child_name
    gap = Spacer(1, 8)
    story: list[Flowable] = page.title_block("carer.title", "carer.subtitle")
    story += page.say("carer.for_name", name=child)
    story.append(Spacer(1, 6))
    who = page.say("carer.who_wrote", name=page.practitioner, child=child)
    who += (page.say("carer.reach", name=page.practitioner, contact=case.practitioner_contact)
            if case.practitioner_contact else page.say("carer.no_contact", name=page.practitioner))
    who += page.dates(plan, "carer", today)
    story += [page.section("who_wrote", "child.who_wrote.title", who), gap]
    if plan and plan.why_working_together:
        story += [page.section("why", "child.why.title",
                               [page.free(page.to_reader(plan.why_working_together))]), gap]
    told = page.told_rows(case.voice)
    rows = (page.say("carer.told_intro") + told) if told else page.say("carer.told_none")
    story += [page.section("told", "carer.told_title", rows, child=child), gap]
    if plan:
        story += _plan_sections(page, plan, carer=True)
    story += [page.section("helplines", "child.helplines.title", page.helpline_rows(plan)), gap]
    if plan and plan.child_section:
        story += [page.section("my_words", "carer.my_words_title", [page.quote(plan.child_section)],
                               child=child), gap]
    if page.has_scores():
        story += [page.section("scores", "child.scores.title", page.score_rows()), gap]
    story += [page.section("agreed", "child.agreed.title", page.agreed_rows(plan)), gap]
    info = [p for key in ("kept_safe", "sharing", "see", "wrong", "fix", "child_kept")
            for p in page.say(f"carer.{key}", child=child)]
    story.append(page.section("your_info", "carer.your_info_title", info))
    meta = Metadata(
        title=f"{words.joined('carer.doc_title')} \u2013 {child}",
        author=case.practitioner_name,
        subject=words.joined("carer.doc_title"),
        lang=words.pdf_lang,
        footer=f"{words.joined('carer.footer')} \u00b7 {child}",
        page_words=words.each("common.page"),
    )
    return render(story, meta, footer_size=11)
