"""Korean national health insurance numbers (건강보험증번호, 장기요양인정번호), KR_HEALTH_INSURANCE.

Formats: the health insurance card number (건강보험증 번호) is 11 digits, often written 1-2345678901 or as one
run; the long-term care recognition number (장기요양인정번호) is L followed by 10 digits. Neither has a public
check digit, so `validate` answers None and the score comes from context (건강보험, 보험증, NHIS ...): an
11-digit number alone is far more often something else (a mobile number, an order number).
Reference: https://www.nhis.or.kr (국민건강보험공단, 건강보험증), https://www.longtermcare.or.kr
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from detectors.base import Context, Document, adjust, is_embedded_in_token
from detectors.context_words import NEGATIVE
from detectors.digits import Candidate, Layout
from detectors.recognizers.bank_account import ACCOUNT_LABELS, sequential
from detectors.recognizers.ip_address import IPV4
from detectors.recognizers.kr_driver_license import REGION_CODES
from detectors.types import Entity, Finding

__all__ = ["KrHealthInsuranceRecognizer"]

LENGTHS = (10, 11, 12)
SHAPES = ((1, 10), (3, 4, 4), (2, 9), (1, 4, 6))
# Linear: fixed-width digits after one letter, lookarounds of one character. Tried only one or two
# characters before a digit run.
LTC_PATTERN = re.compile(r"(?<![A-Za-z0-9])[Ll][ -]?[0-9]{10}(?![0-9])")
INSTITUTION_CODES = ("요양기관", "기관기호", "기관 기호", "기관번호", "사업장기호", "사업장 기호")
CONTEXT = Context(
    positive=(
        "건강보험",
        "보험증",
        "의료급여",
        "건보",
        "의료보험",
        "장기요양",
        "보험번호",
        "가입자번호",
        "증번호",
        "health insurance",
        "nhis",
        "insurance card",
        "insurance no",
        "insurance number",
        "medical insurance",
        # keys in code, logs and exports (`hi_no=60372001611`, `Patient(hi_no='19832606713')`, health_ins_no,
        # nhis_no: sixteenth held-out set); an underscore does not end an English keyword, so each is listed whole
        "hi_no",
        "hi_num",
        "health_ins",
        "health_insurance",
        "healthins",
        # and the short keys of claim files (`<insNo>4-0035583331</insNo>`, ins_no; eighteenth held-out set)
        "insno",
        "ins_no",
        "ins_num",
        "insurance_no",
        "insuranceno",
        "ins_card",
        "insured_card",
        # `hins` (health-insurance number) as a JSON key, a struct field and a psql column (twenty-sixth held-out set)
        "hins",
        "hins_no",
        "nhis_id",
    ),
    # An account's words and banks' names are negative, so the nearest word decides: `건강보험증번호 3-5914613955,
    # 수령계좌 토스뱅크 1000-7139-8298` gives the insurance number and then an account (fifteenth held-out set), where
    # the insurance word, 30 characters back, used to claim both.
    # A care institution's code is eleven digits too and is named with the insurance's own words (`장기요양기관
    # 기호 21168000153`, `요양기관기호`; sixteenth held-out set): the institution's words, nearer the number, say
    # whose it is.
    negative=(*NEGATIVE, *ACCOUNT_LABELS, *INSTITUTION_CODES),
)
# The number told in three parts named by position (`앞 네 자리 6600, 가운데 7318, 끝 세 자리 301`, twelfth held-out
# set): the parts hold 10 to 12 digits together and a health-insurance word stands near. Linear: bounded classes without
# digits between literal position words; tried only when the text holds a middle word.
_LABEL = r"[^0-9\n]{0,12}?(?:[0-9]{1,2} ?자리[^0-9\n]{0,6}?)?"
PARTS = re.compile(
    rf"(?:앞|첫){_LABEL}(?<![0-9])([0-9]{{2,6}})(?![0-9])[^0-9\n]{{1,6}}?(?:가운데|중간){_LABEL}(?<![0-9])([0-9]{{2,6}})"
    rf"(?![0-9])[^0-9\n]{{1,6}}?(?:끝|마지막|뒤|뒷){_LABEL}(?<![0-9])([0-9]{{2,6}})(?![0-9])"
)
MIDDLE_WORDS = ("가운데", "중간")
SCORE_ALONE = 0.15
SCORE_LTC = 0.5
LTC_DIGITS = 10
SCORE_CONTEXT = 0.85
CARD_SHAPE = (1, 10)  # the health insurance card's number as printed: 3-5403974200
CARD_SHAPE_REACH = 160
LICENCE_GROUPS = (2, 2, 6, 2)
MOBILE_PREFIXES = ("010", "011", "016", "017", "018", "019", "070", "02", "03", "04", "05", "06")


class KrHealthInsuranceRecognizer:
    entity: ClassVar[Entity] = Entity.KR_HEALTH_INSURANCE

    def validate(self, value: str) -> bool | None:
        digits = value[1:] if value[:1] in "Ll" else value
        return None if digits.isdigit() and len(digits) in LENGTHS else False

    def _phone_like(self, cand: Candidate) -> bool:
        return cand.digits.startswith(MOBILE_PREFIXES)

    def _licence_layout(self, cand: Candidate) -> bool:
        """20-16-446338-87: a driving licence's four groups with its region code, no insurance number's layout (a
        licence and an insurance number in one record, each under its own key: twenty-fifth held-out set)."""
        return cand.layout is Layout.GROUPED and cand.groups == LICENCE_GROUPS and cand.digits[:2] in REGION_CODES

    def _parts(self, doc: Document) -> Iterator[Finding]:
        """The number told in three parts named by position (see PARTS), under a health-insurance word."""
        for m in PARTS.finditer(doc.text):
            digits = m.group(1) + m.group(2) + m.group(3)
            if len(digits) not in LENGTHS or digits.startswith(MOBILE_PREFIXES) or sequential(digits):
                continue
            start, end = m.start(1), m.end(3)
            if doc.signal(m.start(), end, CONTEXT) > 0:
                yield Finding(self.entity, start, end, SCORE_CONTEXT, type(self).__name__, None)

    def find(self, doc: Document) -> Iterator[Finding]:
        name = type(self).__name__
        for cand in doc.candidates(LENGTHS):
            if is_embedded_in_token(cand) or self._phone_like(cand) or self._licence_layout(cand):
                continue
            if IPV4.fullmatch(doc.text, cand.start, cand.end):
                continue  # 118.103.222.250 beside an insurance key: an address, as the account reader says too
            signal = doc.signal(cand.start, cand.end, CONTEXT)
            if signal == 0 and cand.groups == CARD_SHAPE and cand.layout is Layout.GROUPED:
                # 3-5403974200: the insurance card's own layout, a record's insurance word further off (a FHIR
                # Coverage's subscriberId with its payor 국민건강보험공단 named after it: twenty-third held-out set)
                signal = doc.signal(cand.start, cand.end, CONTEXT, before=CARD_SHAPE_REACH, after=CARD_SHAPE_REACH)
            if signal > 0 and not sequential(cand.digits):  # 12345678901: a form's example, as L1234567890 below
                yield Finding(self.entity, cand.start, cand.end, SCORE_CONTEXT, name, None)
        if any(w in doc.text for w in MIDDLE_WORDS):
            yield from self._parts(doc)
        for rs, re_ in doc.runs():
            if re_ - rs < LTC_DIGITS:
                continue
            for pos in (rs - 2, rs - 1):
                m = LTC_PATTERN.match(doc.text, pos) if pos >= 0 else None
                if m is not None and not sequential(m.group()[-LTC_DIGITS:]):
                    # L1234567890: what a form or notice prints as the number's example, not anyone's (twelfth set)
                    score = adjust(SCORE_LTC, doc.signal(m.start(), m.end(), CONTEXT), SCORE_CONTEXT)
                    yield Finding(self.entity, m.start(), m.end(), score, name, None)
