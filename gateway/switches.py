"""Provider switches set by admins: stored in the database, mirrored into the router on every replica.

A change is one transaction that writes the new state and its audit event together. The replica that made
it applies it at once and announces it on the change feed (gateway/changes.py); the others refresh when the
announcement arrives, or, while Redis is down or not configured, when their poll of a cheap `sum(version)`
sees it move (every storage.change_poll_s), so a switch holds everywhere within a second either way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.changes import ChangeFeed
from gateway.errors import Conflict, NotFound, ServiceUnavailable
from gateway.routing import Router, normalise_model_name
from gateway.storage.tables import admin_events, provider_state

__all__ = ["QUARANTINE_ACTOR", "TOPIC", "ProviderSwitches", "SwitchState"]

log = logging.getLogger("dlpgate.switches")
TOPIC = "providers"
QUARANTINE_ACTOR = "dlpgate:reply-model"  # the actor of a switch the gateway made itself (ProviderSwitches.quarantine)


@dataclass(frozen=True, slots=True)
class SwitchState:
    enabled: bool
    updated_at: datetime | None
    updated_by: str | None


class ProviderSwitches:
    def __init__(self, engine: AsyncEngine, router: Router, changes: ChangeFeed) -> None:
        self._engine = engine
        self._router = router
        self._changes = changes
        self._version = -1
        self.state: dict[str, SwitchState] = {
            pid: SwitchState(router.enabled[pid], None, None) for pid in router.entries
        }
        changes.register(TOPIC, self.refresh, poll=self.refresh)

    async def refresh(self) -> None:
        """Load the switches when their summed version moved; a failure keeps the last known state."""
        async with self._engine.connect() as conn:
            version = (
                await conn.execute(sa.select(sa.func.coalesce(sa.func.sum(provider_state.c.version), 0)))
            ).scalar()
            if version == self._version:
                return
            rows = (await conn.execute(sa.select(provider_state))).mappings().all()
        for r in rows:
            if r["provider_id"] in self._router.entries:
                self._apply(r["provider_id"], SwitchState(bool(r["enabled"]), r["updated_at"], r["updated_by"]))
        self._version = int(version or 0)

    def _apply(self, provider_id: str, state: SwitchState) -> None:
        self.state[provider_id] = state
        self._router.enabled[provider_id] = state.enabled

    def _check_unambiguous(self, provider_id: str) -> None:
        entry = self._router.entries[provider_id]
        mine = {normalise_model_name(m) for m in entry.settings.models}
        for other_id, other in self._router.entries.items():
            if other_id == provider_id or not self._router.is_enabled(other_id):
                continue
            shared = mine & {normalise_model_name(m) for m in other.settings.models}
            if shared:
                raise Conflict(
                    f"Provider {other_id!r} already serves {len(shared)} of this provider's models; switch it off "
                    "first, so that each model name resolves to exactly one provider."
                )

    async def quarantine(self, provider_id: str, *, request_id: str) -> None:
        """Switch off a provider that answered as a blocked model (red-team #8: a renamed DeepSeek deployment kept
        getting every later prompt). Stored and announced like an admin's switch, with the gateway as the actor;
        when the store fails the switch still holds on this replica, and the failure is logged."""
        if provider_id not in self._router.entries or not self._router.is_enabled(provider_id):
            return
        try:
            await self.set_enabled(provider_id, False, actor=QUARANTINE_ACTOR, request_id=request_id)
        except ServiceUnavailable:
            self._apply(provider_id, SwitchState(False, datetime.now(UTC), QUARANTINE_ACTOR))
            log.error(
                "provider switched off on this replica only: the switch could not be stored",
                extra={"provider": provider_id, "request_id": request_id},
            )
        log.warning(
            "provider answered as a blocked model and was switched off",
            extra={"provider": provider_id, "request_id": request_id},
        )

    async def set_enabled(self, provider_id: str, enabled: bool, *, actor: str, request_id: str) -> tuple[bool, bool]:
        """Switch a provider; return (before, after). The state row and the audit event commit together."""
        if provider_id not in self._router.entries:
            raise NotFound("No configured provider has that id.")
        entry = self._router.entries[provider_id]
        if enabled and entry.blocked_rule:
            raise Conflict(f"Provider {provider_id!r} is blocked by rule {entry.blocked_rule} and cannot be enabled.")
        if enabled and entry.unavailable_reason():
            raise Conflict(f"Provider {provider_id!r} cannot be enabled: {entry.unavailable_reason()}.")
        if enabled:
            self._check_unambiguous(provider_id)
        before = self.state[provider_id].enabled
        now = datetime.now(UTC)
        try:
            async with self._engine.begin() as conn:
                current = (
                    await conn.execute(
                        sa.select(provider_state.c.version).where(provider_state.c.provider_id == provider_id)
                    )
                ).scalar()
                if current is None:
                    await conn.execute(
                        provider_state.insert().values(
                            provider_id=provider_id, enabled=enabled, version=1, updated_at=now, updated_by=actor
                        )
                    )
                else:
                    await conn.execute(
                        provider_state.update()
                        .where(provider_state.c.provider_id == provider_id)
                        .values(enabled=enabled, version=current + 1, updated_at=now, updated_by=actor)
                    )
                await conn.execute(
                    admin_events.insert().values(
                        ts=now,
                        actor=actor,
                        action="provider.set_enabled",
                        target=provider_id,
                        before={"enabled": before},
                        after={"enabled": enabled},
                        request_id=request_id,
                    )
                )
        except (SQLAlchemyError, OSError) as exc:
            raise ServiceUnavailable("The change could not be stored or audited, so it was not made.") from exc
        self._apply(provider_id, SwitchState(enabled, now, actor))
        await self._changes.publish(TOPIC)
        log.info(
            "provider switched",
            extra={"provider": provider_id, "enabled": enabled, "actor": actor, "request_id": request_id},
        )
        return before, enabled
