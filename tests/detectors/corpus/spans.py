"""Labels written as (entity, exact substring) turned into the corpus files' spans, for the held-out generators."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from pathlib import Path

from tests.detectors.corpus.jsonl import write_jsonl

__all__ = ["ENTITIES", "heldout_rows", "place", "write_heldout"]

KINDS = ("positive", "negative", "obfuscated")
LANGS = ("ko", "en", "mixed")
Case = tuple[str, str, str, Sequence[tuple[str, str]]]

ENTITIES = frozenset(
    (
        "KR_RRN",
        "KR_ALIEN_REG",
        "KR_PASSPORT",
        "KR_DRIVER_LICENSE",
        "KR_BRN",
        "KR_CRN",
        "KR_HEALTH_INSURANCE",
        "PHONE_NUMBER",
        "BANK_ACCOUNT",
        "CREDIT_CARD",
        "EMAIL_ADDRESS",
        "IP_ADDRESS",
        "PERSON",
        "LOCATION",
    )
)


def _is_word(c: str) -> bool:
    return c.isascii() and c.isalnum()


def place(text: str, labels: list[tuple[str, str]], glued_ok: Collection[str] = ()) -> list[dict[str, object]]:
    """Each label's first occurrence in `text` that no earlier label took, as {"entity", "start", "end"}, sorted by
    start. A label must not start or end inside a longer ASCII word or number, unless it is in `glued_ok`
    (a boarding pass glues the name to "M1" by design)."""
    spans: list[dict[str, object]] = []
    for entity, sub in labels:
        pos = 0
        while True:
            i = text.find(sub, pos)
            assert i >= 0, (entity, sub, text)
            j = i + len(sub)
            if all(j <= s["start"] or i >= s["end"] for s in spans):  # type: ignore[operator]
                break
            pos = i + 1
        assert sub in glued_ok or not (_is_word(sub[0]) and i > 0 and _is_word(text[i - 1])), (sub, text)
        assert sub in glued_ok or not (_is_word(sub[-1]) and j < len(text) and _is_word(text[j])), (sub, text)
        assert text[i:j] == sub
        spans.append({"entity": entity, "start": i, "end": j})
    return sorted(spans, key=lambda s: s["start"])  # type: ignore[arg-type,return-value]


def heldout_rows(cases: Sequence[Case], prefix: str) -> list[dict[str, object]]:
    """A held-out generator's CASES, (lang, kind, text, labels) each, as the corpus file's rows `{prefix}-NNN`; a
    negative case has no label and every labelled case has one."""
    rows: list[dict[str, object]] = []
    for n, (lang, kind, text, labels) in enumerate(cases):
        assert lang in LANGS and kind in KINDS
        assert (kind == "negative") == (not labels), (kind, text)
        assert all(e in ENTITIES for e, _ in labels)
        rows.append({"id": f"{prefix}-{n:03d}", "lang": lang, "kind": kind, "text": text, "spans": place(text, labels)})
    return rows


def write_heldout(out: Path, rows: list[dict[str, object]]) -> None:
    """Write a held-out set's rows to `out` and print what it holds."""
    write_jsonl(out, rows)
    print(f"wrote {len(rows)} cases to {out}")
    print(Counter(r["kind"] for r in rows))
    print(Counter((r["kind"], r["lang"]) for r in rows))
    print(Counter(s["entity"] for r in rows for s in r["spans"]))  # type: ignore[attr-defined]
