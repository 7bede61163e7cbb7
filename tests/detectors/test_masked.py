"""detectors.masked: a masked number is the number again when a cue gives its hidden digits right after it; a masked
number alone, or one followed by an unrelated number, stays harmless."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.masked import completed_masks

ENGINE = Engine()


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity.value, text[f.start : f.end]) for f in ENGINE.scan(text) if f.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "entity", "span"),
    [
        (
            "담당자가 따로 알려줬어요: 010-****-5243 (가운데 네 자리는 6934) 합쳐서 넣어줘.",
            "PHONE_NUMBER",
            "010-****-5243 (가운데 네 자리는 6934",
        ),
        (
            "card 4357-32**-****-5466 (가려진 부분 49 3469), 전체 번호로 접수해줘.",
            "CREDIT_CARD",
            "4357-32**-****-5466 (가려진 부분 49 3469",
        ),
        ("주민번호 850315-1****** 인데 나머지는 234566 이에요", "KR_RRN", "850315-1****** 인데 나머지는 234566"),
        ("phone 010-XXXX-5243, hidden digits: 6934", "PHONE_NUMBER", "010-XXXX-5243, hidden digits: 6934"),
        # the count of the hidden digits is skipped, the digits themselves are taken
        ("010-●●●●-5243 가운데 4자리: 6934", "PHONE_NUMBER", "010-●●●●-5243 가운데 4자리: 6934"),
    ],
)
def test_completed_masked_numbers_are_found(text: str, entity: str, span: str) -> None:
    assert (entity, span) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "연락처 010-****-5243 입니다. 중간 4자리는 비공개",  # no digits given
        "연락처 010-****-5243 (가운데 자리는 12345)",  # five digits for four stars
        "5xx errors: the rest 20 of them",
        "카드 4357-32**-****-5466 로 결제, 승인번호 493469",  # no cue before the digits
    ],
)
def test_masked_numbers_alone_stay_harmless(text: str) -> None:
    assert [e for e, _ in found(text) if e in ("PHONE_NUMBER", "CREDIT_CARD")] == []


def test_completion_fills_the_masks_in_order() -> None:
    text = "4357-32**-****-5466 (가려진 부분 49 3469)"
    (seg,) = completed_masks(text)
    assert seg.decoded == "4357-3249-3469-5466"
    assert (seg.start, seg.end) == (0, text.index(")"))


def test_text_without_a_mask_next_to_a_digit_is_not_searched() -> None:
    assert completed_masks("hidden ** the rest 1234 " * 1000) == []


def test_each_cue_and_digit_search_reads_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """re2 given a whole str and a position encodes all of it per call: a text of many masked numbers must not make
    each search read the whole text (quadratic). Counted, not timed."""
    import detectors.masked as masked

    read: list[int] = []

    class Counting:
        def __init__(self, pattern: object) -> None:
            self.pattern = pattern

        def search(self, text: str, *args: int) -> object:
            read.append(len(text) if not args else len(text) - args[0])
            return self.pattern.search(text, *args)  # type: ignore[attr-defined]

        def finditer(self, text: str, *args: int) -> object:
            read.append(len(text) if not args else len(text) - args[0])
            return self.pattern.finditer(text, *args)  # type: ignore[attr-defined]

    monkeypatch.setattr(masked, "_CUE", Counting(masked._CUE))
    monkeypatch.setattr(masked, "_DIGITS", Counting(masked._DIGITS))
    text = "010-****-5243 (가운데 네 자리는 6934) " * 2000
    assert len(completed_masks(text)) == 2000
    assert read and max(read) <= max(masked.CUE_WINDOW, masked.DIGITS_WINDOW)


def test_base64_makes_no_masked_values_of_single_x_beside_digits() -> None:
    """x and X are mask characters, and base64 puts them beside digits everywhere: only values with two mask
    characters side by side are looked at (a megabyte of base64 made 180,000 values to count and drop)."""
    import base64
    import itertools
    import random

    from detectors.masked import _VALUE

    blob = base64.b64encode(random.Random(5).randbytes(60_000)).decode()
    values = [m.group() for m in _VALUE.finditer(blob)]
    assert len(values) < len(blob) // 500  # about one per 1,000 characters: a pair of x/X among 64 letters
    assert all(any(a in "xX" and b in "xX" for a, b in itertools.pairwise(v)) for v in values)
    assert [m.group() for m in _VALUE.finditer("010-****-5243, 4357-32**-****-5466, 850315-1******")] == [
        "010-****-5243",
        "4357-32**-****-5466",
        "850315-1******",
    ]
