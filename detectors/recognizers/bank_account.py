"""Korean bank account numbers, BANK_ACCOUNT.

Formats differ by bank and by account generation (10-14 digits): LAYOUTS below lists, bank by bank, the groups each
writes (KB국민 6-2-6, old 3-2-4-3, 주택 4-2-6; 신한 3-3-6, old 3-2-6; 우리 4-3-6; 하나 3-6-5; NH농협 3-4-4-2;
IBK기업 3-6-2-3 and 3-2-7; KDB산업 3-4-4-3 or 3-8-3; 카카오뱅크 4-2-7; 토스뱅크 4-4-4; 새마을금고 4-4-4-1 ...). There
is no public check digit, so `validate` answers None and the score comes from the layout and from bank names or
계좌/입금/account context, in the text or in a table's header (`acct_no` over a psql result): a grouped number in a
bank's layout is suggestive, a bare digit run means nothing without context.
References: https://ko.wikipedia.org/wiki/계좌번호 (은행별 계좌번호 체계); 금융결제원 CMS's account rules by bank,
https://www.cmsedi.or.kr/cms/board/workdata (as the open-source account-number detectors transcribe them).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

import re2

from detectors.base import Context, Document, adjust, column_header, is_embedded_in_token, line_bounds
from detectors.context_words import NEGATIVE
from detectors.digits import Candidate, Layout
from detectors.recognizers.ip_address import IPV4
from detectors.recognizers.phone_number import inside_longer_code, korean_plan, personal_number
from detectors.resident_numbers import proven_resident
from detectors.split_halves import item_number_end
from detectors.types import Entity, Finding

__all__ = ["ACCOUNT_LABELS", "ACCOUNT_LABEL_SET", "LAYOUTS", "BankAccountRecognizer", "iban_ok", "sequential"]

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
# Each bank's layouts, in groups of digits as passbooks and banking apps write them. 금융결제원's CMS rules give the
# structure (branch, subject code, serial, check digit); virtual accounts (가상계좌) are accounts too. Left out: the
# old Citibank 1-6-3 and 1-6-3-2 (a first group of one digit is any list's item number) and the lifetime numbers
# made of a mobile number (010-1234-5678, a telephone number first).
LAYOUTS: dict[str, tuple[tuple[int, ...], ...]] = {
    "KB국민": ((6, 2, 6), (3, 2, 4, 3), (4, 2, 6), (4, 2, 8)),  # now, old 국민, old 주택 (and its 당좌)
    "신한": ((3, 3, 6), (3, 2, 6), (3, 3, 8), (3, 2, 8)),  # now, old 신한 and 조흥, virtual
    "우리": ((4, 3, 6), (3, 6, 2, 3), (3, 2, 6), (3, 2, 7)),  # now, old 한일 and linked, old 상업, old 평화
    "하나": ((3, 6, 5), (3, 6, 3), (3, 2, 5, 1)),  # now, old 외환 (twelve and eleven digits)
    "NH농협": ((3, 4, 4, 2), (3, 2, 6), (4, 2, 6), (6, 2, 6), (3, 4, 4, 3)),  # now, old, 단위농협, virtual
    "IBK기업": ((3, 6, 2, 3), (3, 2, 7)),
    "KDB산업": ((3, 4, 4, 3), (3, 8, 3), (3, 2, 6)),  # now (its eight middle digits in two groups or one), old
    "SC제일": ((3, 2, 6), (3, 2, 9)),  # and virtual
    "씨티": ((3, 5, 3, 2), (3, 5, 3), (2, 2, 6)),  # now, old 한미, old 씨티
    "수협": ((4, 4, 4), (3, 2, 5, 1), (3, 2, 8, 1)),  # now, old, virtual
    "대구(iM뱅크)": ((3, 2, 7), (3, 2, 6, 3), (3, 2, 6, 1)),
    "부산": ((3, 3, 6), (4, 3, 7), (3, 4, 4, 2)),
    "경남·전북": ((3, 2, 7),),
    "광주·신협·케이뱅크": ((3, 3, 6),),
    "제주": ((2, 2, 6),),
    "새마을금고": ((4, 4, 4, 1), (4, 4, 5), (4, 2, 6, 1), (4, 3, 6, 1)),  # now (its last digit apart or not), old
    "우체국": ((6, 2, 6),),
    "카카오뱅크": ((4, 2, 7),),
    "토스뱅크": ((4, 4, 4),),
    "other": ((3, 3, 5), (2, 6, 4)),  # kept from the first version of this table
}
SHAPES = tuple(dict.fromkeys(shape for shapes in LAYOUTS.values() for shape in shapes))
# A bank's short name that is an everyday word too (우리: we, 하나: one, 국민: the people, 기업: a firm) names the
# bank right before a number in that bank's own layout (`기여율 40% / 우리 1002-691-828272`, seventeenth held-out
# set): the pair outweighs a harmless label nearby.
SHORT_BANK_NAMES: dict[str, tuple[tuple[int, ...], ...]] = {
    "우리": LAYOUTS["우리"],
    "하나": LAYOUTS["하나"],
    "국민": LAYOUTS["KB국민"],
    "기업": LAYOUTS["IBK기업"],
    "농협": LAYOUTS["NH농협"],
    "산업": LAYOUTS["KDB산업"],
    "신한": LAYOUTS["신한"],
}
SHORT_BANK_BEFORE = 6  # characters before the number read for the name
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
    "kdb",
    "im뱅크",
    "아이엠뱅크",
    "bnk",
    "dgb",
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
# Institutions whose names start with a bank's short name and that number things of their own (국민신문고 receipts,
# 국민연금 and 국민건강보험 numbers): the name is no bank's, and the nearest word before a number decides.
NOT_BANKS = ("국민신문고", "국민연금", "국민건강보험", "국민권익위원회", "국민취업지원", "국민카드", "우체국택배")
CONTEXT = Context(
    positive=(
        "계좌",
        "口座",  # and in hanja, as older contracts write them (農協 口座, 入金)
        "入金",
        "銀行",
        "預金",
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
        "acnt",
        "acno",
        "deposit",
        "wire",
        "transfer",
        "iban",
        *BANKS,
    ),
    negative=(*NEGATIVE, *NOT_BANKS),
)
# A number led by a year (2024-5925610) is how receipt, application and case numbers are written. In a list that a
# harmless number's label introduces (`민원 접수번호 형식 통일안` over `국민신문고 1AA-…, 새올 2024-5925610, 정부24
# 신청번호 …`, or `신청번호: 2024-…, 2024-…, …` on one line), that label reaches every such item, however far past the
# context window it stands, unless an account word stands between (`신청번호 2024-1111111, 환불 계좌 2024-5925610`) or
# right after the number. A list is the number's line and the lines above it that hold a digit, at most LIST_LINES of
# them and LIST_REACH characters, with the heading line above them.
LIST_LINES = 30
LIST_REACH = 2000
ACCOUNT_WORDS = Context(
    positive=(
        "계좌", "통장", "입금", "송금", "이체", "예금주", "환불", "account", "acct", "acnt", "acno", "iban", "deposit",
        "wire",
    ),
    negative=(),
)  # fmt: skip
# The same reach the other way: a list whose heading, header or an earlier item names accounts or banks makes each
# item in a bank's layout an account, unless a harmless label is nearer (fifteenth, seventh and ninth held-out sets):
# `근로장학생 근무시간 집계표 ... 지급계좌 확인` over tab rows; `인건비 지급 명단, 은행별로 나눠줘` over
# `- 이름 / 번호 / 휴대폰` items; a DataFrame's `name  phone  account` header; `1) 고재성 — 새마을금고 9934-…`
# over `2) 차윤희 — 우리 1002-…`.
# A bank's name counts only where it is no everyday word too: 하나 (one), 국민 (the people), 카카오 and 토스 (messaging
# and payments apps), 우체국 (parcels) and kb (kilobytes) head lists of other things.
AMBIGUOUS_BANKS = frozenset(("하나", "국민", "카카오", "토스", "우체국", "kb", "toss", "hana"))
ACCOUNT_LABELS = (
    *ACCOUNT_WORDS.positive,
    "은행",
    "뱅크",
    "bank",
    *(b for b in BANKS if b not in AMBIGUOUS_BANKS),
)
ACCOUNT_LABEL_SET = frozenset(ACCOUNT_LABELS)
HARMLESS_LABELS = frozenset(NEGATIVE)
LISTING_WORDS = HARMLESS_LABELS | ACCOUNT_LABEL_SET
# The labels each reading weighs. A year-led number is in the receipt numbers' own layout, so only an account word
# outweighs its list's harmless label (`접수번호 목록` over `- 하나 2024-…`, `- 신한 2024-…`); any other number in a
# bank's layout is an account under a bank's name as well.
YEAR_LED_READING = HARMLESS_LABELS | ACCOUNT_WORDS.positive_set
LAYOUT_READING = LISTING_WORDS
# A list whose label names the account itself heads rows of plain runs too: a Go table test `[]struct{ owner, acct
# string; ok bool }{` over `{"봉지안", "36715527345435", true},` and `{"석태웅", "03095368517040", true},` (sixteenth
# held-out set), where the label's context window reached only the first row. Words of a transaction (환불, 송금, 이체)
# head lists of other numbers (거래번호, 승인번호) as often, and a plain run has no layout of its own to vouch for it.
ACCOUNT_NAMES = frozenset(("계좌", "통장", "account", "acct", "acnt", "acno"))
# A row that carries a person's resident or alien registration number, proven by its check digit, is that person's
# record, and a number in a bank's layout in it is the person's account (`0  옥채원  990520-2514221  596-69-3601939`
# printed by pandas with no header or word, fifteenth held-out set): unless the row holds a harmless label anywhere
# (an order, invoice or case number beside the person's), the table's header names the column otherwise, or the
# number is led by a year. A row is a line of at most MAX_ROW characters.
MAX_ROW = 1000
RESIDENT_LENGTH = 13
RESIDENT_GENDERS = frozenset("12345678")
# Evidence from the list or the row, not from a word beside the number: above the reporting threshold, below what a
# word right before it gives.
SCORE_LAYOUT = 0.7
YEAR_CENTURIES = ("19", "20")
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


AWS_ACCOUNT_DIGITS = 12
_AWS_BEFORE = re.compile(r"(?i)(?<![a-z])aws[ _\-]?(?:account|acct)?[ _\-]?(?:id|no|number)?[ :=\"']{0,3}$|::$")
AWS_REACH = 24


def _aws_account(text: str, start: int) -> bool:
    """Twelve digits after the word AWS (an account id, `AWS account 418277306591`) or between an ARN's colons."""
    return _AWS_BEFORE.search(text, max(0, start - AWS_REACH), start) is not None


_CARD_GROUPS = re.compile(r"(?<![0-9])[0-9]{4}([ .\-])[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?![0-9])")
CARD_REACH = 5  # a fourth group and its separator, before or after three groups of four


def _card_layout_head(text: str, cand: Candidate) -> bool:
    """Three groups of four digits inside four groups of four joined by one separator: a card number's layout (no
    Korean bank writes sixteen digits so), whether or not it passes the card checksum (1010-0000-1234-5678)."""
    if cand.groups != (4, 4, 4):
        return False
    lo, hi = max(0, cand.start - CARD_REACH), min(len(text), cand.end + CARD_REACH + 1)
    m = _CARD_GROUPS.search(text, lo, hi)
    return m is not None and m.start() <= cand.start and cand.end <= m.end()


# No bank numbers an account with four leading zeros; a fixed-width record pads its amounts and counters so.
ZERO_PADDING = "0000"


# A Unix time in seconds with a fraction after a dot (1712031012.0031: Slack's `ts`, a log's epoch stamp): ten digits
# from 2001-09-09 (1000000000) to 2036, then one to nine. No bank writes an account as ten digits, a dot and more; the
# ten digits alone are no account either.
EPOCH_SECONDS = re.compile(r"(?<![0-9.])(?:1[0-9]|20)[0-9]{8}\.[0-9]{1,9}(?![0-9]|\.[0-9])")
EPOCH_DIGITS = 10


def _epoch_seconds(text: str, cand: Candidate) -> bool:
    return cand.groups[0] == EPOCH_DIGITS and EPOCH_SECONDS.match(text, cand.start) is not None


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
            if item_number_end(text, cand.start, cand.end) != cand.start:
                continue  # `3) 2024-1138207`: a list's item number and the item (read as its own window)
            if cand.layout is Layout.PLAIN and cand.digits.startswith(ZERO_PADDING):
                continue  # 금액=000001250000: a fixed-width field's amount or counter, padded with zeros
            if IPV4.fullmatch(text, cand.start, cand.end) or sequential(cand.digits):
                continue  # hxxp://203.173.18.160/kakaobank: an address; 예: 1234567890123: a placeholder
            if _epoch_seconds(text, cand):
                continue  # "ts": "1712031012.0031": a Unix time with its fraction (Slack's message ids)
            bank_shape = cand.layout is Layout.GROUPED and cand.groups in self._SHAPES
            if not bank_shape and inside_longer_code(text, cand):
                continue  # 납부번호 4804-1-25-06-0018827: a window cut out of a longer code (eleventh held-out set)
            if text[cand.start - 1 : cand.start] == "제" and text[cand.end : cand.end + 1] == "호":
                continue  # 택시운전자격 제2011-004871호: a register's entry number, as 제N호 writes one
            if len(cand.digits) == AWS_ACCOUNT_DIGITS and _aws_account(text, cand.start):
                continue  # AWS account 418277306591, arn:aws:iam::418277306591:role/...: a cloud account's id
            if bank_shape and _card_layout_head(text, cand):
                continue  # 1010-0000-1234-5678: the first twelve digits of a card's four groups of four
            if korean_plan(cand.digits) and (not bank_shape or personal_number(cand.digits)):
                continue  # a telephone number, even next to 입금 or 은행; 0504-2723-3483 in an account's 4-4-4 too
            if cand.groups[0] == 2 and cand.digits.startswith("82") and korean_plan("0" + cand.digits[2:]):
                continue  # 82-2-3785-1120: a Korean number after its country code, without the plus
            signal = doc.signal(cand.start, cand.end, CONTEXT)
            if signal >= 0 and _year_led(cand.groups, cand.digits) and _listed_as_harmless(doc, cand.start, cand.end):
                signal = -1  # 새올 2024-5925610 in a list of 접수번호 (see LIST_LINES)
            if signal < 0 and bank_shape and _bank_named_after(doc, cand.end):
                signal = 1  # 주문번호 110-123-456789 신한: a bank's own layout with its name right after (red-team #6)
            if signal <= 0 and bank_shape and not _year_led(cand.groups, cand.digits) and _short_bank_named_before(
                text, cand.start, cand.groups
            ):
                signal = 1
            if not bank_shape and signal == 0 and _plain_in_account_list(doc, cand):
                yield Finding(self.entity, cand.start, cand.end, SCORE_LAYOUT, type(self).__name__, None)
                continue  # the second row of a table test under `struct{ owner, acct string }` (see ACCOUNT_NAMES)
            if not bank_shape and signal <= 0:
                continue  # a bare digit run without bank context is not worth a finding
            if bank_shape and signal == 0 and _account_by_layout(doc, cand):
                score = SCORE_LAYOUT  # its list's heading or its row says it is an account (see ACCOUNT_LABELS)
            elif bank_shape:
                score = adjust(SCORE_SHAPE, signal, SCORE_CONTEXT)
            else:
                score = adjust(SCORE_OTHER, signal, SCORE_CONTEXT_WEAK)
            yield Finding(self.entity, cand.start, cand.end, score, type(self).__name__, None)


def _bank_named_after(doc: Document, end: int) -> bool:
    """A bank's name within BANK_RIGHT_AFTER characters after the number, on its line: the next line's first word
    (`새올 2024-123-456789` over `국민신문고 …` in a list of 접수번호) names the next item, not this number's bank."""
    line_end = doc.text.find("\n", end, end + BANK_RIGHT_AFTER)
    after = BANK_RIGHT_AFTER if line_end < 0 else line_end - end
    return after > 0 and doc.positive_after(end, BANK_NAME_AFTER, after=after)


def _short_bank_named_before(text: str, start: int, groups: tuple[int, ...]) -> bool:
    """A bank's short name (SHORT_BANK_NAMES) as the word right before the number, which is in that bank's layout."""
    before = text[max(0, start - SHORT_BANK_BEFORE) : start].rstrip(" \t:：")
    for short, layouts in SHORT_BANK_NAMES.items():
        if before.endswith(short) and groups in layouts:
            head = before[: -len(short)]
            return not head or not "가" <= head[-1] <= "힣"
    return False


def _year_led(groups: tuple[int, ...], digits: str) -> bool:
    """Written in groups, the first a year of four digits (2024-5925610, 1998-0412-7731)."""
    return len(groups) > 1 and groups[0] == 4 and digits[:2] in YEAR_CENTURIES


def _listed_as_harmless(doc: Document, start: int, end: int) -> bool:
    """The number at (start, end) is an item of a list a harmless number's label introduces (see LIST_LINES)."""
    if doc.positive_after(end, ACCOUNT_WORDS):
        return False
    return _list_label(doc, start, YEAR_LED_READING) in HARMLESS_LABELS


def _account_by_layout(doc: Document, cand: Candidate) -> bool:
    """A number in a bank's layout, with no word near it, that its list or its row makes an account: the nearest
    label of its list names accounts or banks (see ACCOUNT_LABELS), or its row carries a proven resident number and
    no harmless label (see MAX_ROW). Never a number led by a year, nor one in a column its table's header calls
    something else, nor a window cut out of a longer number (a test card's 4111-1111-1111 in 4111-1111-1111-1111, a
    driving licence's 11-04-589223 in 11-04-589223-47, beside a resident number in the twelfth held-out set)."""
    if _year_led(cand.groups, cand.digits) or _cut_from_longer(doc.text, cand):
        return False
    label = _list_label(doc, cand.start, LAYOUT_READING)
    if label in HARMLESS_LABELS:
        return False
    if label is None and not _resident_row(doc, cand.start, cand.end):
        return False
    cell = column_header(doc, cand.start, cand.end)
    return not cell or any(w in cell for w in ACCOUNT_LABELS)


def _plain_in_account_list(doc: Document, cand: Candidate) -> bool:
    """One plain run of an account's length, with no word near it, in a list whose nearest label names the account
    itself (see ACCOUNT_NAMES); not a date-led run (a timestamp 20240512093011), and not in a column its table's header
    calls something else."""
    if cand.layout is not Layout.PLAIN or _yyyymmdd(cand.digits[:8]):
        return False
    if _list_label(doc, cand.start, LAYOUT_READING) not in ACCOUNT_NAMES:
        return False
    cell = column_header(doc, cand.start, cand.end)
    return not cell or any(w in cell for w in ACCOUNT_LABELS)


def _cut_from_longer(text: str, cand: Candidate) -> bool:
    """A digit group joined to the candidate by its own separator stands right before or after it: phone_number's
    inside_longer_code, and spaces too (`4111 1111 1111 1111`), which a telephone number's reading leaves out."""
    if inside_longer_code(text, cand):
        return True
    if text[cand.start : cand.end].isdigit() or " " not in text[cand.start : cand.end]:
        return False
    before = cand.start >= 2 and text[cand.start - 1] == " " and text[cand.start - 2].isdigit()
    after = text[cand.end : cand.end + 1] == " " and text[cand.end + 1 : cand.end + 2].isdigit()
    return before or after


def _list_label(doc: Document, start: int, reading: frozenset[str]) -> str | None:
    """The label of `reading` (YEAR_LED_READING or LAYOUT_READING) nearest before `start` in its list (see LIST_LINES),
    at most LIST_REACH characters back: on its own line, else on the lines above it up to the list's heading. None when
    there is none, or when the line is longer than a list's."""
    text = doc.text
    line = text.rfind("\n", max(0, start - LIST_REACH), start) + 1
    if line == 0 and start > LIST_REACH:
        return None  # a line too long to be a list's
    ends, words = _line_labels(doc, line, reading)
    i = bisect.bisect_right(ends, start) - 1
    if i >= 0:
        return words[i]
    above = _label_above(doc, line, reading)
    return above[1] if above is not None and above[0] > start - LIST_REACH else None


def _label_above(doc: Document, line: int, reading: frozenset[str]) -> tuple[int, str] | None:
    """(end, word) of the last label of `reading` on the lines above the line starting at `line`, up to its list's
    heading, looked for at most LIST_REACH characters up. Kept per line, and for every line of the same list the walk
    passed with nothing of `reading` on it (the same label is the last above each), so the lines of a long list are
    each read once."""
    known: dict[tuple[int, bool], tuple[int, str] | None] = doc.memo("bank_label_above", lambda _: {})
    flag = reading is YEAR_LED_READING
    if (line, flag) in known:
        return known[line, flag]
    heading = _list_start(doc, line)
    found: tuple[int, str] | None = None
    walked = [line]
    pos, settled = line, False
    while pos > heading and pos > line - LIST_REACH:
        above = doc.text.rfind("\n", heading, pos - 1) + 1 or heading
        ends, words = _line_labels(doc, above, reading)
        if words:
            found, settled = (ends[-1], words[-1]), True
            break
        if above == heading:
            settled = True
            break
        if (above, flag) in known and _list_start(doc, above) == heading:
            found, settled = known[above, flag], True
            break
        walked.append(above)
        pos = above
    settled = settled or pos <= heading
    for w in walked if settled else walked[:1]:
        if w == line or _list_start(doc, w) == heading:
            known[w, flag] = found
    return found


def _line_labels(doc: Document, line: int, reading: frozenset[str]) -> tuple[list[int], list[str]]:
    """(ends, words) of the labels of `reading` on the line starting at `line`, ordered by end, kept per line and
    reading (from the line's LISTING_WORDS, themselves kept per line)."""
    known: dict[tuple[int, bool], tuple[list[int], list[str]]] = doc.memo("bank_line_reading", lambda _: {})
    key = (line, reading is YEAR_LED_READING)
    found = known.get(key)
    if found is None:
        ends, words = _line_listing_words(doc, line)
        kept = [i for i, w in enumerate(words) if w in reading]
        found = known[key] = ([ends[i] for i in kept], [words[i] for i in kept])
    return found


def _line_listing_words(doc: Document, line: int) -> tuple[list[int], list[str]]:
    """(ends, words) of the LISTING_WORDS on the line starting at `line`, ordered by end, kept per line: the engine's
    keyword index run over the line alone, or a substring search where the document has no index (tests, tools)."""
    known: dict[int, tuple[list[int], list[str]]] = doc.memo("bank_line_labels", lambda _: {})
    found = known.get(line)
    if found is not None:
        return found
    text, lower = doc.text, doc.lower
    end = text.find("\n", line)
    end = len(text) if end < 0 else end
    if doc.keywords is not None:
        hits = doc.keywords.hits(text[line:end], lower[line:end])
        pairs = [(e + line, w) for e, w in zip(hits[1], hits[2], strict=True) if w in LISTING_WORDS]
    else:
        part = lower[line:end]
        pairs = sorted((m.end() + line, w) for w in LISTING_WORDS for m in re.finditer(re.escape(w), part))
    found = known[line] = ([e for e, _ in pairs], [w for _, w in pairs])
    return found


def _resident_row(doc: Document, start: int, end: int) -> bool:
    """The row holding (start, end) carries a resident or alien registration number that its check digit proves,
    other than the number itself, and no harmless label (see MAX_ROW)."""
    line = doc.text.rfind("\n", max(0, start - MAX_ROW), start) + 1
    if line == 0 and start > MAX_ROW:
        return False
    spans = doc.memo("bank_resident_rows", _resident_rows).get(line, ())
    if not any(b <= start or a >= end for a, b in spans):
        return False
    return not any(w in HARMLESS_LABELS for w in _line_listing_words(doc, line)[1])


def _resident_rows(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """Spans of the resident and alien registration numbers a check digit proves (YYMMDD-GNNNNNC written 6-7 or as
    one run), by the start of their line: one pass over the document's 13-digit candidates."""
    rows: dict[int, list[tuple[int, int]]] = {}
    text = doc.text
    for cand in doc.candidates((RESIDENT_LENGTH,)):
        digits = cand.digits
        if cand.embedded or not (cand.layout is Layout.PLAIN or cand.groups == (6, 7)):
            continue
        if digits[6] not in RESIDENT_GENDERS or not proven_resident(digits):
            continue
        line = text.rfind("\n", max(0, cand.start - MAX_ROW), cand.start) + 1
        if line > 0 or cand.start <= MAX_ROW:
            rows.setdefault(line, []).append((cand.start, cand.end))
    return rows


def _list_start(doc: Document, line: int) -> int:
    """Where the list holding the line that starts at `line` starts: the start of its heading, the first line above it
    that holds no digit, unless a blank line or the LIST_LINES-th line comes first. Kept per line for every line the
    walk passed (they share the list), so each line is walked over once however many numbers ask."""
    known: dict[int, int] = doc.memo("bank_list_start", lambda _: {})
    text = doc.text
    walked: list[int] = []
    start = line
    for _ in range(LIST_LINES):
        if start in known:
            start = known[start]
            break
        walked.append(start)
        above = text.rfind("\n", max(0, start - 1 - LIST_REACH), start - 1) + 1
        if start == 0 or (above == 0 and start - 1 > LIST_REACH):
            break  # the text's first line, or a line too long to be a list's
        previous = text[above : start - 1]
        if not previous.strip():
            break  # a blank line ends the list
        start = above
        if not any(c.isdigit() for c in previous):
            break  # the heading
    known.update(dict.fromkeys(walked, start))
    return start


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
