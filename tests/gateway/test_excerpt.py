"""The audit excerpt's vocabulary: the detectors' context words stay, nothing else of the prompt does."""

from __future__ import annotations

import random

from detectors.registry import context_words
from detectors.types import Entity
from gateway.audit import (
    _CURATED_VOCABULARY,
    DEFAULT_VOCABULARY,
    MAX_EXCERPT_CHARS,
    MIN_CONTEXT_WORD,
    _SpanCursor,
    skeleton_excerpt,
)
from gateway.types import SlotFinding, TextSlot


def _excerpt(text: str, value: str, entity: Entity = Entity.KR_RRN) -> str:
    start = text.index(value)
    finding = SlotFinding(0, entity, start, start + len(value), 0.9, "test")
    return skeleton_excerpt([TextSlot("messages[0].content", text)], [finding], DEFAULT_VOCABULARY)


def test_context_words_of_the_detectors_are_kept() -> None:
    # 예금주 and 우리은행 are bank-account context words, not in the curated list: they come from the detectors
    assert {"예금주", "우리은행"} <= DEFAULT_VOCABULARY - _CURATED_VOCABULARY
    out = _excerpt("우리은행 예금주 확인 계좌 1002-123-456789 입니다", "1002-123-456789", Entity.BANK_ACCOUNT)
    assert out == "우리은행 예금주 … 계좌 <BANK_ACCOUNT> …"


def test_every_kept_word_is_a_public_context_word_or_curated() -> None:
    assert context_words() >= DEFAULT_VOCABULARY - _CURATED_VOCABULARY
    assert all(len(w) >= MIN_CONTEXT_WORD for w in DEFAULT_VOCABULARY - _CURATED_VOCABULARY)
    # short context words also begin names (신한솔, 하나영): they are not kept
    assert not {"신한", "하나", "국민"} & DEFAULT_VOCABULARY


def test_a_latin_word_is_kept_only_whole_not_as_the_start_of_a_name() -> None:
    assert "log" in DEFAULT_VOCABULARY and "tel" in DEFAULT_VOCABULARY
    out = _excerpt("Logan Telford tel 010-2345-6789 log", "010-2345-6789", Entity.PHONE_NUMBER)
    assert out == "… tel <PHONE_NUMBER> log"
    assert "Log" not in out.replace("log", "") and "Tel" not in out


def test_korean_word_keeps_its_particle_off() -> None:
    out = _excerpt("주민등록번호는 900101-1234567 이고 이름은 비공개", "900101-1234567")
    assert out.startswith("주민등록번호 <KR_RRN>") and "비공개" not in out


def test_span_cursor_finds_what_a_scan_of_every_span_finds() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans = sorted(
            (s, s + rng.randint(1, 30), rng.choice(["A", "B", "C"])) for s in (rng.randint(0, 200) for _ in range(12))
        )
        cursor = _SpanCursor(spans)
        start = 0
        while start < 240:
            end = start + rng.randint(1, 6)
            naive = next((s for s in spans if s[0] < end and start < s[1]), None)
            assert cursor.first(start, end) == naive
            start = end + rng.randint(0, 4)


def test_tens_of_thousands_of_findings_give_a_bounded_excerpt() -> None:
    # `8503-8503-...` as a red team sent it: one finding per group. The excerpt was quadratic in the findings (each
    # token compared with every span) and held a replica for minutes; it is bounded in length and rendered in order.
    text = "주민등록번호 " + "8503-" * 40_000
    findings = [SlotFinding(0, Entity.PHONE_NUMBER, i, i + 9, 0.5, "test") for i in range(7, len(text) - 9, 10)]
    out = skeleton_excerpt([TextSlot("messages[0].content", text)] * 3, findings * 3, DEFAULT_VOCABULARY)
    assert out.startswith("주민등록번호 <PHONE_NUMBER>") and len(out) <= MAX_EXCERPT_CHARS
    assert "8503" not in out
