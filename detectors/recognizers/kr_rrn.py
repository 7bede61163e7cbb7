"""Korean resident registration number (주민등록번호), KR_RRN.

Format: YYMMDD-GNNNNNC. G (7th digit) encodes century and sex: 1/2 (1900s), 3/4 (2000s), 9/0 (1800s);
5-8 are alien registration numbers (KR_ALIEN_REG). Numbers issued before October 2020 end in a check digit
(weights 2..9,2..5, (11 - sum % 11) % 10); later ones have a random tail, so the date and gender digit are all
that can be checked and `validate` answers None for them.
Reference: https://ko.wikipedia.org/wiki/주민등록번호
"""

from __future__ import annotations

import re

from detectors.types import Entity, Finding

__all__ = ["KrRrnRecognizer"]

# Linear: fixed-width digit runs, no nested quantifiers.
PATTERN = re.compile(r"(?<!\d)(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-?([1-4])(\d{6})(?!\d)")
WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
SCORE_CHECKSUM = 1.0
SCORE_FORMAT_ONLY = 0.6


class KrRrnRecognizer:
    """Minimal KR_RRN recognizer used to wire the gateway; the full engine replaces it."""

    entity = Entity.KR_RRN

    def validate(self, digits: str) -> bool | None:
        if len(digits) != 13 or not digits.isdigit():
            return False
        total = sum(int(d) * w for d, w in zip(digits[:12], WEIGHTS, strict=True))
        if (11 - total % 11) % 10 == int(digits[12]):
            return True
        return None

    def find(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for m in PATTERN.finditer(text):
            digits = m.group(0).replace("-", "")
            ok = self.validate(digits)
            if ok is False:
                continue
            score = SCORE_CHECKSUM if ok else SCORE_FORMAT_ONLY
            out.append(Finding(Entity.KR_RRN, m.start(), m.end(), score, type(self).__name__, ok))
        return out
