"""Hangul written one syllable at a time: a name with a mark between its syllables (`백-선-우`, `탁·민·영`, `김.서.윤`,
`권/혁/찬`, `정 . 하 . 윤`) to get past a filter, and OCR output that spaced every syllable
(`체 납 자 성 명 : 변 성 구`, `대 전 광 역 시  유 성 구  대 학 로  99`).

`spaced_view` returns the text with the separators inside such runs taken out (a run: three or more single
syllables, each separated from the next by one space or tab, or by one of - · . / | _ • with a space on either side
at most), or None when the text has none. Two spaces end a run: OCR keeps the word breaks as wider gaps. The
engine scans the view like the markup view and adds what it finds there where the text itself gave nothing of the
type (detectors/engine.py).

Two more separators, each only where someone put it on purpose (sixteenth held-out set):
- emoji and pictographic symbols between single syllables (`총무는 구🌸서🌸윤님이에요`, `김❤️민❤️수`; the normalised text
  has already lost the variation selectors and zero-width joiners of an emoji sequence). Three syllables or more; the
  last may carry a title or particle (`윤님이에요`), since nobody decorates the gap before a particle.
- line breaks in vertical writing, one syllable a line (`故\\n천\\n만\\n길\\n之 靈 位`, a memorial tablet read by OCR):
  MIN_VERTICAL to MAX_VERTICAL consecutive one-syllable lines are joined, with a line of one hanja right before them
  (故, 亡). A longer column (a slogan written downwards) is no name and stays.
"""

from __future__ import annotations

import re

import re2

from detectors.normalize import Normalized, edited

__all__ = ["spaced_view"]

_SYLLABLE = "[가-힣]"
# One separator: one space or tab, or one mark with at most one space or tab on either side.
_SEP = r"(?:[ \t]?[\-·./|_・•‧∙⋅*~+][ \t]?|[ \t])"  # 김*민*수, 김~민~수: every syllable there, so no mask
# Linear: each repetition consumes a separator and one syllable that no syllable follows; a failed start costs
# at most two repetitions (a run of three or more single syllables succeeds, and the search resumes after it).
_RUN = re.compile(rf"(?<![가-힣]){_SYLLABLE}(?:{_SEP}{_SYLLABLE}(?![가-힣])){{2,}}")
_GATE = re.compile(rf"{_SYLLABLE}{_SEP}{_SYLLABLE}(?![가-힣])")
_SEPARATOR = re.compile(_SEP)
# One-syllable titles that follow a name
_TITLES = frozenset("씨님군양")
# Pictographs (Unicode So, and the Sk skin-tone modifiers inside the emoji blocks): arrows, technical and geometric
# shapes, dingbats, stars and hearts, the emoji planes. Not ASCII `*`: `구*윤` is a masked name, not a decorated one.
_PICTO = (
    "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff",
    r"\x{2190}-\x{21ff}\x{2300}-\x{23ff}\x{25a0}-\x{27bf}\x{2b00}-\x{2bff}\x{3030}\x{303d}\x{3297}\x{3299}"
    r"\x{1f000}-\x{1faff}",
)  # the class for Python's engine, and the same for re2
MAX_PICTOS = 3
_EMOJI_SEP = rf"[ \t]?[{_PICTO[0]}]{{1,{MAX_PICTOS}}}[ \t]?"
# Linear as _RUN is; only the last syllable may touch the Hangul after it (one repetition given back at most).
_EMOJI_RUN = re.compile(rf"(?<![가-힣]){_SYLLABLE}(?:{_EMOJI_SEP}{_SYLLABLE}(?![가-힣]))+{_EMOJI_SEP}{_SYLLABLE}")
_EMOJI_SEPARATOR = re.compile(_EMOJI_SEP)
# A column: consecutive lines of one syllable or one hanja each (spaces around it allowed).
MIN_VERTICAL = 2
MAX_VERTICAL = 4
_COLUMN = re.compile(r"(?m)^[ \t]*[가-힣一-鿿][ \t]*(?:\r?\n[ \t]*[가-힣一-鿿][ \t]*\r?$)+")
_COLUMN_START = r"(?m:^[ \t]*[가-힣][ \t]*\r?\n[ \t]*[가-힣][ \t]*\r?$)"
# Either of the two in one DFA pass (a pass's cost on ordinary text is mostly re2's UTF-8 copy of it).
_PICTO_OR_COLUMN = re2.compile(rf"([가-힣][ \t]?[{_PICTO[1]}])|{_COLUMN_START}")
_GLYPH = re.compile(r"[가-힣一-鿿]")


def spaced_view(text: str) -> Normalized | None:
    """`text` with the separators between single spaced syllables removed, or None when nothing is spaced."""
    edits: list[tuple[int, int, str]] = []
    if _GATE.search(text) is not None:
        for m in _RUN.finditer(text):
            base = m.start()
            gaps = [(base + s.start(), base + s.end(), "") for s in _SEPARATOR.finditer(m.group())]
            if m.group()[-1] in _TITLES:
                gaps.pop()  # `응우옌 반 득 씨`: the title after the name stays apart from it
            edits.extend(gaps)
    gate = _PICTO_OR_COLUMN.search(text)
    if gate is not None:
        for m in _EMOJI_RUN.finditer(text, gate.start()):
            edits.extend((m.start() + s.start(), m.start() + s.end(), "") for s in _EMOJI_SEPARATOR.finditer(m.group()))
        if "\n" in text:
            edits.extend(_column_edits(text))
    return edited(text, edits) if edits else None


def _column_edits(text: str) -> list[tuple[int, int, str]]:
    """What joins each stretch of MIN_VERTICAL to MAX_VERTICAL one-syllable lines of a column (and the one-hanja line
    right before it): the text from one line's glyph to the next line's."""
    edits: list[tuple[int, int, str]] = []
    for m in _COLUMN.finditer(text):
        glyphs = [g.start() for g in _GLYPH.finditer(text, m.start(), m.end())]  # one a line
        k = 0
        while k < len(glyphs):
            j = k
            while j < len(glyphs) and _is_syllable(text[glyphs[j]]):
                j += 1
            if MIN_VERTICAL <= j - k <= MAX_VERTICAL:
                first = k - 1 if k > 0 else k  # a hanja line before the syllables (the column's only other kind)
                edits.extend((glyphs[i] + 1, glyphs[i + 1], "") for i in range(first, j - 1))
            k = j + 1 if j == k else j
    return edits


def _is_syllable(c: str) -> bool:
    return "가" <= c <= "힣"
