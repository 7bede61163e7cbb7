from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from detectors.base import (
    Context,
    Document,
    KeywordIndex,
    Re2Prefilter,
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


def test_a_camel_case_word_starts_a_keyword() -> None:
    text = "customerRrn=9001011234567"
    assert _doc(text).signal(12, 25, CTX) == 1
    text = "ordersrrn=9001011234567"  # lower case all along: not a word start
    assert _doc(text).signal(10, 23, CTX) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INSERT INTO people (name, rrn) VALUES ('kim', '9001011234567');", 1),
        ("INSERT INTO people (name, order_no) VALUES ('kim', '9001011234567');", -1),
        # another column's name, too far before to count as a keyword near the value
        ("INSERT INTO people (rrn, note_written_by_the_staff_member) VALUES ('x', '9001011234567');", 0),
        # the table's name, the second row of a multi-row insert, a quoted comma
        ("INSERT INTO rrn_list (a, b)\nVALUES ('1', '2'),\n('it''s, here', '9001011234567');", 1),
        ("INSERT INTO people (rrn) VALUES (f(1)) ; and then some other words follow '9001011234567'", 0),
    ],
)
def test_sql_insert_columns_label_their_values(text: str, expected: int) -> None:
    start = text.index("9001")
    assert _doc(text).signal(start, start + 13, CTX) == expected


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


def test_re2_matches_in_character_offsets() -> None:
    """doc.finditer runs re2 on the UTF-8 bytes once encoded; its spans are the same as stdlib re's."""
    import re

    import re2

    text = "민원인 홍길동 씨, 담당 김철수 과장 — café 이영희님 😀 박지훈 씨"
    pattern = r"([가-힣]{3}) ?(씨|과장|님)"
    doc = Document(text, frozenset({13}), frozenset({(6, 7)}))
    got = [(m.span(), m.span(1), m.group(2)) for m in doc.finditer(re2.compile(pattern))]
    want = [(m.span(), m.span(1), m.group(2)) for m in re.finditer(pattern, text)]
    assert got == want and len(got) == 4


def test_prefilter_skips_patterns_that_match_nowhere() -> None:
    import re2

    hit, miss = re2.compile("홍길동"), re2.compile("김철수")
    prefilter = Re2Prefilter([hit, miss])
    doc = Document("민원인 홍길동 씨", frozenset({13}), frozenset({(6, 7)}), None, None, prefilter)
    assert [m.group() for m in doc.finditer(hit)] == ["홍길동"]
    assert list(doc.finditer(miss)) == []


def test_prefilter_fails_closed_when_the_set_reports_nothing() -> None:
    """RE2::Set has no fallback when its DFA gives up and then reports no pattern at all: every pattern runs."""
    import re2

    pattern, other = re2.compile("홍길동"), re2.compile("김철수")
    prefilter = Re2Prefilter([pattern, other])
    _, sentinel, local, everything = prefilter._whole[0]
    prefilter._whole[0] = (_NothingSet(), sentinel, local, everything)
    assert prefilter.matching("홍길동".encode()) == everything
    doc = Document("민원인 홍길동 씨", frozenset({13}), frozenset({(6, 7)}), None, None, prefilter)
    assert [m.group() for m in doc.finditer(pattern)] == ["홍길동"]


class _NothingSet:
    def Match(self, data: bytes) -> None:
        return None


def test_wrapper_path_gives_the_same_spans_as_the_direct_path() -> None:
    """_re2_spans calls the compiled RE2 object directly when it can; the public wrapper path must agree."""
    import re2

    from detectors.base import _re2_spans

    class _WrapperOnly:
        def __init__(self, pattern: str) -> None:
            self._p = re2.compile(pattern)
            self.pattern = pattern

        @property
        def groups(self) -> int:
            return int(self._p.groups)

        def finditer(self, text: bytes) -> Iterator[Any]:
            return self._p.finditer(text)

    data = "김철수 과장, 이영희 님 / 박지훈 씨 x".encode()
    pattern = r"([가-힣]{3}) ?(과장|님|씨)?"
    assert list(_re2_spans(re2.compile(pattern), data)) == list(_re2_spans(_WrapperOnly(pattern), data))


def test_split_outside_quotes_keeps_quoted_delimiters_and_lengths() -> None:
    from detectors.base import split_outside_quotes

    row = "a,\"b, c\",'d,e',f"
    assert split_outside_quotes(row, ",", '"') == ["a", '"b, c"', "'d", "e'", "f"]
    assert split_outside_quotes(row, ",", "'") == ["a", '"b', ' c"', "'d,e'", "f"]
    cells = split_outside_quotes("x,'it''s, here',y", ",", "'")  # SQL's doubled quote inside a string
    assert cells == ["x", "'it''s, here'", "y"] and sum(map(len, cells)) + len(cells) - 1 == len("x,'it''s, here',y")
