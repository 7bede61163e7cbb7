from __future__ import annotations

import pytest

from detectors import Engine
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("여권번호 M123A4567", "M123A4567", 0.85),
        ("passport no. M12345678", "M12345678", 0.85),
        ("여권 S98765432 사본", "S98765432", 0.85),
        ("여권번호 Ｍ１２３Ａ４５６７", "Ｍ１２３Ａ４５６７", 0.85),
    ],
)
def test_found(engine: Engine, text: str, value: str, low: float) -> None:
    assert_found(engine, text, "KR_PASSPORT", value, low)


@pytest.mark.parametrize(
    "text", ["모델명 M12345678 제품", "part SM12345678", "M12345678", "M123A4567", "order M12345678"]
)
def test_not_blocked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"KR_PASSPORT"})
