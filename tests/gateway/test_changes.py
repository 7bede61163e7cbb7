"""The change feed between replicas (gateway/changes.py), with two feeds on one real Redis of the test's own and
one real database: announcements carry switches, revocations and policy reloads at once; while Redis is down
the database poll carries them; when it returns the feeds go live again, and a change that could not be
announced is announced then."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from redis.asyncio import Redis

from gateway.auth import KeyStore
from gateway.blocklist import BlockList
from gateway.changes import CHANNEL, ChangeFeed, announce
from gateway.config import load_config, parse_config
from gateway.errors import Unauthorized
from gateway.policy_store import PolicyStore
from gateway.routing import Router
from gateway.storage.db import create_engine, migrate
from gateway.switches import ProviderSwitches
from gateway.types import Role
from tests.conftest import OwnRedis

pytestmark = pytest.mark.redis
SAFETY_POLL_S = 60.0  # so long that only an announcement can carry a change within these tests
PROVIDERS = {
    "providers": [
        {"id": "p", "kind": "openai", "api_base": "http://127.0.0.1:9/v1", "api_key": "k", "models": ["m"]}
    ]
}


async def _until(check: Callable[[], bool], limit_s: float, what: str) -> float:
    t0 = time.monotonic()
    while not check():
        assert time.monotonic() - t0 < limit_s, f"{what} not within {limit_s} s"
        await asyncio.sleep(0.01)
    return time.monotonic() - t0


@dataclass
class Replica:
    feed: ChangeFeed
    publisher: Redis
    switches: ProviderSwitches
    keys: KeyStore


@pytest.fixture
async def pair(tmp_path: Path, own_redis: OwnRedis) -> AsyncIterator[tuple[Replica, Replica]]:
    db = create_engine(f"sqlite:///{tmp_path}/state.db")
    await migrate(db)
    config = parse_config(PROVIDERS)
    replicas = []
    for _ in range(2):
        publisher = Redis.from_url(own_redis.url, socket_timeout=0.5, socket_connect_timeout=0.5)
        feed = ChangeFeed(own_redis.url, publisher, poll_down_s=0.25, poll_live_s=SAFETY_POLL_S)
        router = Router(config, BlockList(config.blocked))
        replica = Replica(feed, publisher, ProviderSwitches(db, router, feed), KeyStore(db, feed))
        await replica.switches.refresh()
        await feed.start()
        replicas.append(replica)
    a, b = replicas
    await _until(lambda: a.feed.live and b.feed.live, 5, "both feeds live")
    try:
        yield a, b
    finally:
        for r in replicas:
            await r.feed.stop()
            await r.publisher.aclose()
        await db.dispose()


async def test_switch_is_announced_and_applied_on_the_other_replica(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    assert b.switches.state["p"].enabled
    await a.switches.set_enabled("p", False, actor="admin", request_id="r1")
    elapsed = await _until(lambda: not b.switches.state["p"].enabled, 1.0, "switch on the other replica")
    assert elapsed < 0.5  # an announcement, not the 60 s safety poll
    assert b.switches.state["p"].updated_by == "admin"


async def test_revocation_empties_the_other_replicas_key_cache(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    key, info = await a.keys.create(user="u", role=Role.STAFF, department=None, created_by="t")
    header = f"Bearer {key}"
    await b.keys.authenticate(header)  # now cached on b for KEY_CACHE_SECONDS
    cached_at = time.monotonic()
    await a.keys.revoke(info.id)
    t0 = time.monotonic()
    while True:
        sent = time.monotonic()  # the cache is consulted first: what counts is when the refused attempt began
        try:
            await b.keys.authenticate(header)
        except Unauthorized:
            break
        assert sent - t0 < 1.0, "revoked key still accepted on the other replica"
        await asyncio.sleep(0.01)
    # b's cache would still have served the key; only the announcement can have emptied it this early
    assert sent - cached_at < 0.5


async def test_cli_announcement_reaches_running_replicas(pair: tuple[Replica, Replica], own_redis: OwnRedis) -> None:
    _, b = pair
    emptied: list[str] = []
    original = b.keys.invalidate

    async def spy() -> None:
        emptied.append("b")
        await original()

    b.feed._topics["keys"].on_change = spy
    assert await announce(own_redis.url, "keys") is True
    await _until(lambda: emptied == ["b"], 1.0, "the CLI's announcement")
    assert await announce("redis://127.0.0.1:9/0", "keys") is False  # nobody listens there: reported, no raise


async def test_policy_reload_is_announced_and_the_other_replica_rereads_its_file(
    tmp_path: Path, own_redis: OwnRedis
) -> None:
    files = []
    for name in ("a", "b"):
        f = tmp_path / f"{name}.yaml"
        f.write_text("policy:\n  mode: enforce\n")
        files.append(f)
    feeds, stores, clients = [], [], []
    for f in files:
        client = Redis.from_url(own_redis.url, socket_timeout=0.5, socket_connect_timeout=0.5)
        feed = ChangeFeed(own_redis.url, client, poll_live_s=SAFETY_POLL_S)
        stores.append(PolicyStore(load_config(f).policy, str(f), feed))
        feeds.append(feed)
        clients.append(client)
        await feed.start()
    try:
        await _until(lambda: all(f.live for f in feeds), 5, "both feeds live")
        # b's copy changes without a new mtime, so b's own file watcher cannot notice it
        stat = os.stat(files[1])
        files[1].write_text("policy:\n  mode: monitor\n")
        os.utime(files[1], ns=(stat.st_atime_ns, stat.st_mtime_ns))
        files[0].write_text("policy:\n  mode: monitor\n")
        result = await stores[0].reload_and_announce()
        assert result.changed and stores[0].current.mode == "monitor"
        await _until(lambda: stores[1].current.mode == "monitor", 1.0, "policy reload on the other replica")
        # a refused policy is not announced, and the previous one stays in force everywhere
        files[0].write_text("policy:\n  mode: [not, a, mode]\n")
        assert (await stores[0].reload_and_announce()).errors
        assert stores[0].current.mode == "monitor"
    finally:
        for feed, client in zip(feeds, clients, strict=True):
            await feed.stop()
            await client.aclose()


async def test_redis_down_the_poll_carries_changes_and_the_feed_returns(
    pair: tuple[Replica, Replica], own_redis: OwnRedis
) -> None:
    a, b = pair
    own_redis.stop()
    await _until(lambda: not a.feed.live and not b.feed.live, 5, "feeds noticing Redis is gone")
    # the last known state stays in force, and the database poll carries a switch within a second
    await a.switches.set_enabled("p", False, actor="admin", request_id="r1")
    assert "providers" in a.feed._unsent  # Redis did not take the announcement
    await _until(lambda: not b.switches.state["p"].enabled, 1.0, "switch through the database poll")

    own_redis.start()
    await _until(lambda: a.feed.live and b.feed.live, 10, "feeds live again")
    await _until(lambda: not a.feed._unsent, 2, "the held-back announcement")
    # live again: the next change travels by announcement, not by the 60 s safety poll
    await a.switches.set_enabled("p", True, actor="admin", request_id="r2")
    elapsed = await _until(lambda: b.switches.state["p"].enabled, 1.0, "switch after Redis returned")
    assert elapsed < 0.5


async def test_malformed_messages_are_ignored(pair: tuple[Replica, Replica], own_redis: OwnRedis) -> None:
    a, b = pair
    client = Redis.from_url(own_redis.url)
    try:
        for junk in (b"not json", b'{"topic": "providers"}', b'{"topic": 1, "version": "x", "origin": 2}', b"[]"):
            await client.publish(CHANNEL, junk)
        await a.switches.set_enabled("p", False, actor="admin", request_id="r1")
        await _until(lambda: not b.switches.state["p"].enabled, 1.0, "a good message after junk")
        assert b.feed.live
    finally:
        await client.aclose()
