"""Policy: which rules apply to a request, and what its findings mean. Pure: no I/O, no clock, no state.

effective_policy(policy, department, role, provider) folds the base rules and every matching override (in
order, later wins) into one table; a `locked` entity keeps its base rule unless an override makes it
stricter. decide(findings, extraction, effective) then yields the verdict:

  an unscannable part or token array the policy refuses       -> block
  among findings at or above their entity's threshold         -> block > warn > mask > allow

In monitor mode the verdict is computed and recorded the same way but `enforced` is False: the caller
forwards the request unchanged. Locked entities are the exception: monitor mode cannot loosen them either, so
when one of them acts (block, warn or mask), the decision on the locked findings alone is enforced. The rule
that fired is named (in the audit row and the client's message), never the value that triggered it.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from detectors.types import Entity
from gateway.config import Action, EntityRule, PolicySettings
from gateway.extract import Extraction
from gateway.types import DecisionKind, SlotFinding

__all__ = [
    "STORED_CONTEXT_FIELDS",
    "STORED_CONTEXT_RULE",
    "UNSCANNABLE_TEXT_RULE",
    "Decision",
    "EffectivePolicy",
    "Verdict",
    "decide",
    "effective_policy",
    "outcome",
    "stored_context",
]

# The rule of a refusal for text the engine could not scan whole (detectors.ScanIncomplete "encoded"): refused in
# every mode, before the policy is consulted.
UNSCANNABLE_TEXT_RULE = "unscannable_text:block"


class Verdict(enum.StrEnum):
    ALLOW = "allow"
    MASK = "mask"
    WARN = "warn"
    BLOCK = "block"


_RANK = {Action.ALLOW: 0, Action.MASK: 1, Action.WARN: 2, Action.BLOCK: 3}


@dataclass(frozen=True, slots=True)
class EffectivePolicy:
    rules: Mapping[Entity, EntityRule]
    threshold: float
    default_action: Action
    enforced: bool
    unscannable_parts: str
    token_arrays: str
    overrides: tuple[str, ...]
    revision: str
    locked: frozenset[Entity] = frozenset()  # enforced even when `enforced` is False (monitor mode)
    restore_in_tool_calls: str = "values"  # gateway/restore.py: where placeholders in tool-call arguments are restored
    stored_context: str = "block"  # a Responses request that continues a conversation kept at the provider

    def rule_for(self, entity: Entity) -> EntityRule:
        return self.rules.get(entity) or EntityRule(action=self.default_action)


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict
    enforced: bool
    rule: str | None
    blocked_by: tuple[str, ...]  # entity codes or unscannable kinds behind a block or warn
    entities: dict[str, int]  # entity code -> count, findings at or above threshold
    to_mask: tuple[SlotFinding, ...]
    acted: tuple[tuple[SlotFinding, Action], ...]
    policy_revision: str
    overrides: tuple[str, ...]


STORED_CONTEXT_RULE = "stored_context:block"
# Responses fields that make the provider prepend a conversation it keeps (red-team #9 finding 5): the gateway sees
# only the new turn, so `앞자리 850315` in one request and `뒷자리 1234566` in the next meet only at the provider.
STORED_CONTEXT_FIELDS = frozenset({"previous_response_id", "conversation"})


def stored_context(extraction: Extraction) -> bool:
    """The request continues a conversation the provider keeps: `previous_response_id`, `conversation`, or an input
    item the provider fills in from what it stored (an `item_reference`, or a `reasoning` item given by its id
    without its `encrypted_content`; red-team #10)."""
    if any(loc and loc[0] in STORED_CONTEXT_FIELDS for loc in extraction.locators):
        return True
    items: dict[object, str] = {}  # input item index -> its type
    carried: set[object] = set()  # input items that carry their own encrypted content
    for slot, loc in zip(extraction.slots, extraction.locators, strict=True):
        if len(loc) == 3 and loc[0] == "input" and isinstance(loc[1], int):
            if loc[2] == "type":
                items[loc[1]] = slot.text
            elif loc[2] == "encrypted_content":
                carried.add(loc[1])
    return any(
        kind == "item_reference" or (kind == "reasoning" and i not in carried) for i, kind in items.items()
    )


def _stricter(base: EntityRule | None, new: EntityRule, default_threshold: float) -> EntityRule:
    """For a locked entity: keep the base rule unless `new` is at least as strict in action and threshold."""
    if base is None:
        return new
    base_t = base.threshold if base.threshold is not None else default_threshold
    new_t = new.threshold if new.threshold is not None else default_threshold
    if _RANK[new.action] >= _RANK[base.action] and new_t <= base_t:
        return new
    return base


def effective_policy(
    policy: PolicySettings, *, department: str | None, role: str, provider_id: str | None
) -> EffectivePolicy:
    rules: dict[Entity, EntityRule] = dict(policy.entities)
    mode = policy.mode
    unscannable = policy.unscannable_parts
    restore = policy.restore_in_tool_calls
    stored = policy.stored_context
    applied: list[str] = []
    locked = set(policy.locked)
    for override in policy.overrides:
        if not override.match.matches(department=department, role=role, provider_id=provider_id):
            continue
        applied.append(override.name)
        for entity, rule in override.entities.items():
            if entity in locked:
                rules[entity] = _stricter(policy.entities.get(entity), rule, policy.threshold)
            else:
                rules[entity] = rule
        if override.mode is not None:
            mode = override.mode
        if override.unscannable_parts is not None:
            unscannable = override.unscannable_parts
        if override.restore_in_tool_calls is not None:
            restore = override.restore_in_tool_calls
        if override.stored_context is not None:
            stored = override.stored_context
    return EffectivePolicy(
        rules=rules,
        threshold=policy.threshold,
        default_action=policy.default_action,
        enforced=mode == "enforce",
        unscannable_parts=unscannable,
        token_arrays=policy.token_arrays,
        overrides=tuple(applied),
        revision=policy.digest,
        locked=frozenset(locked),
        restore_in_tool_calls=restore,
        stored_context=stored,
    )


def decide(findings: Sequence[SlotFinding], extraction: Extraction, policy: EffectivePolicy) -> Decision:
    decision = _decide(findings, extraction, policy, enforced=policy.enforced)
    if decision.enforced or not policy.locked:
        return decision
    # Monitor mode: a locked entity keeps its action ("nobody sends resident registration numbers" holds for a
    # department in monitor mode too). Only the locked findings are enforced; the counts keep every finding.
    locked = [f for f in findings if f.entity in policy.locked]
    held = _decide(locked, Extraction((), (), (), ()), policy, enforced=True)
    if held.verdict == Verdict.ALLOW:
        return decision
    return replace(held, entities=decision.entities)


def _decide(
    findings: Sequence[SlotFinding], extraction: Extraction, policy: EffectivePolicy, *, enforced: bool
) -> Decision:
    def make(
        verdict: Verdict,
        rule: str | None,
        blocked_by: tuple[str, ...] = (),
        counts: dict[str, int] | None = None,
        to_mask: tuple[SlotFinding, ...] = (),
        acted: tuple[tuple[SlotFinding, Action], ...] = (),
    ) -> Decision:
        return Decision(
            verdict, enforced, rule, blocked_by, counts or {}, to_mask, acted, policy.revision, policy.overrides
        )

    if extraction.token_arrays and policy.token_arrays == "block":  # noqa: S105
        return make(Verdict.BLOCK, "token_arrays:block", ("token_array",))
    if policy.stored_context == "block" and stored_context(extraction):
        return make(Verdict.BLOCK, STORED_CONTEXT_RULE, ("stored_context",))
    if extraction.unscannable and policy.unscannable_parts == "block":
        kinds = tuple(sorted({kind for _, kind in extraction.unscannable}))
        return make(Verdict.BLOCK, "unscannable_parts:block", kinds)

    acted: list[tuple[SlotFinding, Action]] = []
    for f in findings:
        rule = policy.rule_for(f.entity)
        threshold = rule.threshold if rule.threshold is not None else policy.threshold
        if f.score >= threshold:
            acted.append((f, rule.action))
    if not acted:
        return make(Verdict.ALLOW, None)
    counts = dict(Counter(f.entity.value for f, _ in acted))
    to_mask = tuple(f for f, a in acted if a == Action.MASK)
    top = max(_RANK[a] for _, a in acted)
    if top >= _RANK[Action.WARN]:
        action = Action.BLOCK if top == _RANK[Action.BLOCK] else Action.WARN
        causes = tuple(sorted({f.entity.value for f, a in acted if a == action}))
        verdict = Verdict.BLOCK if action == Action.BLOCK else Verdict.WARN
        return make(verdict, f"entities.{causes[0]}:{action.value}", causes, counts, to_mask, tuple(acted))
    if to_mask:
        return make(Verdict.MASK, f"entities.{to_mask[0].entity.value}:mask", (), counts, to_mask, tuple(acted))
    return make(Verdict.ALLOW, None, (), counts, (), tuple(acted))


_WOULD = {
    Verdict.ALLOW: DecisionKind.ALLOWED,
    Verdict.MASK: DecisionKind.MASKED,
    Verdict.WARN: DecisionKind.WARNED,
    Verdict.BLOCK: DecisionKind.BLOCKED,
}


def outcome(decision: Decision, *, justified: bool) -> tuple[DecisionKind, DecisionKind | None]:
    """(what happens, what would have happened in enforce mode when it differs) for a decision."""
    would = _WOULD[decision.verdict]
    if not decision.enforced:
        return DecisionKind.ALLOWED, (would if would != DecisionKind.ALLOWED else None)
    if decision.verdict == Verdict.WARN and justified:
        return DecisionKind.JUSTIFIED, None
    return would, None
