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
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


@dataclass(frozen=True)
class Window:
    """A time window such as "72 hours" or "5 working days"."""

    amount: int
    unit: Unit

    def __str__(self) -> str:
        word = {Unit.HOURS: "hour", Unit.DAYS: "day", Unit.WORKING_DAYS: "working day"}[self.unit]
        return f"{self.amount} {word}{'' if self.amount == 1 else 's'}"


_WINDOW = re.compile(r"^\s*(\d+)\s+(hours?|days?|working\s+days?)\s*$", re.IGNORECASE)


def parse_window(text: object) -> Window:
    """``"5 working days"`` -> Window(5, WORKING_DAYS). Raises ValueError on anything else."""
    match = _WINDOW.match(text) if isinstance(text, str) else None
    if not match:
        raise ValueError(
            f"{text!r} is not a time window; write it like \"72 hours\", \"14 days\" or "
            "\"5 working days\""
        )
    word = " ".join(match.group(2).lower().split()).rstrip("s")
    unit = {"hour": Unit.HOURS, "day": Unit.DAYS, "working day": Unit.WORKING_DAYS}[word]
    return Window(int(match.group(1)), unit)


@dataclass(frozen=True)
class KeyMomentRule:
    moment_type: KeyMomentType
    response: str
    within: Window
    starts_from: ClockStart
    brings_review_forward: bool


@dataclass(frozen=True)
class LadderStep:
    key: str
    title: str
    who: str
    answer_within: Window


@dataclass(frozen=True)
class ConcernRule:
    severity: Severity
    respond_within: Window
    start_at: str
    call_999: bool


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

    def ladder_index(self, key: str) -> int:
        for i, step in enumerate(self.ladder):
            if step.key == key:
                return i
        raise KeyError(key)

    @property
    def top_step(self) -> int:
        return len(self.ladder) - 1


# --------------------------------------------------------------------------- loading


def default_policy_path() -> Path:
    from directwork.paths import resource_path

    return resource_path("policy", "default.toml")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise PolicyError(f"policy file {path} was not found") from None
    except OSError as exc:
        raise PolicyError(f"policy file {path} could not be read: {exc.strerror}") from None
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
    laid over it. Raises PolicyError naming the file and key of the first mistake."""
    default = default or default_policy_path()
    data = _read_toml(default)
    sources = [str(default)]
    if path is None:
        path = (env if env is not None else os.environ).get(POLICY_ENV) or None
    if path is not None:
        own = _read_toml(Path(path))
        # Unknown keys are refused only in the service's file, where a typo would otherwise
        # silently leave the default in force.
        try:
            _check_known_keys(own, data, "")
        except PolicyError as exc:
            raise PolicyError(f"policy file {path}: {exc.message}") from None
        data = merge(data, own)
        sources.append(str(path))
    try:
        return policy_from_dict(data, sources=tuple(sources))
    except PolicyError as exc:
        raise PolicyError(f"policy ({' + '.join(sources)}): {exc.message}") from None


def _check_known_keys(own: Mapping[str, Any], known: Mapping[str, Any], prefix: str) -> None:
    for key, value in own.items():
        name = f"{prefix}{key}"
        if key not in known:
            raise PolicyError(f"{name}: unknown setting (known here: {', '.join(sorted(known))})")
        if isinstance(value, Mapping) and isinstance(known[key], Mapping):
            _check_known_keys(value, known[key], name + ".")


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


def policy_from_dict(data: Mapping[str, Any], *, sources: tuple[str, ...] = ()) -> Policy:
    """Check and convert the merged TOML into a Policy."""
    r = _Reader(data)
    key_moments: dict[KeyMomentType, KeyMomentRule] = {}
    table = r.table("key_moments")
    for name in table:
        if name not in {m.value for m in KeyMomentType}:
            known = ", ".join(m.value for m in KeyMomentType)
            raise PolicyError(f"key_moments.{name}: not a key moment (known: {known})")
    for kind in KeyMomentType:
        at = f"key_moments.{kind.value}"
        key_moments[kind] = KeyMomentRule(
            moment_type=kind,
            response=r.text(f"{at}.response"),
            within=r.window(f"{at}.within"),
            starts_from=r.choice(f"{at}.from", ClockStart),
            brings_review_forward=r.flag(f"{at}.brings_review_forward"),
        )

    referral_ack = {kind: r.window(f"referrals.{kind.value}.acknowledge_within")
                    for kind in ReferralType}

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
        )
        if any(s.key == step.key for s in ladder):
            raise PolicyError(f"{at}.key: {step.key!r} is used by an earlier step")
        ladder.append(step)
    keys = [s.key for s in ladder]

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

    return Policy(
        region=r.choice("region", Region),
        review_interval_months=r.whole("reviews.interval_months", low=1, high=24),
        review_due_soon_days=r.whole("reviews.due_soon_days", low=0, high=90),
        not_seen_days=r.whole("contact.not_seen_days", low=1, high=365),
        worker_changed_months=r.whole("contact.worker_changed_months", low=0, high=24),
        key_moments=key_moments,
        referral_ack=referral_ack,
        concerns=concerns,
        ladder=tuple(ladder),
        sources=sources,
    )
