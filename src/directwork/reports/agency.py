"""The multi-agency safety plan: the one integrated plan every agency works from.

Built from the Case ``redaction.for_agency`` made: the professional picture, with the level
and its reasoning, every action with its owner, agency and date, the agencies and their
plans, the review history and who agreed and when.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from directwork.domain.case import Case, Viewer
from directwork.domain.records import (
    EARLIEST,
    Person,
    ReferralType,
    SafetyPlan,
    SummaryLanguage,
)
from directwork.domain.rules.levels import level_standing
from directwork.reports.icons import SOFT
from directwork.reports.layout import RULE, Metadata, esc, make_styles, render
from directwork.reports.words import Value, Words

BODY_PT = 10
HEADING_PT = 13
TITLE_PT = 20
WIDTH = 174 * mm


class _Plan:
    def __init__(self, case: Case, words: Words) -> None:
        self.case = case
        self.w = words
        self.s = make_styles(BODY_PT, HEADING_PT, TITLE_PT)
        self.story: list[Flowable] = []

    # --------------------------------------------------------------- building blocks

    def t(self, key: str, **values: Value) -> str:
        return self.w.joined(key, **values)

    def p(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, getattr(self.s, style))

    def heading(self, key: str) -> list[Flowable]:
        texts = self.w.each(key)
        out: list[Flowable] = [Spacer(1, 8), self.p(esc(texts[0]), "heading")]
        out += [self.p(esc(t), "heading_second") for t in texts[1:]]
        return out

    def section(self, key: str, body: list[Flowable]) -> None:
        if not body:
            body = [self.p(esc(self.t("agency.none")), "small")]
        # The heading stays with the start of what it heads.
        self.story.append(KeepTogether(self.heading(key) + body[:1]))
        self.story.extend(body[1:])

    def field(self, label_key: str, value: str) -> Paragraph:
        return self.p(f"<b>{esc(self.t(label_key))}:</b> {esc(value)}")

    def table(self, header_keys: list[str], rows: list[list[str]], widths: list[float]
              ) -> Table:
        data = [[self.p(f"<b>{esc(self.t(k))}</b>") for k in header_keys]]
        data += [[self.p(esc(cell)) for cell in row] for row in rows]
        table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.s.body.fontName),
            ("BACKGROUND", (0, 0), (-1, 0), SOFT),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f8fb")]),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]))
        return table

    def bullets(self, items: list[str]) -> list[Flowable]:
        return [Paragraph(esc(i), self.s.quote, bulletText="\u2022") for i in items if i]

    # --------------------------------------------------------------- sections

    def header(self, today: date) -> None:
        c = self.case
        child = c.child
        titles = self.w.each("agency.title")
        self.story.append(self.p(esc(titles[0]), "title"))
        self.story += [self.p(esc(t), "subtitle") for t in titles[1:]]
        self.story.append(self.p(f"<b>{esc(self.t('agency.confidential'))}</b>"))
        self.story.append(self.p(esc(self.t("common.printed_on", date=today)), "small"))
        self.story.append(Spacer(1, 6))
        name = " ".join(n for n in (child.given_name, child.family_name) if n)
        if child.preferred_name and child.preferred_name != child.given_name:
            name += f" ({child.preferred_name})"
        plan = c.plan
        fields = [
            ("agency.child", name + (f", {child.pronouns}" if child.pronouns else "")),
            ("agency.date_of_birth", self.w.day(child.date_of_birth)),
            ("agency.legal_status", child.legal_status),
            ("agency.language", child.language),
            ("agency.communication", child.communication_needs),
            ("agency.what_helps", child.what_helps),
            ("agency.education", ", ".join(x for x in (child.education_status, child.school) if x)),
            ("agency.practitioner", ", ".join(x for x in (c.practitioner_name, c.team) if x)),
            ("agency.contact", c.practitioner_contact),
        ]
        if plan is not None:
            fields += [("agency.plan_status", self.t(f"labels.plan_status.{plan.status.value}")),
                       ("agency.next_review", self.w.day(c.next_review or plan.next_review))]
        self.story += [self.field(k, v) for k, v in fields if v]

    def level(self) -> None:
        c = self.case
        # The signed-off level is the current level; a newer decision awaits sign-off.
        standing = level_standing(c.level_decisions, c.sign_offs)
        shown = standing.shown
        current = shown.decision if shown is not None else None
        body: list[Flowable] = []
        if current is None:
            body.append(self.p(esc(self.t("agency.level_none"))))
        else:
            level = _in_each_language(f"labels.level.{current.level.value}")
            body.append(self.p(f"<b>{esc(self.t('agency.level_current', level=level))}</b>"))
            body.append(self.p(esc(self.t("agency.level_decided", who=current.decided_by_name,
                                          date=current.decided_at or current.created_at))))
            body.append(self.field("agency.reasoning", current.reasoning))
            sign = c.sign_off_for(current)
            body.append(self.p(esc(
                self.t("agency.level_signed", who=sign.manager, date=sign.signed_at)
                if sign else self.t("agency.level_not_signed"))))
            newer = standing.awaiting.decision if standing.awaiting is not None else None
            if newer is not None and newer.id != current.id:
                awaiting = self.t("agency.level_awaiting",
                                  level=_in_each_language(f"labels.level.{newer.level.value}"),
                                  who=newer.decided_by_name,
                                  date=newer.decided_at or newer.created_at)
                body.append(self.p(f"<b>{esc(awaiting)}</b>"))
            shown_ids = {current.id, newer.id if newer is not None else current.id}
            earlier = [d for d in sorted(c.level_decisions,
                                         key=lambda d: d.decided_at or d.created_at or EARLIEST)
                       if d.id not in shown_ids]
            if earlier:
                body.append(self.p(f"<b>{esc(self.t('agency.level_history'))}</b>"))
                body += self.bullets([
                    f"{self.w.day(d.decided_at)}: {self.t(f'labels.level.{d.level.value}')}"
                    f" ({d.decided_by_name}). {d.reasoning}" for d in earlier])
        self.section("agency.level_title", body)

    def plan_sections(self, plan: SafetyPlan) -> None:
        if plan.why_working_together:
            self.section("agency.why", [self.p(esc(plan.why_working_together))])
        worries: list[Flowable] = []
        for worry in plan.worries:
            worries += self.bullets([worry.text])
            if worry.disputed:
                note = (self.t("agency.disputed_by", who=worry.disputed_by) if worry.disputed_by
                        else self.t("agency.disputed"))
                worries.append(self.p(esc(note), "small"))
            for goal in (g for g in plan.goals if g.worry_id == worry.id):
                worries.append(self.p(f"<b>{esc(self.t('agency.goals'))}:</b> {esc(goal.text)}"
                                      + (f" ({esc(self.t('agency.lasting', lasting=goal.lasting))})"
                                         if goal.lasting else "")))
        self.section("agency.worries", worries)
        linked = {w.id for w in plan.worries}
        loose = [g for g in plan.goals if g.worry_id not in linked]
        if loose:
            self.section("agency.goals", self.bullets([
                g.text + (f" ({self.t('agency.lasting', lasting=g.lasting)})" if g.lasting else "")
                for g in loose]))
        self.section("agency.working_well", self.bullets(plan.working_well))
        rows = [[a.what, a.owner or self.t("agency.no_owner"), a.agency,
                 self.w.day(a.due) if a.due else "",
                 self.t(f"labels.action_status.{a.status.value}")] for a in plan.actions]
        self.section("agency.actions", [self.table(
            ["agency.action", "agency.owner", "agency.agency", "agency.by", "agency.status"],
            rows, [62, 32, 30, 25, 25])] if rows else [])
        rows = [[c.if_this, c.then_that, c.call] for c in plan.contingency]
        self.section("agency.contingency", [self.table(
            ["agency.if", "agency.then", "agency.call"], rows, [62, 72, 40])] if rows else [])
        safety: list[Flowable] = []
        if plan.safe_people:
            safety.append(self.field("agency.safe_people", "; ".join(plan.safe_people)))
        if plan.safe_places:
            safety.append(self.field("agency.safe_places", "; ".join(plan.safe_places)))
        lines = [f"{h.name} {h.number}".strip() for h in plan.helplines]
        safety.append(self.field("agency.helplines",
                                 "; ".join(["Childline 0800 1111", "999", *lines])))
        if plan.child_section:
            safety.append(self.field("agency.child_section", plan.child_section))
        self.section("agency.safety_network", safety)
        scores = [f"{s.person} ({_role(self, s.role)}): {s.score}/10"
                  + (f", {self.w.day(s.on)}" if s.on else "") for s in plan.scores]
        scores += [f"{v.speaker_name or self.t(f'labels.speaker.{v.speaker.value}')}: {v.scale}/10"
                   f"{' (' + v.scale_question + ')' if v.scale_question else ''}"
                   for v in self.case.voice if v.scale is not None]
        self.section("agency.scores", self.bullets(scores))

    def voice(self) -> None:
        rows = []
        for v in self.case.voice:
            if not v.text.strip():
                continue
            who = v.speaker_name or self.t(f"labels.speaker.{v.speaker.value}")
            how = self.t("agency.own_words") if v.verbatim else self.t("agency.paraphrased")
            rows.append([f"{self.w.day(v.created_at)}\n{who}", self.t(f"houses.{v.topic.value}"),
                         f"{v.text} ({how})"])
        self.section("agency.voice", [self.table(
            ["agency.when_who", "agency.topic", "agency.voice"], rows, [34, 34, 106])]
            if rows else [])

    def agencies(self) -> None:
        rows = [[a.agency, self.t(f"labels.plan_type.{a.plan_type.value}"),
                 a.lead_worker, a.contact,
                 a.plan_summary + ("" if a.active else f" {self.t('agency.inactive')}")]
                for a in self.case.agencies]
        self.section("agency.agencies", [self.table(
            ["agency.agency", "agency.plan", "agency.lead_worker", "agency.contact",
             "agency.plan_summary"], rows, [28, 32, 30, 32, 52])] if rows else [])

    def people(self) -> None:
        rows = [[f"{p.name}\n{p.relationship}", _person_notes(self, p),
                 self.t(f"labels.trust.{p.child_view.value}") + (
                     f": {p.child_view_words}" if p.child_view_words else "")
                 if p.child_view else p.child_view_words,
                 (self.t(f"labels.trust.{p.worker_view.value}") if p.worker_view else "")
                 + (": " if p.worker_view and p.worker_view_notes else "") + p.worker_view_notes]
                for p in self.case.people]
        self.section("agency.people", [self.table(
            ["agency.person", "agency.notes", "agency.child_view", "agency.worker_view"],
            rows, [36, 56, 40, 42])] if rows else [])

    def contexts(self) -> None:
        rows = []
        for ctx in self.case.contexts:
            flags = [self.t(f"labels.context.{ctx.context_type.value}")]
            if ctx.restricted:
                flags.append(self.t("agency.restricted"))
            if ctx.change_first:
                flags.append(self.t("agency.change_first"))
            rows.append([f"{ctx.name}\n" + " · ".join(f.rstrip(".") for f in flags), ctx.concerns,
                         ctx.strengths])
        self.section("agency.contexts", [self.table(
            ["agency.contexts", "agency.concerns", "agency.strengths"], rows, [50, 64, 60])]
            if rows else [])

    def key_moments(self) -> None:
        items = []
        for m in sorted(self.case.key_moments, key=lambda m: m.occurred_at or m.created_at or EARLIEST):
            parts = [f"{self.w.day(m.occurred_at)}: "
                     f"{self.t(f'labels.key_moment.{m.moment_type.value}')}", m.details, m.response]
            line = ". ".join(p.strip().rstrip(".") for p in parts if p.strip()) + "."
            answer = self.case.response_to(m)
            if answer is not None and answer.outcome.value == "done":
                line += " " + self.t("agency.response_done", date=answer.done_at)
            elif answer is not None:
                line += " " + self.t("agency.response_not_done", reason=answer.reason)
            elif m.response_due:
                line += " " + self.t("agency.response_due", date=m.response_due)
            items.append(line)
        self.section("agency.key_moments", self.bullets(items))

    def reviews(self) -> None:
        body: list[Flowable] = []
        for r in sorted(self.case.reviews, key=lambda r: r.held_at or r.created_at or EARLIEST):
            head = f"{self.t('agency.held', date=r.held_at or r.created_at)}: " \
                   f"{self.t(f'labels.trigger.{r.trigger.value}')}"
            body.append(self.p(f"<b>{esc(head)}</b>"))
            for key, words in (("agency.what_changed", r.what_changed),
                               ("agency.child_views", r.child_views),
                               ("agency.carer_views", r.carer_views)):
                if words:
                    body.append(self.field(key, words))
            if r.agency_inputs:
                body.append(self.field("agency.agency_input", "; ".join(
                    f"{i.agency} ({i.person}): {i.input}" for i in r.agency_inputs)))
            if r.new_level:
                level = r.new_level
                body.append(self.p(esc(self.t(
                    "agency.new_level", level=_in_each_language(f"labels.level.{level.value}")))))
            if r.next_review:
                body.append(self.field("agency.next_review", self.w.day(r.next_review)))
        self.section("agency.reviews", body)

    def concerns(self) -> None:
        body: list[Flowable] = []
        for concern in self.case.concerns:
            body.append(self.p(f"<b>{esc(concern.summary)}</b>"))
            if concern.details:
                body.append(self.p(esc(concern.details)))
            sev = concern.severity
            body.append(self.p(esc(
                self.t("agency.raised", who=concern.raised_by, date=concern.raised_at) + " "
                + self.t("agency.severity",
                         severity=_in_each_language(f"labels.severity.{sev.value}")))))
            for step in self.case.steps_for(concern):
                body += self.bullets([self.t("agency.escalation_step", n=step.step,
                                             to=step.to_whom, date=step.at)
                                      + (f" {step.outcome}" if step.outcome else "")])
            if concern.outcome:
                body.append(self.p(esc(self.t("agency.outcome", text=concern.outcome))))
            told = [self.t("agency.child_told")] if concern.child_told else []
            told += [self.t("agency.carers_told")] if concern.carers_told else []
            body.append(self.p(esc(" ".join(told) or self.t("agency.not_told")), "small"))
        for ref in self.case.referrals:
            kind = "agency.referral_nrm" if ref.referral_type is ReferralType.NRM else (
                "agency.referral_csc")
            ack = (self.t("agency.acknowledged", date=ref.acknowledged_at)
                   if ref.acknowledged_at else self.t("agency.not_acknowledged"))
            body += self.bullets([f"{self.t(kind)} {ref.reference}. "
                                  f"{self.t('agency.made_on', date=ref.made_at)} {ack}"])
        self.section("agency.concerns_title", body)

    def sharing(self) -> None:
        rows = [[self.w.day(i.at or i.created_at),
                 self.t("agency.shared" if i.shared else "agency.not_shared"),
                 i.what, i.with_whom, f"{i.why} {i.basis}".strip()]
                for i in self.case.info_sharing]
        self.section("agency.sharing", [self.table(
            ["agency.date", "agency.status", "agency.what", "agency.with_whom", "agency.why_basis"],
            rows, [26, 22, 46, 34, 46])] if rows else [])

    def agreed(self, plan: SafetyPlan) -> None:
        items = [self.t("agency.agreed_item", who=a.who,
                        role=_role(self, a.role) + (f", {a.agency}" if a.agency else ""),
                        date=a.agreed_at) for a in plan.agreements]
        body = self.bullets(items) or [self.p(esc(self.t("agency.agreed_none")))]
        seen = {(a.who, a.agreed_at) for a in plan.agreements}
        earlier = []
        for record in self.case.plan_history:
            for a in record.agreements:
                if (a.who, a.agreed_at) not in seen:
                    seen.add((a.who, a.agreed_at))
                    earlier.append(self.t("agency.agreed_item", who=a.who,
                                          role=_role(self, a.role), date=a.agreed_at))
        if earlier:
            body.append(self.p(f"<b>{esc(self.t('agency.plan_versions'))}</b>"))
            body += self.bullets(earlier)
        self.section("agency.agreed", body)

    def coreview(self) -> None:
        items = [f"{self.w.day(r.at or r.created_at)}, {r.responder_name} "
                 f"({_role(self, r.responder_role)}), "
                 f"{_section_name(self, r.section)}: {self.t(f'labels.answer.{r.answer.value}')}."
                 + (f" \u201c{r.words}\u201d" if r.words else "") for r in self.case.coreview]
        if items:
            self.section("agency.coreview", self.bullets(items))

    def summaries(self) -> None:
        items = []
        for s in self.case.summaries_given:
            audience = s.audience.value
            language = s.language.value
            items.append(self.t("agency.summary_item",
                                audience=_in_each_language(f"labels.audience.{audience}"),
                                language=_in_each_language(f"labels.language.{language}"),
                                who=s.given_to, date=s.given_at or s.created_at))
        if items:
            self.section("agency.summaries", self.bullets(items))


def _in_each_language(key: str) -> Callable[[str], str]:
    """A value filled in per language: the catalogue's words for ``key`` in each."""
    return lambda lang: _label(key, lang)


def _label(key: str, lang: str) -> str:
    from directwork.domain.catalogue import text

    return text(key, lang)


def _role(plan: _Plan, role: str) -> str:
    """A role as recorded ("child", "carer"...) in the summary's words; other words as typed."""
    from directwork.domain.catalogue import has

    key = f"labels.role.{role.strip().casefold()}"
    return plan.t(key) if role.strip() and has(key) else role


def _section_name(plan: _Plan, section: str) -> str:
    from directwork.domain.catalogue import has

    key = f"coreview.sections.{section}"
    return plan.t(key) if has(key) else section


def _person_notes(plan: _Plan, p: Person) -> str:
    role = plan.t(f"labels.role.{p.role.value}")
    notes = [f"{role}." if not p.agency else f"{role}, {p.agency}."]
    if p.of_concern:
        notes.append(plan.t("agency.of_concern"))
    if p.withheld:
        notes.append(plan.t("agency.withheld"))
    if p.parental_responsibility:
        notes.append(plan.t("agency.parental_responsibility"))
    if p.contact_restriction:
        notes.append(plan.t("agency.contact_restriction", text=p.contact_restriction))
    if p.trusted_adult:
        notes.append(plan.t("agency.trusted_adult"))
    if p.leads_relationship:
        notes.append(plan.t("agency.leads_relationship"))
    if p.contact:
        notes.append(p.contact)
    return " ".join(notes)


def build_agency_summary(case: Case, language: SummaryLanguage, today: date) -> bytes:
    """The multi-agency plan, from the Case ``redaction.for_agency`` made."""
    if case.viewer is not Viewer.AGENCY:
        raise ValueError("the multi-agency plan is built only from the agencies' view of the case")
    words = Words(language)
    doc = _Plan(case, words)
    doc.header(today)
    doc.level()
    plan = case.plan
    if plan is not None:
        doc.plan_sections(plan)
    doc.voice()
    doc.agencies()
    doc.people()
    doc.contexts()
    doc.key_moments()
    doc.reviews()
    doc.concerns()
    doc.sharing()
    if plan is not None:
        doc.agreed(plan)
        if plan.practitioner_notes:
            doc.section("agency.practitioner_notes", [doc.p(esc(plan.practitioner_notes))])
    doc.coreview()
    doc.summaries()
    child = case.child
    full_name = " ".join(n for n in (child.given_name, child.family_name) if n) or child.display_name
    meta = Metadata(
        title=f"{words.joined('agency.doc_title')} \u2013 {full_name}",
        author=case.practitioner_name,
        subject=words.joined("agency.confidential"),
        lang=words.pdf_lang,
        footer=f"{words.joined('agency.footer')} \u00b7 {full_name}",
        page_words=words.each("common.page"),
    )
    return render(doc.story, meta, footer_size=8)
