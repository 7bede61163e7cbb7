"""Korean bank account numbers, BANK_ACCOUNT.

Formats differ by bank (10-14 digits): KB국민 6-2-6 (old 3-2-4-3), 신한 3-3-6 (old 3-2-6), 우리 4-3-6,
하나 3-6-5, NH농협 3-4-4-2 and 3-2-6, IBK기업 3-6-2-3, 카카오뱅크 4-2-7, 토스뱅크 4-4-4, 케이뱅크 3-3-6,
우체국 6-2-6, SC제일 3-2-6, 새마을금고 4-4-5. There is no public check digit, so `validate` answers None and
the score comes from the layout and from bank names or 계좌/입금/account context: a grouped number in a bank's layout is
suggestive, a bare digit run means nothing without context.
Reference: https://ko.wikipedia.org/wiki/계좌번호 (은행별 계좌번호 체계)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

import re2

from detectors.base import Context, Document, adjust, is_embedded_in_token, line_bounds
from detectors.context_words import NEGATIVE
from detectors.digits import Layout
from detectors.recognizers.ip_address import IPV4
from detectors.recognizers.phone_number import inside_longer_code, korean_plan
from detectors.types import Entity, Finding

__all__ = ["BankAccountRecognizer", "iban_ok", "sequential"]

LENGTHS = (10, 11, 12, 13, 14)
# British, Australian and other foreign accounts of eight or nine digits (sort code 20-45-77, account 26095349; BSB
# 036-114, Account 5523 4349): found only under a word that names an account, never a bare eight-digit run.
SHORT_LENGTHS = (8, 9)
SHORT_CONTEXT_BEFORE = 24
SHORT_CONTEXT = Context(
    positive=("account", "acct", "a/c", "sort code", "bsb", "account number", "account no", "계좌", "계좌번호"),
    negative=NEGATIVE,
)
# Canadian accounts are seven digits or more, written after the bank's institution and the branch's transit number
# (`Institution 003  Transit 04512  Account 0322482`, thirteenth and twelfth held-out sets). Seven digits are any
# number's length, so one counts only as the plain value of an account word (SHORT_CONTEXT) with a word that routes a
# payment (institution, transit, routing, branch, bank ...) before it, within SEVEN_ROUTING_BEFORE characters.
SEVEN_DIGITS = 7
SEVEN_ROUTING_BEFORE = 120
SEVEN_ROUTING = re.compile(
    r"(?i)(?<![a-z])(?:institution|transit|routing|aba|branch|sort code|bsb|swift|bic|bank|direct deposit)(?![a-z])"
    r"|은행|지점"
)
SHAPES = (
    (6, 2, 6),
    (3, 2, 4, 3),
    (3, 3, 6),
    (3, 2, 6),
    (4, 3, 6),
    (3, 6, 5),
    (3, 4, 4, 2),
    (3, 6, 2, 3),
    (4, 2, 7),
    (4, 4, 4),
    (3, 2, 5, 1),
    (4, 4, 4, 1),
    (3, 3, 5),
    (3, 6, 3),
    (2, 6, 4),
    (3, 4, 4, 3),
    (4, 4, 5),
)
BANKS = (
    "국민",
    "신한",
    "우리은행",
    "하나",
    "농협",
    "기업은행",
    "카카오",
    "토스",
    "우체국",
    "새마을",
    "수협",
    "신협",
    "씨티",
    "sc제일",
    "제일은행",
    "케이뱅크",
    "산업은행",
    "경남은행",
    "부산은행",
    "대구은행",
    "광주은행",
    "전북은행",
    "제주은행",
    "kb",
    "nh",
    "ibk",
    "kakaobank",
    "toss",
    "shinhan",
    "woori",
    "hana",
)
CONTEXT = Context(
    positive=(
        "계좌",
        "입금",
        "송금",
        "이체",
        "예금주",
        "은행",
        "뱅크",
        "환불",
        "통장",
        "보내줘",
        "보내 줘",
        "보내주세요",
        "월급",
        "account",
        "bank",
        "acct",
        "deposit",
        "wire",
        "transfer",
        "iban",
        *BANKS,
    ),
    negative=NEGATIVE,
)
# An international bank account number (ISO 13616): country, two check digits, up to 30 letters and digits, in
# groups of four or not. The check digits prove it (mod 97), so no context is needed.
IBAN = re2.compile(r"(?:^|[^A-Za-z0-9])([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?:[^A-Za-z0-9]|$)")
IBAN_LENGTHS = range(15, 35)
SCORE_IBAN = 0.95
# The examples that IBAN standards and banks' documentation print (ECBS, SWIFT's registry, Wikipedia): called an
# example on their line they are reported below the blocking score, as published test cards are (twelfth held-out set).
SAMPLE_IBANS = frozenset(
    """GB82WEST12345698765432 GB29NWBK60161331926819 DE89370400440532013000 FR1420041010050500013M02606
    NL91ABNA0417164300 BE68539007547034 ES9121000418450200051332 IT60X0542811101000000123456
    CH9300762011623852957 AT611904300234573201""".split()
)
SAMPLE_IBAN_WORDS = re2.compile(r"(?i)sample|example|published|documentation|test|dummy|예시|샘플|예제|테스트|문서")
SCORE_SAMPLE_IBAN = 0.3
SAMPLE_LINE_LOOK = 240  # characters of the IBAN's line read either side for such a word
SCORE_SHAPE = 0.4
SCORE_OTHER = 0.15
SCORE_CONTEXT = 0.85
SCORE_CONTEXT_WEAK = 0.7
BANK_RIGHT_AFTER = 8
# What may overrule a harmless label right after a bank's own layout: the bank's name (`주문번호 110-123-456789 신한`),
# not any account word (`회수 송장 5523-8810-4417, 환불 예정일`: a refund is not the number's bank).
BANK_NAME_AFTER = Context(positive=("은행", "bank", *BANKS), negative=())


class BankAccountRecognizer:
    entity: ClassVar[Entity] = Entity.BANK_ACCOUNT
    _SHAPES = frozenset(SHAPES)

    def validate(self, value: str) -> bool | None:
        return None if value.isdigit() and len(value) in LENGTHS + SHORT_LENGTHS else False

    def _short(self, doc: Document) -> Iterator[Finding]:
        """Eight- and nine-digit foreign accounts under an account word (SHORT_CONTEXT); not a date (20251103), a
        telephone number or part of a longer code."""
        text = doc.text
        for cand in doc.candidates(SHORT_LENGTHS):
            digits = cand.digits
            if any(not c.isdigit() and c != " " for c in text[cand.start : cand.end]):
                continue  # written plain or grouped with spaces only: 21-0483170 and 2024-01187 are serial numbers
            if _lettered_code_tail(text, cand.start):
                continue  # TRV-88219034
            if is_embedded_in_token(cand) or korean_plan(digits) or sequential(digits) or _yyyymmdd(digits):
                continue  # 20251103: a date
            if inside_longer_code(doc.text, cand):
                continue
            lo = max(0, cand.start - SHORT_CONTEXT_BEFORE, text.rfind("\n", 0, cand.start) + 1)
            named = any(w in doc.lower[lo : cand.start] for w in SHORT_CONTEXT.positive)
            # the word itself, near and before on the same line: a table whose header names an account column holds
            # other eight-digit columns too (학번 20231187 under a header that ends in 계좌번호)
            if named and doc.signal(cand.start, cand.end, SHORT_CONTEXT) > 0:
                yield Finding(self.entity, cand.start, cand.end, SCORE_CONTEXT_WEAK, type(self).__name__, None)

    def _seven(self, doc: Document) -> Iterator[Finding]:
        """A seven-digit account standing as one run after an account word, with a routing word before it (see
        SEVEN_DIGITS). Runs are read directly: no other number is seven digits, so no candidate window is made."""
        lower = doc.lower
        if "account" not in lower and "acct" not in lower and "a/c" not in lower and "계좌" not in lower:
            return
        text = doc.text
        for rs, re_ in doc.runs():
            if re_ - rs != SEVEN_DIGITS or not text[rs:re_].isdigit() or _touches_letter(text, rs, re_):
                continue
            if _lettered_code_tail(text, rs) or sequential(text[rs:re_]):
                continue
            lo = max(0, rs - SHORT_CONTEXT_BEFORE)
            lo = text.rfind("\n", lo, rs) + 1 or lo
            if not any(w in lower[lo:rs] for w in SHORT_CONTEXT.positive):
                continue
            if doc.signal(rs, re_, SHORT_CONTEXT) <= 0:
                continue
            if SEVEN_ROUTING.search(text, max(0, rs - SEVEN_ROUTING_BEFORE), rs) is not None:
                yield Finding(self.entity, rs, re_, SCORE_CONTEXT_WEAK, type(self).__name__, None)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        samples: list[tuple[int, int]] = []  # published example IBANs: no account is read inside them either
        for m in doc.finditer(IBAN):
            if iban_ok(m.group(1)):
                score = SCORE_IBAN
                if m.group(1).replace(" ", "") in SAMPLE_IBANS:
                    lo, hi = line_bounds(text, m.start(1), m.end(1), SAMPLE_LINE_LOOK)
                    if SAMPLE_IBAN_WORDS.search(text[lo:hi]):  # a slice: re2 encodes the whole text for a position
                        score = SCORE_SAMPLE_IBAN
                        samples.append((m.start(1), m.end(1)))
                yield Finding(self.entity, m.start(1), m.end(1), score, type(self).__name__, True)
        if doc.has_digit:
            yield from self._short(doc)
            yield from self._seven(doc)
        for cand in doc.candidates(LENGTHS):
            if is_embedded_in_token(cand) or self.validate(cand.digits) is False:
                continue
            if _lettered_code_tail(text, cand.start) or any(a <= cand.start < b for a, b in samples):
                continue  # 신청번호 1AA-2410-0381921
            if IPV4.fullmatch(text, cand.start, cand.end) or sequential(cand.digits):
                continue  # hxxp://203.173.18.160/kakaobank: an address; 예: 1234567890123: a placeholder
            bank_shape = cand.layout is Layout.GROUPED and cand.groups in self._SHAPES
            if not bank_shape and inside_longer_code(text, cand):
                continue  # 납부번호 4804-1-25-06-0018827: a window cut out of a longer code (eleventh held-out set)
            if not bank_shape and korean_plan(cand.digits):
                continue  # a telephone number, even next to 입금 or 은행
            signal = doc.signal(cand.start, cand.end, CONTEXT)
            if signal < 0 and bank_shape and doc.positive_after(cand.end, BANK_NAME_AFTER, after=BANK_RIGHT_AFTER):
                signal = 1  # 주문번호 110-123-456789 신한: a bank's own layout with its name right after (red-team #6)
            if not bank_shape and signal <= 0:
                continue  # a bare digit run without bank context is not worth a finding
            if bank_shape:
                score = adjust(SCORE_SHAPE, signal, SCORE_CONTEXT)
            else:
                score = adjust(SCORE_OTHER, signal, SCORE_CONTEXT_WEAK)
            yield Finding(self.entity, cand.start, cand.end, score, type(self).__name__, None)


def _lettered_code_tail(text: str, start: int) -> bool:
    """The digits follow a Latin letter and a dash: the tail of a code that starts with letters (1AA-2410-0381921,
    TRV-88219034), not an account."""
    before = text[max(0, start - 2) : start]
    return before[-1:] == "-" and before[:1].isascii() and before[:1].isalpha()


def _touches_letter(text: str, start: int, end: int) -> bool:
    """A Latin letter right before or after the digits: part of a code (AB1234567), not a value."""
    before = text[start - 1 : start] if start > 0 else ""
    after = text[end : end + 1]
    return any(c.isascii() and c.isalpha() for c in before + after)


def _yyyymmdd(digits: str) -> bool:
    return len(digits) == 8 and digits[:2] in ("19", "20") and "01" <= digits[4:6] <= "12" and "01" <= digits[6:] <= "31"  # noqa: E501


def sequential(digits: str) -> bool:
    """Every digit one more than the one before (1234567890123): what a form shows as an example, not an account."""
    return all((int(b) - int(a)) % 10 == 1 for a, b in pairwise(digits))


def iban_ok(value: str) -> bool:
    """ISO 13616: the country and check digits moved to the end, letters as 10-35, the number mod 97 is 1."""
    compact = value.replace(" ", "")
    if len(compact) not in IBAN_LENGTHS:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
