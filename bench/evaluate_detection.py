"""Evaluate dlpgate's detectors and stock Presidio on the labelled corpus, on the same cases.

    .venv/bin/python bench/evaluate_detection.py [--corpus PATH] [--threshold 0.5] [--no-presidio] [--errors]

Span metric: a finding is a true positive when it overlaps a labelled span of the same entity and scores at
least the threshold; each labelled span counts once. Printed per entity, for all cases and for the
obfuscated subset, plus prompt-level figures: share of prompts with sensitive data caught, share of hard
negatives flagged at the threshold (any entity, and blocking entities only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from detectors import Engine  # noqa: E402

CORPUS = ROOT / "tests" / "detectors" / "corpus" / "corpus.jsonl"
BLOCKING = {
    "KR_RRN",
    "KR_ALIEN_REG",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "KR_HEALTH_INSURANCE",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
}
VALIDATED_IDS = {"KR_RRN", "KR_ALIEN_REG", "KR_BRN", "KR_CRN", "CREDIT_CARD"}
ENTITIES = [
    "KR_RRN",
    "KR_ALIEN_REG",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "KR_BRN",
    "KR_CRN",
    "KR_HEALTH_INSURANCE",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "PERSON",
    "LOCATION",
]
Pred = tuple[str, int, int, float]
Scanner = Callable[[str], list[Pred]]


def load(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class Tally:
    def __init__(self) -> None:
        self.tp: dict[str, int] = defaultdict(int)
        self.fp: dict[str, int] = defaultdict(int)
        self.fn: dict[str, int] = defaultdict(int)

    def add(self, gold: Iterable[dict[str, object]], preds: list[Pred]) -> tuple[list[object], list[Pred]]:
        gold = list(gold)
        matched_pred: set[int] = set()
        missed: list[object] = []
        for g in gold:
            hit = False
            for i, (ent, s, e, _) in enumerate(preds):
                if ent == g["entity"] and s < int(g["end"]) and int(g["start"]) < e:  # type: ignore[call-overload]
                    matched_pred.add(i)
                    hit = True
            if hit:
                self.tp[str(g["entity"])] += 1
            else:
                self.fn[str(g["entity"])] += 1
                missed.append(g)
        extra = []
        for i, p in enumerate(preds):
            if i not in matched_pred and p[0] in ENTITIES:
                self.fp[p[0]] += 1
                extra.append(p)
        return missed, extra

    def prf(self, entities: Iterable[str]) -> tuple[float, float, float, int]:
        tp = sum(self.tp[e] for e in entities)
        fp = sum(self.fp[e] for e in entities)
        fn = sum(self.fn[e] for e in entities)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn


def evaluate(name: str, scan: Scanner, cases: list[dict[str, object]], threshold: float, errors: bool) -> None:
    overall, obf = Tally(), Tally()
    caught = positives = flagged_any = flagged_block = negatives = 0
    for case in cases:
        text = str(case["text"])
        preds = [p for p in scan(text) if p[3] >= threshold]
        gold = case["spans"]
        missed, extra = overall.add(gold, preds)  # type: ignore[arg-type]
        if case["kind"] == "obfuscated":
            obf.add(gold, preds)  # type: ignore[arg-type]
        if case["kind"] == "negative":
            negatives += 1
            flagged_any += any(p[0] in ENTITIES for p in preds)
            flagged_block += any(p[0] in BLOCKING for p in preds)
        elif gold:
            positives += 1
            caught += bool(preds)
        if errors and (missed or extra):
            print(
                f"  [{case['id']}] missed={[(g['entity'], text[g['start'] : g['end']]) for g in missed]} "  # type: ignore[index]
                f"extra={[(p[0], text[p[1] : p[2]], round(p[3], 2)) for p in extra]}"
            )
    print(f"\n=== {name} (threshold {threshold}) ===")
    print(f"{'entity':<22}{'prec':>7}{'recall':>8}{'F1':>7}{'n':>6}")
    for ent in ENTITIES:
        p, r, f, n = overall.prf([ent])
        if n or overall.fp[ent]:
            print(f"{ent:<22}{p:7.3f}{r:8.3f}{f:7.3f}{n:6d}")
    for label, group in (("validated ids", VALIDATED_IDS), ("all entities", ENTITIES)):
        p, r, f, n = overall.prf(group)
        print(f"{label:<22}{p:7.3f}{r:8.3f}{f:7.3f}{n:6d}")
    p, r, f, n = obf.prf(ENTITIES)
    print(f"{'obfuscated subset':<22}{p:7.3f}{r:8.3f}{f:7.3f}{n:6d}")
    print(f"prompts with data caught: {caught}/{positives} = {caught / max(positives, 1):.3f}")
    print(f"hard negatives flagged (any entity): {flagged_any}/{negatives} = {flagged_any / max(negatives, 1):.3f}")
    print(
        f"hard negatives flagged (blocking entity): {flagged_block}/{negatives} = "
        f"{flagged_block / max(negatives, 1):.3f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list missed and extra findings per case")
    args = ap.parse_args()
    cases = load(args.corpus)
    kinds = defaultdict(int)
    for c in cases:
        kinds[str(c["kind"])] += 1
    print(f"corpus: {args.corpus} ({len(cases)} cases: {dict(kinds)})")
    engine = Engine()

    def dlpgate(text: str) -> list[Pred]:
        return [(f.entity.value, f.start, f.end, f.score) for f in engine.scan(text)]

    evaluate("dlpgate", dlpgate, cases, args.threshold, args.errors)
    if not args.no_presidio:
        from scan_presidio import build_presidio, presidio_scan

        analyzer = build_presidio()
        evaluate(
            "stock Presidio 2.2 (KR recognizers on, KR phone region)",
            lambda t: presidio_scan(analyzer, t),
            cases,
            args.threshold,
            args.errors,
        )
        evaluate("stock Presidio, any score", lambda t: presidio_scan(analyzer, t), cases, 0.0, False)


if __name__ == "__main__":
    main()
