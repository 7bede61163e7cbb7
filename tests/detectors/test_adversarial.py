"""Hostile inputs: work must grow linearly. Measured by counting candidates and findings, never by timing."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.decode import find_encoded

UNITS = [
    "@",
    "a@",
    "1",
    "1 ",
    "1-",
    "1.-",
    "12 34 ",
    "가",
    "가 ",
    "김-민-수 ",
    "가 나",
    "공일",
    "QUFB",
    "%41",
    "::",
    "1.1.",
    "김 과장 ",
    "로 1",
    "\u200b1",
    "zero ",
    "one, ",
    "O1",
    "1O-",
    "a at b.",
    "a. @ b. ",
    "공일공에 ",
    " 다시 일",
    "1_",
    "123456 뒤 ",
    "%40a",
    "&#48;",
    "&#48;a",
    "\\u0030",
    "1234-",
    "1234,",
    "8,5,",
    "850315,1234566,",
    'jumin 850315", "b": "1234566", ',
    "1<b>",
    "<b>1</b>-",
    "**1",
    "1**-",
    "<td>8503</td>",
    "a<span title='1 2'>",
    "`1`-",
    "12345x",
    '1" + "',
    "하나둘",
    "다섯 ",
    "850,3",
    "123456 성별 ",
    "=41",
    "=41 ",
    "\\u{41}",
    "U+0041 ",
    "%u0041",
    "\\101",
    "&#x00000041",
    "GEZDGNBV",
    "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\n",
    "[b]1[/b]-",
    "\\textbf{1}-",
    "1a",
    "1가",
    "1a-",
    "0x41 ",
    "65, ",
    "56 ",
    "AbC1dEf2 ",
    "chr(56)+",
    "chr(49)+chr(50)+chr(51)+chr(52) ",
    "'1'+chr(50),",
    "map(chr, [56, 53]) ",
    "\\N{DIGIT ONE}",
    "\\N{DIGIT ONE}\\x32 ",
    "a@b·c·",
    "mail a@b ",
    "ü@b.ä ",
    "=?UTF-8?B?7JWI?= ",  # RFC 2047 encoded-words, each a name's syllable
    "=?x?Q?=41",  # never closed
    "공일공에 어… ",
    "49llOS-",
    "골뱅이 뒤는 ",
    # sixteenth held-out set: letters decoded in place, look-alikes in Latin words, emoji and line separators
    "&#48149;",
    "&#48149",
    "\\ub9b0",
    "%EC%84%B1",
    "%B1%E8a",
    "%EC%84a%B1",
    "aα",
    "αa ",
    "가🌸",
    "가🌸가",
    "가\n",
    "故\n가\n",
    "제로 ",
    "투쓰리",
    "원 ",
    "1원 투 ",
    ")!)_",
    "!@#$%^&*()_",
    "*%)#!%_!@#$%^^ ",
    # eleventh session: names kept apart by marks or invisible characters, chat pieces, shift notes, mojibake,
    # quoted-printable, a twice-encoded at sign, radio words, letter-spaced capitals
    "김.서.윤 님, ",
    "박\u200b지\u200b호 ",
    "[오후 1:00] 가나: 12\n",
    "보낸 문자 (오후 1:00): 010-\n",
    "각 자리 +1 121-6431-2721 ",
    "\u00ec\u00a0\u201e\u00eb\u2039\u00a4",
    "=EC=84=A4 ",
    "a%2540b",
    "passport Mike 12345678 ",
    "M A R K   T ",
    "\u202e12345678M\u202c ",
    "ㅓㅑ재@ㅇ며ㅡ.ㅜㄷㅅ ",
    "016.0367.051.0115 ",
    "탁\n서\n윤\n",
    "總務 추경호 (印) ",
]


@pytest.mark.parametrize("unit", UNITS)
def test_findings_grow_linearly(engine: Engine, unit: str) -> None:
    small = engine.scan(unit * 1_000)
    large = engine.scan(unit * 4_000)
    assert len(large) <= 4 * len(small) + 4


@pytest.mark.parametrize(
    "unit",
    ["QUFB", "%41%42", "\\x41\\x42", "4142", "&#65;&#66;", "\\u0041", "chr(65)+", "\\N{DIGIT ONE}", "=?utf8?B?QUFB?= "],
)
def test_decoded_segments_are_bounded(unit: str) -> None:
    segs = find_encoded(unit * 50_000)
    assert sum(len(s.decoded) for s in segs) <= 1024 * 1024


def test_long_digit_run_has_no_findings(engine: Engine) -> None:
    assert engine.scan("9" * 100_000) == ()


def test_many_real_values_are_all_found(engine: Engine) -> None:
    text = "연락처 010-1234-5678\n" * 2_000
    assert len(engine.scan(text)) == 2_000


def test_many_multi_type_blobs_cost_one_search_each(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every type in every encoded blob is reported, with one binary search per decoded finding (not a
    comparison against every other finding: hostile text holds thousands of both)."""
    import base64

    import detectors.engine as engine_module

    calls = 0
    real = engine_module.bisect_right

    def counting(a: list[int], x: int) -> int:
        nonlocal calls
        calls += 1
        return real(a, x)

    monkeypatch.setattr(engine_module, "bisect_right", counting)
    blob = base64.b64encode(b"email=subin.lee@daum.net&rrn=900101-1234568").decode()
    n = 300
    found = engine.scan(f"연락처 010-1234-5678 {blob}\n" * n)
    kinds = [f.entity.value for f in found]
    assert kinds.count("KR_RRN") == kinds.count("EMAIL_ADDRESS") == kinds.count("PHONE_NUMBER") == n
    # one search per decoded finding (two per blob) and per direct finding (the phone), never a pairwise comparison
    assert 0 < calls <= 3 * n


@pytest.mark.parametrize("unit", ["대외비 ", "CONFIDENTIAL ", "[대외비]", "\n대외비: x"])
def test_each_marking_reads_a_bounded_part_of_its_line(
    engine: Engine, unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Red-team #8: 200,000 markings on one line took 140 s, every test of every marking reading the whole line. The
    characters the line tests read, summed over all markings, grow with the number of markings, not its square."""
    import detectors.recognizers.classification_marking as marking

    read = 0
    real = marking._line_bounds

    def counting(text: str, start: int, end: int) -> tuple[int, int]:
        nonlocal read
        ls, le = real(text, start, end)
        read += le - ls
        return ls, le

    monkeypatch.setattr(marking, "_line_bounds", counting)
    found = engine.scan(unit * 8_000)
    assert len(found) >= 8_000
    assert read <= len(found) * 8 * (2 * marking.LINE_LOOK + len(unit))
