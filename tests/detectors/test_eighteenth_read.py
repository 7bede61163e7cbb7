"""Evidence added after the eighteenth held-out set was read: a member, an inmate, a branch head or a florist named
by the word for what they are; a name signed after a dash inside a quoted post; a name followed by its owner's
number (김민준이고 번호는); a child's name signed by the parent (설지아 엄마); a name a screen shows under a label;
故 before an older given name; any label or role noun heading a table column. The texts are written for these tests,
not copied from the set."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.types import Entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def found(engine: Engine, text: str, entity: Entity, threshold: float = 0.5) -> list[str]:
    return [text[f.start : f.end] for f in engine.scan(text) if f.entity is entity and f.score >= threshold]


def names(engine: Engine, text: str) -> list[str]:
    return found(engine, text, Entity.PERSON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("오후 3시 차윤서 회원님 상담, 4시 염도현 회원 인바디", ["차윤서", "염도현"]),
        ("접견 신청: 수용자 탁재민 (수용번호 2291)", ["탁재민"]),
        ("보험 가입 확인 요청 – 강북 지사장 석우진, 지점장 허민아", ["석우진", "허민아"]),
        ("처방의: 예성훈 / 조제약사 확인 필요", ["예성훈"]),
        ("신랑 나도현 / 신부 편서아 예식 시간 변경", ["나도현", "편서아"]),
        ("물에 빠진 사람은 일행 라준혁이고 구조 요청했어요", ["라준혁"]),
        ("가입자 본명 봉채린, 닉네임은 '별빛기사'", ["봉채린"]),
        ("웨딩 부케 상담 예약 – 플로리스트 은다솜", ["은다솜"]),
    ],
)
def test_words_for_what_someone_is_name_them(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'중고 유모차 팝니다. 직거래만 가능해요 - 모서준'", ["모서준"]),
        ('"Please call back after six -- Daniel Ortiz"', ["Daniel Ortiz"]),
        ("견적 부탁드려요. 길다연이고 번호는 남겨둘게요", ["길다연"]),
        ("안녕하세요 지민혁이고요, 제 연락처는 문자로 드릴게요", ["지민혁"]),
        ("'하원 도우미 구해요 평일 오후 편하윤 엄마'", ["편하윤"]),
        ("앱 상단에 사용자명이 맹소율로 표시돼요", ["맹소율"]),
        ("故 탁만복 님의 발인은 내일 오전입니다", ["탁만복"]),
    ],
)
def test_posts_sign_and_introduce_names(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "보고서고 번호는 문서 하단에 있습니다",  # a noun before 고 번호는
        "초등학생 엄마들 모임 공지",  # a word for children, not a child
        "상태 표시는 오류로 나와요",  # no label for a person
        "- 테스트용'",  # a dash before a word that is no name
    ],
)
def test_the_same_shapes_around_words_are_no_names(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("후원자,연락처,리워드\n한소리,010-2601-4665,A세트\n용다빈,010-7713-2048,B세트", ["한소리", "용다빈"]),
        ("| 수령인 | 금액 |\n|---|---|\n| 남궁 솔 | 30,000 |", ["남궁 솔"]),
        ("직원\t내선\n설가온\t2231", ["설가온"]),
    ],
)
def test_a_label_or_role_noun_heads_a_column_of_names(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected
