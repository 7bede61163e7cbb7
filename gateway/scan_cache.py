"""Scanning the texts of one request without scanning the same text twice.

A chat request repeats a handful of short tokens in every message (the keys `role` and `content`, the values
`user` and `assistant`, a part's `type`), and each is a slot since keys and enum values are scanned
(gateway/extract.py). A scan has a fixed cost of tens of microseconds, so forty such slots would cost more than
the prompt itself. `SlotScanner` scans each distinct text of a request once, and keeps the findings of short
identifier-like texts (Latin letters, `_`, `-` and `.`, no digit, at most TOKEN_CHARS) in a bounded cache shared by
requests. Only such tokens are kept between requests, never prompt text: a sentence, a number, a name in Hangul or
anything with a space is scanned afresh every time.
"""

from __future__ import annotations

import re
import threading

from detectors import Deadline, Engine, Finding

__all__ = ["SlotScanner"]

TOKEN_CHARS = 48
MAX_CACHED = 4096
_TOKEN = re.compile(rf"[A-Za-z_][A-Za-z_\-.]{{0,{TOKEN_CHARS - 1}}}")


class SlotScanner:
    """`scan(texts)` -> findings per text, in order. Thread-safe (a large request is scanned in a worker thread)."""

    def __init__(self, engine: Engine, max_cached: int = MAX_CACHED) -> None:
        self._engine = engine
        self._max = max_cached
        self._tokens: dict[str, tuple[Finding, ...]] = {}
        self._lock = threading.Lock()

    def scan(self, texts: list[str], deadline: Deadline | None = None) -> list[tuple[Finding, ...]]:
        """Raises ScanIncomplete, as Engine.scan does, when a text cannot be scanned whole or `deadline` passes."""
        seen: dict[str, tuple[Finding, ...]] = {}
        out: list[tuple[Finding, ...]] = []
        for text in texts:
            found = seen.get(text)
            if found is None:
                found = self._scan_one(text, deadline)
                seen[text] = found
            out.append(found)
        return out

    def _scan_one(self, text: str, deadline: Deadline | None) -> tuple[Finding, ...]:
        if not _TOKEN.fullmatch(text):
            return self._engine.scan(text, deadline)
        with self._lock:
            found = self._tokens.get(text)
        if found is not None:
            return found
        found = self._engine.scan(text)
        with self._lock:
            if len(self._tokens) >= self._max:
                self._tokens.clear()  # bounded: a client sending many distinct tokens only costs scans
            self._tokens[text] = found
        return found
