"""Rate limits and token quotas per key and per department, shared by every replica through Redis.

Fixed windows: requests per minute and tokens per day, counted under `dlpgate:rl:*` keys that expire with
their window. Requests are counted before forwarding (429 with Retry-After when over); tokens are added
when the reply ends, as its usage names them or, where it names none, as estimated (gateway/stream_usage.py), and a
key or department already over its daily quota is refused.

Without Redis, or while Redis is unreachable, each replica counts in its own memory: limits still hold
per replica and the gateway keeps serving (a limiter outage must not stop DLP-checked traffic, and it
cannot let anything unscanned through). The switch back to Redis is automatic.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from redis.asyncio import Redis
from redis.exceptions import RedisError

from gateway.config import LimitSettings
from gateway.errors import GatewayError
from gateway.types import Principal

__all__ = ["RateLimited", "RateLimiter"]

log = logging.getLogger("dlpgate.limits")
MINUTE = 60
DAY = 86_400
REDIS_RETRY_S = 2.0


class RateLimited(GatewayError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"


@dataclass(slots=True)
class _Local:
    counts: dict[str, int] = field(default_factory=dict)

    def incr(self, key: str, amount: int) -> int:
        if len(self.counts) > 100_000:
            self.counts.clear()
        self.counts[key] = self.counts.get(key, 0) + amount
        return self.counts[key]

    def get(self, key: str) -> int:
        return self.counts.get(key, 0)


class RateLimiter:
    def __init__(self, settings: LimitSettings, redis: Redis | None) -> None:
        self._settings = settings
        self._redis = redis
        self._local = _Local()
        self._redis_down_until = 0.0

    @property
    def active(self) -> bool:
        s = self._settings
        return any(
            v is not None
            for v in (
                s.key_requests_per_minute,
                s.department_requests_per_minute,
                s.key_tokens_per_day,
                s.department_tokens_per_day,
            )
        )

    @property
    def counts_tokens(self) -> bool:
        """Whether a daily token quota is set, for the key or the department."""
        return self._settings.key_tokens_per_day is not None or self._settings.department_tokens_per_day is not None

    def _use_redis(self) -> bool:
        return self._redis is not None and time.monotonic() >= self._redis_down_until

    def _redis_failed(self, exc: Exception) -> None:
        if time.monotonic() >= self._redis_down_until:
            log.warning("redis unreachable; counting limits per replica", extra={"error": type(exc).__name__})
        self._redis_down_until = time.monotonic() + REDIS_RETRY_S

    async def _incr(self, key: str, amount: int, ttl: int) -> int:
        return (await self._exchange([], [(key, amount, ttl)]))[1][0]

    async def _exchange(self, gets: list[str], incrs: list[tuple[str, int, int]]) -> tuple[list[int], list[int]]:
        """Read `gets` and add to `incrs` (key, amount, ttl) in one round trip to Redis, or in this replica's
        memory while Redis is unreachable; return (read values, new values)."""
        redis = self._redis if self._use_redis() else None
        if redis is not None:
            try:
                async with redis.pipeline(transaction=True) as pipe:
                    for key in gets:
                        pipe.get(key)
                    for key, amount, ttl in incrs:
                        pipe.incrby(key, amount)
                        pipe.expire(key, ttl, nx=True)
                    values = await pipe.execute()
                read = [int(v or 0) for v in values[: len(gets)]]
                return read, [int(v) for v in values[len(gets) :: 2]]
            except (RedisError, OSError) as exc:
                self._redis_failed(exc)
        return [self._local.get(k) for k in gets], [self._local.incr(k, a) for k, a, _ in incrs]

    @staticmethod
    def _subjects(principal: Principal) -> list[tuple[str, str]]:
        subjects = [("key", principal.key_id)]
        if principal.department:
            subjects.append(("dept", principal.department))
        return subjects

    async def check(self, principal: Principal) -> None:
        """Count this request; raise RateLimited when a minute's requests or a day's tokens are used up.
        Every counter of the key and its department is read or counted in one round trip."""
        if not self.active:
            return
        now = time.time()
        minute, day = int(now // MINUTE), int(now // DAY)
        s = self._settings
        tokens: list[tuple[str, int]] = []  # (kind, limit), in the order of `gets`
        requests: list[tuple[str, int]] = []  # (kind, limit), in the order of `incrs`
        gets: list[str] = []
        incrs: list[tuple[str, int, int]] = []
        for kind, ident in self._subjects(principal):
            token_limit = s.key_tokens_per_day if kind == "key" else s.department_tokens_per_day
            if token_limit is not None:
                tokens.append((kind, token_limit))
                gets.append(f"dlpgate:rl:tok:{kind}:{ident}:{day}")
            req_limit = s.key_requests_per_minute if kind == "key" else s.department_requests_per_minute
            if req_limit is not None:
                requests.append((kind, req_limit))
                incrs.append((f"dlpgate:rl:req:{kind}:{ident}:{minute}", 1, MINUTE * 2))
        used, counts = await self._exchange(gets, incrs)
        for (kind, limit), value in zip(tokens, used, strict=True):
            if value >= limit:
                retry = int((day + 1) * DAY - now) + 1
                who = "your key" if kind == "key" else "your department"
                raise RateLimited(
                    f"The daily token quota for {who} is used up; it resets in {retry} s.",
                    headers={"retry-after": str(retry)},
                )
        for (kind, limit), count in zip(requests, counts, strict=True):
            if count > limit:
                retry = int((minute + 1) * MINUTE - now) + 1
                who = "your key" if kind == "key" else "your department"
                raise RateLimited(
                    f"Too many requests for {who} ({limit} a minute); retry in {retry} s.",
                    headers={"retry-after": str(retry)},
                )

    async def add_tokens(self, principal: Principal, tokens: int) -> None:
        if tokens <= 0 or not self.counts_tokens:
            return
        day = int(time.time() // DAY)
        for kind, ident in self._subjects(principal):
            await self._incr(f"dlpgate:rl:tok:{kind}:{ident}:{day}", tokens, DAY * 2)
