"""Values in a JSON schema read with their property's label: `{"passport": {"description": "여권번호", "enum":
["M12345678"]}}`.

A schema's sample values (`enum`, `examples`, `default`, `const`) are scanned as slots of their own, where a passport
number, an account or a health insurance number has no label beside it, and such numbers need one. Here each value is
scanned once more after its property's description and name (`여권번호 passport: M12345678`), and what is found in the
value part is reported on the value's slot. Only values under a `properties` map are read this way; a request
without tool or output schemas costs one pass over its locators.
"""

from __future__ import annotations

from detectors import Engine
from gateway.extract import DictKey, Extraction
from gateway.types import SlotFinding

__all__ = ["schema_context_findings"]

SAMPLE_KEYS = frozenset(("enum", "examples", "default", "const"))
MAX_LABEL_CHARS = 200  # of the description put before a value


def schema_context_findings(engine: Engine, extraction: Extraction) -> list[SlotFinding]:
    """Findings in schema sample values when read after their property's description and name."""
    descriptions: dict[tuple[object, ...], str] = {}
    samples: list[tuple[int, tuple[object, ...], str]] = []
    for i, (slot, loc) in enumerate(zip(extraction.slots, extraction.locators, strict=True)):
        if not loc or isinstance(loc[-1], DictKey):
            continue
        if loc[-1] == "description" and len(loc) >= 3 and loc[-3] == "properties":
            descriptions[loc[:-1]] = slot.text[:MAX_LABEL_CHARS]
            continue
        # .../properties/<name>/<default|const> (depth 1) or .../properties/<name>/<enum|examples>/<i> (depth 2)
        for depth in (1, 2):
            if len(loc) > depth + 1 and loc[-depth] in SAMPLE_KEYS and loc[-depth - 2] == "properties":
                samples.append((i, loc[:-depth], slot.text))
                break
    out: list[SlotFinding] = []
    for i, prop, value in samples:
        label = f"{descriptions.get(prop, '')} {prop[-1]}: "
        for f in engine.scan(label + value):
            if f.start >= len(label):
                start, end = f.start - len(label), f.end - len(label)
                out.append(SlotFinding(i, f.entity, start, end, f.score, f.recognizer, f.validated))
    return out
