"""The multi-agency safety plan: the one integrated plan every agency works from.

Built from the Case ``redaction.for_agency`` made: the professional picture, with the level
and its reasoning and sign-off, every action with its owner, agency and date, the visits and
their shareable notes, the agencies and their plans, concerns with what the child and carers
were told, the review history and who agreed and when.

Honest about the other copies: beside each part the child's or carers' copy leaves out or
changes, a mark says so ("Not in the family's copy: kept back by the worker", "Not shared
with carers"), worked out from those copies themselves (domain/reach.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from directwork.domain.case import Case, Viewer
from directwork.domain.catalogue import given_to, scale_question
from directwork.domain.policy import Policy, Wording
from directwork.domain.reach import PROFESSIONAL, FamilyReach
from directwork.domain.records import (
    EARLIEST,
    KeyMomentType,
    Person,
    ReferralType,
    SafetyPlan,
    SummaryLanguage,
)
from directwork.domain.rules.levels import level_standing
from directwork.reports.icons import SOFT
from directwork.reports.layout import (
    RULE,
    KeepIfRoom,
    Metadata,
    breakable,
    esc,
    make_styles,
    render,
    split_long_rows,
)
from directwork.reports.words import Value, Words

BODY_PT = 10  # nothing in this document is printed smaller
HEADING_PT = 13
TITLE_PT = 20
FOOTER_PT = 9
WIDTH = 174 * mm
CELL_PADDING = 4


class _Plan:
    def __init__(self, case: Case, words: Words, reach: FamilyReach | None,
                 policy: Policy | None = None) -> None:
        self.case = case
        self.w = words
        self.policy = policy
        self.s = make_styles(BODY_PT, HEADING_PT, TITLE_PT, small_size=BODY_PT)
        self.reach = reach
        self.story: list[Flowable] = []

    # --------------------------------------------------------------- building blocks

    def t(self, key: str, **values: Value) -> str:
        return self.w.joined(key, **values)

    def _asked(self, question: str) -> str:
        """The safety scale's question in the summary's language(s)."""
        return self.w.each_value(partial(scale_question, question))

    def p(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, getattr(self.s, style))

    def heading(self, key: str) -> list[Flowable]:
        texts = self.w.each(key)
        out: list[Flowable] = [Spacer(1, 8), self.p(esc(texts[0]), "heading")]
        out += [self.p(esc(t), "heading_second") for t in texts[1:]]
        return out

    def section(self, key: str, body: list[Flowable], *, professional: bool = False) -> None:
        """A heading and what it heads. ``professional``: a part no family copy holds, marked
        so under its heading."""
        if not body:
            body = [self.p(esc(self.t("agency.none")), "small")]
        head = self.heading(key)
        if professional and self.reach is not None:
            head.append(self.p(esc(self.t(PROFESSIONAL)), "mark"))
        # The heading stays with the start of what it heads (a table: with its first rows).
        self.story.append(KeepIfRoom(head + body[:1]))
        self.story.extend(body[1:])

    def field(self, label_key: str, value: str) -> Paragraph:
        return self.p(f"<b>{esc(self.t(label_key))}:</b> {esc(value)}")

    def mark(self, key: str) -> list[Flowable]:
        """The mark for a part the family's copies leave out or change, if any."""
        found = self.reach.mark(key) if self.reach is not None else None
        return [self.p(esc(self.t(found)), "mark")] if found else []

    def cell(self, words: str, width_mm: float) -> Paragraph:
        """A table cell's words, long words broken where they have a place to break."""
        width = width_mm * mm - 2 * CELL_PADDING
        return self.p(esc(breakable(words, width, self.s.body.fontName, BODY_PT)))

    def table(self, header_keys: list[str], rows: Sequence[Sequence[str | list[Flowable]]],
              widths: Sequence[float]) -> Table:
        data: list[list[object]] = [[self.p(f"<b>{esc(self.t(k))}</b>") for k in header_keys]]
        data += [[self.cell(cell, width) if isinstance(cell, str) else cell
                  for cell, width in zip(row, widths, strict=True)] for row in rows]
        table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.s.body.fontName),
            ("BACKGROUND", (0, 0), (-1, 0), SOFT),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f8fb")]),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]))
        return split_long_rows(table)

    def marked_cell(self, words: str, width_mm: float, key: str) -> str | list[Flowable]:
        """A cell with the mark of the part it holds under its words, when it has one."""
        mark = self.mark(key)
        return [self.cell(words, width_mm), *mark] if mark else words

    def policy_words(self, words: Wording) -> str:
        """Words the policy supplies (a response, a ladder step's name) in every language of
        the plan, Welsh first, once where the policy has no Welsh for them."""
        return self.w.each_value(words.in_language)

    def response(self, moment_type: KeyMomentType, stored: str) -> str:
        """A key moment's response as the record holds it: in each language where it is
        exactly the policy's words, else as it was stored (and as stored without a policy)."""
        if self.policy is None or moment_type not in self.policy.key_moments or not stored:
            return stored
        return self.policy_words(self.policy.response_words(moment_type, stored))

    def step_name(self, stored: str) -> Value:
        """An escalation's "to whom", for a line in each language: where it is a ladder
        step's name, that language's name for it; else as stored."""
        if self.policy is None or not stored:
            return stored
        return self.policy.step_words(stored).in_language

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
            ("agency.about_me", child.about_me),
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
            if sign is not None and sign.comment.strip():
                body.append(self.field("agency.sign_off_comment", sign.comment))
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
        self.section("agency.level_title", body, professional=True)

    def plan_sections(self, plan: SafetyPlan) -> None:
        if plan.why_working_together:
            self.section("agency.why", [self.p(esc(plan.why_working_together)),
                                        *self.mark("plan.why_working_together")])
        worries: list[Flowable] = []
        for worry in plan.worries:
            worries += self.bullets([worry.text])
            worries += self.mark(f"plan.worries[{worry.id}]")
            if worry.disputed:
                note = (self.t("agency.disputed_by", who=worry.disputed_by) if worry.disputed_by
                        else self.t("agency.disputed"))
                worries.append(self.p(esc(note), "small"))
            for goal in (g for g in plan.goals if g.worry_id == worry.id):
                worries.append(self.p(f"<b>{esc(self.t('agency.goals'))}:</b> {esc(goal.text)}"
                                      + (f" ({esc(self.t('agency.lasting', lasting=goal.lasting))})"
                                         if goal.lasting else "")))
                worries += self.mark(f"plan.goals[{goal.id}]")
        self.section("agency.worries", worries)
        linked = {w.id for w in plan.worries}
        loose: list[Flowable] = []
        for g in (g for g in plan.goals if g.worry_id not in linked):
            loose += self.bullets([g.text + (f" ({self.t('agency.lasting', lasting=g.lasting)})"
                                             if g.lasting else "")])
            loose += self.mark(f"plan.goals[{g.id}]")
        if loose:
            self.section("agency.goals", loose)
        well: list[Flowable] = []
        for index, item in enumerate(plan.working_well):
            well += self.bullets([item]) + self.mark(f"plan.working_well[{index}]")
        self.section("agency.working_well", well)
        widths = [62, 32, 30, 25, 25]
        rows: list[list[str | list[Flowable]]] = [
            [self.marked_cell(a.what, widths[0], f"plan.actions[{a.id}]"),
             a.owner or self.t("agency.no_owner"), a.agency,
             self.w.day(a.due) if a.due else "",
             self.t(f"labels.action_status.{a.status.value}")] for a in plan.actions]
        self.section("agency.actions", [self.table(
            ["agency.action", "agency.owner", "agency.agency", "agency.by", "agency.status"],
            rows, widths)] if rows else [])
        widths = [62, 72, 40]
        rows = [[self.marked_cell(c.if_this, widths[0], f"plan.contingency[{i}]"), c.then_that,
                 c.call] for i, c in enumerate(plan.contingency)]
        self.section("agency.contingency", [self.table(
            ["agency.if", "agency.then", "agency.call"], rows, widths)] if rows else [])
        safety: list[Flowable] = []
        for label, items, key in (("agency.safe_people", plan.safe_people, "safe_people"),
                                  ("agency.safe_places", plan.safe_places, "safe_places")):
            if items:
                safety.append(self.p(f"<b>{esc(self.t(label))}:</b>"))
                for index, item in enumerate(items):
                    safety += self.bullets([item]) + self.mark(f"plan.{key}[{index}]")
        safety.append(self.p(f"<b>{esc(self.t('agency.helplines'))}:</b> "
                             f"{esc('Childline 0800 1111; 999')}"))
        for index, line in enumerate(plan.helplines):
            safety += self.bullets([f"{line.name} {line.number}".strip()])
            safety += self.mark(f"plan.helplines[{index}]")
        if plan.child_section:
            safety.append(self.field("agency.child_section", plan.child_section))
            safety += self.mark("plan.child_section")
        self.section("agency.safety_network", safety)
        scores: list[Flowable] = []
        for index, s in enumerate(plan.scores):
            scores += self.bullets([f"{s.person} ({_role(self, s.role)}): {s.score}/10"
                                    + (f", {self.w.day(s.on)}" if s.on else "")])
            scores += self.mark(f"plan.scores[{index}]")
        for v in self.case.voice:
            if v.scale is not None:
                who = v.speaker_name or self.t(f"labels.speaker.{v.speaker.value}")
                scores += self.bullets([f"{who}: {v.scale}/10"
                                        + (f" ({self._asked(v.scale_question)})"
                                           if v.scale_question.strip() else "")])
                scores += self.mark(f"voice[{v.id}]")
        self.section("agency.scores", scores)

    def voice(self) -> None:
        widths = [34, 34, 106]
        rows: list[list[str | list[Flowable]]] = []
        for v in self.case.voice:
            if not v.text.strip():
                continue
            who = v.speaker_name or self.t(f"labels.speaker.{v.speaker.value}")
            how = self.t("agency.own_words") if v.verbatim else self.t("agency.paraphrased")
            rows.append([f"{self.w.day(v.created_at)}\n{who}", self.t(f"houses.{v.topic.value}"),
                         self.marked_cell(f"{v.text} ({how})", widths[2], f"voice[{v.id}]")])
        self.section("agency.voice", [self.table(
            ["agency.when_who", "agency.topic", "agency.voice"], rows, widths)]
            if rows else [])

    def visits(self) -> None:
        """Each visit (when, where, who was there, why, which tools, what follows), with the
        notes from it that may be shared with other agencies."""
        body: list[Flowable] = []
        notes = list(self.case.notes)
        visits = sorted(self.case.visits, key=lambda v: v.started_at or v.created_at or EARLIEST)
        for visit in visits:
            when = self.w.day(visit.started_at or visit.created_at)
            head = ", ".join(x for x in (when, visit.place) if x)
            body.append(self.p(f"<b>{esc(head)}</b>"))
            for key, value in (("agency.visit_present", ", ".join(visit.present)),
                               ("agency.visit_purpose", visit.purpose),
                               ("agency.visit_tools", ", ".join(visit.tools)),
                               ("agency.visit_follow_up", "; ".join(visit.follow_ups))):
                if value:
                    body.append(self.field(key, value))
            for note in [n for n in notes if n.visit_id == visit.id]:
                body.append(self.field("agency.visit_note", note.text))
        loose = [n for n in notes if n.visit_id not in {v.id for v in visits}]
        if loose:
            body.append(self.p(f"<b>{esc(self.t('agency.other_notes'))}</b>"))
            body += self.bullets([f"{self.w.day(n.created_at)}: {n.text}" for n in loose])
        self.section("agency.visits", body, professional=True)

    def agencies(self) -> None:
        rows = [[a.agency, self.t(f"labels.plan_type.{a.plan_type.value}"),
                 a.lead_worker, a.contact,
                 a.plan_summary + ("" if a.active else f" {self.t('agency.inactive')}")]
                for a in self.case.agencies]
        self.section("agency.agencies", [self.table(
            ["agency.agency", "agency.plan", "agency.lead_worker", "agency.contact",
             "agency.plan_summary"], rows, [28, 32, 30, 32, 52])] if rows else [],
            professional=True)

    def people(self) -> None:
        rows = [[self.marked_cell(f"{p.name}\n{p.relationship}", 36, f"people[{p.id}]"),
                 _person_notes(self, p),
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
            rows.append([self.marked_cell(f"{ctx.name}\n" + " · ".join(f.rstrip(".") for f in flags),
                                          50, f"contexts[{ctx.id}]"), ctx.concerns, ctx.strengths])
        self.section("agency.contexts", [self.table(
            ["agency.contexts", "agency.concerns", "agency.strengths"], rows, [50, 64, 60])]
            if rows else [])

    def key_moments(self) -> None:
        items = []
        for m in sorted(self.case.key_moments, key=lambda m: m.occurred_at or m.created_at or EARLIEST):
            parts = [f"{self.w.day(m.occurred_at)}: "
                     f"{self.t(f'labels.key_moment.{m.moment_type.value}')}", m.details,
                     self.response(m.moment_type, m.response)]
            line = ". ".join(p.strip().rstrip(".") for p in parts if p.strip()) + "."
            answer = self.case.response_to(m)
            if answer is not None and answer.outcome.value == "done":
                line += " " + self.t("agency.response_done", date=answer.done_at)
            elif answer is not None:
                line += " " + self.t("agency.response_not_done", reason=answer.reason)
            elif m.response_due:
                line += " " + self.t("agency.response_due", date=m.response_due)
            items.append(line)
        self.section("agency.key_moments", self.bullets(items), professional=True)

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
        self.section("agency.reviews", body, professional=True)

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
            if concern.told:
                body.append(self.field("agency.concern_told", ", ".join(concern.told)))
            if concern.response_due and concern.status.value == "open":
                body.append(self.p(esc(self.t("agency.response_due", date=concern.response_due))))
            for step in self.case.steps_for(concern):
                body += self.bullets([self.t("agency.escalation_step", n=step.step,
                                             to=self.step_name(step.to_whom), date=step.at)
                                      + (f" {step.outcome}" if step.outcome else "")])
            if concern.outcome:
                body.append(self.p(esc(self.t("agency.outcome", text=concern.outcome))))
            if concern.status.value == "closed":
                body.append(self.p(esc(self.t("agency.concern_closed",
                                              date=concern.closed_at or concern.updated_at))))
            # What the child and the carers were told of the outcome, each said in words.
            for who, told in (("child", concern.child_told), ("carers", concern.carers_told)):
                state = "unknown" if told is None else ("yes" if told else "no")
                body.append(self.p(esc(self.t(f"agency.told_{who}_{state}"))))
        for ref in self.case.referrals:
            kind = "agency.referral_nrm" if ref.referral_type is ReferralType.NRM else (
                "agency.referral_csc")
            ack = (self.t("agency.acknowledged", date=ref.acknowledged_at)
                   if ref.acknowledged_at else self.t("agency.not_acknowledged"))
            body += self.bullets([f"{self.t(kind)} {ref.reference}. "
                                  f"{self.t('agency.made_on', date=ref.made_at)} {ack}"])
        self.section("agency.concerns_title", body, professional=True)

    def sharing(self) -> None:
        rows = [[self.w.day(i.at or i.created_at),
                 self.t("agency.shared" if i.shared else "agency.not_shared"),
                 i.what, i.with_whom, f"{i.why} {i.basis}".strip()]
                for i in self.case.info_sharing]
        self.section("agency.sharing", [self.table(
            ["agency.date", "agency.status", "agency.what", "agency.with_whom", "agency.why_basis"],
            rows, [26, 22, 46, 34, 46])] if rows else [], professional=True)

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
            line = self.t("agency.summary_item",
                          audience=_in_each_language(f"labels.audience.{audience}"),
                          # "yn Gymraeg": the words as they read after "in" (mutated in Welsh)
                          language=_in_each_language(f"labels.language_in.{language}"),
                          who=partial(given_to, s.given_to, s.audience.value),
                          date=s.given_at or s.created_at)
            if s.withheld:
                line += " " + self.t("agency.summary_withheld", counts=", ".join(
                    f"{self.t(f'agency.withheld_kind.{k}') if _has(f'agency.withheld_kind.{k}') else k}"
                    f" {n}" for k, n in sorted(s.withheld.items())))
            items.append(line)
        if items:
            self.section("agency.summaries", self.bullets(items), professional=True)


def _has(key: str) -> bool:
    from directwork.domain.catalogue import has

    return has(key)


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


def build_agency_summary(case: Case, language: SummaryLanguage, today: date,
                         reach: FamilyReach | None = None, policy: Policy | None = None) -> bytes:
    """The multi-agency plan, from the Case ``redaction.for_agency`` made. ``reach``: what the
    family's copies hold (``reach.family_reach`` of the whole case), for the marks beside each
    part they leave out; without it no marks are printed. ``policy``: the service's, whose
    Welsh a Welsh or bilingual plan gives for a key moment's response and an escalation's step
    where the record holds exactly the policy's English; without it, they print as stored."""
    if case.viewer is not Viewer.AGENCY:
        raise ValueError("the multi-agency plan is built only from the agencies' view of the case")
    words = Words(language)
    doc = _Plan(case, words, reach, policy)
    doc.header(today)
    doc.level()
    plan = case.plan
    if plan is not None:
        doc.plan_sections(plan)
    doc.voice()
    doc.visits()
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
            doc.section("agency.practitioner_notes", [doc.p(esc(plan.practitioner_notes))],
                        professional=True)
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
    return render(doc.story, meta, footer_size=FOOTER_PT)
