"""The audit excerpt's vocabulary: the detectors' context words stay, nothing else of the prompt does."""

from __future__ import annotations

from detectors.registry import context_words
from detectors.types import Entity
from gateway.audit import _CURATED_VOCABULARY, DEFAULT_VOCABULARY, MIN_CONTEXT_WORD, skeleton_excerpt
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
