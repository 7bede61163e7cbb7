from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.bank_account import iban_ok
from tests.detectors.helpers import assert_below, assert_found, typed


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("국민은행 123456-01-234567", "123456-01-234567", 0.85),
        ("신한 110-123-456789 로 입금", "110-123-456789", 0.85),
        ("새마을금고 9002-1938-47261 계좌로 입금", "9002-1938-47261", 0.85),
        ("카카오뱅크 3333-01-1234567", "3333-01-1234567", 0.85),
        ("계좌번호 1002123456789", "1002123456789", 0.7),
        ("account 301-1234-5678-11 (NH)", "301-1234-5678-11", 0.85),
        ("주문번호 110-123-456789 신한", "110-123-456789", 0.85),  # the bank's name right after a harmless label
    ],
)
def test_found(engine: Engine, text: str, value: str, low: float) -> None:
    assert_found(engine, text, "BANK_ACCOUNT", value, low)


@pytest.mark.parametrize(
    "text",
    [
        "1002123456789",
        "문서번호 1002-123-456789",
        "110-123-456789",
        # thirteenth held-out set: an account word after a harmless label is not the number's bank
        "주문번호 202611240087731 반품 완료. 회수 송장 5523-8810-4417, 환불 예정일 11/27.",
        "학자금 대출 약정번호 2026-1-00458871.",
        "중개사무소 등록번호 27260-2018-00214",
        'aws_account_id = "482913075516"',
    ],
)
def test_not_blocked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"BANK_ACCOUNT"})


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her UK account: IBAN GB29NWBK60161331926819, sort code 60-16-13.", "GB29NWBK60161331926819"),
        ("wire to DE44 5001 0517 5407 3249 31 thanks", "DE44 5001 0517 5407 3249 31"),
    ],
)
def test_iban_proven_by_its_check_digits(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "BANK_ACCOUNT", value, 0.95)


def test_iban_with_a_wrong_check_is_not_one(engine: Engine) -> None:
    assert not iban_ok("GB29NWBK60161331926818")
    assert_below(engine, "IBAN GB29NWBK60161331926818", {"BANK_ACCOUNT"})


@pytest.mark.parametrize(
    "text",
    [
        "링크: hxxp://203[.]173[.]18[.]160/kakaobank/login",  # an address next to a bank's name
        "국민신문고 민원 (신청번호 1AA-2410-0381921) 답변",  # the tail of a code that starts with letters
        "계좌번호 입력란: 숫자만 입력하세요. 예: 1234567890123",  # a form's example
    ],
)
def test_addresses_codes_and_examples_are_not_accounts(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"BANK_ACCOUNT"}, 0.5)


@pytest.mark.parametrize("text", ["월급 통장 110-123-456789", "110-123-456789 로 50만원 보내줘"])
def test_a_bank_layout_with_words_for_paying_into_it(engine: Engine, text: str) -> None:
    # red-team #8: 통장 and 보내줘 say what the number is as well as a bank's name does
    assert_found(engine, text, "BANK_ACCOUNT", "110-123-456789", 0.8)


def test_a_header_below_the_first_line_names_its_column(engine: Engine) -> None:
    # tenth held-out set: a request line, then the table (the header used to count only on the text's first line)
    text = "아래 명단 엑셀로 변환해주세요\n성명,은행,계좌번호\n레티호아,우리,1002-684-466424"
    assert_found(engine, text, "BANK_ACCOUNT", "1002-684-466424", 0.8)


def test_a_bank_name_right_after_outweighs_a_harmless_label(engine: Engine) -> None:
    # red-team #6: 주문번호 in front switched detection off
    assert_found(engine, "주문번호 110-123-456789 신한", "BANK_ACCOUNT", "110-123-456789", 0.8)
    assert_below(engine, "주문번호 110-123-456789 배송 완료", {"BANK_ACCOUNT"})


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # eleventh held-out set: British and Australian accounts of eight digits under an account word
        ("Sort code 20-45-77, account number 26095349, Barclays.", "26095349"),
        ("Bank: Westpac, BSB 036-114, Account 5523 4349", "5523 4349"),
        ("환급계좌: 씨티은행 계좌 00085642", "00085642"),
        # thirteenth and twelfth held-out sets: Canadian accounts of seven digits after institution and transit
        ("Institution 003  Transit 04512  Account 0322482", "0322482"),
        ("employee Marc-Antoine Leblanc, institution 004, transit 12345, account 2995599. Address", "2995599"),
        ("Bank: RBC, branch 00102, acct 5129934", "5129934"),
    ],
)
def test_short_foreign_accounts_under_an_account_word(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "BANK_ACCOUNT", value)


@pytest.mark.parametrize(
    "text",
    [
        "account opened 20241115",  # a date
        "Policy No.: TRV-88219034, account manager Kim",  # the tail of a lettered code
        "보훈번호 21-0483170 (account linked)",  # a dashed serial
        "학번\t성명\t은행\t계좌번호\n20231187\t채서윤\t신한",  # the header names another column
        "Please check the account 12345678 example",  # a form's sequential example
        "납부번호: 4804-1-25-06-0018827",  # a window cut out of a longer payment number
        "전자납부번호 11680-2-25-07-0038291, 가상계좌는 고지서 참고",
        # seven digits: an account word alone, or a routing word only after the number, names no bank account
        "Your account 2995599 was locked after three failed logins",
        "AWS account 2995599 in the bank's region",
        "bank account number: 1234567",  # a form's example
        "institution 004, account AB2995599",
        "institution 004, transit 12345, account 2995-599",
    ],
)
def test_not_a_short_account(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"BANK_ACCOUNT"})


# --- layouts by bank, and a table's header across its rule line ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "KDB산업은행 020-7632-6638-589",
        "산업은행 020-76326638-589",  # the same account, its eight middle digits in one group
        "IBK기업은행 164-07-4418207",
        "대구은행 508-10-112233-1",
        "iM뱅크 508-10-471823-552",
        "부산은행 1012-203-4455667",
        "경남은행 207-22-0048213",
        "SC제일 가상계좌 612-20-718293045",
        "씨티은행 118-54321-231-02",
        "수협 가상계좌 101-40-58203317-4",
        "국민은행 4242-01-587193",  # old 주택은행
        "새마을금고 9003-11-582719-3",
        "제주은행 21-01-583920",
    ],
)
def test_each_banks_layouts_with_a_harmless_label_and_the_bank_named_after(engine: Engine, text: str) -> None:
    """The bank's own layout with its name right after outweighs a harmless label before it (red-team #6), and under
    an account word scores as a bank's layout does: so every bank's layout must be known (LAYOUTS)."""
    bank, number = text.rsplit(" ", 1)
    assert_found(engine, f"주문번호 {number} {bank}", "BANK_ACCOUNT", number, 0.85)
    assert_found(engine, f"입금 계좌 {number}", "BANK_ACCOUNT", number, 0.85)


@pytest.mark.parametrize(
    "text",
    [
        # psql: a query line, the header, a rule line, rows (redteam: a KDB account under acct_no was missed)
        "mydb=# select * from customer limit 1;\n"
        " cust_no | cust_nm |      rrn       |      acct_no\n"
        "---------+---------+----------------+-------------------\n"
        " C000123 | 김민수  | 850315-1234566 | 020-7632-6638-589\n"
        "(1 row)",
        # MySQL's borders above and below the header
        "mysql> select * from cust;\n+---------+--------+-------------------+\n"
        "| cust_no | name   | acnt_no           |\n"
        "+---------+--------+-------------------+\n| C000123 | 김민수 | 020-7632-6638-589 |\n"
        "+---------+--------+-------------------+",
    ],
)
def test_a_header_above_a_rule_line_names_its_column(engine: Engine, text: str) -> None:
    assert_found(engine, text, "BANK_ACCOUNT", "020-7632-6638-589", 0.85)


def test_a_plain_break_line_does_not_join_a_table_to_what_follows(engine: Engine) -> None:
    """`---` with no column marks is a break in the text: the rows after it belong to no header above it."""
    table = "고객 자료\n성명,은행,계좌번호\n김민수,신한,110-123-456789\n"
    row = "다음 주 일정 안내 및 기타 참고 사항을 모두 정리해 두었습니다, 2024-5925610"
    assert_found(engine, table + "+-----+-----+\n" + row, "BANK_ACCOUNT", "2024-5925610", 0.7)
    assert [v for e, v, s in typed(engine, table + "---\n" + row) if e == "BANK_ACCOUNT" and s >= 0.5] == [
        "110-123-456789"
    ]


# --- a year-led number in a list of application or receipt numbers ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the red-team case: 접수번호 in the heading, 신청번호 later in the list, 국민 inside 국민신문고
        "민원 접수번호 형식 통일안\n"
        "국민신문고 1AA-2411-5538679, 새올 2024-5925610, 정부24 신청번호 8040-6450-6320-8707",
        # one line, the later items past the context window, a bank named after the last one
        "신청번호: 새올 2024-5925610, 민원 2024-1234567, 새올 2024-7654321, 전자 2024-5555123, "
        "새올 2024-9911223 (기업은행 경유)",
        # a bulleted list under a heading, bank names as the items' sources
        "접수번호 목록\n- 하나 2024-5925610\n- 신한 2024-7712345\n- 우리 2024-3390172",
        "사건번호 정리\n1) 2023-0048213 (우리)\n2) 2024-5520917 (카카오)\n3) 2024-1138207 (토스)",
    ],
)
def test_a_year_led_number_in_a_list_of_receipt_numbers_is_no_account(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"BANK_ACCOUNT"})


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("신청번호 2024-1111111 처리 완료, 환불 계좌 2024-5925610", "2024-5925610"),  # an account word between
        ("신청번호 목록\n2024-1111111\n2024-2222222\n\n환불 계좌: 2024-5925610", "2024-5925610"),  # the list ended
        ("접수번호 2024-1111111 건의 환불은 2024-5925610 계좌로 부탁드립니다", "2024-5925610"),  # an account word after
        ("접수번호 목록\n- 2024-1111111\n입금 계좌 110-123-456789", "110-123-456789"),  # not led by a year
    ],
)
def test_accounts_after_account_words_are_kept_beside_a_list_of_receipt_numbers(
    engine: Engine, text: str, value: str
) -> None:
    assert_found(engine, text, "BANK_ACCOUNT", value, 0.7)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("국민신문고 2024-5925610 접수 완료", False),  # 국민 in 국민신문고 is no bank
        ("국민연금 가입 2019-5520917 참고", False),
        ("국민연금 환급 계좌 국민은행 123456-01-234567", True),  # the bank named after all
    ],
)
def test_an_institution_named_like_a_bank_is_not_the_bank(engine: Engine, text: str, found: bool) -> None:
    hits = [v for e, v, s in typed(engine, text) if e == "BANK_ACCOUNT" and s >= 0.5]
    assert bool(hits) is found
