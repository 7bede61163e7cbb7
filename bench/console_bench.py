"""Console review list at scale: page times for every filter, on SQLite and PostgreSQL, at a million records.

    .venv/bin/python -m bench.console_bench                       # 1,000,000 rows, SQLite and PostgreSQL
    .venv/bin/python -m bench.console_bench --rows 200000 --backend sqlite
    .venv/bin/python -m bench.console_bench --pg postgresql://postgres@127.0.0.1:5432/test

Per backend, in a fresh database (a temporary SQLite file; a new PostgreSQL database, dropped afterwards): migrate
to 0004_console, make the records inside the database (tests/console/scale.py: the same rows the paging tests
use), time migration 0005_audit_entities (the side-table backfill and its indexes), ANALYZE, then for each
filter time the console's own page query (gateway.console.review.fetch_page, with its verdict join) for the
first page and for a page from the middle of the table (keyset cursor), median of REPEATS after one warm-up
run; and the overview (gateway.console.overview.load_overview, a 30-day window over the newest records). For
comparison it also times the entity filter as it was before 0005, a LIKE on the entities JSON, for a rare type.
Results: a table on stdout and bench/results/console_bench.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.console.overview import load_overview
from gateway.console.review import Filters, fetch_page
from gateway.storage.db import MIGRATIONS_DIR, create_engine
from gateway.storage.tables import audit_records
from tests.console.scale import START, STEP_MS, fill_records

REPEATS = 7
RESULTS = Path(__file__).parent / "results"
FILTERS: list[tuple[str, Filters]] = [
    ("none", Filters()),
    ("decision=blocked", Filters(decision="blocked")),
    ("user=user7", Filters(user="user7")),
    ("department=dept3", Filters(department="dept3")),
    ("provider=prov1", Filters(provider="prov1")),
    ("rule=...:block", Filters(rule="entities.KR_RRN:block")),
    ("entity=KR_RRN (1 in 4)", Filters(entity="KR_RRN")),
    ("entity=KR_PASSPORT (1 in 10,007)", Filters(entity="KR_PASSPORT")),
    ("entity=KR_RRN, decision=blocked", Filters(entity="KR_RRN", decision="blocked")),
    ("entity=EMAIL_ADDRESS, department=dept3", Filters(entity="EMAIL_ADDRESS", department="dept3")),
    ("entity=KR_PASSPORT, user=user7", Filters(entity="KR_PASSPORT", user="user7")),
    ("2-day range", Filters(since=date(2025, 1, 2), until=date(2025, 1, 3))),
    ("2-day range, entity=KR_RRN", Filters(entity="KR_RRN", since=date(2025, 1, 2), until=date(2025, 1, 3))),
    ("department, decision, provider", Filters(department="dept3", decision="masked", provider="prov0")),
]


def _upgrade(conn: Connection, target: str) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)


async def _timed(fn: Any, *args: Any) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = await fn(*args)
    return (time.perf_counter() - t0) * 1000, result


async def _median_ms(engine: AsyncEngine, f: Filters, before: str | None) -> tuple[float, int]:
    await fetch_page(engine, f, before)  # warm-up
    times, rows = [], 0
    for _ in range(REPEATS):
        ms, (page, _) = await _timed(fetch_page, engine, f, before)
        times.append(ms)
        rows = len(page)
    return statistics.median(times), rows


async def _like_ms(engine: AsyncEngine, entity: str) -> float:
    """The entity filter before 0005: a LIKE on the JSON text while walking the key, newest first."""
    q = (
        sa.select(audit_records)
        .where(sa.cast(audit_records.c.entities, sa.Text).like(f'%"{entity}"%'))
        .order_by(audit_records.c.id.desc())
        .limit(51)
    )

    async def run() -> None:
        async with engine.connect() as conn:
            (await conn.execute(q)).all()

    await run()
    times = []
    for _ in range(3):
        ms, _ = await _timed(run)
        times.append(ms)
    return statistics.median(times)


async def bench(url: str, rows: int) -> dict[str, Any]:
    engine = create_engine(url)
    out: dict[str, Any] = {"url": url.split("@")[-1], "rows": rows}
    try:
        t0 = time.perf_counter()
        async with engine.begin() as conn:
            await conn.run_sync(_upgrade, "0004_console")
            await conn.run_sync(fill_records, rows)
        out["fill_s"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        async with engine.begin() as conn:
            await conn.run_sync(_upgrade, "head")
        out["migration_0005_s"] = round(time.perf_counter() - t0, 1)
        async with engine.begin() as conn:
            await conn.execute(sa.text("ANALYZE"))
            out["side_rows"] = (await conn.execute(sa.text("SELECT count(*) FROM audit_entities"))).scalar()
        middle = f"req_{int(START.timestamp() * 1000) + rows // 2 * STEP_MS:012x}"
        pages = []
        for name, f in FILTERS:
            first_ms, first_n = await _median_ms(engine, f, None)
            mid_ms, mid_n = await _median_ms(engine, f, middle)
            pages.append(
                {"filter": name, "first_ms": first_ms, "first_rows": first_n, "mid_ms": mid_ms, "mid_rows": mid_n}
            )
        out["pages"] = pages
        out["like_rare_entity_ms"] = await _like_ms(engine, "KR_PASSPORT")
        last_day = (START + timedelta(milliseconds=rows * STEP_MS)).date()
        await load_overview(engine, last_day)
        ms, _ = await _timed(load_overview, engine, last_day)
        out["overview_ms"] = ms
    finally:
        await engine.dispose()
    return out


async def _pg_admin(admin_url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(admin_url)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def _report(result: dict[str, Any]) -> None:
    print(f"\n{result['url']}: {result['rows']:,} records, {result['side_rows']:,} audit_entities rows")
    print(f"  made in {result['fill_s']} s; migration 0005 (backfill + indexes) {result['migration_0005_s']} s")
    print(f"  {'filter':42} {'first page':>12} {'middle page':>12}")
    for p in result["pages"]:
        first = f"{p['first_ms']:.2f} ms ({p['first_rows']})"
        mid = f"{p['mid_ms']:.2f} ms ({p['mid_rows']})"
        print(f"  {p['filter']:42} {first:>16} {mid:>16}")
    print(f"  before 0005, rare entity as a JSON LIKE: {result['like_rare_entity_ms']:.1f} ms")
    print(f"  overview (30 days, newest records): {result['overview_ms']:.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    ap.add_argument(
        "--pg", default="postgresql://postgres@127.0.0.1:5432/test", help="an admin URL to create a database"
    )
    args = ap.parse_args()
    results = []
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            results.append(asyncio.run(bench(f"sqlite:///{tmp}/bench.db", args.rows)))
            results[-1]["url"] = "sqlite (temporary file)"
            _report(results[-1])
    if args.backend in ("postgresql", "both"):
        name = f"dlpgate_bench_{uuid.uuid4().hex[:8]}"
        asyncio.run(_pg_admin(args.pg, f'CREATE DATABASE "{name}"'))
        try:
            results.append(asyncio.run(bench(f"{args.pg.rsplit('/', 1)[0]}/{name}", args.rows)))
            _report(results[-1])
        finally:
            asyncio.run(_pg_admin(args.pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "console_bench.json").write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
