from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.location import is_particle_ro
from tests.detectors.helpers import assert_below, assert_found, typed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("주소: 서울특별시 종로구 세종대로 209", "서울특별시 종로구 세종대로 209"),
        ("경기도 성남시 분당구 판교역로 166 입니다", "경기도 성남시 분당구 판교역로 166"),
        ("서울시 강남구 역삼동 737-1 에 거주", "서울시 강남구 역삼동 737-1"),
        ("부산광역시 해운대구 센텀중앙로 79, 101동 1203호", "부산광역시 해운대구 센텀중앙로 79, 101동 1203호"),
        ("주소 테헤란로 123", "테헤란로 123"),
        ("주소: 서울특별시 강남구 역삼동", "서울특별시 강남구 역삼동"),
        ("ship to 742 Evergreen Terrace, Springfield", "742 Evergreen Terrace, Springfield"),
        ("office at 1600 Pennsylvania Avenue, Washington, DC 20500", "1600 Pennsylvania Avenue, Washington, DC 20500"),
        ("HQ: 209 Sejong-daero, Jongno-gu, Seoul", "209 Sejong-daero, Jongno-gu, Seoul"),
    ],
)
def test_found(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "LOCATION", value)


@pytest.mark.parametrize(
    "text",
    [
        "서울특별시 강남구 보건소 방문",
        "전년 대비 5%로 3명 증가",
        "기준으로 10 건",
        "정부세종청사 6동 3층",
        "서울로 3명이 출장",
        "제3조 제1항",
    ],
)
def test_not_masked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"LOCATION"})


def test_is_particle_ro() -> None:
    assert is_particle_ro("기준으로")
    assert not is_particle_ro("세종대로")


def test_uk_address_with_postcode_and_lot_numbers_need_a_neighbourhood(engine: Engine) -> None:
    assert_found(
        engine, "I live at 5 Orchard Close, Bristol BS9 1AB. On 3 Feb", "LOCATION", "5 Orchard Close, Bristol BS9 1AB"
    )
    assert_found(engine, "서울 중구 충무로1가 24-1", "LOCATION", "서울 중구 충무로1가 24-1")
    # 상가 (an arcade) ends in 가 like 충무로1가, but only a numbered 가 is a neighbourhood
    assert [v for e, v, _ in typed(engine, "대구광역시 수성구 들안로 211 상가 2층") if e == "LOCATION"] == [
        "대구광역시 수성구 들안로 211"
    ]


def test_two_letter_street_direction(engine: Engine) -> None:
    text = "home address (913 NE Alberta St, Apt 2B, Portland, OR 97211) to"
    assert_found(engine, text, "LOCATION", "913 NE Alberta St, Apt 2B, Portland, OR 97211")


@pytest.mark.parametrize(
    "text",
    [
        "저는 내일 보낼게요 혹시 급하면 010-5721-8304 로 연락주세요",  # 혹시 is no city, 급하면 no township
        "학부모 주장에 따르면 2024-10-15 수업 중 폭언이 있었다고 함",  # a date after a verb ending in 면
        "역시 하면 된다 1234-5 이후",
    ],
)
def test_verb_endings_and_adverbs_are_not_administrative_units(engine: Engine, text: str) -> None:
    # held-out seventh set: `혹시` (perhaps) read as a city and `급하면` (if urgent) as a township took a phone number
    assert_below(engine, text, {"LOCATION"})


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("경기도 가평군 설악면 신천리 123-4", "경기도 가평군 설악면 신천리 123-4"),
        ("주소: 부산 중구 중앙대로 26", "부산 중구 중앙대로 26"),
        ("대구 북구 칠곡중앙대로 123", "대구 북구 칠곡중앙대로 123"),
    ],
)
def test_townships_and_one_syllable_districts_still_count(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "LOCATION", value)


def test_numbered_streets(engine: Engine) -> None:
    # eighth held-out set: a US signature block
    address = "2101 4th Ave, Seattle, WA 98121"
    assert_found(engine, f"Pacific Freight LLC\n{address}", "LOCATION", address)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # thirteenth and twelfth held-out sets: Korean road-name addresses in English, as juso.go.kr writes them
        (
            "Property: 803, 18 Itaewon-ro 55ga-gil, Yongsan-gu, Seoul 04349\nDeposit",
            "803, 18 Itaewon-ro 55ga-gil, Yongsan-gu, Seoul 04349",
        ),
        (
            "Registered address: 47, Gasan digital 1-ro, Geumcheon-gu, Seoul 08594\nContact",
            "47, Gasan digital 1-ro, Geumcheon-gu, Seoul 08594",
        ),
        (
            "Unit 1207,\n33 Teheran-ro 87-gil,\nGangnam-gu, Seoul 06164",
            "Unit 1207,\n33 Teheran-ro 87-gil,\nGangnam-gu, Seoul 06164",
        ),
        # an address whose street is followed by a ward or district (Vietnam, the Philippines)
        (
            "현지 주소: 12 Nguyen Huu Canh, Ward 22, Binh Thanh, Ho Chi Minh City\n이메일",
            "12 Nguyen Huu Canh, Ward 22, Binh Thanh, Ho Chi Minh City",
        ),
        (
            "Address: 45 Lê Lợi, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh",
            "45 Lê Lợi, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh",
        ),
        # a street's quadrant, a unit and a Canadian postcode
        (
            "Address 88 Queen St W, Unit 1203, Toronto, ON M5H 2N2. Email",
            "88 Queen St W, Unit 1203, Toronto, ON M5H 2N2",
        ),
        # a side road's number and the floor after a comma
        (
            "본사: 경기도 성남시 분당구 판교역로 192번길 14, 3층\n연락처",
            "경기도 성남시 분당구 판교역로 192번길 14, 3층",
        ),
        (
            "소재지 부산광역시 해운대구 센텀중앙로 97, 상가 1층 104호",
            "부산광역시 해운대구 센텀중앙로 97, 상가 1층 104호",
        ),
    ],
)
def test_addresses_in_english_abroad_and_with_their_details(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "LOCATION", value)


@pytest.mark.parametrize(
    "text",
    [
        "12 Angry Men, District 9 and Seven were shown",  # a unit word needs a district or city after it
        "Read chapter 3 Overview, Section 2, Part One",
        "Teheran-ro is busy on Mondays",
    ],
)
def test_titles_and_road_names_alone_are_not_addresses(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"LOCATION"})
