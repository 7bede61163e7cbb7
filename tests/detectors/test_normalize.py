from __future__ import annotations

import random

import pytest

from detectors.normalize import normalize

CASES = [
    ("주민번호 ９００１０１－１２３４５６７ 끝", "주민번호 900101-1234567 끝"),
    ("010\u200b1234\u200b5678", "01012345678"),
    ("a\u00adb\ufeffc\u2060d\U000e0041e\ufe0ff", "abcdef"),
    ("900101\u20131234567 900101\u22121234567 900101\uff0d1234567", "900101-1234567 900101-1234567 900101-1234567"),
    ("010ㅡ1234ㅡ5678", "010-1234-5678"),
    ("공일공 일이삼사 오육칠팔", "010 1234 5678"),
    ("010-일이삼사-오육칠팔", "010-1234-5678"),
    ("hong [at] korea [dot] kr", "hong@korea.kr"),
    ("①②③", "123"),
    ("٣٤٥", "345"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalised_text(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize("raw", ["이사 일정", "오늘 이사 간다", "일이 삼사 번", "구일 오후"])
def test_ordinary_korean_words_are_not_digits(raw: str) -> None:
    assert normalize(raw).text == raw


def test_plain_text_is_not_copied() -> None:
    text = "plain ASCII and 한글 only, 010-1234-5678"
    n = normalize(text)
    assert n.text is text
    assert n.edits == ()


@pytest.mark.parametrize("raw", [c[0] for c in CASES])
def test_offset_map_points_into_original(raw: str) -> None:
    n = normalize(raw)
    for i in range(len(n.text)):
        start, end = n.span(i, i + 1)
        assert 0 <= start < end <= len(raw)
    assert n.span(0, len(n.text)) == (n.start(0), n.end(len(n.text)))


def test_whole_span_of_fullwidth_number_maps_to_original_digits() -> None:
    raw = "번호: ９００１０１－１２３４５６７."
    n = normalize(raw)
    s = n.text.index("900101")
    start, end = n.span(s, s + 14)
    assert raw[start:end] == "９００１０１－１２３４５６７"


def test_invisible_chars_at_span_edges_are_excluded() -> None:
    raw = "x\u200b010\u200b1234\u200b5678\u200by"
    n = normalize(raw)
    s = n.text.index("0")
    start, end = n.span(s, s + 11)
    assert raw[start:end] == "010\u200b1234\u200b5678"


def test_offset_map_is_monotonic_on_random_mixtures() -> None:
    rng = random.Random(7)
    alphabet = "0123456789-가나 \u200b\uff10\uff11\u2013공일이@[at]"
    for _ in range(200):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        n = normalize(raw)
        starts = [n.start(i) for i in range(len(n.text))]
        assert starts == sorted(starts)
        for i in range(len(n.text)):
            a, b = n.span(i, i + 1)
            assert 0 <= a < b <= len(raw)


def test_percent_escaped_dash_between_digits() -> None:
    assert normalize("rrn=901231%2D2345678").text == "rrn=901231-2345678"
    assert normalize("%EB%B2%88%20900101").text == "%EB%B2%88%20900101"


def test_invisible_set_matches_invisible_pattern() -> None:
    from detectors.normalize import _INVISIBLE, _INVISIBLE_CHARS

    pattern_chars = {chr(c) for c in range(0x80, 0xE0200) if _INVISIBLE.match(chr(c))}
    assert pattern_chars == _INVISIBLE_CHARS


def test_fast_path_never_skips_an_edit() -> None:
    """Random text over characters that do and do not need normalising: the fast path agrees with all passes."""
    import random

    from detectors.normalize import _normalize_all

    alphabet = "0123456789 .-가나공일이삼사오육칠팔구영%2D[at](dot)<>ＡＢ０１\u200b\u00ad–x"
    rng = random.Random(20261123)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        fast, full = normalize(text), _normalize_all(text)
        assert (fast.text, fast.edits) == (full.text, full.edits), text
