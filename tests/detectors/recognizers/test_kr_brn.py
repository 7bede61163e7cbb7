from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.kr_brn import KrBrnRecognizer
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("사업자등록번호 220-81-62517", "220-81-62517", 0.9),
        ("사업자번호 1248100998", "1248100998", 0.85),
        ("220-81-62517", "220-81-62517", 0.5),
        ('{"bizr_no": "1248100998"}', "1248100998", 0.85),  # DART's key
        ("bzno=1248100998", "1248100998", 0.85),
    ],
)
def test_found(engine: Engine, text: str, value: str, low: float) -> None:
    assert_found(engine, text, "KR_BRN", value, low)


def test_labelled_number_with_wrong_check_digit_is_reported_unvalidated(engine: Engine) -> None:
    (finding,) = engine.scan("사업자등록번호 220-81-62518")
    assert finding.validated is None
    assert 0.5 <= finding.score < 0.6


@pytest.mark.parametrize("text", ["2208162517", "220-81-62518", "접수번호 1248100998"])
def test_not_blocked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_BRN"})


@pytest.mark.parametrize(("value", "ok"), [("2208162517", True), ("2208162518", False), ("0208162517", False)])
def test_validate(value: str, ok: bool) -> None:
    assert KrBrnRecognizer().validate(value) is ok
