"""Numbers read out with place values (red-team #9 finding 10): detectors.positional_numerals, used by normalize."""

from __future__ import annotations

import random

import pytest

from detectors import Engine
from detectors.normalize import _needs_work, _normalize_all, normalize
from detectors.positional_numerals import positional_chain_edits, positional_value
from tests.detectors.helpers import assert_below, assert_found

VALUES = [
    ("구천팔백칠십육", "9876"),
    ("천십이", "1012"),
    ("이천오", "2005"),
    ("삼백이", "302"),
    ("칠십팔", "78"),
    ("구백팔십칠", "987"),  # never padded: a leading zero is not said
    ("십이만삼천사백오십육", "123456"),
    ("팔십오만 삼백십오", "850315"),
    ("백이십삼만 사천오백육십육", "1234566"),
    ("구십만 천이백삼십사", "901234"),
    ("nine thousand eight hundred seventy six", "9876"),
    ("five thousand, four hundred and thirty-two", "5432"),
    ("seven hundred sixty five", "765"),
]


@pytest.mark.parametrize(("word", "digits"), VALUES)
def test_positional_value(word: str, digits: str) -> None:
    assert positional_value(word) == digits


@pytest.mark.parametrize("word", ["천천", "백천", "십십", "삼사", "seventy hundred", "twelve thousand"])
def test_positional_value_rejects_malformed_numbers(word: str) -> None:
    assert positional_value(word) is None


NORMALIZED = [
    ("연락처 010 구천팔백칠십육 오천사백삼십이", "연락처 010 9876 5432"),
    ("민원인 연락처는 공이 칠백육십오 국에 사천삼백이십일 번이에요", "민원인 연락처는 02 765-4321 번이에요"),
    ("카드번호는 오천삼백육십오 천십이 삼천사백오십육 칠천팔백구십삼 입니다", "카드번호는 5365 1012 3456 7893 입니다"),
    ("국민은행 계좌 십이만삼천사백오십육 다시 칠십팔 다시 구십만 천이백삼십사", "국민은행 계좌 123456-78-901234"),
    ("주민번호 팔십오만 삼백십오 다시 백이십삼만 사천오백육십육", "주민번호 850315-1234566"),
    ("연락처 010 오천사백삼십이 구천팔백칠십육이요", "연락처 010 5432 9876이요"),  # the last 이 is the copula
    ("연락처 010 구천팔백칠십육 오천사백삼십이요", "연락처 010 9876 5432요"),  # 삼십이 is a number: 32, then 요
    (
        "call him on 010 nine thousand eight hundred seventy six, five thousand four hundred thirty two",
        "call him on 010 9876 5432",
    ),
    ("공일공에 구천팔백칠십육에 오천사백삼십이", "010-9876-5432"),  # red-team #7's form is unchanged
    # a group said without its leading zero keeps the digits said, unless the prefix fixes four-digit groups
    ("연락처 010 구백팔십칠 오천사백삼십이", "연락처 010 0987 5432"),
    ("공일공 구천팔백칠십육 오백사십삼", "010 9876 0543"),
    ("연락처 011 구백팔십칠 오천사백삼십이", "연락처 011 987 5432"),  # 011 had three-digit middle groups
    # a tens prefix said after 영: 070, 080
    ("연락처 영칠십 이천삼백사십오 육천칠백팔십구", "연락처 070 2345 6789"),
    ("대표번호 영팔십 칠백육십오 사천삼백이십일", "대표번호 080 765 4321"),
    ("call 010 nine hundred eighty seven, five thousand four hundred thirty two", "call 010 0987 5432"),
]


@pytest.mark.parametrize(("text", "expected"), NORMALIZED)
def test_chains_read_as_digit_groups(text: str, expected: str) -> None:
    result = normalize(text)
    assert result.text == expected
    assert _needs_work(text)


PROSE = [
    "삼천오백 원",
    "이천이십육년",
    "천만 관객",
    "오백 명",
    "백만 원을 송금",
    "삼천 오백 이천 원",  # three round amounts
    "이천이십육년 삼월 십오일",
    "사과 삼백 개와 배 이백 개",
    "오천 원, 칠천 원, 구천 원",
    "천사 같은 사람이 백화점에서",
    "the hall seats nine hundred, and two thousand five hundred stood outside",
    "불만이천만 명",
    "영칠십 명이 왔다",
    "영천 이천삼백사십오 육천칠백팔십구",  # 영천 is a city, not 0 and 1000
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_numbers_stay_words(text: str) -> None:
    assert positional_chain_edits(text) == []
    assert normalize(text).text == text


FOUND = [
    ("연락처 010 구백팔십칠 오천사백삼십이", "PHONE_NUMBER", "010 구백팔십칠 오천사백삼십이"),
    ("연락처 영칠십 이천삼백사십오 육천칠백팔십구", "PHONE_NUMBER", "영칠십 이천삼백사십오 육천칠백팔십구"),
    ("연락처 010 구천팔백칠십육 오천사백삼십이", "PHONE_NUMBER", "010 구천팔백칠십육 오천사백삼십이"),
    (
        "민원인 연락처는 공이 칠백육십오 국에 사천삼백이십일 번이에요",
        "PHONE_NUMBER",
        "공이 칠백육십오 국에 사천삼백이십일",
    ),
    (
        "카드번호는 오천삼백육십오 천십이 삼천사백오십육 칠천팔백구십삼 입니다",
        "CREDIT_CARD",
        "오천삼백육십오 천십이 삼천사백오십육 칠천팔백구십삼",
    ),
    # the report's account, 123456-78-901234, counts up one digit at a time: a placeholder by bank_account.sequential
    (
        "국민은행 계좌 삼십사만칠천팔백구십일 다시 이십삼 다시 사십오만 육천칠백팔십구",
        "BANK_ACCOUNT",
        "삼십사만칠천팔백구십일 다시 이십삼 다시 사십오만 육천칠백팔십구",
    ),
    (
        "주민번호 팔십오만 삼백십오 다시 백이십삼만 사천오백육십육",
        "KR_RRN",
        "팔십오만 삼백십오 다시 백이십삼만 사천오백육십육",
    ),
    (
        "call him on 010 nine thousand eight hundred seventy six, five thousand four hundred thirty two",
        "PHONE_NUMBER",
        "010 nine thousand eight hundred seventy six, five thousand four hundred thirty two",
    ),
]


@pytest.mark.parametrize(("text", "entity", "value"), FOUND)
def test_read_out_identifiers_are_found(engine: Engine, text: str, entity: str, value: str) -> None:
    assert_found(engine, text, entity, value)


PROSE_IN_CONTEXT = ["올해 매출은 삼천오백만 원, 작년은 이천구백만 원이었다", "회원 수가 십이만삼천 명을 넘었다"]


@pytest.mark.parametrize("text", [*PROSE, *PROSE_IN_CONTEXT])
def test_prose_numbers_are_no_identifiers(engine: Engine, text: str) -> None:
    assert_below(engine, text, threshold=0.0)


def test_fast_path_never_skips_a_positional_chain() -> None:
    tokens = [
        " ",
        ", ",
        " 다시 ",
        " 국에 ",
        "에 ",
        "-",
        "010",
        "5432",
        "공이",
        "구천팔백칠십육",
        "칠십팔",
        "십이만",
        "팔십오만 ",
        "삼백십오",
        "오만",
        "천",
        "nine thousand ",
        "eight hundred ",
        "seventy six",
        "이요",
    ]
    rng = random.Random(20261124)
    for _ in range(3000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(0, 12)))
        fast, full = normalize(text), _normalize_all(text)
        assert (fast.text, fast.edits) == (full.text, full.edits), text


def test_a_log_of_dates_and_times_reads_no_chain_and_tokenises_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of ASCII digit chains (2024-05-11 12:09:25 ...) hold no group said with place values: the pass stops
    at one search instead of tokenising every chain (a megabyte of log spent a quarter of a second here)."""
    import detectors.positional_numerals as pn

    calls = []
    monkeypatch.setattr(pn, "_chain_edits", lambda text, tokens: calls.append(tokens) or [])
    log = "\n".join(f"2024-05-{d:02d} 12:{d:02d}:07 INFO id=42 status=200 ms=1{d}" for d in range(1, 29))
    assert positional_chain_edits(log) == [] and calls == []
    mixed = log + "\n연락처 010 구천팔백칠십육 오천사백삼십이"
    positional_chain_edits(mixed)
    assert len(calls) == 1  # only the spoken chain is tokenised; the log's chains are skipped
