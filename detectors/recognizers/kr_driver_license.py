"""Korean driver's licence number (운전면허번호), KR_DRIVER_LICENSE.

Format: RR-YY-NNNNNN-CC, 12 digits: region code RR (11 서울 ... 28 경기북부), year of issue YY, serial, and
two
check digits whose rule is not public, so `validate` answers None for a valid region and False otherwise.
Since 2011 the region may be written as its name: `서울 12-345678-90` (10 digits after the name).
Reference: https://www.law.go.kr/법령/도로교통법시행규칙 (별지 제55호서식), https://ko.wikipedia.org/wiki/운전면허
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from detectors.base import Context, Document, adjust, is_embedded_in_token
from detectors.context_words import NEGATIVE
from detectors.digits import Candidate, Layout
from detectors.types import Entity, Finding

__all__ = ["KrDriverLicenseRecognizer", "preceded_by_region_name"]

LENGTHS = (10, 12)
SHAPES = ((2, 2, 6, 2), (2, 6, 2))
REGION_CODES = frozenset(
    ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28")
)
REGION_NAMES = (
    "서울",
    "부산",
    "경기",
    "강원",
    "충북",
    "충남",
    "전북",
    "전남",
    "경북",
    "경남",
    "제주",
    "대구",
    "인천",
    "광주",
    "대전",
    "울산",
    "세종",
    "경기북부",
    "경기남부",
)
CONTEXT = Context(
    positive=(
        "운전면허",
        "면허번호",
        "면허증",
        "면허",
        "driver's license",
        "driver license",
        "driving licence",
        "driver licence",
        "license no",
        "licence no",
        "license number",
        "dl#",
        "dl no",
        # keys in code and exports (`LicenseNo = "20-16-446338-87"`, license_no, driver_license)
        "licenseno",
        "license_no",
        "licence_no",
        "licenceno",
        "license_number",
        "licensenumber",
        "driver_license",
        "driverlicense",
        "drivers_license",
        "dl_no",
        "dlno",
        "license",
        "licence",
    ),
    negative=NEGATIVE,
)
SCORE = {Layout.GROUPED: 0.6, Layout.SPREAD: 0.35, Layout.PLAIN: 0.25}
SCORE_REGION_NAME = 0.7
SCORE_CONTEXT = 0.85
# 운송장 11-23-456789-01: the licence's own four groups with a region code are no waybill's or order's layout; a label
# calling them something else leaves them at the blocking threshold (red-team #6)
SCORE_GROUPED_MISLABELLED = 0.5


def preceded_by_region_name(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start].rstrip(" -")
    return before.endswith(REGION_NAMES)


class KrDriverLicenseRecognizer:
    entity: ClassVar[Entity] = Entity.KR_DRIVER_LICENSE

    def validate(self, value: str) -> bool | None:
        if not value.isdigit() or len(value) not in LENGTHS:
            return False
        if len(value) == 12 and value[:2] not in REGION_CODES:
            return False
        return None

    def assess(self, cand: Candidate, doc: Document) -> Finding | None:
        if is_embedded_in_token(cand) or self.validate(cand.digits) is False:
            return None
        if len(cand.digits) == 10:
            if cand.groups != (2, 6, 2) or not preceded_by_region_name(doc.text, cand.start):
                return None
            base = SCORE_REGION_NAME
        else:
            if cand.layout is Layout.GROUPED and cand.groups != (2, 2, 6, 2):
                return None
            base = SCORE[cand.layout]
        signal = doc.signal(cand.start, cand.end, CONTEXT)
        score = adjust(base, signal, SCORE_CONTEXT)
        if signal < 0 and len(cand.digits) == 12 and cand.layout is Layout.GROUPED:
            score = SCORE_GROUPED_MISLABELLED
        return Finding(self.entity, cand.start, cand.end, score, type(self).__name__, None)

    def find(self, doc: Document) -> Iterator[Finding]:
        for cand in doc.candidates(LENGTHS):
            f = self.assess(cand, doc)
            if f is not None:
                yield f
