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

An e-mail address split mid-word (`kim.chulsoo@exam` | `ple.org`, `kim@` | `example.org`, `kim` | `@example.org`)
does not survive the line break, so a boundary with an e-mail character on both sides (letters, digits, `._%+-@`)
whose run of such characters, read across the boundary, holds an `@` is scanned a second time with nothing between
the slots; only e-mail addresses that cross such a boundary are kept from that scan. A text that ends or begins
with a whole address (`... hong@example.com` | `thanks`, `what is your mail` | `hong@example.com`) is not glued
to the word beside it: the slot's own scan masks the address, and the neighbour is left alone.

A resident or alien number told in halves a sentence or a message apart (`앞자리 900101` ... a later message `뒷자리
1234568`, or two fields of a tool schema) is beyond any window: `split_number_findings` pairs such halves across all
the texts of a request in reading order (detectors.split_halves: date, gender digit, check digit and a word naming
the halves), and reports each half in its own text.

Requests are read in sections (gateway.extract.reading_sections: instructions and tools before the conversation),
and providers lay sections out in orders of their own, so `section_junction_findings` checks the sections in
reading order and then the end of every section against the start of every other one. The pipeline calls both
for each order a provider may read the request in (gateway.extract.hoisted_sections: system messages taken out of
the conversation, as Anthropic, Bedrock and Vertex receive them through litellm).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from itertools import accumulate

from detectors import Engine, Entity, Finding
from detectors.recognizers.kr_rrn import SCORE_SPLIT
from detectors.split_halves import split_numbers
from gateway.types import SlotFinding

__all__ = ["JUNCTION_CHARS", "junction_findings", "section_junction_findings", "split_number_findings"]

JUNCTION_CHARS = 64  # longer than any identifier with its separators and context word
JOINER = "\n"
NEAR_CHARS = 24  # where a digit must be, on both sides, for a boundary to be scanned
_EMAIL_MARKS = frozenset("._%+-@")

# (slot index, text, offset of the text in its slot): a section's end or start is a trimmed piece of a slot
_Piece = tuple[int, str, int]


def junction_findings(engine: Engine, slots: Sequence[tuple[int, str]]) -> list[SlotFinding]:
    """Findings that cross a boundary between consecutive texts, one SlotFinding per text they touch. `slots` are
    (slot index, text) in the order a model reads them."""
    if len(slots) < 2:
        return []
    return _findings(engine, [(slot, text, 0) for slot, text in slots], range(1, len(slots)))


def section_junction_findings(engine: Engine, sections: Sequence[Sequence[tuple[int, str]]]) -> list[SlotFinding]:
    """Findings across the boundaries of `sections` (each a list of (slot index, text), in reading order): every
    boundary of the sections laid end to end, and the end of each section against the start of each other one
    that does not follow it (k sections cost at most k * k character checks, and a scan where one is due)."""
    present = [s for s in sections if s]
    out = junction_findings(engine, [item for section in present for item in section])
    for i, before in enumerate(present):
        for j, after in enumerate(present):
            if j in (i, i + 1):
                continue
            tail, head = _tail(before), _head(after)
            out.extend(_findings(engine, [*tail, *head], (len(tail),)))
    seen: set[tuple[int, str, int, int]] = set()
    unique = []
    for f in out:
        key = (f.slot, f.entity.value, f.start, f.end)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


_DIGIT = re.compile(r"[0-9]")
_SPLIT_RECOGNIZER = {
    Entity.KR_RRN: "KrRrnRecognizer",
    Entity.KR_ALIEN_REG: "KrAlienRegRecognizer",
    Entity.CREDIT_CARD: "CreditCardRecognizer",
}


def split_number_findings(sections: Sequence[Sequence[tuple[int, str]]]) -> list[SlotFinding]:
    """Resident, alien and card numbers whose two halves lie in two different texts of `sections` (read in order, as
    `section_junction_findings` lays them), one SlotFinding per half in the slot that holds it. Halves within one
    text were found by that text's own scan."""
    slots = [item for section in sections for item in section]
    texts = [text for _, text in slots]
    if sum(1 for text in texts if _DIGIT.search(text)) < 2:
        return []  # halves within one text were that text's own scan's: no text's digits need reading again
    out: list[SlotFinding] = []
    for number in split_numbers(texts):
        if number.first.text == number.second.text:
            continue
        recognizer = _SPLIT_RECOGNIZER[number.entity]
        for half in (number.first, number.second):
            slot = slots[half.text][0]
            out.append(SlotFinding(slot, number.entity, half.start, half.end, SCORE_SPLIT, recognizer, True))
    return out


def _tail(section: Sequence[tuple[int, str]]) -> list[_Piece]:
    """The last slots of a section, up to JUNCTION_CHARS characters: all a window before its end can reach."""
    out: list[_Piece] = []
    size = 0
    for slot, text in reversed(section):
        cut = max(0, len(text) - JUNCTION_CHARS)
        out.append((slot, text[cut:], cut))
        size += len(text) + len(JOINER)
        if size >= JUNCTION_CHARS:
            break
    return out[::-1]


def _head(section: Sequence[tuple[int, str]]) -> list[_Piece]:
    out: list[_Piece] = []
    size = 0
    for slot, text in section:
        out.append((slot, text[:JUNCTION_CHARS], 0))
        size += len(text) + len(JOINER)
        if size >= JUNCTION_CHARS:
            break
    return out


def _findings(engine: Engine, pieces: Sequence[_Piece], allowed: Collection[int]) -> list[SlotFinding]:
    """Findings crossing the boundaries `allowed` (k: the one before pieces[k]) of the pieces laid end to end."""
    texts = [text for _, text, _ in pieces]
    laid = _Layout(texts, [JOINER] * len(texts))
    straddled = sorted({laid.starts[k] for k in allowed if 0 < laid.starts[k] < laid.total and laid.straddles(k)})
    out = [f for _, f in _crossing(engine, pieces, laid, straddled, None)]
    glued = _Layout(texts, [""] * len(texts))
    mail = [k for k in allowed if 0 < glued.starts[k] < glued.total and glued.in_address(k)]
    if mail:
        joiners = [JOINER] * len(texts)
        for k in mail:
            joiners[k - 1] = ""
        laid = _Layout(texts, joiners)
        found = _crossing(engine, pieces, laid, sorted({laid.starts[k] for k in mail}), Entity.EMAIL_ADDRESS)
        out.extend(f for group in _by_finding(found) if not _whole_on_one_side(engine, pieces, group) for f in group)
    return out


class _Layout:
    """Texts laid end to end, each followed by its joiner; sliced without building the whole concatenation."""

    def __init__(self, texts: Sequence[str], joiners: Sequence[str]) -> None:
        self.texts = [t + j for t, j in zip(texts, joiners, strict=True)]
        self.joiners = joiners
        self.starts = list(accumulate((len(t) for t in self.texts), initial=0))  # last: total
        self.total = self.starts[-1]

    def slice(self, lo: int, hi: int) -> str:
        """The characters [lo, hi) of the layout."""
        parts: list[str] = []
        i = bisect_right(self.starts, lo) - 1
        while i < len(self.texts) and self.starts[i] < hi:
            s0 = self.starts[i]
            parts.append(self.texts[i][max(lo, s0) - s0 : min(hi, self.starts[i + 1]) - s0])
            i += 1
        return "".join(parts)

    def straddles(self, k: int) -> bool:
        at = self.starts[k]
        before = self.slice(max(0, at - NEAR_CHARS), at)
        after = self.slice(at, min(self.total, at + NEAR_CHARS))
        if "@" in before or "@" in after:
            return True
        return any(c.isdigit() for c in before) and any(c.isdigit() for c in after)

    def in_address(self, k: int) -> bool:
        """In a layout without joiners: an e-mail character on both sides of boundary k, and an `@` in the run of
        them that crosses it. Most boundaries fail on the two characters beside them."""
        at = self.starts[k]
        if not all(map(_email_char, self.slice(at - 1, at + 1))):
            return False
        before = self.slice(max(0, at - JUNCTION_CHARS), at)
        after = self.slice(at, min(self.total, at + JUNCTION_CHARS))
        n = len(before)
        while n and _email_char(before[n - 1]):
            n -= 1
        m = 0
        while m < len(after) and _email_char(after[m]):
            m += 1
        return "@" in before[n:] or "@" in after[:m]


def _email_char(c: str) -> bool:
    return c.isalnum() or c in _EMAIL_MARKS


def _crossing(
    engine: Engine, pieces: Sequence[_Piece], laid: _Layout, boundaries: list[int], only: Entity | None
) -> list[tuple[int, SlotFinding]]:
    """(finding number, piece) for each finding of the windows around `boundaries` that crosses one of them."""
    out: list[tuple[int, SlotFinding]] = []
    number = 0
    for lo, hi in _windows(boundaries, laid.total):
        inside = [b for b in boundaries if lo < b < hi]
        for f in engine.scan(laid.slice(lo, hi)):
            a, b = lo + f.start, lo + f.end
            if (only is not None and f.entity != only) or not any(a < x < b for x in inside):
                continue
            number += 1
            out.extend((number, piece) for piece in _pieces(pieces, laid, f, a, b))
    return out


def _pieces(pieces: Sequence[_Piece], laid: _Layout, f: Finding, a: int, b: int) -> list[SlotFinding]:
    out = []
    for i in range(bisect_right(laid.starts, a) - 1, len(pieces)):
        s0, s1 = laid.starts[i], laid.starts[i + 1] - len(laid.joiners[i])  # the joiner belongs to no slot
        if s0 >= b:
            break
        if s1 <= a or s0 >= s1:
            continue
        slot, _, offset = pieces[i]
        start, end = max(a, s0) - s0 + offset, min(b, s1) - s0 + offset
        out.append(SlotFinding(slot, f.entity, start, end, f.score, f.recognizer, f.validated))
    return out


def _by_finding(found: list[tuple[int, SlotFinding]]) -> list[list[SlotFinding]]:
    groups: dict[int, list[SlotFinding]] = {}
    for number, piece in found:
        groups.setdefault(number, []).append(piece)
    return list(groups.values())


def _whole_on_one_side(engine: Engine, pieces: Sequence[_Piece], group: list[SlotFinding]) -> bool:
    """An address glued across a boundary one of whose pieces is already a whole address: a word beside an address
    (`hong@example.com` | `thanks`), not an address split in two; the slot's own scan has the address."""
    texts = {slot: (text, offset) for slot, text, offset in pieces}
    for f in group:
        text, offset = texts[f.slot]
        piece = text[f.start - offset : f.end - offset]
        if "@" in piece and any(
            g.entity == Entity.EMAIL_ADDRESS and g.start == 0 and g.end == len(piece) for g in engine.scan(piece)
        ):
            return True
    return False


def _windows(boundaries: list[int], total: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for x in boundaries:
        lo, hi = max(0, x - JUNCTION_CHARS), min(total, x + JUNCTION_CHARS)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out
