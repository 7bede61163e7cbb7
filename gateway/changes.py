"""Change propagation between replicas: Redis pub/sub with version numbers, polling as the fallback.

A replica that has committed a change (a provider switch, a key revocation, a policy reload) calls
`publish(topic)`: it increments `dlpgate:version:{topic}` in Redis, then publishes the topic and the new version
on CHANNEL (two round trips: the message carries INCR's answer). Every replica listens on CHANNEL and runs the
topic's handler at once.

Each topic may also have a poll, a cheap check of its source of truth (the database's version column, the
policy file's mtime). While the subscription is live the poll runs every `poll_live_s` as a safety net; while
Redis is down or not configured it runs every `poll_down_s`, so a change still reaches every replica within a
second. When the subscription comes back, the replica compares versions and runs the handler of every topic
that moved while it was away: it catches up. A publish that fails is retried until Redis answers again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import orjson
from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError

from gateway.errors import GatewayError
from gateway.tasks import cancel_and_wait

__all__ = ["CHANNEL", "ChangeFeed", "announce"]

log = logging.getLogger("dlpgate.changes")
CHANNEL = "dlpgate:changes"
VERSION_KEY = "dlpgate:version:{}"
CONNECT_TIMEOUT_S = 0.5
HEALTH_CHECK_S = 1  # a silently dead subscription is noticed within about this long
MAX_BACKOFF_S = 2.0

Handler = Callable[[], Awaitable[None]]
HANDLER_ERRORS = (GatewayError, SQLAlchemyError, RedisError, OSError)


@dataclass(slots=True)
class _Topic:
    on_change: Handler
    poll: Handler | None
    poll_live_s: float
    poll_down_s: float
    version: int = 0
    polled_at: float = 0.0


async def _publish(client: Redis, topic: str, origin: str) -> int:
    version = int(await client.incr(VERSION_KEY.format(topic)))
    await client.publish(CHANNEL, orjson.dumps({"topic": topic, "version": version, "origin": origin}))
    return version


async def announce(redis_url: str | None, topic: str) -> bool:
    """Publish one change from outside a running gateway (the CLI); False when Redis did not take it, in which
    case the replicas' own polls or caches carry the change."""
    if not redis_url:
        return False
    client = Redis.from_url(redis_url, socket_timeout=CONNECT_TIMEOUT_S, socket_connect_timeout=CONNECT_TIMEOUT_S)
    try:
        await _publish(client, topic, "cli")
    except (RedisError, OSError) as exc:
        log.warning("change not announced", extra={"topic": topic, "error": type(exc).__name__})
        return False
    finally:
        await client.aclose()
    return True


class ChangeFeed:
    """One per replica. `register` every topic before `start`."""

    def __init__(
        self, redis_url: str | None, publisher: Redis | None, *, poll_down_s: float = 0.25, poll_live_s: float = 5.0
    ) -> None:
        self._url = redis_url
        self._publisher = publisher
        self._poll_down_s = poll_down_s
        self._poll_live_s = poll_live_s
        self.origin = secrets.token_hex(6)
        self.live = False
        self._topics: dict[str, _Topic] = {}
        self._unsent: set[str] = set()
        self._tasks: list[asyncio.Task[None]] = []
        self._wake = asyncio.Event()
        self._stopping = False

    def register(
        self, topic: str, on_change: Handler, *, poll: Handler | None = None, every_s: float | None = None
    ) -> None:
        """`on_change` runs when another replica announces `topic`. `poll`, if given, runs every `every_s`
        seconds; without `every_s`, at the feed's pace: fast while the subscription is down, slow while it is
        live."""
        live, down = (every_s, every_s) if every_s else (self._poll_live_s, self._poll_down_s)
        self._topics[topic] = _Topic(on_change, poll, live, down)

    async def start(self) -> None:
        self._stopping = False
        self._tasks.append(asyncio.create_task(self._poll_loop(), name="dlpgate-change-poll"))
        if self._url:
            self._tasks.append(asyncio.create_task(self._listen(), name="dlpgate-change-listen"))

    async def stop(self) -> None:
        self._stopping = True  # a cancellation the Redis client turns into a ConnectionError must not be retried
        await cancel_and_wait(self._tasks)
        self._tasks.clear()

    async def publish(self, topic: str) -> None:
        """Announce a committed change. Never raises: a change that Redis did not take is retried by the poll
        loop until it does, and the other replicas' polls carry it meanwhile."""
        if self._publisher is None:
            return
        try:
            version = await _publish(self._publisher, topic, self.origin)
        except (RedisError, OSError) as exc:
            log.warning("change not announced yet; retrying", extra={"topic": topic, "error": type(exc).__name__})
            self._unsent.add(topic)
            return
        self._unsent.discard(topic)
        if topic in self._topics:
            # INCR's answer is the newest version; after a Redis restart it may be lower than the last one seen.
            self._topics[topic].version = version

    # ---- listening ------------------------------------------------------------------------------------------

    async def _listen(self) -> None:
        if self._url is None:
            return
        backoff = 0.1
        while True:
            client = Redis.from_url(
                self._url, socket_connect_timeout=CONNECT_TIMEOUT_S, health_check_interval=HEALTH_CHECK_S
            )
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                # Subscribe first, then compare versions: nothing published in between is missed.
                await pubsub.subscribe(CHANNEL)
                await self._catch_up(client)
                self._set_live(True)
                backoff = 0.1
                while True:
                    message = await pubsub.get_message(timeout=HEALTH_CHECK_S)
                    if message is not None and message.get("type") == "message":
                        await self._dispatch(message["data"])
            except (RedisError, OSError) as exc:
                if self._stopping:
                    return  # the gateway is stopping: this error is the cancellation in the client's words
                if self.live:
                    log.warning("change feed lost; polling the database", extra={"error": type(exc).__name__})
                self._set_live(False)
            finally:
                with contextlib.suppress(RedisError, OSError):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
                with contextlib.suppress(RedisError, OSError):
                    await client.aclose()
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF_S)

    def _set_live(self, live: bool) -> None:
        if live and not self.live:
            log.info("change feed live")
        self.live = live
        self._wake.set()

    async def _catch_up(self, client: Redis) -> None:
        names = list(self._topics)
        if not names:
            return
        versions = await client.mget([VERSION_KEY.format(n) for n in names])
        for name, raw in zip(names, versions, strict=True):
            version = int(raw or 0)
            topic = self._topics[name]
            if version != topic.version:
                topic.version = version
                await self._apply(name, topic)

    async def _dispatch(self, data: bytes) -> None:
        try:
            message = orjson.loads(data)
            name, version, origin = str(message["topic"]), int(message["version"]), str(message["origin"])
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            log.warning("malformed change message ignored")
            return
        topic = self._topics.get(name)
        if topic is None or version <= topic.version:
            return
        topic.version = version
        if origin != self.origin:  # the publishing replica applied its own change already
            await self._apply(name, topic)

    # ---- polling --------------------------------------------------------------------------------------------

    async def _poll_loop(self) -> None:
        while True:
            now = time.monotonic()
            wait = self._poll_down_s
            for name, topic in self._topics.items():
                interval = topic.poll_live_s if self.live else topic.poll_down_s
                if topic.poll is None:
                    continue
                due = topic.polled_at + interval
                if due <= now:
                    topic.polled_at = now
                    await self._run(name, topic.poll)
                    due = now + interval
                wait = min(wait, max(0.0, due - now))
            for name in list(self._unsent):
                await self.publish(name)
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait)

    async def _run(self, name: str, handler: Handler) -> bool:
        try:
            await handler()
        except HANDLER_ERRORS as exc:
            # The source of truth is unreachable for now: the last known state stays in force.
            log.warning("change handler failed", extra={"topic": name, "error": type(exc).__name__})
            return False
        return True

    async def _apply(self, name: str, topic: _Topic) -> None:
        if not await self._run(name, topic.on_change):
            topic.polled_at = 0.0  # the topic's poll, if it has one, retries on the next tick
