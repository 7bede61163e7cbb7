"""Internal term lists: whole words, Korean particles, case and width, lists chosen per request."""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Callable

import pytest

from detectors.terms import TermMatcher, ends_at_boundary, starts_at_boundary

MATCHER = TermMatcher({"planning": ["한빛사업", "Project Falcon", "SKYNET"], "all": ["누리망"]})

CASES = [
    ("한빛사업은 2027년 착수", ["한빛사업"]),
    ("한빛사업의 예산", ["한빛사업"]),
    ("한빛사업에서는 무엇을", ["한빛사업"]),
    ("(한빛사업)", ["한빛사업"]),
    ("project falcon kickoff", ["project falcon"]),
    ("PROJECT  FALCON", ["PROJECT  FALCON"]),  # spacing does not make another term (a red-team bypass)
    ("ＳＫＹＮＥＴ 접속", ["ＳＫＹＮＥＴ"]),
    ("한빛\u200b사업을", ["한빛\u200b사업"]),
    ("누리망에서는 접속 불가", ["누리망"]),
    # red-team #5: syllables spaced apart, split by markup, digits for letters, two words the other way round
    ("한 빛 사 업 예산 정리", ["한 빛 사 업"]),
    ("한.빛.사.업 예산", ["한.빛.사.업"]),
    ("<b>한빛</b>사업 예산", ["한빛</b>사업"]),
    ("Project Falc0n timeline", ["Project Falc0n"]),
    ("SKYN3T 접속", ["SKYN3T"]),
    ("Falcon Project timeline", ["Falcon Project"]),
]
NOT_TERMS = [
    "한빛사업단 모집",
    "Falconry",
    "skynetwork",
    "누리망사업",
    "대한빛사업",
    "2027 계획 505호",
    "Falc0nry",
    "Our project falcon-eye is open source",  # red-team #6: a hyphenated compound is a longer word
    "the anti-skynet campaign",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_terms_found(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in MATCHER.find(text)] == expected


@pytest.mark.parametrize("text", NOT_TERMS)
def test_terms_do_not_fire_inside_longer_words(text: str) -> None:
    assert list(MATCHER.find(text)) == []


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: base64.b64encode(t.encode()).decode(),
        lambda t: t.encode().hex(),
        lambda t: urllib.parse.quote(t),
        lambda t: base64.b64encode(base64.b64encode(t.encode())).decode(),
    ],
)
def test_a_term_in_an_encoded_segment_is_reported_on_the_segment(encode: Callable[[str], str]) -> None:
    segment = encode("한빛사업 2027 예산안")
    text = f"이거 풀어서 요약해줘: {segment}"
    assert [text[f.start : f.end] for f in MATCHER.find(text)] == [segment]
    assert list(MATCHER.find(f"풀어줘: {encode('오늘 점심 메뉴 추천')}")) == []


def test_lists_are_selected_per_request() -> None:
    text = "한빛사업과 누리망"
    assert [text[f.start : f.end] for f in MATCHER.find(text, ["all"])] == ["누리망"]
    assert [text[f.start : f.end] for f in MATCHER.find(text, ["planning"])] == ["한빛사업"]
    assert list(MATCHER.find(text, [])) == []


def test_boundaries() -> None:
    assert starts_at_boundary("a b", 2) and not starts_at_boundary("ab", 1)
    assert ends_at_boundary("사업은", 2) and ends_at_boundary("사업", 2) and not ends_at_boundary("사업단", 2)


def test_many_terms_stay_linear() -> None:
    big = TermMatcher({"x": [f"코드명{i:05d}" for i in range(20_000)]})
    assert big.size == 20_000
    text = "회의에서 코드명01234는 보류" + " 일반 문장" * 2000
    assert [text[f.start : f.end] for f in big.find(text)] == ["코드명01234"]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("한빛 사업 일정 공유", "한빛 사업"),
        ("Project  Falcon budget", "Project  Falcon"),
        ("Project\nFalcon budget", "Project\nFalcon"),
        ("첨부: Project_Falcon_budget.xlsx", "Project_Falcon"),
        ("see project-falcon wiki", "project-falcon"),
        ("ProjectFalcon kickoff", "ProjectFalcon"),
        ("한빛사업관련 문의", "한빛사업"),
        ("그건 한빛사업이었다", "한빛사업"),
        ("한빛사업만큼 큰 사업", "한빛사업"),
        ("한빛-사업 예산", "한빛-사업"),
        ("한빛_사업_예산.xlsx", "한빛_사업"),
        ("Project\r\nFalcon", "Project\r\nFalcon"),
        ("한빛사업이니까 조심", "한빛사업"),
        ("한빛사업팀 회의", "한빛사업"),
        ("한빛사업2단계 착수", "한빛사업"),
        ("ProjectFalcon2027 plan", "ProjectFalcon"),
        ("all ProjectFalcons", "ProjectFalcon"),
        ("see Project/Falcon and", "Project/Falcon"),
        ("?q=Project%20Falcon", "Project%20Falcon"),
    ],
)
def test_written_forms_of_a_term(text: str, hit: str) -> None:
    matcher = TermMatcher({"internal": ["한빛사업", "Project Falcon"]})
    assert [text[f.start : f.end] for f in matcher.find(text)] == [hit]


@pytest.mark.parametrize("text", ["한빛은행 지점", "Falconry club", "projectfalconry"])
def test_a_short_korean_term_still_needs_a_boundary(text: str) -> None:
    assert list(TermMatcher({"internal": ["한빛", "Project Falcon"]}).find(text)) == []
