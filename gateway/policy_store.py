"""The live policy: reloaded without a restart when its file changes or an admin asks; a bad new policy is
refused with its error lines and the old one stays in force.

Only the `policy` section is reloaded; providers and storage need a restart. Effective policies per
(department, role, provider) are cached until the next reload. Each replica watches its own copy of the file
(every POLL_SECONDS); a reload an admin asks for on one replica is announced on the change feed
(gateway/changes.py), and every other replica then rereads its file at once.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime

from gateway.changes import ChangeFeed
from gateway.config import ConfigError, PolicySettings, load_config
from gateway.policy import EffectivePolicy, effective_policy

__all__ = ["POLL_SECONDS", "TOPIC", "PolicyStore", "ReloadResult"]

log = logging.getLogger("dlpgate.policy")
TOPIC = "policy"
POLL_SECONDS = 1.0
MAX_CACHED = 4096


@dataclass(frozen=True, slots=True)
class ReloadResult:
    changed: bool
    revision: str
    errors: tuple[str, ...] = ()


@dataclass(slots=True)
class PolicyStore:
    current: PolicySettings
    path: str | None
    changes: ChangeFeed | None = None
    loaded_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    last_error: tuple[str, ...] = ()
    _mtime: float | None = None
    _cache: dict[tuple[str | None, str, str | None], EffectivePolicy] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._mtime = self._stat()
        if self.changes is not None and self.path is not None:
            self.changes.register(TOPIC, self._reread, poll=self._check_file, every_s=POLL_SECONDS)

    def _stat(self) -> float | None:
        if self.path is None:
            return None
        try:
            return os.stat(self.path).st_mtime_ns / 1e9
        except OSError:
            return None

    def effective(self, *, department: str | None, role: str, provider_id: str | None) -> EffectivePolicy:
        key = (department, role, provider_id)
        hit = self._cache.get(key)
        if hit is None:
            if len(self._cache) >= MAX_CACHED:
                self._cache.clear()
            hit = effective_policy(self.current, department=department, role=role, provider_id=provider_id)
            self._cache[key] = hit
        return hit

    def reload(self) -> ReloadResult:
        if self.path is None:
            return ReloadResult(False, self.current.digest, ("the configuration was not loaded from a file",))
        self._mtime = self._stat()
        try:
            policy = load_config(self.path).policy
        except ConfigError as exc:
            self.last_error = tuple(exc.lines)
            log.error("policy reload refused; the previous policy stays in force", extra={"config": self.path})
            return ReloadResult(False, self.current.digest, tuple(exc.lines))
        self.last_error = ()
        if policy == self.current:
            return ReloadResult(False, self.current.digest)
        self.current = policy
        self._cache = {}
        self.loaded_at = datetime.now(UTC)
        log.info("policy reloaded", extra={"version": policy.digest, "config": self.path})
        return ReloadResult(True, policy.digest)

    async def reload_and_announce(self) -> ReloadResult:
        """An admin's reload: unless the file was refused, every other replica rereads its own copy too (its
        watcher may not have seen the change yet, or its copy may have changed without a new mtime)."""
        result = self.reload()
        if not result.errors and self.changes is not None:
            await self.changes.publish(TOPIC)
        return result

    async def _reread(self) -> None:
        self.reload()

    async def _check_file(self) -> None:
        mtime = self._stat()
        if mtime is not None and mtime != self._mtime:
            self.reload()
