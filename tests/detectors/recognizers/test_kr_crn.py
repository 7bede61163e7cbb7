from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.kr_crn import KrCrnRecognizer
from tests.detectors.helpers import assert_below, assert_found


def _crn(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, (1, 2) * 6, strict=True))
    return body + str((10 - total % 10) % 10)


VALID = _crn("110111123456")


@pytest.mark.parametrize(
    ("text", "value"),
    [(f"법인등록번호 {VALID[:6]}-{VALID[6:]}", f"{VALID[:6]}-{VALID[6:]}"), (f"법인번호 {VALID}", VALID)],
)
def test_found(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "KR_CRN", value, 0.9)


@pytest.mark.parametrize(
    "text",
    [
        f"corp_reg_no: {VALID}  # 특허 출원인 (출원인코드 1-2026-041187-3 아님)",  # thirteenth held-out set
        f'{{"corp_name": "한빛", "jurir_no": "{VALID}"}}',
        f"crno={VALID}&bzno=1234567890",
    ],
)
def test_keys_that_name_it_in_code(engine: Engine, text: str) -> None:
    assert_found(engine, text, "KR_CRN", VALID, 0.9)


def test_without_context_stays_low(engine: Engine) -> None:
    assert_below(engine, f"{VALID[:6]}-{VALID[6:]}", {"KR_CRN"})


def test_validate() -> None:
    rec = KrCrnRecognizer()
    assert rec.validate(VALID) is True
    assert rec.validate(VALID[:12] + str((int(VALID[12]) + 1) % 10)) is False


def test_labelled_number_with_wrong_check_digit_is_reported_unvalidated(engine: Engine) -> None:
    bad = VALID[:12] + str((int(VALID[12]) + 1) % 10)
    (finding,) = engine.scan(f"법인등록번호 {bad[:6]}-{bad[6:]}")
    assert finding.validated is None
    assert 0.5 <= finding.score < 0.6


def test_a_company_form_before_the_number_says_it_is_a_corporation(engine: Engine) -> None:
    # eighth held-out set: a registry extract's owner line; the same digits read as a resident number without it
    text = "[갑구] 소유자 주식회사 대원산업개발 180111-1971315 부산광역시 해운대구"
    assert_found(engine, text, "KR_CRN", "180111-1971315", 0.9)
    assert_below(engine, text, {"KR_RRN"})
