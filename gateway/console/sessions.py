"""Console sign-in: an auditor or admin key exchanged for a server-side session, and failed sign-ins counted.

Invariants: the browser holds only a random session id; the database holds its SHA-256, never the id or the
key. A session is valid while it is younger than `console.session_ttl_s`, used within `console.idle_timeout_s`,
and its key is not revoked (checked on every request, so revoking a key signs its sessions out on every
replica). Failed sign-ins are stored per client address, never with what was typed, so every replica enforces
the same limit (`console.max_failed_signins` within `console.signin_window_s`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.config import ConsoleSettings
from gateway.errors import ServiceUnavailable
from gateway.storage.tables import api_keys, console_sessions, console_signin_failures
from gateway.types import Principal, Role

__all__ = [
    "CONSOLE_ROLES",
    "ConsoleSession",
    "SessionStore",
    "csrf_matches",
]

CONSOLE_ROLES = frozenset({Role.AUDITOR, Role.ADMIN})
LAST_SEEN_GRANULARITY = timedelta(minutes=1)  # at most one write per session a minute (less with a short idle)
MAX_SESSION_ID_CHARS = 128


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8", "surrogatepass")).hexdigest()


def csrf_matches(expected: str, submitted: str | None) -> bool:
    return bool(submitted) and hmac.compare_digest(expected.encode(), (submitted or "").encode())


@dataclass(frozen=True, slots=True)
class ConsoleSession:
    principal: Principal
    csrf: str
    expires_at: datetime


def _aware(value: datetime) -> datetime:
    """SQLite returns naive datetimes for timezone=True columns; everything here is stored in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class SessionStore:
    def __init__(self, engine: AsyncEngine, settings: ConsoleSettings) -> None:
        self._engine = engine
        self.ttl = timedelta(seconds=settings.session_ttl_s)
        self.idle = timedelta(seconds=settings.idle_timeout_s)
        self.window = timedelta(seconds=settings.signin_window_s)
        self.max_failures = settings.max_failed_signins
        # last_seen is written at most this often; a quarter of the idle timeout keeps an active session alive.
        self._touch_every = min(LAST_SEEN_GRANULARITY, self.idle / 4)

    async def create(self, principal: Principal) -> tuple[str, ConsoleSession]:
        """A new session for a principal whose key was just verified; returns the id for the cookie."""
        session_id = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        expires = now + self.ttl
        try:
            async with self._engine.begin() as conn:
                # Housekeeping on sign-in, bounded by the index on expires_at: drop sessions that ran out.
                await conn.execute(console_sessions.delete().where(console_sessions.c.expires_at < now))
                await conn.execute(
                    console_sessions.insert().values(
                        id_hash=_hash(session_id),
                        key_id=principal.key_id,
                        role=principal.role.value,
                        csrf=csrf,
                        created_at=now,
                        last_seen=now,
                        expires_at=expires,
                    )
                )
        except (SQLAlchemyError, OSError) as exc:
            raise ServiceUnavailable("Session storage is unreachable; try again shortly.") from exc
        return session_id, ConsoleSession(principal, csrf, expires)

    async def get(self, session_id: str | None) -> ConsoleSession | None:
        """The live session for a cookie value, or None (unknown, expired, idle too long, or key revoked)."""
        if not session_id or len(session_id) > MAX_SESSION_ID_CHARS:
            return None
        digest = _hash(session_id)
        now = datetime.now(UTC)
        q = (
            sa.select(
                console_sessions.c.csrf,
                console_sessions.c.last_seen,
                console_sessions.c.expires_at,
                api_keys.c.id,
                api_keys.c.user_name,
                api_keys.c.role,
                api_keys.c.department,
                api_keys.c.revoked_at,
            )
            .select_from(console_sessions.join(api_keys, api_keys.c.id == console_sessions.c.key_id))
            .where(console_sessions.c.id_hash == digest)
        )
        try:
            async with self._engine.begin() as conn:
                row = (await conn.execute(q)).first()
                if row is None:
                    return None
                last_seen = _aware(row.last_seen)
                role = Role(row.role)
                if (
                    _aware(row.expires_at) <= now
                    or now - last_seen > self.idle
                    or row.revoked_at is not None
                    or role not in CONSOLE_ROLES
                ):
                    await conn.execute(console_sessions.delete().where(console_sessions.c.id_hash == digest))
                    return None
                if now - last_seen > self._touch_every:
                    await conn.execute(
                        console_sessions.update().where(console_sessions.c.id_hash == digest).values(last_seen=now)
                    )
        except (SQLAlchemyError, OSError) as exc:
            raise ServiceUnavailable("Session storage is unreachable; try again shortly.") from exc
        principal = Principal(key_id=row.id, user=row.user_name, role=role, department=row.department)
        return ConsoleSession(principal, row.csrf, _aware(row.expires_at))

    async def delete(self, session_id: str | None) -> None:
        if not session_id or len(session_id) > MAX_SESSION_ID_CHARS:
            return
        async with self._engine.begin() as conn:
            await conn.execute(console_sessions.delete().where(console_sessions.c.id_hash == _hash(session_id)))

    async def recent_failures(self, client_addr: str) -> int:
        since = datetime.now(UTC) - self.window
        try:
            async with self._engine.connect() as conn:
                count = (
                    await conn.execute(
                        sa.select(sa.func.count()).where(
                            console_signin_failures.c.client_addr == client_addr,
                            console_signin_failures.c.ts >= since,
                        )
                    )
                ).scalar()
        except (SQLAlchemyError, OSError) as exc:
            raise ServiceUnavailable("Session storage is unreachable; try again shortly.") from exc
        return int(count or 0)

    async def record_failure(self, client_addr: str) -> None:
        now = datetime.now(UTC)
        try:
            async with self._engine.begin() as conn:
                # Old rows are of no further use: drop them for this address as the new one goes in.
                await conn.execute(
                    console_signin_failures.delete().where(
                        console_signin_failures.c.client_addr == client_addr,
                        console_signin_failures.c.ts < now - self.window,
                    )
                )
                await conn.execute(console_signin_failures.insert().values(client_addr=client_addr, ts=now))
        except (SQLAlchemyError, OSError) as exc:
            raise ServiceUnavailable("Session storage is unreachable; try again shortly.") from exc
