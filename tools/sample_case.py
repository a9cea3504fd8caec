"""A made-up case, for the pictures in docs/, for benchmarks and for previews in screenshots.

Every person and place here is invented. It carries one of each thing the redaction policy
withholds (a person of concern, a restricted place, a peer's name, words not shared, a note
for professionals) so that the pictures show the policy at work. None of the child's words
lists the child among who may see them: the child sees their own words without being asked,
and some of them were not shared with carers, so the child's and the carers' copies differ
(a policy that showed the child only what was shared with them would show here at once).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from directwork.domain.case import Case, PlanAgreementRecord
from directwork.domain.records import (
    ActionStatus,
    AgencyInput,
    AgencyInvolvement,
    AgencyPlanType,
    Agreement,
    Audience,
    Child,
    Concern,
    Context,
    ContextType,
    Contingency,
    CoReviewAnswer,
    CoReviewResponse,
    Drawing,
    EscalationStep,
    GivenHow,
    Helpline,
    InformationSharing,
    KeyMoment,
    KeyMomentType,
    Level,
    LevelSignOff,
    Person,
    PersonRole,
    PlanAction,
    PlanStatus,
    Referral,
    ReferralType,
    Review,
    SafetyGoal,
    SafetyLevelDecision,
    SafetyPlan,
    Scaling,
    Severity,
    Speaker,
    Topic,
    TrustView,
    Visit,
    VisitNote,
    VoiceEntry,
    WelshPreference,
    Worry,
)

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
CHILD_ID = "0195f000-0000-7000-8000-000000000001"

_EVERYONE = [Audience.WORKER, Audience.TEAM, Audience.CARERS, Audience.AGENCIES]
_NOT_CARERS = [Audience.WORKER, Audience.TEAM, Audience.AGENCIES]
# The child's words, and who besides the child they agreed may see them.
_CHILD_WORDS = [
    (Topic.GOOD_THINGS, "I like boxing at the leisure centre on Tuesdays.", _EVERYONE),
    (Topic.GOOD_THINGS, "Nain makes the best cawl.", _EVERYONE),
    (Topic.WORRIES, "I get scared when people message me late at night.", _NOT_CARERS),
    (Topic.DREAMS, "I want to be a mechanic and have my own garage.", _EVERYONE),
    (Topic.FEELINGS, "Sometimes I feel like nobody listens.",
     [Audience.WORKER, Audience.TEAM]),
    (Topic.WANT_TO_HAPPEN, "I want to go back to school but not to the same class.", _EVERYONE),
]
_ACTIONS = [
    ("Meet Rhys every week and check in about how safe he feels", "Sam Practitioner",
     "Youth justice service"),
    ("Find a new class for Rhys and a key adult at school", "Ms Davies", "Ysgol Bro Taf"),
    ("Help Mum block the numbers that message Rhys at night", "Sam Practitioner",
     "Youth justice service"),
    ("Ask the boxing club about more sessions", "Mum", ""),
    ("Check Rhys's phone settings together", "Rhys and Mum", ""),
    ("Book a health check-up", "Dr Ahmed", "Health"),
]


def sample_drawing_png(width: int = 240, height: int = 180) -> bytes:
    """A child-like drawing (a house under a sun) as PNG bytes, made in memory."""
    import io

    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (width, height), "white")
    pen = ImageDraw.Draw(picture)
    pen.ellipse((width - 70, 10, width - 20, 60), fill=(240, 180, 40))
    pen.rectangle((50, 90, 150, 165), outline=(40, 80, 160), width=4)
    pen.polygon([(40, 92), (100, 40), (160, 92)], outline=(200, 60, 80), width=4)
    pen.rectangle((88, 125, 112, 165), fill=(70, 140, 90))
    pen.line((0, 166, width, 166), fill=(70, 140, 90), width=5)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def sample_case(*, actions: int = 6, voice: int = 6) -> Case:
    """A whole case for one invented child: ``actions`` plan actions, ``voice`` voice entries."""
    child = Child(id=CHILD_ID, child_id=CHILD_ID, given_name="Rhys", family_name="Llewelyn",
                  preferred_name="Rhys", pronouns="he/him", date_of_birth=date(2011, 6, 14),
                  legal_status="Referral order", language="Welsh",
                  welsh_preference=WelshPreference.BILINGUAL,
                  communication_needs="Short sentences; check understanding.",
                  what_helps="Walking while talking; drawing.", education_status="Excluded",
                  school="Ysgol Bro Taf", practitioner_name="Sam Practitioner",
                  team="Taf youth justice team", created_at=T0,
                  about_me="I like boxing and fixing bikes. Ask me before you decide things.")
    people = [
        Person(id="p1", child_id=CHILD_ID, name="Mum", relationship="mother",
               role=PersonRole.CARER, parental_responsibility=True, child_view=TrustView.TRUSTED),
        Person(id="p2", child_id=CHILD_ID, name="Nain", relationship="grandmother",
               role=PersonRole.FAMILY, child_view=TrustView.TRUSTED, trusted_adult=True),
        Person(id="p3", child_id=CHILD_ID, name="Kyle Brennan", relationship="older lad",
               role=PersonRole.OTHER, of_concern=True, worker_view=TrustView.WORRIED,
               worker_view_notes="Believed to be recruiting for a county line.",
               contact="07700 900123"),
        Person(id="p4", child_id=CHILD_ID, name="Tomasz Nowak", relationship="friend",
               role=PersonRole.FRIEND, child_view=TrustView.NOT_SURE),
        Person(id="p5", child_id=CHILD_ID, name="Ms Davies", relationship="head of year",
               role=PersonRole.PROFESSIONAL, agency="Ysgol Bro Taf", contact="01443 000000"),
        Person(id="p6", child_id=CHILD_ID, name="Mrs Pryddon", relationship="neighbour",
               role=PersonRole.OTHER),
    ]
    contexts = [
        Context(id="c1", child_id=CHILD_ID, context_type=ContextType.PLACE,
                name="the garages behind Heol Fawr", restricted=True,
                concerns="Older lads meet here after dark.", change_first=True),
        Context(id="c2", child_id=CHILD_ID, context_type=ContextType.SCHOOL, name="Ysgol Bro Taf",
                strengths="Ms Davies knows Rhys well."),
    ]
    agencies = [
        AgencyInvolvement(id="a1", child_id=CHILD_ID, agency="Children's social care",
                          plan_type=AgencyPlanType.CHILD_IN_NEED, lead_worker="Ffion Evans",
                          contact="01443 111111", plan_summary="Child in need plan since January."),
        AgencyInvolvement(id="a2", child_id=CHILD_ID, agency="Ysgol Bro Taf",
                          plan_type=AgencyPlanType.EHCP, lead_worker="Ms Davies",
                          contact="01443 000000", plan_summary="Return to school plan."),
    ]
    actions_list = []
    for i in range(actions):
        what, owner, agency = _ACTIONS[i % len(_ACTIONS)]
        actions_list.append(PlanAction(id=f"act{i}", what=what if i < len(_ACTIONS) else
                                       f"{what} (step {i // len(_ACTIONS) + 1})", owner=owner,
                                       agency=agency, due=date(2026, 3, 9) + timedelta(days=7 * i),
                                       status=list(ActionStatus)[i % 3]))
    plan = SafetyPlan(
        id="plan1", child_id=CHILD_ID, rev="3-abc", status=PlanStatus.AGREED,
        created_at=T0, updated_at=T0 + timedelta(days=1),
        why_working_together="Rhys was excluded from school and we want him to be safe when he is out.",
        worries=[
            Worry(id="w1", text="Rhys is out late near the garages behind Heol Fawr with Kyle Brennan."),
            Worry(id="w2", text="Rhys gets messages late at night that frighten him."),
            Worry(id="w3", text="Rhys is not in school.", disputed=True, disputed_by="Rhys"),
            Worry(id="w4", text="An older cousin may be involved.", withheld=True),
        ],
        working_well=["Rhys goes to boxing every week.", "Rhys talks to Nain when he is worried."],
        goals=[SafetyGoal(id="g1", worry_id="w1", text="Rhys is home by 9pm every night.",
                          lasting="for 3 months"),
               SafetyGoal(id="g2", worry_id="w2", text="Rhys feels safe with his phone.",
                          lasting="for 3 months"),
               SafetyGoal(id="g3", worry_id="w3", text="Rhys is back in school every day.",
                          lasting="for a whole term")],
        actions=actions_list,
        contingency=[Contingency(if_this="someone asks you to carry something",
                                 then_that="say no and go to Nain's house", call="Nain or Sam"),
                     Contingency(if_this="Kyle rings you from 07700900123",
                                 then_that="do not answer and tell Mum", call="Mum"),
                     Contingency(if_this="you feel in danger", then_that="go somewhere busy",
                                 call="999")],
        safe_people=["Mum", "Nain", "Sam (youth justice worker)"],
        safe_places=["Nain's house", "The boxing club", "the garages behind Heol Fawr"],
        helplines=[Helpline(name="Childline", number="0800 1111"),
                   Helpline(name="Meic (helpline for children in Wales)", number="080880 23456"),
                   Helpline(name="Emergency (police, ambulance)", number="999")],
        child_section="I want people to ask me before they decide things about me.",
        scores=[Scaling(person="Rhys", role="child", score=5, on=date(2026, 3, 2)),
                Scaling(person="Mum", role="carer", score=4, on=date(2026, 3, 2)),
                Scaling(person="Sam Practitioner", role="practitioner", score=4,
                        on=date(2026, 3, 2))],
        agreements=[Agreement(who="Rhys", role="child", agreed_at=T0 + timedelta(days=1)),
                    Agreement(who="Mum", role="carer", agreed_at=T0 + timedelta(days=1)),
                    Agreement(who="Ffion Evans", role="agency", agency="Children's social care",
                              agreed_at=T0 + timedelta(days=2))],
        next_review=date(2026, 6, 1),
        practitioner_notes="Manager asked for a check on the NRM referral at the next supervision.",
    )
    entries = []
    for i in range(voice):
        topic, words, shared = _CHILD_WORDS[i % len(_CHILD_WORDS)]
        entries.append(VoiceEntry(
            id=f"v{i}", child_id=CHILD_ID, created_at=T0 + timedelta(minutes=i),
            speaker=Speaker.CHILD, speaker_name="Rhys", topic=topic, text=words,
            given_how=GivenHow.SAID, shared_with=list(shared)))
    entries += [
        VoiceEntry(id="vx1", child_id=CHILD_ID, created_at=T0, speaker=Speaker.CHILD,
                   speaker_name="Rhys", topic=Topic.WORRIES,
                   text="I don't want Mum to know I was at the garages.",
                   shared_with=list(_NOT_CARERS)),
        VoiceEntry(id="vx2", child_id=CHILD_ID, created_at=T0, speaker=Speaker.CARER,
                   speaker_name="Mum", topic=Topic.WORRIES,
                   text="I worry he is being used by Kyle Brennan.",
                   shared_with=[Audience.WORKER, Audience.TEAM, Audience.AGENCIES]),
        VoiceEntry(id="vx5", child_id=CHILD_ID, created_at=T0, speaker=Speaker.CARER,
                   speaker_name="Mum", topic=Topic.GOOD_THINGS,
                   text="I'm proud of how hard he is trying at boxing.",
                   shared_with=[Audience.WORKER, Audience.TEAM, Audience.CHILD]),
        VoiceEntry(id="vx6", child_id=CHILD_ID, created_at=T0, speaker=Speaker.CHILD,
                   speaker_name="Rhys", topic=Topic.FEELINGS,
                   text="I don't want to talk about Dad.", shared_with=[Audience.WORKER],
                   kept_from_speaker=True,
                   kept_reason="Rhys asked that it is not in the copy he takes home: his "
                               "brother reads his things."),
        VoiceEntry(id="vx4", child_id=CHILD_ID, created_at=T0, speaker=Speaker.CHILD,
                   speaker_name="Rhys", topic=Topic.DREAMS, text="My own house one day.",
                   given_how=GivenHow.DRAWN, drawing_id="d1",
                   shared_with=[Audience.WORKER, Audience.TEAM, Audience.CARERS]),
        VoiceEntry(id="vx5", child_id=CHILD_ID, created_at=T0, speaker=Speaker.OTHER,
                   speaker_name="Mrs Pryddon", topic=Topic.WORRIES,
                   text="I see Rhys come home very late most nights.",
                   shared_with=[Audience.WORKER, Audience.CHILD, Audience.CARERS,
                                Audience.AGENCIES]),
        VoiceEntry(id="vx3", child_id=CHILD_ID, created_at=T0, speaker=Speaker.CHILD,
                   speaker_name="Rhys", topic=Topic.SAFETY_SCALE, text="", scale=6,
                   scale_question="How safe do you feel at home when Kyle Brennan is around?",
                   shared_with=list(_EVERYONE)),
    ]
    decision = SafetyLevelDecision(id="l1", child_id=CHILD_ID, level=Level.HIGH,
                                   reasoning="Signs of criminal exploitation; excluded from school.",
                                   decided_at=T0, decided_by_name="Sam Practitioner")
    moment = KeyMoment(id="k1", child_id=CHILD_ID, moment_type=KeyMomentType.EXCLUSION,
                       occurred_at=T0 - timedelta(days=10), details="Fixed-term exclusion.",
                       response="Review the safety plan", response_due=T0 - timedelta(days=3))
    concern = Concern(id="con1", child_id=CHILD_ID, summary="Seen with older lads at night",
                      details="Neighbour reported Rhys at the garages at 1am.",
                      raised_at=T0 - timedelta(days=5), raised_by="Ffion Evans",
                      told=["Line manager", "Children's social care duty team"],
                      severity=Severity.HIGH, outcome="Referred to the exploitation panel.",
                      child_told=True, carers_told=True)
    return Case(
        child=child, practitioner_name="Sam Practitioner", practitioner_contact="01443 222222",
        team="Taf youth justice team", people=people, agencies=agencies, contexts=contexts,
        plan=plan,
        plan_history=[PlanAgreementRecord(rev="2-abc", saved_at=T0, status=PlanStatus.DRAFT,
                                          agreements=[])],
        voice=entries, level_decisions=[decision],
        visits=[Visit(id="vis1", child_id=CHILD_ID, started_at=T0, ended_at=T0 + timedelta(hours=1),
                      place="Home (Mum's house)", present=["Rhys", "Mum", "Sam Practitioner"],
                      purpose="Look at the safety plan together", tools=["Three Houses", "Scaling"],
                      follow_ups=["Ask Ysgol Bro Taf about a new class"])],
        notes=[VisitNote(id="n1", child_id=CHILD_ID, visit_id="vis1", created_at=T0,
                         text="Rhys was relaxed and talked about boxing.", practitioner_only=False),
               VisitNote(id="n2", child_id=CHILD_ID, visit_id="vis1", created_at=T0,
                         text="Supervision: discuss the NRM timing.", practitioner_only=True)],
        drawings=[Drawing(id="d1", child_id=CHILD_ID, title="My house", png=sample_drawing_png(),
                          width=240, height=180)],
        sign_offs=[LevelSignOff(id="s1", child_id=CHILD_ID, decision_id="l1",
                                manager="Alex Manager", signed_at=T0 + timedelta(days=1),
                                comment="Agree with High. Review after the exploitation panel.")],
        key_moments=[moment],
        reviews=[Review(id="r1", child_id=CHILD_ID, held_at=T0 - timedelta(days=4),
                        what_changed="Added the phone actions.", new_level=Level.HIGH,
                        agency_inputs=[AgencyInput(agency="Ysgol Bro Taf", person="Ms Davies",
                                                   input="Can offer a new class from Easter.")],
                        child_views="Rhys wants a new class.", next_review=date(2026, 6, 1))],
        concerns=[concern],
        escalation_steps=[EscalationStep(id="e1", child_id=CHILD_ID, concern_id="con1", step=1,
                                         to_whom="Line manager", at=T0 - timedelta(days=4),
                                         outcome="Agreed to refer.")],
        referrals=[Referral(id="ref1", child_id=CHILD_ID, concern_id="con1",
                            referral_type=ReferralType.NRM, made_at=T0 - timedelta(days=4),
                            reference="NRM-0042")],
        info_sharing=[InformationSharing(id="i1", child_id=CHILD_ID, what="Safety plan",
                                         with_whom="Ysgol Bro Taf", why="To agree the return",
                                         basis="Public task", at=T0 + timedelta(days=2))],
        coreview=[CoReviewResponse(id="cr1", child_id=CHILD_ID, plan_id="plan1", section="worries",
                                   responder_name="Rhys", responder_role="child",
                                   answer=CoReviewAnswer.NOT_SURE, words="School is not the problem.",
                                   at=T0 + timedelta(days=1))],
    )


def render_pictures(out_dir: str, resolution: int = 60) -> list[str]:
    """Every audience x language of the sample case as PNG pages (pdftoppm, from memory), for
    docs/summaries/. The sample is invented, so nothing personal is written."""
    import subprocess
    from pathlib import Path

    from directwork.domain.records import SummaryAudience, SummaryLanguage
    from directwork.reports import build_summary

    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.png"):
        old.unlink()
    case = sample_case()
    for audience in SummaryAudience:
        for language in SummaryLanguage:
            pdf = build_summary(case, audience, language, today=date(2026, 3, 4))
            subprocess.run(["pdftoppm", "-png", "-r", str(resolution), "-",
                            str(target / f"{audience.value}-{language.value}")],
                           input=pdf, check=True)
    return sorted(p.name for p in target.glob("*.png"))


if __name__ == "__main__":
    import sys

    for name in render_pictures(sys.argv[1] if len(sys.argv) > 1 else "docs/summaries"):
        print(name)
