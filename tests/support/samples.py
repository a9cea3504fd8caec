"""One fully filled-in record of every kind, for round-trip tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from directwork.domain import records as r

T0 = datetime(2026, 2, 3, 10, 15, tzinfo=UTC)
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf000000030101009c5e8b9c0000000049454e44ae426082"
)

# A tenth of a second of quiet 16-bit mono WAV at 16 kHz.
WAV_SHORT = (b"RIFF" + (36 + 320).to_bytes(4, "little") + b"WAVEfmt " + (16).to_bytes(4, "little")
             + (1).to_bytes(2, "little") + (1).to_bytes(2, "little")
             + (16000).to_bytes(4, "little") + (32000).to_bytes(4, "little")
             + (2).to_bytes(2, "little") + (16).to_bytes(2, "little")
             + b"data" + (320).to_bytes(4, "little") + bytes(320))


def child(**over) -> r.Child:
    base = dict(
        given_name="Dafydd", family_name="Pritchard-Nowak", preferred_name="Daf", pronouns="he/him",
        date_of_birth=date(2010, 5, 17), legal_status="Child in need", language="Welsh",
        welsh_preference=r.WelshPreference.BILINGUAL, communication_needs="Short sentences",
        what_helps="Walking while talking", education_status="Year 11, part-time timetable",
        school="Ysgol Fictional", about_me="I like football and fixing bikes. Ŵyn and ŷd.",
        house_names={"worries": "Grey house", "good_things": "Sunny house", "dreams": "Rocket"},
        practitioner_id="p-1", practitioner_name="Sam", team="North", next_visit=date(2026, 2, 10),
    )
    base.update(over)
    return r.Child(**base)


def everything_for(child_id: str, visit_id: str = "", plan_id: str = "", concern_id: str = "",
                   moment_id: str = "", decision_id: str = "") -> list[r.Record]:
    """A record of every kind except Child, all for one child."""
    c = child_id
    return [
        r.Person(child_id=c, name="Auntie Bea", relationship="aunt", role=r.PersonRole.FAMILY,
                 contact="07700 900000", parental_responsibility=False, child_view=r.TrustView.TRUSTED,
                 child_view_words="She listens", worker_view=r.TrustView.TRUSTED, trusted_adult=True,
                 leads_relationship=True),
        r.AgencyInvolvement(child_id=c, agency="Children's services", plan_type=r.AgencyPlanType.CHILD_IN_NEED,
                            lead_worker="Jo Social", contact="01234 567890", plan_summary="CIN plan"),
        r.Context(child_id=c, context_type=r.ContextType.ONLINE, name="Group chat", concerns="pressure",
                  strengths="", change_first=True, restricted=True),
        r.SafetyPlan(child_id=c, title="Daf's plan", why_working_together="Keeping safe out late",
                     worries=[r.Worry(id="w1", text="Out late with older boys", disputed=True, disputed_by="Daf")],
                     working_well=["Goes to football"],
                     goals=[r.SafetyGoal(id="g1", worry_id="w1", text="Home by 9 on school nights", lasting="3 months")],
                     actions=[r.PlanAction(id="a1", what="Call if late", owner="Mum", agency="Family",
                                           due=date(2026, 3, 1), status=r.ActionStatus.IN_PROGRESS)],
                     contingency=[r.Contingency(if_this="Not home by 10", then_that="Mum calls Daf", call="Sam")],
                     safe_people=["Auntie Bea"], safe_places=["Football club"],
                     helplines=[r.Helpline(name="Childline", number="0800 1111")],
                     child_section="I want to be trusted", scores=[r.Scaling(person="Daf", role="child", score=6, on=date(2026, 2, 3))],
                     agreements=[r.Agreement(who="Daf", role="child", agreed_at=T0)],
                     next_review=date(2026, 5, 3), practitioner_notes="Check with school"),
        r.Visit(child_id=c, started_at=T0, ended_at=T0, place="Home", present=["Daf", "Mum"],
                purpose="Plan review", tools=["Three Houses"], follow_ups=["Ring school"]),
        r.Concern(child_id=c, summary="Seen with unknown adult", details="At the station", raised_at=T0,
                  raised_by="Sam", severity=r.Severity.HIGH, told=["Line manager"], response_due=T0,
                  status=r.ConcernStatus.OPEN, child_told=None, carers_told=False),
        r.Referral(child_id=c, concern_id=concern_id or None, referral_type=r.ReferralType.NRM, made_at=T0,
                   ack_due=T0, reference="NRM-1"),
        r.VoiceEntry(child_id=c, visit_id=visit_id or None, speaker=r.Speaker.CHILD, speaker_name="Daf",
                     topic=r.Topic.WORRIES, text="I don't like the park at night", verbatim=True,
                     given_how=r.GivenHow.TYPED_BY_CHILD, scale=4, scale_question="How safe do you feel?",
                     shared_with=[r.Audience.WORKER, r.Audience.CARERS],
                     kept_from_speaker=True, kept_reason="Names someone the child fears",
                     change_reason="Checked with the manager", changed_by_name="Sam"),
        r.Drawing(child_id=c, visit_id=visit_id or None, title="My house", png=PNG_1PX, width=1, height=1),
        r.VisitNote(child_id=c, visit_id=visit_id or None, text="Mum tired", practitioner_only=True),
        r.SafetyLevelDecision(child_id=c, level=r.Level.HIGH, reasoning="Exploitation indicators",
                              decided_at=T0, decided_by_name="Sam"),
        r.LevelSignOff(child_id=c, decision_id=decision_id or "d-1", manager="Alex Manager", signed_at=T0, comment="Agreed"),
        r.KeyMoment(child_id=c, moment_type=r.KeyMomentType.MISSING, occurred_at=T0, returned_at=T0,
                    details="Missing overnight", response="return_interview", response_due=T0),
        r.KeyMomentResponse(child_id=c, key_moment_id=moment_id or "k-1", outcome=r.ResponseOutcome.NOT_DONE,
                            done_at=T0, reason="Daf declined; offered again"),
        r.Review(child_id=c, trigger=r.ReviewTrigger.KEY_MOMENT, key_moment_id=moment_id or None,
                 plan_id=plan_id or None, held_at=T0,
                 agency_inputs=[r.AgencyInput(agency="School", person="Head of Year", input="Attending")],
                 child_views="OK", carer_views="Worried", what_changed="Curfew", new_level=r.Level.MEDIUM,
                 next_review=date(2026, 5, 3)),
        r.EscalationStep(child_id=c, concern_id=concern_id or "c-1", step=1, to_whom="Line manager", at=T0, outcome="Discussed"),
        r.InformationSharing(child_id=c, shared=False, what="Address", with_whom="Football club", why="Not needed",
                             basis="No lawful basis", at=T0),
        r.CoReviewResponse(child_id=c, plan_id=plan_id or "p", plan_rev="1-x", section="worries",
                           responder_name="Daf", responder_role="child", answer=r.CoReviewAnswer.NOT_SURE,
                           words="Kind of", at=T0),
        r.SummaryGiven(child_id=c, plan_id=plan_id or None, audience=r.SummaryAudience.CHILD, given_to="Daf",
                       language=r.SummaryLanguage.BOTH, given_at=T0),
        r.Recording(child_id=c, visit_id=visit_id or None, audio=WAV_SHORT, duration_ms=10),
        r.PictureChoice(child_id=c, plan_id=plan_id or "p", item="worries:0123456789abcdef",
                        picture="star"),
    ]
