"""The review list at scale: 200k audit rows in SQLite, every filter's page query walks an index newest first
(no sort of the matching rows, no full scan for equality filters), and keyset pages tile the result exactly.
The plan is asserted, not a timing (performance belongs in bench/)."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.dialects import sqlite as sqlite_dialect

from gateway.console.review import Filters, fetch_page, filtered_query
from gateway.storage.db import create_engine, migrate

ROWS = 200_000
DECISIONS = ("allowed", "allowed", "allowed", "masked", "blocked", "warned")
ENTITIES = ('{"KR_RRN": 1}', '{"EMAIL_ADDRESS": 2}', "{}", '{"PHONE_NUMBER": 1, "PERSON": 1}')
START = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scale") / "audit.db"
    engine = create_engine(f"sqlite:///{path}")
    asyncio.run(migrate(engine))
    asyncio.run(engine.dispose())
    rows = []
    for i in range(ROWS):
        ts = START + timedelta(seconds=20 * i)  # 200k rows over about 46 days
        rid = f"req_{int(ts.timestamp() * 1000):012x}{i:016x}"
        decision = DECISIONS[i % len(DECISIONS)]
        rows.append(
            (
                rid,
                ts.strftime("%Y-%m-%d %H:%M:%S.%f"),
                f"user{i % 500}",
                f"dept{i % 40}",
                "chat.completions",
                f"prov{i % 3}",
                decision,
                f"entities.KR_RRN:{'block' if decision == 'blocked' else 'mask'}",
                ENTITIES[i % len(ENTITIES)],
                "[]",
                f"dec_{i}",
                "complete",
                0,
                1,
            )
        )
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO audit_records (id, ts, user_name, department, endpoint, provider_id, decision, rule, "
            "entities, spans, decision_id, status, stream, enforced) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        db.execute("ANALYZE")
    return path


FILTERS = [
    Filters(),
    Filters(decision="blocked"),
    Filters(user="user7"),
    Filters(department="dept3"),
    Filters(provider="prov1"),
    Filters(rule="entities.KR_RRN:block"),
    Filters(entity="KR_RRN"),
    Filters(decision="blocked", entity="KR_RRN", since=date(2025, 1, 10), until=date(2025, 1, 20)),
    Filters(since=date(2025, 1, 10), until=date(2025, 1, 12)),
    Filters(department="dept3", decision="masked", provider="prov0"),
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(k for k, _ in f.query_items()) or "none")
def test_page_query_walks_an_index(big_db: Path, filters: Filters) -> None:
    q = filtered_query(filters, before="req_0194f0000000ffffffffffffffff").limit(51)
    sql = str(q.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}))
    with sqlite3.connect(big_db) as db:
        plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql)]
    assert not any("TEMP B-TREE" in step for step in plan), plan  # no sort: the index gives the order
    for step in plan:
        assert "USING" in step, plan  # every scan or search goes through an index
    equality = [f for f in ("decision", "user", "department", "provider", "rule") if getattr(filters, f)]
    if len(equality) == 1:
        column = {"user": "user_name", "provider": "provider_id"}.get(equality[0], equality[0])
        assert any(f"ix_audit_records_{column}_id" in step for step in plan), plan


def test_keyset_pages_tile_the_filtered_set(big_db: Path) -> None:
    async def walk() -> tuple[list[str], int]:
        engine = create_engine(f"sqlite:///{big_db}")
        try:
            f = Filters(department="dept4", decision="blocked")
            seen: list[str] = []
            cursor = None
            while True:
                rows, cursor = await fetch_page(engine, f, cursor, limit=97)
                seen += [r["id"] for r in rows]
                assert all(r["department"] == "dept4" and r["decision"] == "blocked" for r in rows)
                if cursor is None:
                    return seen, len(seen)
        finally:
            await engine.dispose()

    seen, n = asyncio.run(walk())
    with sqlite3.connect(big_db) as db:
        expected = [
            r[0]
            for r in db.execute(
                "SELECT id FROM audit_records WHERE department='dept4' AND decision='blocked' ORDER BY id DESC"
            )
        ]
    assert seen == expected and n > 0
