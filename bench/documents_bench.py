"""Registered-document lookup against 1,000 / 10,000 / 100,000 documents, and the time a 10 KB prompt spends in
all three official-data detectors (markings, term lists, document fingerprints), before and after the prefilter.

    .venv/bin/python bench/documents_bench.py [--sizes 1000,10000,100000] [--fingerprints 220] [--runs 30]
                                              [--workdir DIR] [--redis redis://127.0.0.1:6379/0]

Each size gets its own SQLite database (kept in --workdir, when given, and reused by later runs: filling 100,000
documents takes minutes), with `--fingerprints` random fingerprints per document (a 1 KB document yields about
220) plus one real registered document, looked up through the same DocumentStore.find the gateway calls:

- before: no prefilter, every fingerprint of the prompt is looked up in the database (`IN (...)` in chunks);
- after: the in-process prefilter (FingerprintFilter) first; only a slot with MIN_MATCHED passing fingerprints
  reaches the database.

The prompts are 10,000 characters of non-repeating Korean and English text (about 1,500 fingerprints), one with
a 300-character excerpt of the registered document in the middle. "added" is the markings recognizer, a 5,000-
term list and DocumentStore.find together: what the official-data detectors add to a request's scan. With
--redis, it also times loading the gateway's sealed copy of the prefilter from Redis against building it from the
database (what a replica does at start and after a removal).
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
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from sqlalchemy.ext.asyncio import AsyncEngine

from detectors import Engine
from detectors.base import Document
from detectors.fingerprint import fingerprint
from detectors.normalize import normalize
from detectors.recognizers.classification_marking import ClassificationMarkingRecognizer
from detectors.terms import TermMatcher
from gateway.documents import SNAPSHOT_KEYS, DocumentStore
from gateway.storage.db import create_engine, migrate
from gateway.types import TextSlot

KEY = b"bench-key-0123456789abcdef012345"
DOC = (
    "2027년도 조직 개편 계획(안). 디지털 행정 수요 증가에 대응하기 위하여 정보화기획관실을 디지털정부국으로 확대 "
    "개편한다. 기존 3개 과를 5개 과로 늘리고 데이터정책과와 인공지능서비스과를 신설한다. 총 정원은 현행 112명에서 "
    "131명으로 19명 증원하되 증원 인력 중 11명은 타 부처 전입으로 충당한다. "
) * 3
WORDS = "회의 안건 정리 요약 주간 보고 일정 검토 예산 집행 현황 개선".split()
WORDS += "meeting notes summary action items draft review budget status owner deadline".split()


def prompt(with_excerpt: bool, chars: int = 10_000) -> str:
    rng = random.Random(42)
    out: list[str] = []
    while sum(len(w) + 1 for w in out) < chars:
        out.append(rng.choice(WORDS) + rng.choice(["", "은", "를", "의", " 관련", "s", ":"]) + str(rng.randint(0, 999)))
    base = " ".join(out)[: chars - 300]
    middle = DOC[50:350] if with_excerpt else " ".join(rng.choice(WORDS) for _ in range(60))[:300]
    return base[:5000] + middle + base[5000:]


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


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


async def atimed(fn: Callable[[], Awaitable[None]], runs: int) -> tuple[float, float]:
    await fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        await fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


async def measure(path: Path, runs: int, redis_url: str | None) -> list[str]:
    engine = create_engine(f"sqlite:///{path}")
    store = DocumentStore(engine)
    t = time.perf_counter()
    await store.sync()
    build_s = time.perf_counter() - t
    index = store._index
    assert index is not None
    rows = []
    flt = index.filter
    rng = np.random.default_rng(1)
    fpr = float(flt.contains(rng.integers(-(2**63), 2**63 - 1, size=1_000_000, dtype=np.int64)).mean())
    rows.append(
        f"prefilter: {flt.count:,} fingerprints, {flt.nbytes / 2**20:.1f} MiB "
        f"({flt.nbytes / max(flt.count, 1):.2f} bytes each), built in {build_s:.1f} s, "
        f"false-positive rate {fpr:.4%}"
    )
    for label, with_excerpt in (("with an excerpt", True), ("unrelated", False)):
        rows += await compare(store, index, label, prompt(with_excerpt), runs)
    if redis_url:
        rows.append(await redis_vs_database(engine, build_s, redis_url))
    await engine.dispose()
    return rows


MARKINGS = ClassificationMarkingRecognizer()
PLAIN = Engine()
TERMS = TermMatcher({"all": [f"코드명{i:05d}" for i in range(5000)]})


async def compare(store: DocumentStore, index: object, label: str, text: str, runs: int) -> list[str]:
    """find() alone and all three detectors together, without the prefilter and with it."""
    slots = [TextSlot("messages[0].content", text)]
    doc = Document(normalize(text).text, PLAIN._lengths, PLAIN._shapes, PLAIN._keywords)
    found = len(await store.find(slots, KEY))

    async def lookup() -> None:
        await store.find(slots, KEY)

    async def added() -> None:
        list(MARKINGS.find(doc))
        list(TERMS.find(text))
        await store.find(slots, KEY)

    rows = []
    for mode in ("before", "after"):
        store._index = None if mode == "before" else index  # type: ignore[assignment]
        store._fresh_at = time.monotonic() + 3600  # keep the prefilter fresh without the poll task
        q0 = store.queries
        alone = await atimed(lookup, runs)
        queries = (store.queries - q0) / (runs + 1)
        total = await atimed(added, runs)
        rows.append(
            f"| {label} | {mode} | {alone[0]:.2f} | {alone[1]:.2f} | {queries:.1f} | "
            f"{total[0]:.2f} | {total[1]:.2f} | {found} |"
        )
    store._index = index  # type: ignore[assignment]
    return rows


async def redis_vs_database(engine: AsyncEngine, build_s: float, url: str) -> str:
    """The sealed copy of the prefilter in Redis, as the gateway writes and reads it (DocumentStore)."""
    from redis.asyncio import Redis

    client = Redis.from_url(url)
    store = DocumentStore(engine, client)
    store._seal_key = KEY
    try:
        t = time.perf_counter()
        index = await store._build()  # from the database, then copied to Redis
        built_and_copied = time.perf_counter() - t
        t = time.perf_counter()
        loaded = await store._from_redis()
        load = time.perf_counter() - t
        assert loaded is not None and loaded.doc_ids == index.doc_ids
        await client.delete(*SNAPSHOT_KEYS)
    finally:
        await client.aclose()
    return (
        f"Redis copy of the prefilter ({index.filter.nbytes / 2**20:.1f} MiB, sealed): loaded in {load * 1000:.0f} ms, "
        f"against {build_s * 1000:.0f} ms to build it from the database "
        f"({built_and_copied * 1000:.0f} ms with the copy)"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--fingerprints", type=int, default=220)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--redis", default=None)
    args = ap.parse_args()
    text = prompt(True)
    print(f"prompt: {len(text):,} characters, {len(fingerprint(text, KEY).spans):,} fingerprints")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for n in (int(x) for x in args.sizes.split(",")):
            path = workdir / f"docs-{n}-{args.fingerprints}.db"
            if not path.exists():
                t = time.perf_counter()
                asyncio.run(build(path, n, args.fingerprints))
                print(f"\n{n:,} documents: filled the database in {time.perf_counter() - t:.0f} s")
            rows = asyncio.run(measure(path, args.runs, args.redis))
            print(f"\n{n:,} registered documents; {rows[0]}")
            print("| 10 KB prompt | lookup | find() p50 ms | p95 ms | queries | added p50 ms | p95 ms | flagged |")
            print("|---|---|---|---|---|---|---|---|")
            for row in rows[1:]:
                print(row)
    engine = Engine()
    t50, _ = timed(lambda: engine.scan(text), args.runs)
    print(f"\nfor scale: the whole detection engine (personal data, markings) on the same prompt: p50 {t50:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
