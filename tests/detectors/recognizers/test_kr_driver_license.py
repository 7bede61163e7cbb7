from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.kr_driver_license import KrDriverLicenseRecognizer, preceded_by_region_name
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("운전면허번호 11-21-123456-78", "11-21-123456-78", 0.85),
        ("면허 112112345678", "112112345678", 0.85),
        ("서울 12-345678-90 면허증", "12-345678-90", 0.7),
        ("driver license 28 05 654321 11", "28 05 654321 11", 0.85),
        ("11-21-123456-78", "11-21-123456-78", 0.5),
    ],
)
def test_found(engine: Engine, text: str, value: str, low: float) -> None:
    assert_found(engine, text, "KR_DRIVER_LICENSE", value, low)


@pytest.mark.parametrize(
    "text", ["운전면허번호 99-21-123456-78", "112112345678", "문서번호 112112345678", "문서번호 11 21 1234 5678"]
)
def test_not_blocked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_DRIVER_LICENSE"})


@pytest.mark.parametrize("text", ["문서번호 11-21-123456-78", "운송장 11-21-123456-78", "order id 11-21-123456-78"])
def test_a_harmless_label_leaves_the_licence_layout_at_blocking(engine: Engine, text: str) -> None:
    # red-team #6: a label in front took a licence in its own four groups, region code first, below blocking
    assert_found(engine, text, "KR_DRIVER_LICENSE", "11-21-123456-78", 0.5, 0.5)


def test_validate() -> None:
    rec = KrDriverLicenseRecognizer()
    assert rec.validate("112112345678") is None
    assert rec.validate("992112345678") is False


def test_preceded_by_region_name() -> None:
    assert preceded_by_region_name("경기 ", 3)
    assert not preceded_by_region_name("번호 ", 3)
