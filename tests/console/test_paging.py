"""The review list at scale, on SQLite and PostgreSQL: 200k audit records (and their audit_entities rows) made
inside the database, then every filter's page query is checked in the database's own plan: it walks an index
newest first (no sort of the matching rows, no full scan), the entity filter through the side table, a date
range as a range of ids; and keyset pages tile the filtered set exactly. Plans are asserted, not timings
(bench/console_bench.py measures those at a million records)."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.console.review import Filters, fetch_page, filtered_query
from gateway.storage.db import create_engine, migrate
from tests.conftest import PG_ADMIN_URL, require_service
from tests.console.scale import RARE_EVERY, START, STEP_MS, fill

ROWS = 200_000  # about 4.6 days of records from 2025-01-01
CURSOR = f"req_{int(START.timestamp() * 1000) + ROWS // 2 * STEP_MS:012x}"  # a page from the middle of the table
DAY1, DAY2 = date(2025, 1, 2), date(2025, 1, 3)


@dataclass
class Db:
    url: str
    dialect: str

    def engine(self) -> AsyncEngine:
        return create_engine(self.url)


async def _build(url: str) -> None:
    engine = create_engine(url)
    try:
        await migrate(engine)
        async with engine.begin() as conn:
            await conn.run_sync(fill, ROWS)
    finally:
        await engine.dispose()


async def _pg_admin(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def big_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Db]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('scale') / 'audit.db'}"
        asyncio.run(_build(url))
        yield Db(url, "sqlite")
        return
    require_service("PostgreSQL", "127.0.0.1", 5432, "pg_ctlcluster $(ls /etc/postgresql) main start")
    name = f"dlpgate_scale_{uuid.uuid4().hex[:12]}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    url = f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    try:
        asyncio.run(_build(url))
        yield Db(url, "postgresql")
    finally:
        asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# filters -> the index its walk must use (None: the planner may pick among several that stop once the page is
# full: for a common entity type PostgreSQL may walk the side table's primary key instead)
FILTERS: list[tuple[Filters, str | None]] = [
    (Filters(), None),
    (Filters(decision="blocked"), None),
    (Filters(user="user7"), "ix_audit_records_user_name_id"),
    (Filters(department="dept3"), None),
    (Filters(provider="prov1"), None),
    (Filters(rule="entities.KR_RRN:block"), None),
    (Filters(entity="KR_RRN"), None),
    (Filters(entity="KR_PASSPORT"), "ix_audit_entities_entity_id"),  # rare: about one record in 10,000
    (Filters(entity="KR_PASSPORT", decision="blocked"), "ix_audit_entities_entity_decision_id"),
    (Filters(entity="KR_PASSPORT", since=DAY1, until=DAY2), "ix_audit_entities_entity_id"),
    (Filters(entity="KR_PASSPORT", decision="allowed", since=DAY1), "ix_audit_entities_entity_decision_id"),
    (Filters(entity="KR_RRN", decision="blocked", since=DAY1, until=DAY2), None),
    (Filters(entity="KR_RRN", user="user7"), None),
    (Filters(entity="EMAIL_ADDRESS", department="dept3", decision="masked"), None),
    (Filters(since=DAY1, until=DAY2), None),
    (Filters(department="dept3", decision="masked", provider="prov0"), None),
]


def _sql(q: sa.Select[Any], engine: AsyncEngine) -> str:
    return str(q.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))


async def _plan(db: Db, q: sa.Select[Any]) -> list[str]:
    """One line per plan step: SQLite's EXPLAIN QUERY PLAN details, or PostgreSQL's node types and indexes."""
    engine = db.engine()
    try:
        async with engine.connect() as conn:
            if db.dialect == "sqlite":
                rows = await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + _sql(q, engine))
                return [str(r[3]) for r in rows]
            doc = (await conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + _sql(q, engine))).scalar()
    finally:
        await engine.dispose()
    steps: list[str] = []

    def walk(node: dict[str, Any]) -> None:
        steps.append(f"{node['Node Type']} {node.get('Index Name', '')} {node.get('Relation Name', '')}".strip())
        for child in node.get("Plans", []):
            walk(child)

    walk((doc if isinstance(doc, list) else json.loads(doc))[0]["Plan"])
    return steps


def _id(value: object) -> str:
    if isinstance(value, Filters):
        return ",".join(k for k, _ in value.query_items()) or "none"
    return str(value)


@pytest.mark.parametrize("filters,index", FILTERS, ids=_id)
def test_page_query_walks_an_index(big_db: Db, filters: Filters, index: str | None) -> None:
    plan = asyncio.run(_plan(big_db, filtered_query(filters, before=CURSOR).limit(51)))
    if big_db.dialect == "sqlite":
        assert not any("TEMP B-TREE" in step for step in plan), plan  # no sort: the index gives the order
        assert all("USING" in step for step in plan), plan  # every scan or search goes through an index
    else:
        scans = [step for step in plan if "Scan" in step]
        assert all("Index" in step or step.startswith("Bitmap Heap Scan") for step in scans), plan  # no Seq Scan
        if any(step.startswith(("Sort", "Incremental Sort")) for step in plan):
            # PostgreSQL may sort when an equality index finds few rows (a bitmap of one user's or department's
            # records, then a top-N sort): bounded by that filter's rows, never the table's.
            assert any(step.startswith("Bitmap Index Scan ix_audit_") for step in plan), plan
    if filters.entity is not None:  # the entity is found in the side table, never in the JSON
        assert any("audit_entities" in step and "INDEX" in step.upper() for step in plan), plan
    if index is not None:
        assert any(index in step for step in plan), plan


def _expected(db: Db, f: Filters) -> list[str]:
    """The filtered set by brute force, the entity read from the JSON (the side table is what is under test)."""
    where = ["1 = 1"]
    for column, value in (("department", f.department), ("decision", f.decision)):
        if value is not None:
            where.append(f"{column} = '{value}'")
    if f.entity is not None:
        where.append(
            f"json_extract(entities, '$.{f.entity}') IS NOT NULL"
            if db.dialect == "sqlite"
            else f"(entities::jsonb) ? '{f.entity}'"
        )

    async def run() -> list[str]:
        engine = db.engine()
        try:
            async with engine.connect() as conn:
                rows = await conn.exec_driver_sql(
                    f"SELECT id FROM audit_records WHERE {' AND '.join(where)} ORDER BY id DESC"
                )
                return [str(r[0]) for r in rows]
        finally:
            await engine.dispose()

    return asyncio.run(run())


async def _walk(db: Db, f: Filters, page: int) -> list[str]:
    engine = db.engine()
    try:
        seen: list[str] = []
        cursor = None
        while True:
            rows, cursor = await fetch_page(engine, f, cursor, limit=page)
            assert all(f.department is None or r["department"] == f.department for r in rows)
            assert all(f.decision is None or r["decision"] == f.decision for r in rows)
            assert all(f.entity is None or f.entity in r["entities"] for r in rows)
            seen += [r["id"] for r in rows]
            if cursor is None:
                return seen
    finally:
        await engine.dispose()


@pytest.mark.parametrize(
    "filters",
    [
        Filters(department="dept4", decision="blocked"),
        Filters(department="dept4", entity="EMAIL_ADDRESS"),
        Filters(entity="KR_PASSPORT", decision="allowed"),
    ],
    ids=_id,
)
def test_keyset_pages_tile_the_filtered_set(big_db: Db, filters: Filters) -> None:
    seen = asyncio.run(_walk(big_db, filters, 97))
    assert seen and seen == _expected(big_db, filters)


def test_rare_entity_pages_tile_the_whole_table(big_db: Db) -> None:
    seen = asyncio.run(_walk(big_db, Filters(entity="KR_PASSPORT"), 7))
    assert len(seen) == -(-ROWS // RARE_EVERY)
    assert seen == _expected(big_db, Filters(entity="KR_PASSPORT"))
