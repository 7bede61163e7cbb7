"""gateway.junctions: values split across text slots are found in every slot they touch, and nothing else is."""

from __future__ import annotations

import pytest

from detectors import Engine
from gateway.junctions import JUNCTION_CHARS, junction_findings

ENGINE = Engine()


def pieces(texts: list[str]) -> list[tuple[int, str, str]]:
    return [(f.slot, f.entity.value, texts[f.slot][f.start : f.end]) for f in junction_findings(ENGINE, texts)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["주민번호 850315-", "1234566 입니다"], [(0, "KR_RRN", "850315-"), (1, "KR_RRN", "1234566")]),
        (["850315", "-12", "34566"], [(0, "KR_RRN", "850315"), (1, "KR_RRN", "-12"), (2, "KR_RRN", "34566")]),
        (["", "연락처 010-4827", "", "-1935"], [(1, "PHONE_NUMBER", "010-4827"), (3, "PHONE_NUMBER", "-1935")]),
        (["메일 hong@", "korea.kr 로"], [(0, "EMAIL_ADDRESS", "hong@"), (1, "EMAIL_ADDRESS", "korea.kr")]),
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
    junction_findings(ENGINE, texts)
    assert seen == [2 * JUNCTION_CHARS, 2 * JUNCTION_CHARS]
    seen.clear()
    junction_findings(ENGINE, ["12"] * 1_000)  # short slots: one merged window, scanned once
    assert seen == [2_000]
    seen.clear()
    junction_findings(ENGINE, ["회의록 정리 부탁해요.", "내일 3시 회의", "알겠습니다"])  # no digits on both sides
    assert seen == []
