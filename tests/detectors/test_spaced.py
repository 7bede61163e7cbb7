"""detectors.spaced: names and addresses written one syllable at a time are read as written together; ordinary
sentences with short words stay as they are, (hostile spacing is in test_adversarial.py)."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.spaced import spaced_view

ENGINE = Engine()


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity.value, text[f.start : f.end]) for f in ENGINE.scan(text) if f.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "entity", "span"),
    [
        ("출장자 명단(필터 회피용 하이픈): 백-선-우 (Baek Sunwoo), 메일 써줘.", "PERSON", "백-선-우"),
        ("112 신고 녹취: 성명 권/혁/찬, 주민번호는 따로", "PERSON", "권/혁/찬"),
        ("'2024 친절공무원 선정 – 탁·민·영 주무관 (민원봉사과)'", "PERSON", "탁·민·영"),
        ("진술: '정 . 하 . 윤 씨가 돈을 받아 갔다'", "PERSON", "정 . 하 . 윤"),
        (
            "수 취 인 : 김 서 윤\n주 소 : 서 울 특 별 시 강 서 구 공 항 대 로 247, 702동 1503호",
            "LOCATION",
            "서 울 특 별 시 강 서 구 공 항 대 로 247",
        ),
    ],
)
def test_spaced_out_values_are_found(text: str, entity: str, span: str) -> None:
    assert any(e == entity and span in text[text.index(span) :] and s.startswith(span[:5]) for e, s in found(text)), (
        found(text)
    )


def test_view_joins_only_runs_of_single_syllables() -> None:
    text = "명단: 백-선-우 (Baek), 대 전 광 역 시  유 성 구"
    view = spaced_view(text)
    assert view is not None
    assert view.text == "명단: 백선우 (Baek), 대전광역시  유성구"
    start = view.text.index("유성구")
    assert view.span(start, start + 3) == (text.index("유 성 구"), len(text))


@pytest.mark.parametrize(
    "text",
    [
        "할 수 있다고 했다",  # two single syllables only
        "서울-부산 구간",  # words, not syllables
        "아무 이름도 없는 문장입니다",
    ],
)
def test_text_without_a_spaced_run_has_no_view(text: str) -> None:
    assert spaced_view(text) is None


def test_ordinary_short_words_do_not_become_names() -> None:
    text = "그 때 그 일 이 건 김 과장에게 물어봐. 할 수 있 는 일을 더 잘 될 수 있게"
    assert [e for e, _ in found(text) if e == "PERSON"] == []
