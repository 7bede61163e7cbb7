"""The verified-key cache: one database lookup per key at a time, however many requests wait for it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.auth import KeyStore
from gateway.errors import Unauthorized
from gateway.storage.db import create_engine, migrate
from gateway.types import Role


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite:///{tmp_path}/keys.db")
    await migrate(engine)
    try:
        yield engine
    finally:
        await engine.dispose()


def _count_key_lookups(engine: AsyncEngine) -> list[str]:
    seen: list[str] = []

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "api_keys" in statement:
            seen.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", before)
    return seen


async def test_a_herd_of_requests_for_one_key_makes_one_lookup(db: AsyncEngine) -> None:
    store = KeyStore(db)
    key, _ = await store.create(user="u", role=Role.STAFF, department="d", created_by="t")
    lookups = _count_key_lookups(db)
    principals = await asyncio.gather(*(store.authenticate(f"Bearer {key}") for _ in range(50)))
    assert {p.user for p in principals} == {"u"}
    assert len(lookups) == 1
    await store.authenticate(f"Bearer {key}")  # cached now
    assert len(lookups) == 1


async def test_a_herd_with_an_unknown_key_is_refused_after_one_lookup(db: AsyncEngine) -> None:
    store = KeyStore(db)
    lookups = _count_key_lookups(db)
    results = await asyncio.gather(
        *(store.authenticate("Bearer dlp_" + "x" * 43) for _ in range(20)), return_exceptions=True
    )
    assert all(isinstance(r, Unauthorized) for r in results)
    assert len(lookups) == 1
    # unknown keys are never cached: the next request looks again (a key created meanwhile works at once)
    with pytest.raises(Unauthorized):
        await store.authenticate("Bearer dlp_" + "x" * 43)
    assert len(lookups) == 2


async def test_revocation_drops_cached_and_in_flight_answers(db: AsyncEngine) -> None:
    store = KeyStore(db)
    key, info = await store.create(user="u", role=Role.STAFF, department="d", created_by="t")
    header = f"Bearer {key}"
    waiting = asyncio.ensure_future(store.authenticate(header))  # a lookup in flight
    await asyncio.sleep(0)
    await store.revoke(info.id)
    with contextlib.suppress(Unauthorized):
        await waiting  # it began before the revocation: either answer is right for its own request
    with pytest.raises(Unauthorized):  # but nothing after the revocation is served from it or the cache
        await store.authenticate(header)
    assert not store._cache and not store._inflight
