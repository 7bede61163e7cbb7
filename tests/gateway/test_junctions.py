"""gateway.junctions: values split across text slots are found in every slot they touch, and nothing else is."""

from __future__ import annotations

import pytest

from detectors import Engine
from gateway.junctions import JUNCTION_CHARS, junction_findings, split_number_findings

ENGINE = Engine()


def pieces(texts: list[str]) -> list[tuple[int, str, str]]:
    found = junction_findings(ENGINE, list(enumerate(texts)))
    return [(f.slot, f.entity.value, texts[f.slot][f.start : f.end]) for f in found]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["주민번호 850315-", "1234566 입니다"], [(0, "KR_RRN", "850315-"), (1, "KR_RRN", "1234566")]),
        (["850315", "-12", "34566"], [(0, "KR_RRN", "850315"), (1, "KR_RRN", "-12"), (2, "KR_RRN", "34566")]),
        (["", "연락처 010-4827", "", "-1935"], [(1, "PHONE_NUMBER", "010-4827"), (3, "PHONE_NUMBER", "-1935")]),
        # a word in the next slot does not stick to the value (x | 850315- | 1234566 | y)
        (["x", "850315-", "1234566", "y"], [(1, "KR_RRN", "850315-"), (2, "KR_RRN", "1234566")]),
        (["card", "4111 1111", "1111 1111", "ok"], [(1, "CREDIT_CARD", "4111 1111"), (2, "CREDIT_CARD", "1111 1111")]),
    ],
)
def test_split_value_found_in_each_piece(texts: list[str], expected: list[tuple[int, str, str]]) -> None:
    assert pieces(texts) == expected


@pytest.mark.parametrize(
    "texts",
    [
        ["주민번호 850315-1234566", " 다음 문단"],  # whole in one slot: the slot's own scan reports it
        ["hello", "world"],
        ["one"],
        [],
        ["회의록 정리 부탁해요.", "주문번호 2024-0001, 버전 3.2.1"],
        ["a hong@example.com", "role"],  # the next slot's word is not glued onto the address
    ],
)
def test_nothing_that_does_not_cross_a_boundary(texts: list[str]) -> None:
    assert pieces(texts) == []


def test_only_text_near_boundaries_is_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long slots are scanned again only within JUNCTION_CHARS of each boundary: the work is bounded."""
    seen: list[int] = []
    real = ENGINE.scan

    def counting(text: str) -> tuple[object, ...]:
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(ENGINE, "scan", counting)
    texts = ["가" * 10_000 + "1", "2" + "나" * 10_000 + "3", "4" + "다" * 10_000]
    junction_findings(ENGINE, list(enumerate(texts)))
    assert seen == [2 * JUNCTION_CHARS, 2 * JUNCTION_CHARS]
    seen.clear()
    junction_findings(ENGINE, list(enumerate(["12"] * 1_000)))  # short slots: one merged window, scanned once
    assert len(seen) == 1
    seen.clear()
    # a digit on one side only
    junction_findings(ENGINE, list(enumerate(["회의록 정리 부탁해요.", "내일 3시 회의", "알겠습니다"])))
    assert seen == []


def test_halves_far_apart_in_two_slots_are_reported_in_each() -> None:
    """Red-team #8 F1: `앞자리 850315` in one message, a reply, then `뒷자리 1234566`: beyond any junction window."""
    turns = [(1, "제 주민번호 앞자리는 850315예요"), (2, "네, 뒷자리도 알려주세요."), (3, "1234566입니다")]
    sections = [[(0, "시스템 지시문")], turns]
    found = split_number_findings(sections)
    assert [(f.slot, f.entity.value, f.start, f.end, f.validated) for f in found] == [
        (1, "KR_RRN", 12, 18, True),
        (3, "KR_RRN", 0, 7, True),
    ]


def test_card_halves_in_two_slots_are_reported_in_each() -> None:
    """Red-team #8 F5: a card's first eight digits in one message and the last eight in a later one."""
    turns = [(1, "카드 앞 8자리 4357 3249"), (2, "네, 나머지도요"), (3, "3469-5466 입니다")]
    found = split_number_findings([turns])
    assert [(f.slot, f.entity.value, f.start, f.end, f.recognizer) for f in found] == [
        (1, "CREDIT_CARD", 9, 18, "CreditCardRecognizer"),
        (3, "CREDIT_CARD", 0, 9, "CreditCardRecognizer"),
    ]


def test_halves_within_one_slot_are_left_to_its_own_scan() -> None:
    assert split_number_findings([[(0, "앞자리 850315, 회의 후 뒷자리 1234566")], [(1, "ok")]]) == []
