"""Alembic migrations produce exactly the tables in gateway/storage/tables.py, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import sqlalchemy as sa

from gateway.storage.db import create_engine, migrate
from gateway.storage.tables import metadata


async def _columns(url: str) -> dict[str, set[str]]:
    engine = create_engine(url)
    try:
        await migrate(engine)
        await migrate(engine)  # idempotent
        async with engine.connect() as conn:

            def inspect(sync_conn: sa.Connection) -> dict[str, set[str]]:
                insp = sa.inspect(sync_conn)
                return {t: {c["name"] for c in insp.get_columns(t)} for t in insp.get_table_names()}

            return await conn.run_sync(inspect)
    finally:
        await engine.dispose()


def _expected() -> dict[str, set[str]]:
    return {name: {c.name for c in table.columns} for name, table in metadata.tables.items()}


def test_sqlite_schema_matches_tables(tmp_path: Path) -> None:
    got = asyncio.run(_columns(f"sqlite:///{tmp_path}/m.db"))
    got.pop("alembic_version")
    assert got == _expected()


@pytest.mark.postgres
def test_postgres_schema_matches_tables(pg_url: str) -> None:
    got = asyncio.run(_columns(pg_url))
    got.pop("alembic_version")
    assert got == _expected()
