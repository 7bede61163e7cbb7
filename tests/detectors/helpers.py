"""Table helpers: scan a text and compare typed spans and score bands."""

from __future__ import annotations

from detectors import Engine

BLOCK = 0.5


def typed(engine: Engine, text: str) -> list[tuple[str, str, float]]:
    """(entity, original substring, score) for every finding."""
    return [(f.entity.value, text[f.start : f.end], f.score) for f in engine.scan(text)]


def assert_found(engine: Engine, text: str, entity: str, value: str, low: float = BLOCK, high: float = 1.0) -> None:
    found = typed(engine, text)
    hits = [s for e, v, s in found if e == entity and v == value]
    assert hits, f"{entity} {value!r} not found in {found}"
    assert low <= max(hits) <= high, f"{entity} {value!r} scored {hits}, expected {low}..{high}"


def assert_below(engine: Engine, text: str, entities: set[str] | None = None, threshold: float = BLOCK) -> None:
    found = [(e, v, s) for e, v, s in typed(engine, text) if s >= threshold and (entities is None or e in entities)]
    assert found == [], f"unexpected findings at >= {threshold}: {found}"
