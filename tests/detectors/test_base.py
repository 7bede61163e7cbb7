from __future__ import annotations

import pytest

from detectors.base import (
    Context,
    Document,
    KeywordIndex,
    adjust,
    foreign_layout,
    is_embedded_in_token,
    looks_like_header,
)
from detectors.digits import Candidate, Layout

CTX = Context(positive=("주민등록번호", "rrn", "ip"), negative=("주문번호", "order"))


def _doc(text: str, keywords: bool = True) -> Document:
    index = KeywordIndex(CTX.positive + CTX.negative) if keywords else None
    return Document(text, frozenset({13}), frozenset({(6, 7)}), index)


@pytest.mark.parametrize("keywords", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("주민등록번호: 9001011234567", 1),
        ("RRN 9001011234567", 1),
        ("주문번호 9001011234567", -1),
        ("주민등록번호 말고 주문번호 9001011234567", -1),
        ("주문번호 말고 주민등록번호 9001011234567", 1),
        ("9001011234567 (order)", -1),
        ("아무 말 없이 9001011234567", 0),
    ],
)
def test_signal(text: str, expected: int, keywords: bool) -> None:
    start = text.index("9001")
    assert _doc(text, keywords).signal(start, start + 13, CTX) == expected


def test_english_keywords_need_word_boundaries() -> None:
    text = "shipping 9001011234567"
    assert _doc(text).signal(9, 22, CTX) == 0
    text = "IPs: 9001011234567"
    assert _doc(text).signal(5, 18, CTX) == 1


def test_header_line_gives_context_to_rows() -> None:
    text = "이름,주민등록번호,연락처\n홍길동,9001011234567,010"
    start = text.index("9001")
    assert _doc(text).signal(start, start + 13, CTX) == 1


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("이름,주민등록번호,연락처", True),
        ("name\temail\tphone", True),
        ("안녕하세요, 민원 답변 부탁드립니다.", False),
        ("a,b", False),
        ("id,2024,x", False),
    ],
)
def test_looks_like_header(line: str, ok: bool) -> None:
    assert looks_like_header(line) is ok


def test_foreign_layout() -> None:
    rrn_like = Candidate("9001011234567", 0, 14, (6, 7), Layout.GROUPED)
    assert foreign_layout(rrn_like, {(4, 4, 4, 4)})
    assert not foreign_layout(rrn_like, {(6, 7)})
    assert not foreign_layout(Candidate("9001011234567", 0, 13, (13,), Layout.PLAIN), {(6, 7)})


def test_is_embedded_in_token() -> None:
    assert is_embedded_in_token(Candidate("9001011234567", 1, 14, (13,), Layout.PLAIN, embedded=True))
    assert not is_embedded_in_token(Candidate("9001011234567", 0, 13, (13,), Layout.PLAIN))


def test_adjust() -> None:
    assert adjust(0.4, 1, 0.9) == 0.9
    assert adjust(0.95, 1, 0.9) == 0.95
    assert adjust(0.9, -1, 0.9) == 0.3
    assert adjust(0.4, 0, 0.9) == 0.4
