"""Korean passport number (여권번호), KR_PASSPORT.

Formats: since December 2021, a type letter, 3 digits, a letter and 4 digits (M123A4567); before, a type
letter
and 8 digits (M12345678). Type letters: M multiple, S single, R travel certificate, O official, D diplomatic,
G/T others in older series. No check digit is printed in the number (the MRZ has one), so `validate` answers
None; context (여권, passport) carries the score, the new mixed layout alone is fairly distinctive.
Reference: https://www.passport.go.kr, https://learn.microsoft.com/en-us/purview/sit-defn-south-korea-passport-number
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from detectors.base import Context, Document, adjust
from detectors.context_words import NEGATIVE
from detectors.types import Entity, Finding

__all__ = ["KrPassportRecognizer"]

# Linear: fixed widths, lookarounds of one character.
PATTERN = re.compile(r"(?<![A-Za-z0-9])([MSRODGTmsrodgt])[ -]?([0-9]{3}[A-Za-z][0-9]{4}|[0-9]{8})(?![A-Za-z0-9])")
CONTEXT = Context(
    positive=("여권", "여권번호", "passport", "passport no", "travel document", "여행증명서", "traveler", "traveller"),
    negative=NEGATIVE,
)
SCORE_NEW = 0.45
SCORE_OLD = 0.3
SCORE_LOWERCASE_PENALTY = 0.1
SCORE_CONTEXT = 0.85


class KrPassportRecognizer:
    entity: ClassVar[Entity] = Entity.KR_PASSPORT

    def validate(self, value: str) -> bool | None:
        return None if PATTERN.fullmatch(value) else False

    def _matches(self, doc: Document) -> Iterator[re.Match[str]]:
        """The type letter stands one or two characters before a digit run: try the pattern only there."""
        last = -1
        for rs, _ in doc.runs():
            for pos in (rs - 2, rs - 1):
                if pos > last and pos >= 0 and (m := PATTERN.match(doc.text, pos)) is not None:
                    last = m.end()
                    yield m

    def find(self, doc: Document) -> Iterator[Finding]:
        for m in self._matches(doc):
            body = m.group(2)
            base = SCORE_NEW if body[3].isalpha() else SCORE_OLD
            if m.group(1).islower():
                base -= SCORE_LOWERCASE_PENALTY
            score = adjust(base, doc.signal(m.start(), m.end(), CONTEXT), SCORE_CONTEXT)
            yield Finding(self.entity, m.start(), m.end(), score, type(self).__name__, None)
