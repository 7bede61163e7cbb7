"""The scanning engine: text in, findings out. No I/O, no network, nothing from gateway/.

scan = normalise (with offset map) -> recognizers on the normalised text -> decode encoded segments and rescan
them (bounded depth and size) -> resolve overlaps -> map spans back to the caller's text -> when markup splits a
value, the same for the text without that markup (detectors/markup.py), adding what only that view finds.

Invariant: findings carry spans into the caller's text and never the matched values. The engine keeps no
per-call state on itself (everything a scan needs lives in a `Document` built for that call), so one Engine
serves many threads. Importing this module, or building an Engine, loads no NLP library unless
`EngineSettings.spacy_models` names one.
"""

from __future__ import annotations

import bisect
import importlib
import importlib.util
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import accumulate
from pathlib import Path
from typing import Any

import re2

from detectors.base import CONTEXT_BEFORE, Document, KeywordIndex, Re2Pattern, Re2Prefilter, Recognizer
from detectors.chat_join import chat_view
from detectors.decode import (
    B64_RUN,
    B64_SHORT,
    CHR_CHAIN,
    CODE_LIST,
    DEC_LIST,
    DECODE_DEPTH,
    HEX_DUMP,
    MAX_DECODED_TOTAL,
    NAMED_ESCAPES,
    Segment,
    find_encoded,
)
from detectors.digits import shape_prefixes
from detectors.markup import markup_view
from detectors.masked import completed_masks
from detectors.normalize import Normalized, edited, normalize
from detectors.recognizers.email_address import SCORE as EMAIL_SCORE
from detectors.recognizers.email_address import SCORE_PLACEHOLDER as EMAIL_PLACEHOLDER
from detectors.recognizers.person import korean_name_ok, labelled_name
from detectors.registry import RECOGNIZERS, context_words
from detectors.spaced import spaced_view
from detectors.types import Deadline, Entity, Finding, ScanIncomplete

__all__ = ["Engine", "EngineSettings"]

DECODED_BONUS = 0.05  # hiding data in an encoding is itself a signal
# A segment that decodes to one Hangul word shaped like a name (person.labelled_name), with no other reading.
SCORE_ENCODED_NAME = 0.6
_HANGUL_WORD = re2.compile("[가-힣]{3,4}")
# Two syllables (이훈) count when escapes spell them one by one (b'\xec\x9d\xb4...', U+C774 U+D6C8, %EC%9D%B4...),
# such a reading being exact where a base64 or bare hex run of eight characters decodes to two syllables by chance,
# and a word for a name stands near (이 바이트가 누구 이름인지: twenty-seventh held-out set): a word of two syllables
# shaped like a name is as often a word (b'\xec\x95\x88\xeb\x85\x95' is 안녕).
_HANGUL_PAIR = re2.compile("[가-힣]{2}")
_ESCAPE_MARKS = ("\\x", "U+", "%", "&#", "\\u")
_NAME_WORD = re2.compile(r"이름|성명|성함|누구|(?i:\bname)")
NAME_WORD_REACH = 100
# A name typed a letter at a time (ㄱㅘㄱㅎㅕㄴㅈㅜ: normalisation composes it into 곽현주) was written so on purpose or
# by a keyboard that failed, and either way the text around it is no name's usual frame: a weak reading of it as a
# name is raised to a field's score. Only runs of MIN_TYPED_JAMO jamo or more (a syllable is two or three).
SCORE_TYPED_NAME = 0.6
MIN_TYPED_JAMO = 5
MAX_PIECE = 32  # decoded characters of a segment that may be part of a value split over several
MAX_PIECES = 64
# Pieces of one value stand near each other: the split-halves reading itself joins halves at most 400 characters
# apart (detectors/split_halves.FAR_CHARS), and the words that name them stand within 80 (WORD_BEFORE).
PIECE_GAP = 1024
PIECE_MARGIN = 1024
# Text after an encoded segment, up to its line's end, read with what it decodes to (a title or particle after a name).
DECODED_CONTEXT_AFTER = 48
# A regular expression's own syntax inside a value's span (01[016789]-\d{3,4}-\d{4}, ^\d{6}-[1-4]\d{6}$): the
# pattern a developer asks about, which describes numbers and holds none (seventh and eighth held-out sets).
# (A brace counts after a class or group only: `\u{38}\u{35}…` is an escape of digits, red-team #6.)
_REGEX_SYNTAX = re2.compile(r"\\[dDwWsS]|[\])]\{[0-9]+(?:,[0-9]*)?\}|\[[0-9]-[0-9]\]")
# A value written backwards says so (`6654321-513058 (거꾸로)`, `reversed: rk.aerok@usnim`): with such a word in the
# text, every line is also read backwards (red-team #6), for the types whose reversed form is still their own.
# re2: Python's engine tried every alternative at every character (33 ms a megabyte, a tenth of a scan).
_REVERSAL_CUE = re2.compile(
    "\u202e|\u2067"  # a right-to-left override or isolate shows the characters typed backwards in reading order
    r"|거꾸로|역순|반대로|뒤집|뒤에서부터|역방향|(?i:reversed|backwards|in reverse|reverse order|right to left)"
)
REVERSIBLE = frozenset(
    {
        Entity.KR_RRN,
        Entity.KR_ALIEN_REG,
        Entity.KR_PASSPORT,
        Entity.KR_DRIVER_LICENSE,
        Entity.KR_HEALTH_INSURANCE,
        Entity.KR_BRN,
        Entity.KR_CRN,
        Entity.CREDIT_CARD,
        Entity.BANK_ACCOUNT,
        Entity.PHONE_NUMBER,
        Entity.EMAIL_ADDRESS,
        Entity.IP_ADDRESS,
        Entity.CLASSIFICATION_MARKING,
    }
)


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """How the engine is built.

    spacy_models: installed official pipelines (ko_core_news_*, en_core_web_*) to add PERSON/LOCATION from,
      by package name or by the path of a pipeline directory; used only when importable (or the directory
      holds a spaCy config); none by default, and none is ever downloaded.
    max_decode_depth: how many layers of base64/hex/percent-encoding are unwrapped and rescanned; a text that
      still holds an encoded segment at that depth is refused (ScanIncomplete), not passed half-read.
    min_score: findings below this are dropped (the policy thresholds are higher).
    """

    spacy_models: tuple[str, ...] = ()
    max_decode_depth: int = DECODE_DEPTH
    min_score: float = 0.3


@dataclass(slots=True)
class _Budget:
    deadline: Deadline | None
    decoded: int = 0

    def check(self) -> None:
        if self.deadline is not None:
            self.deadline.check()


class Engine:
    """Build once (at start), then call `scan` from any thread: it keeps no per-call state."""

    def __init__(self, settings: EngineSettings | None = None) -> None:
        self.settings = settings or EngineSettings()
        self._recognizers: tuple[Recognizer, ...] = tuple(cls() for cls in RECOGNIZERS)
        lengths: set[int] = set()
        shapes: set[tuple[int, ...]] = set()
        for cls in RECOGNIZERS:
            module = importlib.import_module(cls.__module__)
            lengths.update(getattr(module, "LENGTHS", ()))
            shapes.update(getattr(module, "SHAPES", ()))
        self._lengths = frozenset(lengths)
        self._shapes = frozenset(shapes)
        self._prefixes = shape_prefixes(self._shapes)
        # B64_CHAIN stays out of the prefilter and always runs, as the counted pattern it replaced did (whose `{4,76}`
        # per word made the set's DFA build states for every chunk length at once, 4 s a megabyte of base64).
        encoded = (B64_RUN, B64_SHORT, DEC_LIST, HEX_DUMP, CHR_CHAIN, CODE_LIST, NAMED_ESCAPES)
        self._prefilter = Re2Prefilter([*_re2_patterns(RECOGNIZERS), *encoded])
        self._keywords = KeywordIndex(context_words())
        self._nlp = tuple(_load_spacy(name) for name in self.settings.spacy_models if _installed(name))

    def names_context(self, text: str) -> bool:
        """`text` holds a word some recognizer reads as context (`계좌번호`, `passport`): the scan's own keyword
        index, so a caller that asks (a table header in another text, gateway/table_headers.py) builds no second."""
        return bool(self._keywords.hits(text)[0])

    def scan(self, text: str, deadline: Deadline | None = None) -> tuple[Finding, ...]:
        """Findings in `text`, sorted by position. Raises ScanIncomplete when the text cannot be scanned whole:
        more encoded text than one scan decodes, encodings nested deeper than `max_decode_depth` unwraps, or
        `deadline` (checked between stages) passed. The caller must then treat the text as unscanned."""
        budget = _Budget(deadline)
        findings = self._scan(text, 0, budget)
        if _REVERSAL_CUE.search(text) is not None:
            # the backwards reading gets a decoding budget of its own: the text's encoded segments were counted once
            findings = self._with_reversed_lines(text, _Budget(deadline), findings)
        if ("\\" in text or "{" in text or "[" in text) and findings and _REGEX_SYNTAX.search(text) is not None:
            # the span's own slice: re2 given pos/endpos would encode the whole text again for every finding. The
            # pattern has no anchors, so a slice holds a match only if the whole text does: one pass rules most out.
            # Each of its three forms holds a backslash, a brace or a bracket: the cheap test above rules out the rest
            findings = [f for f in findings if _REGEX_SYNTAX.search(text[f.start : f.end]) is None]
        findings.sort(key=lambda f: (f.start, -f.end))
        return tuple(findings)

    def _with_reversed_lines(self, text: str, budget: _Budget, found: list[Finding]) -> list[Finding]:
        """`found` with what the text read backwards, line by line, adds of the REVERSIBLE types: a reversed line is as
        long as the line, so a span in it maps back by mirroring within its line."""
        lines = text.split("\n")
        starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
        view = "\n".join(line[::-1] for line in lines)
        extra = []
        for f in self._scan(view, 0, budget):
            if f.entity not in REVERSIBLE:
                continue
            i = bisect_right(starts, f.start) - 1
            a, b = starts[i], starts[i + 1] - 1  # the line's start and end
            if f.end > b:
                continue  # across a line break: no single reversed line holds it
            extra.append(replace(f, start=a + b - f.end, end=a + b - f.start))
        return _merged(found, extra)

    def _scan(self, text: str, depth: int, budget: _Budget, *, view: bool = False) -> list[Finding]:
        """Findings in `text` at decoding depth `depth`. `view`: `text` is a view of another text (markup or spaced
        syllables taken out, see _with_view), scanned for what they hid; its encoded segments were decoded with that
        text."""
        norm = normalize(text)
        doc = Document(norm.text, self._lengths, self._shapes, self._keywords, self._prefixes, self._prefilter)
        found: list[Finding] = []
        for rec in self._recognizers:
            budget.check()
            found.extend(f for f in rec.find(doc) if f.score >= self.settings.min_score)
        for nlp in self._nlp:
            found.extend(_spacy_findings(nlp, norm.text))
        budget.check()
        decoded, segments = ([], []) if view else self._decoded(doc, depth, budget)
        kept = _resolve_overlaps(found + decoded)
        if decoded:
            # A decoded segment's span covers the whole encoded run; a value found directly next to it (an
            # e-mail with `%40` before `&rrn=%30%30...`) stays reported beside it, as each decoded type does.
            kept.extend(_hidden_by_overlap(decoded, kept))
            kept.extend(_hidden_by_overlap(_resolve_overlaps(found), kept))
        pieces = [g for g in segments if len(g.decoded) <= MAX_PIECE] if len(segments) > 1 else []
        if 1 < len(pieces) <= MAX_PIECES:
            # each half of a value encoded on its own (`ODUwMzE1 LTEyMzQ1NjY=`): the text around pieces near each
            # other, with every short segment replaced by what it decodes to, is scanned too (red-team #6); hostile
            # text full of segments is not
            joined = []
            for lo, hi, group in _piece_windows(pieces, len(norm.text)):
                window = edited(norm.text[lo:hi], [(g.start - lo, g.end - lo, g.decoded) for g in group])
                for f in _mapped(self._scan(window.text, depth + 1, budget, view=True), window):
                    joined.append(replace(f, start=f.start + lo, end=f.end + lo))
            kept.extend(_hidden_by_overlap(joined, kept))
        # no edits: spans as they are
        if norm.edits:
            kept = _disguised_placeholders(kept, norm)
        out = _hidden_names(text, kept if not norm.edits else _typed_in_jamo(text, _mapped(kept, norm)))
        if not view:
            # the views are taken of the normalised text, so a disguise under the markup (a zero-width space between
            # tagged digits) is undone before the markup is taken out
            out = self._with_view(markup_view(norm.text), depth, budget, out, norm)
            out = self._with_view(spaced_view(norm.text), depth, budget, out, norm)
            out = self._with_view(chat_view(norm.text), depth, budget, out, norm)
        return out

    def _with_view(
        self, view: Normalized | None, depth: int, budget: _Budget, found: list[Finding], norm: Normalized
    ) -> list[Finding]:
        """`found` with what another view of the same text adds: the markup view (values split by HTML tags or
        Markdown emphasis, `<b>850315</b>-...`, detectors/markup.py) or the spaced-syllable view (names and addresses
        written one syllable at a time, `백-선-우`, OCR's `변 성 구`, detectors/spaced.py). A view finding is added
        where the text gave none of its type, and replaces the text's own findings of its type that it overlaps when
        it scores higher (`<mark>엄</mark>정호` reads as a weak `정호` in the text and as `엄정호` in the view). The
        view was taken of `norm`'s text: its findings map back through the view, then through `norm`."""
        if view is None:
            return found
        extra = _mapped(self._scan(view.text, depth, budget, view=True), view)
        return _merged(found, _mapped(extra, norm) if norm.edits else extra)

    def _decoded(self, doc: Document, depth: int, budget: _Budget) -> tuple[list[Finding], list[Segment]]:
        """Rescan decoded segments, with the text around each segment as context (계좌 <base64>). Text that
        still decodes at the deepest level, or more decoded text than the budget, cannot be scanned: refused."""
        out: list[Finding] = []
        text = doc.text
        segments = find_encoded(text, doc) + completed_masks(text)
        if segments and depth >= self.settings.max_decode_depth:
            raise ScanIncomplete("encoded")
        if not segments:
            return out, segments
        by_start = sorted(segments, key=lambda g: g.start)
        starts = [g.start for g in by_start]
        reach = list(accumulate((g.end for g in by_start), max))  # the furthest end of the segments up to each
        for seg in segments:
            budget.decoded += len(seg.decoded)
            if budget.decoded > MAX_DECODED_TOTAL:
                raise ScanIncomplete("encoded")
            budget.check()
            # a space keeps a word or digit beside the segment apart from what it decodes to; a quote or bracket
            # stays next to it (b'<escaped name>' reads as the quoted value it is)
            prefix = text[max(0, seg.start - CONTEXT_BEFORE) : seg.start]
            prefix += " " if prefix[-1:].isalnum() else ""
            # and the rest of its line after it (`From: <encoded name> <hong@korea.kr>`, `<encoded name> 님`)
            # (up to the next encoded segment, and none inside a longer one: those are decoded in their own turn,
            # not again in this one's)
            i = bisect_left(starts, seg.end)
            covered = i > 0 and reach[i - 1] > seg.end
            following = starts[i] if i < len(starts) else len(text)
            after = seg.end if covered else min(seg.end + DECODED_CONTEXT_AFTER, following)
            suffix = text[seg.end : after].split("\n", 1)[0]
            suffix = (" " if suffix[:1].isalnum() else "") + suffix
            best: dict[Entity, Finding] = {}
            end = len(prefix) + len(seg.decoded)
            for f in self._scan(prefix + seg.decoded + suffix, depth + 1, budget):
                if f.start < len(prefix) or f.start >= end:
                    continue  # found in the context, not in the segment: the outer scan reports it
                if f.entity not in best or f.score > best[f.entity].score:
                    best[f.entity] = f
            word = seg.decoded.strip(" '\"")
            escaped = (
                _HANGUL_PAIR.fullmatch(word)
                and any(e in text[seg.start : seg.end] for e in _ESCAPE_MARKS)
                and _NAME_WORD.search(text[max(0, seg.start - NAME_WORD_REACH) : seg.end + NAME_WORD_REACH])
            )
            if Entity.PERSON not in best and (_HANGUL_WORD.fullmatch(word) or escaped) and labelled_name(word):
                # an exact encoding of one Hangul name and nothing else (b'\xec\x97\x84...', a hex or base64 value):
                # nobody encodes a lone word of a surname and two syllables but to hide it
                out.append(Finding(Entity.PERSON, seg.start, seg.end, SCORE_ENCODED_NAME, "PersonRecognizer", None))
            for f in best.values():
                score = min(1.0, f.score + DECODED_BONUS)
                out.append(replace(f, start=seg.start, end=seg.end, score=score))
        return out, segments


def _piece_windows(pieces: list[Segment], size: int) -> list[tuple[int, int, list[Segment]]]:
    """(start, end, pieces) of the stretches of text to rescan with short encoded pieces decoded in place: pieces
    within PIECE_GAP of each other form one stretch, widened by PIECE_MARGIN either side for the words and digits
    around them (a piece may be the encoded half of a number whose other half is plain). A log with a hex id every
    few lines used to have its whole megabyte scanned a second time; now each stretch is, at most MAX_PIECES of them."""
    out: list[tuple[int, int, list[Segment]]] = []
    group: list[Segment] = []
    end = 0  # the furthest end of the group's pieces
    for piece in sorted(pieces, key=lambda g: g.start):
        if group and piece.start - end > PIECE_GAP:
            out.append((max(0, group[0].start - PIECE_MARGIN), min(size, end + PIECE_MARGIN), group))
            group, end = [], 0
        group.append(piece)
        end = max(end, piece.end)
    if group:
        out.append((max(0, group[0].start - PIECE_MARGIN), min(size, end + PIECE_MARGIN), group))
    return out


def _merged(found: list[Finding], extra: list[Finding]) -> list[Finding]:
    """`found` with the findings of another view of the same text (`extra`, in the text's spans): one is added where
    the text gave none of its type, and replaces the text's own findings of its type that it overlaps when it scores
    higher than all of them."""
    if not extra:
        return found
    # a value the text proved as one type (a business number's check digit and label) is no other type the view
    # reads there (its tags taken out, 3850031248하나로카페 reads as an account at 하나 bank)
    proven = {(f.start, f.end): f.score for f in found if f.validated}
    if proven:
        extra = [v for v in extra if proven.get((v.start, v.end), 0.0) <= v.score]
    added = _hidden_by_overlap(extra, found)
    if len(added) == len(extra):
        return found + added
    index = _ByType(found)
    weaker: set[int] = set()
    kept = set(map(id, added))
    for v in extra:
        if id(v) in kept:
            continue
        overlapping = index.overlapping(v)
        if overlapping and all(_outranked(found[i], v) for i in overlapping):
            weaker.update(overlapping)
            added.append(v)
    return [f for i, f in enumerate(found) if i not in weaker] + added


def _outranked(f: Finding, by: Finding) -> bool:
    """`by` is the better reading of the same type: a higher score, or as high and longer (`최가윤` over `가윤`)."""
    return f.score < by.score or (f.score == by.score and by.end - by.start > f.end - f.start)


def _typed_in_jamo(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings`, a weak name written in loose compatibility jamo raised to SCORE_TYPED_NAME (see there)."""
    return [
        replace(f, score=SCORE_TYPED_NAME)
        if f.entity is Entity.PERSON
        and f.score < SCORE_TYPED_NAME
        and f.end - f.start >= MIN_TYPED_JAMO
        and all("\u3131" <= c <= "\u3163" for c in text[f.start : f.end])
        else f
        for f in findings
    ]


# A name's syllables kept apart by invisible characters (곽<ZWSP>도<ZWSP>윤, 김<SHY>민<SHY>수): someone hid the name
# from a search or a filter on purpose, which is evidence enough that it is one.
_INVISIBLE_BETWEEN = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
# (the words around are checked in Python, _stands_alone: a pattern that consumed them would skip every other name
# of a list written so)
_HIDDEN_NAME = re2.compile(f"[가-힣](?:[{_INVISIBLE_BETWEEN}]+[가-힣]){{2,3}}")
_INVISIBLE_IN_NAME = re2.compile(f"[{_INVISIBLE_BETWEEN}]")


# The same with one mark repeated between three syllables and no space (구.본.채, 김-서-윤, 박_지_호): spaced OCR output
# keeps spaces, an outline's 가. 나. 다. too; a mark right between every syllable is put there to hide a name.
_MARK = r"[.·\-/_*~+•]"
_MARKED_NAME = re2.compile(rf"[가-힣]{_MARK}[가-힣]{_MARK}[가-힣]")
_MARKS = ".·-/_*~+•"


def _stands_alone(text: str, start: int, end: int, around: str) -> bool:
    """No syllable and none of `around` right before text[start:end] or right after it."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return not any(c and ("가" <= c <= "힣" or c in around) for c in (before, after))


# And a name written down a column, one syllable a line and nothing else on those lines (탁\n서\n윤): a profile or a
# sign written so that a filter reading lines misses it.
_VERTICAL_NAME = re2.compile(r"(?m)^[ \t]*[가-힣][ \t]*\r?\n[ \t]*[가-힣][ \t]*\r?\n[ \t]*[가-힣][ \t]*\r?$")
_SEQUENCES = frozenset(("가나다", "나다라", "다라마", "라마바", "마바사", "갑을병", "을병정", "상중하", "대중소"))


def _one_syllable_line(text: str, pos: int) -> bool:
    """The line before the one starting at `pos` (or after the one ending at it) is one syllable too: a longer column
    (a slogan written downwards) is no name."""
    if pos < len(text) and text[pos] != "\n" and pos > 0 and text[pos - 1] != "\n":
        return False
    if pos > 0 and text[pos - 1] == "\n":  # a start: the line above
        above_end = pos - 1
        above = text[text.rfind("\n", 0, above_end) + 1 : above_end].strip()
        return len(above) == 1 and "가" <= above <= "힣"
    below_end = text.find("\n", pos + 1)
    below = text[pos + 1 : below_end if below_end >= 0 else len(text)].strip()
    return len(below) == 1 and "가" <= below <= "힣"


def _hidden_names(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` and a name written with invisible characters between all its syllables (see _HIDDEN_NAME), or one
    mark (_MARKED_NAME), at SCORE_TYPED_NAME, where no finding of a name covers it already, or a weaker one raised
    to it."""
    invisible = any(c in text for c in _INVISIBLE_BETWEEN)
    vertical = list(_VERTICAL_NAME.finditer(text)) if "\n" in text else []
    vertical = [m for m in vertical if not (_one_syllable_line(text, m.start()) or _one_syllable_line(text, m.end()))]
    marked = [
        m
        for m in _MARKED_NAME.finditer(text)
        if m.group()[1] == m.group()[3] and _stands_alone(text, m.start(), m.end(), _MARKS)
    ]
    if not invisible and not marked and not vertical:
        return findings
    out = list(findings)
    # the names found, by start: a type's findings are disjoint, so those a span overlaps lie just before its end
    people = sorted((f.start, i) for i, f in enumerate(out) if f.entity is Entity.PERSON)
    starts = [start for start, _ in people]
    spelled = [
        (m, _INVISIBLE_IN_NAME.sub("", m.group()))
        for m in (_HIDDEN_NAME.finditer(text) if invisible else ())
        if _stands_alone(text, m.start(), m.end(), _INVISIBLE_BETWEEN)
    ]
    columns = [(m, "".join(c for c in m.group() if "가" <= c <= "힣")) for m in vertical]
    for m, name in [*spelled, *((m, m.group()[::2]) for m in marked), *columns]:
        start, end = m.span()
        if name in _SEQUENCES or not korean_name_ok(name, min_len=3):
            continue
        k = bisect_left(starts, end) - 1
        same = []
        while k >= 0 and out[people[k][1]].end > start:
            same.append(people[k][1])
            k -= 1
        if not same:
            out.append(Finding(Entity.PERSON, start, end, SCORE_TYPED_NAME, "PersonRecognizer", None))
        for i in same:
            out[i] = replace(out[i], score=max(out[i].score, SCORE_TYPED_NAME))
    return out


def _disguised_placeholders(findings: list[Finding], norm: Normalized) -> list[Finding]:
    """`findings` (in `norm`'s text), a placeholder address that was written in disguise raised to an address's score:
    nobody disguises a placeholder (`jane.doe [at] example [dot] com` is someone's, `jane.doe@example.com` a form's)."""
    starts = norm.norm_starts
    out = []
    for f in findings:
        if f.entity is Entity.EMAIL_ADDRESS and f.score == EMAIL_PLACEHOLDER:
            i = bisect_left(starts, f.start)
            inside = (i < len(starts) and starts[i] < f.end) or (i > 0 and norm.edits[i - 1][3] > f.start)
            if inside:
                f = replace(f, score=EMAIL_SCORE)
        out.append(f)
    return out


def _mapped(findings: list[Finding], norm: Normalized) -> list[Finding]:
    """Findings in a normalised text, moved to the spans of the text it came from."""
    out = []
    for f in findings:
        start, end = norm.span(f.start, f.end)
        out.append(Finding(f.entity, start, end, f.score, f.recognizer, f.validated))
    return out


class _ByType:
    """Findings indexed per type by start. Each type's findings are disjoint, so sorted by start they are sorted by end
    too: those overlapping a span are contiguous after one binary search, whatever the number of findings."""

    def __init__(self, findings: list[Finding]) -> None:
        self._lists: dict[Entity, tuple[list[int], list[int], list[int]]] = {}
        for i in sorted(range(len(findings)), key=lambda i: findings[i].start):
            starts, ends, idx = self._lists.setdefault(findings[i].entity, ([], [], []))
            starts.append(findings[i].start)
            ends.append(findings[i].end)
            idx.append(i)

    def _first(self, f: Finding) -> tuple[int, list[int], list[int]]:
        starts, ends, idx = self._lists.get(f.entity, _NO_FINDINGS)
        return bisect_right(ends, f.start), starts, idx  # the first of f's type that ends after f starts

    def overlaps(self, f: Finding) -> bool:
        k, starts, _ = self._first(f)
        return k < len(starts) and starts[k] < f.end

    def overlapping(self, f: Finding) -> list[int]:
        """Positions, in the list the index was built from, of the findings of f's type that overlap it."""
        k, starts, idx = self._first(f)
        out = []
        while k < len(starts) and starts[k] < f.end:
            out.append(idx[k])
            k += 1
        return out


_NO_FINDINGS: tuple[list[int], list[int], list[int]] = ([], [], [])


def _hidden_by_overlap(decoded: list[Finding], kept: list[Finding]) -> list[Finding]:
    """Decoded findings whose type overlap resolution dropped. Everything found in one encoded segment is
    reported on the whole segment's span, so resolution keeps only one type per segment; an RRN after an e-mail
    in one base64 or percent-encoded blob would vanish behind the e-mail. Each type found stays reported
    (masking merges overlapping spans). `kept` is disjoint, so per type its ends rise with its starts and one
    binary search per decoded finding tells whether a kept finding of its type overlaps it: linear-logarithmic
    however many segments and findings hostile text holds."""
    if not decoded:
        return []
    index = _ByType(kept)
    out: list[Finding] = []
    added: set[tuple[int, int, Entity]] = set()
    for f in decoded:
        if index.overlaps(f):
            continue
        if (f.start, f.end, f.entity) not in added:
            added.add((f.start, f.end, f.entity))
            out.append(f)
    return out


def _resolve_overlaps(found: list[Finding]) -> list[Finding]:
    """Keep the best of overlapping findings: higher score, then longer, then earlier recognizer.

    A sweep by start splits the findings into clusters of (transitively) overlapping spans; only clusters
    of two or more need the greedy choice, so the usual case costs one sort.
    """
    order = sorted(range(len(found)), key=lambda i: (found[i].start, -found[i].end))
    kept: list[Finding] = []
    cluster: list[int] = []
    cluster_end = -1
    for i in order:
        f = found[i]
        if cluster and f.start >= cluster_end:
            kept.extend(_best_disjoint(found, cluster))
            cluster = []
        cluster.append(i)
        cluster_end = max(cluster_end, f.end) if len(cluster) > 1 else f.end
    if cluster:
        kept.extend(_best_disjoint(found, cluster))
    return kept


def _best_disjoint(found: list[Finding], cluster: list[int]) -> list[Finding]:
    """The greedy choice in one cluster, best first. What is kept is disjoint, so sorted by start it is sorted by
    end too, and whether a finding overlaps it takes two binary searches (a cluster of thousands of overlapping
    candidates, as `1234-1234-1234-...` makes, was quadratic when each was compared with everything kept)."""
    if len(cluster) == 1:
        return [found[cluster[0]]]
    ranked = sorted(cluster, key=lambda i: (-found[i].score, -(found[i].end - found[i].start), i))
    kept: list[Finding] = []
    starts: list[int] = []
    ends: list[int] = []
    for i in ranked:
        f = found[i]
        j = bisect.bisect_right(starts, f.start)  # the module's own: tests count `bisect_right` in _hidden_by_overlap
        if (j > 0 and ends[j - 1] > f.start) or (j < len(starts) and starts[j] < f.end):
            continue
        starts.insert(j, f.start)
        ends.insert(j, f.end)
        kept.append(f)
    return kept


def _re2_patterns(recognizers: Iterable[type]) -> list[Re2Pattern]:
    """Every compiled re2 pattern at the top of a recognizer's module (where the style puts patterns)."""
    import re2

    compiled = type(re2.compile(""))
    out: list[Re2Pattern] = []
    for cls in recognizers:
        module = importlib.import_module(cls.__module__)
        out.extend(v for v in vars(module).values() if isinstance(v, compiled))
    return out


def _installed(name: str) -> bool:
    """An importable model package (ko_core_news_sm) or a pipeline directory saved by spaCy (`nlp.to_disk`)."""
    if "/" in name or "\\" in name:
        return (Path(name) / "config.cfg").is_file()
    return importlib.util.find_spec(name) is not None


def _load_spacy(name: str) -> Any:
    spacy = importlib.import_module("spacy")
    return spacy.load(name, disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])


_SPACY_LABELS = {
    "PERSON": Entity.PERSON,
    "PS": Entity.PERSON,
    "GPE": Entity.LOCATION,
    "LOC": Entity.LOCATION,
    "LC": Entity.LOCATION,
    "FAC": Entity.LOCATION,
}
SPACY_SCORE = 0.6


def _spacy_findings(nlp: Any, text: str) -> list[Finding]:
    doc = nlp(text)
    return [
        Finding(_SPACY_LABELS[ent.label_], ent.start_char, ent.end_char, SPACY_SCORE, "SpacyNerRecognizer", None)
        for ent in doc.ents
        if ent.label_ in _SPACY_LABELS
    ]
