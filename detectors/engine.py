"""The scanning engine: text in, findings out. No I/O, no network, nothing from gateway/.

Invariant: findings carry spans into the caller's text and never the matched values.
"""

from __future__ import annotations

from dataclasses import dataclass

from detectors.registry import RECOGNIZERS
from detectors.types import Finding

__all__ = ["Engine", "EngineSettings"]


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """How the engine is built. `spacy_models` names installed official pipelines to use when present."""

    spacy_models: tuple[str, ...] = ()


class Engine:
    """Build once (at start), then call `scan` from any thread: it keeps no per-call state."""

    def __init__(self, settings: EngineSettings | None = None) -> None:
        self.settings = settings or EngineSettings()
        self._recognizers = tuple(cls() for cls in RECOGNIZERS)

    def scan(self, text: str) -> tuple[Finding, ...]:
        findings: list[Finding] = []
        for rec in self._recognizers:
            findings.extend(rec.find(text))
        findings.sort(key=lambda f: (f.start, -f.end))
        return tuple(findings)
