"""Internal term lists, INTERNAL_TERM: project code names, system names and other undisclosed terms.

Dictionary matching with one Aho-Corasick automaton over every list (linear in the text, whatever the
number of terms), on the engine's normalised text (NFKC, invisible characters removed) case-folded, so
width and case differences match. A hit counts only as a whole word: not preceded by a letter, digit or
Hangul syllable, and followed by a boundary or by Korean particles (한빛사업은, 한빛사업의, 한빛사업에서는):
`한빛` does not fire inside `한빛은행` unless `은행` were a particle, and `Falcon` does not fire in `Falconry`.
A term is found however its words are joined (`Project  Falcon`, `Project_Falcon`, `project-falcon`,
`ProjectFalcon`, `한빛 사업`, `한 빛 사 업`), with two Latin words in either order (`Falcon Project`): each written form
is one more key (`variants`). Digits written for letters (`Project Falc0n`) are read as the letters on a second pass
over a copy of the text. Terms split by markup (`<b>한빛</b>사업`, detectors/markup.py) and terms inside encoded
segments (base64, hex, percent-encoding ... detectors/decode.py, unwrapped as deep as the engine unwraps) are found
too, reported on the span of the markup or of the whole segment.
Each list names the departments it applies to; the caller passes the lists that apply to a request.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass

from detectors.decode import decoded_layers
from detectors.markup import markup_view
from detectors.normalize import Normalized, normalize
from detectors.types import Entity, Finding

__all__ = [
    "MAX_TERM_CHARS",
    "PARTICLES",
    "TermMatcher",
    "ends_at_boundary",
    "fold",
    "starts_at_boundary",
    "variants",
]

# Korean particles and copula endings that may follow a noun, longest first; they may stack (에서는, 으로도).
PARTICLES = tuple(
    sorted(
        {
            "은",
            "는",
            "이",
            "가",
            "을",
            "를",
            "의",
            "에",
            "에서",
            "에게",
            "께",
            "께서",
            "한테",
            "으로",
            "로",
            "과",
            "와",
            "도",
            "만",
            "까지",
            "부터",
            "보다",
            "처럼",
            "마다",
            "이나",
            "나",
            "이랑",
            "랑",
            "하고",
            "이다",
            "입니다",
            "이며",
            "이고",
            "이라는",
            "라는",
            "이란",
            "란",
            "에는",
            "에서는",
            "으로는",
            "로는",
            "와는",
            "과는",
            "에도",
            "에서도",
            "으로도",
            "로도",
            "과의",
            "와의",
            "에의",
            "에서의",
            "으로서",
            "로서",
            "으로써",
            "로써",
            # endings and words that attach to a noun without a space (한빛사업관련, 한빛사업이었다, 한빛사업만큼)
            "관련",
            "관련된",
            "관련해",
            "이었다",
            "였다",
            "이었고",
            "였고",
            "이었던",
            "였던",
            "만큼",
            "때문에",
            "같은",
            "측",
            "쪽",
            "이니까",
            "니까",
            "이라든지",
            "라든지",
            "인데",
            "이지만",
            "지만",
            "이므로",
            "므로",
            "팀",
            "비",
            "용",
        },
        key=len,
        reverse=True,
    )
)
_PARTICLE_RUN = re.compile("(?:" + "|".join(PARTICLES) + "){1,3}")
SCORE = 0.9
MAX_TERM_CHARS = 100


def fold(text: str) -> str:
    """Case-folded, one character for one so that offsets stay aligned: a character whose folding would
    lengthen it (ß -> ss, İ -> i̇) is lower-cased if that keeps its length, else left as it is. Skipping the
    text instead would let one such character switch term matching off for the whole prompt."""
    folded = text.casefold()
    if len(folded) == len(text):
        return folded
    out = []
    for ch in text:
        f = ch.casefold()
        out.append(f if len(f) == 1 else ch.lower() if len(ch.lower()) == 1 else ch)
    return "".join(out)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or "\uac00" <= ch <= "\ud7a3"


def starts_at_boundary(text: str, start: int) -> bool:
    return start == 0 or not _is_word_char(text[start - 1])


def ends_at_boundary(text: str, end: int) -> bool:
    """After the term: end of text, a non-word character, a number (한빛사업2단계, ProjectFalcon2027), a plural `s`,
    or Korean particles and then a boundary."""
    if end >= len(text) or not _is_word_char(text[end]) or text[end].isdigit():
        return True
    if text[end] == "s" and text[end - 1].isascii() and (end + 1 >= len(text) or not _is_word_char(text[end + 1])):
        return True
    m = _PARTICLE_RUN.match(text, end)
    return m is not None and (m.end() >= len(text) or not _is_word_char(text[m.end()]))


@dataclass(frozen=True, slots=True)
class _Entry:
    term_length: int
    lists: frozenset[str]


# How people write a term of several words: spaces (one or more), a line break, a tab, an underscore, a hyphen, a
# dot, a slash, a plus, `%20` or nothing (Project Falcon, Project_Falcon_budget.xlsx, project-falcon, ProjectFalcon,
# Project%20Falcon); a Korean compound is also written with one of them inside (한빛사업, 한빛 사업, 한빛-사업).
# The text's separator runs between word characters are read as one space (`_SEPARATOR_RUN`), so a term needs only
# its forms with one space or none between its words: a few keys a term, whatever the separators.
_WORD_SEPARATORS = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SEPARATOR_RUN = re.compile(r"(?<=\w)(?:[\s_\-./+]|%20)+(?=\w)")
MAX_VARIANT_GAPS = 3  # words of a term beyond this are matched with one space between them only
MIN_SPACED_SYLLABLES = 3
MAX_SPACED_SYLLABLES = 8


def variants(term: str) -> set[str]:
    """The forms of `term` that count as the term once the text's separators read as one space."""
    words = [w for w in _WORD_SEPARATORS.split(_CAMEL.sub(" ", term)) if w]
    out = {term, " ".join(words)}
    if 1 < len(words) <= MAX_VARIANT_GAPS + 1:
        forms = [words[0]]
        for w in words[1:]:
            forms = [f + j + w for f in forms for j in (" ", "")]
        out.update(forms)
    spaced = MIN_SPACED_SYLLABLES <= len(term) <= MAX_SPACED_SYLLABLES
    if len(words) == 1 and spaced and all(_is_hangul(c) for c in term):
        out.update(term[:k] + " " + term[k:] for k in range(1, len(term)))  # 한빛 사업 (and 한빛-사업, 한빛_사업)
        out.add(" ".join(term))  # 한 빛 사 업, 한.빛.사.업: a syllable at a time
    if len(words) == 2 and all(w.isascii() and w.isalpha() for w in words):
        out.update((f"{words[1]} {words[0]}", words[1] + words[0]))  # Falcon Project
    return out


# Digits and symbols written for Latin letters (Falc0n, pr0ject, f@lcon): one character for one, so offsets align.
_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_LEET_CHARS = frozenset("013457@$")


def _single_spaced(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """`text` with every separator run between word characters as one space, and the (new_start, old_start,
    old_end) of each run that changed, in order: text of single spaces costs one search and no copy."""
    runs: list[tuple[int, int, int]] = []
    pieces: list[str] = []
    last = 0
    shift = 0
    for m in _SEPARATOR_RUN.finditer(text):
        if m.group() == " ":
            continue
        pieces.append(text[last : m.start()])
        pieces.append(" ")
        runs.append((m.start() - shift, m.start(), m.end()))
        shift += m.end() - m.start() - 1
        last = m.end()
    if not runs:
        return text, runs
    pieces.append(text[last:])
    return "".join(pieces), runs


def _unspaced(pos: int, runs: list[tuple[int, int, int]], new_starts: list[int], end: bool) -> int:
    """A position of `_single_spaced`'s text in the text it was made from (`new_starts`: each run's first field)."""
    i = bisect.bisect_right(new_starts, pos - (1 if end else 0)) - 1
    if i < 0:
        return pos
    new_start, old_start, old_end = runs[i]
    if pos - (1 if end else 0) == new_start:  # on the space that stands for the run
        return old_end if end else old_start
    return old_end + (pos - new_start - 1)


def _hyphenated(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated Latin compound (`project falcon-eye`, `anti-falcon`): a longer word, not the term."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "-" and after[1].isascii() and after[1].isalpha()) or (
        len(before) == 2 and before[1] == "-" and before[0].isascii() and before[0].isalpha()
    )


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


class TermMatcher:
    """Built once from {list name: terms}; `find(text, lists)` is thread-safe."""

    def __init__(self, lists: Mapping[str, Collection[str]]) -> None:
        import ahocorasick

        merged: dict[str, set[str]] = {}
        for name, terms in lists.items():
            for term in terms:
                text = normalize(term.strip()[:MAX_TERM_CHARS]).text
                for form in variants(text):
                    for key in {fold(form), form.casefold()}:  # Straße: as written, and as STRASSE folds
                        if key.strip():
                            merged.setdefault(key, set()).add(name)
        self._automaton = ahocorasick.Automaton()
        for key, names in merged.items():
            self._automaton.add_word(key, _Entry(len(key), frozenset(names)))
        self.size = len(merged)
        if self.size:
            self._automaton.make_automaton()

    def find(self, text: str, lists: Collection[str] | None = None) -> Iterator[Finding]:
        """Whole-word hits of the terms of `lists` (all lists when None), spans in the caller's text: in the text as
        written, with digits read as letters, without markup that splits a term, and in decoded segments."""
        if not self.size or (lists is not None and not lists):
            return
        wanted = None if lists is None else frozenset(lists)
        found: set[tuple[int, int]] = set()
        for f in self._find_all(text, wanted):
            if (f.start, f.end) not in found:
                found.add((f.start, f.end))
                yield f

    def _find_all(self, text: str, wanted: frozenset[str] | None) -> Iterator[Finding]:
        yield from self._find_read(text, wanted)
        for span, decoded in decoded_layers(text):
            if next(self._find_read(decoded, wanted), None) is not None:
                yield Finding(Entity.INTERNAL_TERM, *span, SCORE, "TermMatcher", None)

    def _find_read(self, text: str, wanted: frozenset[str] | None) -> Iterator[Finding]:
        """Hits in `text` as written, with digits read as letters, and without markup that splits a term."""
        norm = normalize(text)
        yield from self._find(text, norm, wanted, leet=False)
        if any(c in _LEET_CHARS for c in norm.text):
            yield from self._find(text, norm, wanted, leet=True)
        view = markup_view(text)
        if view is not None:
            for f in self._find(view.text, normalize(view.text), wanted, leet=False):
                start, end = view.span(f.start, f.end)
                yield Finding(f.entity, start, end, f.score, f.recognizer, f.validated)

    def _find(self, text: str, norm: Normalized, wanted: frozenset[str] | None, *, leet: bool) -> Iterator[Finding]:
        folded, runs = _single_spaced(fold(norm.text).translate(_LEET) if leet else fold(norm.text))
        new_starts = [r[0] for r in runs]
        taken_until = -1
        hits = sorted(
            ((end - e.term_length + 1, end + 1, e) for end, e in self._automaton.iter(folded)),
            key=lambda h: (h[0], -(h[1] - h[0])),
        )
        for start, end, entry in hits:
            if start < taken_until or (wanted is not None and not (entry.lists & wanted)):
                continue
            if not (starts_at_boundary(folded, start) and ends_at_boundary(folded, end)):
                continue
            taken_until = end
            if runs:
                start, end = _unspaced(start, runs, new_starts, end=False), _unspaced(end, runs, new_starts, end=True)
            if _hyphenated(norm.text, start, end):
                continue
            s, e = norm.span(start, end) if norm.edits else (start, end)
            if leet and not (any(c.isalpha() for c in text[s:e]) and any(c in _LEET_CHARS for c in text[s:e])):
                continue  # read with digits for letters, it must be a word that holds both (`505` is not `SOS`)
            yield Finding(Entity.INTERNAL_TERM, s, e, SCORE, "TermMatcher", None)
