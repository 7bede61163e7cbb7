"""Evidence added after the twenty-second held-out set was read (its blind runs, at the eleventh session's start and
end, are in docs/benchmarks.md). The texts are written for these tests, not copied from the set."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.base import QUALIFIED_NEGATIVES
from detectors.normalize import normalize
from detectors.recognizers.person import foreign_name_words
from detectors.types import Entity
from tests.detectors.helpers import found


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name, a comma or a dash, and the label of its owner's identifier
        ("조리원 입소 서류: 산모 노다현, 주민등록번호 920317-2345678 확인 바랍니다", ["노다현"]),
        ("해외 연수 명단 2학년 봉지안 — 여권 M12345678, 보호자 동의 완료", ["봉지안"]),
        ("동호회 회비 오류 — 납부자 석하윤 카드 4111 2222 3333 4444 재결제 요청", ["석하윤"]),
        # a role word and a name that ends the sentence
        ("보증금 반환 계좌 확인, 낙찰자 변서윤. 신청서 양식 알려줘.", ["변서윤"]),
        # the copula after the honorific
        ("어제 야간 당직은 엄지후 님이었음", ["엄지후"]),
        # a contract's party
        ("임대차 계약서 갑: 주식회사 소망, 을: 남채윤. 특약 요약해줘", ["남채윤"]),
        # a roster's name before a driver's licence number with its region
        ("기사 명부\n1) 길도윤 부산 12-345678-90\n2) 여하람 11-23-456789-01", ["길도윤", "여하람"]),
        # a record's name before its full road-name address
        ("우편 발송 목록 — 선예준 경기도 성남시 분당구 판교역로 166, 3층", ["선예준"]),
        # a key's whole value in a query string, its last syllable also a particle
        ("GET /api/members?name=구하은&sort=asc", ["구하은"]),
        # a quoted name said to be the name, surname last
        ("담당자 칸에 '지안 남궁'으로 이름이 반대로 들어가 있어요", ["지안 남궁"]),
        # a name typed in English mode with a double surname, quoted after a label and its particle
        ("등록 화면에 담당자 이름이 'skarndtpdk'로 저장됨", ["skarndtpdk"]),
        # a romanised Korean given name spelt with ah for 아
        ("Please book a room for our guest speaker Kang Ji-ah next Tuesday.", ["Kang Ji-ah"]),
    ],
)
def test_korean_and_romanised_names_the_set_taught(engine: Engine, text: str, expected: list[str]) -> None:
    assert [n for n in found(engine, text, Entity.PERSON) if n in expected] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("편의점 근로계약 — 근로자 사토 하루카 (외국인등록번호 990101-5234567) 주휴수당 문의", "사토 하루카"),
        ("체류 상담: 고객 이스칸다로프 아지즈, 외국인등록증 870505-7123456 재발급", "이스칸다로프 아지즈"),
        ("기숙사 배정 — 팜 반 투안(외국인등록번호 950202-5345678) 2인실", "팜 반 투안"),
        ("result = Customer('스즈키 켄타', card='4111111111111111')", "스즈키 켄타"),
        ("| 성명 | 외국인등록번호 |\n|---|---|\n| 간바타르 | 880808-5123456 |", "간바타르"),
    ],
)
def test_foreign_names_in_hangul_beside_their_records(engine: Engine, text: str, expected: str) -> None:
    assert expected in found(engine, text, Entity.PERSON)


@pytest.mark.parametrize(
    "words",
    [
        ["테스트", "데이터"],  # loanwords before a label in a developer's prompt
        ["신규", "발급"],  # nouns
        ["분실한", "외국인"],  # a verb's form and a noun
        ["모바일"],  # one word
    ],
)
def test_foreign_name_words_refuse_what_is_no_name(words: list[str]) -> None:
    assert foreign_name_words(words) == []


def test_foreign_name_words_keep_the_name_at_the_end() -> None:
    assert foreign_name_words(["근로자", "타나카", "미유"]) == ["타나카", "미유"]


@pytest.mark.parametrize(
    "text",
    [
        "테스트 데이터 외국인등록번호 870120-5373043 마스킹 예시",  # a developer's sample, not a person
        "체류기간 연장 신청서 외국인등록번호 칸이 전각: ９００３１２－６１１２３４６",  # words before a colon label
        "렌터카 보증금 가승인 카드 6293 8792 4419 4551 취소",  # a prefix and a noun before 카드
        "Our stack uses Jenkins, Ansible and Julia; would Ada or Haskell suit the compiler team?",
        "특강 포스터: 'Alan Turing의 업적에서 배우는 연구 윤리'",
    ],
)
def test_no_person_here(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []


def test_a_given_name_outside_a_list_of_tools_stays_a_name(engine: Engine) -> None:
    assert found(engine, "Thanks, Julia. I will send the Python notes tonight.", Entity.PERSON) == ["Julia"]


def test_two_test_cards_joined_by_and_are_not_one_card(engine: Engine) -> None:
    text = "Docs list the gateway test cards 4111 1111 1111 1111 and 5555 5555 5555 4444 for QA."
    assert found(engine, text, Entity.CREDIT_CARD) == []


def test_a_qualified_management_number_is_the_insurance_number(engine: Engine) -> None:
    assert "관리번호" in QUALIFIED_NEGATIVES
    assert found(engine, "지역가입 문의, 건보 관리번호 72288534530 확인", Entity.KR_HEALTH_INSURANCE) == ["72288534530"]
    assert found(engine, "문서 관리번호 72288534530 보관", Entity.KR_HEALTH_INSURANCE) == []


def test_a_sip_uri_holds_a_phone_number_not_an_address(engine: Engine) -> None:
    text = "INVITE sip:+447700900123@sip.carrier.net SIP/2.0"
    assert found(engine, text, Entity.PHONE_NUMBER) == ["+447700900123"]
    assert found(engine, text, Entity.EMAIL_ADDRESS) == []


def test_an_address_ends_before_a_korean_word_glued_to_it(engine: Engine) -> None:
    text = "알림이 harin.sunwoo@dalbit.edu로만 가요. 이름이 거꾸로 들어가 있는데 default_args 예시"
    assert found(engine, text, Entity.EMAIL_ADDRESS) == ["harin.sunwoo@dalbit.edu"]
    assert found(engine, "주소는kim.minsu@naver.com 입니다", Entity.EMAIL_ADDRESS) == ["kim.minsu@naver.com"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("녹취: 메일은 와이 이 알 아이 엔 점 에이치 에이 구 이 골뱅이 지메일 닷컴 입니다", "yerin.ha92@gmail.com"),
        ("케이 아이 엠 골뱅이 케이 티 점 씨오 점 케이알 으로 보내 주세요", "kim@kt.co.kr"),
    ],
)
def test_an_address_spelt_in_korean_letter_names(engine: Engine, text: str, address: str) -> None:
    assert address in normalize(text).text
    assert len(found(engine, text, Entity.EMAIL_ADDRESS)) == 1


def test_letter_names_need_an_at_and_a_domain() -> None:
    text = "에이 비 씨 순서로 정리하고 점 컴 확인"
    assert normalize(text).text == text


def test_shift_typed_number_in_quotes(engine: Engine) -> None:
    text = "연락처가 ')!)_*&^^_%$($'로 저장됐어요"
    assert found(engine, text, Entity.PHONE_NUMBER) == [")!)_*&^^_%$($"]
