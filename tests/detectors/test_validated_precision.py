"""Precision of validated identifiers, placeholders, and labels that name a number (sixteenth held-out set).

Each mechanism is tested with what it must catch and with the look-alikes that must stay as they were: a grouping
that is another number's layout, a harmless label over a list whose other items fail the check, key names of code,
050x relay numbers, reserved example domains, the NANP's fictional area code, a made-up town, format templates.
"""

from __future__ import annotations

import pytest

from detectors import Engine
from tests.detectors.helpers import assert_below, assert_found

# --- a resident-number word labels a number in another layout only as its own label ------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the header names the account column; the RRN column's word is not this number's label
        (
            "연번\t성명\t주민등록번호\t급여계좌(은행)\t배치초소\n1\t우순덕\t620305-2837686\t350-1086-7555-67(농협)\t제2초소",
            "350-1086-7555-67",
        ),
        ("name,rrn,bank,account,allowance\n피수경,660503-2386272,NH,350-4012-6706-82,150000", "350-4012-6706-82"),
        # in prose: an account word nearer, or the resident number itself between the word and this one
        ("주민번호 620305-2837686 계좌 350-1086-7555-67", "350-1086-7555-67"),
        ("주민번호 620305-2837686, 350-1086-7555-67", "350-1086-7555-67"),
    ],
)
def test_an_nh_account_next_to_a_resident_number_is_an_account(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "BANK_ACCOUNT", value)
    resident = {"KR_RRN", "KR_ALIEN_REG"}
    assert not [f for f in engine.scan(text) if f.entity.value in resident and text[f.start : f.end] == value]


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("주민번호 9001 0112 3456 8", "KR_RRN", "9001 0112 3456 8"),  # the word is its own label
        ("9001 0112 3456 8 (주민번호)", "KR_RRN", "9001 0112 3456 8"),
        ("외국인등록번호 9001 0152 3456 1", "KR_ALIEN_REG", "9001 0152 3456 1"),
        ("이름,주민번호,메모\n김철수,9001 0112 3456 8,확인", "KR_RRN", "9001 0112 3456 8"),  # its own column
        ("주민번호 620305-2837686", "KR_RRN", "620305-2837686"),  # the resident number's own 6-7 layout
    ],
)
def test_a_disguise_labelled_as_its_own_still_counts(engine: Engine, text: str, entity: str, value: str) -> None:
    assert_found(engine, text, entity, value, 0.85)


# --- a harmless label over a list whose other items fail the check ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "주문번호 8503121729583 환불완료 18,500원\n주문번호 5513239288965 환불대기 23,000원",
        "주문번호 2503124586723 와 2503125510923의 배송 상태만 알려주세요",
        "주문번호: 4532015112830366, 4532015112830367",
    ],
)
def test_a_check_digit_passed_by_chance_in_a_list_of_order_numbers_is_below_blocking(engine: Engine, text: str) -> None:
    assert_below(engine, text)


@pytest.mark.parametrize(
    ("text", "entity", "value", "low"),
    [
        ("주문번호 8503151234566", "KR_RRN", "8503151234566", 0.5),  # alone: nothing says the label is true
        ("주문번호 850315-1234566\n주문번호 1234567890123", "KR_RRN", "850315-1234566", 0.8),  # its own layout
        ("주민등록번호(주문번호) 850315-1234566", "KR_RRN", "850315-1234566", 0.8),
        (
            "주문 내역 확인\n카드번호 4532015112830366\n주문번호 4532015112830367",
            "CREDIT_CARD",
            "4532015112830366",
            0.85,
        ),
        # the word 법인 labels the corporate number before the resident number, not the resident number
        ("(법인 150111-6617027)\n대표이사 설동건 (670812-1940258)", "KR_RRN", "670812-1940258", 0.8),
    ],
)
def test_a_proven_number_its_own_label_or_layout_names_still_counts(
    engine: Engine, text: str, entity: str, value: str, low: float
) -> None:
    assert_found(engine, text, entity, value, low)


# --- health insurance: key names, and the institution codes of the same shape --------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("WARNING - reject row: rrn=450817-2413401 hi_no=60372001611 reason=자격상실", "60372001611"),
        ("patient = Patient(name='옥은비', hi_no='19832606713', phone='010-8287-6043')", "19832606713"),
        ('{"health_insurance_no": "52018273645"}', "52018273645"),
        ("건강보험증번호 52018273645 (요양기관 제출용)", "52018273645"),
    ],
)
def test_a_health_insurance_key_labels_the_number(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "KR_HEALTH_INSURANCE", value)


@pytest.mark.parametrize(
    "text",
    [
        "장기요양기관 기호 21168000153 (방문요양) 연계 청구 확인 필요",
        "요양기관기호 52018273645",
        "hi there 52018273645",
    ],
)
def test_an_institution_code_is_no_health_insurance_number(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_HEALTH_INSURANCE"})


# --- corporate registration numbers under English labels ----------------------------------------------------------


def test_an_english_corporate_registration_label(engine: Engine) -> None:
    text = "Employer: Daesung Agro Co., Ltd. (business reg. no. 321-31-67464, corporate reg. no. 134111-6478825)"
    assert_found(engine, text, "KR_CRN", "134111-6478825", 0.85)
    assert_below(engine, "company reg. no. 1341116478826", {"KR_CRN"})  # the check digit still has to hold


# --- 050x personal numbers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["고객명 선우진 / 안심번호 0504-2723-3483", "[배달앱 상담 이력] 음식 누락 환불\n안심번호 0504-2723-3483"]
)
def test_a_050x_relay_number_is_a_phone_number(engine: Engine, text: str) -> None:
    assert_found(engine, text, "PHONE_NUMBER", "0504-2723-3483", 0.85)
    assert_below(engine, text, {"BANK_ACCOUNT"})


@pytest.mark.parametrize(
    ("text", "value"),
    [("환불 계좌 1000-1234-5678 토스뱅크", "1000-1234-5678"), ("수협 1010-2345-6789", "1010-2345-6789")],
)
def test_an_account_in_the_same_layout_stays_an_account(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "BANK_ACCOUNT", value)


# --- plain accounts in a list whose label names the account -------------------------------------------------------


def test_every_row_of_a_table_test_under_an_account_field_is_an_account(engine: Engine) -> None:
    text = (
        "```go\nvar cases = []struct{ owner, acct string; ok bool }{\n"
        '    {"봉지안", "36715527345435", true},\n    {"석태웅", "03095368517040", true},\n}\n```'
    )
    assert_found(engine, text, "BANK_ACCOUNT", "36715527345435")
    assert_found(engine, text, "BANK_ACCOUNT", "03095368517040")


@pytest.mark.parametrize(
    "text",
    [
        "var cases = []struct{ owner, acct string; ts string }{\n"
        '    {"a", "1", "x"},\n    {"b", "2", "20240512093011"},\n}',
        'var cases = []struct{ owner, id string }{\n    {"a", "1"},\n    {"b", "03095368517040"},\n}',
    ],
)
def test_a_timestamp_or_an_unlabelled_list_stays_harmless(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"BANK_ACCOUNT"})


# --- placeholders --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "QA checklist for the payment page — are these the right sandbox cards?\n"
        "Visa success: 4111 1111 1111 1111 (any future expiry)\nVisa 3DS: 4000 0000 0000 3220\n"
        "Mastercard decline: 5555 5555 5555 4444",
        'Check this API doc example:\nPOST /v1/members\n{"card": "4111 1111 1111 1111"}',
        'assert luhn_ok("4111111111111111")      # 테스트 카드',
    ],
)
def test_published_test_cards_under_a_test_heading_are_below_blocking(engine: Engine, text: str) -> None:
    assert_below(engine, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my cards\nVisa: 4111 1111 1111 1111", "4111 1111 1111 1111"),  # no test word: a stand-in blocks
        ("sandbox cards\nmine: 4532 0151 1283 0366", "4532 0151 1283 0366"),  # not a published number
        ("sandbox cards\n\n카드번호 4111 1111 1111 1111", "4111 1111 1111 1111"),  # a blank line ends the list
    ],
)
def test_other_cards_stay_cards(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "CREDIT_CARD", value, 0.85)


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "John Doe", "email": "user@example.com", '
        '"address": "123 Main St, Anytown", "phone": "(555) 555-0123"}',
        "Call (555) 555-0199 in the film to reach the fictional detective!",
        '{"admin": "admin@example.com"}',
        "이메일: user@example.com",
        "테스트 계정 test01@shop.test 로 로그인",
        "여권번호 형식은 'M000A0000' (차세대) 또는 'M00000000' (구여권)입니다.",
    ],
)
def test_placeholders_are_below_blocking(engine: Engine, text: str) -> None:
    assert_below(engine, text)


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("고객 메일 kim.minsu@example.com 로 회신", "EMAIL_ADDRESS", "kim.minsu@example.com"),  # a personal local part
        ("email me: jane.doe [at] example [dot] com", "EMAIL_ADDRESS", "jane.doe [at] example [dot] com"),
        ("kim@naver.com 으로 보내줘", "EMAIL_ADDRESS", "kim@naver.com"),
        ("user@naver.com", "EMAIL_ADDRESS", "user@naver.com"),  # a generic name at a real domain may be real
        ("phone: (415) 555-1234", "PHONE_NUMBER", "(415) 555-1234"),
        ("phone: 415-555-0134", "PHONE_NUMBER", "415-555-0134"),  # a stand-in under a real area code keeps its score
        ("Ship to 123 Main St, Springfield, IL 62701", "LOCATION", "123 Main St, Springfield, IL 62701"),
        ("여권번호 M123A4567", "KR_PASSPORT", "M123A4567"),
        ("여권번호 M00000001", "KR_PASSPORT", "M00000001"),
    ],
)
def test_look_alikes_of_placeholders_stay_found(engine: Engine, text: str, entity: str, value: str) -> None:
    assert_found(engine, text, entity, value)


def test_placeholders_are_reported_low_rather_than_dropped(engine: Engine) -> None:
    """The convention of a value called an example (a test card, a sample IBAN, 홍길동): a score below the policy
    threshold, kept for the report; only a number of one repeated digit (M00000000 as 000000-0000000) is dropped."""
    assert_found(engine, "email: user@example.com", "EMAIL_ADDRESS", "user@example.com", 0.3, 0.3)
    assert_found(engine, "tel (555) 555-0123", "PHONE_NUMBER", "(555) 555-0123", 0.3, 0.3)
    assert_found(engine, "address: 123 Main St, Anytown", "LOCATION", "123 Main St, Anytown", 0.3, 0.3)
