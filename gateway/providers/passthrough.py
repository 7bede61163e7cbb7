"""Lean pass-through for upstreams that speak the OpenAI HTTP API (OpenAI, vLLM, Ollama, OpenRouter...).

No translation is needed, so no litellm in the hot path: one pooled httpx client per provider entry,
the validated body re-serialised, the provider's key from the config, bounded timeouts, and SSE bytes
passed on as they arrive. Client headers are never forwarded.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import orjson

from gateway.config import ProviderSettings
from gateway.errors import (
    GatewayError,
    UpstreamError,
    UpstreamRateLimited,
    UpstreamRejected,
    UpstreamTimeout,
)
from gateway.providers.base import UpstreamCall, UpstreamReply, UpstreamStream, Usage
from gateway.types import Endpoint

__all__ = ["PassthroughAdapter", "map_status"]

PATHS = {
    Endpoint.CHAT: "/chat/completions",
    Endpoint.COMPLETIONS: "/completions",
    Endpoint.EMBEDDINGS: "/embeddings",
    Endpoint.RESPONSES: "/responses",
}
MAX_REPLY_BYTES = 32 << 20
MAX_ERROR_MESSAGE = 300
MAX_CARRY_BYTES = 1 << 16
POOL_LIMITS = httpx.Limits(max_connections=256, max_keepalive_connections=64, keepalive_expiry=30)


def _upstream_message(content: bytes) -> str | None:
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError:
        return None
    err = data.get("error") if isinstance(data, dict) else None
    msg = err.get("message") if isinstance(err, dict) else None
    return msg[:MAX_ERROR_MESSAGE] if isinstance(msg, str) else None


def map_status(provider_id: str, status: int, content: bytes, retry_after: str | None) -> GatewayError:
    """A non-2xx upstream status -> the gateway error the client sees."""
    if status == 429:
        headers = {"retry-after": retry_after} if retry_after and retry_after.isdigit() else {}
        return UpstreamRateLimited(f"Provider {provider_id!r} is rate limiting requests; retry later.", headers=headers)
    if status in (401, 403):
        # The provider refused the gateway's own credentials: the client's key is fine, so not a 401.
        return UpstreamError(f"Provider {provider_id!r} refused the gateway's credentials; tell your administrator.")
    if status == 408 or status == 504:
        return UpstreamTimeout(f"Provider {provider_id!r} timed out.")
    if status >= 500:
        return UpstreamError(f"Provider {provider_id!r} failed (HTTP {status}). Try again later.")
    detail = _upstream_message(content)
    msg = f"Provider {provider_id!r} rejected the request" + (f": {detail}" if detail else f" (HTTP {status}).")
    return UpstreamRejected(msg, status=status if 400 <= status < 500 else 502)


class PassthroughAdapter:
    def __init__(self, settings: ProviderSettings, api_base: str) -> None:
        headers = {"content-type": "application/json", "accept": "application/json"}
        if settings.api_key is not None and settings.api_key.get_secret_value():
            headers["authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
        self._id = settings.id
        self._client = httpx.AsyncClient(
            base_url=api_base,
            headers=headers,
            timeout=httpx.Timeout(settings.timeout_s, connect=settings.connect_timeout_s),
            limits=POOL_LIMITS,
            follow_redirects=False,
            trust_env=False,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    def _request(self, call: UpstreamCall) -> httpx.Request:
        return self._client.build_request("POST", PATHS[call.endpoint], content=orjson.dumps(call.body))

    async def send(self, call: UpstreamCall) -> UpstreamReply:
        try:
            resp = await self._client.send(self._request(call))
        except httpx.TimeoutException as exc:
            raise UpstreamTimeout(f"Provider {self._id!r} did not answer in time.") from exc
        except httpx.HTTPError as exc:
            raise UpstreamError(f"Provider {self._id!r} could not be reached.") from exc
        if resp.status_code >= 300:
            raise map_status(self._id, resp.status_code, resp.content, resp.headers.get("retry-after"))
        if len(resp.content) > MAX_REPLY_BYTES:
            raise UpstreamError(f"Provider {self._id!r} sent a reply larger than the gateway accepts.")
        try:
            body = orjson.loads(resp.content)
        except orjson.JSONDecodeError as exc:
            raise UpstreamError(f"Provider {self._id!r} sent a malformed reply.") from exc
        if not isinstance(body, dict):
            raise UpstreamError(f"Provider {self._id!r} sent a malformed reply.")
        return UpstreamReply(resp.status_code, body)

    async def open_stream(self, call: UpstreamCall) -> UpstreamStream:
        try:
            resp = await self._client.send(self._request(call), stream=True)
        except httpx.TimeoutException as exc:
            raise UpstreamTimeout(f"Provider {self._id!r} did not answer in time.") from exc
        except httpx.HTTPError as exc:
            raise UpstreamError(f"Provider {self._id!r} could not be reached.") from exc
        if resp.status_code >= 300:
            try:
                content = await resp.aread()
            except httpx.HTTPError:
                content = b""
            finally:
                await resp.aclose()
            raise map_status(self._id, resp.status_code, content, resp.headers.get("retry-after"))
        usage = Usage()
        return UpstreamStream(resp.status_code, self._chunks(resp, usage), usage)

    async def _chunks(self, resp: httpx.Response, usage: Usage) -> AsyncIterator[bytes]:
        tail = b""
        try:
            async for chunk in resp.aiter_raw():
                yield chunk
                if b'"usage"' in chunk or tail:
                    tail = _scan_usage(tail + chunk, usage)
        except httpx.TimeoutException as exc:
            raise UpstreamTimeout(f"Provider {self._id!r} stopped sending.") from exc
        except httpx.HTTPError as exc:
            raise UpstreamError(f"Provider {self._id!r} broke off the stream.") from exc
        finally:
            await resp.aclose()


def _scan_usage(buf: bytes, usage: Usage) -> bytes:
    """Read token counts from complete `data:` lines; return an incomplete last line to carry over."""
    *lines, rest = buf.split(b"\n")
    for line in lines:
        if not line.startswith(b"data:") or b'"usage"' not in line:
            continue
        try:
            event = orjson.loads(line[5:])
        except orjson.JSONDecodeError:
            continue
        u = event.get("usage") if isinstance(event, dict) else None
        if u is None and isinstance(event, dict) and isinstance(event.get("response"), dict):
            u = event["response"].get("usage")
        if isinstance(u, dict):
            pt = u.get("prompt_tokens", u.get("input_tokens"))
            ct = u.get("completion_tokens", u.get("output_tokens"))
            usage.prompt_tokens = pt if isinstance(pt, int) else usage.prompt_tokens
            usage.completion_tokens = ct if isinstance(ct, int) else usage.completion_tokens
    return rest if len(rest) < MAX_CARRY_BYTES else b""
