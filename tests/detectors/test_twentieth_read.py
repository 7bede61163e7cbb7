"""Evidence added after the twentieth held-out set was read (its first run on the eleventh session's starting commit,
and its run at that session's end, both blind, are in docs/benchmarks.md). The texts are written for these tests,
not copied from the set."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.types import Entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def found(engine: Engine, text: str, entity: Entity, threshold: float = 0.5) -> list[str]:
    return [text[f.start : f.end] for f in engine.scan(text) if f.entity is entity and f.score >= threshold]


def names(engine: Engine, text: str) -> list[str]:
    return found(engine, text, Entity.PERSON)


MARKDOWN = """출입증 신청 명단
| 성명 | 여권번호 | 사업자번호 | 환급 계좌 |
|---|---|---|---|
| 오병철 | M227X1558 | 809-37-32467 | 1000-5710-2685 |
| 추민혁 | M16097021 | - | 100-004-914486 |"""


@pytest.mark.parametrize(
    ("entity", "expected"),
    [
        (Entity.KR_PASSPORT, ["M227X1558", "M16097021"]),
        (Entity.KR_BRN, ["809-37-32467"]),
        (Entity.BANK_ACCOUNT, ["1000-5710-2685", "100-004-914486"]),
    ],
)
def test_a_markdown_header_labels_its_columns_over_the_rule_line(
    engine: Engine, entity: Entity, expected: list[str]
) -> None:
    assert found(engine, MARKDOWN, entity) == expected


def test_an_e_tax_invoice_party_id_is_a_business_number(engine: Engine) -> None:
    text = "<TaxInvoice>\n  <InvoiceeParty>\n    <ID>3850031248</ID><NameText>하나로카페</NameText>\n  </InvoiceeParty>"
    assert found(engine, text, Entity.KR_BRN) == ["3850031248"]
    assert found(engine, text, Entity.BANK_ACCOUNT) == []  # the markup view's reading (하나 bank) does not add one


def test_an_insurance_card_column_key(engine: Engine) -> None:
    text = "PT_NM     JUMIN_NO         INS_CARD_NO    ADM_DT\n석영호    480311-1057474   8-7887966216   2025-03-02"
    assert found(engine, text, Entity.KR_HEALTH_INSURANCE) == ["8-7887966216"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[상담원] 어르신 성함이 어떻게 되세요?\n[민원인] 석말자요. 주민번호는 불러드릴게요", ["석말자"]),
        ("- 장남 주영배 씨가 대리 방문, 가족관계증명서 제출", ["주영배"]),
        ('{"pickup_by": "외할머니(진옥순)", "child": "남궁라온"}', ["진옥순", "남궁라온"]),
        ("입금 문의 010-8211-6045(담당 권대리)", ["권"]),
        ('2025-03-11 INFO kyc.ocr arc_name="SHRESTHA RAJESH" arc_expiry=2027-08-30', ["SHRESTHA RAJESH"]),
        ("영수증 재발급 요청: 후원인 권순택, 회신 부탁", ["권순택"]),
        ("Cho Mi-yeon (曺美娟) / 초급2", ["Cho Mi-yeon", "曺美娟"]),
        ("- Abdi 씨는 이의신청 기각 후 행정소송 준비 중", ["Abdi"]),
        ("[출역] 방대호 18일, Li Jianguo 20일", ["방대호", "Li Jianguo"]),
    ],
)
def test_names_the_twentieth_set_taught(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "농림어업총조사 3조 조사원 방문일지, 주차장 위치, 감사원 감사결과",
        "기사에서 실명은 없으나 '도시계획과 곽모 팀장'으로 특정",
        "- 성명: (소말리아 국적), 현재 인천 중구 소재 쉼터 거주",
        "2,한빛캐피탈 주식회사,134811-2989426,7320000",
        "Ralph Lauren polo (M) 34 | Tommy Hilfiger cap 12 | Dr. Pepper 355ml case 9",
        "- Harry Potter and the Philosopher's Stone (display)",
        "PAN OCEAN shipping schedule",
        "수학여행 보험 양식(성명/주민번호/성별)으로 바꿔줘. 성별은 뒷자리로 판단",
    ],
)
def test_words_firms_brands_and_districts_are_no_names(engine: Engine, text: str) -> None:
    assert names(engine, text) == []
    assert found(engine, text, Entity.LOCATION) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("address is 88 Seongsu-iro 7-gil, Unit 503, Seongdong-gu, Seoul 04782",
         ["88 Seongsu-iro 7-gil, Unit 503, Seongdong-gu, Seoul 04782"]),
        ("postalAddress: 152 Teheran-ro, 14F, Gangnam-gu, Seoul 06236",
         ["152 Teheran-ro, 14F, Gangnam-gu, Seoul 06236"]),
        ("주소 서울 강남구 역삼동 칠삼육-일이 맞나요?", ["서울 강남구 역삼동"]),  # a spelled lot number after it
    ],
)  # fmt: skip
def test_addresses_with_a_unit_or_a_spelled_number(engine: Engine, text: str, expected: list[str]) -> None:
    assert found(engine, text, Entity.LOCATION) == expected


def test_a_message_id_is_no_address(engine: Engine) -> None:
    text = "postfix/cleanup[20215]: 4Z8kLm1xQz: message-id=<20250313020217.1182@mail.hansol-edu.kr>"
    assert found(engine, text, Entity.EMAIL_ADDRESS) == []


def test_a_right_to_left_override_is_read_as_it_displays(engine: Engine) -> None:
    text = "붙여넣으면 여권번호가 거꾸로 보여요: 'Passport No.: \u202e17625088M\u202c / Name: SEO JIAN'"
    assert found(engine, text, Entity.KR_PASSPORT) == ["\u202e17625088M\u202c"]


def test_an_address_typed_in_korean_mode(engine: Engine) -> None:
    from detectors.normalize import normalize

    text = "이름: 한지우, 이메일: ㅓㅑ재ㅐ.ㅗ무92@ㅇ며ㅡ.ㅜㄷㅅ"
    assert normalize(text).text == "이름: 한지우, 이메일: jiwoo.han92@daum.net"
    assert found(engine, text, Entity.EMAIL_ADDRESS) == ["ㅓㅑ재ㅐ.ㅗ무92@ㅇ며ㅡ.ㅜㄷㅅ"]
    assert normalize("회의실@3층 예약").text == "회의실@3층 예약"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GET /fetch?url=http://016.0367.051.0115/admin/export.csv", ["016.0367.051.0115"]),
        ("release 1.0123.2.3 notes", []),
    ],
)
def test_octal_octets(engine: Engine, text: str, expected: list[str]) -> None:
    assert found(engine, text, Entity.IP_ADDRESS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("프로필 다듬어줘.\n탁\n서\n하\n필라테스 강사 / 부산", ["탁\n서\n하"]),
        ("슬로건\n함\n께\n가\n요\n끝", []),  # a longer column is a slogan
        ("'성명 溫泰植(온태식), 本貫 金溝'", ["溫泰植", "온태식"]),
        ("위 금원은 總務 추경호 (印)", ["추경호"]),
    ],
)
def test_names_down_a_column_in_hanja_or_with_a_seal(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


def test_an_account_in_financial_hanja_under_its_hanja_label(engine: Engine) -> None:
    text = "本 門中 總務 명의 農協 口座 參伍零-柒伍肆參-貳壹壹柒-伍玖 로 入金함"
    assert found(engine, text, Entity.BANK_ACCOUNT) == ["參伍零-柒伍肆參-貳壹壹柒-伍玖"]
