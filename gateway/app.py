"""create_app(config): the FastAPI service. All state is built in the lifespan and kept on app.state.

Nothing happens at import time. litellm is imported only if a configured provider needs it, and then in
the background, so a gateway with OpenAI-compatible providers starts in well under a second.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import orjson
from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.telemetry import TelemetryConfig
from redis.asyncio import Redis
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detectors import Engine, EngineSettings
from gateway import console
from gateway.api import admin, openai, ops
from gateway.api.deps import declared_names, request_id
from gateway.api.inputs import AdminInputGuard
from gateway.audit import DEFAULT_VOCABULARY, AuditLog, new_request_id
from gateway.auth import KeyStore
from gateway.blocklist import BlockList
from gateway.changes import ChangeFeed
from gateway.config import Config
from gateway.documents import DocumentStore
from gateway.errors import GatewayError, NotFound, invalid_request
from gateway.limits import RateLimiter
from gateway.metrics import Metrics
from gateway.pipeline import error_response
from gateway.policy_store import PolicyStore
from gateway.providers import ProviderAdapter, build_adapter
from gateway.routing import Router
from gateway.services import Services
from gateway.storage.db import create_engine, migrate, sqlite_sync_engine
from gateway.switches import ProviderSwitches
from gateway.term_lists import TermListStore

__all__ = [
    "RequestIdMiddleware",
    "build_services",
    "create_app",
]

log = logging.getLogger("dlpgate.app")
NO_TELEMETRY: TelemetryConfig = {
    "tracing": False,
    "metrics": False,
    "logs": False,
    "operation_spans": False,
    "auto_configure": False,
}
WARM_UP_TEXT = "김민수 과장 010-1234-5678, kim@example.org, 서울특별시 종로구 세종대로 209. Dear John Smith, 1.2.3.4"
REDIS_TIMEOUT_S = 0.5  # a slow Redis must not hold requests: limits fall back to per-replica counting


class RequestIdMiddleware:
    """Give every request an id first, and make sure every response carries it as x-request-id."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = new_request_id()
        scope.setdefault("state", {})["request_id"] = rid

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(k.lower() == b"x-request-id" for k, _ in headers):
                    headers.append((b"x-request-id", rid.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_id)


def build_services(config: Config) -> Services:
    db = create_engine(config.storage.database_url)
    blocklist = BlockList(config.blocked)
    router = Router(config, blocklist)
    configured_key = config.audit.hmac_key.get_secret_value().encode() if config.audit.hmac_key else None
    adapters: dict[str, ProviderAdapter] = {}
    for pid, entry in router.entries.items():
        if entry.blocked_rule is None:
            adapters[pid] = build_adapter(entry)
    engine = Engine(EngineSettings(spacy_models=tuple(config.detection.spacy_models)))
    redis = (
        Redis.from_url(config.storage.redis_url, socket_timeout=REDIS_TIMEOUT_S, socket_connect_timeout=REDIS_TIMEOUT_S)
        if config.storage.redis_url
        else None
    )
    changes = ChangeFeed(
        config.storage.redis_url,
        redis,
        poll_down_s=config.storage.change_poll_s,
        poll_live_s=config.storage.change_safety_poll_s,
    )
    return Services(
        config=config,
        db=db,
        blocklist=blocklist,
        router=router,
        engine=engine,
        keys=KeyStore(db, changes),
        audit=AuditLog(
            db,
            configured_key=configured_key or None,
            sync_engine=sqlite_sync_engine(config.storage.database_url),
        ),
        adapters=adapters,
        metrics=Metrics(),
        switches=ProviderSwitches(db, router, changes),
        vocabulary=DEFAULT_VOCABULARY,
        policies=PolicyStore(config.policy, config.source if Path(config.source).is_file() else None, changes),
        redis=redis,
        limiter=RateLimiter(config.limits, redis),
        documents=DocumentStore(db, redis),
        terms=TermListStore(db, config.detection.term_lists, changes),
        changes=changes,
    )


def create_app(config: Config, *, freeze_after_start: bool = False) -> FastAPI:
    """`freeze_after_start` (set by `dlpgate serve`, one process per app): once started and warmed, move every
    object start-up built into the collector's permanent generation. Without it, a full collection walks all of
    them about once a second under load and stalls the event loop for ~0.1 s (docs/benchmarks.md). Tests,
    which build many apps in one process, leave it off."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        svc = build_services(config)
        if config.storage.migrate_on_start:
            await migrate(svc.db)
        await svc.audit.start()
        await svc.switches.refresh()
        await svc.terms.refresh()  # stored term lists apply from the first request
        await svc.documents.start(svc.audit.hmac_key)
        await svc.changes.start()
        for pid in svc.router.entries:
            svc.metrics.providers_enabled.labels(pid).set(1 if svc.router.is_enabled(pid) else 0)
        app.state.services = svc
        if freeze_after_start:
            svc.engine.scan(WARM_UP_TEXT)  # first-use structures of the detectors are built now, not frozen later
            gc.collect()
            gc.freeze()
        log.info(
            "gateway ready",
            extra={"providers": sum(svc.router.is_enabled(p) for p in svc.router.entries), "config": config.source},
        )
        try:
            yield
        finally:
            await svc.changes.stop()
            await svc.documents.stop()
            await svc.audit.stop()
            for adapter in svc.adapters.values():
                await adapter.aclose()
            await svc.db.dispose()
            if svc.redis is not None:
                await svc.redis.aclose()
            log.info("gateway stopped")

    app = FastAPI(
        title="dlpgate",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        # FastAPI's built-in OpenTelemetry is off whatever the environment says: FASTAPI_OTEL_AUTO_CONFIGURE=true
        # would add OTLP exporters (a connection to somewhere not configured here), and its logs carry
        # exception messages, which must never leave with prompt text in them.
        telemetry=NO_TELEMETRY,
    )
    app.add_middleware(AdminInputGuard)  # inside RequestIdMiddleware, so its refusals carry the request id too
    app.add_middleware(RequestIdMiddleware)
    app.include_router(openai.router)
    app.include_router(admin.router)
    app.include_router(ops.router)
    app.include_router(console.router)

    @app.exception_handler(GatewayError)
    async def _gateway_error(request: Request, exc: GatewayError) -> Response:
        return error_response(exc, request_id(request))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        names = declared_names(request.scope.get("route"))

        def shown(key: str) -> str:  # a declared name, never a client's own key or value
            return key if key in names else "<key>"

        return error_response(invalid_request(exc.errors(), shown_key=shown), request_id(request))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return error_response(NotFound("No such route."), request_id(request))
        body = {"error": {"message": str(exc.detail), "type": "invalid_request_error", "code": None, "param": None}}
        return Response(
            orjson.dumps(body),
            status_code=exc.status_code,
            media_type="application/json",
            headers={"x-request-id": request_id(request)},
        )

    return app
