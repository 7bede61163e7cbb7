"""gateway.scan_cache: each distinct text of a request is scanned once; only identifier-like tokens are kept
between requests, and the cache stays bounded."""

from __future__ import annotations

from detectors import Deadline, Engine, Finding
from gateway.scan_cache import SlotScanner


class CountingEngine(Engine):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def scan(self, text: str, deadline: Deadline | None = None) -> tuple[Finding, ...]:
        self.calls.append(text)
        return super().scan(text, deadline)


def test_each_distinct_text_once_per_request() -> None:
    engine = CountingEngine()
    texts = [
        "role",
        "user",
        "content",
        "주민등록번호 850315-1234566",
        "role",
        "assistant",
        "content",
        "주민등록번호 850315-1234566",
    ]
    found = SlotScanner(engine).scan(texts)
    assert sorted(engine.calls) == sorted(set(texts))
    assert [len(f) for f in found] == [len(engine.scan(t)) for t in texts]
    assert found[3] and found[7] == found[3]


def test_only_tokens_are_kept_between_requests() -> None:
    engine = CountingEngine()
    scanner = SlotScanner(engine)
    texts = ["content", "SECRET", "hong@example.com 로 보내", "홍길동", "8503151234566", "call_abc123"]
    scanner.scan(texts)
    engine.calls.clear()
    again = scanner.scan(texts)
    # prompt text, Hangul, numbers and anything with a digit are scanned afresh; only letter tokens are kept
    assert engine.calls == ["hong@example.com 로 보내", "홍길동", "8503151234566", "call_abc123"]
    assert again[1] and again[1][0].entity.value == "CLASSIFICATION_MARKING"  # a cached token keeps its findings


def test_cache_is_bounded() -> None:
    scanner = SlotScanner(Engine(), max_cached=10)
    scanner.scan([f"key_{i}" for i in range(25)])
    assert len(scanner._tokens) <= 10
