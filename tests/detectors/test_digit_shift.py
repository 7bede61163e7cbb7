"""Numbers written with every digit shifted and a note saying so (detectors/digit_shift.py): undone in place when one
direction alone makes the number prove itself, left alone otherwise."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.digit_shift import shifted_digit_edits
from detectors.normalize import normalize
from detectors.types import Entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def shifted(number: str, amount: int) -> str:
    return "".join(str((int(c) + amount) % 10) if c.isdigit() else c for c in number)


@pytest.mark.parametrize(
    ("template", "number", "amount", "entity"),
    [
        ("연락처: {} ← 각 자리 숫자에서 2씩 빼서 걸 것", "010-4821-7730", 2, Entity.PHONE_NUMBER),
        (
            "번호를 각 자리 +3 해서 보냈대요 (9 다음은 0). 원래 번호로 적어줘: {}",
            "010-9546-8842",
            3,
            Entity.PHONE_NUMBER,
        ),
        (
            "필터 때문에 숫자를 하나씩 올려 적었어(각 자리 +1, 9는 0).\n신청인 주민번호 {}",
            "800924-1849735",
            1,
            Entity.KR_RRN,
        ),
        (
            "He wrote each digit shifted up by 4 so the bot would not catch it: {}",
            "010-3317-2290",
            4,
            Entity.PHONE_NUMBER,
        ),
    ],
)
def test_a_shifted_number_with_its_note_is_found(
    engine: Engine, template: str, number: str, amount: int, entity: Entity
) -> None:
    disguised = shifted(number, amount)
    text = template.format(disguised)
    assert normalize(text).text == template.format(number)
    found = [text[f.start : f.end] for f in engine.scan(text) if f.entity is entity and f.score >= 0.5]
    assert found == [disguised]


def test_no_note_no_edit() -> None:
    assert shifted_digit_edits("연락처: 121-6431-2721 로 걸 것") == []


def test_a_number_that_proves_itself_as_written_stays() -> None:
    assert shifted_digit_edits("각 자리 +1 이라고 했지만 번호는 010-5320-1610 그대로예요") == []


def test_a_number_no_shift_proves_stays() -> None:
    # neither 9 back nor 9 forward gives a mobile, a resident or a card number: an order number stays as written
    assert shifted_digit_edits("주문번호 2024-1130-5521, 각 자리 +9 해서 보관") == []
