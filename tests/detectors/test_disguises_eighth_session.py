"""Disguises the sixteenth held-out set found, each read by a general rule: character-level encodings decoded in place
(so the key or label before a name counts), look-alike letters inside Latin words, emoji and vertical lines between a
name's syllables, Konglish digit words, digits typed with Shift held. Each rule has look-alikes that must stay unread,
and every finding's span is checked to cover the disguised token in the caller's text."""

from __future__ import annotations

import urllib.parse

import pytest

from detectors import Engine
from detectors.normalize import _normalize_all, normalize
from detectors.spaced import spaced_view
from detectors.types import Entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def found(engine: Engine, text: str) -> list[tuple[Entity, str]]:
    return [(f.entity, text[f.start : f.end]) for f in engine.scan(text) if f.score >= 0.5]


def refs(word: str) -> str:
    return "".join(f"&#{ord(c)};" for c in word)


def hex_refs(word: str) -> str:
    return "".join(f"&#x{ord(c):X};" for c in word)


def u_escapes(word: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in word)


def percent(word: str, codec: str = "utf-8") -> str:
    return urllib.parse.quote(word, safe="", encoding=codec)


# Character-level encodings, decoded in place


@pytest.mark.parametrize("encode", [refs, hex_refs, u_escapes, percent])
@pytest.mark.parametrize(
    "template",
    [
        "고객 성명: {v} 님",
        "신청인 {v} 님께서 접수하셨습니다",
        '{{"name": "{v}", "tel": "010-2345-6789"}}',
        "?name={v}&page=2",
    ],
)
def test_an_encoded_name_is_read_with_the_label_around_it(engine: Engine, encode: object, template: str) -> None:
    token = encode("박서연")  # type: ignore[operator]
    text = template.format(v=token)
    assert (Entity.PERSON, token) in found(engine, text)


def test_each_decoded_character_maps_back_to_its_own_escape() -> None:
    text = "a=%EC%84%B1%EB%82%98%EC%9D%80&b=&#48149;&#xC11C;\\uc5f0"
    norm = normalize(text)
    assert norm.text.startswith("a=성나은&b=박")
    spans = [text[slice(*norm.span(i, i + 1))] for i, c in enumerate(norm.text) if not c.isascii()]
    assert spans[:4] == ["%EC%84%B1", "%EB%82%98", "%EC%9D%80", "&#48149;"]
    assert spans[-1] == "\\uc5f0"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("&#48149&#49436&#50672", "박서연"),  # no semicolons inside a run, as browsers read it
        ("q=%B1%E8%B9%CE%BC%F6", "q=김민수"),  # CP949, as older Korean sites put it in their URLs
        ("name=Nguy%E1%BB%85n%20V%C4%83n", "name=Nguyễn Văn"),  # accented Latin letters and the space between
        ("&#x4E2D;&#x6587;", "中文"),
    ],
)
def test_encodings_of_letters_are_decoded(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected
    assert _normalize_all(raw).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "it&#8217;s a &#8220;quote&#8221; and &#169; 2024",  # punctuation references in prose
        "emoji \\ud83c\\udf38 in a log",  # a surrogate pair: no letter
        "path=%2Fhome%2Fuser%3Fa%3D1",  # ASCII escapes: detectors.decode's segments
        "%FF%FE%00%01 binary",
        "%ED%99%8D%EA%B8%B8%EB%8F%99%20%39%30%30%31",  # escaped digits: one segment for detectors.decode
    ],
)
def test_other_escapes_stay(text: str) -> None:
    assert normalize(text).text == text


def test_a_label_encoded_before_plain_digits_is_decoded_and_the_number_found_on_its_digits(engine: Engine) -> None:
    text = f"decode: {urllib.parse.quote('주민번호 900101-1234567', safe='')} thanks"
    assert (Entity.KR_RRN, "900101-1234567") in found(engine, text)
    assert "주민번호 900101-1234567" in normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "https://search.naver.com/search.naver?query=%EA%B9%80%EB%B0%A5%20%EB%A0%88%EC%8B%9C%ED%94%BC",  # 김밥 레시피
        "https://shop.example.kr/list?cat=%EA%B0%80%EC%A0%84%EC%A0%9C%ED%92%88&sort=price",  # 가전제품
        "<p>&#54620;&#44397;&#50612; &#44368;&#50977; &#54532;&#47196;&#44536;&#47016; &#50504;&#45236;</p>",
        '{"msg": "\\uc624\\ub298 \\ub0a0\\uc528 \\ub9d1\\uc74c"}',  # 오늘 날씨 맑음
    ],
)
def test_encoded_ordinary_words_are_no_findings(engine: Engine, text: str) -> None:
    assert found(engine, text) == []


# Greek and Cyrillic look-alikes inside Latin words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("caregiver_name=Jοnαthan Fowler;", "caregiver_name=Jonathan Fowler;"),  # Greek omicron and alpha
        ("Jοnαthαn Fοwlεr", "Jonathan Fowler"),
        ("kіm.mіnsu@nаver.com", "kim.minsu@naver.com"),  # Cyrillic і and а
        ("Mіchаеl Kοwаlskі", "Michael Kowalski"),
        ("NFκB", "NFkB"),
    ],
)
def test_look_alikes_inside_latin_words_are_folded(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    "text",
    ["και το μέλλον", "Ελένη Παπαδοπούλου", "привет мир", "Мария Иванова", "5α-reductase 10μm", "α-helix", "Στέφανος"],
)
def test_greek_and_russian_words_stay(text: str) -> None:
    assert normalize(text).text == text


@pytest.mark.parametrize("name", ["Jοnαthan Fowler", "Jonαthan Fοwler", "Mαrgαret Smith"])
def test_a_name_with_greek_letters_is_found_on_its_own_span(engine: Engine, name: str) -> None:
    text = f"caregiver_name={name}; phone=010-9369-6170"
    assert (Entity.PERSON, name) in found(engine, text)


def test_a_greek_sentence_is_no_finding(engine: Engine) -> None:
    assert [e for e, _ in found(engine, "Καλημέρα, τι κάνετε; Ευχαριστώ πολύ για τη βοήθεια.")] == []


# Emoji between a name's syllables, and vertical writing


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("이번 달 총무는 구🌸서🌸윤님이에요~", "구🌸서🌸윤"),
        ("담당자 김❤️민❤️수 님께 연락주세요", "김❤️민❤️수"),
        ("고객 성명: 박 ⭐ 지 ⭐ 훈", "박 ⭐ 지 ⭐ 훈"),
        ("신청인 이👩‍💻하👩‍💻은 님", "이👩‍💻하👩‍💻은"),  # a ZWJ sequence between the syllables
    ],
)
def test_a_name_split_by_emoji_is_found(engine: Engine, text: str, name: str) -> None:
    assert (Entity.PERSON, name) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "네😊 알겠습니다! 내일 봬요👍",
        "와🎉축🎉하🎉해요 다들 수고했어요",
        "오늘 점심 🍜 먹고 ☕ 한잔 해요",
        "좋아요❤️ 최고👍 감사🙏",
    ],
)
def test_emoji_in_ordinary_chat_are_no_findings(engine: Engine, text: str) -> None:
    assert [e for e, _ in found(engine, text) if e is Entity.PERSON] == []


def test_a_name_written_vertically_is_found_on_its_lines(engine: Engine) -> None:
    text = "위패 사진을 OCR 했더니 세로쓰기예요. 안내판 문구로 바꿔줘\n故\n천\n만\n길\n之 靈 位\n(3호실)"
    assert (Entity.PERSON, "천\n만\n길") in found(engine, text)


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("故\n천\n만\n길\n之 靈 位", "故천만길\n之 靈 위".replace("위", "位")),
        (" 천 \r\n 만 \r\n길\r\n", " 천만길\r\n"),
        ("대\n한\n민\n국\n만\n세", None),  # a column longer than a name
        ("한 줄\n둘째 줄", None),
    ],
)
def test_vertical_columns(text: str, view: str | None) -> None:
    got = spaced_view(text)
    assert (got.text if got else None) == view


@pytest.mark.parametrize(
    "text",
    ["[오전 10:01] 민지: 응\n[오전 10:01] 민지: 왜\n응\n왜\n뭐", "메뉴\n밥\n국\n김\n\n가격은 아래", "투표\n예\n아니오"],
)
def test_short_lines_of_chat_are_no_findings(engine: Engine, text: str) -> None:
    assert [e for e, _ in found(engine, text) if e is Entity.PERSON] == []


# Konglish digit words


@pytest.mark.parametrize(
    "number",
    [
        "제로 원 제로 투 쓰리 쓰리 쓰리 투 쓰리 제로 쓰리",
        "공일공, 세븐 세븐 에잇 투, 나인 원 식스 포",  # Sino-Korean digits among them, pauses as commas
        "지로 원 지로 다시 파이브 파이브 식스 세븐 다시 에이트 원 원 투",  # a spoken dash
        "제로원제로 스리스리나인에잇 투투식스세븐",  # glued as speech-to-text may write them
    ],
)
def test_a_number_said_in_konglish_is_found_on_its_words(engine: Engine, number: str) -> None:
    text = f"고객님 번호가 {number} 맞는지 확인 좀 해주세요"
    assert (Entity.PHONE_NUMBER, number) in found(engine, text)


def test_a_konglish_number_before_a_copula_keeps_its_last_digit() -> None:
    assert normalize("번호는 공일공, 세븐 세븐 에잇 투, 나인 원 식스 포요").text == "번호는 010-7782-9164요"


@pytest.mark.parametrize(
    "text",
    [
        "1000원 2000원 3000원 4000원 5000원",  # prices: 원 after a digit is the currency
        "투 쓰리 포 파이브 원 정도예요",  # too short, and 원 after them
        "포장 투자 원 투 쓰리 정도",  # 포 and 투 inside words
        "메뉴: 원 투 쓰리 세트 5000원, 포 파이브 세트 7000원",
        "오 원 이 원 삼 원 사 원 짜리 동전",  # Sino-Korean amounts in 원
    ],
)
def test_prices_and_words_stay(text: str) -> None:
    assert normalize(text).text == text


def test_a_count_in_konglish_is_no_finding(engine: Engine) -> None:
    assert found(engine, "레이드 공략: 원 투 쓰리 포 파이브 식스 세븐 에잇 순서로 딜") == []


# Digits typed with Shift held


@pytest.mark.parametrize(
    ("token", "entity"),
    [
        (")!)_%&%$_(#*&", Entity.PHONE_NUMBER),  # 010-5754-9387
        (")!)-@#$%-^&*(", Entity.PHONE_NUMBER),  # 010-2345-6789, the dash typed without Shift
        ("*%)#!%_!@#$%^^", Entity.KR_RRN),  # 850315-1234566
    ],
)
def test_digits_typed_with_shift_are_found_on_the_token(engine: Engine, token: str, entity: Entity) -> None:
    text = f"메모: 부재중. 고객님 번호 {token} 쉬프트 눌린채로 입력됨"
    assert (entity, token) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "비밀번호 규칙: 특수문자 !@#$%^&*() 중 하나 포함",  # 1234567890: no number's shape
        'grep -E "^)!)_%&%$_(#*&$" log.txt',  # a pattern
        "if (x) { s = ')!)_%&%$_(#*&'; }",  # code
        "욕설 필터: #$%@!*&^ 같은 표현 금지",
        "******_****_****",  # masked digits
        ")!)_%&%$_(#*&x",  # part of a longer token
    ],
)
def test_symbols_that_are_no_shifted_number_stay(text: str) -> None:
    assert normalize(text).text == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("&#56;&#8203;&#53;&#8203;&#48;", "850"),  # a zero-width space's reference between digits' references
        ("\\u0030\\u2010\\u0031", "0-1"),  # a dash look-alike's escape
        ("010\\u20101234\\u20105678", "010-1234-5678"),
        ("&#xFF10;&#xFF11;", "01"),  # full-width digits
    ],
)
def test_references_of_what_normalisation_undoes_are_undone(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected
    assert _normalize_all(raw).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "주민등록번호 " + "".join(f"&#{ord(c)};" for c in "팔공공삼일삼-일일팔일오구육"),
        "주민등록번호 " + urllib.parse.quote("팔공공삼일삼-일일팔일오구육"),
    ],
)
def test_hangul_digits_decoded_in_place_are_read_as_digits(engine: Engine, text: str) -> None:
    assert [e for e, _ in found(engine, text)] == [Entity.KR_RRN]
