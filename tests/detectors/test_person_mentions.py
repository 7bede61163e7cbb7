"""A name found once names its bearer again: the given name alone before a title, a role or the suffix 이, a surname
after initials or before a Korean honorific, a relative with the same surname; and stand-in names (홍길동, John Doe)
are lowered where the text calls them examples."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.person import SCORE_PLACEHOLDER, placeholder_name

BLOCK = 0.5


def person_spans(engine: Engine, text: str) -> list[str]:
    return [text[f.start : f.end] for f in engine.scan(text) if f.entity.value == "PERSON" and f.score >= BLOCK]


def found_last(engine: Engine, text: str, value: str) -> bool:
    """The last occurrence of `value` is (inside) a PERSON finding at the blocking score."""
    last = text.rindex(value)
    return any(
        f.start <= last and last + len(value) <= f.end
        for f in engine.scan(text)
        if f.entity.value == "PERSON" and f.score >= BLOCK
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a given name alone before a title, a role or a label of a person
        ("담당: 문서진 교사\n서진 선생님께 회신 부탁", "서진"),
        ("수신: 소위 탁민호 (010-2231-0987)\n민호 소위 전입 신고 완료", "민호"),
        ("보호자 연태민 (010-1234-8765)\n태민 보호자분께 안내 문자 발송", "태민"),
        ("신청인: 옥기남 (410203-1234567)\n기남 어르신이 직접 방문하심", "기남"),
        ("출납원: 남지호 010-4455-1234\n지호 출납원에게 영수증 요청", "지호"),
        # the suffix 이 after a given name that ends in a consonant, alone or before a particle
        ("아동: 염서준 (만 5세)\n서준이 마지막으로 본 곳은 놀이터", "서준"),
        ("아동: 염서준 (만 5세)\n서준이도 같이 갔다고 함", "서준"),
        # a double surname's given name, of one syllable before an honorific
        ("가입자: 선우혁 (010-2222-3333)\n혁 님께 전환 안내", "혁"),
        ("성명 황보다인, 교무행정사\n다인 선생님께 안내", "다인"),
        # Latin script: a romanised given name after the surname, the surname after initials or before 씨
        ("To: Park Jiwon <jiwon.park@example.kr>\nJiwon replied on Monday.", "Jiwon"),
        ("I, Olena Kovalchuk, request a copy. — O. Kovalchuk", "Kovalchuk"),
        ("민원인 Pedro Alvarez (010-3030-4040). 통역은 Alvarez 씨 동료가 맡음", "Alvarez"),
        ("Attendees: Andrew Morales (J4)\nAction: Morales 중령 to send the sheet", "Morales"),
        # a relative with the same surname, and that relative's given name that is also a word
        ("Caller: Sarah Whitfield\nPatient: her husband, Mark Whitfield, 64.\nSarah says Mark has a stent.", "Mark"),
    ],
)
def test_found_again(engine: Engine, text: str, value: str) -> None:
    assert found_last(engine, text, value), person_spans(engine, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the given name of someone in the text, used as a word before a title: 지원 (support), 정보 (information)
        ("담당: 하지원 주무관\n지원 담당자에게 문의", "지원"),
        ("문의: 이정보 주무관\n정보 담당자 회의", "정보"),
        # a given name before a word that is no person
        ("담당: 문서진 교사\n서진 아파트 101동", "서진"),
        # a given name ending in a vowel takes 가, not 이: 수아이 is no form of the name
        ("교사 황보수아 임용\n수아이 문제를 보자", "수아"),
        # a given name of one syllable only before an honorific
        ("가입자: 선우혁 (010-2222-3333)\n혁 신적인 제안", "혁"),
        # a surname alone with no title, initials or honorific: a word, a street, another person
        ("Contact: Grace Hall (010-1234-5678)\nThe Hall was booked.", "Hall"),
        ("Caller: Sarah Whitfield\nWhitfield Road is closed.", "Whitfield"),
        # a given name that is also a word, at a phrase's start
        ("Attendees: Mark Evans\nPlease mark the date; in May we meet.", "May"),
    ],
)
def test_not_found_again(engine: Engine, text: str, word: str) -> None:
    assert not found_last(engine, text, word), person_spans(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "신청서 작성 예시: 성명: 홍길동 / 주민등록번호: 000000-0000000",
        "[작성 예시]\n성명: 홍길동\n연락처: 010-0000-0000",
        '예시 JSON: {"name": "홍길동", "phone": "010-0000-0000"}',
        "Is this form template OK? Name: John Doe | Email: john.doe@example.com",
        "Enter your name as on your passport (e.g., John Doe).",
        "교재 예제: 김철수가 사과를 3개 샀다",
        "Sample record: Hong Gildong, user@example.com",
    ],
)
def test_a_stand_in_name_called_an_example_is_below_masking(engine: Engine, text: str) -> None:
    assert person_spans(engine, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the same names with nothing calling them examples are people's names
        ("신생아 홍길동 주민등록번호 230602-3666242 출생신고 건", "홍길동"),
        ("INSERT INTO customer VALUES ('홍길동', '800101-1234567', 'gildong@naver.com')", "홍길동"),
        ("회의 참석: 김철수 과장님, 이영희 사무관", "김철수"),
        ("Dear John Doe, your parcel 4471 is ready.", "John Doe"),
        # a real name beside an example word is not lowered
        ("예시 문서는 박지훈 주무관이 작성", "박지훈"),
    ],
)
def test_a_stand_in_name_elsewhere_is_a_person(engine: Engine, text: str, value: str) -> None:
    assert value in person_spans(engine, text)


def test_placeholder_name_reads_the_text_around_it() -> None:
    text = "성명: 홍길동 / 주민등록번호: 000000-0000000"
    assert placeholder_name(text, 4, 7)
    assert not placeholder_name("성명: 홍길동 / 주민등록번호: 800101-1234567", 4, 7)
    far = "성명: 홍길동" + " 내용" * 200 + " 예시"
    assert not placeholder_name(far, 4, 7)  # too far to call this name an example
    assert not placeholder_name("성명: 박지훈 (예시)", 4, 7)  # not a stand-in name
    assert placeholder_name("Example row: John Doe, user@example.com", 13, 21)
    assert not placeholder_name("The resampled audio of John Doe", 23, 31)  # a word inside a word calls nothing
    assert SCORE_PLACEHOLDER < BLOCK
