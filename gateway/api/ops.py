"""Operations routes: liveness, readiness (storage reachable, audit writer running), Prometheus metrics."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from fastapi import APIRouter
from sqlalchemy.exc import SQLAlchemyError
from starlette.responses import JSONResponse, Response

from gateway.api.deps import ServicesDep

__all__ = ["router"]

router = APIRouter()
READY_TIMEOUT_S = 2.0


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(svc: ServicesDep) -> Response:
    try:
        async with asyncio.timeout(READY_TIMEOUT_S):
            async with svc.db.connect() as conn:
                await conn.execute(sa.text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError):
        return JSONResponse({"status": "unavailable", "storage": "unreachable"}, status_code=503)
    if not svc.audit.running:
        return JSONResponse({"status": "unavailable", "audit": "stopped"}, status_code=503)
    # Redis is not needed to serve: without it, changes arrive by polling and limits count per replica.
    return JSONResponse({"status": "ready", "changes": "live" if svc.changes.live else "polling"})


@router.get("/metrics")
async def metrics(svc: ServicesDep) -> Response:
    svc.metrics.audit_lost.set(svc.audit.lost_updates)
    svc.metrics.change_feed_live.set(1 if svc.changes.live else 0)
    return Response(svc.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")
