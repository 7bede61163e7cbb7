"""Table helpers: scan a text and compare typed spans and score bands."""

from __future__ import annotations

from detectors import Engine
from detectors.types import Entity

BLOCK = 0.5


def typed(engine: Engine, text: str) -> list[tuple[str, str, float]]:
    """(entity, original substring, score) for every finding."""
    return [(f.entity.value, text[f.start : f.end], f.score) for f in engine.scan(text)]


def found(engine: Engine, text: str, entity: Entity) -> list[str]:
    """The substrings found as `entity` at a blocking score or above."""
    return [text[f.start : f.end] for f in engine.scan(text) if f.entity is entity and f.score >= BLOCK]


def assert_found(engine: Engine, text: str, entity: str, value: str, low: float = BLOCK, high: float = 1.0) -> None:
    findings = typed(engine, text)
    hits = [s for e, v, s in findings if e == entity and v == value]
    assert hits, f"{entity} {value!r} not found in {findings}"
    assert low <= max(hits) <= high, f"{entity} {value!r} scored {hits}, expected {low}..{high}"


def assert_below(engine: Engine, text: str, entities: set[str] | None = None, threshold: float = BLOCK) -> None:
    found = [(e, v, s) for e, v, s in typed(engine, text) if s >= threshold and (entities is None or e in entities)]
    assert found == [], f"unexpected findings at >= {threshold}: {found}"
