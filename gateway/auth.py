"""API keys: creation, revocation, and `Authorization: Bearer KEY` -> Principal.

Only a SHA-256 of each key is stored: keys are 256-bit random tokens, so an unkeyed hash cannot be
reversed by enumeration (unlike PII, which gets a keyed HMAC in the audit). A verified key is cached
for KEY_CACHE_SECONDS so the hot path does not query the database on every request; unknown keys are
never cached, so a key created by `dlpgate keys create` works at once on a running gateway. A revocation
is announced on the change feed (gateway/changes.py), which empties every replica's cache at once; without
Redis it takes effect within KEY_CACHE_SECONDS everywhere.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.changes import ChangeFeed
from gateway.errors import NotFound, ServiceUnavailable, Unauthorized
from gateway.storage.tables import api_keys
from gateway.types import Principal, Role
from gateway.unsafe_chars import UNSAFE_MESSAGE, has_unsafe_char

__all__ = ["KEY_PREFIX", "TOPIC", "KeyInfo", "KeyStore", "hash_key", "parse_bearer"]

KEY_PREFIX = "dlp_"
KEY_CACHE_SECONDS = 0.5
TOPIC = "keys"
MAX_AUTH_HEADER = 512
MAX_NAME_CHARS = 200


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def parse_bearer(header: str | None) -> str:
    if not header:
        raise Unauthorized("Missing API key. Send `Authorization: Bearer <your dlpgate key>`.")
    if len(header) > MAX_AUTH_HEADER:
        raise Unauthorized("The Authorization header is too long.")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Use `Authorization: Bearer <your dlpgate key>`.")
    return token.strip()


@dataclass(frozen=True, slots=True)
class KeyInfo:
    id: str
    prefix: str
    user: str
    role: Role
    department: str | None
    created_at: datetime
    created_by: str
    revoked_at: datetime | None


def _clean_name(value: str, what: str) -> str:
    """A user or department name as given (stripped), or ValueError naming `what` and the problem. The characters
    refused are those the admin API refuses (gateway/unsafe_chars.py), so a name the CLI stores is one the console
    shows as written and PostgreSQL can hold."""
    value = value.strip()
    if not value or len(value) > MAX_NAME_CHARS:
        raise ValueError(f"{what} must be 1 to {MAX_NAME_CHARS} characters")
    if has_unsafe_char(value):
        raise ValueError(f"{what} {UNSAFE_MESSAGE}")
    return value


class KeyStore:
    """`changes` is the running gateway's feed; the CLI, which has none, announces revocations itself."""

    def __init__(self, engine: AsyncEngine, changes: ChangeFeed | None = None) -> None:
        self._engine = engine
        self._cache: dict[str, tuple[float, Principal]] = {}
        self._inflight: dict[str, asyncio.Future[Principal]] = {}
        self._generation = 0  # bumped by every revocation: a lookup that spans one is not cached
        self._changes = changes
        if changes is not None:
            changes.register(TOPIC, self.invalidate)

    async def invalidate(self) -> None:
        self._generation += 1
        self._inflight.clear()  # a lookup that began before the revocation may not serve anyone after it
        self._cache.clear()

    async def create(self, *, user: str, role: Role, department: str | None, created_by: str) -> tuple[str, KeyInfo]:
        user = _clean_name(user, "user")
        department = _clean_name(department, "department") if department else None
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        info = KeyInfo(
            id=secrets.token_hex(8),
            prefix=key[:10],
            user=user,
            role=role,
            department=department,
            created_at=datetime.now(UTC),
            created_by=created_by,
            revoked_at=None,
        )
        async with self._engine.begin() as conn:
            await conn.execute(
                api_keys.insert().values(
                    id=info.id,
                    key_hash=hash_key(key),
                    prefix=info.prefix,
                    user_name=user,
                    role=role.value,
                    department=department,
                    created_at=info.created_at,
                    created_by=created_by,
                    revoked_at=None,
                )
            )
        return key, info

    async def list(self, *, include_revoked: bool = True) -> list[KeyInfo]:
        q = sa.select(api_keys).order_by(api_keys.c.created_at)
        if not include_revoked:
            q = q.where(api_keys.c.revoked_at.is_(None))
        async with self._engine.connect() as conn:
            rows = (await conn.execute(q)).mappings().all()
        return [
            KeyInfo(
                r["id"],
                r["prefix"],
                r["user_name"],
                Role(r["role"]),
                r["department"],
                r["created_at"],
                r["created_by"],
                r["revoked_at"],
            )
            for r in rows
        ]

    async def revoke(self, key_id: str) -> KeyInfo:
        async with self._engine.begin() as conn:
            res = await conn.execute(
                api_keys.update()
                .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=datetime.now(UTC))
            )
            if res.rowcount == 0:
                raise NotFound("No active key has that id.")
        await self.invalidate()
        if self._changes is not None:
            await self._changes.publish(TOPIC)
        return next(k for k in await self.list() if k.id == key_id)

    async def authenticate(self, header: str | None) -> Principal:
        token = parse_bearer(header)
        digest = hash_key(token)
        hit = self._cache.get(digest)
        if hit is not None and hit[0] > time.monotonic():
            return hit[1]
        # One lookup per key at a time: when a busy key's cache entry expires, every request in flight for it
        # would otherwise query at once (a herd that stalled c=32 load for tens of ms twice a second).
        lookup = self._inflight.get(digest)
        if lookup is None:
            lookup = asyncio.ensure_future(self._lookup(digest))
            self._inflight[digest] = lookup
            lookup.add_done_callback(
                lambda done: self._inflight.pop(digest, None) if self._inflight.get(digest) is done else None
            )
        # shielded: a client that leaves does not cancel the lookup the others wait for
        return await asyncio.shield(lookup)

    async def _lookup(self, digest: str) -> Principal:
        generation = self._generation
        try:
            async with self._engine.connect() as conn:
                row = (
                    await conn.execute(
                        sa.select(
                            api_keys.c.id,
                            api_keys.c.key_hash,
                            api_keys.c.user_name,
                            api_keys.c.role,
                            api_keys.c.department,
                            api_keys.c.revoked_at,
                        ).where(api_keys.c.key_hash == digest)
                    )
                ).first()
        except (SQLAlchemyError, OSError) as exc:
            raise ServiceUnavailable("Key storage is unreachable; nothing was forwarded. Try again shortly.") from exc
        if row is None or row.revoked_at is not None or not hmac.compare_digest(row.key_hash, digest):
            self._cache.pop(digest, None)
            raise Unauthorized("Invalid or revoked API key.")
        principal = Principal(key_id=row.id, user=row.user_name, role=Role(row.role), department=row.department)
        if generation == self._generation:  # no revocation since the query began: its answer may be cached
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[digest] = (time.monotonic() + KEY_CACHE_SECONDS, principal)
        return principal
