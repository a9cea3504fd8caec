"""A believable, plainly fictional caseload, for training, demonstrations and trying the app.

Each demo child has several months of history made through the ordinary services (so every
record has its outbox row and audit event): visits with what the child and carers said,
drawings, a safety plan (agreed or still a draft), the people, agencies and places around them,
safety level decisions and sign-offs, key moments and their responses, reviews, concerns with
escalation and referrals, and an information-sharing log.

The same seed and the same ``now`` give the same caseload (ids aside, which are always new).
History gets its own times by moving the session's clock (store.context) while writing.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.domain import pictures
from directwork.domain import records as r
from directwork.domain.policy import load_policy
from directwork.domain.records import (
    ActionStatus,
    AgencyPlanType,
    Audience,
    ContextType,
    GivenHow,
    KeyMomentType,
    Level,
    PlanStatus,
    Speaker,
    Topic,
    TrustView,
    WelshPreference,
)
from directwork.domain.rules.keymoments import with_required_response
from directwork.store import demo_words as words
from directwork.store import records as svc
from directwork.store.context import now_of
from directwork.store.demo_drawing import drawing_png
from directwork.store.demo_voice import hum_wav
from directwork.store.demo_words import DEMO_TEAM
from directwork.store.errors import VaultError
from directwork.store.schema import ChildRow, MetaRow

D = TypeVar("D", bound=r.Document)

# Rules as DOMAIN.md states them, kept simple here on purpose: the demo only needs plausible
# dates, and the practice rules proper live in domain/.
# The default policy alone (never a service's file): the demo is the same on every laptop.
DEFAULT_POLICY = load_policy(env={})
REFERRAL_ACK_WORKING_DAYS = 1
REVIEW_MONTHS = 3
SHARING_CHOICES = (
    [Audience.WORKER], [Audience.WORKER, Audience.TEAM],
    [Audience.WORKER, Audience.TEAM, Audience.CARERS],
    [Audience.WORKER, Audience.TEAM, Audience.CARERS, Audience.AGENCIES],
    [Audience.WORKER, Audience.TEAM, Audience.AGENCIES],
)
MOMENT_WEIGHTS = {
    KeyMomentType.MISSING: 5, KeyMomentType.EXCLUSION: 4, KeyMomentType.ARREST: 3,
    KeyMomentType.ADDRESS_MOVE: 2, KeyMomentType.PLACEMENT_MOVE: 2, KeyMomentType.COURT: 2,
    KeyMomentType.DISCLOSURE: 2, KeyMomentType.BEREAVEMENT: 1,
    KeyMomentType.RELEASE_FROM_CUSTODY: 1,
}


def is_demo(child: r.Child) -> bool:
    return child.team == DEMO_TEAM


def demo_children(session: Session) -> int:
    """How many demo children the vault holds (they must never reach a team hub)."""
    rows = session.execute(
        select(ChildRow.id).where(ChildRow.is_head.is_(True), ChildRow.deleted.is_(False),
                                  ChildRow.team == DEMO_TEAM).distinct()
    ).all()
    return len(rows)


class DemoNotAllowed(VaultError):
    """The demo caseload would mix fictional children with real ones, or reach a team hub."""


def check_demo_allowed(session: Session) -> None:
    """Refuse a demo caseload in a vault that holds real children or syncs with a team hub."""
    real = real_children(session)
    if real:
        raise DemoNotAllowed(
            f"This vault holds {real} real child(ren). The demo caseload is fictional and would "
            "be mixed in with them, so it was not added. To explore, set up a separate vault.")
    from directwork.store.sync_state import is_enrolled

    if is_enrolled(session):
        raise DemoNotAllowed(
            "This laptop syncs with a team hub, and the demo caseload must never reach it, so "
            "it was not added. To explore, set up a separate vault.")


def real_children(session: Session) -> int:
    """How many children in the vault are not demo children (a demo must not mix with them)."""
    rows = session.execute(
        select(ChildRow.id).where(ChildRow.is_head.is_(True), ChildRow.deleted.is_(False),
                                  ChildRow.team != DEMO_TEAM).distinct()
    ).all()
    return len(rows)


def add_working_days(start: datetime, days: int) -> datetime:
    """``days`` weekdays after ``start`` (bank holidays are left to the practice rules)."""
    when = start
    while days > 0:
        when += timedelta(days=1)
        if when.weekday() < 5:
            days -= 1
    return when


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(day.day, last))


# --------------------------------------------------------------------------- one child


class _Clock:
    """The session's "now" while history is written; moved by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


class _DemoChild:
    """Writes one fictional child's history, oldest first."""

    def __init__(self, session: Session, rng: random.Random, clock: _Clock, end: datetime,
                 practitioner: tuple[str, str], given: tuple[str, str], index: int) -> None:
        self.s, self.rng, self.clock, self.end = session, rng, clock, end
        self.practitioner_id, self.practitioner_name = practitioner
        self.start = end - timedelta(days=rng.randint(95, 240))
        self.index = index
        self.child: r.Child
        self.name = ""
        self.plan: r.SafetyPlan | None = None
        self.level = Level.MEDIUM
        self.given = given
        # Three children in ten still have a draft plan; the rest have agreed theirs.
        self.plan_agreed = index % 10 not in (2, 6, 9)
        self.welsh = False
        self.exploitation = False
        self.said: set[str] = set()

    # -- helpers

    def at(self, when: datetime) -> datetime:
        """Move the clock to ``when`` (never past the end) and return it."""
        self.clock.now = min(when, self.end - timedelta(minutes=1))
        return self.clock.now

    def working_hours(self, day: datetime) -> datetime:
        hour = self.rng.choice([9, 10, 11, 13, 14, 15, 16])
        when = datetime.combine(day.date(), time(hour, self.rng.choice([0, 15, 30, 45])), UTC)
        while when.weekday() >= 5:
            when += timedelta(days=1)
        return when

    def fresh(self, choices: tuple[str, ...]) -> str:
        """A phrase this child has not said yet, while there are any left: real children do
        not repeat themselves word for word every visit."""
        unused = [c for c in choices if c not in self.said]
        choice = self.rng.choice(unused or list(choices))
        self.said.add(choice)
        return choice

    def fill(self, text: str) -> str:
        return text.replace("{name}", self.name)

    def add(self, entry: r.Entry) -> r.Entry:
        return svc.add_entry(self.s, dataclasses.replace(entry, child_id=self.child.id))

    def save(self, doc: D) -> D:
        return svc.save_document(self.s, dataclasses.replace(doc, child_id=self.child.id))

    # -- the story

    def write(self) -> str:
        self.profile()
        self.network()
        # A child with a person of concern or an exploitation panel is not at a low level.
        self.decide_level(self.start + timedelta(days=2), self.rng.choice(
            [Level.MEDIUM, Level.HIGH, Level.HIGH, Level.VERY_HIGH] if self.exploitation else
            [Level.LOW, Level.LOW, Level.MEDIUM, Level.MEDIUM, Level.HIGH]))
        self.draft_plan()
        self.visits()
        self.key_moments_and_reviews()
        self.concerns()
        self.information_sharing()
        self.recordings_and_pictures()
        return self.child.id

    def profile(self) -> None:
        rng = self.rng
        given, pronouns = self.given
        family = rng.choice(words.FAMILY_NAMES)
        self.welsh = rng.random() < 0.3
        preference = (rng.choice([WelshPreference.WELSH, WelshPreference.BILINGUAL])
                      if self.welsh else rng.choice([WelshPreference.ENGLISH,
                                                     WelshPreference.NOT_ASKED]))
        needs, helps = rng.choice(words.COMMUNICATION)
        age_days = rng.randint(12 * 365, 17 * 365 + 120)
        self.name = words.PREFERRED.get(given, given) if rng.random() < 0.5 else given
        self.at(self.start)
        child = svc.save_document(self.s, r.Child(
            given_name=given, family_name=family,
            preferred_name=self.name if self.name != given else "",
            pronouns=pronouns, date_of_birth=(self.end - timedelta(days=age_days)).date(),
            legal_status=f"{rng.choice(words.LEGAL_STATUSES)} {words.DEMO_LEGAL_NOTE}",
            language="Welsh" if self.welsh else "English", welsh_preference=preference,
            communication_needs=needs, what_helps=helps,
            education_status=rng.choice(words.EDUCATION), school=rng.choice(words.SCHOOLS),
            about_me=rng.choice(words.ABOUT_ME),
            house_names=dict(words.WELSH_HOUSES if self.welsh else words.ENGLISH_HOUSES),
            practitioner_id=self.practitioner_id, practitioner_name=self.practitioner_name,
            team=DEMO_TEAM,
            next_visit=(self.end + timedelta(days=rng.randint(2, 12))).date(),
        ))
        self.child = child

    def network(self) -> None:
        rng, day = self.rng, self.start + timedelta(days=1)
        self.at(day)
        self.carers = []
        for title, relationship, suits in rng.sample(words.CARERS, rng.choice([1, 1, 2])):
            names = words.CARER_NAMES["f" if suits == "any" and rng.random() < 0.5 else
                                      "m" if suits == "any" else suits]
            name = f"{title} ({rng.choice(names)})"
            self.carers.append(name)
            self.save(r.Person(
                name=name, relationship=relationship, role=r.PersonRole.CARER,
                contact=f"07700 900{rng.randint(100, 999)}",
                parental_responsibility=relationship in ("mother", "father"),
                child_view=rng.choice([TrustView.TRUSTED, TrustView.TRUSTED, TrustView.NOT_SURE]),
                child_view_words=rng.choice(["She gets me", "He tries", "Alright mostly", ""]),
                worker_view=TrustView.TRUSTED, trusted_adult=rng.random() < 0.6,
                leads_relationship=not self.carers[:-1]))
        self.save(r.Person(name=rng.choice(words.FRIENDS), relationship="friend",
                           role=r.PersonRole.FRIEND, child_view=TrustView.TRUSTED,
                           child_view_words="My mate", trusted_adult=False))
        for name, job, agency in rng.sample(words.PROFESSIONALS, rng.randint(1, 2)):
            self.save(r.Person(name=name, relationship=job, role=r.PersonRole.PROFESSIONAL,
                               agency=agency, contact="01632 960000",
                               child_view=rng.choice(list(TrustView)),
                               worker_view=TrustView.TRUSTED))
        self.exploitation = rng.random() < 0.35
        if self.exploitation:
            self.save(r.Person(name=rng.choice(words.PEOPLE_OF_CONCERN), relationship="known to the child",
                               role=r.PersonRole.OTHER, child_view=TrustView.TRUSTED,
                               child_view_words="He looks out for me", worker_view=TrustView.WORRIED,
                               worker_view_notes="Possible exploitation; shared with police.",
                               of_concern=True))
        self.at(day + timedelta(days=1))
        agencies = rng.sample(words.AGENCIES, rng.randint(1, 3))
        self.exploitation = self.exploitation or any(a[1] == "mace" for a in agencies)
        for agency, plan_type, lead, summary in agencies:
            self.save(r.AgencyInvolvement(agency=agency, plan_type=AgencyPlanType(plan_type),
                                          lead_worker=lead, contact="01632 960123",
                                          plan_summary=summary))
        self.save(r.AgencyInvolvement(agency=DEMO_TEAM, plan_type=AgencyPlanType.YOUTH_JUSTICE,
                                      lead_worker=self.practitioner_name,
                                      plan_summary="Intervention plan and safety plan."))
        self.at(day + timedelta(days=2))
        for ctype, name, concerns, strengths, restricted in rng.sample(words.CONTEXTS, rng.randint(1, 3)):
            self.save(r.Context(context_type=ContextType(ctype), name=name, concerns=concerns,
                                strengths=strengths, restricted=restricted and rng.random() < 0.8,
                                change_first=bool(concerns) and rng.random() < 0.4))

    def decide_level(self, when: datetime, level: Level, *, sign: bool = True) -> None:
        self.level = level
        decided = self.at(self.working_hours(when))
        decision = self.add(r.SafetyLevelDecision(
            level=level, reasoning=words.LEVEL_REASONS[level.value], decided_at=decided,
            decided_by_name=self.practitioner_name))
        if sign and decided + timedelta(days=3) < self.end:
            signed = self.at(add_working_days(decided, self.rng.randint(1, 3)))
            self.add(r.LevelSignOff(decision_id=decision.id, manager=words.MANAGER,
                                    signed_at=signed, comment=self.rng.choice(
                                        ["Agreed.", "Agreed; review after the panel.", ""])))

    def draft_plan(self) -> None:
        rng = self.rng
        n = rng.randint(1, 3)
        picks = rng.sample(range(len(words.WORRIES)), n)
        worries = [r.Worry(id=f"w{i + 1}", text=self.fill(words.WORRIES[p]),
                           disputed=i == 0 and rng.random() < 0.25,
                           disputed_by=self.carers[0] if self.carers else "")
                   for i, p in enumerate(picks)]
        worries = [dataclasses.replace(w, disputed_by=w.disputed_by if w.disputed else "")
                   for w in worries]
        goals = [r.SafetyGoal(id=f"g{i + 1}", worry_id=w.id, text=self.fill(words.GOALS[p]),
                              lasting=rng.choice(["3 months", "a whole term", "6 months"]))
                 for i, (w, p) in enumerate(zip(worries, picks, strict=True))]
        drafted = self.at(self.working_hours(self.start + timedelta(days=8)))
        actions = [r.PlanAction(id=f"a{i + 1}", what=self.fill(what), owner=self.fill(owner),
                                agency=agency, due=(drafted + timedelta(days=rng.randint(14, 60))).date())
                   for i, (what, owner, agency) in enumerate(rng.sample(words.ACTIONS, rng.randint(2, 4)))]
        plan = r.SafetyPlan(
            title=f"{self.name}'s safety plan", status=PlanStatus.DRAFT,
            why_working_together=f"To help {self.name} stay safe and keep out of trouble.",
            worries=worries, working_well=[self.fill(w) for w in rng.sample(words.WORKING_WELL, 2)],
            goals=goals, actions=actions,
            contingency=[r.Contingency(if_this=self.fill(a), then_that=self.fill(b), call=self.fill(c))
                         for a, b, c in rng.sample(words.CONTINGENCY, 2)],
            safe_people=self.carers[:1] + ["Bev at the youth club"],
            safe_places=rng.sample(words.SAFE_PLACES, 2),
            helplines=[r.Helpline(name="Childline", number="0800 1111"),
                       r.Helpline(name="Emergency", number="999")],
            child_section=rng.choice(words.CHILD_SECTION),
            next_review=add_months(drafted.date(), REVIEW_MONTHS),
            practitioner_notes="Check the plan with school before the review.")
        self.plan = self.save(plan)
        if self.plan_agreed:
            agreed = self.at(self.working_hours(drafted + timedelta(days=rng.randint(5, 10))))
            self.agree_plan(agreed)

    def agree_plan(self, agreed: datetime) -> None:
        assert self.plan is not None
        people = [r.Agreement(who=self.name, role="child", agreed_at=agreed),
                  r.Agreement(who=self.practitioner_name, role="practitioner", agreed_at=agreed)]
        people += [r.Agreement(who=c, role="carer", agreed_at=agreed) for c in self.carers[:1]]
        scores = [r.Scaling(person=self.name, role="child", score=self.rng.randint(3, 8),
                            on=agreed.date())]
        scores += [r.Scaling(person=c, role="carer", score=self.rng.randint(2, 7), on=agreed.date())
                   for c in self.carers[:1]]
        self.plan = self.save(dataclasses.replace(
            self.plan, status=PlanStatus.AGREED, agreements=people, scores=scores,
            next_review=add_months(agreed.date(), REVIEW_MONTHS)))
        self.add(r.SummaryGiven(plan_id=self.plan.id, audience=r.SummaryAudience.CHILD,
                                given_to=self.name, given_at=agreed,
                                language=r.SummaryLanguage.BOTH if self.welsh else r.SummaryLanguage.EN))
        for section, answer in (("worries", self.rng.choice(list(r.CoReviewAnswer))),
                                ("actions", r.CoReviewAnswer.AGREE)):
            self.add(r.CoReviewResponse(plan_id=self.plan.id, plan_rev=self.plan.rev,
                                        section=section, responder_name=self.name,
                                        responder_role="child", answer=answer, at=agreed,
                                        words="" if answer == r.CoReviewAnswer.AGREE
                                        else "I don't think it's that bad"))

    def visits(self) -> None:
        rng = self.rng
        day = self.start + timedelta(days=1)
        while True:
            started = self.working_hours(day)
            if started >= self.end - timedelta(hours=2):
                break
            self.at(started)
            present = [self.name] + (self.carers[:1] if rng.random() < 0.5 else [])
            tools = rng.sample(words.TOOLS, rng.randint(0, 2))
            visit = self.save(r.Visit(started_at=started, ended_at=started + timedelta(minutes=rng.choice([45, 60, 75, 90])),
                                      place=rng.choice(words.PLACES), present=present,
                                      purpose=rng.choice(words.PURPOSES), tools=tools,
                                      follow_ups=rng.sample(["Ring school", "Text Mum the plan",
                                                             "Book the review", "Check CAMHS date"],
                                                            rng.randint(0, 2))))
            for _ in range(rng.randint(1, 3)):
                self.voice(visit, started, carer_there=len(present) > 1)
            if rng.random() < 0.25:
                self.drawing(visit, started)
            if rng.random() < 0.7:
                self.add(r.VisitNote(visit_id=visit.id, text=self.fill(rng.choice([
                    "{name} was chatty today; talked about boxing.",
                    "{name} quiet at first, opened up on the walk.",
                    "Home was calm. Mum tired after a night shift.",
                    "{name} did not want to talk about court. Respected that.",
                    "Went through the plan; {name} wanted to change the wording of a worry.",
                ])), practitioner_only=rng.random() < 0.8))
            day = started + timedelta(days=rng.randint(6, 18))

    def voice(self, visit: r.Document, when: datetime, *, carer_there: bool) -> None:
        rng = self.rng
        carer = carer_there and rng.random() < 0.3
        topic = rng.choice(list(Topic))
        bank = words.CARER_VOICE if carer else words.VOICE
        scale = None
        question = ""
        if topic == Topic.SAFETY_SCALE:
            scale = rng.randint(0, 10)
            question = rng.choice(words.SCALE_QUESTIONS)
            text = self.fresh(words.SCALE_WORDS)
        else:
            text = self.fresh(bank[topic.value])
        self.at(when + timedelta(minutes=rng.randint(5, 40)))
        shared = list(rng.choice(SHARING_CHOICES))
        if carer and Audience.CARERS in shared:
            # Carers see their own words without being asked; what a carer is asked is
            # whether the child may see them.
            shared = [Audience.CHILD if a is Audience.CARERS else a for a in shared]
        self.add(r.VoiceEntry(
            visit_id=visit.id, speaker=Speaker.CARER if carer else Speaker.CHILD,
            speaker_name=self.carers[0] if carer and self.carers else self.name,
            topic=topic, text=text, verbatim=rng.random() < 0.8,
            given_how=GivenHow.SAID if carer else rng.choice(
                [GivenHow.SAID, GivenHow.SAID, GivenHow.TYPED_BY_CHILD, GivenHow.WRITTEN_BY_WORKER]),
            scale=scale, scale_question=question, shared_with=shared))

    def drawing(self, visit: r.Document, when: datetime) -> None:
        rng = self.rng
        self.at(when + timedelta(minutes=30))
        title, words_ = rng.choice([("My house", "I drew my house."),
                                    ("Where I feel safe", "I drew where I feel safe."),
                                    ("My dream house", "I drew my dream house."),
                                    ("Nan's house", "I drew Nan's house.")])
        drawing = self.add(r.Drawing(visit_id=visit.id, title=title, png=drawing_png(rng),
                                     width=160, height=120))
        self.add(r.VoiceEntry(visit_id=visit.id, speaker=Speaker.CHILD, speaker_name=self.name,
                              topic=rng.choice([Topic.DREAMS, Topic.GOOD_THINGS]),
                              text=words_, given_how=GivenHow.DRAWN,
                              drawing_id=drawing.id,
                              shared_with=[Audience.WORKER, Audience.TEAM, Audience.CARERS]))

    def recordings_and_pictures(self) -> None:
        """Some children recorded what they wanted to say, and picked pictures for their
        plan in co-review. A random source of their own keeps every other demo record as it
        was before these existed."""
        rng = random.Random(f"recordings-{self.index}-{self.start.isoformat()}-{self.name}")
        visits = svc.list_documents(self.s, r.Visit, self.child.id)
        if visits and rng.random() < 0.3:
            visit = rng.choice(visits)
            started = visit.started_at or self.start
            self.at(started + timedelta(minutes=20))
            audio = hum_wav(rng)
            recording = self.add(r.Recording(visit_id=visit.id, audio=audio,
                                             duration_ms=1500))
            self.add(r.VoiceEntry(visit_id=visit.id, speaker=Speaker.CHILD, speaker_name=self.name,
                                  topic=Topic.WANT_TO_HAPPEN,
                                  text=rng.choice(words.VOICE[Topic.WANT_TO_HAPPEN.value]),
                                  given_how=GivenHow.SAID, recording_id=recording.id,
                                  shared_with=[Audience.WORKER, Audience.TEAM]))
        plan = self.plan
        if plan is not None and plan.worries and rng.random() < 0.5:
            worry = plan.worries[0]
            self.add(r.PictureChoice(plan_id=plan.id, item=pictures.item_key("worries", worry.id),
                                     picture=rng.choice(pictures.offered("worries"))))

    def key_moments_and_reviews(self) -> None:
        """Key moments and scheduled reviews in time order, so the plan's revisions follow
        each other as they would have."""
        rng = self.rng
        span = (self.end - self.start).total_seconds()
        types, weights = list(MOMENT_WEIGHTS), list(MOMENT_WEIGHTS.values())
        moments = sorted((self.start + timedelta(seconds=span * rng.uniform(0.2, 0.98)),
                          rng.choices(types, weights)[0])
                         for _ in range(rng.choice([0, 1, 1, 2, 3])))
        while True:
            scheduled = None
            if self.plan is not None and self.plan.status == PlanStatus.AGREED and self.plan.next_review:
                scheduled = datetime.combine(self.plan.next_review, time(10), UTC)
                if scheduled >= self.end - timedelta(days=1):
                    scheduled = None
            if moments and (scheduled is None or moments[0][0] <= scheduled):
                occurred, kind = moments.pop(0)
                self.key_moment(kind, occurred)
            elif scheduled is not None:
                self.review(scheduled, r.ReviewTrigger.SCHEDULED)
            else:
                break

    def key_moment(self, kind: KeyMomentType, occurred: datetime) -> None:
        # The random draws are made in the same order for every kind, so a seed gives the
        # same caseload as it always has.
        rng = self.rng
        returned = None
        if kind == KeyMomentType.MISSING:
            returned = occurred + timedelta(hours=rng.randint(8, 40))
        self.at(returned or occurred + timedelta(hours=2))
        # The response and its due time from the default policy, as a practitioner's laptop
        # records them.
        moment = self.add(with_required_response(r.KeyMoment(
            moment_type=kind, occurred_at=occurred, returned_at=returned,
            details=words.KEY_MOMENT_DETAILS[kind.value]), DEFAULT_POLICY))
        hours = rng.randint(20, 100)
        done_at = (returned or occurred) + timedelta(hours=hours)
        if kind == KeyMomentType.DISCLOSURE:
            done_at = occurred + timedelta(minutes=hours)  # passed on within the hour or two
        if done_at >= self.end - timedelta(hours=6) or rng.random() < 0.15:
            return  # still open: stays on the practitioner's list until done
        self.at(done_at)
        if kind == KeyMomentType.MISSING:
            if rng.random() < 0.25:
                self.add(r.KeyMomentResponse(
                    key_moment_id=moment.id, outcome=r.ResponseOutcome.DECLINED,
                    done_at=done_at, reason=f"{self.name} declined a return interview; "
                                            f"offered again through a trusted adult."))
            else:
                self.add(r.KeyMomentResponse(key_moment_id=moment.id,
                                             outcome=r.ResponseOutcome.HELD, done_at=done_at))
            return
        told = ([r.Telling(whom=r.Recipient.DSL_MANAGER, at=done_at, name="Pat Okafor")]
                if kind == KeyMomentType.DISCLOSURE else [])
        self.add(r.KeyMomentResponse(key_moment_id=moment.id, outcome=r.ResponseOutcome.DONE,
                                     done_at=done_at, told=told))
        if self.plan is not None:
            self.review(done_at, r.ReviewTrigger.KEY_MOMENT, key_moment_id=moment.id)

    def review(self, when: datetime, trigger: r.ReviewTrigger, key_moment_id: str | None = None) -> None:
        assert self.plan is not None
        rng = self.rng
        held = self.at(self.working_hours(when))
        ranks = list(Level)
        new_level = ranks[max(0, min(3, self.level.rank + rng.choice([-1, 0, 0, 1])))]
        next_review = add_months(held.date(), REVIEW_MONTHS)
        self.add(r.Review(
            trigger=trigger, key_moment_id=key_moment_id, plan_id=self.plan.id, held_at=held,
            agency_inputs=[r.AgencyInput(agency="Oakfield Academy (fictional)", person="Mr Rowlands",
                                         input=rng.choice(["Attendance up to 80%.",
                                                           "Two detentions; otherwise settled."])),
                           r.AgencyInput(agency="Children's Services (fictional)", person="Jo Ellis",
                                         input="Home visits show things are calmer.")],
            child_views=rng.choice(["Things are better.", "I still don't like the park plan.",
                                    "I want fewer meetings."]),
            carer_views=rng.choice(["Coming home on time more.", "Still worried at weekends."]),
            what_changed="Actions updated; review date moved on.", new_level=new_level,
            next_review=next_review))
        if new_level != self.level:
            self.decide_level(held + timedelta(hours=1), new_level, sign=rng.random() < 0.8)
        actions = [dataclasses.replace(a, status=rng.choice([ActionStatus.DONE, ActionStatus.IN_PROGRESS]))
                   for a in self.plan.actions]
        self.at(held + timedelta(hours=2))
        self.plan = self.save(dataclasses.replace(
            self.plan, actions=actions, next_review=next_review,
            scores=self.plan.scores + [r.Scaling(person=self.name, role="child",
                                                 score=rng.randint(3, 9), on=held.date())]))

    def concerns(self) -> None:
        rng = self.rng
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            summary, severity, details = rng.choice(words.CONCERNS)
            raised = self.working_hours(self.start + timedelta(
                seconds=(self.end - self.start).total_seconds() * rng.uniform(0.1, 0.95)))
            self.at(raised)
            clock = {"immediate": timedelta(hours=4), "high": timedelta(days=1),
                     "medium": timedelta(days=3), "low": timedelta(days=5)}[severity]
            concern = self.save(r.Concern(
                summary=summary, details=details, raised_at=raised, raised_by=self.practitioner_name,
                severity=r.Severity(severity), told=["Line manager"], response_due=raised + clock))
            steps = rng.randint(1, 3)
            for step in range(1, steps + 1):
                at = self.at(raised + timedelta(hours=6 * step))
                self.add(r.EscalationStep(concern_id=concern.id, step=step,
                                          to_whom=words.ESCALATION_LADDER[step - 1], at=at,
                                          outcome=rng.choice(words.OUTCOMES) if step == steps else
                                          "No answer in time; went to the next step."))
            if severity in ("high", "immediate") or rng.random() < 0.3:
                made = self.at(raised + timedelta(hours=3))
                nrm = "drugs" in details or "car" in summary
                acknowledged = add_working_days(made, 1) if rng.random() < 0.75 else None
                if acknowledged is not None and acknowledged >= self.end:
                    acknowledged = None
                self.save(r.Referral(
                    concern_id=concern.id,
                    referral_type=r.ReferralType.NRM if nrm else r.ReferralType.CHILDRENS_SOCIAL_CARE,
                    made_at=made, ack_due=add_working_days(made, REFERRAL_ACK_WORKING_DAYS),
                    acknowledged_at=acknowledged,
                    reference=f"DEMO-{rng.randint(10000, 99999)}" if acknowledged else ""))
            closed = raised + timedelta(days=rng.randint(3, 20))
            if closed < self.end - timedelta(days=1) and rng.random() < 0.6:
                self.at(closed)
                self.save(dataclasses.replace(
                    concern, status=r.ConcernStatus.CLOSED, outcome=rng.choice(words.OUTCOMES),
                    child_told=True, carers_told=rng.random() < 0.8, closed_at=closed))

    def information_sharing(self) -> None:
        rng = self.rng
        for shared, what, whom, why, basis in rng.sample(words.INFO_SHARING, rng.randint(1, 3)):
            at = self.at(self.working_hours(self.start + timedelta(days=rng.randint(5, 80))))
            self.add(r.InformationSharing(shared=shared, what=what, with_whom=whom, why=why,
                                          basis=basis, at=at))


# --------------------------------------------------------------------------- the caseload


def generate(session: Session, children: int, seed: int | None = None,
             now: datetime | None = None) -> list[str]:
    """Write ``children`` fictional children with months of history ending at ``now``; returns
    their ids. Writes through the services in the caller's transaction."""
    if children < 0:
        raise ValueError("the number of children cannot be negative")
    rng = random.Random(seed)
    end = (now or now_of(session)).astimezone(UTC)
    name_row = session.get(MetaRow, "practitioner_name")
    practitioner = (session.info.get("practitioner_id", ""),
                    (name_row.value if name_row and name_row.value else "Demo Practitioner"))
    had_clock = "clock" in session.info
    previous = session.info.get("clock")
    clock = _Clock(end)
    session.info["clock"] = clock
    # Names go round the whole list before any repeats, as on a real caseload.
    names = list(words.GIVEN_NAMES)
    rng.shuffle(names)
    try:
        return [_DemoChild(session, rng, clock, end, practitioner, names[i % len(names)], i).write()
                for i in range(children)]
    finally:
        if had_clock:
            session.info["clock"] = previous
        else:
            session.info.pop("clock", None)


def add_demo_caseload(session: Session, children: int, seed: int | None = None) -> list[str]:
    """``generate``, refused (``check_demo_allowed``) in a vault with real children or a hub."""
    check_demo_allowed(session)
    return generate(session, children=children, seed=seed)
