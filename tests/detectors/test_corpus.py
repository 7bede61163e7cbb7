"""The labelled corpus: built deterministically, large enough, and the engine meets the issue's targets on it."""

from __future__ import annotations

import json
from collections import Counter

from detectors import Engine
from tests.detectors.corpus.build_corpus import OUT, build

BLOCKING = {
    "KR_RRN",
    "KR_ALIEN_REG",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "KR_HEALTH_INSURANCE",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
}
VALIDATED = {"KR_RRN", "KR_ALIEN_REG", "KR_BRN", "KR_CRN", "CREDIT_CARD"}


def _cases() -> list[dict[str, object]]:
    return [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]


def test_checked_in_corpus_matches_builder() -> None:
    assert build() == _cases()


def test_corpus_size_and_mix() -> None:
    cases = _cases()
    kinds = Counter(str(c["kind"]) for c in cases)
    langs = Counter(str(c["lang"]) for c in cases)
    assert len(cases) >= 400
    assert kinds["negative"] >= 100 and kinds["obfuscated"] >= 50
    assert {"ko", "en", "mixed"} <= set(langs)


def test_engine_meets_targets_on_corpus(engine: Engine) -> None:
    tp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    flagged = negatives = 0
    for case in _cases():
        text = str(case["text"])
        found = [f for f in engine.scan(text) if f.score >= 0.5]
        spans = case["spans"]
        assert isinstance(spans, list)
        for g in spans:
            hit = any(f.entity.value == g["entity"] and f.start < g["end"] and g["start"] < f.end for f in found)
            (tp if hit else fn)[str(g["entity"]) + ("/obf" if case["kind"] == "obfuscated" else "")] += 1
        for f in found:
            if not any(f.entity.value == g["entity"] and f.start < g["end"] and g["start"] < f.end for g in spans):
                fp[f.entity.value] += 1
        if case["kind"] == "negative":
            negatives += 1
            flagged += any(f.entity.value in BLOCKING for f in found)
    ids_tp = sum(n for k, n in tp.items() if k.split("/")[0] in VALIDATED)
    ids_fn = sum(n for k, n in fn.items() if k.split("/")[0] in VALIDATED)
    ids_fp = sum(n for k, n in fp.items() if k in VALIDATED)
    assert ids_tp / (ids_tp + ids_fn) >= 0.99
    assert ids_tp / (ids_tp + ids_fp) >= 0.98
    obf_tp = sum(n for k, n in tp.items() if k.endswith("/obf"))
    obf_fn = sum(n for k, n in fn.items() if k.endswith("/obf"))
    assert obf_tp / (obf_tp + obf_fn) >= 0.95
    person_tp = tp["PERSON"] + tp["PERSON/obf"]
    person_f1 = 2 * person_tp / (2 * person_tp + fp["PERSON"] + fn["PERSON"] + fn["PERSON/obf"])
    assert person_f1 >= 0.85
    assert flagged / negatives <= 0.01
