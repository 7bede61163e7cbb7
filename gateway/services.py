"""Everything a request needs, built once per app in the lifespan and passed explicitly (no globals)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from detectors import Engine
from gateway.audit import AuditLog
from gateway.auth import KeyStore
from gateway.blocklist import BlockList
from gateway.changes import ChangeFeed
from gateway.config import Config
from gateway.documents import DocumentStore
from gateway.limits import RateLimiter
from gateway.metrics import Metrics
from gateway.policy_store import PolicyStore
from gateway.providers import ProviderAdapter
from gateway.routing import Router
from gateway.scan_cache import SlotScanner
from gateway.switches import ProviderSwitches
from gateway.term_lists import TermListStore

__all__ = ["Services"]


@dataclass(slots=True)
class Services:
    config: Config
    db: AsyncEngine
    blocklist: BlockList
    router: Router
    engine: Engine
    keys: KeyStore
    audit: AuditLog
    adapters: dict[str, ProviderAdapter]
    metrics: Metrics
    switches: ProviderSwitches
    vocabulary: frozenset[str]
    policies: PolicyStore
    redis: Redis | None
    limiter: RateLimiter
    terms: TermListStore
    documents: DocumentStore
    changes: ChangeFeed
    scanner: SlotScanner = field(init=False)  # the engine, each distinct text of a request scanned once
    scan_slots: asyncio.Semaphore = field(init=False)  # large scans in worker threads at once (server.scan_concurrency)

    def __post_init__(self) -> None:
        self.scanner = SlotScanner(self.engine)
        self.scan_slots = asyncio.Semaphore(self.config.server.scan_concurrency)
