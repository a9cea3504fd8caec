"""What a team manager's page and the panel summary show of one team context: the children
linked to the place or group, their practitioners, and what each record says of it as far as
each entry's sharing lets the team see it. Plain values, built by store/views/team.py and read
by gui/team/ and reports/panel.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from directwork.domain.records import Speaker, TeamContext


@dataclass(frozen=True)
class TeamChild:
    child_id: str
    name: str
    practitioner: str



@dataclass(frozen=True)
class Known:
    """One thing known of the place or group from a child's record: when, who said it (a
    visit note has no speaker), the words, and whether the speaker agreed that other
    agencies (such as the exploitation panel) may see them too."""

    on: date | None
    speaker: Speaker | None
    speaker_name: str
    words: str
    agencies: bool

    @property
    def source(self) -> str:
        if self.speaker is None:
            return "visit note"
        return "said by " + (self.speaker_name or SPEAKERS.get(self.speaker, "someone else"))


@dataclass(frozen=True)
class ContextChild:
    """One child linked to a team context: who they are, their practitioner, and what their
    record says of the place or group, as far as each entry's sharing lets the team see it.
    ``left_out`` counts the entries naming the place that their sharing keeps from the team
    (only the number is shown)."""

    child: TeamChild
    given_name: str
    family_name: str
    date_of_birth: date | None
    record_name: str
    sort: str
    context_type: str
    concerns: str
    strengths: str
    seen: tuple[date, ...]
    known: tuple[Known, ...]
    left_out: int

    @property
    def initials(self) -> str:
        parts = [p for p in (self.given_name, self.family_name) if p.strip()]
        return "".join(p.strip()[0].upper() for p in parts) or "?"


@dataclass(frozen=True)
class TeamContextView:
    manager: bool
    context: TeamContext | None = None
    children: tuple[ContextChild, ...] = ()
    versions: int = 1
    team: str = ""


SPEAKERS = {Speaker.CHILD: "the child", Speaker.CARER: "a carer"}
