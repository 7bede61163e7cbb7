"""PERSON evidence added after the sixteenth held-out set was read: speakers named with a role, a name's parts under
their own keys (LDIF, vCard, JSON), a surname and rank as a field's value, party labels spaced to a column, roster
rows of name, address and telephone, quoted values in escaped JSON; and the vetoes that came with them (a count's
unit after a digit, a noun and its particle, two nouns written together, English words by their shape)."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.types import Entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def names(engine: Engine, text: str, threshold: float = 0.5) -> list[str]:
    return [
        text[f.start : f.end] for f in engine.scan(text) if f.entity is Entity.PERSON and f.score >= threshold
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("소정애 감시원: 주무관님 지난번 적어드린 계좌가 압류 통장이래요", ["소정애"]),
        ("요원 선재민: 주무관님 제 주민번호 보안상 거꾸로 적어요", ["선재민"]),
        # a role that is no person noun counts once two speaker lines share it
        ("라이더 노하진: 토스뱅크로 보냈는데 반송\n라이더 맹석주: 케이뱅크 해지 계좌", ["노하진", "맹석주"]),
    ],
)
def test_speakers_named_with_a_role(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "처리 결과: 완료\n민원 요지: 소음",  # a two-word label before a colon
        "담당 부서: 총무과",
        "고객 문의: 환불\n고객 요청: 취소",  # a repeated first word, but no name after it
    ],
)
def test_two_word_labels_are_no_speakers(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


def test_ldif_and_vcard_parts(engine: Engine) -> None:
    ldif = "objectClass: inetOrgPerson\ncn: 금도현\nsn: 금\ngivenName: 도현\nmail: kdh0412@sen.go.kr"
    assert names(engine, ldif) == ["금도현", "금", "도현"]
    vcard = "BEGIN:VCARD\nVERSION:3.0\nN:표;경환;;;\nFN:표경환\nORG:한마음상조;장례지도팀\nEND:VCARD"
    assert names(engine, vcard) == ["표", "경환", "표경환"]
    assert sorted(names(engine, '{"first_name": "지우", "last_name": "한"}')) == ["지우", "한"]


def test_name_part_keys_need_a_name_part(engine: Engine) -> None:
    # a surname key's value must be a surname syllable; a given-name key's no dictionary noun
    assert names(engine, "sn: 빛\ngivenName: 시간") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assignee: 고 책임   Reporter: 콜센터 2팀", ["고"]),
        ("독서동아리 지원 담당: 임 사서 <span>", ["임"]),
        ("검토 (윤 선임) 완료", ["윤"]),
    ],
)
def test_surname_and_rank_as_a_value(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


def test_a_qualifying_syllable_in_brackets_is_no_surname(engine: Engine) -> None:
    assert names(engine, "(전 대표) 지시 사항") == []  # the former CEO
    assert names(engine, "비고: 한 대표 사례") == []


def test_party_labels_spaced_to_a_column(engine: Engine) -> None:
    text = "원    고   소윤서\n           충청남도 아산시 배방읍\n피    고   탁동규\n"
    assert names(engine, text) == ["소윤서", "탁동규"]
    assert names(engine, "피    고   주식회사 한빛") == []


def test_roster_rows_of_name_address_and_phone(engine: Engine) -> None:
    text = (
        "1반 윤태곤 울산광역시 남구 삼산로 274, 101동 303호 010-4022-2662\n"
        "2반 류정환 울산광역시 남구 돋질로 190 010-8918-1800"
    )
    assert names(engine, text) == ["윤태곤", "류정환"]


@pytest.mark.parametrize(
    "text",
    [
        "본사는 서울 강남구 테헤란로 1, 대표번호 02-123-4567",
        "주소지 서울 강남구 010-1234-5678",
        "발송지 부산 사하구 010-1234-5678",
        "윤태곤 울산광역시 출장 예정",  # no telephone on the line: no row
    ],
)
def test_a_word_before_a_place_is_no_row(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


def test_quoted_values_in_code_and_escaped_json(engine: Engine) -> None:
    # 공지후 in prose is "after the notice"; as a whole quoted value under a name key it is a name
    assert names(engine, 'Member(name="공지후", rrn="080211-3187281")') == ["공지후"]
    body = '"text": "{\\"applicant\\": {\\"name\\": \\"소하영\\", \\"rrn\\": \\"970128-2697501\\"}}"'
    assert names(engine, body) == ["소하영"]
    assert names(engine, '{"name": "정수기", "price": 1}') == []  # a product
    assert names(engine, "공지후 일주일 안에 신청하세요") == []


@pytest.mark.parametrize(
    "text",
    [
        "신고자: 여보세요 여기 배가 떠내려가요",  # an interjection after a label
        "제보자 신원은 밝히지 말아주세요.",  # a noun and its particle
        "상속인 3명 중 1명이 대표 청구",  # a count's unit after a digit
        "→ 예금주 표기가 규정 서식에 맞는지",  # a dictionary noun and its particle
        "상담일: 금요일 오후 2시, 동행 1명",  # a date's field label, said once
        "12\t염광수\t820717-1028534\t이수",  # a status cell (completed)
        "고객 이름이 이렇게 찍혀요.",
        "후보자 회계책임자 선임신고 검토",  # two nouns written together
        "빈소 배정표 (운영팀 공유용)",  # a noun and a suffix after a team's name
        "구급일지 메모 (이름이 필터에 걸려서)",
    ],
)
def test_nouns_particles_and_counts_are_no_names(engine: Engine, text: str) -> None:
    assert [n for n in names(engine, text) if n != "염광수"] == []


def test_a_name_with_a_particle_like_last_syllable_stays(engine: Engine) -> None:
    assert names(engine, "신청인: 이상은 010-1234-5678") == ["이상은"]
    assert names(engine, "담당자 천다은 주무관") == ["천다은"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The landlord, Mr. Oh, says he cannot return it.", ["Oh"]),
        ("Requesting a pass for SSG Reyes and two inspectors.", ["Reyes"]),
        ("Guard Ahn Mirae refused entry.", ["Ahn Mirae"]),
        ("Skipper Pieter de Vries reported a rudder failure.", ["Pieter de Vries"]),
        ("Dear Mallory Evans,", ["Mallory Evans"]),  # a given name shaped like a word (-ory) stays a name
    ],
)
def test_english_names(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Questions to ds.kim@port.kr — Kim Dae-sung, Port Security.",
        "Grace Han\nInternational Family Liaison | Hanbit Funeral Services",
        "Full name: Ethan Kowalski\nAlien Registration No.: 910315-5063403",
        "Sponsors: Wells Fargo, Paul Hastings LLP, Philip Morris International (declined)",
    ],
)
def test_english_words_and_firms_are_no_names(engine: Engine, text: str) -> None:
    found = names(engine, text)
    assert all(w not in n for n in found for w in ("Security", "Liaison", "Registration", "Hastings", "Morris"))


def test_a_parents_chat_name_holds_the_childs_given_name(engine: Engine) -> None:
    assert names(engine, "[학부모 단톡방]\n윤슬맘: 내일 차량 늦으면 연락주세요") == ["윤슬"]
    assert names(engine, "지우엄마: 안녕하세요") == ["지우"]
    assert names(engine, "초보맘: 질문이요\n우리맘: 네\n반장엄마: 공지입니다") == []  # kinds of parent


def test_a_korean_name_glossed_with_its_romanisation(engine: Engine) -> None:
    found = names(engine, "후손: 조명숙 (영문 Myungsook Cho), 미국 거주")
    assert found == ["조명숙", "Myungsook Cho"]


def test_a_noun_and_a_form_of_hada_is_no_name(engine: Engine) -> None:
    text = "설미진: 관리소 야간 당직 기사님 번호 공유해요 010-3892-4145"
    assert names(engine, text) == ["설미진"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("성명(한자): 姜度允 / 한글 입력 확인", ["姜度允"]),
        ('"피해자 申東旭(남, 41세)은 같은 날', ["申東旭"]),
        ("戶主 金敏俊  出生 檀紀4274年", ["金敏俊"]),
        ("联系人：陆浩然 电话：010", ["陆浩然"]),
        ("Valentina Rossi; +39 347 6812068\n陳美玲; +886 912 723523; meiling.chen@x.tw", ["Valentina Rossi", "陳美玲"]),
    ],
)
def test_han_character_names_after_labels_and_in_rows(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize("text", ["联系人：王先生 电话", "담당: 中國銀行 지점", "성명: 大韓民國"])
def test_han_titles_and_words_are_no_names(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "From: Cron Daemon <root@fire-watch01>",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    ],
)
def test_system_senders_are_no_names(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


def test_a_display_name_with_a_short_surname_stays(engine: Engine) -> None:
    assert names(engine, "From: Oh Kyung-min <kyungmin.oh@x.kr>") == ["Oh Kyung-min"]


@pytest.mark.parametrize(
    "text",
    ["배 이름은 은서호고요", "파일 이름: 보고서최종", "강아지 이름은 초코예요", "가게이름 한빛상회"],
)
def test_the_name_of_a_thing_is_no_persons(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"), [("고객 이름: 김민수", "김민수"), ("아이 이름은 박서윤입니다", "박서윤")]
)
def test_the_name_of_a_person_after_whose_it_is(engine: Engine, text: str, expected: str) -> None:
    assert names(engine, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<td class="writer">&#48149;&#49436;&#50672;</td>', "&#48149;&#49436;&#50672;"),  # decoded in place
        ("lookup?applicantName=%EC%84%B1%EB%82%98%EC%9D%80&type=x", "%EC%84%B1%EB%82%98%EC%9D%80"),
        ('{"guardianName": "김민준"}', "김민준"),
        ("holder_nm=정수진&x=1", "정수진"),
    ],
)
def test_keys_that_say_whose_name(engine: Engine, text: str, expected: str) -> None:
    assert names(engine, text) == [expected]


@pytest.mark.parametrize(
    "text", ['{"productName": "정수기"}', "fileName=보고서.hwp", '{"bankName": "국민은행"}', '{"teamName": "한빛팀"}']
)
def test_keys_that_name_things(engine: Engine, text: str) -> None:
    assert names(engine, text) == []
