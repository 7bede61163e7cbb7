"""Values split across text slots: `900101-` in one content part and `1234568` in the next, or a phone number
spread over two consecutive messages. Each slot is scanned on its own (gateway/pipeline.py); a model reads the
slots one after the other, so the text around every boundary between two slots is scanned again as one.

The slots are laid end to end with a line break between them (JOINER: what a model sees between two messages; it
keeps a number split at a separator whole, `850315-` + `1234566`, and keeps a word in the next slot from sticking to
a value, `850315-1234566` + `y`). Dict keys, ids and enum values take no part (gateway.extract.in_running_text):
a key sits next to its own value, and a part's `"type": "text"` between two parts is not part of what is read.
Around each boundary JUNCTION_CHARS characters on either side form a window (windows that touch are merged, so a run
of short slots is one window); each window is scanned once, and only findings that cross a boundary are kept:
anything inside one slot was already found there. A kept finding is reported in every slot it touches, with the
part of its span that lies in that slot, so the policy refuses or masks each piece. Work is bounded by the text:
windows never overlap.

Only boundaries an identifier could straddle are scanned: a digit (of any script) within NEAR_CHARS on both
sides, or an `@` on either. Ordinary chat history (sentences ending in one message, the next starting in
another) costs a few character checks per boundary, not a scan. A name split mid-word across two parts
(`김` | `민수에게`) is not looked for.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from detectors import Engine
from gateway.types import SlotFinding

__all__ = ["JUNCTION_CHARS", "junction_findings"]

JUNCTION_CHARS = 64  # longer than any identifier with its separators and context word
JOINER = "\n"
NEAR_CHARS = 24  # where a digit must be, on both sides, for a boundary to be scanned


def junction_findings(engine: Engine, slots: Sequence[tuple[int, str]]) -> list[SlotFinding]:
    """Findings that cross a boundary between consecutive texts, one SlotFinding per text they touch. `slots` are
    (slot index, text) in the order a model reads them."""
    if len(slots) < 2:
        return []
    texts = [t + JOINER for _, t in slots]
    starts = list(accumulate((len(t) for t in texts), initial=0))  # starts[i]: offset of texts[i]; last: total
    total = starts[-1]
    boundaries = sorted({s for s in starts[1:-1] if 0 < s < total and _may_straddle(texts, starts, s)})
    out: list[SlotFinding] = []
    for lo, hi in _windows(boundaries, total):
        window = _slice(texts, starts, lo, hi)
        inside = [b for b in boundaries if lo < b < hi]
        for f in engine.scan(window):
            a, b = lo + f.start, lo + f.end
            if not any(a < x < b for x in inside):
                continue
            for i in range(bisect_right(starts, a) - 1, len(texts)):
                s0, s1 = starts[i], starts[i + 1] - len(JOINER)  # the joiner belongs to no slot
                if s0 >= b:
                    break
                if s1 <= a or s0 >= s1:
                    continue
                piece_start, piece_end = max(a, s0) - s0, min(b, s1) - s0
                slot = slots[i][0]
                out.append(SlotFinding(slot, f.entity, piece_start, piece_end, f.score, f.recognizer, f.validated))
    return out


def _may_straddle(texts: Sequence[str], starts: list[int], at: int) -> bool:
    before = _slice(texts, starts, max(0, at - NEAR_CHARS), at)
    after = _slice(texts, starts, at, min(starts[-1], at + NEAR_CHARS))
    if "@" in before or "@" in after:
        return True
    return any(c.isdigit() for c in before) and any(c.isdigit() for c in after)


def _windows(boundaries: list[int], total: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for x in boundaries:
        lo, hi = max(0, x - JUNCTION_CHARS), min(total, x + JUNCTION_CHARS)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _slice(texts: Sequence[str], starts: list[int], lo: int, hi: int) -> str:
    """The characters [lo, hi) of the texts laid end to end, without building the whole concatenation."""
    parts: list[str] = []
    i = bisect_right(starts, lo) - 1
    while i < len(texts) and starts[i] < hi:
        s0 = starts[i]
        parts.append(texts[i][max(lo, s0) - s0 : min(hi, starts[i + 1]) - s0])
        i += 1
    return "".join(parts)
