"""docs/practice-rules.md, written from the policy file: every rule, its figure, whether it is
national guidance or a local choice, the guidance figure where guidance sets one, and the
sentence each source says it in.

    python -m directwork.domain.rules.describe > docs/practice-rules.md

A test checks that the committed file is what this writes from the default policy, so the
page cannot drift from the rules the app enforces.
"""

from __future__ import annotations

import sys

from directwork.domain.policy import (
    ESCALATION_RULE,
    IMMEDIATE_DANGER_RULE,
    NOT_SEEN_RULE,
    REVIEW_RULE,
    WORKER_CHANGED_RULE,
    Basis,
    Policy,
    Region,
    RuleBasis,
    load_policy,
    referral_rule_key,
)
from directwork.domain.records import KeyMomentType, ReferralType, Severity
from directwork.domain.rules.messages import MOMENT_LABELS


def rule_titles(policy: Policy) -> dict[str, str]:
    """A title for each rule, in the order the page lists them."""
    titles = {
        IMMEDIATE_DANGER_RULE: "Immediate danger: call 999, refer to children's social care "
                               "and tell the police",
    }
    disclosure = policy.key_moments[KeyMomentType.DISCLOSURE]
    titles[disclosure.rule_key] = f"Disclosure: {disclosure.response}"
    titles[REVIEW_RULE] = "Review the safety plan: the longest time between reviews"
    for kind in KeyMomentType:
        if kind is KeyMomentType.DISCLOSURE:
            continue
        rule = policy.key_moments[kind]
        titles[rule.rule_key] = f"{MOMENT_LABELS[kind]}: {rule.response}"
        if rule.review_rule_key != rule.rule_key:
            titles[rule.review_rule_key] = f"{MOMENT_LABELS[kind]}: the plan review brought forward"
    titles[referral_rule_key(ReferralType.CHILDRENS_SOCIAL_CARE)] = (
        "Referral to children's social care: acknowledged")
    titles[referral_rule_key(ReferralType.NRM)] = (
        "Referral to the National Referral Mechanism: receipt confirmed")
    for severity in Severity:
        label = "immediate danger" if severity is Severity.IMMEDIATE else severity.value
        titles[policy.concerns[severity].rule_key] = f"Concern ({label}): answered"
    titles[ESCALATION_RULE] = "Escalation ladder (for disagreements between professionals)"
    titles[NOT_SEEN_RULE] = "A child not seen"
    titles[WORKER_CHANGED_RULE] = "A change of worker"
    return titles


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _mark(rule: RuleBasis) -> str:
    if rule.mark is Basis.GUIDANCE:
        return "guidance"
    return "local choice (stricter than guidance)" if rule.stricter_than_guidance else "local choice"


def _welsh_lines(policy: Policy, key: str) -> list[str]:
    """The words the rule puts before the practitioner, with the Welsh the Welsh interface
    shows (the English where the policy has no Welsh)."""
    def welsh(text: str) -> str:
        return text or "none: the Welsh interface shows the English"

    for rule in policy.key_moments.values():
        if key == rule.rule_key:
            return [f"- Response: {rule.response}", f"- In Welsh: {welsh(rule.response_cy)}",
                    ""]
    if key == ESCALATION_RULE:
        steps = []
        for i, step in enumerate(policy.ladder, start=1):
            steps += [f"{i}. {step.title}: {step.who}",
                      f"   - in Welsh: {welsh(step.title_cy)}"
                      + (f": {step.who_cy}" if step.title_cy and step.who_cy else "")]
        return ["", "The steps, lowest first (the step: who answers), in English and in Welsh:",
                "", *steps, ""]
    return []


def practice_rules_markdown(policy: Policy) -> str:
    """The page, in Markdown."""
    titles = rule_titles(policy)
    missing = set(policy.rules) - set(titles)
    if missing:  # a rule added to the policy without a title here
        raise KeyError(f"no title for rule(s): {', '.join(sorted(missing))}")
    region = "England" if policy.region is Region.ENGLAND else "Wales"
    lines = [
        "# Practice rules",
        "",
        "<!-- Generated from resources/policy/default.toml by "
        "`python -m directwork.domain.rules.describe`; do not edit by hand. -->",
        "",
        "Every rule the app enforces, with its figure, whether that figure is **national "
        "guidance** or a **local choice**, and where it comes from. The practice check shows "
        "the same mark beside each deadline, with the source when the pointer rests on it.",
        "",
        "A service sets its own figures in its own policy file (`DIRECTWORK_POLICY`). A figure "
        "stricter than the guidance is allowed and shows as a local choice; a figure laxer "
        "than the guidance is refused when the file is loaded, with the guidance figure beside "
        "it. A service's file cannot change what the guidance is (`basis`, `guidance`, or a "
        "guidance rule's sources).",
        "",
        f"Working days skip weekends and the bank holidays of {region} (the default policy's "
        "region). Windows in hours are exact elapsed time; windows in days end at midnight, "
        "London time. Quotations were checked against the published text where it could be "
        "reached; check them against the current edition of the guidance your service "
        "follows.",
        "",
        "| Rule | Figure | Guidance or local choice | Guidance figure |",
        "|---|---|---|---|",
    ]
    for key, title in titles.items():
        rule = policy.rules[key]
        lines.append(f"| {_cell(title)} | {_cell(rule.figure)} | {_mark(rule)} | "
                     f"{_cell(rule.guidance or '-')} |")
    for key, title in titles.items():
        rule = policy.rules[key]
        lines += ["", f"## {title}", "", f"- Figure: {rule.figure}",
                  f"- {_mark(rule).capitalize()}"
                  + (f"; the guidance figure is {rule.guidance}" if rule.guidance else ""),
                  f"- Policy key: `{key}`"]
        lines += _welsh_lines(policy, key) or [""]
        for source in rule.sources:
            where = {Region.ENGLAND: " (England)", Region.WALES: " (Wales)", None: ""}[source.region]
            lines += [f"**{source.title}**{where}, {source.section}:", "",
                      f"> {source.quote}", ""]
        if key == IMMEDIATE_DANGER_RULE:
            d = policy.immediate_danger
            lines += ["The steps the practice check shows, with the numbers from the policy "
                      "file (a number not set is shown as not set, never guessed):", "",
                      f"- Emergency: {d.emergency}",
                      f"- Children's social care: {d.csc_name} / {d.csc_name_cy}: "
                      f"{d.csc_phone or 'number not set'}"
                      + (f", out of hours {d.csc_out_of_hours}" if d.csc_out_of_hours else ""),
                      f"- Police, not an emergency: {d.police_non_emergency or 'not set'}", ""]
        while lines[-1] == "":
            lines.pop()
    return "\n".join(lines) + "\n"


def main() -> int:
    sys.stdout.write(practice_rules_markdown(load_policy(env={})))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
