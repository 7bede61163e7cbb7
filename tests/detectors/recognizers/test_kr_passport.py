from __future__ import annotations

import pytest

from detectors import Engine
from tests.detectors.helpers import assert_below, assert_found

MRZ_SECOND_LINE = "M730162481KOR9003152M3001019<<<<<<<<<<<<<<<2"


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("여권번호 M123A4567", "M123A4567", 0.85),
        ("passport no. M12345678", "M12345678", 0.85),
        ("여권 S98765432 사본", "S98765432", 0.85),
        ("여권번호 Ｍ１２３Ａ４５６７", "Ｍ１２３Ａ４５６７", 0.85),
        # grouped as people copy them
        ("여권번호 M1234 5678", "M1234 5678", 0.85),
        ("passport M-419-027-36 (she added dashes)", "M-419-027-36", 0.85),
        ("여권 M123 A4567", "M123 A4567", 0.85),
        # the machine-readable zone: the check digit proves the number, no context needed
        (MRZ_SECOND_LINE, "M73016248", 0.95),
        # an OCR'd form field that wrapped the number
        ("Passport No.\nM0524\n7830\nSurname / Given names: SEO / JIAN", "M0524\n7830", 0.85),
        # an airline's SSR DOCS line: document type P, issued by KOR
        ("SRDOCS KE HK1-P-KOR-M649H5988-KOR-12MAR88-M-11AUG33-KANG JIHOON", "M649H5988", 0.85),
        ("SSR DOCS KE HK1/P/KOR/M12345678/KOR/12MAR88/M", "M12345678", 0.85),
    ],
)
def test_found(engine: Engine, text: str, value: str, low: float) -> None:
    assert_found(engine, text, "KR_PASSPORT", value, low)


@pytest.mark.parametrize(
    "text",
    [
        "모델명 M12345678 제품",
        "part SM12345678",
        "M12345678",
        "M123A4567",
        "order M12345678",
        "model M1 2345 678 price",
        "M730162482KOR9003152M3001019<<<<<<<<<<<<<<<2",  # a wrong MRZ check digit: only the plain form's score
        "SSR DOCS KE HK1-P-USA-M12345678-USA",  # another state's document
        "line M1234\n5678 of the order",
    ],
)
def test_not_blocked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_PASSPORT"})


def test_mrz_name_is_a_person_only_on_a_full_mrz_line(engine: Engine) -> None:
    mrz = "PMKORBAEK<<SEUNGHO<<<<<<<<<<<<<<<<<<<<<<<<<<"
    assert len(mrz) == 44
    assert_found(engine, mrz, "PERSON", "BAEK<<SEUNGHO", 0.85)
    assert_below(engine, "PROGRAM<<ABC", {"PERSON"})


def test_slash_and_underscore_separators(engine: Engine) -> None:
    assert_found(engine, "여권 M/12345678", "KR_PASSPORT", "M/12345678", 0.85)
    assert_found(engine, "여권 M_12345678", "KR_PASSPORT", "M_12345678", 0.85)


def test_letter_o_for_zero_inside_a_passport_number(engine: Engine) -> None:
    assert_found(engine, "여권번호 입력 오류: M47O28391 (숫자 0 자리에 O)", "KR_PASSPORT", "M47O28391")
    assert_below(engine, "firmware X47O28391 build", {"KR_PASSPORT"})


def test_a_letter_for_the_first_digit_after_the_passport_letter(engine: Engine) -> None:
    # red-team #6: MI2345678 (I for 1) was read as a letter, not as the passport's first digit
    assert_found(engine, "여권번호 MI2345678", "KR_PASSPORT", "MI2345678", 0.85)


def test_after_a_name_in_the_passports_own_capitals(engine: Engine) -> None:
    # eighth held-out set: a rooming list gives each passport after the name as the passport writes it
    text = "Room 1 (twin): KANG MINHO (M600B8686) / LEE JUNSEO (M778H0988)"
    assert_found(engine, text, "KR_PASSPORT", "M600B8686")
    assert_found(engine, text, "KR_PASSPORT", "M778H0988")
    assert_below(engine, "PART NO M600B8686", {"KR_PASSPORT"})  # capitals that are no Korean surname
