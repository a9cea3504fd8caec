"""The service's practice policy: the rules the app enforces, loaded from TOML.

``resources/policy/default.toml`` holds the defaults, each with its source. A service lays its
own file over it (the path given explicitly, else ``DIRECTWORK_POLICY``): tables merge key by
key, anything else (a value, the escalation ladder) is replaced whole. The result is checked
before use; a mistake is a ``PolicyError`` that names the file and the key, so whoever edits a
policy file can put it right. Nothing here reads the clock: the rules in ``domain.rules`` take
``now`` as an argument.
"""

from __future__ import annotations

import enum
import hashlib
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from directwork.domain.plain_files import read_plain_file, why_not_read
from directwork.domain.records import KeyMomentType, ReferralType, Severity

POLICY_ENV = "DIRECTWORK_POLICY"


class PolicyError(Exception):
    """A policy file that cannot be used; the message names the file and the key."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Region(enum.StrEnum):
    """Where the service is, for its bank holidays."""

    ENGLAND = "england"
    WALES = "wales"


class Unit(enum.StrEnum):
    HOURS = "hours"
    DAYS = "days"
    WORKING_DAYS = "working_days"


class ClockStart(enum.StrEnum):
    """When a key moment's response clock starts."""

    OCCURRED = "occurred"
    RETURNED = "returned"


class Basis(enum.StrEnum):
    """Whether a rule's figure is national guidance or the service's own choice."""

    GUIDANCE = "guidance"
    LOCAL = "local"

    @property
    def label(self) -> str:
        return "guidance" if self is Basis.GUIDANCE else "local choice"

    def label_in(self, lang: str) -> str:
        """``label`` in ``lang`` ("en" or "cy")."""
        if lang == "cy":
            return "canllawiau" if self is Basis.GUIDANCE else "dewis lleol"
        return self.label


@dataclass(frozen=True)
class Window:
    """A time window such as "72 hours" or "5 working days"; 0 hours is "immediately"."""

    amount: int
    unit: Unit

    @property
    def immediate(self) -> bool:
        return self.amount == 0 and self.unit is Unit.HOURS

    def __str__(self) -> str:
        if self.immediate:
            return "immediately"
        word = {Unit.HOURS: "hour", Unit.DAYS: "day", Unit.WORKING_DAYS: "working day"}[self.unit]
        return f"{self.amount} {word}{'' if self.amount == 1 else 's'}"


IMMEDIATELY = Window(0, Unit.HOURS)

# A number is followed by the singular noun in Welsh ("5 diwrnod gwaith").
_UNIT_CY = {Unit.HOURS: "awr", Unit.DAYS: "diwrnod", Unit.WORKING_DAYS: "diwrnod gwaith"}


def window_words(window: Window, lang: str = "en") -> str:
    """A window in ``lang``: "5 working days", "5 diwrnod gwaith"; "immediately", "ar unwaith"."""
    if lang != "cy":
        return str(window)
    if window.immediate:
        return "ar unwaith"
    return f"{window.amount} {_UNIT_CY[window.unit]}"

_WINDOW = re.compile(r"^\s*(\d+)\s+(hours?|days?|working\s+days?)\s*$", re.IGNORECASE)


def parse_window(text: object) -> Window:
    """``"5 working days"`` -> Window(5, WORKING_DAYS); ``"immediately"`` -> 0 hours. Raises
    ValueError on anything else."""
    if isinstance(text, str) and text.strip().lower() == "immediately":
        return IMMEDIATELY
    match = _WINDOW.match(text) if isinstance(text, str) else None
    if not match:
        raise ValueError(
            f"{text!r} is not a time window; write it like \"immediately\", \"72 hours\", "
            "\"14 days\" or \"5 working days\""
        )
    word = " ".join(match.group(2).lower().split()).rstrip("s")
    unit = {"hour": Unit.HOURS, "day": Unit.DAYS, "working day": Unit.WORKING_DAYS}[word]
    return Window(int(match.group(1)), unit)


@dataclass(frozen=True)
class Source:
    """Where a rule comes from: the document, its section, and the sentence quoted. ``region``
    is set when the document applies to England or to Wales only."""

    title: str
    section: str
    quote: str
    region: Region | None = None

    def cite(self, lang: str = "en") -> str:
        """The document, section and quotation as published; in Welsh only the country it
        applies to is said in Welsh."""
        names = ({Region.ENGLAND: "Lloegr", Region.WALES: "Cymru"} if lang == "cy"
                 else {Region.ENGLAND: "England", Region.WALES: "Wales"})
        where = f" ({names[self.region]})" if self.region else ""
        return f"{self.title}{where}, {self.section}: \u201c{self.quote}\u201d"


@dataclass(frozen=True)
class RuleBasis:
    """What a rule is: its figure as in force, whether the policy says it is national guidance
    or a local choice, the guidance figure where guidance sets one, and its sources.

    ``mark`` is what a screen shows beside a deadline: "guidance" only when the figure in force
    is the guidance figure itself; a service's stricter figure is its own local choice."""

    key: str
    figure: str
    basis: Basis
    guidance: str | None
    sources: tuple[Source, ...]
    # The figure and the guidance figure in Welsh ("" : shown as in English).
    figure_cy: str = ""
    guidance_cy: str = ""

    @property
    def mark(self) -> Basis:
        if self.basis is Basis.GUIDANCE and self.guidance == self.figure:
            return Basis.GUIDANCE
        return Basis.LOCAL

    @property
    def stricter_than_guidance(self) -> bool:
        return self.guidance is not None and self.guidance != self.figure

    def describe(self, lang: str = "en") -> str:
        """One paragraph for a tooltip, in ``lang``: the mark, the figure, and each source (its
        quotation as published, in English)."""
        if lang == "cy":
            figure, guidance = self.figure_cy or self.figure, self.guidance_cy or self.guidance
            if self.mark is Basis.GUIDANCE:
                lead = f"Canllawiau cenedlaethol: {figure}."
            elif self.stricter_than_guidance:
                lead = (f"Dewis lleol: {figure}, yn llymach na'r canllawiau cenedlaethol "
                        f"({guidance}).")
            else:
                lead = f"Dewis lleol: {figure}."
            lead += "\nY ffynonellau, fel y'u cyhoeddwyd:"
        elif self.mark is Basis.GUIDANCE:
            lead = f"National guidance: {self.figure}."
        elif self.stricter_than_guidance:
            lead = (f"Local choice: {self.figure}, stricter than the national guidance "
                    f"({self.guidance}).")
        else:
            lead = f"Local choice: {self.figure}."
        return "\n".join([lead, *(s.cite(lang) for s in self.sources)])


@dataclass(frozen=True)
class Wording:
    """Words the policy supplies for the practitioner (a response, a ladder step's name), in
    English and in Welsh. ``cy`` is empty where the policy has no Welsh for them: the Welsh
    interface then shows the English, as the policy file says it."""

    en: str
    cy: str = ""

    def in_language(self, lang: str) -> str:
        return self.cy if lang == "cy" and self.cy else self.en

    def lower(self) -> Wording:
        """Both languages in lower case, for a name used inside a sentence."""
        return Wording(self.en.lower(), self.cy.lower())

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class KeyMomentRule:
    moment_type: KeyMomentType
    response: str
    within: Window
    starts_from: ClockStart
    brings_review_forward: bool
    # Where the response is not the review itself (a missing child's return interview), how
    # soon the review comes forward instead; None: to the response's own due time.
    review_within: Window | None = None
    # The response in Welsh ("" where the policy has none: the English is shown).
    response_cy: str = ""

    @property
    def rule_key(self) -> str:
        return f"key_moments.{self.moment_type.value}"

    def response_words(self, stored: str | None = None) -> Wording:
        """The response in both languages. ``stored`` is the response a key moment holds (the
        words copied into it when it was recorded): shown in each language when it is exactly
        this rule's English (or its Welsh), else as it was stored, in either language."""
        if stored is None or stored == self.response or (self.response_cy
                                                         and stored == self.response_cy):
            return Wording(self.response, self.response_cy)
        return Wording(stored, stored)

    @property
    def review_rule_key(self) -> str:
        """The rule behind the review this moment brings forward."""
        return f"{self.rule_key}.review" if self.review_within is not None else self.rule_key


@dataclass(frozen=True)
class LadderStep:
    key: str
    title: str
    who: str
    answer_within: Window
    title_cy: str = ""
    who_cy: str = ""

    @property
    def title_words(self) -> Wording:
        return Wording(self.title, self.title_cy)

    @property
    def who_words(self) -> Wording:
        return Wording(self.who, self.who_cy)


@dataclass(frozen=True)
class ConcernRule:
    severity: Severity
    respond_within: Window
    start_at: str
    call_999: bool

    @property
    def rule_key(self) -> str:
        return f"concerns.{self.severity.value}"


@dataclass(frozen=True)
class ImmediateDanger:
    """The steps for immediate danger, with the service's own numbers (an empty number is one
    the service has not set: the steps say so rather than guess)."""

    emergency: str
    police_non_emergency: str
    csc_name: str
    csc_name_cy: str
    csc_phone: str
    csc_out_of_hours: str

    @property
    def csc_name_words(self) -> Wording:
        return Wording(self.csc_name, self.csc_name_cy)


REVIEW_RULE = "reviews"
NOT_SEEN_RULE = "contact.not_seen"
WORKER_CHANGED_RULE = "contact.worker_changed"
IMMEDIATE_DANGER_RULE = "immediate_danger"
ESCALATION_RULE = "escalation"


def referral_rule_key(kind: ReferralType) -> str:
    return f"referrals.{kind.value}"


@dataclass(frozen=True)
class Policy:
    region: Region
    review_interval_months: int
    review_due_soon_days: int
    not_seen_days: int
    worker_changed_months: int
    key_moments: Mapping[KeyMomentType, KeyMomentRule]
    referral_ack: Mapping[ReferralType, Window]
    concerns: Mapping[Severity, ConcernRule]
    ladder: tuple[LadderStep, ...]
    sources: tuple[str, ...] = ()
    rules: Mapping[str, RuleBasis] = field(default_factory=dict)
    immediate_danger: ImmediateDanger = ImmediateDanger("999", "101", "", "", "", "")

    def ladder_index(self, key: str) -> int:
        for i, step in enumerate(self.ladder):
            if step.key == key:
                return i
        raise KeyError(key)

    @property
    def top_step(self) -> int:
        return len(self.ladder) - 1

    def rule(self, key: str) -> RuleBasis | None:
        """What the rule named ``key`` is ("key_moments.missing", "reviews"...), if known."""
        return self.rules.get(key)

    def response_words(self, kind: KeyMomentType, stored: str | None = None) -> Wording:
        """A key moment's response in both languages (see ``KeyMomentRule.response_words``):
        a record keeps the words it holds, and shows the policy's Welsh only for words that are
        exactly the policy's English."""
        return self.key_moments[kind].response_words(stored)

    def step_words(self, stored: str) -> Wording:
        """A ladder step's name as an escalation record holds it ("to whom"): in each language
        where it is exactly a step's English (or Welsh) name, else as it was stored."""
        for step in self.ladder:
            if stored == step.title or (step.title_cy and stored == step.title_cy):
                return step.title_words
        return Wording(stored, stored)


# --------------------------------------------------------------------------- loading


def default_policy_path() -> Path:
    from directwork.paths import resource_path

    return resource_path("policy", "default.toml")


# A policy file is a page or two of settings: anything larger is not one.
POLICY_FILE_LIMIT = 1024 * 1024


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = read_plain_file(path, POLICY_FILE_LIMIT)
    except OSError as exc:
        raise PolicyError(why_not_read(f"policy file {path}", exc, "a policy file")) from None
    try:
        text = raw.decode()
    except UnicodeDecodeError:
        raise PolicyError(f"policy file {path} is not UTF-8 text (save it as UTF-8, as TOML "
                          "files are)") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"policy file {path} is not valid TOML: {exc}") from None


def merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` laid on ``base``: tables merge key by key, everything else is replaced."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def load_policy(path: Path | str | None = None, *, default: Path | None = None,
                env: Mapping[str, str] | None = None) -> Policy:
    """The default policy with the service's own file (``path``, else ``$DIRECTWORK_POLICY``)
    laid over it. Raises PolicyError naming the file and key of the first mistake, and a
    figure laxer than the national guidance, with the guidance figure beside it."""
    default = default or default_policy_path()
    if path is None:
        path = (env if env is not None else os.environ).get(POLICY_ENV) or None
    # Parsed again only when a file's bytes changed: every caseload and record read asks.
    key = (_signature(default), _signature(Path(path)) if path is not None else None)
    cacheable = key[0] is not None and (path is None or key[1] is not None)
    if cacheable and key in _LOADED:
        return _LOADED[key]
    policy = _load_policy(default, path)
    if cacheable:
        _LOADED.clear()
        _LOADED[key] = policy
    return policy


_LOADED: dict[tuple[Any, Any], Policy] = {}


def _signature(path: Path) -> tuple[str, bytes] | None:
    """The file's name and a digest of its bytes (None when it cannot be read: the load
    that follows says why in words)."""
    try:
        return (str(path), hashlib.sha256(read_plain_file(path, POLICY_FILE_LIMIT)).digest())
    except OSError:
        return None


def _load_policy(default: Path, path: Path | str | None) -> Policy:
    data = _read_toml(default)
    sources = [str(default)]
    if path is not None:
        own = _read_toml(Path(path))
        # Unknown keys are refused only in the service's file, where a typo would otherwise
        # silently leave the default in force.
        try:
            _check_known_keys(own, data, "")
            _check_own_keys(own, data, "")
        except PolicyError as exc:
            raise PolicyError(f"policy file {path}: {exc.message}") from None
        merged = merge(data, own)
        _welsh_follows_english(own, data, merged)
        data = merged
        sources.append(str(path))
    try:
        return policy_from_dict(data, sources=tuple(sources))
    except PolicyError as exc:
        raise PolicyError(f"policy ({' + '.join(sources)}): {exc.message}") from None


WELSH = "_cy"


def _welsh_follows_english(own: Mapping[str, Any], default: Mapping[str, Any],
                           merged: dict[str, Any]) -> None:
    """Where the service's file changes some English words (a response, a name) without
    giving their Welsh, the default's Welsh no longer says the same thing: it is dropped, and
    the Welsh interface shows the service's English instead. A list the service replaces whole
    (its own escalation ladder) keeps the default's Welsh for words it repeats unchanged."""
    for key, value in own.items():
        target, before = merged.get(key), default.get(key)
        if isinstance(value, Mapping) and isinstance(target, dict) and isinstance(before, Mapping):
            _welsh_follows_english(value, before, target)
        elif isinstance(value, list) and isinstance(before, list):
            merged[key] = [_with_default_welsh(item, before) if isinstance(item, Mapping)
                           else item for item in value]
        elif (isinstance(value, str) and not key.endswith(WELSH) and value != before
              and key + WELSH in merged and key + WELSH not in own):
            merged[key + WELSH] = ""


def _with_default_welsh(item: Mapping[str, Any], defaults: list[Any]) -> dict[str, Any]:
    """A table of the service's list, with the default's Welsh for any words it has without
    their Welsh that are exactly the same words in one of the default's tables."""
    out = dict(item)
    for key, text in item.items():
        if not isinstance(text, str) or key.endswith(WELSH) or key + WELSH in item:
            continue
        for default in defaults:
            if (isinstance(default, Mapping) and default.get(key) == text
                    and isinstance(default.get(key + WELSH), str)):
                out[key + WELSH] = default[key + WELSH]
                break
    return out


def _check_known_keys(own: Mapping[str, Any], known: Mapping[str, Any], prefix: str) -> None:
    for key, value in own.items():
        name = f"{prefix}{key}"
        if key not in known:
            raise PolicyError(f"{name}: unknown setting (known here: {', '.join(sorted(known))})")
        if isinstance(value, Mapping) and isinstance(known[key], Mapping):
            _check_known_keys(value, known[key], name + ".")


# What a rule is (guidance or local) and what the guidance says are facts about the guidance,
# not choices: a service's file changes figures, and may cite its own source for its own
# (local) rules only.
_FIXED = ("basis", "guidance")


def _check_own_keys(own: Mapping[str, Any], default: Mapping[str, Any], prefix: str) -> None:
    for key, value in own.items():
        name = f"{prefix}{key}"
        if key in _FIXED:
            raise PolicyError(f"{name}: is set by the default policy (it says what the national "
                              "guidance is); a service's file sets only the figures")
        if key == "source" and default.get("basis") == Basis.GUIDANCE.value:
            raise PolicyError(f"{name}: this rule follows national guidance, whose source a "
                              "service's file cannot change")
        if isinstance(value, Mapping) and isinstance(default.get(key), Mapping):
            _check_own_keys(value, default[key], name + ".")


class _Reader:
    """Reads typed values out of the merged TOML, naming the key in every error."""

    def __init__(self, data: Mapping[str, Any], prefix: str = "") -> None:
        self.data = data
        self.prefix = prefix

    def get(self, dotted: str) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise PolicyError(f"{self.prefix}{dotted}: missing")
            node = node[part]
        return node

    def has(self, dotted: str) -> bool:
        try:
            self.get(dotted)
        except PolicyError:
            return False
        return True

    def table(self, dotted: str) -> Mapping[str, Any]:
        value = self.get(dotted)
        if not isinstance(value, Mapping):
            raise PolicyError(f"{self.prefix}{dotted}: should be a table")
        return value

    def text(self, dotted: str) -> str:
        value = self.get(dotted)
        if not isinstance(value, str) or not value.strip():
            raise PolicyError(f"{self.prefix}{dotted}: should be some words in quotes")
        return value.strip()

    def words(self, dotted: str) -> str:
        """Text that may be left empty ("" for a number not set yet)."""
        value = self.get(dotted)
        if not isinstance(value, str):
            raise PolicyError(f"{self.prefix}{dotted}: should be words in quotes (\"\" if not set)")
        return value.strip()

    def welsh(self, dotted: str) -> str:
        """The Welsh beside an English text (``response_cy`` beside ``response``): "" where
        the policy has none, which the Welsh interface shows as the English."""
        if not self.has(dotted):
            return ""
        value = self.get(dotted)
        if not isinstance(value, str):
            raise PolicyError(f"{self.prefix}{dotted}: should be Welsh words in quotes "
                              "(or left out, to show the English words)")
        return value.strip()

    def whole(self, dotted: str, *, low: int = 0, high: int = 10_000) -> int:
        value = self.get(dotted)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise PolicyError(f"{self.prefix}{dotted}: should be a whole number from {low} to {high}, not {value!r}")
        return value

    def flag(self, dotted: str) -> bool:
        value = self.get(dotted)
        if not isinstance(value, bool):
            raise PolicyError(f"{self.prefix}{dotted}: should be true or false, not {value!r}")
        return value

    def window(self, dotted: str) -> Window:
        try:
            return parse_window(self.get(dotted))
        except ValueError as exc:
            raise PolicyError(f"{self.prefix}{dotted}: {exc}") from None

    def choice(self, dotted: str, enum_cls: type[enum.StrEnum]) -> Any:
        value = self.get(dotted)
        try:
            return enum_cls(value)
        except ValueError:
            allowed = ", ".join(f'"{m.value}"' for m in enum_cls)
            raise PolicyError(f"{self.prefix}{dotted}: {value!r} is not one of {allowed}") from None

    def sources(self, dotted: str) -> tuple[Source, ...]:
        raw = self.get(dotted)
        if not isinstance(raw, list) or not raw:
            raise PolicyError(f"{self.prefix}{dotted}: should list at least one source "
                              f"([[{dotted}]] with title, section and quote)")
        found = []
        for i, item in enumerate(raw):
            at = f"{dotted}[{i + 1}]"
            if not isinstance(item, Mapping):
                raise PolicyError(f"{self.prefix}{at}: should be a table with title, section "
                                  "and quote")
            one = _Reader(item, prefix=f"{self.prefix}{at}.")
            region = one.choice("region", Region) if "region" in item else None
            found.append(Source(one.text("title"), one.text("section"), one.text("quote"), region))
        return tuple(found)


_UNIT_WORD_CY = {"month": "mis", "day": "diwrnod"}


def _rule_basis(r: _Reader, at: str, figure_key: str, figure: Window | int | str,
                unit_word: str, region: Region, figure_cy: str = "") -> RuleBasis:
    """The rule at ``at``: its basis, guidance figure and sources, checked. A window laxer than
    the guidance figure is refused, naming both."""
    basis = r.choice(f"{at}.basis" if at else "basis", Basis)
    sources = r.sources(f"{at}.source" if at else "source")
    if isinstance(figure, int):
        shown = f"{figure} {unit_word}{'' if figure == 1 else 's'}"
        figure_cy = f"{figure} {_UNIT_WORD_CY[unit_word]}"
    elif isinstance(figure, Window):
        shown, figure_cy = str(figure), window_words(figure, "cy")
    else:
        shown = str(figure)
    guidance_key = f"{at}.guidance"
    guidance: str | None = None
    guidance_cy = ""
    if r.has(guidance_key):
        if not isinstance(figure, Window):
            raise PolicyError(f"{guidance_key}: a guidance figure is kept only for time windows")
        limit = r.window(guidance_key)
        guidance, guidance_cy = str(limit), window_words(limit, "cy")
        from directwork.domain.rules.workdays import no_later_than

        if not no_later_than(figure, limit, region):
            cited = "; ".join(s.cite() for s in sources if s.region in (None, region)) or \
                "; ".join(s.cite() for s in sources)
            raise PolicyError(
                f"{at}.{figure_key}: \"{figure}\" is laxer than the national guidance, which "
                f"is {limit} ({cited}). A service may set a stricter figure, never a laxer one.")
    elif basis is Basis.GUIDANCE:
        raise PolicyError(f"{at}.guidance: missing (a guidance rule keeps the guidance figure "
                          "beside its own)")
    return RuleBasis(key=at, figure=shown, basis=basis, guidance=guidance, sources=sources,
                     figure_cy=figure_cy,
                     guidance_cy=guidance_cy)


def policy_from_dict(data: Mapping[str, Any], *, sources: tuple[str, ...] = ()) -> Policy:
    """Check and convert the merged TOML into a Policy."""
    r = _Reader(data)
    region: Region = r.choice("region", Region)
    rules: dict[str, RuleBasis] = {}

    interval = r.whole("reviews.interval_months", low=1, high=24)
    rules[REVIEW_RULE] = _rule_basis(r, REVIEW_RULE, "interval_months", interval, "month", region)
    not_seen = r.whole("contact.not_seen.days", low=1, high=365)
    rules[NOT_SEEN_RULE] = _rule_basis(r, NOT_SEEN_RULE, "days", not_seen, "day", region)
    changed = r.whole("contact.worker_changed.months", low=0, high=24)
    rules[WORKER_CHANGED_RULE] = _rule_basis(r, WORKER_CHANGED_RULE, "months", changed, "month",
                                             region)

    key_moments: dict[KeyMomentType, KeyMomentRule] = {}
    table = r.table("key_moments")
    for name in table:
        if name not in {m.value for m in KeyMomentType}:
            known = ", ".join(m.value for m in KeyMomentType)
            raise PolicyError(f"key_moments.{name}: not a key moment (known: {known})")
    for kind in KeyMomentType:
        at = f"key_moments.{kind.value}"
        within = r.window(f"{at}.within")
        forward = r.flag(f"{at}.brings_review_forward")
        review_within = r.window(f"{at}.review_within") if r.has(f"{at}.review_within") else None
        if review_within is not None and not forward:
            raise PolicyError(f"{at}.review_within: set only where brings_review_forward = true")
        key_moments[kind] = KeyMomentRule(
            moment_type=kind,
            response=r.text(f"{at}.response"),
            within=within,
            starts_from=r.choice(f"{at}.from", ClockStart),
            brings_review_forward=forward,
            review_within=review_within,
            response_cy=r.welsh(f"{at}.response_cy"),
        )
        rules[at] = _rule_basis(r, at, "within", within, "", region)
        if review_within is not None:
            # How soon the review comes forward, where the response is not the review: always
            # the service's choice (no guidance sets it), with its own source.
            rules[f"{at}.review"] = RuleBasis(
                key=f"{at}.review", figure=str(review_within), basis=Basis.LOCAL, guidance=None,
                sources=r.sources(f"{at}.review_source"),
                figure_cy=window_words(review_within, "cy"))

    referral_ack: dict[ReferralType, Window] = {}
    for referral in ReferralType:
        at = referral_rule_key(referral)
        referral_ack[referral] = r.window(f"{at}.acknowledge_within")
        rules[at] = _rule_basis(r, at, "acknowledge_within", referral_ack[referral], "", region)

    act = r.window("immediate_danger.act")
    rules[IMMEDIATE_DANGER_RULE] = _rule_basis(r, IMMEDIATE_DANGER_RULE, "act", act, "", region)
    danger = ImmediateDanger(
        emergency=r.text("immediate_danger.emergency"),
        police_non_emergency=r.words("immediate_danger.police_non_emergency"),
        csc_name=r.text("immediate_danger.childrens_social_care.name"),
        csc_name_cy=r.welsh("immediate_danger.childrens_social_care.name_cy"),
        csc_phone=r.words("immediate_danger.childrens_social_care.phone"),
        csc_out_of_hours=r.words("immediate_danger.childrens_social_care.out_of_hours"),
    )

    ladder_raw = r.get("escalation.ladder")
    if not isinstance(ladder_raw, list) or not ladder_raw:
        raise PolicyError("escalation.ladder: should list at least one step ([[escalation.ladder]])")
    ladder: list[LadderStep] = []
    for i, raw in enumerate(ladder_raw):
        at = f"escalation.ladder[{i + 1}]"
        if not isinstance(raw, Mapping):
            raise PolicyError(f"{at}: should be a table with key, title, who and answer_within")
        step_reader = _Reader(raw, prefix=f"{at}.")
        step = LadderStep(
            key=step_reader.text("key"),
            title=step_reader.text("title"),
            who=step_reader.text("who"),
            answer_within=step_reader.window("answer_within"),
            title_cy=step_reader.welsh("title_cy"),
            who_cy=step_reader.welsh("who_cy"),
        )
        if any(s.key == step.key for s in ladder):
            raise PolicyError(f"{at}.key: {step.key!r} is used by an earlier step")
        ladder.append(step)
    keys = [s.key for s in ladder]
    figures = ", ".join(f"{s.title}: {s.answer_within}" for s in ladder)
    figures_cy = ", ".join(f"{s.title_words.in_language('cy')}: "
                           f"{window_words(s.answer_within, 'cy')}" for s in ladder)
    rules[ESCALATION_RULE] = _rule_basis(r, ESCALATION_RULE, "ladder", figures, "", region,
                                         figures_cy)

    concerns: dict[Severity, ConcernRule] = {}
    for severity in Severity:
        at = f"concerns.{severity.value}"
        start = r.text(f"{at}.start_at")
        if start not in keys:
            raise PolicyError(f"{at}.start_at: {start!r} is not a step of the escalation ladder "
                              f"(steps: {', '.join(keys)})")
        concerns[severity] = ConcernRule(
            severity=severity,
            respond_within=r.window(f"{at}.respond_within"),
            start_at=start,
            call_999=r.flag(f"{at}.call_999"),
        )
        rules[at] = _rule_basis(r, at, "respond_within", concerns[severity].respond_within, "",
                                region)

    return Policy(
        region=region,
        review_interval_months=interval,
        review_due_soon_days=r.whole("reviews.due_soon_days", low=0, high=90),
        not_seen_days=not_seen,
        worker_changed_months=changed,
        key_moments=key_moments,
        referral_ack=referral_ack,
        concerns=concerns,
        ladder=tuple(ladder),
        sources=sources,
        rules=rules,
        immediate_danger=danger,
    )
