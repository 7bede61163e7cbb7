"""Korean alien registration number (외국인등록번호), KR_ALIEN_REG.

Format: YYMMDD-GNNNNNC like KR_RRN, with G = 5/6 (born 1900s) or 7/8 (2000s). Before October 2020 the
last digit is a check digit: (13 - sum % 11) % 10 with the RRN weights (some older numbers use the RRN rule,
so either proves it); later numbers have a random tail and `validate` answers None.
Reference: https://www.law.go.kr/법령/출입국관리법시행규칙 (외국인등록번호 부여),
https://en.wikipedia.org/wiki/Resident_registration_number
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from detectors.base import (
    SCORE_PROVEN_MISLABELLED,
    Context,
    Document,
    adjust,
    foreign_layout,
    is_embedded_in_token,
)
from detectors.context_words import NEGATIVE
from detectors.digits import Candidate, Layout
from detectors.recognizers.kr_rrn import chance_pass, disguised, read_resident_number, split_findings
from detectors.resident_numbers import birth_date_valid, frn_checksum_ok, rrn_checksum_ok
from detectors.types import Entity, Finding

__all__ = ["KrAlienRegRecognizer", "frn_checksum_ok"]

LENGTHS = (13, 15)  # 15: a four-digit year (19901120-5345674), see kr_rrn.without_century
SHAPES = ((6, 7), (8, 7))
CONTEXT = Context(
    positive=(
        "외국인등록번호",
        "외국인번호",
        "외국인등록",
        "외국인",
        "등록번호",
        "체류",
        "거소",
        "비자",
        "alien registration",
        "foreigner registration",
        "residence card",
        "arc",
        "frn",
        "visa",
    ),
    negative=(*NEGATIVE, "법인"),
)
SCORE_CHECKSUM = 0.9
SCORE_UNPROVEN = {Layout.GROUPED: 0.6, Layout.SPREAD: 0.5, Layout.PLAIN: 0.4}
SCORE_CONTEXT = 0.9


class KrAlienRegRecognizer:
    entity: ClassVar[Entity] = Entity.KR_ALIEN_REG
    GENDER = frozenset("5678")

    def validate(self, value: str) -> bool | None:
        if len(value) != 13 or not value.isdigit() or value[6] not in self.GENDER:
            return False
        if not birth_date_valid(value):
            return False
        return True if frn_checksum_ok(value) or rrn_checksum_ok(value) else None

    def assess(self, cand: Candidate, doc: Document) -> Finding | None:
        if is_embedded_in_token(cand):
            return None
        if foreign_layout(cand, SHAPES) and not disguised(cand, doc, CONTEXT, self.validate):
            return None
        reading = read_resident_number(cand, doc, CONTEXT, self.validate)
        if reading is None:
            return None
        cand, ok = reading
        base = SCORE_CHECKSUM if ok else SCORE_UNPROVEN[cand.layout]
        signal = doc.proven_signal(cand.start, cand.end, CONTEXT, proven=ok is True)
        if ok and signal < 0 and not chance_pass(cand, doc, CONTEXT, self.validate, "alien"):
            # 송장번호 850315-1234566: a date, the gender digit and the check digit outweigh a label that calls the
            # number something else (red-team #6 passed every type that way)
            score = SCORE_PROVEN_MISLABELLED[cand.layout]
            return Finding(self.entity, cand.start, cand.end, score, type(self).__name__, ok)
        score = adjust(base, signal, SCORE_CONTEXT)
        return Finding(self.entity, cand.start, cand.end, score, type(self).__name__, ok)

    def find(self, doc: Document) -> Iterator[Finding]:
        for cand in doc.candidates(LENGTHS):
            f = self.assess(cand, doc)
            if f is not None:
                yield f
        yield from split_findings(doc, self.entity, type(self).__name__)
