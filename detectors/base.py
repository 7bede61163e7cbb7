"""The recognizer seam and the per-scan view of a text that recognizers read.

A `Document` is built for one `Engine.scan` call and dropped after it: it holds the normalised text and the
lazily computed digit candidates, so recognizers share work within one scan and nothing across scans.
Recognizers return findings in normalised coordinates; the engine maps them back to the caller's text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, ClassVar, Protocol

import re2

from detectors.digits import Candidate, Layout, digit_runs, find_candidates, sample_cues, sample_said
from detectors.types import Entity, Finding

__all__ = [
    "SCORE_PROVEN_MISLABELLED",
    "Context",
    "Document",
    "KeywordIndex",
    "Re2Pattern",
    "Re2Prefilter",
    "Recognizer",
    "Span",
    "adjust",
    "column_header",
    "foreign_layout",
    "is_embedded_in_token",
    "is_rule_line",
    "line_bounds",
    "looks_like_header",
    "lower_same_length",
    "said_to_be_a_sample",
    "split_outside_quotes",
    "table_header_above",
]

CHECKPOINT_CHARS = 256
CONTEXT_BEFORE = 48
CONTEXT_AFTER = 24
HEADER_MAX = 300
MIN_HEADER_CELLS = 3
MAX_HEADER_CELL = 24
MAX_ROW = 1000  # a table row longer than this is not read as one (keeps the row lookup bounded)
MAX_HEADER_ROWS = 200  # lines walked up from a row to the header of its table
_DELIMITERS = (",", "\t", "|", ";", "┆", "│")  # ┆ and │: a terminal table's columns (Polars, psql, rich)
_QUOTED_CELL = re.compile(r'"[^"\n]{0,200}"')  # a quoted CSV cell may hold the delimiter ("6 Hartley Close, Reading")
_DIGIT = re.compile(r"[0-9]")
PREFILTER_MAX_MEM = 64 << 20  # bytes for the RE2::Set programs and DFA caches, all sets together (one per engine)
PREFILTER_GROUPS = 6
PREFILTER_SMALL = 4096  # bytes of text read by the one set of every pattern; longer text by the groups


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
            # English keywords count only at word boundaries: flag which ends need the check
            left = word[0].isascii() and word[0].isalnum()
            right = word[-1].isascii() and word[-1].isalnum()
            self._automaton.add_word(word, (word, len(word), left, right))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def hits(self, text: str, lower: str | None = None) -> tuple[list[int], list[int], list[str]]:
        """(starts, ends, words) of keyword hits in `text`, ordered by end. `lower` is `text` lower-cased."""
        if lower is None:
            lower = lower_same_length(text)
        starts: list[int] = []
        ends: list[int] = []
        words: list[str] = []
        if self._empty:
            return starts, ends, words
        n = len(lower)
        for last, (word, size, left, right) in self._automaton.iter(lower):
            start = last - size + 1
            if left and start > 0 and "a" <= lower[start - 1] <= "z" and not _camel_boundary(text, start):
                continue
            if right and last + 1 < n and "a" <= lower[last + 1] <= "z" and not _camel_boundary(text, last + 1):
                after = lower[last + 2] if last + 2 < n else " "
                if not (lower[last + 1] == "s" and not "a" <= after <= "z"):
                    continue
            starts.append(start)
            ends.append(last + 1)
            words.append(word)
        return starts, ends, words


def _camel_boundary(text: str, start: int) -> bool:
    """`supplierBizNo`, `customerPhone`, `nhisCardNo`: a lower-case letter followed by an upper-case one starts a word
    in code (and ends the one before)."""
    return text[start].isupper() and text[start - 1].islower()


def lower_same_length(text: str) -> str:
    """`text.lower()`, keeping offsets: a character whose lower case is longer (İ) stays as it is."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower


@dataclass(slots=True)
class Document:
    """Per-scan state: the normalised text, its digit candidates and keyword hits, the CSV header if any.

    Everything but the text is computed on first use and shared by the recognizers of one scan.
    """

    text: str
    lengths: frozenset[int]
    shapes: frozenset[tuple[int, ...]]
    keywords: KeywordIndex | None = None
    prefixes: frozenset[tuple[int, ...]] | None = None
    prefilter: Re2Prefilter | None = None
    _by_length: dict[int, list[Candidate]] | None = field(default=None)
    _header: str | None = field(default=None)
    _hits: tuple[list[int], list[int], list[str]] | None = field(default=None)
    _lower: str | None = field(default=None)
    _has_digit: bool | None = field(default=None)
    _utf8: bytes | None = field(default=None)
    _runs: list[tuple[int, int]] | None = field(default=None)
    _matching: frozenset[int] | None = field(default=None)
    _checkpoints: list[int] | None = field(default=None)
    _memo: dict[str, Any] | None = field(default=None)

    @property
    def lower(self) -> str:
        """The text lower-cased, same length (offsets unchanged)."""
        if self._lower is None:
            self._lower = lower_same_length(self.text)
        return self._lower

    @property
    def has_digit(self) -> bool:
        """Any ASCII digit at all: recognizers whose matches all hold a number skip text without one."""
        if self._has_digit is None:
            self._has_digit = _DIGIT.search(self.text) is not None
        return self._has_digit

    def finditer(self, pattern: Re2Pattern) -> Iterator[Span]:
        """Matches of an re2 pattern, in character offsets. The text is encoded once per scan, and offsets
        are converted through checkpoints (`_char_regs`), so a pass costs one C call plus a little per match."""
        prefilter = self.prefilter
        if prefilter is not None and not self._may_match(prefilter, pattern):
            return iter(())
        raw = getattr(pattern, "_regexp", None)
        if raw is None or _UNANCHORED is None:
            return self._finditer_wrapped(pattern)
        return iter(self._matches(raw))

    def _matches(self, raw: Any) -> list[Span]:
        """The direct path of `finditer`: one loop over the compiled RE2 object's matches, no generators. (A
        pass costs about 0.5 us per call into RE2 plus about 1.2 us per match, most of it RE2 finding the
        capture groups; scanning the bytes in between is cheap.)"""
        data = self.utf8
        text = self.text
        match = raw.Match
        n = len(data)
        ascii_only = n == len(text)
        out: list[Span] = []
        pos = 0
        while pos <= n:
            spans = match(_UNANCHORED, data, pos, n)
            start, end = spans[0]
            if start < 0:
                break
            if ascii_only:
                out.append(Span(text, tuple(spans)))
            else:
                out.append(Span(text, self._char_regs(spans)))
            if end > start:
                pos = end
                continue
            pos = end + 1  # an empty match: step over one character (its continuation bytes too)
            while pos < n and data[pos] & 0xC0 == 0x80:
                pos += 1
        return out

    def _finditer_wrapped(self, pattern: Re2Pattern) -> Iterator[Span]:
        data = self.utf8
        ascii_only = len(data) == len(self.text)
        for spans in _re2_spans(pattern, data):
            yield Span(self.text, spans if ascii_only else self._char_regs(spans))

    def _char_regs(self, spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
        """Byte spans in the UTF-8 copy as character spans, through checkpoints every CHECKPOINT_CHARS characters
        (built once per scan): each conversion decodes at most that many characters, however far apart the
        matches are and however many patterns run (a pass used to decode the whole gap since its last match)."""
        cps = self._checkpoints
        if cps is None:
            text = self.text
            step = CHECKPOINT_CHARS
            sizes = (len(text[i : i + step].encode("utf-8")) for i in range(0, len(text), step))
            cps = self._checkpoints = list(accumulate(sizes, initial=0))
        data = self.utf8
        regs = []
        last_b = last_c = -1  # the previous group's start: groups of one match are close together
        for b0, b1 in spans:
            if b0 < 0:
                regs.append((-1, -1))
                continue
            i = bisect.bisect_right(cps, b0) - 1
            if cps[i] <= last_b <= b0:
                c0 = last_c + len(data[last_b:b0].decode("utf-8"))
            else:
                c0 = i * CHECKPOINT_CHARS + len(data[cps[i] : b0].decode("utf-8"))
            regs.append((c0, c0 + len(data[b0:b1].decode("utf-8"))))
            last_b, last_c = b0, c0
        return tuple(regs)

    def memo(self, key: str, compute: Callable[[Document], Any]) -> Any:
        """`compute(self)`, computed once per scan under `key`: a recognizer's per-text fact that every candidate asks
        about (the barcodes of a product list) costs one pass, not one per candidate."""
        if self._memo is None:
            self._memo = {}
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    @property
    def utf8(self) -> bytes:
        if self._utf8 is None:
            self._utf8 = self.text.encode("utf-8")
        return self._utf8

    def _may_match(self, prefilter: Re2Prefilter, pattern: Re2Pattern) -> bool:
        if self._matching is None:
            self._matching = prefilter.matching(self.utf8)
        return prefilter.may_match(pattern, self._matching)

    def runs(self) -> list[tuple[int, int]]:
        """(start, end) of every digit run (digits joined by short separators), in text order."""
        if self._runs is None:
            self._runs = digit_runs(self.text) if self.has_digit else []
        return self._runs

    def candidates(self, lengths: Iterable[int]) -> list[Candidate]:
        if self._by_length is None:
            self._by_length = {}
            found = find_candidates(self.text, self.lengths, self.shapes, self.prefixes, self.runs())
            if "-" in self.text:
                found = _outside_uuids(self.text, found)
            for cand in found:
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
            self._hits = index.hits(self.text, self.lower)
        return self._hits

    def signal(
        self, start: int, end: int, ctx: Context, before: int = CONTEXT_BEFORE, after: int = CONTEXT_AFTER
    ) -> int:
        """+1 when positive context is nearest, -1 when negative is, 0 when neither is near.

        Before the candidate (`before` characters, CONTEXT_BEFORE unless narrowed) the nearest keyword wins; then
        after it (`after`, CONTEXT_AFTER), the first; then, in a table row, the header line.
        """
        if self.keywords is None:
            return self._signal_slow(start, end, ctx, before, after)
        starts, ends, words = self._keyword_hits()
        lo = start - before
        i = bisect.bisect_right(ends, start) - 1
        while i >= 0 and ends[i] > lo:
            if starts[i] >= lo:
                if words[i] in ctx.positive_set:
                    return 1
                if words[i] in ctx.negative_set:
                    qualified = words[i] in QUALIFIED_NEGATIVES and i > 0 and starts[i] - ends[i - 1] <= 1
                    return 1 if qualified and words[i - 1] in ctx.positive_set else -1
            i -= 1
        hi = end + after
        i = bisect.bisect_right(ends, end)
        while i < len(ends) and ends[i] <= hi:
            if starts[i] >= end:
                if words[i] in ctx.negative_set:
                    return -1
                if words[i] in ctx.positive_set:
                    return 1
            i += 1
        return self._header_signal(start, ctx)

    def proven_signal(self, start: int, end: int, ctx: Context, proven: bool) -> int:
        """`signal`, except that a number a check digit proves, under a harmless label (-1) with a positive word after
        it, reads as positive: `송장번호 4111111111111111 (사실 이건 카드번호)` says what the number is after all."""
        signal = self.signal(start, end, ctx)
        if proven and signal < 0 and self.positive_after(end, ctx):
            return 1
        return signal

    def positive_after(self, end: int, ctx: Context, after: int = CONTEXT_AFTER) -> bool:
        """A positive keyword within `after` characters after the candidate, whatever stands before it: `송장번호
        4111111111111111 (사실 이건 카드번호)` says what the number is after a label that says otherwise."""
        if self.keywords is None:
            window = self.text[end : end + after].lower()
            return any(w in window for w in ctx.positive)
        starts, ends, words = self._keyword_hits()
        i = bisect.bisect_right(ends, end)
        while i < len(ends) and ends[i] <= end + after:
            if starts[i] >= end and words[i] in ctx.positive_set:
                return True
            i += 1
        return False

    def keyword_before(self, start: int, lo: int, words: Collection[str]) -> str | None:
        """The keyword of `words` nearest before `start` (ending at or before it, starting at or after `lo`), or None:
        what `signal` reads before a candidate, over a reach the caller bounds (a list's heading, its lines)."""
        if self.keywords is None:
            window = self.lower[lo:start]
            found = [(window.rfind(w) + len(w), w) for w in words if w in window]
            return max(found)[1] if found else None
        starts, ends, hits = self._keyword_hits()
        i = bisect.bisect_right(ends, start) - 1
        while i >= 0 and ends[i] > lo:
            if starts[i] >= lo and hits[i] in words:
                return hits[i]
            i -= 1
        return None

    def _header_signal(self, start: int, ctx: Context) -> int:
        lo = max(0, start - MAX_ROW)
        line_start = self.text.rfind("\n", lo, start) + 1
        if line_start == 0:
            return self._sql_signal(start, ctx)
        head = self.header() or self._header_above(line_start)  # memoised per row: most candidates stop here
        if head and any(w in head for w in ctx.positive) and any(d in self.text[line_start:start] for d in _DELIMITERS):
            return 1
        return self._sql_signal(start, ctx)

    def _sql_signal(self, start: int, ctx: Context) -> int:
        """In the values of an SQL INSERT, the column's name, then the table's, is the label: `INSERT INTO
        nhis_dependent (insured_card_no, ...) VALUES ('28484477112', ...)` (eleventh held-out set)."""
        inserts: list[tuple[int, str, list[str]]] = self.memo("sql_inserts", _sql_inserts)
        i = bisect.bisect_right(inserts, start, key=lambda t: t[0]) - 1
        if i < 0:
            return 0
        values, table, columns = inserts[i]
        text = self.text
        opening = text.rfind("(", max(values, start - MAX_ROW), start)
        if opening < 0:
            return 0
        row = text[opening + 1 : start]
        if ")" in row:
            return 0
        column = len(split_outside_quotes(row, ",", "'")) - 1  # SQL's strings are in single quotes
        if column >= len(columns):
            return 0
        name = columns[column]
        if any(w in name for w in ctx.negative):
            return -1
        return 1 if any(w in name or w in table for w in ctx.positive) else 0

    def _header_above(self, line_start: int) -> str:
        """The header of the table a row (starting at `line_start`) belongs to when it is not the text's first line
        (`아래 명단 엑셀로 변환해주세요\n성명,주민등록번호,은행,계좌번호\n...`), lower-cased: table_header_above with
        any header."""
        return table_header_above(self, line_start, "header_above", looks_like_header, str.lower)

    def _signal_slow(self, start: int, end: int, ctx: Context, reach_before: int, reach_after: int) -> int:
        """Substring search in the windows, for documents built without a keyword index (tests, tools)."""
        before = self.text[max(0, start - reach_before) : start].lower()
        pos = max((before.rfind(w) + len(w) for w in ctx.positive if w in before), default=-1)
        neg = max((before.rfind(w) + len(w) for w in ctx.negative if w in before), default=-1)
        if pos >= 0 or neg >= 0:
            if neg > pos >= 0 and any(
                before.endswith(w, 0, neg) and neg - len(w) - pos <= 1 for w in QUALIFIED_NEGATIVES
            ):
                return 1  # 건보 관리번호: the positive word says whose management number
            return 1 if pos >= neg else -1
        after = self.text[end : end + reach_after].lower()
        pos = min((after.find(w) for w in ctx.positive if w in after), default=-1)
        neg = min((after.find(w) for w in ctx.negative if w in after), default=-1)
        if neg >= 0 and (pos < 0 or neg < pos):
            return -1
        if pos >= 0:
            return 1
        return self._header_signal(start, ctx)


class Re2Pattern(Protocol):
    """The part of a compiled `re2` pattern the engine uses (re2 ships no type information)."""

    @property
    def groups(self) -> int: ...

    @property
    def pattern(self) -> str: ...

    def finditer(self, text: bytes) -> Iterator[Any]: ...


def _re2_spans(pattern: Re2Pattern, data: bytes) -> Iterator[tuple[tuple[int, int], ...]]:
    """Byte spans of every match (group 0 first). google-re2's Python wrapper spends more per match than the
    match itself costs (a generator, a match object, a call per group), so when the compiled RE2 object is
    reachable (google-re2 1.1, pinned in requirements.lock) it is called directly; otherwise the wrapper is used."""
    raw = getattr(pattern, "_regexp", None)
    if raw is None or _UNANCHORED is None:
        groups = range(pattern.groups + 1)
        for m in pattern.finditer(data):
            yield tuple([m.span(g) for g in groups])
        return
    n = len(data)
    pos = 0
    while pos <= n:
        spans = raw.Match(_UNANCHORED, data, pos, n)
        start, end = spans[0]
        if start < 0:
            return
        yield tuple(spans)
        if end > start:
            pos = end
            continue
        pos = end + 1  # an empty match: step over one character (its continuation bytes too)
        while pos < n and data[pos] & 0xC0 == 0x80:
            pos += 1


def _unanchored() -> Any:
    try:
        import re2

        return re2._Anchor.UNANCHORED
    except (ImportError, AttributeError):
        return None


_UNANCHORED = _unanchored()


_SearchSet = tuple[Any, int, dict[int, int], frozenset[int]]


class Re2Prefilter:
    """Which of the engine's re2 patterns match anywhere in a text, in RE2::Set passes (one DFA each).

    A recognizer's pattern that matches nowhere is then not run at all: ordinary prose costs a pass or a few instead
    of one per pattern. One set of all the patterns reads a short text fastest, but its DFA tracks every pattern's
    partial matches at once, and on long text that keeps many of them alive (base64, hex dumps, application logs) its
    states multiplied until a megabyte of base64 took 2 s and of logs 0.1-1.5 s. A text longer than PREFILTER_SMALL
    bytes is read instead by PREFILTER_GROUPS smaller sets, the patterns dealt round-robin among them: 0.16 s and
    0.01 s for the same megabytes; on ordinary text the six passes cost about 3.5 times the one (1.3 ms against 0.37 ms
    on 100 KB, a few percent of a scan; bench/scan_benchmark.py's log and base64 megabytes). Fails closed per set:
    each also holds a pattern that matches every text (`\\z`); when a set's DFA gives up (RE2::Set has no slower
    fallback and reports nothing), that pattern is missing from its answer, and every pattern of that set is run.
    """

    def __init__(self, patterns: Iterable[Re2Pattern], groups: int = PREFILTER_GROUPS) -> None:
        unique: list[Re2Pattern] = []
        seen: set[int] = set()
        for pattern in patterns:
            if id(pattern) not in seen:
                seen.add(id(pattern))
                unique.append(pattern)
        self._keep = unique  # keeps ids valid for the index's lifetime
        count = max(1, min(groups, len(unique)))
        numbered = list(enumerate(unique))
        built = (_search_set(numbered[g::count], PREFILTER_MAX_MEM // 2 // count) for g in range(count))
        self._sets: list[_SearchSet] = [s for s in built if s is not None]
        indexed = {n for _, _, local, _ in self._sets for n in local.values()}
        self._index = {id(p): n for n, p in numbered if n in indexed}  # a pattern left out always runs
        whole = _search_set(numbered, PREFILTER_MAX_MEM // 2)
        self._whole = self._sets if whole is None else [whole]

    def matching(self, data: bytes) -> frozenset[int]:
        found: set[int] = set()
        for searchset, sentinel, local, everything in self._whole if len(data) <= PREFILTER_SMALL else self._sets:
            hits = searchset.Match(data) or ()
            if sentinel in hits:
                found.update(local[i] for i in hits if i != sentinel)
            else:
                found.update(everything)  # this set's DFA gave up: run all of its patterns
        return frozenset(found)

    def may_match(self, pattern: Re2Pattern, matching: frozenset[int]) -> bool:
        index = self._index.get(id(pattern))
        return index is None or index in matching


def _search_set(members: list[tuple[int, Re2Pattern]], max_mem: int) -> _SearchSet | None:
    """(RE2::Set, its sentinel's index, set index -> pattern number, every pattern number) for `members`; None when
    the set does not compile within `max_mem` (a pattern grew too big for it: its patterns are then not indexed and
    always run, rather than the engine failing to start)."""
    import re2

    options = re2.Options()
    options.max_mem = max_mem
    searchset = re2.Set.SearchSet(options)
    local = {searchset.Add(pattern.pattern): number for number, pattern in members}
    sentinel = searchset.Add(r"\z")
    try:
        searchset.Compile()
    except re2.error:
        return None
    return searchset, sentinel, local, frozenset(local.values())


class Span:
    """A match of an re2 pattern in character offsets: the subset of `re.Match` recognizers use."""

    __slots__ = ("_regs", "_text")

    def __init__(self, text: str, regs: tuple[tuple[int, int], ...]) -> None:
        self._text = text
        self._regs = regs

    def start(self, group: int = 0) -> int:
        return self._regs[group][0]

    def end(self, group: int = 0) -> int:
        return self._regs[group][1]

    def span(self, group: int = 0) -> tuple[int, int]:
        return self._regs[group]

    def group(self, group: int = 0) -> str:
        s, e = self._regs[group]
        return self._text[s:e] if s >= 0 else ""


# Bounded pieces after a literal keyword: linear.
_SQL_INSERT = re.compile(r"insert\s+into\s+([\w.\"`\[\]]{1,100})\s*\(([^()]{1,1000})\)\s*values\b")


def _sql_inserts(doc: Document) -> list[tuple[int, str, list[str]]]:
    """(where the values start, table name, column names) of each SQL INSERT with a column list, lower-cased, with
    underscores read as spaces (`insured_card_no` is `insured card no`)."""
    if "insert" not in doc.lower:
        return []
    out = []
    for m in _SQL_INSERT.finditer(doc.lower):
        table = m.group(1).replace("_", " ")
        columns = [c.strip(" \t\r\n\"`[]").replace("_", " ") for c in m.group(2).split(",")]
        out.append((m.end(), table, columns))
    return out


def split_outside_quotes(row: str, delimiter: str, quote: str) -> list[str]:
    """`row` split at `delimiter` where it stands outside `quote`d strings, each piece kept with its quotes (their
    lengths add up to the row's with the delimiters). A doubled quote inside a string (SQL's '', CSV's "") toggles
    twice and changes nothing."""
    cells: list[str] = []
    start, quoted = 0, False
    for i, c in enumerate(row):
        if c == quote:
            quoted = not quoted
        elif c == delimiter and not quoted:
            cells.append(row[start:i])
            start = i + 1
    cells.append(row[start:])
    return cells


def line_bounds(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The line around [start, end), cut to `reach` characters either side: a test that reads the line of every
    candidate stays linear however long the line (red-team #8: 200,000 markings on one line took 140 s when each
    test read the whole line)."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    left, right = text.rfind("\n", lo, start), text.find("\n", end, hi)
    return (left + 1 if left >= 0 else lo), (right if right >= 0 else hi)


def table_header_above(
    doc: Document,
    line_start: int,
    memo: str,
    is_header: Callable[[str], bool],
    keep: Callable[[str], str] = str,
    rows: int = MAX_HEADER_ROWS,
    reach: int = MAX_ROW,
) -> str:
    """The nearest line above the row at `line_start` that `is_header` accepts (as `keep` makes it), every line
    between holding a delimiter or drawing the table's rules (`is_rule_line`: psql's `----+----`, MySQL's borders);
    empty when another line comes first or after `rows` lines. The answer is kept, under `memo`, for the row and
    every row the walk passed (they share its table), so a text's lines are each read once however many candidates
    ask."""
    known: dict[int, str] = doc.memo(memo, lambda _: {})
    if line_start in known:
        return known[line_start]
    text = doc.text
    found, end = "", line_start - 1
    walked = [line_start]
    for _ in range(rows):
        if end <= 0:
            break
        start = text.rfind("\n", max(0, end - reach), end) + 1
        if start in known:
            found = known[start]
            break
        line = text[start:end]
        if is_header(line) and not is_rule_line(line):  # Markdown's |---|---| under the header is no header
            found = keep(line)
            break
        if not any(d in line for d in _DELIMITERS) and not is_rule_line(line):
            break
        walked.append(start)
        end = start - 1
    known.update(dict.fromkeys(walked, found))
    return found


# What a table's rule line is drawn with: dashes, colons, pluses, pipes and box characters (├──┼──┤, ╞══╪══╡).
RULE_CHARS = frozenset("-=+:| \t─━═│┃║┆┼╋╬╪├┤┣┫╠╣╞╡┌┐└┘┏┓┗┛╔╗╚╝┬┴┳┻╦╩")
_RULE_MARKS = frozenset("+|│┃║┆┼╋╬╪├┤┣┫╠╣╞╡┌┐└┘┏┓┗┛╔╗╚╝┬┴┳┻╦╩")  # where a rule marks a column or a corner
_RULE_STROKES = ("-", "=", "─", "━", "═")


def is_rule_line(line: str) -> bool:
    """A line that only draws a table's rules, its columns marked: psql's `----+----` under its header, MySQL's
    `+----+----+` borders, Markdown's `|---|:---|`. It separates a header from its rows and stands between rows; it
    is no row of its own; so are the box-drawn rules of terminal tables (`╞════╪════╡`, `├──┼──┤`). A plain `---` is a
    break in the text, not a table's rule."""
    marked = any(c in _RULE_MARKS for c in line)
    return marked and sum(map(line.count, _RULE_STROKES)) >= 3 and all(c in RULE_CHARS for c in line)


def column_header(doc: Document, start: int, end: int) -> str | None:
    """The header cell, lower-cased, of the column the value at [start, end) stands in: None when it stands in no
    table row under a header (the text's first line, or one found above its row), empty when the header has no such
    column. The header of a table labels every row of its column and no other column (`Timestamp,Name,Phone`)."""
    text = doc.text
    line_start = text.rfind("\n", max(0, start - MAX_ROW), start) + 1
    line_end = text.find("\n", end, end + MAX_ROW)
    row = _QUOTED_CELL.sub("", text[line_start:start])
    rest = _QUOTED_CELL.sub("", text[end : line_end if line_end >= 0 else end + MAX_ROW])
    delimiter = next((d for d in _DELIMITERS if d in row or d in rest), None)
    if line_start == 0 or delimiter is None:
        return None
    header = doc.header() or doc._header_above(line_start)
    if delimiter not in header:
        return None
    cells = header.split(delimiter)
    column = row.count(delimiter)
    return cells[column] if column < len(cells) else ""


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


# Negative words so general that a positive word written right before them says what they number (건보 관리번호,
# 건강보험 관리번호: the insurance's own number; 관리번호 alone: a file's or a case's).
QUALIFIED_NEGATIVES = frozenset(("관리번호",))


def adjust(base: float, signal: int, with_context: float, floor_negative: float = 0.3) -> float:
    """Context moves a score: positive lifts it to at least `with_context`, negative caps it."""
    if signal > 0:
        return max(base, with_context)
    if signal < 0:
        return min(base * 0.5, floor_negative)
    return base


# A number a check digit proves, under a label that calls it something harmless (송장번호, order id): in the type's own
# layout (850315-1234566, 4532-0151-1283-0366) the layout settles it; written as one plain run it still blocks, at
# a lower score. Random 13-digit order numbers pass an RRN's date, gender and check digit about once in 700, random
# 16-digit ones a card's issuer range and Luhn about once in 35; a label is the cheapest disguise (red-team #6).
SCORE_PROVEN_MISLABELLED = {Layout.GROUPED: 0.8, Layout.PLAIN: 0.6, Layout.SPREAD: 0.6}


# A UUID (8-4-4-4-12 hexadecimal digits): a trace, request or object id, whose all-digit groups can pass as a card's
# (`94365222-8086-4396-a500-…` holds a Luhn-valid 16 digits: twenty-sixth held-out set). Nothing personal is written
# so. re2, one linear pass; the characters either side are checked after (a longer hex-and-dash run is no UUID).
UUID = re2.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_HEX_OR_DASH = frozenset("0123456789abcdefABCDEF-")


def _outside_uuids(text: str, found: list[Candidate]) -> list[Candidate]:
    """`found` without the candidates that lie inside a UUID."""
    spans = [
        (m.start(), m.end())
        for m in UUID.finditer(text)
        if (m.start() == 0 or text[m.start() - 1] not in _HEX_OR_DASH)
        and (m.end() == len(text) or text[m.end()] not in _HEX_OR_DASH)
    ]
    if not spans:
        return found
    starts = [s for s, _ in spans]

    def inside(cand: Candidate) -> bool:
        i = bisect.bisect_right(starts, cand.start) - 1
        return i >= 0 and cand.end <= spans[i][1]

    return [c for c in found if not inside(c)]


def is_embedded_in_token(cand: Candidate, proven: bool = False) -> bool:
    """True when digits touch a Latin letter: part of an identifier, hash or model code (a1b2c3, v20240101). Not
    when a checksum proves the number (`proven`: x850315-1234566, cc4111111111111111 are the data with a letter
    stuck on), and never for digits after an underscore (rrn_8503151234566: a snake_case name ends before it)."""
    return cand.embedded and not proven


def said_to_be_a_sample(doc: Document, start: int, end: int) -> bool:
    """digits.sample_said for doc.text[start:end], with the text's sample words found once per scan (memoised), so
    every recognizer that asks shares one pass."""
    cues: list[int] = doc.memo("sample_cues", lambda d: sample_cues(d.text))
    return sample_said(cues, doc.text, start, end)
