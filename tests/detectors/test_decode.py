from __future__ import annotations

import base64
import gzip
import itertools
import random
import unicodedata
import zlib
from collections.abc import Callable

import pytest
import re2

from detectors import Engine, ScanIncomplete
from detectors.decode import MAX_DECODED_TOTAL, find_encoded, is_printable_text
from detectors.types import Entity


def test_base64_hex_percent() -> None:
    b64 = base64.b64encode("연락처 010-1234-5678".encode()).decode()
    segs = find_encoded(f"a {b64} b 3031302d313233342d35363738 c %EC%97%B0%EB%9D%BD%EC%B2%98%20010")
    assert [s.decoded for s in segs] == ["연락처 010-1234-5678", "010-1234-5678", "연락처 010"]


def test_words_hashes_and_numbers_are_not_decoded() -> None:
    text = "internationalization 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 12345678901234"
    assert find_encoded(text) == []


def test_a_long_segment_is_decoded_too() -> None:
    # a segment skipped for its size was forwarded unread (red-team #5); the engine's budget bounds the work instead
    text = "meeting notes, nothing more. " * 4_000
    segs = find_encoded(base64.b64encode(text.encode()).decode())
    assert len(segs) == 1 and segs[0].decoded == text


def test_is_printable_text() -> None:
    assert is_printable_text("hello 세계")
    assert not is_printable_text("\x00\x01\x02\x03\x04")
    assert not is_printable_text("abc")


RRN = "900101-1234568"  # valid checksum


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: base64.b64encode(s.encode()).decode(),
        lambda s: s.encode().hex(),
        lambda s: "".join(f"%{b:02X}" for b in s.encode()),
    ],
    ids=["base64", "hex", "percent"],
)
def test_every_type_in_one_encoded_blob_is_reported(engine: Engine, encode: Callable[[str], str]) -> None:
    # the e-mail first: a blocking RRN must not hide behind a masked e-mail on the same segment span
    found = engine.scan("GET /apply?q=" + encode(f"email=subin.lee@daum.net&rrn={RRN}"))
    assert {Entity.EMAIL_ADDRESS, Entity.KR_RRN} <= {f.entity for f in found}


def test_0x_prefixed_hex_and_percent_plus_are_decoded(engine: Engine) -> None:
    card = "4111111111111111"  # Luhn-valid
    assert [f.entity for f in engine.scan("card_no=0x" + card.encode().hex())] == [Entity.CREDIT_CARD]
    assert [f.entity for f in engine.scan("tel=%2B82%2010%204471%202290 end")] == [Entity.PHONE_NUMBER]
    assert [f.entity for f in engine.scan("tel=%2B821044712290")] == [Entity.PHONE_NUMBER]
    assert engine.scan("50%2B10 = 60, 100%20 off") == ()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("주민번호 &#57;&#48;&#48;&#49;&#48;&#49;-&#49;&#50;&#51;&#52;&#53;&#54;&#56;", "KR_RRN"),
        ("tel: &#x30;&#x31;&#x30;-&#x31;&#x32;&#x33;&#x34;-&#x35;&#x36;&#x37;&#x38;", "PHONE_NUMBER"),
        ('rrn = "' + "".join(f"\\u{ord(c):04x}" for c in "900101-1234568") + '"', "KR_RRN"),
    ],
)
def test_character_references_and_unicode_escapes_are_decoded(engine: Engine, text: str, entity: str) -> None:
    assert entity in {f.entity.value for f in engine.scan(text) if f.score >= 0.5}


@pytest.mark.parametrize("text", ["&#55296;&#55296;&#55296;&#55296;&#55296;", "\\ud800\\udfff\\ud800\\ud800"])
def test_lone_surrogates_never_reach_a_scan(engine: Engine, text: str) -> None:
    """A decoded lone surrogate could not be encoded for scanning: it is either replaced (html.unescape gives
    U+FFFD) or its segment is left alone, and the scan completes."""
    for seg in find_encoded(text):
        assert not any("\ud800" <= c <= "\udfff" for c in seg.decoded)
    engine.scan(text)


def test_a_short_escaped_hangul_name_in_json_is_a_person(engine: Engine) -> None:
    # json.dumps with ensure_ascii writes 송하린 as three escapes
    text = '{"name": "\\uc1a1\\ud558\\ub9b0", "dept": "민원과"}'
    assert [f.entity.value for f in engine.scan(text)] == ["PERSON"]


def _wrapped(s: str) -> str:
    b = base64.b64encode(s.encode()).decode()
    return "\n".join(b[i : i + 76] for i in range(0, len(b), 76))


RRN6 = "850315-1234566"


@pytest.mark.parametrize(
    "text",
    [
        "첨부 원문:\n" + _wrapped(f"주민등록번호 {RRN6} 확인 바랍니다. " * 3) + "\n끝",  # mail or PEM lines
        "decode " + base64.b32encode(f"RRN {RRN6}".encode()).decode(),
        "주민번호 " + "".join(f"\\u{{{ord(c):x}}}" for c in RRN6),
        "주민번호 " + "".join(f"\\x{{{ord(c):x}}}" for c in RRN6),
        "주민번호 " + "".join(f"\\U{ord(c):08x}" for c in RRN6),
        "주민번호 " + " ".join(f"U+{ord(c):04X}" for c in RRN6),
        "주민번호 " + "".join(f"%u{ord(c):04x}" for c in RRN6),
        "주민번호 " + "".join(f"\\{ord(c):03o}" for c in RRN6),
        "주민번호 " + "".join(f"&#x{ord(c):08x};" for c in RRN6),
        "주민번호 " + "".join(f"&#{ord(c)} " for c in RRN6),
        "data <~" + base64.a85encode(f"RRN {RRN6}".encode()).decode() + "~>",
        "메일 원문: " + "".join(f"={b:02X}" for b in f"주민 {RRN6}".encode()),  # quoted-printable, every byte
        "주민번호 " + " ".join(f"0x{ord(c):02x}" for c in RRN6),  # a C array's bytes
        "주민번호 " + ", ".join(str(ord(c)) for c in RRN6),  # decimal byte values
        "주민번호 ODUwMzE1 LTEyMzQ1NjY=",  # each half encoded on its own
    ],
)
def test_encodings_red_team_6_sent_are_decoded(engine: Engine, text: str) -> None:
    assert any(f.entity == Entity.KR_RRN and f.score >= 0.85 for f in engine.scan(text)), text


def _b64(s: str | bytes) -> str:
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


LINE = f"주민등록번호 {RRN6} 연락처 010-2345-6789"


@pytest.mark.parametrize(
    "text",
    [
        "풀어줘: " + " ".join(_b64(LINE)[i : i + 8] for i in range(0, len(_b64(LINE)), 8)),  # a space every 8
        "풀어줘:\n" + "\n".join(_b64(LINE)[i : i + 4] for i in range(0, len(_b64(LINE)), 4)),  # a line every 4
        "decode: " + _b64(LINE)[::-1],  # written backwards
        "decode: " + _b64(f"RRN {RRN6}")[::-1],  # backwards, its padding first
        "decode: " + _b64(zlib.compress(LINE.encode())),
        "decode: " + _b64(gzip.compress(LINE.encode(), mtime=0)),
    ],
)
def test_encodings_after_red_team_6_are_decoded(engine: Engine, text: str) -> None:
    assert any(f.entity == Entity.KR_RRN and f.score >= 0.85 for f in engine.scan(text)), text


def test_a_compressed_bomb_is_refused_not_inflated_whole(engine: Engine) -> None:
    bomb = "decode: " + _b64(gzip.compress(b"a" * (MAX_DECODED_TOTAL * 4), mtime=0))
    assert len(bomb) < 20_000
    with pytest.raises(ScanIncomplete):
        engine.scan(bomb)


@pytest.mark.parametrize(
    "text",
    [
        "The quick brown fox jumps over lazy dogs with some more words here",
        "RUN1 TEST CASE FOR THIS BUILD WITH MANY WORDS",
        "room 1234 open from 0900 till 1800 every day",
        "getUserName2 setUserName2 hasUserName2 isUserName2",
        "INV-20240517-KR and ORD_2024_0517_AB are ids",
    ],
)
def test_look_alikes_of_spaced_reversed_or_compressed_base64_are_left(text: str) -> None:
    assert find_encoded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * FROM t WHERE a = 'x'",
        "Price=100 =20 =30",
        "ABCDEFGHIJKLMNOP2345 is a code",
        "U+0041 is A",
        "scores 90 85 77 66 54 43 99 100 all passed",  # decodes to letters only: not a hidden value
        "iPhone15 and Win11Pro",
    ],
)
def test_look_alikes_of_those_encodings_are_left(engine: Engine, text: str) -> None:
    assert find_encoded(text) == []


def test_spaced_base64_search_finds_nothing_in_spaced_digits_or_phone_lists() -> None:
    # hostile text of spaced digits made 26,000 candidate runs a megabyte, each checked in Python
    from detectors.decode import B64_CHAIN

    assert list(B64_CHAIN.finditer("1 2 " * 1000)) == []
    assert list(B64_CHAIN.finditer("010-1234-5678 " * 300)) == []


# The one re2 pattern that found spaced base64 before B64_CHAIN and `_spaced_runs`: the reference they must agree with.
# Its counted chunks outgrew re2's DFA on a megabyte of base64 lines.
_B = "[A-Za-z0-9+/]"
_SEP = r"(?:\r?\n|[ \t])"
_DIGIT_CHUNK = rf"(?:[0-9]{_B}{{3,75}}|[A-Za-z+/]{_B}{{0,74}}[0-9]{_B}{{0,74}})"
SPACED_REFERENCE = rf"(?:{_B}{{4,76}}{_SEP})*{_DIGIT_CHUNK}{_SEP}(?:{_B}{{4,76}}{_SEP})+{_B}{{1,76}}={{0,2}}"
WORD_SIZES = (1, 2, 3, 4, 5, 8, 73, 74, 75, 76, 77, 78, 80, 146, 147, 148, 149, 150, 151, 152, 160, 230)
SEPARATORS = (" ", " ", " ", "\n", "\n", "\t", "\r\n", "\r", "  ", "=", "==", "===", ".", "가", " \n", "= ")


def _spaced_spans(text: str) -> list[tuple[int, int]]:
    from detectors.decode import B64_CHAIN, _spaced_runs

    return [run for chain in B64_CHAIN.finditer(text) for run in _spaced_runs(text, *chain.span())]


def _random_word(rng: random.Random) -> str:
    size = rng.choice(WORD_SIZES) if rng.random() < 0.6 else rng.randint(1, 12)
    kind = rng.random()
    if kind < 0.3:
        return "".join(rng.choice("aB+/1") for _ in range(size))
    if kind < 0.8:  # letters with a few digits, or digits with a few letters, at random places
        chars = [rng.choice("aZ/") if kind < 0.6 else rng.choice("0123456789") for _ in range(size)]
        for _ in range(rng.randint(0, 3)):
            chars[rng.randrange(size)] = rng.choice("0123456789") if kind < 0.6 else "x"
        return "".join(chars)
    return "".join(rng.choice("A1") for _ in range(size))


def test_spaced_runs_are_the_counted_patterns_matches_on_random_text() -> None:
    """Words of every length around the pattern's bounds (4, 76, 150), with digits here and there, joined by single
    and double separators and by other characters: B64_CHAIN and `_spaced_runs` find exactly the reference's spans."""
    reference = re2.compile(SPACED_REFERENCE)
    rng = random.Random(20260301)
    runs = 0
    for _ in range(1500):
        parts = [p for _ in range(rng.randint(1, 9)) for p in (_random_word(rng), rng.choice(SEPARATORS))]
        text = "".join(parts[: len(parts) - rng.randint(0, 1)])
        expected = [m.span() for m in reference.finditer(text)]
        assert _spaced_spans(text) == expected, text
        runs += bool(expected)
    assert runs > 200


def test_spaced_runs_are_the_counted_patterns_matches_on_every_short_text() -> None:
    """Every text of up to 8 characters of `a`, `1`, a space and `=`, and of up to 7 with a line break and `\r`."""
    reference = re2.compile(SPACED_REFERENCE)
    for alphabet, longest in (("a1 =", 8), ("a1\n\r", 7)):
        for size in range(longest + 1):
            for chars in itertools.product(alphabet, repeat=size):
                text = "".join(chars)
                assert _spaced_spans(text) == [m.span() for m in reference.finditer(text)], text


def test_a_long_attachment_of_base64_lines_leaves_no_dfa_message(capfd: pytest.CaptureFixture[str]) -> None:
    """The counted pattern ran out of DFA memory on base64 in 76-character lines (re2 fell back to its slower engine
    and wrote "DFA out of memory" to stderr on every scan): B64_CHAIN's small DFA reads it in one pass."""
    blob = base64.b64encode(random.Random(7).randbytes(96 * 1024)).decode()
    text = "\n".join(blob[i : i + 76] for i in range(0, len(blob), 76))
    assert _spaced_spans(text) == [(0, len(text))]
    assert "DFA out of memory" not in capfd.readouterr().err


def test_short_non_ascii_words_from_exact_encodings_are_decoded() -> None:
    """Character references and percent escapes decode exactly, so a three-syllable word counts (red-team #8 F2:
    `&#45824;&#50808;&#48708;` and `%EB%8C%80%EC%99%B8%EB%B9%84` spell 대외비); short ASCII does not."""
    segs = find_encoded("&#45824;&#50808;&#48708; 보고서, %EB%8C%80%EC%99%B8%EB%B9%84 문서, &#169;&#8212; x, %41%42%43")
    assert [s.decoded for s in segs] == ["대외비", "대외비"]


def _chr_chain(s: str, join: str = "+", call: str = "chr") -> str:
    return join.join(f"{call}({ord(c)})" for c in s)


def _named(s: str) -> str:
    return "".join(f"\\N{{{unicodedata.name(c)}}}" for c in s)


@pytest.mark.parametrize(
    "text",
    [
        "ssn = chr(56)+chr(53)+chr(48)+chr(51)+chr(49)+chr(53)+chr(45)+chr(49)+chr(50)+chr(51)+chr(52)+chr(53)"
        "+chr(54)+chr(54)",  # red-team #9 finding 14, as sent
        f"print('{_named(RRN6)}')  # 주민번호",  # as sent
        f"rrn = ''.join([{_chr_chain(RRN6, ', ')}])",
        "rrn = ''.join(map(chr, [" + ", ".join(str(ord(c)) for c in RRN6) + "]))",
        "rrn = '8503' + chr(49) + chr(53) + '-1234566'",  # literals among the calls
        f"$rrn = {_chr_chain(RRN6, '.')};",  # PHP, Perl
        f"rrn = {_chr_chain(RRN6, ' & ', 'ChrW')}",  # VB
        f"SELECT {_chr_chain(RRN6, '||', 'CHR')} FROM dual",  # Oracle, PostgreSQL
        f"const rrn = {_chr_chain(RRN6, ' + ', 'String.fromCharCode')};",
        "rrn = " + "+".join(f"chr(0x{ord(c):x})" for c in RRN6),
        "주민번호 '\\N{DIGIT EIGHT}\\x35\\N{digit zero}\\u0033\\N{DIGIT ONE}\\N{DIGIT FIVE}-1234566'",  # mixed escapes
    ],
)
def test_strings_built_from_character_codes_or_names_are_decoded(engine: Engine, text: str) -> None:
    assert any(f.entity == Entity.KR_RRN and f.score >= 0.85 for f in engine.scan(text)), text


@pytest.mark.parametrize(
    "text",
    [
        f"name = {_chr_chain('송하린')}",
        "name = ''.join(map(chr, [" + ", ".join(str(ord(c)) for c in "송하린") + "]))",
        "name = String.fromCharCode(" + ",".join(str(ord(c)) for c in "송하린") + ")",
        f"name = '{_named('송하린')}'",
    ],
)
def test_a_short_name_built_from_codes_is_decoded(engine: Engine, text: str) -> None:
    # codes decode exactly, as escapes do: a three-syllable name is long enough
    assert [f.entity for f in engine.scan(text)] == [Entity.PERSON]


@pytest.mark.parametrize(
    "text",
    [
        "sep = chr(10); quote = chr(34) + name + chr(34)",
        "letters = [chr(65 + i) for i in range(26)]",
        "crlf = chr(13) + chr(10)",
        "ab = chr(97) + chr(98)",
        "alphabet = ''.join(map(chr, range(97, 123)))",
        "if c == chr(0x41) or c == chr(0x61):",
        "CREATE TABLE t (code CHAR(10), name VARCHAR(50), flag CHAR(1));",
        'print("\\N{BULLET} item \\N{EM DASH} done")',
        'temp = f"{t}\\N{DEGREE SIGN}C"',
        "print('\\N{GREEK SMALL LETTER ALPHA}\\N{GREEK SMALL LETTER BETA}')",
        "bad = '\\N{NO SUCH CHARACTER}\\N{DIGIT ONE}'",
    ],
)
def test_ordinary_code_with_a_few_codes_stays_clean(engine: Engine, text: str) -> None:
    assert engine.scan(text) == ()


def test_codes_and_names_decode_exactly() -> None:
    text = "a = chr(56)+'5'+chr(0x30)+chr(1114112) b = '\\N{DIGIT ONE}\\N{NO SUCH NAME}\\x32'"
    assert [s.decoded for s in find_encoded(text)] == ["850\ufffd", "1\ufffd2"]


def test_a_code_list_dec_list_reads_is_not_decoded_twice() -> None:
    text = "String.fromCharCode(" + ",".join(str(ord(c)) for c in RRN6) + ")"
    assert [s.decoded for s in find_encoded(text)] == [RRN6]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("풀어줘: ", "\n2024-05-11 12:09:25 INFO done"),  # the next line's date is one more chunk
        ("Please decode this ", ""),  # words before the chunks are chunks too
        ("decode this ", "\nThanks a lot"),
    ],
)
def test_spaced_base64_between_words_is_decoded(engine: Engine, before: str, after: str) -> None:
    """A spaced run takes in neighbouring words; each run of equal chunks is still joined on its own."""
    blob = _b64(LINE)
    text = before + " ".join(blob[i : i + 8] for i in range(0, len(blob), 8)) + after
    assert any(f.entity == Entity.KR_RRN for f in engine.scan(text)), text
