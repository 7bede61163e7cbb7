from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.credit_card import CreditCardRecognizer, known_issuer, luhn_ok
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("카드번호 4111-1111-1111-1111", "4111-1111-1111-1111", 0.9),
        ("card 5500 0000 0000 0004", "5500 0000 0000 0004", 0.9),
        ("amex 3782 822463 10005", "3782 822463 10005", 0.9),
        ("4111111111111111", "4111111111111111", 0.85),
        ("카드 ４１１１－１１１１－１１１１－１１１１", "４１１１－１１１１－１１１１－１１１１", 0.9),
        ("card 4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", "4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", 0.85),
    ],
)
def test_found(engine: Engine, text: str, value: str, low: float) -> None:
    assert_found(engine, text, "CREDIT_CARD", value, low)


@pytest.mark.parametrize(
    "text",
    [
        "4111-1111-1111-1112",
        "주문번호 2024011512345678",
        "주문번호 1234567812345670",
        "1234-5678-9012-3456",
        "470203-1782920",
        "원아 주민번호 210817 — 4642058 (2021년생이라 새 번호 체계)",  # a resident number and the year after it
    ],
)
def test_not_blocked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"CREDIT_CARD"})


def test_labelled_card_failing_luhn_is_reported_unvalidated(engine: Engine) -> None:
    (finding,) = engine.scan("카드번호 1234-5678-9012-3456")
    assert finding.validated is None
    assert 0.5 <= finding.score < 0.6


def test_luhn() -> None:
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")


def test_known_issuer() -> None:
    assert known_issuer("4111111111111111")
    assert known_issuer("378282246310005")
    assert not known_issuer("1234567812345670")


def test_validate() -> None:
    rec = CreditCardRecognizer()
    assert rec.validate("4111111111111111") is True
    assert rec.validate("4111111111111112") is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("주문번호 4111-1111-1111-1111", "4111-1111-1111-1111"),
        ("송장번호 5425 2334 3010 9903", "5425 2334 3010 9903"),
        ("송장번호 4111111111111111 (사실 이건 카드번호)", "4111111111111111"),
    ],
)
def test_a_proven_card_outweighs_a_harmless_label(engine: Engine, text: str, value: str) -> None:
    # red-team #6: a harmless label in front switched detection off for a Luhn-valid card of a known issuer
    assert_found(engine, text, "CREDIT_CARD", value, 0.8)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("주문번호 4532015112830366", "4532015112830366"),
        ("order id 4532015112830366 shipped", "4532015112830366"),
        ("송장번호: 45320 151128 30366", "45320 151128 30366"),
    ],
)
def test_a_harmless_label_lowers_a_proven_run_of_sixteen_digits_only_to_blocking(
    engine: Engine, text: str, value: str
) -> None:
    # red-team #6: not written in a card's groups, a proven card under a label lost its score entirely
    assert_found(engine, text, "CREDIT_CARD", value, 0.5, 0.7)


@pytest.mark.parametrize("text", ["주문번호 4532015112830367", "주문번호 1234567812345670", "주문번호 453201511283036"])
def test_a_harmless_label_still_lowers_an_unproven_or_odd_length_run(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"CREDIT_CARD"})


@pytest.mark.parametrize(
    "text",
    [
        "Payment docs: use test card 4242 4242 4242 4242 with any future expiry and CVC 123.",
        "or 4000 0000 0000 9995 to simulate insufficient funds",
        "테스트 카드번호: 4111-1111-1111-1111",
    ],
)
def test_a_published_test_number_called_so_is_below_blocking(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"CREDIT_CARD"})


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the same numbers anywhere else stay cards: a stand-in for a real number must not pass by accident
        ("제 카드번호는 4111-1111-1111-1111 입니다", "4111-1111-1111-1111"),
        ("test: my card 4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("{{card}} = 4242-4242-4242-4242", "4242-4242-4242-4242"),
        # a real-looking number is never lowered by a test word
        ("test card 4532-0151-1283-0366", "4532-0151-1283-0366"),
    ],
)
def test_test_numbers_elsewhere_and_other_numbers_stay_cards(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "CREDIT_CARD", value)


@pytest.mark.parametrize(
    "text",
    [
        "하이패스 선불카드 번호 9410-2211-0457-8812 잔액 3,200원.",
        "하이패스 카드번호 9410-2211-0457-8812는 선불카드라 잔액 부족.",
        "교통카드 번호 1010-2233-4455-6677 분실 신고",
        "membership card 1234-5678-9012-3456",
    ],
)
def test_a_stored_value_card_failing_luhn_is_no_card(engine: Engine, text: str) -> None:
    # thirteenth held-out set: a Hi-pass prepaid card's number follows no card network's rule
    assert_below(engine, text, {"CREDIT_CARD"})


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("하이패스 카드번호 4532-0151-1283-0366", "4532-0151-1283-0366"),  # a credit card with a Hi-pass chip
        ("하이패스 미납분은 아래 카드로\n카드번호 9410-2211-0457-8812", "9410-2211-0457-8812"),  # another line
    ],
)
def test_a_stored_value_word_leaves_other_cards(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "CREDIT_CARD", value)
