"""What the practice rules say, as meanings: a message id and its parameters.

The rules return ``Message`` values, never sentences, so the same meaning can be put into
English or Welsh where it is shown. ``english`` is the one place a message becomes English
words; ``render`` takes a language and falls back to English for a message not yet written in
it (every message is written in Welsh; the Welsh waits for a Welsh speaker's review with the
rest of the Welsh words). Values that come from the policy file (a response, a step's name)
are given as ``Wording``, the policy's English and Welsh: each language takes its own, and the
Welsh falls back to the English where the policy has no Welsh.

Parameters are plain values: text, whole numbers, dates and times (shown in Europe/London),
key-moment kinds, time windows, the policy's ``Wording``, and other messages (a tuple of messages reads as sentences one
after another; ``Listed`` messages read as a list).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from directwork.domain.policy import Window, Wording, window_words
from directwork.domain.records import KeyMomentType
from directwork.domain.rules.workdays import LONDON, format_day, format_due

MOMENT_LABELS: dict[KeyMomentType, str] = {
    KeyMomentType.EXCLUSION: "Exclusion",
    KeyMomentType.MISSING: "Missing episode",
    KeyMomentType.PLACEMENT_MOVE: "Placement move",
    KeyMomentType.ADDRESS_MOVE: "Address move",
    KeyMomentType.ARREST: "Arrest",
    KeyMomentType.COURT: "Court appearance",
    KeyMomentType.DISCLOSURE: "Disclosure",
    KeyMomentType.BEREAVEMENT: "Bereavement",
    KeyMomentType.RELEASE_FROM_CUSTODY: "Release from custody",
    KeyMomentType.TRANSITION_TO_ADULT: "Transition to adult services",
}


@dataclass(frozen=True)
class Message:
    """A meaning: ``id`` names the sentence, ``params`` fill it in (kept as pairs so that a
    message, and what holds it, can be compared and hashed)."""

    id: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.params)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]


@dataclass(frozen=True)
class Listed:
    """Messages read as one list ("not agreed; action 1 has no owner")."""

    parts: tuple[Message, ...]
    sep: str = "; "


def msg(id_: str, **params: Any) -> Message:
    """``msg("not_seen.since", last_seen=day)``."""
    return Message(id_, tuple(sorted(params.items())))


_EN: dict[str, str] = {
    # Key-moment responses
    "key_moment.waiting_return": "{moment} since {since}: record the return (the "
                                 "return-interview clock starts then)",
    "key_moment.open": "{moment} ({occurred}): {response}",
    "key_moment.open_undated": "{moment}: {response}",
    "key_moment.interview_offered": "{moment} ({occurred}): {response} (offered on {offered}, "
                                    "not yet held)",
    "key_moment.disclosure": "{moment} ({occurred}): {response}. Record who you told and when.",
    "key_moment.unknown_time": "unknown",
    # Reviews
    "review.first": "First review",
    "review.next": "Review",
    "review.brought_forward": "Review brought forward by a key moment",
    # Concerns and the ladder
    "concern.item": "{summary}: {step}. {advice}",
    "concern.closed": "Closed.",
    "concern.untitled": "Concern",
    "concern.no_answer_next": "No answer at the {step} step by {due}: escalate to {next_step} "
                              "({next_who}).",
    "concern.no_answer_top": "No answer by {due}, at the top of the ladder: keep following up "
                             "and record each contact.",
    "concern.answered": "{step} has answered: record the outcome and close the concern, "
                        "telling the child and carers.",
    "concern.waiting": "Waiting for {who} to answer, by {due}.",
    "concern.referral_late": "The referral to {to} was not acknowledged by {due}: follow it up "
                             "and escalate.",
    "concern.tell_first_step": "Tell {who} at once.",
    # Immediate danger: 999, children's social care, the police; never the escalation ladder.
    "danger.steps": "Immediate danger: call {emergency} now. Then refer to children's social "
                    "care ({csc}) and tell the police ({police}) at once, and tell the "
                    "designated safeguarding lead or your manager. The escalation ladder is "
                    "for disagreements between professionals, not for this.",
    "danger.csc": "{name}, {phone}",
    "danger.csc_out_of_hours": "{name}, {phone}; out of hours {out_of_hours}",
    "danger.csc_not_set": "{name}; its number is not in the policy file: ask your manager to "
                          "add it",
    "danger.police": "{emergency} in an emergency, else {non_emergency}",
    "danger.police_emergency_only": "{emergency}",
    # Referrals
    "referral.waiting": "Referral to {to}: acknowledgement expected",
    "referral.late": "Referral to {to} not acknowledged: follow it up and escalate",
    "referral.to.childrens_social_care": "children's social care",
    "referral.to.nrm": "the National Referral Mechanism",
    # Team contexts (a team manager's laptop)
    "team_context.action_late": "{title}: {what} ({owner}) was due {due}",
    "team_context.action_unowned": "{title}: {what} has no owner or no date",
    "team_context.review": "{title}: the context plan's review",
    "team_context.no_plan": "{title}: no context plan yet (who does what about it)",
    # Plans
    "plan.none": "No safety plan yet",
    "plan.problems": "{title}: {parts}",
    "plan.untitled": "Safety plan",
    "plan.not_agreed": "not agreed",
    "plan.changes_not_agreed": "changes not yet agreed",
    "plan.problem": "{text}",
    # Seen, and the worker
    "not_seen.since": "Not seen since {last_seen}",
    "not_seen.never": "Not seen since the case started ({start})",
    "worker_changed": "Worker changed on {on} ({workers} workers so far)",
    # Recording a response
    "response.reason_needed": "Say why it was not done: a decision not to do it is recorded "
                              "with its reason.",
    "response.declined_reason": "Say why the child declined the return interview.",
    "response.interview_only": "Only a return interview is offered, held or declined.",
    "response.disclosure_told": "Record who you told about the disclosure, and when.",
    "response.disclosure_always": "A disclosure is always passed on: record who you told and "
                                  "when.",
    "response.told_time": "Say when you told {whom}; it cannot be before the disclosure or "
                          "in the future.",
    "response.told_twice": "Named twice: {whom}.",
}

# Welsh, for every message (awaiting a Welsh speaker's review, with docs/welsh-glossary.md).
# Sentences are written whole, so no mutation is composed: a value put in a sentence stands
# after a colon or in brackets, or is a name, a number or a date.
_CY: dict[str, str] = {
    "key_moment.waiting_return": "{moment} ers {since}: cofnodwch y dychwelyd (mae cloc y "
                                 "cyfweliad dychwelyd yn dechrau bryd hynny)",
    "key_moment.open": "{moment} ({occurred}): {response}",
    "key_moment.open_undated": "{moment}: {response}",
    "key_moment.interview_offered": "{moment} ({occurred}): {response} (cynigiwyd ar "
                                    "{offered}, heb ei gynnal eto)",
    "key_moment.disclosure": "{moment} ({occurred}): {response}. Cofnodwch pwy ddywedoch "
                             "chi wrthyn nhw a phryd.",
    "key_moment.unknown_time": "anhysbys",
    "review.first": "Adolygiad cyntaf",
    "review.next": "Adolygiad",
    "review.brought_forward": "Adolygiad wedi'i ddwyn ymlaen gan eiliad allweddol",
    "concern.item": "{summary}: {step}. {advice}",
    "concern.closed": "Wedi cau.",
    "concern.untitled": "Pryder",
    "concern.no_answer_next": "Dim ateb ar y cam {step} erbyn {due}: uwchgyfeiriwch i'r cam "
                              "nesaf: {next_step} ({next_who}).",
    "concern.no_answer_top": "Dim ateb erbyn {due}, ar ben yr ysgol: daliwch ati i ddilyn "
                             "hyn a chofnodwch bob cyswllt.",
    "concern.answered": "Mae {step} wedi ateb: cofnodwch y canlyniad a chau'r pryder, gan "
                        "ddweud wrth y plentyn a'r gofalwyr.",
    "concern.waiting": "Yn aros am ateb gan: {who}, erbyn {due}.",
    "concern.referral_late": "Ni chafodd yr atgyfeiriad ({to}) ei gydnabod erbyn {due}: "
                             "dilynwch ef ac uwchgyfeiriwch.",
    "concern.tell_first_step": "Dywedwch ar unwaith wrth: {who}.",
    "danger.steps": "Perygl uniongyrchol: ffoniwch {emergency} nawr. Yna atgyfeiriwch at "
                    "wasanaethau cymdeithasol plant ({csc}) a rhowch wybod i'r heddlu "
                    "({police}) ar unwaith, a rhowch wybod i'r person diogelu dynodedig neu "
                    "eich rheolwr. Mae'r ysgol uwchgyfeirio ar gyfer anghytuno rhwng "
                    "gweithwyr proffesiynol, nid ar gyfer hyn.",
    "danger.csc": "{name}, {phone}",
    "danger.csc_out_of_hours": "{name}, {phone}; y tu allan i oriau {out_of_hours}",
    "danger.csc_not_set": "{name}; nid yw ei rif yn y ffeil polisi: gofynnwch i'ch rheolwr ei "
                          "ychwanegu",
    "danger.police": "{emergency} mewn argyfwng, neu {non_emergency}",
    "danger.police_emergency_only": "{emergency}",
    "referral.waiting": "Atgyfeiriad ({to}): disgwylir cydnabyddiaeth",
    "referral.late": "Atgyfeiriad ({to}) heb ei gydnabod: dilynwch ef ac uwchgyfeiriwch",
    "referral.to.childrens_social_care": "gwasanaethau cymdeithasol plant",
    "referral.to.nrm": "y Mecanwaith Atgyfeirio Cenedlaethol",
    "plan.none": "Dim cynllun diogelwch eto",
    "plan.problems": "{title}: {parts}",
    "plan.untitled": "Cynllun diogelwch",
    "plan.not_agreed": "heb ei gytuno",
    "plan.changes_not_agreed": "newidiadau heb eu cytuno eto",
    "plan.problem": "{text}",
    "not_seen.since": "Heb ei weld ers {last_seen}",
    "not_seen.never": "Heb ei weld ers i'r achos ddechrau ({start})",
    "team_context.action_late": "{title}: {what} ({owner}) i'w wneud erbyn {due}",
    "team_context.action_unowned": "{title}: does neb yn gyfrifol am {what}, neu does dim dyddiad",
    "team_context.review": "{title}: adolygu cynllun y cyd-destun",
    "team_context.no_plan": "{title}: dim cynllun cyd-destun eto (pwy sy'n gwneud beth)",
    "worker_changed": "Newidiodd y gweithiwr ar {on} ({workers} gweithiwr hyd yma)",
    "response.reason_needed": "Dywedwch pam na chafodd ei wneud: mae penderfyniad i beidio "
                              "â'i wneud yn cael ei gofnodi gyda'r rheswm.",
    "response.declined_reason": "Dywedwch pam y gwrthododd y plentyn y cyfweliad dychwelyd.",
    "response.interview_only": "Dim ond cyfweliad dychwelyd sy'n cael ei gynnig, ei gynnal "
                               "neu ei wrthod.",
    "response.disclosure_told": "Cofnodwch pwy ddywedoch chi wrthyn nhw am y datgeliad, a "
                                "phryd.",
    "response.disclosure_always": "Mae datgeliad bob amser yn cael ei drosglwyddo: cofnodwch "
                                  "pwy ddywedoch chi wrthyn nhw a phryd.",
    "response.told_time": "Dywedwch pryd y dywedoch chi wrth: {whom}; all hyn ddim bod cyn y "
                          "datgeliad nac yn y dyfodol.",
    "response.told_twice": "Wedi'i enwi ddwywaith: {whom}.",
}

MOMENT_LABELS_CY: dict[KeyMomentType, str] = {
    KeyMomentType.EXCLUSION: "Gwahardd",
    KeyMomentType.MISSING: "Mynd ar goll",
    KeyMomentType.PLACEMENT_MOVE: "Symud lleoliad",
    KeyMomentType.ADDRESS_MOVE: "Symud cyfeiriad",
    KeyMomentType.ARREST: "Arestio",
    KeyMomentType.COURT: "Ymddangos yn y llys",
    KeyMomentType.DISCLOSURE: "Datgelu",
    KeyMomentType.BEREAVEMENT: "Profedigaeth",
    KeyMomentType.RELEASE_FROM_CUSTODY: "Rhyddhau o'r ddalfa",
    KeyMomentType.TRANSITION_TO_ADULT: "Symud i wasanaethau oedolion",
}
_DAYS_CY = ("Llun", "Maw", "Mer", "Iau", "Gwe", "Sad", "Sul")
_MONTHS_CY = ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd",
              "Tach", "Rhag")


def _day_cy(day: date) -> str:
    """``Llun 9 Maw 2026``: the short Welsh day and month names."""
    return f"{_DAYS_CY[day.weekday()]} {day.day} {_MONTHS_CY[day.month - 1]} {day.year}"


def day_words(day: date, lang: str = "en") -> str:
    """A day in ``lang``: ``Mon 9 Mar 2026`` or ``Llun 9 Maw 2026``."""
    return _day_cy(day) if lang == "cy" else format_day(day)


def moment_label(kind: KeyMomentType, lang: str = "en") -> str:
    """A key moment's kind in ``lang``."""
    return (MOMENT_LABELS_CY if lang == "cy" else MOMENT_LABELS)[kind]


def due_words(moment: datetime, lang: str = "en") -> str:
    """A due time in ``lang``, as ``format_due`` gives it in English."""
    return _due_cy(moment) if lang == "cy" else format_due(moment)


def _due_cy(moment: datetime) -> str:
    english_words = format_due(moment)
    local = moment.astimezone(LONDON)
    words = _day_cy(local.date())
    return words if ":" not in english_words else f"{words} {english_words.rsplit(' ', 1)[1]}"


TEMPLATES: Mapping[str, Mapping[str, str]] = {"en": _EN, "cy": _CY}


def _value(value: Any, lang: str) -> str:
    if isinstance(value, Message):
        return render(value, lang)
    if isinstance(value, Listed):
        return value.sep.join(render(v, lang) for v in value.parts)
    if isinstance(value, tuple) and all(isinstance(v, Message) for v in value):
        return " ".join(part for part in (render(v, lang) for v in value) if part)
    if isinstance(value, datetime):
        return _due_cy(value) if lang == "cy" else format_due(value)
    if isinstance(value, date):
        return _day_cy(value) if lang == "cy" else format_day(value)
    if isinstance(value, KeyMomentType):
        return (MOMENT_LABELS_CY if lang == "cy" else MOMENT_LABELS)[value]
    if isinstance(value, Wording):
        return value.in_language(lang)
    if isinstance(value, Window):
        return window_words(value, lang)
    return str(value)


def render(message: Message, lang: str = "en") -> str:
    """The words for ``message`` in ``lang`` ("en" or "cy"); English where the Welsh is not
    written yet."""
    template = TEMPLATES.get(lang, _EN).get(message.id) or _EN[message.id]
    return template.format(**{k: _value(v, lang) for k, v in message.params})


def english(message: Message) -> str:
    """The one formatting function for English: what the screens and ``directwork due`` print."""
    return render(message, "en")


def joined(parts: Iterable[Message], lang: str = "en", sep: str = "; ") -> str:
    return sep.join(render(p, lang) for p in parts)
