"""Separators a red team put inside values (red-team #5): commas that pass a number off as an amount, an `x`, string
concatenation in code, `hyphen` said in English, native Korean numerals, and the halves of a resident registration
number told far apart or as two labelled fields."""

from __future__ import annotations

import pytest

from detectors import Engine
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("주민번호 850,315,123,4566", "KR_RRN", "850,315,123,4566"),
        ("주민번호 8503,151,234,566", "KR_RRN", "8503,151,234,566"),
        ("주민번호 850315x1234566", "KR_RRN", "850315x1234566"),
        ('rrn = "850315" + "-" + "1234566"', "KR_RRN", '850315" + "-" + "1234566'),
        ("SELECT '850315' || '-' || '1234566' AS rrn", "KR_RRN", "850315' || '-' || '1234566"),
        ('mail = "kim" + "@" + "example.org"', "EMAIL_ADDRESS", 'kim" + "@" + "example.org'),
        (
            "eight five zero three one five hyphen one two three four five six six",
            "KR_RRN",
            "eight five zero three one five hyphen one two three four five six six",
        ),
        (
            "주민번호 여덟다섯공셋하나다섯 하나둘셋넷다섯여섯여섯",
            "KR_RRN",
            "여덟다섯공셋하나다섯 하나둘셋넷다섯여섯여섯",
        ),
        ("연락처 공하나공 하나둘셋넷 다섯여섯일곱여덟", "PHONE_NUMBER", "공하나공 하나둘셋넷 다섯여섯일곱여덟"),
        (
            "주민번호 앞 6자리는 850315 이고요, 그리고 뒤 7자리는 잠시 후에 알려드릴게요... 1234566 입니다",
            "KR_RRN",
            "850315 이고요, 그리고 뒤 7자리는 잠시 후에 알려드릴게요... 1234566",
        ),
        ("생년월일: 850315\n성별 및 일련번호: 1234566", "KR_RRN", "850315\n성별 및 일련번호: 1234566"),
        ("email: kim%2Eminsu%40naver%2Ecom", "EMAIL_ADDRESS", "kim%2Eminsu%40naver%2Ecom"),
        ("연락 jiyoung.ha[@]naver[.]com", "EMAIL_ADDRESS", "jiyoung.ha[@]naver[.]com"),
        (
            "server one seven five dot two two three dot one seven dot eight eight",
            "IP_ADDRESS",
            "one seven five dot two two three dot one seven dot eight eight",
        ),
        # red-team #6: a filler between every two digits, colons in a card, spaced Sino-Korean digits around a dash
        ("8a5b0c3d1e5f-1g2h3i4j5k6l6", "KR_RRN", "8a5b0c3d1e5f-1g2h3i4j5k6l6"),
        ("주민번호 8가5나0다3라1마5바-1사2아3자4차5카6타6", "KR_RRN", "8가5나0다3라1마5바-1사2아3자4차5카6타6"),
        ("카드 4111:1111:1111:1111", "CREDIT_CARD", "4111:1111:1111:1111"),
        ("주민번호 팔 오 영 삼 일 오 - 일 이 삼 사 오 육 육", "KR_RRN", "팔 오 영 삼 일 오 - 일 이 삼 사 오 육 육"),
        ("주민번호 850315" + "\t" * 22 + "1234566", "KR_RRN", "850315" + "\t" * 22 + "1234566"),
        ("주민번호 850315의 1234566", "KR_RRN", "850315의 1234566"),
    ],
)
def test_a_value_with_these_separators_is_found(engine: Engine, text: str, entity: str, value: str) -> None:
    assert_found(engine, text, entity, value)


@pytest.mark.parametrize(
    "text",
    [
        "예산 1,234,567,000원, 12,345,678원 집행",
        "좌표 37.5665,126.9780",
        "해상도 1920x1080, 용지 210x297",
        "print('a' + 'b'); total = '12' + '34'",
        "하나 둘 셋 하고 사진을 찍었어요",
        "1 + 1 = 2, 3 x 4 = 12",
        "sha a1b2c3d4e5f6a7b8c9d0e1f2, uuid 1a2b3c4d-5e6f-7a8b",
        "회의 14:05:33 시작, 09:30-10:45",
        "850315의 1234567 건",  # no check digit
    ],
)
def test_ordinary_uses_stay_below_blocking(engine: Engine, text: str) -> None:
    assert_below(engine, text)


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("성명\t주민번호\n위경석\t8,104,221,577,732", "KR_RRN", "8,104,221,577,732"),
        ("계좌번호가 37,304,339,118,586 처럼 천 단위 쉼표가 붙었어", "BANK_ACCOUNT", "37,304,339,118,586"),
        ("카드 4,532,015,112,830,366", "CREDIT_CARD", "4,532,015,112,830,366"),
    ],
)
def test_an_identifier_a_spreadsheet_gave_thousands_commas(engine: Engine, text: str, entity: str, value: str) -> None:
    # held-out seventh set: a number-formatted cell wrote the resident number and the account as amounts
    assert_found(engine, text, entity, value)


@pytest.mark.parametrize(
    "text",
    [
        "예산 1,234,567,890,123원 중 45%를 집행",
        "매출 8,104,221,577,732 달러",
        "US$ 8,104,221,577,732 in assets",
        "금액 1,234,567 / 2,345,678 / 3,456,789",  # amounts side by side, each short
        "총 1,234,567,890원",
    ],
)
def test_amounts_with_thousands_commas_stay_amounts(engine: Engine, text: str) -> None:
    assert_below(engine, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SELECT CONCAT('920814','-','2814654') AS rrn FROM dual;", "920814','-','2814654"),
        ('=CONCATENATE("850315","-","1234566")', '850315","-","1234566'),
    ],
)
def test_pieces_given_to_a_concat_call(engine: Engine, text: str, value: str) -> None:
    # eighth held-out set and red-team #7: CONCAT's arguments are the pieces of one value
    assert_found(engine, text, "KR_RRN", value)


def test_quoted_items_of_a_list_stay_apart(engine: Engine) -> None:
    assert_below(engine, "ids = ['850315', '120']; CONCAT(first_name, ' ', last_name)")


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("새 번호 010에 2345에 6789야", "PHONE_NUMBER", "010에 2345에 6789"),
        ("카드는 4532에 7153에 3790에 1245", "CREDIT_CARD", "4532에 7153에 3790에 1245"),
    ],
)
def test_groups_read_out_with_a_particle_between_them(engine: Engine, text: str, entity: str, value: str) -> None:
    # red-team #7: the particle 에 between the groups of a number said aloud
    assert_found(engine, text, entity, value)


def test_a_particle_between_short_numbers_stays_arithmetic(engine: Engine) -> None:
    assert_below(engine, "3에 5를 더하면 8, 100명에 300만원씩 2024년에 1234 건")


def test_native_numerals_with_a_dash_said_as_a_word(engine: Engine) -> None:
    # eighth held-out set: a radio script reads the account out in native numerals, 다시 between the groups
    text = "후원 계좌는 카카오뱅크 셋 셋 셋 셋 다시 둘 아홉 다시 하나 여덟 셋 영 여섯 다섯 일곱, 예금주 기수연입니다."
    assert_found(engine, text, "BANK_ACCOUNT", "셋 셋 셋 셋 다시 둘 아홉 다시 하나 여덟 셋 영 여섯 다섯 일곱")
    value = "여덟다섯공셋하나다섯 다시 하나둘셋넷다섯여섯여섯"
    assert_found(engine, f"주민번호 {value}", "KR_RRN", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("전화 공일공-이천삼백사십오-육천칠백팔십구 로 주세요", "공일공-이천삼백사십오-육천칠백팔십구"),
        ("연락처 010-이천삼백사십오-육천칠백팔십구", "010-이천삼백사십오-육천칠백팔십구"),
        ("사무실 02-삼백사십오-육천칠백팔십구", "02-삼백사십오-육천칠백팔십구"),
        # ninth set: 에 between the groups
        ("새 번호는 공일공에 사천칠백구십오에 육천칠백팔십구 입니다", "공일공에 사천칠백구십오에 육천칠백팔십구"),
    ],
)
def test_groups_said_with_place_values(engine: Engine, text: str, value: str) -> None:
    # red-team #7: 이천삼백사십오 is 2345 said as a number, not digit by digit
    assert_found(engine, text, "PHONE_NUMBER", value)


def test_place_value_words_elsewhere_stay_words(engine: Engine) -> None:
    assert_below(engine, "예산 삼천오백만원, 이천이십사년, 이천-1234 구간, 백-엔드 개발", threshold=0.3)


def test_a_card_told_in_two_halves_of_eight(engine: Engine) -> None:
    # red-team #7: 앞 8자리 / 뒤 8자리, joined only when the sixteen digits are a card's
    assert_found(engine, "카드 앞 8자리 45327153\n뒤 8자리 37901245", "CREDIT_CARD", "45327153\n뒤 8자리 37901245")
    assert_below(engine, "주문 앞 8자리 12345678 뒤 8자리 87654321", {"CREDIT_CARD"})


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("주민번호 850315-1234S66", "KR_RRN", "850315-1234S66"),  # S for 5
        ("주민번호 850315-123\u06404566", "KR_RRN", "850315-123\u06404566"),  # an Arabic tatweel as filler
        ("여권: 엠12345678", "KR_PASSPORT", "엠12345678"),  # the type letter said in Hangul
        ("여권번호 엠 삼삼칠사일구육팔", "KR_PASSPORT", "엠 삼삼칠사일구육팔"),
        ("PP# M12345678", "KR_PASSPORT", "M12345678"),
        ("주민 뒷번호 1234566", "KR_RRN", "1234566"),
    ],
)
def test_red_team_7_letters_fillers_and_labels(engine: Engine, text: str, entity: str, value: str) -> None:
    assert_found(engine, text, entity, value)


@pytest.mark.parametrize("text", ["B2B 5G S24 울트라", "모델 A1B2C3D4", "오늘 엠티 123명 참석"])
def test_letters_in_ordinary_codes_stay_letters(engine: Engine, text: str) -> None:
    assert_below(engine, text, threshold=0.3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("새 번호 010 하고 3933 하고 마지막은 1960 이에요", "010 하고 3933 하고 마지막은 1960"),
        ("새 번호 010 다음에 오공삼팔 그리고 9902 로 저장해 주세요", "010 다음에 오공삼팔 그리고 9902"),
        ("call me on 010 and 2345 and 6789", "010 and 2345 and 6789"),
    ],
)
def test_words_said_between_the_groups_of_a_number(engine: Engine, text: str, value: str) -> None:
    # eighth and ninth held-out sets: connectives between groups read as a dash
    assert_found(engine, text, "PHONE_NUMBER", value)


def test_connectives_between_counts_stay_prose(engine: Engine) -> None:
    assert_below(engine, "사과 300개 그리고 배 200개, 2024년 100명 그리고 200명, rooms 101 and 102", threshold=0.3)


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("주민번호 850315-123A4566", "KR_RRN", "850315-123A4566"),
        ("카드 4532 7153 37a90 1245", "CREDIT_CARD", "4532 7153 37a90 1245"),
    ],
)
def test_one_stray_letter_typed_inside_a_proven_number(engine: Engine, text: str, entity: str, value: str) -> None:
    # red-team #7: taken out only when what is left proves itself (check digit, or issuer and Luhn)
    assert_found(engine, text, entity, value)


def test_letters_inside_unproven_numbers_and_hashes_stay(engine: Engine) -> None:
    assert_below(engine, "build 850315-123A4567, sha 3f5a9b8c7d6e5f4a, 모델 12A34", threshold=0.3)
