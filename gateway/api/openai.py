"""OpenAI-compatible routes. Each reads the raw body (bounded) and hands it to the pipeline."""

from __future__ import annotations

import time

import orjson
from fastapi import APIRouter, Request
from starlette.requests import ClientDisconnect
from starlette.responses import Response

from gateway.api.deps import ServicesDep, client_addr, request_id
from gateway.errors import GatewayError, PayloadTooLarge
from gateway.pipeline import RequestContext, error_response, handle
from gateway.services import Services
from gateway.types import Endpoint

__all__ = ["read_body", "router"]

router = APIRouter(prefix="/v1")
JUSTIFICATION_HEADER = "x-dlp-justification"


async def read_body(request: Request, limit: int) -> bytes:
    """Read at most `limit` bytes; refuse early on a declared or actual larger body."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"The request body is larger than {limit} bytes.")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"The request body is larger than {limit} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


async def _dispatch(request: Request, svc: Services, endpoint: Endpoint) -> Response:
    ctx = RequestContext(
        request_id=request_id(request),
        started=time.perf_counter(),
        client_addr=client_addr(request, svc),
        authorization=request.headers.get("authorization"),
        header_names=tuple(request.headers.keys()),
        accept_language=request.headers.get("accept-language"),
        justification=request.headers.get(JUSTIFICATION_HEADER),
    )
    try:
        raw = await read_body(request, svc.config.server.max_body_bytes)
    except PayloadTooLarge as exc:
        return await handle(svc, ctx, endpoint, b"", early_error=exc)
    except ClientDisconnect:
        # Gone before its body arrived: nothing to scan, nothing to forward, nobody to answer.
        return Response(status_code=499)
    return await handle(svc, ctx, endpoint, raw)


@router.post("/chat/completions")
async def chat_completions(request: Request, svc: ServicesDep) -> Response:
    return await _dispatch(request, svc, Endpoint.CHAT)


@router.post("/completions")
async def completions(request: Request, svc: ServicesDep) -> Response:
    return await _dispatch(request, svc, Endpoint.COMPLETIONS)


@router.post("/embeddings")
async def embeddings(request: Request, svc: ServicesDep) -> Response:
    return await _dispatch(request, svc, Endpoint.EMBEDDINGS)


@router.post("/responses")
async def responses(request: Request, svc: ServicesDep) -> Response:
    return await _dispatch(request, svc, Endpoint.RESPONSES)


@router.get("/models")
async def models(request: Request, svc: ServicesDep) -> Response:
    rid = request_id(request)
    try:
        await svc.keys.authenticate(request.headers.get("authorization"))
    except GatewayError as exc:
        return error_response(exc, rid)
    data = [
        {"id": r.client_model, "object": "model", "created": 0, "owned_by": r.provider_id}
        for r in svc.router.available_models()
    ]
    return Response(
        orjson.dumps({"object": "list", "data": data}), media_type="application/json", headers={"x-request-id": rid}
    )
