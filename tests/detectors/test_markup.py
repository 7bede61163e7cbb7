"""Markup between the parts of a value (red-team #5): HTML tags, comments and Markdown emphasis hid every type."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.markup import markup_view
from tests.detectors.helpers import assert_found


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("<span>850315</span>-<span>1234566</span>", "KR_RRN", "850315</span>-<span>1234566"),
        ("주민번호 **850315**-**1234566**", "KR_RRN", "850315**-**1234566"),
        ("<tr><td>850315</td><td>1234566</td></tr>", "KR_RRN", "850315</td><td>1234566"),
        ("<b>4111</b> <b>1111</b> <b>1111</b> <b>1111</b>", "CREDIT_CARD", "4111</b> <b>1111</b> <b>1111</b> <b>1111"),
        ("여권번호 M<b>12345678</b>", "KR_PASSPORT", "M<b>12345678"),
        ("kim<span>@</span>example.org", "EMAIL_ADDRESS", "kim<span>@</span>example.org"),
        ("담당자 홍<b>길</b>동 주무관", "PERSON", "홍<b>길</b>동"),
        ("주민번호 `850315`-`1234566`", "KR_RRN", "850315`-`1234566"),
        ("연락처 010<!-- -->-1234<!-- x -->-5678", "PHONE_NUMBER", "010<!-- -->-1234<!-- x -->-5678"),
        ("call 010~~-~~1234-5678", "PHONE_NUMBER", "010~~-~~1234-5678"),
        ("<p>850315<br>1234566</p>", "KR_RRN", "850315<br>1234566"),
        # names split by highlight tags, the title outside them (seventh held-out set)
        ("민원 답변서 / 담당 <mark>엄</mark>정호", "PERSON", "엄</mark>정호"),
        ('<span class="hl">최</span>가윤 님의 민원', "PERSON", "최</span>가윤"),
        ("담당자 <b>원</b><b>지호</b>, 결재자 <i>신</i>하늘", "PERSON", "원</b><b>지호"),
        # red-team #6 and the seventh set: BBCode, LaTeX, CDATA
        ("[b]850315[/b]-[i]1234566[/i]", "KR_RRN", "850315[/b]-[i]1234566"),
        ("\\textbf{850315}-\\textit{1234566}", "KR_RRN", "850315}-\\textit{1234566"),
        ("<![CDATA[850315]]>-<![CDATA[1234566]]>", "KR_RRN", "850315]]>-<![CDATA[1234566"),
        ("연락처 010\\text{-}6684\\text{-}2124", "PHONE_NUMBER", "010\\text{-}6684\\text{-}2124"),
        ("여권번호 [b]M12[/b]345678", "KR_PASSPORT", "M12[/b]345678"),
    ],
)
def test_a_value_split_by_markup_is_found_on_the_whole_span(engine: Engine, text: str, entity: str, value: str) -> None:
    assert_found(engine, text, entity, value, 0.5)


def test_what_markup_holds_is_still_read_in_the_text(engine: Engine) -> None:
    # the view drops a tag's attributes; the text itself is scanned as well, so a value inside them is found
    assert_found(engine, '<a title="850315-1234566">신청인</a><b>x</b>y', "KR_RRN", "850315-1234566", 0.85)


@pytest.mark.parametrize(
    "text",
    [
        "Hello <b>world</b>, the meeting is at 3.",
        "a * b * c and 2 * 3 = 6",
        "마스킹된 번호 850315-1****** 와 k***@naver.com, 010-****-5678",
        "**회의록** 정리: `npm install` 후 __init__.py 수정",
        "<div class='x'>본문</div>",
        "array[i]850315 x and \\frac{1}{2} of 3",
    ],
)
def test_ordinary_markup_adds_nothing(engine: Engine, text: str) -> None:
    assert engine.scan(text) == ()


def test_the_view_is_built_only_where_markup_splits_a_value() -> None:
    assert markup_view("Hello <b>world</b> and **bold** text") is None
    assert markup_view("k***@naver.com") is None  # stars for hidden characters, not emphasis
    view = markup_view("<td>850315</td><td>1234566</td>")
    assert view is not None and view.text == " 850315 1234566 "  # a block tag reads as a space
    inline = markup_view("850315<span>-</span>1234566")
    assert inline is not None and inline.text == "850315-1234566"
    assert inline.span(0, len(inline.text)) == (0, len("850315<span>-</span>1234566"))


def test_stars_of_masked_values_do_not_pair_into_emphasis(engine: Engine) -> None:
    # ninth held-out set: stars from 1****** and 010-****-5678 paired with kim***@ into "emphasis", and the view
    # read the masked address as kim@naver.com
    text = "성명: 김*수 / 주민등록번호: 850312-1****** / 연락처: 010-****-5678 / 이메일: kim***@naver.com"
    assert [f for f in engine.scan(text) if f.score >= 0.5] == []
