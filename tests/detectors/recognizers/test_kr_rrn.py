from __future__ import annotations

import pytest

from detectors import Engine, Entity
from detectors.recognizers.kr_rrn import KrRrnRecognizer, birth_date_valid, issued_after_2020, rrn_checksum_ok
from tests.detectors.helpers import assert_below, assert_found, typed

# (text, value, low, high): 850315-1234566 has a valid check digit, 900101-1234567 does not.
FOUND = [
    ("주민등록번호 850315-1234566", "850315-1234566", 0.9, 1.0),
    ("RRN: 8503151234566", "8503151234566", 0.9, 1.0),
    ("주민번호 900101-1234567 입니다", "900101-1234567", 0.85, 1.0),
    ("900101-1234567", "900101-1234567", 0.5, 0.7),
    ("생년월일 포함 9001011234567", "9001011234567", 0.85, 1.0),
    ("신생아 210305-3123456", "210305-3123456", 0.6, 0.8),
    ("SSN ９００１０１－１２３４５６７", "９００１０１－１２３４５６７", 0.85, 1.0),
    ("주민번호 900101\u200b-\u200b1234567", "900101\u200b-\u200b1234567", 0.85, 1.0),
    ("주민번호 9 0 0 1 0 1 - 1 2 3 4 5 6 7", "9 0 0 1 0 1 - 1 2 3 4 5 6 7", 0.85, 1.0),
    ("주민번호 900101.1234567", "900101.1234567", 0.85, 1.0),
    ("주민번호 900101-\n1234567", "900101-\n1234567", 0.85, 1.0),
    ("주민번호 구공공일공일 일이삼사오육칠", "구공공일공일 일이삼사오육칠", 0.85, 1.0),
]
NOT_BLOCKED = [
    "주문번호 9001011234567 배송 조회",
    "9001011234567",
    "201399-1234567",  # month 13
    "900230-1234567",  # 30 February
    "900101-5234567 외국인",  # an alien number, not an RRN
    "ID X900101-1234567",
    "법인등록번호 110111-1234567",
]


@pytest.mark.parametrize(("text", "value", "low", "high"), FOUND)
def test_found(engine: Engine, text: str, value: str, low: float, high: float) -> None:
    assert_found(engine, text, "KR_RRN", value, low, high)


@pytest.mark.parametrize("text", NOT_BLOCKED)
def test_not_blocked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_RRN"})


@pytest.mark.parametrize(
    ("value", "expected"),
    [("8503151234566", True), ("9001011234567", None), ("9013011234567", False), ("9001015234567", False)],
)
def test_validate(value: str, expected: bool | None) -> None:
    assert KrRrnRecognizer().validate(value) is expected


def test_birth_date_valid() -> None:
    assert birth_date_valid("0002293000000")  # 2000 was a leap year
    assert not birth_date_valid("0002291000000")  # 1900 was not
    assert not birth_date_valid("9004311000000")


def test_checksum() -> None:
    assert rrn_checksum_ok("8503151234566")
    assert not rrn_checksum_ok("8503151234567")


def test_issued_after_2020() -> None:
    assert issued_after_2020("2103053123456")
    assert not issued_after_2020("2003053123456")
    assert not issued_after_2020("2103051123456")


def test_a_bank_layout_is_not_a_spread_out_resident_number(engine: Engine) -> None:
    # 9002-1938-47261 (새마을금고 4-4-5) passes the RRN checksum by chance; its layout is a bank's
    text = "주민등록번호 830927-2174029 귀하, 지원금은 9002-1938-47261"
    assert [v for e, v, _ in typed(engine, text) if e == "KR_RRN"] == ["830927-2174029"]


def test_a_birth_year_in_the_future_is_not_a_resident_number(engine: Engine) -> None:
    # EAN-13 barcodes with Korea's 880 prefix read as 880123-4...: born in 2088
    text = "물품 재고 대조\n8801234188067\t담요\t450\n8801099551020\t핫팩\t9,000"
    assert_below(engine, text, {"KR_RRN", "CREDIT_CARD"})


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("주민번호 뒷자리 1234566 맞나요?", "1234566"),
        ("주민등록번호 뒤 7자리: 2345678 입니다", "2345678"),
        ("주민번호의 뒷번호는 1234566", "1234566"),
        ("RRN back half = 1234566", "1234566"),
    ],
)
def test_the_back_half_under_its_own_label_is_found(engine: Engine, text: str, value: str) -> None:
    # red-team #5: the number passed on in pieces, the back half alone
    assert_found(engine, text, "KR_RRN", value, 0.85)


@pytest.mark.parametrize(
    "text",
    [
        "주민번호 뒷자리는 알려드릴 수 없습니다",
        "주문번호 뒷자리 1234566",
        "주민번호 뒷자리 12345667890",
        "뒷자리 1234566",
    ],
)
def test_a_back_half_needs_its_label_and_its_length(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_RRN"})


def test_halves_swapped_are_found_with_a_check_digit_and_context(engine: Engine) -> None:
    # sixth held-out set: the back half written first
    assert_found(engine, "주민번호 1234566-850315 로 조회해 주세요", "KR_RRN", "1234566-850315", 0.85)
    assert_below(engine, "주문번호 1234566-850315", {"KR_RRN"})  # no resident-number word
    assert_below(engine, "1234566-850315", {"KR_RRN"})
    assert_below(engine, "주민번호 1234567-900101", {"KR_RRN"})  # the check digit fails once put back
    assert_found(engine, "주민번호 6654321-513058", "KR_RRN", "6654321-513058", 0.85)  # written backwards (red-team #6)


@pytest.mark.parametrize(
    "text",
    [
        "송장번호 850315-1234566",
        "주민등록번호(주문번호) 850315-1234566",
        "850315-1234566 (주문번호)",
        "사건번호 850315-1234566",
    ],
)
def test_a_proven_number_in_its_own_layout_outweighs_a_harmless_label(engine: Engine, text: str) -> None:
    # red-team #6: a negative label in front switched detection off for a number with a valid check digit
    assert_found(engine, text, "KR_RRN", "850315-1234566", 0.8)


def test_a_harmless_label_lowers_a_proven_plain_run_only_to_blocking(engine: Engine) -> None:
    # red-team #6: one run of thirteen digits under a label lost its score entirely, check digit and all
    assert_found(engine, "주문번호 8503151234566", "KR_RRN", "8503151234566", 0.5, 0.7)
    assert_found(engine, "order no. 8503151234566", "KR_RRN", "8503151234566", 0.5, 0.7)


def test_a_harmless_label_still_lowers_an_unproven_number(engine: Engine) -> None:
    assert_below(engine, "주문번호 900101-1234567", {"KR_RRN"})  # no valid check digit
    assert_below(engine, "주문번호 9001011234567", {"KR_RRN"})


def test_a_word_after_the_number_says_what_it_is(engine: Engine) -> None:
    assert_found(engine, "주문번호 8503151234566 ← 실은 주민등록번호", "KR_RRN", "8503151234566", 0.85)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("주민등록번호: 19850315-1234566", "19850315-1234566"),
        ("직원 명부 198503151234566", "198503151234566"),
        ("주민번호 20211015-3012345", "20211015-3012345"),  # no check digit after October 2020: the label carries it
    ],
)
def test_a_birth_date_with_its_four_digit_year(engine: Engine, text: str, value: str) -> None:
    # red-team #7: HR systems export the number with the full year; it passed every check
    assert_found(engine, text, "KR_RRN", value, 0.85)


@pytest.mark.parametrize(
    "text",
    [
        "접수번호 목록: 20240115-3012345, 20240115-3012346",  # dated receipt numbers, no check digit, no label
        "19850315-1234567",  # check digit fails, nothing says what it is
        "주민번호 20240115-1234566",  # the gender digit 1 is a 1900s birth, not 2024
    ],
)
def test_dated_serials_are_not_resident_numbers(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_RRN", "KR_ALIEN_REG"})


@pytest.mark.parametrize(
    "text",
    [
        "바코드 8806021498992",  # GS1 Korea's 880, the EAN-13 check digit, and a word for it
        "상품 목록: 8801234567893, 8806021498992",  # two Korean barcodes: a product list
    ],
)
def test_korean_product_barcodes_are_not_resident_numbers(engine: Engine, text: str) -> None:
    # red-team #7: 80 of 3,000 random Korean barcodes were blocked as resident numbers
    assert_below(engine, text, {"KR_RRN", "KR_ALIEN_REG"})


@pytest.mark.parametrize("text", ["주민번호 8806021498992", "8806021498992"])
def test_a_1988_birth_that_passes_the_barcode_check_is_still_a_resident_number(engine: Engine, text: str) -> None:
    assert_found(engine, text, "KR_RRN", "8806021498992", 0.85)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("뒷자리,이름,앞자리\n1234566,홍길동,850315", "1234566,홍길동,850315"),
        ("back|name|front\n1234566|Kim|850315", "1234566|Kim|850315"),
    ],
)
def test_halves_in_two_columns_of_a_table_in_any_order(engine: Engine, text: str, value: str) -> None:
    # red-team #7: the columns shuffled so that no row holds the number in order
    assert_found(engine, text, "KR_RRN", value, 0.85)


def test_columns_named_so_whose_cells_prove_nothing(engine: Engine) -> None:
    assert_below(engine, "뒷자리,이름,앞자리\n1234567,홍길동,850315\n12,김,34", {"KR_RRN"})


def test_digits_side_by_side_do_not_make_a_number_unless_they_break_at_the_birth_date(engine: Engine) -> None:
    """A percent escape's last digits before a phone number (`%98+010-1234-5678`: 9801012345678 passes the date,
    gender and check digit) were a resident number at 0.9; groups that do not break after the sixth digit now need a
    resident-number word."""
    url = "https://search.naver.com/search.naver?query=%EA%B9%80%EB%AF%BC%EC%88%98+010-1234-5678"
    assert not any(f.entity is Entity.KR_RRN for f in engine.scan(url))
    assert not any(f.entity is Entity.KR_RRN for f in engine.scan("코드 98+010-1234-5678"))
    assert any(f.entity is Entity.KR_RRN and f.score >= 0.5 for f in engine.scan("주민번호 98+010-1234-5678"))
    # spaced out one or two digits at a time, or broken after the date: still read without a word
    assert any(f.entity is Entity.KR_RRN for f in engine.scan("90 01 01 12 34 56 8"))


def test_a_proven_number_named_so_in_another_numbers_layout_is_found(engine: Engine) -> None:
    """`주민번호 9001 0112 3456 8`: a 새마을금고 account's grouping, but the check digit holds and the label says
    what it is (it was left to the account recognizer, below the blocking score)."""
    found = [f for f in engine.scan("주민번호 9001 0112 3456 8") if f.score >= 0.5]
    assert [f.entity for f in found] == [Entity.KR_RRN]
    assert not any(f.entity is Entity.KR_RRN for f in engine.scan("계좌 9001 0112 3456 8"))
    alien = [f for f in engine.scan("외국인등록번호 9001 0152 3456 1") if f.score >= 0.5]
    assert [f.entity for f in alien] == [Entity.KR_ALIEN_REG]


# --- red-team #10 F1: a row marker between a label or header and the half ------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("주민번호 뒷자리:\n1. 1234566", "1234566"),
        ("주민번호 뒷자리\n① 1234566", "1234566"),  # the normalisation reads ① as 1
        ("주민등록번호 뒤 7자리:\n 1) 2345678", "2345678"),
        ("주민번호 뒷자리:\n- 1234566", "1234566"),
        ("주민번호 뒷자리\n• 1234566", "1234566"),
        ("순번\t주민번호 뒷자리\n1\t1234566", "1234566"),  # a 순번 cell
        ("| 순번 | 주민번호 뒷자리 |\n|---|---|\n| 1 | 1234566 |", "1234566"),  # and a Markdown rule line
        ("RRN back half:\n(1) 1234566", "1234566"),
    ],
)
def test_the_back_half_after_a_row_marker_under_its_label(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "KR_RRN", value, 0.85)


@pytest.mark.parametrize(
    "text",
    [
        "카드번호 뒷자리\n1. 1234566",  # not a resident number's label
        "주민번호 뒷자리:\n1. 12345667",  # eight digits after the marker
        "주민번호 뒷자리:\n1.1234566",  # a decimal, not a row number
        "주민번호 뒷자리:\n12345. 1234566",  # five digits are no row number
        "주민번호 뒷자리는 다음 절차로 확인합니다.\n1. 1234566",  # words, not marks, between the label and the row
    ],
)
def test_a_row_marker_does_not_make_another_number_a_back_half(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_RRN"})


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a header naming only a resident number's back column: each row's back half, as under its own label
        ("순번\t성명\t주민번호 뒷자리\n1\t김민수\t1234566\n2\t이영희\t2345678", ["1234566", "2345678"]),
        (
            "| No | 이름 | RRN back |\n|---|---|---|\n| 1 | Kim | 1234566 |\n| 2 | Lee | 2345678 |",
            ["1234566", "2345678"],
        ),
        # children's numbers (no check digit, so only the header pairs them): the header below a title line, a row
        # number the header has no column for, a row number inside the first cell, a psql result's rule line
        ("고객 명단입니다\n뒷자리\t이름\t앞자리\n1\t3123456\t홍길동\t210315", ["3123456\t홍길동\t210315"]),
        ("고객 명단\n뒷자리,이름,앞자리\n1. 3123456,홍길동,210315", ["3123456,홍길동,210315"]),
        (
            "=# select * from t;\n 뒷자리  | 이름   | 앞자리\n---------+--------+--------\n"
            " 3123456 | 홍길동 | 210315\n(1 row)",
            ["3123456 | 홍길동 | 210315"],
        ),
        # a child's number (no check digit) under a header that names the halves
        ("뒷자리,이름,앞자리\n3123456,홍길동,210315", ["3123456,홍길동,210315"]),
    ],
)
def test_table_halves_under_a_header_anywhere_with_row_markers(engine: Engine, text: str, values: list[str]) -> None:
    for value in values:
        assert_found(engine, text, "KR_RRN", value, 0.85)


@pytest.mark.parametrize(
    "text",
    [
        "순번\t뒷자리\n1\t1234566\n2\t2345678",  # a back column, but nothing says resident number
        "back|name|front\n3123456|Kim|210315",  # generic column names, and no check digit to prove them
        "뒷자리,이름,앞자리\n1234567,홍길동,850315",  # the check digit fails (a number issued before October 2020)
        "이름\t주민번호 뒷자리\n김민수\t12345678",  # eight digits
    ],
)
def test_table_halves_that_are_not_resident_numbers(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_RRN"})
