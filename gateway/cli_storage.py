"""The storage a CLI command works against: the configured database, migrated when the config says so, and an
audit log for its admin events. One place, so every command opens and closes storage the same way."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit import AuditLog
from gateway.config import Config
from gateway.storage.db import create_engine, migrate

__all__ = ["CLI_ACTOR", "CliStorage", "cli_storage"]

CLI_ACTOR = "cli"  # the actor of admin events a CLI command records


@dataclass(frozen=True, slots=True)
class CliStorage:
    engine: AsyncEngine
    audit: AuditLog


@asynccontextmanager
async def cli_storage(config: Config) -> AsyncIterator[CliStorage]:
    """The engine (migrated first when `storage.migrate_on_start`) and an audit log that uses the configured
    HMAC key, as the gateway's own does; the engine is disposed of on the way out, whatever happens."""
    engine = create_engine(config.storage.database_url)
    try:
        if config.storage.migrate_on_start:
            await migrate(engine)
        configured = config.audit.hmac_key.get_secret_value().encode() if config.audit.hmac_key else None
        yield CliStorage(engine, AuditLog(engine, configured_key=configured or None))
    finally:
        await engine.dispose()
