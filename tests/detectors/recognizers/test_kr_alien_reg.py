from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.kr_alien_reg import KrAlienRegRecognizer, frn_checksum_ok
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("외국인등록번호 900512-5123456", "900512-5123456", 0.85),
        ("ARC 0105127123456", "0105127123456", 0.85),
        ("900512-6123456", "900512-6123456", 0.5),
    ],
)
def test_found(engine: Engine, text: str, value: str, low: float) -> None:
    assert_found(engine, text, "KR_ALIEN_REG", value, low)


@pytest.mark.parametrize("text", ["송장번호 9005125123457", "901312-5123456"])
def test_not_blocked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_ALIEN_REG"})


def test_a_harmless_label_lowers_a_proven_plain_run_only_to_blocking(engine: Engine) -> None:
    # red-team #6: the check digit holds, the label calls it a waybill
    assert_found(engine, "송장번호 9005125123452", "KR_ALIEN_REG", "9005125123452", 0.5, 0.7)


def test_validate() -> None:
    rec = KrAlienRegRecognizer()
    assert rec.validate("9005121123456") is False
    assert rec.validate("9005125123456") in (True, None)


def test_frn_checksum() -> None:
    body = "900512512345"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (13 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11) % 10
    assert frn_checksum_ok(body + str(check))
    assert not frn_checksum_ok(body + str((check + 1) % 10))


def test_a_birth_date_with_its_four_digit_year(engine: Engine) -> None:
    assert_found(engine, "외국인등록번호 19901120-5345674", "KR_ALIEN_REG", "19901120-5345674", 0.85)
