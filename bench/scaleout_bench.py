"""Scale-out figures, in one run: requests per second and p99 overhead at c=32 with the embedded SQLite store
against PostgreSQL plus Redis, with one gateway process against two.

Each of the four set-ups gets its own bench/fast_mock.py, its own `dlpgate serve` (`--workers 1|2`: uvicorn
processes sharing one listening socket, which is what two replicas behind a balancer amount to on one host,
without the balancer's own cost), a fresh database, and the same ~1 KB forwarded prompt through
bench/gateway_bench.py's load generator (wrk when installed). Per-key and per-department rate limits are set
high enough never to refuse, so every request also passes the limiter: per process with SQLite, shared through
Redis in the PostgreSQL set-up, as in production. The overhead is the gateway's p99 at c=32 minus the mock's own
p99 at c=32, measured back to back.

    python bench/scaleout_bench.py [--duration 10] [--pg postgresql://postgres@127.0.0.1:5432/test]
                                   [--redis redis://127.0.0.1:6379/15]

PostgreSQL and Redis must be running (the test machine's shared ones will do: the run creates and drops its own
database and uses a Redis database number of its own, flushed before each set-up). Prints a markdown table and
writes JSON to bench/results/scaleout-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gateway_bench import CLEAN_PROMPT, RESULTS, ROOT, Bench, machine, workdir

LIMITS = "{key_requests_per_minute: 100000000, department_requests_per_minute: 100000000}"
SETUPS = [("SQLite", 1), ("SQLite", 2), ("PostgreSQL + Redis", 1), ("PostgreSQL + Redis", 2)]


async def _pg(admin_url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(admin_url)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def _flush(redis_url: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        await client.flushdb()
    finally:
        await client.aclose()


def run_setup(args: argparse.Namespace, storage: str, workers: int) -> dict[str, object]:
    database = f"dlpgate_bench_{uuid.uuid4().hex[:10]}"
    shared = storage != "SQLite"
    if shared:
        asyncio.run(_pg(args.pg, f'CREATE DATABASE "{database}"'))
        asyncio.run(_flush(args.redis))
    try:
        with workdir(False) as wd:
            ns = argparse.Namespace(
                duration=args.duration,
                warmup=args.warmup,
                workers=workers,
                transport="auto",
                python_load=False,
                stream_gap_ms=2.0,
                database_url=f"{args.pg.rsplit('/', 1)[0]}/{database}" if shared else None,
                redis_url=args.redis if shared else None,
                limits=LIMITS,
            )
            bench = Bench(ns, wd)
            try:
                bench.start_mock()
                config = bench.write_config()
                bench.create_key(config)
                bench.start_gateway(config)
                direct = bench.load("clean", "direct", CLEAN_PROMPT, 32, args.duration)
                gateway = bench.load("clean", "gateway", CLEAN_PROMPT, 32, args.duration)
            finally:
                bench.close()
    finally:
        if shared:
            asyncio.run(_pg(args.pg, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    return {
        "storage": storage,
        "processes": workers,
        "rps": round(gateway.rps, 1),
        "direct_rps": round(direct.rps, 1),
        "p50_ms": gateway.p50_ms,
        "p99_ms": gateway.p99_ms,
        "direct_p99_ms": direct.p99_ms,
        "p99_overhead_ms": round(gateway.p99_ms - direct.p99_ms, 3),
        "non_2xx": gateway.non_2xx,
        "socket_errors": gateway.socket_errors,
        "generator": gateway.generator,
        "cpu_s": gateway.cpu_s,
    }


def markdown(rows: list[dict[str, object]]) -> str:
    out = [
        "| storage | processes | requests/s, c=32 | p50 | p99 | p99 overhead over direct | non-2xx |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        out.append(
            f"| {r['storage']} | {r['processes']} | {r['rps']:,.0f} | {r['p50_ms']:.1f} ms | {r['p99_ms']:.1f} ms | "
            f"+{r['p99_overhead_ms']:.1f} ms | {r['non_2xx']} |"
        )
    return "\n".join(out)


def main() -> int:
    p = argparse.ArgumentParser(description="SQLite vs PostgreSQL + Redis, one process vs two, at c=32.")
    p.add_argument("--duration", type=float, default=10.0, help="seconds per measured load (default 10)")
    p.add_argument("--warmup", type=float, default=2.0, help="seconds of unmeasured load before each (default 2)")
    p.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test", help="PostgreSQL admin URL")
    p.add_argument("--redis", default="redis://127.0.0.1:6379/15", help="Redis URL (its database is flushed)")
    p.add_argument("--no-write", action="store_true", help="do not write bench/results/*.json")
    args = p.parse_args()
    if not (1 <= args.duration <= 600 and 1 <= args.warmup <= 60):
        p.error("duration 1-600 s, warmup 1-60 s")
    started = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    rows = [run_setup(args, storage, workers) for storage, workers in SETUPS]
    print(markdown(rows))
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / f"scaleout-{time.strftime('%Y%m%d-%H%M%S')}.json"
        doc = {
            "started": started,
            "command": ("python bench/scaleout_bench.py " + " ".join(sys.argv[1:])).strip(),
            "machine": machine(),
            "rows": rows,
        }
        out.write_text(json.dumps(doc, indent=2) + "\n")
        print(f"\nJSON: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
