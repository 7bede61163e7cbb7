"""Registered-document lookup against 1,000 / 10,000 / 100,000 documents, and a 10 KB prompt through all three
official-data detectors (markings, term lists, fingerprints) plus the personal-data engine.

    .venv/bin/python bench/documents_bench.py [--sizes 1000,10000,100000] [--fingerprints 220] [--runs 30]

Each size gets its own SQLite database under a temp dir, filled with `--fingerprints` random fingerprints per
document (a 1 KB document yields about 220) plus one real registered document, through the same
DocumentStore.find the gateway calls. Reports p50 and p95 of find() for a 10 KB prompt that carries a 300-
character excerpt, and for an unrelated 10 KB prompt.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detectors import Engine
from detectors.fingerprint import fingerprint
from detectors.terms import TermMatcher
from gateway.documents import DocumentStore
from gateway.storage.db import create_engine, migrate
from gateway.types import TextSlot

KEY = b"bench-key-0123456789abcdef012345"
DOC = (
    "2027년도 조직 개편 계획(안). 디지털 행정 수요 증가에 대응하기 위하여 정보화기획관실을 디지털정부국으로 확대 "
    "개편한다. 기존 3개 과를 5개 과로 늘리고 데이터정책과와 인공지능서비스과를 신설한다. 총 정원은 현행 112명에서 "
    "131명으로 19명 증원하되 증원 인력 중 11명은 타 부처 전입으로 충당한다. "
) * 3
FILLER = "회의 안건을 정리해 주세요. Please summarise the action items from the weekly meeting notes. "


def prompt(with_excerpt: bool) -> str:
    base = (FILLER * 200)[: 10_000 - 300]
    return base[:5000] + (DOC[50:350] if with_excerpt else FILLER[:300]) + base[5000:]


async def build(path: Path, documents: int, per_doc: int) -> None:
    engine = create_engine(f"sqlite:///{path}")
    await migrate(engine)
    await engine.dispose()
    rng = random.Random(documents)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    now = "2026-11-23 00:00:00.000000"
    conn.executemany(
        "INSERT INTO documents VALUES (?, ?, 'txt', ?, 'bench', ?)",
        ((f"doc_{i:08d}", f"doc {i}", per_doc, now) for i in range(documents)),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO doc_fingerprints (hash, doc_id) VALUES (?, ?)",
        ((rng.getrandbits(64) - (1 << 63), f"doc_{i:08d}") for i in range(documents) for _ in range(per_doc)),
    )
    real = fingerprint(DOC, KEY)
    conn.execute("INSERT INTO documents VALUES ('doc_real', 'real', 'txt', ?, 'bench', ?)", (len(real.hashes), now))
    conn.executemany(
        "INSERT OR IGNORE INTO doc_fingerprints (hash, doc_id) VALUES (?, 'doc_real')", ((h,) for h in real.hashes)
    )
    conn.commit()
    conn.close()


async def measure(path: Path, runs: int) -> dict[str, tuple[float, float, int]]:
    engine = create_engine(f"sqlite:///{path}")
    store = DocumentStore(engine)
    await store.refresh()
    out = {}
    for label, with_excerpt in (("10 KB prompt with an excerpt", True), ("10 KB unrelated prompt", False)):
        slots = [TextSlot("messages[0].content", prompt(with_excerpt))]
        found = await store.find(slots, KEY)
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            await store.find(slots, KEY)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out[label] = (statistics.median(times), times[int(len(times) * 0.95) - 1], len(found))
    await engine.dispose()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--fingerprints", type=int, default=220)
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    print("| registered documents | prompt | find() p50 ms | p95 ms | flagged |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            path = Path(tmp) / f"docs-{n}.db"
            t = time.perf_counter()
            asyncio.run(build(path, n, args.fingerprints))
            build_s = time.perf_counter() - t
            for label, (p50, p95, flagged) in asyncio.run(measure(path, args.runs)).items():
                print(f"| {n:,} ({build_s:.0f} s to build) | {label} | {p50:.2f} | {p95:.2f} | {flagged} |")
    engine = Engine()
    terms = TermMatcher({"all": [f"코드명{i:05d}" for i in range(5000)]})
    text = prompt(True)
    engine.scan(text)
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        engine.scan(text)
        list(terms.find(text))
        fingerprint(text, KEY)
        times.append((time.perf_counter() - t) * 1000)
    print(
        f"\n10 KB prompt, engine (incl. markings) + 5,000-term list + fingerprinting, no lookup: "
        f"p50 {statistics.median(times):.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
