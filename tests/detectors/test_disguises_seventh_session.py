"""Disguises the fourteenth held-out set found, each read by a general rule: encoded mail headers and byte reprs read
with the words around them, hesitations between spoken groups, OCR's letters for digits under a check digit, an
e-mail said in two parts, an integer IP under an IP column. Each rule has look-alikes that must stay unread."""

from __future__ import annotations

import base64

import pytest

from detectors import Engine
from detectors.decode import find_encoded
from detectors.types import Entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def found(engine: Engine, text: str) -> list[tuple[Entity, str]]:
    return [(f.entity, text[f.start : f.end]) for f in engine.scan(text) if f.score >= 0.5]


def mime_b(text: str, charset: str = "UTF-8") -> str:
    codec = "cp949" if charset.lower().startswith(("ks_c", "euc")) else "utf-8"
    return f"=?{charset}?B?{base64.b64encode(text.encode(codec)).decode()}?="


# RFC 2047 encoded-words


def test_an_encoded_display_name_is_decoded_whole_and_read_with_the_header(engine: Engine) -> None:
    word = mime_b("안지호")
    text = f"From: {word} <jiho.ahn@korea.kr>"
    assert (Entity.PERSON, word) in found(engine, text)
    assert [s.decoded for s in find_encoded(text) if s.start == text.index(word)] == ["안지호"]


@pytest.mark.parametrize(
    ("header", "decoded"),
    [
        # Outlook's name for CP949
        (mime_b("홍민수 주민번호 850315-1234566", "ks_c_5601-1987"), "홍민수 주민번호 850315-1234566"),
        ("=?utf-8?Q?=EC=95=88=EC=A7=80=ED=98=B8_=ED=8C=80=EC=9E=A5?=", "안지호 팀장"),  # Q: `_` is a space
        (f"{mime_b('안')} {mime_b('지호')}", "안지호"),  # adjacent words: the space between them is no text
    ],
)
def test_encoded_words_decode_by_charset_and_kind(header: str, decoded: str) -> None:
    assert [s.decoded for s in find_encoded(f"Subject: {header}") if s.end - s.start == len(header)] == [decoded]


def test_a_resident_number_in_an_encoded_subject_is_found(engine: Engine) -> None:
    word = mime_b("홍민수 주민번호 850315-1234566", "ks_c_5601-1987")
    assert (Entity.KR_RRN, word) in found(engine, f"Subject: {word}")


@pytest.mark.parametrize(
    "text",
    [
        "Subject: =?UTF-8?B?not*base64?=",  # does not decode
        "Subject: =?UTF-8?Q?Quarterly_report?=",  # decodes to plain words: no data
    ],
)
def test_encoded_words_that_say_nothing_find_nothing(engine: Engine, text: str) -> None:
    assert found(engine, text) == []


def test_a_lone_name_under_an_unknown_charset_is_still_base64(engine: Engine) -> None:
    """The charset is one Python does not know, so the encoded-word is not read as one; its payload still decodes as
    base64 to one Hangul name (안지호), which nobody encodes but to hide it (engine.SCORE_ENCODED_NAME)."""
    assert [e for e, _ in found(engine, "Subject: =?x-unknown-charset?B?7JWI7KeA7Zi4?=")] == [Entity.PERSON]


# exact escapes and the words after a segment


def test_a_bytes_repr_of_a_short_name_is_read_as_the_quoted_value(engine: Engine) -> None:
    escaped = "".join(f"\\x{b:02x}" for b in "계다인".encode())
    text = f'>>> print(row["name"].encode())\nb\'{escaped}\''
    assert [s.decoded for s in find_encoded(text)] == ["계다인"]
    assert (Entity.PERSON, escaped) in found(engine, text)


def test_a_title_after_an_encoded_name_is_its_context(engine: Engine) -> None:
    word = f"{mime_b('안')} {mime_b('지호')}"
    assert (Entity.PERSON, word) in found(engine, f"Subject: {word} 님 회신 부탁드립니다")


def test_short_escapes_of_a_plain_word_are_not_a_name(engine: Engine) -> None:
    escaped = "".join(f"\\x{b:02x}" for b in "안녕".encode())
    assert found(engine, f"print(b'{escaped}')") == []


# hesitations between spoken groups


@pytest.mark.parametrize(
    "spoken",
    [
        "공일공에 어… 이사칠사에 그 칠사일일",  # speech-to-text of a 119 call
        "공일공 음 이사칠사 저 칠사일일",
        "010 uh 2474 um... 7411",
        "010에 음 2474 에 7411",
    ],
)
def test_a_number_said_with_hesitations_is_read(engine: Engine, spoken: str) -> None:
    assert (Entity.PHONE_NUMBER, spoken) in found(engine, f"신고자: {spoken}요")


@pytest.mark.parametrize(
    "text",
    [
        "2019년에 음 2020년까지",  # years with a hesitation between them
        "삼사일 그 다섯 명",  # counting, not a number
        "오늘 어… 회의는 3시에 그 회의실에서",
    ],
)
def test_hesitations_in_ordinary_speech_find_nothing(engine: Engine, text: str) -> None:
    assert found(engine, text) == []


# OCR's letters for digits, under a check digit


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("주민번호 칸: 49llOS-l69lBZS", Entity.KR_RRN, "49llOS-l69lBZS"),  # 491105-1691825
        ("카드번호 4S8l 33S9 6832 72O4", Entity.CREDIT_CARD, "4S8l 33S9 6832 72O4"),  # 4581 3359 6832 7204
    ],
)
def test_an_ocr_read_number_that_passes_its_check_is_found(
    engine: Engine, text: str, entity: Entity, value: str
) -> None:
    assert (entity, value) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "주민번호 칸: 49l3OS-l69lBZS",  # the same shape with no birth date in it (month 13)
        "serial SOLD-OUT-BIGS-TOOL lot 4411",  # a code of look-alike letters with few digits
        "part no. 4S8l 33S9 6832 72O5",  # a card shape that fails Luhn
    ],
)
def test_ocr_shapes_that_fail_their_check_stay_unread(engine: Engine, text: str) -> None:
    assert not [f for f in found(engine, text) if f[0] in (Entity.KR_RRN, Entity.CREDIT_CARD)]


# an e-mail said in two parts


@pytest.mark.parametrize(
    "said",
    [
        "gaeun.oh 이고요, 골뱅이 뒤는 nec.go.kr",
        "kim.minsu 그리고 골뱅이 다음은 korea.kr",
        "hong 골뱅이 naver.com",
    ],
)
def test_an_address_said_in_two_parts_is_one_address(engine: Engine, said: str) -> None:
    assert (Entity.EMAIL_ADDRESS, said) in found(engine, f"메일 주소는 {said} 이에요.")


def test_a_sentence_about_the_at_sign_is_no_address(engine: Engine) -> None:
    assert found(engine, "골뱅이 뒤는 도메인이고요, 앞은 아이디입니다.") == []


# an integer IP under a column that names an IP


def test_an_integer_in_an_ip_column_is_an_address(engine: Engine) -> None:
    text = "| login_id | src_ip_int | login_at |\n|---|---|---|\n| ops_jkim | 171546193 | 2024-11-24 08:01:33 |"
    assert (Entity.IP_ADDRESS, "171546193") in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "| id | order_no | ip_type |\n| 3 | 171546193 | v4 |",  # the number is in another column
        "| login_id | src_ip_int |\n| ops_jkim | 12345 |",  # too small to be an address
        "login_id,order_no\nops_jkim,171546193",  # no IP column at all
    ],
)
def test_integers_outside_an_ip_column_are_not_addresses(engine: Engine, text: str) -> None:
    assert not [f for f in found(engine, text) if f[0] is Entity.IP_ADDRESS]


# disguises over disguises (bench/disguise_fuzz.py): normalisation runs again on its own output, as decoding unwraps
# encodings, and the markup view is taken of the normalised text

ZW = "\u200b"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"주민등록번호 {ZW.join('팔공공삼일삼-일일팔일오구육')} 확인", ZW.join("팔공공삼일삼-일일팔일오구육")),
        ("주민등록번호 B O O 3 l 3 - l l B l S 9 6 확인", "B O O 3 l 3 - l l B l S 9 6"),
        ("주민등록번호 eight zero zero three one three ‐ one one eight one five nine six 확인",
         "eight zero zero three one three ‐ one one eight one five nine six"),
        (f"주민등록번호 <b>8</b>{ZW}0{ZW}0<b>3</b>{ZW}1{ZW}3-11<b>8</b>15<b>9</b>6 확인",
         f"8</b>{ZW}0{ZW}0<b>3</b>{ZW}1{ZW}3-11<b>8</b>15<b>9</b>6"),  # the tag before the first digit stays out
        ("주민등록번호 팔공공삼일삼-\n일일팔일오구육 확인", "팔공공삼일삼-\n일일팔일오구육"),
        ("연락처는 OlO-S433-3363 입니다", "OlO-S433-3363"),
    ],
)  # fmt: skip
def test_a_disguise_over_a_disguise_is_undone(engine: Engine, text: str, value: str) -> None:
    assert any(e in (Entity.KR_RRN, Entity.PHONE_NUMBER) and v == value for e, v in found(engine, text))


def test_encoded_text_full_of_zero_width_spaces_is_still_decoded(engine: Engine) -> None:
    encoded = base64.b64encode(ZW.join("800313-1181596").encode()).decode()
    assert (Entity.KR_RRN, encoded) in found(engine, f"주민등록번호 {encoded} 확인")


def test_normalising_again_finds_nothing_in_plain_prose(engine: Engine) -> None:
    # the second round reads what the first produced: a Hangul-spelled count turned to digits is no number
    assert found(engine, "회의는 삼층 회의실에서 오후 세시에, 참석자는 일곱 명입니다.") == []


def test_every_single_disguise_of_the_fuzzer_is_undone(engine: Engine) -> None:
    """bench/disguise_fuzz.py's disguises, one at a time, over one value of each kind: all found (its pairs are a
    benchmark figure, not a test)."""
    import random
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import disguise_fuzz as fuzz

    rng = random.Random(11)
    missed = []
    for entity, (make, carrier) in fuzz.KINDS.items():
        value = make(rng)
        for name, disguise in fuzz.DISGUISES.items():
            disguised = disguise(value)
            if disguised == value or (entity is Entity.EMAIL_ADDRESS and name in fuzz.NUMBERS_ONLY):
                continue
            if (entity is Entity.PERSON and name not in fuzz.NAME_DISGUISES) or (entity, name) in fuzz.KNOWN_GAPS:
                continue
            head, _, tail = carrier.partition("{v}")
            if not fuzz.found(engine, head + disguised + tail, entity, len(head), len(head) + len(disguised)):
                missed.append((entity.value, name, disguised))
    assert missed == []


def test_digit_words_do_not_exhaust_a_pattern_budget(engine: Engine, capfd: pytest.CaptureFixture[str]) -> None:
    """re2 writes "DFA out of memory" to stderr when a pattern outgrows its budget: a line per scan in the gateway's
    log, and a slower engine for the rest of the scan."""
    text = "연락처 공일공-5049-three nine seven zero, eight zero zero three one three - one one eight 확인 " * 200
    engine.scan(text)
    assert "DFA out of memory" not in capfd.readouterr().err
