"""decide(): findings + what could not be scanned + policy -> Decision. Pure: no I/O, no clock, no state.

Precedence: an unscannable part or token array the policy refuses blocks outright; then, among findings
at or above their entity's threshold, block beats mask beats allow. The rule that fired is named in the
decision (and so in the audit row and the client's message), never the value that triggered it.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from gateway.config import Action, PolicySettings
from gateway.extract import Extraction
from gateway.types import SlotFinding

__all__ = ["Decision", "Verdict", "decide"]


class Verdict(enum.StrEnum):
    ALLOW = "allow"
    MASK = "mask"
    BLOCK = "block"


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict
    rule: str | None
    blocked_by: tuple[str, ...]  # entity codes or unscannable kinds that caused a block
    entities: dict[str, int]  # entity code -> count, findings at or above threshold
    to_mask: tuple[SlotFinding, ...]
    acted: tuple[tuple[SlotFinding, Action], ...]
    policy_revision: str


_RANK = {Action.ALLOW: 0, Action.MASK: 1, Action.WARN: 2, Action.BLOCK: 3}


def decide(findings: Sequence[SlotFinding], extraction: Extraction, policy: PolicySettings) -> Decision:
    revision = policy.digest
    if extraction.token_arrays and policy.token_arrays == "block":  # noqa: S105
        return Decision(Verdict.BLOCK, "token_arrays:block", ("token_array",), {}, (), (), revision)
    if extraction.unscannable and policy.unscannable_parts == "block":
        kinds = tuple(sorted({kind for _, kind in extraction.unscannable}))
        return Decision(Verdict.BLOCK, "unscannable_parts:block", kinds, {}, (), (), revision)

    acted: list[tuple[SlotFinding, Action]] = []
    for f in findings:
        rule = policy.rule_for(f.entity)
        threshold = rule.threshold if rule.threshold is not None else policy.threshold
        if f.score >= threshold:
            acted.append((f, rule.action))
    counts = Counter(f.entity.value for f, _ in acted)
    if not acted:
        return Decision(Verdict.ALLOW, None, (), {}, (), (), revision)
    top = max(_RANK[a] for _, a in acted)
    # WARN is enforced as BLOCK until warn-with-justification lands; it is recorded under its own rule.
    if top >= _RANK[Action.WARN]:
        blockers = tuple(sorted({f.entity.value for f, a in acted if _RANK[a] >= _RANK[Action.WARN]}))
        action = "block" if top == _RANK[Action.BLOCK] else "warn"
        return Decision(
            Verdict.BLOCK, f"entities.{blockers[0]}:{action}", blockers, dict(counts), (), tuple(acted), revision
        )
    to_mask = tuple(f for f, a in acted if a == Action.MASK)
    if to_mask:
        return Decision(
            Verdict.MASK, f"entities.{to_mask[0].entity.value}:mask", (), dict(counts), to_mask, tuple(acted), revision
        )
    return Decision(Verdict.ALLOW, None, (), dict(counts), (), tuple(acted), revision)
