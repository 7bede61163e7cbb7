"""Hangul written one syllable at a time: a name with a mark between its syllables (`백-선-우`, `탁·민·영`, `김.서.윤`,
`권/혁/찬`, `정 . 하 . 윤`) to get past a filter, and OCR output that spaced every syllable
(`체 납 자 성 명 : 변 성 구`, `대 전 광 역 시  유 성 구  대 학 로  99`).

`spaced_view` returns the text with the separators inside such runs taken out (a run: three or more single
syllables, each separated from the next by one space or tab, or by one of - · . / | _ with a space on either side
at most), or None when the text has none. Two spaces end a run: OCR keeps the word breaks as wider gaps. The
engine scans the view like the markup view and adds what it finds there where the text itself gave nothing of the
type (detectors/engine.py).
"""

from __future__ import annotations

import re

from detectors.normalize import Normalized, edited

__all__ = ["spaced_view"]

_SYLLABLE = "[가-힣]"
# One separator: one space or tab, or one mark with at most one space or tab on either side.
_SEP = r"(?:[ \t]?[\-·./|_・][ \t]?|[ \t])"
# Linear: each repetition consumes a separator and one syllable that no syllable follows; a failed start costs
# at most two repetitions (a run of three or more single syllables succeeds, and the search resumes after it).
_RUN = re.compile(rf"(?<![가-힣]){_SYLLABLE}(?:{_SEP}{_SYLLABLE}(?![가-힣])){{2,}}")
_GATE = re.compile(rf"{_SYLLABLE}{_SEP}{_SYLLABLE}(?![가-힣])")
_SEPARATOR = re.compile(_SEP)
# One-syllable titles that follow a name
_TITLES = frozenset("씨님군양")


def spaced_view(text: str) -> Normalized | None:
    """`text` with the separators between single spaced syllables removed, or None when nothing is spaced."""
    if _GATE.search(text) is None:
        return None
    edits: list[tuple[int, int, str]] = []
    for m in _RUN.finditer(text):
        base = m.start()
        gaps = [(base + s.start(), base + s.end(), "") for s in _SEPARATOR.finditer(m.group())]
        if m.group()[-1] in _TITLES:
            gaps.pop()  # `응우옌 반 득 씨`: the title after the name stays apart from it
        edits.extend(gaps)
    return edited(text, edits) if edits else None
