"""The registered-document prefilter: no false negatives, a bounded false-positive rate, no query for an
unrelated prompt, registrations and removals seen across replicas, and a stale or unbuilt index that fails
closed with the database."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from detectors.fingerprint import BITS_PER_FINGERPRINT, FingerprintFilter, fingerprint
from gateway.documents import MIN_MATCHED, POLL_SECONDS, DocumentStore
from gateway.errors import ServiceUnavailable
from gateway.storage.db import create_engine, migrate
from gateway.types import TextSlot
from tests.conftest import OwnRedis
from tests.gateway.test_documents import DOC, EXCERPT

KEY = b"index-test-key-0123456789abcdef!"
OTHER_DOC = (
    "재난안전관리과는 2028년 3월까지 통합관제센터 노후 장비를 교체하고 상황 전파 체계를 개선한다. 소요 재원은 "
    "27억 원이며 지자체 재난 담당 부서와 분기마다 합동 점검을 실시한다. 교체 이후에는 야간 당직 인원을 두 명 "
    "줄이고 원격 감시 체계를 확대 적용한다. "
)


def unrelated_prompt(chars: int = 10_000) -> str:
    rng = random.Random(5)
    words = ["회의", "안건", "정리", "요약", "주간", "보고", "meeting", "notes", "summary", "action", "items", "검토"]
    out: list[str] = []
    while sum(len(w) + 1 for w in out) < chars:
        out.append(rng.choice(words) + rng.choice(["", "은", "를", "의", " 관련", "s"]) + str(rng.randint(0, 99)))
    return " ".join(out)[:chars]


def test_filter_has_no_false_negatives_and_a_bounded_false_positive_rate() -> None:
    rng = np.random.default_rng(11)
    inserted = rng.integers(-(2**63), 2**63 - 1, size=200_000, dtype=np.int64)
    flt = FingerprintFilter(len(inserted))
    flt.add(inserted)
    assert flt.contains(inserted).all()
    assert flt.nbytes * 8 / flt.capacity == pytest.approx(BITS_PER_FINGERPRINT, rel=0.01)
    others = rng.integers(-(2**63), 2**63 - 1, size=500_000, dtype=np.int64)
    rate = float(flt.contains(others).mean())
    assert 0 < rate < 0.002  # documented as about 0.1% at capacity
    assert flt.passing([]) == [] and set(flt.passing(inserted[:50].tolist())) == set(inserted[:50].tolist())


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/docs.db"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
async def engines(db_url: str) -> AsyncIterator[Callable[[], AsyncEngine]]:
    made: list[AsyncEngine] = []

    def make() -> AsyncEngine:
        made.append(create_engine(db_url))
        return made[-1]

    await migrate(make())
    yield make
    for e in made:
        await e.dispose()


def _slots(text: str) -> list[TextSlot]:
    return [TextSlot("messages[0].content", text)]


async def _wait_for(predicate: Callable[[], object], seconds: float) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "not within the deadline"
        await asyncio.sleep(0.05)


async def test_unrelated_prompt_costs_no_query_and_an_excerpt_is_found(
    engines: Callable[[], AsyncEngine],
) -> None:
    store = DocumentStore(engines())
    await store.sync()
    assert await store.find(_slots(EXCERPT), KEY) == [] and store.queries == 0  # nothing registered
    info = await store.register(title="plan", text=DOC, source_type="txt", actor="t", key=KEY)
    await store.register(title="other", text=OTHER_DOC * 3, source_type="txt", actor="t", key=KEY)
    await store.sync()

    prompt = unrelated_prompt()
    assert len(fingerprint(prompt, KEY).spans) > 300  # a realistic, non-repeating prompt
    assert await store.find(_slots(prompt), KEY) == []
    assert store.queries == 0

    found = await store.find(_slots(prompt[:4000] + "\n" + EXCERPT + "\n" + prompt[4000:]), KEY)
    assert [f.detail.split(":")[0] for f in found if f.detail] == [info.id]
    assert store.queries > 0


async def test_another_replica_sees_registration_and_removal(engines: Callable[[], AsyncEngine]) -> None:
    here, there = DocumentStore(engines()), DocumentStore(engines())
    await here.sync()
    await there.start()
    try:
        await _wait_for(lambda: there.ready, 5)
        assert await there.find(_slots(EXCERPT), KEY) == []
        info = await here.register(title="plan", text=DOC, source_type="txt", actor="t", key=KEY)
        assert len(await here.find(_slots(EXCERPT), KEY)) == 1  # the registering replica: at once
        # the other at its next poll, every POLL_SECONDS (the deadline leaves room for a loaded machine: a CI run
        # that allowed two polls exactly saw the count a moment late)
        await _wait_for(lambda: there.count == 1, POLL_SECONDS * 6)
        assert [f.detail.split(":")[0] for f in await there.find(_slots(EXCERPT), KEY) if f.detail] == [info.id]

        old_filter = there._index.filter if there._index else None
        await here.remove(info.id)
        await _wait_for(lambda: there._index is not None and there._index.filter is not old_filter, 5)
        assert there.count == 0 and there.ready
        hashes = list(fingerprint(DOC, KEY).spans)
        assert there._index is not None and len(there._index.filter.passing(hashes)) < MIN_MATCHED
        queries = there.queries
        assert await there.find(_slots(EXCERPT), KEY) == [] and there.queries == queries
    finally:
        await there.stop()


async def test_stale_or_unbuilt_index_fails_closed_with_the_database(
    engines: Callable[[], AsyncEngine], tmp_path: Path
) -> None:
    store = DocumentStore(engines())
    await store.register(title="plan", text=DOC, source_type="txt", actor="t", key=KEY)
    await store.sync()
    assert store.ready and len(await store.find(_slots(EXCERPT), KEY)) == 1

    dead = create_engine("postgresql://postgres@127.0.0.1:1/none")  # nothing listens on port 1
    try:
        store._engine = dead
        store._fresh_at -= 60  # as if the polls had been failing for a minute
        assert not store.ready
        with pytest.raises(ServiceUnavailable):
            await store.find(_slots(unrelated_prompt()), KEY)
        unbuilt = DocumentStore(dead)
        with pytest.raises(ServiceUnavailable):
            await unbuilt.find(_slots(EXCERPT), KEY)
    finally:
        await dead.dispose()


@pytest.mark.redis
async def test_a_replica_starts_from_the_sealed_copy_in_redis(tmp_path: Path, own_redis: OwnRedis) -> None:
    from redis.asyncio import Redis

    from gateway.documents import SNAPSHOT_KEYS

    url = f"sqlite:///{tmp_path}/r.db"
    engines = [create_engine(url) for _ in range(4)]
    redis = Redis.from_url(own_redis.url)
    try:
        await migrate(engines[0])
        first = DocumentStore(engines[0], redis)
        info = await first.register(title="plan", text=DOC, source_type="txt", actor="t", key=KEY)
        await first.start(KEY)
        await _wait_for(lambda: first.ready, 5)
        assert first.built_from == "database"
        later = await first.register(title="other", text=OTHER_DOC * 3, source_type="txt", actor="t", key=KEY)

        second = DocumentStore(engines[1], redis)  # starts from the copy, then catches up with the database
        await second.start(KEY)
        await _wait_for(lambda: second.ready and second.count == 2, 5)
        assert second.built_from == "redis"
        assert [f.detail.split(":")[0] for f in await second.find(_slots(EXCERPT), KEY) if f.detail] == [info.id]
        found = await second.find(_slots(OTHER_DOC), KEY)
        assert [f.detail.split(":")[0] for f in found if f.detail] == [later.id]
        await second.stop()
        await first.stop()
        assert first.built_from == "database"  # registering here did not make it rebuild

        # A blanked copy (someone with write access to Redis) does not switch detection off: the seal fails.
        await redis.set(SNAPSHOT_KEYS[0], bytes(len(await redis.get(SNAPSHOT_KEYS[0]) or b"")))
        third = DocumentStore(engines[2], redis)
        await third.start(KEY)
        await _wait_for(lambda: third.ready, 5)
        assert third.built_from == "database" and len(await third.find(_slots(EXCERPT), KEY)) == 1
        await third.stop()

        own_redis.stop()  # Redis down: the database builds it
        fourth = DocumentStore(engines[3], Redis.from_url(own_redis.url, socket_connect_timeout=0.2))
        await fourth.start(KEY)
        await _wait_for(lambda: fourth.ready, 5)
        assert fourth.built_from == "database" and len(await fourth.find(_slots(EXCERPT), KEY)) == 1
        await fourth.stop()
    finally:
        await redis.aclose()
        for e in engines:
            await e.dispose()


async def test_a_reversed_excerpt_is_found_in_its_slot(engines: Callable[[], AsyncEngine]) -> None:
    """Red-team #9 finding 13: the excerpt reversed as a whole, or each line reversed, is found like the verbatim one;
    an unrelated text reversed costs no query."""
    store = DocumentStore(engines())
    info = await store.register(title="plan", text=DOC, source_type="txt", actor="t", key=KEY)
    await store.sync()
    cue = "아래는 거꾸로 쓴 글이야. 바로 읽고 요약해줘:\n"
    each_line = "\n".join(line[::-1] for line in EXCERPT.splitlines())
    for text in (EXCERPT[::-1], cue + EXCERPT[::-1], each_line):
        found = await store.find(_slots(text), KEY)
        assert found and {f.detail.split(":")[0] for f in found if f.detail} == {info.id}
        assert all(f.slot == 0 and 0 <= f.start < f.end <= len(text) for f in found)
    # reversed and cut in pieces too short to match alone: the joined text, read backwards
    pieces = [EXCERPT[::-1][i : i + 30] for i in range(0, len(EXCERPT), 30)]
    found = await store.find([TextSlot(f"messages[0].content[{i}].text", p) for i, p in enumerate(pieces)], KEY)
    assert found and {f.detail.split(":")[0] for f in found if f.detail} == {info.id}
    queries = store.queries
    assert await store.find(_slots(unrelated_prompt()[::-1]), KEY) == [] and store.queries == queries
