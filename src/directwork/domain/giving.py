"""Before a copy is given to a child or carer: every field it holds passes the redaction
policy's free-text rule, and the practitioner checks what was changed or looks close.

``scrub_view`` takes the narrowed Case the redaction policy made for the child or carers
(only the records and entries they may see, words still as typed) and returns it with every
piece of text made safe, whatever its field: plan parts, questions, captions, speakers,
helplines, co-review words, names of drawings. Alongside it, a ``CheckList``:

* every line where something was taken out or changed, with the words before and after;
* every line left as it was that holds a word close to a withheld name (spelt one or two
  letters apart, mutated in lower case, one word of a place) for the practitioner to confirm
  or edit;
* counts of what was withheld, by kind, never the words: recorded with the summary given.

A practitioner's edit replaces the words of one line in this copy only (the record is not
changed), and passes the same rule again: an edit can never put a withheld name back.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from directwork.domain.case import Case
from directwork.domain.records import VoiceEntry
from directwork.domain.withholding import Withholding

# Fields that hold references and codes, never words a person typed.
_NOT_WORDS = frozenset({
    "id", "child_id", "created_by", "device_id", "rev", "base_rev", "merge_rev", "corrects_id",
    "visit_id", "drawing_id", "plan_id", "plan_rev", "worry_id", "decision_id",
    "key_moment_id", "concern_id", "section", "responder_role", "practitioner_id", "png",
    "other_versions",
    # A recording's id, and a picked picture's item (a kind and a digest) and picture name.
    "recording_id", "item", "picture",
})
# Lists whose items are left out whole when they name someone or somewhere withheld:
# "someone" is no use as a safe person, a place to go, a number to call or a score.
_WHOLE_ITEMS = frozenset({"safe_people", "safe_places", "helplines", "scores", "agreements"})

_INDEX = re.compile(r"\[[^\]]*\]")


class Change:
    """Kinds of change a check line records (also the keys of ``CheckList.counts``)."""

    PERSON = "person"
    PLACE = "place"
    NUMBER = "number"
    EMAIL = "email"
    SPEAKER = "speaker_by_role"
    LEFT_OUT = "left_out"
    CLOSE = "close"
    EDITED = "edited"
    # The plan has versions from two laptops, not yet settled: the copy keeps back every part
    # they do not agree on (``redaction.settled_plan``).
    PLAN_VERSIONS = "plan_versions"


@dataclass(frozen=True)
class CheckLine:
    """One line of a copy the practitioner checks before giving it.

    ``key`` names the field (stable between builds: "plan.worries[w1].text"); ``where`` is
    the same without item ids ("plan.worries.text"), for a heading. ``before`` is the words
    as recorded (or as the practitioner edited them), ``after`` as the copy will show them
    ("" when the item is left out). ``changes`` says what was taken out; ``close`` the words
    left in that are close to a withheld name."""

    key: str
    where: str
    before: str
    after: str
    changes: tuple[str, ...] = ()
    close: tuple[str, ...] = ()
    edited: bool = False

    @property
    def left_out(self) -> bool:
        return Change.LEFT_OUT in self.changes

    @property
    def confirmation(self) -> tuple[str, str]:
        """What a confirmation holds to: this line, showing these words."""
        return (self.key, self.after)


@dataclass
class CheckList:
    """What the practitioner checks before giving a child's or carers' copy, and what is
    recorded with it (``counts``: kinds of what was withheld, never the words)."""

    lines: list[CheckLine] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def needs_check(self) -> bool:
        return bool(self.lines)

    def unconfirmed(self, confirmed: set[tuple[str, str]]) -> list[CheckLine]:
        """Lines not yet confirmed as they now stand."""
        return [line for line in self.lines if line.confirmation not in confirmed]

    def record(self) -> dict[str, int]:
        """Counts of what was withheld from this copy, by kind, for the summary-given record."""
        return {kind: n for kind, n in sorted(self.counts.items()) if n}


def where_of(key: str) -> str:
    return _INDEX.sub("", key)


class _Pass:
    def __init__(self, withholding: Withholding, edits: Mapping[str, str], close: bool) -> None:
        self.withholding = withholding
        self.edits = edits
        self.close = close
        self.check = CheckList()

    # ---------------------------------------------------------------- one piece of text

    def text(self, key: str, words: str) -> str:
        before = self.edits.get(key, words)
        edited = key in self.edits and self.edits[key] != words
        scrubbed = self.withholding.scrub(before, with_close=self.close)
        changes = tuple(dict.fromkeys(str(f.sought.kind) for f in scrubbed.found))
        close = tuple(dict.fromkeys(c.word for c in scrubbed.close))
        for kind in (str(f.sought.kind) for f in scrubbed.found):
            self.check.counts[kind] += 1
        if close:
            self.check.counts[Change.CLOSE] += len(close)
        if edited:
            self.check.counts[Change.EDITED] += 1
            changes += (Change.EDITED,)
        if changes or close:
            self.check.lines.append(CheckLine(key, where_of(key), before, scrubbed.text,
                                              changes, close, edited))
        return scrubbed.text

    def left_out(self, key: str, words: str) -> None:
        self.check.counts[Change.LEFT_OUT] += 1
        self.check.lines.append(CheckLine(key, where_of(key), words, "", (Change.LEFT_OUT,)))

    # ---------------------------------------------------------------- records

    def record(self, obj: Any, path: str) -> Any:
        changes: dict[str, Any] = {}
        if isinstance(obj, VoiceEntry):
            # Decided once, by the speaker rule: "Someone at school" is not read again as
            # typed words (a restricted "school" must not make it "Someone at somewhere").
            shown = self.speaker(obj, path)
            if shown != obj.speaker_name:
                changes["speaker_name"] = shown
        for f in dataclasses.fields(obj):
            if f.name in _NOT_WORDS or f.name in changes:
                continue
            value = getattr(obj, f.name)
            key = f"{path}.{f.name}" if path else f.name
            new: Any = value
            if type(value) is str:
                new = self.text(key, value)
            elif isinstance(value, list):
                new = self.items(key, value, whole=f.name in _WHOLE_ITEMS)
            elif isinstance(value, dict):
                new = {k: self.text(f"{key}[{k}]", v) if type(v) is str else v
                       for k, v in value.items()}
            elif dataclasses.is_dataclass(value) and not isinstance(value, type):
                new = self.record(value, key)
            if new != value:
                changes[f.name] = new
        return dataclasses.replace(obj, **changes) if changes else obj

    def items(self, key: str, values: list[Any], *, whole: bool) -> list[Any]:
        out = []
        for index, item in enumerate(values):
            ident = getattr(item, "id", "") or str(index)
            item_key = f"{key}[{ident}]"
            if whole:
                if type(item) is str and item_key in self.edits:
                    item = self.edits[item_key]
                words = self._words_of(item, item_key)
                if any(self.withholding.names_hidden(w) for w in words):
                    self.left_out(item_key, " · ".join(w for w in words if w))
                    continue
            if type(item) is str:
                out.append(self.text(item_key, item))
            elif dataclasses.is_dataclass(item) and not isinstance(item, type):
                out.append(self.record(item, item_key))
            else:
                out.append(item)
        return out

    def speaker(self, entry: VoiceEntry, path: str) -> str:
        key = f"{path}.speaker_name"
        name = self.edits.get(key, entry.speaker_name)
        shown = self.withholding.speaker(name, entry.speaker)
        if shown != entry.speaker_name:
            self.check.counts[Change.SPEAKER] += 1
            self.check.lines.append(CheckLine(key, where_of(key), name, shown,
                                              (Change.SPEAKER,), (), name != entry.speaker_name))
        return shown

    def _words_of(self, item: Any, key: str) -> list[str]:
        if type(item) is str:
            return [item]
        if dataclasses.is_dataclass(item):
            return [self.edits.get(f"{key}.{f.name}", v) for f in dataclasses.fields(item)
                    if f.name not in _NOT_WORDS and type(v := getattr(item, f.name)) is str]
        return []


def scrub_view(case: Case, view: Case, withholding: Withholding,
               edits: Mapping[str, str] | None = None, *, close: bool = True
               ) -> tuple[Case, CheckList]:
    """``view`` (an audience's narrowed Case, words as typed) with every piece of text made
    safe, and the check list for the practitioner. ``case`` is the whole case, for counting
    what the narrowing left out. ``close=False`` leaves out the search for words close to a
    withheld name (the copy is the same; only the check list is shorter)."""
    run = _Pass(withholding, edits or {}, close)
    # A speaker's label is decided once, by the speaker rule; the free-text rule must not
    # read "Someone at school" again, so speaker names are done first and then kept.
    safe = run.record(view, "")
    counts = run.check.counts
    counts["people_withheld"] += len(withholding.hidden_people)
    counts["places_withheld"] += len(withholding.hidden_places)
    counts["not_shared"] += len(case.voice) - len(view.voice)
    if case.plan is not None:
        plan = case.plan
        counts["kept_back"] += sum(
            [w.withheld for w in plan.worries] + [g.withheld for g in plan.goals]
            + [a.withheld for a in plan.actions] + [c.withheld for c in plan.contingency])
    return safe, run.check
