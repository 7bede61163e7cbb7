"""Payment card numbers, CREDIT_CARD.

Format: 13-19 digits, usually 4-4-4-4 (Amex 4-6-5), ending in a Luhn check digit, with an issuer prefix
(IIN): Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37, Discover 6011/644-649/65, JCB 3528-3589,
Diners 300-305/36/38/39, UnionPay 62, Korean domestic cards 94/95. Luhn and a known prefix prove it (True); Luhn
with an unknown prefix is weak; a failed Luhn is impossible (False).
Reference: https://en.wikipedia.org/wiki/Payment_card_number
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from detectors.base import (
    SCORE_PROVEN_MISLABELLED,
    Context,
    Document,
    adjust,
    foreign_layout,
    is_embedded_in_token,
    line_bounds,
)
from detectors.card_numbers import known_issuer, luhn_ok
from detectors.context_words import NEGATIVE
from detectors.digits import Layout
from detectors.recognizers.kr_rrn import birth_date_valid, chance_pass, split_findings
from detectors.types import Entity, Finding

__all__ = ["CreditCardRecognizer", "known_issuer", "luhn_ok"]

LENGTHS = (13, 14, 15, 16, 17, 18, 19)
SHAPES = ((4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3), (4, 4, 4, 1), (4, 4, 4, 2), (4, 4, 4, 3))
CONTEXT = Context(
    positive=(
        "카드번호",
        "카드",
        "신용카드",
        "체크카드",
        "결제",
        "card",
        "credit",
        "visa",
        "mastercard",
        "amex",
        "cc#",
        "pan",
    ),
    negative=NEGATIVE,
)
# Numbers the card networks and payment processors publish for testing (Stripe, Adyen, Braintree, PayPal docs): never
# issued to anyone. Said to be test numbers right before them ("use test card 4242 4242 4242 4242", "테스트 카드
# 4111-...") they are reported below the blocking score; anywhere else they stay cards (a red team, or a prompt that
# uses one as a stand-in for a real number, must not get it through by accident).
TEST_CARDS = frozenset(
    """4242424242424242 4111111111111111 4000056655665556 5555555555554444 5200828282828210 5105105105105100
    378282246310005 371449635398431 6011111111111117 6011000990139424 3056930009020004 36227206271667
    3566002020360505 6200000000000005 4012888888881881 4000000000009995 4000000000000002 4000000000009987
    4000000000000069 4000000000000127 4000000000000119 4000002500003155 4000000000003220 5454545454545454
    4917610000000000 4444333322221111 2223003122003222 4000000000000077 4000000000000341""".split()
)
# "test card 4242 ...", "테스트용 카드번호: 4111 ...", "sandbox PAN = ...": the test word names the number itself;
# "... 4000 0000 0000 9995 to simulate a decline" says so after it.
TEST_BEFORE = re.compile(
    r"(?i)(?:test|sandbox|dummy|sample|fake|테스트|샌드박스|더미|샘플|예시|가짜)(?:용|용의|용으로)?[ \t]?"
    r"(?:card|cards|카드|number|numbers|번호|카드번호|pan|visa|mastercard|amex)?[ \t]?(?:는|은|:|=)?[ \t]?$"
)
TEST_AFTER = re.compile(
    r"(?i)[ \t,)]{0,3}(?:to simulate|for testing|for test|\((?:test|sample|dummy)[^()\n]{0,16}\)"
    r"|테스트용|으로 테스트|로 테스트|\((?:테스트|샘플|더미|예시)[^()\n]{0,10}\))"
)
TEST_WORD_BEFORE = 32
TEST_LIST_BEFORE = 240  # characters of a number's line read for test words, either side
# Test words on the number's line (a list under one heading on the same line, "documented test cards only: 5555 ...
# (success), 4000 0566 ... (Visa debit), ..."; twelfth held-out set; `테스트용 번호로 4111-…, 5555-… 쓰면 되나요?`) or
# on a heading over its list, on a line of its own above it (`QA checklist ... are these the right sandbox cards?`
# over `Visa success: 4111 1111 1111 1111 ...` and `Visa 3DS: 4000 0000 0000 3220`, sixteenth held-out set; `Check
# this API doc example` over a JSON body, `Postman 환경변수 예시:` over `{{card}} = 4111-...`, ninth and eleventh): the
# list is its lines up to a blank line, at most TEST_HEADING_LINES of them. A heading may call the whole list an
# example or a sandbox's without naming cards, since only published test numbers are lowered by it; a comment after
# the number on its line names it so too (`assert luhn_ok("4111111111111111")  # 테스트 카드`).
TEST_HEADING = re.compile(
    r"(?i)test cards?|test numbers?|test pans?|test values?|test data|sandbox|example|placeholder|"
    r"테스트|샌드박스|예시|샘플|더미"
)
TEST_HEADING_LINES = 12
SCORE_TEST_CARD = 0.3
# Cards that hold a balance or points but are no payment card: a Hi-pass prepaid card, a transit, gift, membership or
# points card, an ID or access card. Their numbers follow no card network's Luhn rule, so such a label before a number
# that fails Luhn does not make it a card (`하이패스 선불카드 번호 9410-2211-0457-8812`, thirteenth held-out set); a
# number that passes Luhn with an issuer's prefix (a credit card with a Hi-pass chip) is still one.
STORED_VALUE_CARD = re.compile(
    r"(?i)하이패스|hi-?pass|교통카드|티머니|t-?money|캐시비|선불카드|기프트 ?카드|gift ?card|상품권|멤버십|membership"
    r"|포인트 ?카드|적립 ?카드|마일리지|loyalty|도서관|출입 ?카드|사원증|학생증"
)
STORED_VALUE_BEFORE = 32
SCORE_ISSUER = {Layout.GROUPED: 0.95, Layout.PLAIN: 0.85, Layout.SPREAD: 0.85}
SCORE_LUHN_ONLY = 0.3
CARD_LENGTH = 16  # the one length a plain run under a harmless label is still read as a card at
MAX_SPREAD_GROUP = 12
SCORE_LABELLED_ONLY = 0.55
SCORE_CONTEXT = 0.9


def _dashed(text: str, start: int, end: int) -> bool:
    """Only digits and single dashes between them."""
    return "-" in text[start:end] and text[start:end].replace("-", "").isdigit() and "--" not in text[start:end]


def _said_to_be_a_test(text: str, start: int, end: int) -> bool:
    """The number called a test number right before it (TEST_BEFORE, on its line), right after it (TEST_AFTER), a
    test word anywhere on its line or on a heading over its list (TEST_HEADING). Only published test numbers are
    asked (TEST_CARDS)."""
    line, line_end = line_bounds(text, start, end, TEST_LIST_BEFORE)
    lo = max(line, start - TEST_WORD_BEFORE)
    if TEST_BEFORE.search(text, lo, start) is not None or TEST_AFTER.match(text, end) is not None:
        return True
    if TEST_HEADING.search(text, line, line_end) is not None:
        return True  # 테스트용 번호로 4111-…, 5555-… 쓰면 되나요?; use 4111 … with any expiry for sandbox tests
    return _test_heading_above(text, line)


def _test_heading_above(text: str, line: int) -> bool:
    """TEST_HEADING's words on a line above the one starting at `line`, within its list (no blank line between, at
    most TEST_HEADING_LINES lines of at most TEST_LIST_BEFORE characters each read)."""
    for _ in range(TEST_HEADING_LINES):
        if line <= 0:
            return False
        lo = max(0, line - 1 - TEST_LIST_BEFORE)
        above = text.rfind("\n", lo, line - 1) + 1
        if (above == 0 and lo > 0) or not text[above : line - 1].strip():
            return False  # a line longer than a list's, or a blank line, which ends the list
        if TEST_HEADING.search(text, above, line - 1) is not None:
            return True
        line = above
    return False


def _stored_value_label(text: str, start: int) -> bool:
    """A stored-value or ID card named on the number's line, at most STORED_VALUE_BEFORE characters before it (see
    STORED_VALUE_CARD)."""
    lo = max(0, start - STORED_VALUE_BEFORE)
    lo = text.rfind("\n", lo, start) + 1 or lo
    return STORED_VALUE_CARD.search(text, lo, start) is not None


def _list_window(text: str, start: int, end: int) -> bool:
    """A window across a comma that starts or ends inside a dash- or dot-grouped code (twelfth held-out set)."""
    if text.find(",", start, end) < 0:
        return False
    before = start >= 2 and text[start - 1] in "-." and text[start - 2].isdigit()
    after = text[end : end + 1] in ("-", ".") and text[end + 1 : end + 2].isdigit()
    return before or after


class CreditCardRecognizer:
    entity: ClassVar[Entity] = Entity.CREDIT_CARD

    def validate(self, value: str) -> bool | None:
        if not value.isdigit() or len(value) not in LENGTHS or not luhn_ok(value):
            return False
        return True if known_issuer(value) else None

    def find(self, doc: Document) -> Iterator[Finding]:
        for cand in doc.candidates(LENGTHS):
            if foreign_layout(cand, SHAPES):
                continue
            if cand.layout is Layout.SPREAD and cand.groups[0] < 4 and _dashed(doc.text, cand.start, cand.end):
                continue  # 상표 출원 40-2025-0012345: no card starts with a group shorter than four
            if cand.layout is Layout.SPREAD and max(cand.groups) >= MAX_SPREAD_GROUP:
                continue  # 450\n8801099551020: a barcode under the last cell of the row above, not a card in pieces
            if cand.layout is Layout.SPREAD and _list_window(doc.text, cand.start, cand.end):
                continue  # 6482-3390-2261, 5517-0928-4410: the end of one code and the start of the next in a list
            if cand.layout is Layout.SPREAD and cand.groups[:2] == (6, 7) and birth_date_valid(cand.digits[:13]):
                continue  # 210817 - 4642058 (2021년생: a resident number and the year after it (tenth held-out set)
            ok = self.validate(cand.digits)
            if is_embedded_in_token(cand, proven=ok is True):
                continue
            signal = doc.proven_signal(cand.start, cand.end, CONTEXT, proven=ok is True)
            if ok is False:
                if (
                    signal > 0
                    and cand.groups == (4, 4, 4, 4)
                    and cand.layout is Layout.GROUPED
                    and not _stored_value_label(doc.text, cand.start)
                    and not _said_to_be_a_test(doc.text, cand.start, cand.end)
                ):
                    # 카드번호 1234-5678-9012-3456: fails Luhn, but written and labelled as a card number (and not
                    # called an example: 카드번호 1010-0000-1234-5678 형식 예시)
                    yield Finding(self.entity, cand.start, cand.end, SCORE_LABELLED_ONLY, type(self).__name__, None)
                continue
            base = SCORE_ISSUER[cand.layout] if ok else SCORE_LUHN_ONLY
            if (
                ok
                and signal < 0
                and (
                    (cand.layout is Layout.GROUPED and len(cand.groups) >= 4)
                    or (cand.layout is not Layout.GROUPED and len(cand.digits) == CARD_LENGTH)
                )
                and not chance_pass(cand, doc, CONTEXT, self.validate, "card")
            ):
                # 주문번호 4111-1111-1111-1111, order id 4532015112830366: the check digit and an issuer's range (and,
                # grouped, a card's own grouping) outweigh a label that calls the number something else (red-team #6)
                score = SCORE_PROVEN_MISLABELLED[cand.layout]
                yield Finding(self.entity, cand.start, cand.end, score, type(self).__name__, ok)
                continue
            score = adjust(base, signal, SCORE_CONTEXT)
            if cand.digits in TEST_CARDS and _said_to_be_a_test(doc.text, cand.start, cand.end):
                score = SCORE_TEST_CARD  # use test card 4242 4242 4242 4242 (eleventh held-out set)
            yield Finding(self.entity, cand.start, cand.end, score, type(self).__name__, ok)
        # two halves of eight digits apart from each other (detectors.split_halves)
        yield from split_findings(doc, self.entity, type(self).__name__)
