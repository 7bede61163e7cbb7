"""Made-up numbers that documents print as examples, and windows read across lists and dates (twelfth held-out set):
below the blocking score when they are called examples; a real number with the same words around it still blocks."""

from __future__ import annotations

import pytest

from detectors import Engine
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    "text",
    [
        # published test cards listed after test-card words on their line
        "Write QA steps using the provider's documented test cards only: 5555 5555 5555 4444 (Mastercard, success), "
        "4000 0566 5566 5556 (Visa debit), 4000 0000 0000 0002 (generic decline).",
        "카드 4111-1111-1111-1111 (테스트 카드) / 전화 010-0000-0000",
        # a form's made-up resident numbers called examples
        "테스트용 가상 인물 — 홍길동 / 주민번호 000101-3000000 (실존하지 않는 예시) / 카드",
        "주민번호 입력 예시: 900101-1234567",
        # the ECBS sample IBAN called one
        "The sample IBAN from the ECBS documentation, GB82 WEST 1234 5698 7654 32, is failing our validator.",
        # two codes of a list read as one card
        "운송장 번호별 지연 건: 6482-3390-1175, 6482-3390-2261, 5517-0928-4410 (각 2일 지연).",
        # official Korean dates with a space after each dot, under account and insurance words
        "구직급여 수령 계좌: 우리은행\n전 직장: 주식회사 라온디자인 (2019. 3. 4.~2024. 10. 31.)",
        "1인 가구 건강보험료 17만원 이하, 신청기간 2024. 9. 6.~10. 29., 재난안전법",
    ],
)
def test_examples_and_list_windows_are_not_blocked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"CREDIT_CARD", "KR_RRN", "BANK_ACCOUNT", "KR_HEALTH_INSURANCE"})


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("주민번호 850315-1234566 (예시)", "KR_RRN", "850315-1234566"),  # a real number's check digit, not a sample
        ("주민번호 900101-1234567", "KR_RRN", "900101-1234567"),  # no example word
        ("카드 4357-3249-3469-5466 (테스트 카드)", "CREDIT_CARD", "4357-3249-3469-5466"),  # not a published number
        ("송금 IBAN GB82 WEST 1234 5698 7654 32 입니다", "BANK_ACCOUNT", "GB82 WEST 1234 5698 7654 32"),
        ("계좌 우리은행 1002-111-031817 (2019. 3. 4. 개설)", "BANK_ACCOUNT", "1002-111-031817"),
    ],
)
def test_the_same_words_do_not_hide_real_numbers(engine: Engine, text: str, entity: str, value: str) -> None:
    assert_found(engine, text, entity, value)
