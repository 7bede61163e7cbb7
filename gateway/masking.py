"""mask(): replace findings with typed placeholders in a copy of the request body.

The same value in one request gets the same placeholder (<PERSON_1> twice for the same name). The
placeholder -> value mapping is returned to the caller for the life of the request only; it is never
logged or stored.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from gateway.extract import Extraction, is_key, set_at
from gateway.name_fields import identifier_field
from gateway.types import SlotFinding

__all__ = ["mask"]


def _merge(findings: Sequence[SlotFinding]) -> list[SlotFinding]:
    """Keep the first-starting, longest finding of any overlapping group."""
    out: list[SlotFinding] = []
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def mask(
    body: dict[str, object], extraction: Extraction, findings: Sequence[SlotFinding]
) -> tuple[dict[str, object], dict[str, str]]:
    masked = copy.deepcopy(body)
    by_slot: dict[int, list[SlotFinding]] = {}
    for f in findings:
        by_slot.setdefault(f.slot, []).append(f)
    placeholders: dict[tuple[str, str], str] = {}
    counters: dict[str, int] = {}
    mapping: dict[str, str] = {}

    # dict keys last, the deepest first: renaming a key would leave the paths under it pointing nowhere
    def order(i: int) -> tuple[bool, int, int]:
        loc = extraction.locators[i]
        return (is_key(loc), -len(loc) if is_key(loc) else 0, i)

    for slot_index in sorted(by_slot, key=order):
        text = extraction.slots[slot_index].text
        pieces: list[str] = []
        pos = 0
        for f in _merge(by_slot[slot_index]):
            value = text[f.start : f.end]
            key = (f.entity.value, value)
            ph = placeholders.get(key)
            if ph is None:
                counters[f.entity.value] = counters.get(f.entity.value, 0) + 1
                ph = f"<{f.entity.value}_{counters[f.entity.value]}>"
                placeholders[key] = ph
                mapping[ph] = value
            pieces.append(text[pos : f.start])
            pieces.append(ph)
            pos = f.end
        pieces.append(text[pos:])
        value = "".join(pieces)
        if identifier_field(extraction.locators[slot_index]):
            value = value.replace("<", "").replace(">", "")  # `name` takes [A-Za-z0-9_-]: PERSON_1
        set_at(masked, extraction.locators[slot_index], value)
    return masked, mapping
