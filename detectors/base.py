"""The recognizer seam and the per-scan view of a text that recognizers read.

A `Document` is built for one `Engine.scan` call and dropped after it: it holds the normalised text and the
lazily computed digit candidates, so recognizers share work within one scan and nothing across scans.
Recognizers return findings in normalised coordinates; the engine maps them back to the caller's text.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from detectors.digits import Candidate, Layout, find_candidates
from detectors.types import Entity, Finding

__all__ = [
    "Context",
    "Document",
    "KeywordIndex",
    "Recognizer",
    "adjust",
    "foreign_layout",
    "is_embedded_in_token",
    "looks_like_header",
]

CONTEXT_BEFORE = 48
CONTEXT_AFTER = 24
HEADER_MAX = 300
MIN_HEADER_CELLS = 3
MAX_HEADER_CELL = 24
MAX_ROW = 1000  # a table row longer than this is not read as one (keeps the row lookup bounded)
_DELIMITERS = (",", "\t", "|", ";")


class Recognizer(Protocol):
    """One entity type. `validate` answers True (proven), False (impossible) or None (cannot tell)."""

    entity: ClassVar[Entity]

    def validate(self, value: str) -> bool | None: ...

    def find(self, doc: Document) -> Iterable[Finding]: ...


@dataclass(frozen=True, slots=True)
class Context:
    """Positive and negative keywords (lower case) around a candidate, Korean and English."""

    positive: tuple[str, ...]
    negative: tuple[str, ...] = ()
    positive_set: frozenset[str] = field(init=False)
    negative_set: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "positive_set", frozenset(self.positive))
        object.__setattr__(self, "negative_set", frozenset(self.negative))


class KeywordIndex:
    """Every context word of every recognizer in one Aho-Corasick automaton, built once per Engine.

    A scan lower-cases its text once and finds all keyword hits in one pass; `Document.signal` then looks
    only at the hits near a candidate. English keywords count only at word boundaries (`ip` is not in `ship`).
    """

    def __init__(self, words: Iterable[str]) -> None:
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        for word in {w for w in words if w}:
            self._automaton.add_word(word, word)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def hits(self, text: str) -> tuple[list[int], list[int], list[str]]:
        """(starts, ends, words) of keyword hits in `text`, ordered by end."""
        lower = text.lower()
        if len(lower) != len(text):
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        starts: list[int] = []
        ends: list[int] = []
        words: list[str] = []
        if self._empty:
            return starts, ends, words
        n = len(lower)
        for last, word in self._automaton.iter(lower):
            start = last - len(word) + 1
            if word[0].isascii() and word[0].isalnum() and start > 0 and _latin(lower[start - 1]):
                continue
            if word[-1].isascii() and word[-1].isalnum() and last + 1 < n and _latin(lower[last + 1]):
                if not (lower[last + 1] == "s" and (last + 2 >= n or not _latin(lower[last + 2]))):
                    continue
            starts.append(start)
            ends.append(last + 1)
            words.append(word)
        return starts, ends, words


def _latin(c: str) -> bool:
    return "a" <= c <= "z"


@dataclass(slots=True)
class Document:
    """Per-scan state: the normalised text, its digit candidates and keyword hits, the CSV header if any."""

    text: str
    lengths: frozenset[int]
    shapes: frozenset[tuple[int, ...]]
    keywords: KeywordIndex | None = None
    _by_length: dict[int, list[Candidate]] | None = field(default=None)
    _header: str | None = field(default=None)
    _hits: tuple[list[int], list[int], list[str]] | None = field(default=None)

    def candidates(self, lengths: Iterable[int]) -> list[Candidate]:
        if self._by_length is None:
            self._by_length = {}
            for cand in find_candidates(self.text, self.lengths, self.shapes):
                self._by_length.setdefault(len(cand.digits), []).append(cand)
        out: list[Candidate] = []
        for n in lengths:
            out.extend(self._by_length.get(n, ()))
        return out

    def header(self) -> str:
        """The first line, lower-cased, when it looks like a table header (else empty)."""
        if self._header is None:
            first = self.text[:HEADER_MAX].split("\n", 1)[0]
            self._header = first.lower() if looks_like_header(first) else ""
        return self._header

    def _keyword_hits(self) -> tuple[list[int], list[int], list[str]]:
        if self._hits is None:
            index = self.keywords or KeywordIndex(())
            self._hits = index.hits(self.text)
        return self._hits

    def signal(self, start: int, end: int, ctx: Context) -> int:
        """+1 when positive context is nearest, -1 when negative is, 0 when neither is near.

        Before the candidate (CONTEXT_BEFORE characters) the nearest keyword wins; then after it
        (CONTEXT_AFTER), the first; then, in a table row, the header line.
        """
        if self.keywords is None:
            return self._signal_slow(start, end, ctx)
        starts, ends, words = self._keyword_hits()
        lo = start - CONTEXT_BEFORE
        i = bisect.bisect_right(ends, start) - 1
        while i >= 0 and ends[i] > lo:
            if starts[i] >= lo:
                if words[i] in ctx.positive_set:
                    return 1
                if words[i] in ctx.negative_set:
                    return -1
            i -= 1
        hi = end + CONTEXT_AFTER
        i = bisect.bisect_right(ends, end)
        while i < len(ends) and ends[i] <= hi:
            if starts[i] >= end:
                if words[i] in ctx.negative_set:
                    return -1
                if words[i] in ctx.positive_set:
                    return 1
            i += 1
        return self._header_signal(start, ctx)

    def _header_signal(self, start: int, ctx: Context) -> int:
        if not self.header():
            return 0
        lo = max(0, start - MAX_ROW)
        line_start = self.text.rfind("\n", lo, start) + 1
        if line_start > 0 and any(d in self.text[line_start:start] for d in _DELIMITERS):
            head = self.header()
            if head and any(w in head for w in ctx.positive):
                return 1
        return 0

    def _signal_slow(self, start: int, end: int, ctx: Context) -> int:
        """Substring search in the windows, for documents built without a keyword index (tests, tools)."""
        before = self.text[max(0, start - CONTEXT_BEFORE) : start].lower()
        pos = max((before.rfind(w) + len(w) for w in ctx.positive if w in before), default=-1)
        neg = max((before.rfind(w) + len(w) for w in ctx.negative if w in before), default=-1)
        if pos >= 0 or neg >= 0:
            return 1 if pos >= neg else -1
        after = self.text[end : end + CONTEXT_AFTER].lower()
        pos = min((after.find(w) for w in ctx.positive if w in after), default=-1)
        neg = min((after.find(w) for w in ctx.negative if w in after), default=-1)
        if neg >= 0 and (pos < 0 or neg < pos):
            return -1
        if pos >= 0:
            return 1
        return self._header_signal(start, ctx)


def looks_like_header(line: str) -> bool:
    """A table header: one delimiter used at least twice, short cells, no digits (`이름,주민번호,연락처`)."""
    for d in _DELIMITERS:
        cells = line.split(d)
        if len(cells) >= MIN_HEADER_CELLS and all(len(c.strip()) <= MAX_HEADER_CELL for c in cells):
            return not any(c.isdigit() for c in line)
    return False


def foreign_layout(cand: Candidate, shapes: Collection[tuple[int, ...]]) -> bool:
    """Grouped in a layout that belongs to another kind of number (a 6-7 RRN is not a 13-digit card)."""
    return cand.layout is Layout.GROUPED and len(cand.groups) > 1 and cand.groups not in shapes


def adjust(base: float, signal: int, with_context: float, floor_negative: float = 0.3) -> float:
    """Context moves a score: positive lifts it to at least `with_context`, negative caps it."""
    if signal > 0:
        return max(base, with_context)
    if signal < 0:
        return min(base * 0.5, floor_negative)
    return base


def is_embedded_in_token(cand: Candidate) -> bool:
    """True when digits touch a Latin letter or underscore: part of an identifier, hash or model code."""
    return cand.embedded
