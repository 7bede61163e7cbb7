"""audit_entities, the side table behind the console's entity filter: the audit writer fills it in the same
transaction as the record (SQLite's writer thread and PostgreSQL's async path), so a failed side-table write
fails the request closed with nothing forwarded; migration 0005 fills it from the records already stored."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import openai
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from gateway.storage.db import MIGRATIONS_DIR, create_engine
from gateway.storage.tables import audit_entities
from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider
from tests.console.helpers import make_records
from tests.console.scale import fill_records

SQLITE_REFUSE = (
    "CREATE TRIGGER refuse_entities BEFORE INSERT ON audit_entities BEGIN SELECT RAISE(ABORT, 'refused'); END"
)
PG_REFUSE = (
    "CREATE FUNCTION refuse_entities() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$",
    "CREATE TRIGGER refuse_entities BEFORE INSERT ON audit_entities FOR EACH ROW EXECUTE FUNCTION refuse_entities()",
)


def _gateway(make_gateway: GatewayFactory, upstream: Upstream, backend: str, pg: str | None) -> Gateway:
    return make_gateway({"providers": [mock_provider(upstream)]}, database_url=pg if backend == "postgresql" else None)


def _url(gw: Gateway) -> str:
    return gw.config.storage.database_url


async def _query(url: str, *statements: str) -> list[tuple[Any, ...]]:
    """Run the statements in one transaction; the rows of the last."""
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            for statement in statements:
                result = await conn.exec_driver_sql(statement)
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        await engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def maybe_pg(backend: str, request: pytest.FixtureRequest) -> str | None:
    return str(request.getfixturevalue("pg_url")) if backend == "postgresql" else None


def test_the_writer_fills_the_side_table(
    make_gateway: GatewayFactory, upstream: Upstream, backend: str, maybe_pg: str | None
) -> None:
    gw = _gateway(make_gateway, upstream, backend, maybe_pg)
    blocked, masked, allowed = make_records(gw)
    rows = asyncio.run(_query(_url(gw), "SELECT request_id, entity, decision, n FROM audit_entities ORDER BY 1"))
    assert sorted(rows) == sorted([(blocked, "KR_RRN", "blocked", 1), (masked, "EMAIL_ADDRESS", "masked", 1)])
    assert not [r for r in rows if r[0] == allowed]
    # Retention deletes records (docs/deploy.md); their side-table rows go with them.
    left = asyncio.run(
        _query(_url(gw), f"DELETE FROM audit_records WHERE id = '{blocked}'", "SELECT request_id FROM audit_entities")
    )
    assert left == [(masked,)]


def test_a_failed_side_table_write_fails_closed(
    make_gateway: GatewayFactory, upstream: Upstream, backend: str, maybe_pg: str | None
) -> None:
    gw = _gateway(make_gateway, upstream, backend, maybe_pg)
    asyncio.run(_query(_url(gw), *((SQLITE_REFUSE,) if backend == "sqlite" else PG_REFUSE)))
    client = gw.client()
    with pytest.raises(openai.APIStatusError) as exc:
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "메일 a.b@example.org"}]
        )
    assert exc.value.status_code == 503
    assert upstream.mock.received == []  # nothing left the gateway unaudited
    # The record shared the side table's transaction, so it is not there either.
    assert asyncio.run(_query(_url(gw), "SELECT count(*) FROM audit_records")) == [(0,)]
    # A request with nothing to put in the side table still goes through: the writer is still up.
    assert client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hello"}])
    assert len(upstream.mock.received) == 1


def _upgrade(conn: Connection, target: str) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)


def test_migration_0005_backfills_existing_records(backend: str, maybe_pg: str | None, tmp_path: Any) -> None:
    url = maybe_pg or f"sqlite:///{tmp_path}/m.db"

    schema: Any = None

    async def run() -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        nonlocal schema
        engine = create_engine(url)
        try:
            async with engine.begin() as conn:
                await conn.run_sync(_upgrade, "0004_console")
                await conn.run_sync(fill_records, 3000)
            async with engine.begin() as conn:
                await conn.run_sync(_upgrade, "0005_audit_entities")
            async with engine.connect() as conn:
                schema = await conn.run_sync(_side_table_schema)
                records = (await conn.execute(sa.text("SELECT id, decision, entities FROM audit_records"))).all()
                side = (await conn.execute(sa.text("SELECT request_id, entity, decision, n FROM audit_entities"))).all()
            return [tuple(r) for r in records], [tuple(r) for r in side]
        finally:
            await engine.dispose()

    records, side = asyncio.run(run())
    expected = set()
    for rid, decision, entities in records:
        for entity, n in (json.loads(entities) if isinstance(entities, str) else entities).items():
            expected.add((rid, entity, decision, n))
    assert len(records) == 3000 and len(expected) > 2000
    assert set(side) == expected and len(side) == len(expected)
    # The migration made what tables.py declares: the indexes the console's plans rely on, and the cascade.
    table = audit_entities
    assert schema == (
        {i.name: [c.name for c in i.columns] for i in table.indexes},
        [c.name for c in table.primary_key.columns],
        [("audit_records", "CASCADE")],
    )


def _side_table_schema(conn: Connection) -> tuple[dict[str, list[str]], list[str], list[tuple[str, str]]]:
    insp = sa.inspect(conn)
    return (
        {str(i["name"]): [str(c) for c in i["column_names"]] for i in insp.get_indexes("audit_entities")},
        [str(c) for c in insp.get_pk_constraint("audit_entities")["constrained_columns"]],
        [
            (str(fk["referred_table"]), str(fk.get("options", {}).get("ondelete", "")).upper())
            for fk in insp.get_foreign_keys("audit_entities")
        ],
    )
