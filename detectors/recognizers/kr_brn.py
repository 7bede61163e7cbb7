"""Korean business registration number (사업자등록번호), KR_BRN.

Format: AAA-BB-CCCCD, 10 digits: tax office (3, never starting with 0), business kind (2), serial (4), check
digit D: weights 1,3,7,1,3,7,1,3,5; add (9th digit * 5) // 10; D = (10 - sum % 10) % 10. About one random
10-digit number in ten passes, so a plain 10-digit run needs 사업자 context to reach the blocking score.
Reference: https://ko.wikipedia.org/wiki/사업자등록번호
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from detectors.base import Context, Document, adjust, is_embedded_in_token
from detectors.context_words import NEGATIVE
from detectors.digits import Candidate, Layout
from detectors.types import Entity, Finding

__all__ = ["KrBrnRecognizer"]

LENGTHS = (10,)
SHAPES = ((3, 2, 5),)
CONTEXT = Context(
    positive=(
        "사업자등록번호",
        "사업자번호",
        "사업자 번호",
        "사업자",
        "등록번호",
        "business registration",
        "business number",
        "business reg",
        "biz_no",
        "bizno",
        "biz no",
        "biz reg",
        "bizr_no",  # DART's key for it; the FSC corporate-data API's is bzno
        "bzno",
        "brn",
        "tax id",
        "vat",
        # the e-tax invoice XML's parties (국세청 전자세금계산서: <InvoicerParty><ID>1365636221</ID>) and 공급자
        "invoicerparty",
        "invoiceeparty",
        "공급자",
        "공급받는자",
    ),
    negative=NEGATIVE,
)
WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
SCORE = {Layout.GROUPED: 0.6, Layout.SPREAD: 0.35, Layout.PLAIN: 0.3}
SCORE_CONTEXT = 0.9
SCORE_LABELLED_ONLY = 0.55


class KrBrnRecognizer:
    entity: ClassVar[Entity] = Entity.KR_BRN

    def validate(self, value: str) -> bool | None:
        if len(value) != 10 or not value.isdigit() or value[0] == "0":
            return False
        total = sum(int(d) * w for d, w in zip(value[:9], WEIGHTS, strict=True))
        total += int(value[8]) * 5 // 10
        return (10 - total % 10) % 10 == int(value[9])

    def _grouped_as_brn(self, cand: Candidate) -> bool:
        return cand.layout is not Layout.GROUPED or cand.groups == (3, 2, 5)

    def find(self, doc: Document) -> Iterator[Finding]:
        for cand in doc.candidates(LENGTHS):
            if is_embedded_in_token(cand) or not self._grouped_as_brn(cand):
                continue
            signal = doc.signal(cand.start, cand.end, CONTEXT)
            if not self.validate(cand.digits):
                if signal > 0 and cand.layout is Layout.GROUPED:
                    # 사업자등록번호 123-45-67890: wrong check digit, but written and labelled as one
                    yield Finding(self.entity, cand.start, cand.end, SCORE_LABELLED_ONLY, type(self).__name__, None)
                continue
            score = adjust(SCORE[cand.layout], signal, SCORE_CONTEXT)
            yield Finding(self.entity, cand.start, cand.end, score, type(self).__name__, True)
