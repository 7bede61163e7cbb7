"""Evidence added after the twenty-sixth held-out set was read (its blind first runs, on the thirteenth session's start
and end, are in docs/benchmarks.md). The texts are written for these tests, not copied from the set."""

from __future__ import annotations

import base64
import ipaddress

import pytest

from detectors import Engine
from detectors.recognizers.person import labelled_name
from detectors.recognizers.person_words import RARE_SURNAMES, SURNAMES
from detectors.types import Entity
from tests.detectors.helpers import found


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def utf16_dump(value: str) -> str:
    return value.encode("utf-16-le").hex(" ")


# ---------------------------------------------------------------- disguises read generally


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # a radio transcript's slash between native and Sino-Korean digit groups
        (
            "무전 메모: 연락처 공 하나 공 / 둘 셋 넷 다섯 / 여섯 칠 팔 아홉 으로 회신 바람",
            Entity.PHONE_NUMBER,
            "공 하나 공 / 둘 셋 넷 다섯 / 여섯 칠 팔 아홉",
        ),
        # a whole passport number in the radio alphabet and digit words, its middle letter a word too
        (
            "Caller spelled the passport number: Sierra one two three Papa four five six seven.",
            Entity.KR_PASSPORT,
            "Sierra one two three Papa four five six seven",
        ),
        ("여권 번호는 Mike one eight one eight one two seven two 입니다", Entity.KR_PASSPORT, None),
        # a building number said in Sino-Korean numerals after a road and its district
        (
            "신고 위치는 부산광역시 해운대구 센텀중앙로 백이십삼 입구 쪽입니다",
            Entity.LOCATION,
            "부산광역시 해운대구 센텀중앙로 백이십삼",
        ),
        # a hanja name after the Hangul word for the head of a family register
        ("제적등본 판독: 호주 李明淑, 본적 경상북도 안동시", Entity.PERSON, "李明淑"),
        # a number in a hex dump of UTF-16LE bytes (a Windows string, an app's SQLite blob)
        (f"blob.hex(' ') = '{utf16_dump('010-2468-1357')}'", Entity.PHONE_NUMBER, utf16_dump("010-2468-1357")),
        # a URL's host as one integer, hexadecimal or decimal
        ("GET http://0x79863707/login HTTP/1.1", Entity.IP_ADDRESS, "0x79863707"),
        ("redirect to http://2038830087:8080/admin", Entity.IP_ADDRESS, "2038830087"),
        # the `hins` key names a health-insurance number, plain or base32-encoded
        ('{"name":"정해린","hins":"75912038461"}', Entity.KR_HEALTH_INSURANCE, "75912038461"),
        (
            '{"hins_b32": "' + base64.b32encode(b"75912038461").decode() + '", "alg": "base32"}',
            Entity.KR_HEALTH_INSURANCE,
            None,
        ),
        # a name in leetspeak, both words disguised
        ("ban request: make sure J3ss1ca W4ll4ce is blocked", Entity.PERSON, "J3ss1ca W4ll4ce"),
        # a surname spelt out letter by letter after its label
        ("Surname spelled S-O-R-E-N-S-E-N, first name Mads.", Entity.PERSON, "S-O-R-E-N-S-E-N"),
        ("Guest list: last name: OKAFOR, room 1204", Entity.PERSON, "OKAFOR"),
        # a foreign name before its alien number struck through in Markdown
        ("외국인 근로자 카리모바 니고라 등록번호 ~~910313-6592132~~ (삭제)", Entity.PERSON, "카리모바 니고라"),
    ],
)
def test_disguise_is_read(engine: Engine, text: str, entity: Entity, expected: str | None) -> None:
    got = found(engine, text, entity)
    assert got, (text, engine.scan(text))
    if expected is not None:
        assert expected in got, got


# ---------------------------------------------------------------- names an e-mail address spells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reviewer: Hazel Quenneville (hazel.quenneville@northwind.ca) signs off.", "Hazel Quenneville"),
        ("Custodians: Grace Wexler (grace.wexler@tidewater.example.com)", "Grace Wexler"),
        ("DisplayName  : Jae-won Ryu\nEmailAddress : jaewon.ryu@agency.go.kr", "Jae-won Ryu"),
        ("Signature: 'Imogen — write to imogen.vanderlaanNOSPAM@gmail.com'", "Imogen"),
    ],
)
def test_a_name_the_mail_address_spells(engine: Engine, text: str, expected: str) -> None:
    assert expected in found(engine, text, Entity.PERSON)


def test_role_addresses_spell_no_name(engine: Engine) -> None:
    text = "Contact Customer Support (customer.support@acme.com) or Sales (sales@acme.com)"
    assert found(engine, text, Entity.PERSON) == []


def test_product_codes_are_no_leetspeak_name(engine: Engine) -> None:
    assert found(engine, "Win10 Home, R2D2 Ultra, Mark3 Ed1t, model X5 Pro", Entity.PERSON) == []


# ---------------------------------------------------------------- rarer surnames where a name is meant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("퇴직자 판미숙님, 연금 안내드립니다", "판미숙"),
        ("채권자 낭철수 대전광역시 서구 둔산로 100 3층", "낭철수"),
        ("| name   | phone         |\n|--------|---------------|\n| 묵은희 | 010-4417-2290 |", "묵은희"),
        ("성명: 즙영호, 연락처 010-3391-2284", "즙영호"),
    ],
)
def test_a_rarer_surname_where_a_name_is_meant(engine: Engine, text: str, expected: str) -> None:
    assert expected in found(engine, text, Entity.PERSON)


def test_an_encoded_lone_name_with_a_rarer_surname(engine: Engine) -> None:
    encoded = base64.b64encode("즙미란".encode()).decode()
    text = f"From: =?UTF-8?B?{encoded}?= <mr.j@naver.com>"
    assert found(engine, text, Entity.PERSON) == [f"=?UTF-8?B?{encoded}?="]


def test_rarer_surnames_are_kept_apart() -> None:
    assert not RARE_SURNAMES & SURNAMES
    assert {"즙", "초", "판", "낭", "묵", "내"} <= RARE_SURNAMES


@pytest.mark.parametrize("word", ["관리하", "영문명", "번호요", "비실명", "운송장", "대관령", "내가은"])
def test_words_after_a_rarer_surname_syllable_are_no_name(word: str) -> None:
    assert not labelled_name(word)


# ---------------------------------------------------------------- numbers that are something else


def test_digits_inside_a_uuid_are_no_card(engine: Engine) -> None:
    # 4539100012345674 passes Luhn: the UUID's first three groups hold it
    text = "trace_id=45391000-1234-5674-a500-879143729490 span=db.query 812ms"
    assert found(engine, text, Entity.CREDIT_CARD) == []
    assert found(engine, "카드번호 4539-1000-1234-5674 로 결제", Entity.CREDIT_CARD) == ["4539-1000-1234-5674"]


def test_a_unix_time_with_its_fraction_is_no_account(engine: Engine) -> None:
    text = '계좌 문의 로그 [{"text": "입금 확인 부탁", "ts": "1712031012.0031"}]'
    assert found(engine, text, Entity.BANK_ACCOUNT) == []


def test_an_ip_address_beside_an_insurance_key_is_no_insurance_number(engine: Engine) -> None:
    text = '{"hins":"75912038461","client_ip":"121.134.55.7"}'
    assert found(engine, text, Entity.KR_HEALTH_INSURANCE) == ["75912038461"]
    assert found(engine, text, Entity.IP_ADDRESS) == ["121.134.55.7"]


def test_an_integer_host_needs_a_url(engine: Engine) -> None:
    assert str(ipaddress.IPv4Address(0x79863707)) == "121.134.55.7"
    assert found(engine, "order 2038830087 shipped", Entity.IP_ADDRESS) == []


def test_a_road_and_a_number_word_without_a_district_stay_prose(engine: Engine) -> None:
    assert found(engine, "서울로 이사 가요. 다음 주에 부산으로 이사 간대요", Entity.LOCATION) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sign the form with your John Hancock and bring a Marie Callender pie.",
        "판매자가 채팅 필터 피하려고 번호를 이상하게 보냈어요",
        "여기로 이사 오세요, 과장 주세요 하는 말투는 빼 주세요",
    ],
)
def test_brands_and_verb_endings_are_no_names(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []


def test_a_name_many_people_share_stays_a_name(engine: Engine) -> None:
    assert found(engine, "Please loop in Paul Smith from finance.", Entity.PERSON) == ["Paul Smith"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the dictionary lists a noun in (박다) before its owner's e-mail; 연락은 010-… stays a noun
        ("예약자 박다은 dana.park@daum.net 010-6071-4386", "박다은"),
        # an older given name after a title, ending its field
        ("출원인 ㈜하람바이오, 대표이사 서용팔, 실무 담당 권창수 대리", "서용팔"),
        # English role words, lower case too, before a Latin or a Hangul name
        ("Triage: tenant Teodor Papadopoulos at 5908 Tamarack Ln reports no hot water", "Teodor Papadopoulos"),
        ("Participant Mireille Ellingsworth, home 2042 Prospect Hill Rd", "Mireille Ellingsworth"),
        ("Donor 서문은지, RRN on file", "서문은지"),
        ("authorised signatory 고영철, notices to the registered office", "고영철"),
    ],
)
def test_a_name_after_a_role_or_before_its_owners_id(engine: Engine, text: str, expected: str) -> None:
    assert expected in found(engine, text, Entity.PERSON)


@pytest.mark.parametrize("text", ["민원인: 연락은 010-2234-5678 로 주세요", "팀장 연소득, 상담이 끝나면 알려 주세요"])
def test_a_noun_and_its_particle_after_a_role_stay_words(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []
