"""Lean pass-through for upstreams that speak the OpenAI HTTP API (OpenAI, vLLM, Ollama, OpenRouter...).

No translation is needed, so no litellm in the hot path: one pooled aiohttp session per provider entry,
the validated body re-serialised, the provider's key from the config, bounded timeouts, and SSE bytes
passed on as they arrive. Client headers are never forwarded.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import aiohttp
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
from gateway.sse import LINE_END
from gateway.types import Endpoint

__all__ = ["PassthroughAdapter", "map_status"]

PATHS = {
    Endpoint.CHAT: "/chat/completions",
    Endpoint.COMPLETIONS: "/completions",
    Endpoint.EMBEDDINGS: "/embeddings",
    Endpoint.RESPONSES: "/responses",
}
MAX_REPLY_BYTES = 32 << 20
LARGE_BODY_BYTES = 512 << 10
MAX_ERROR_MESSAGE = 300
MAX_CARRY_BYTES = 1 << 16
MAX_CONNECTIONS = 256
KEEPALIVE_S = 30.0


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
    """aiohttp rather than httpx here: its C parser costs a fraction of the CPU per call (see docs/benchmarks.md)."""

    def __init__(self, settings: ProviderSettings, api_base: str) -> None:
        headers = {"content-type": "application/json", "accept": "application/json"}
        if settings.api_key is not None and settings.api_key.get_secret_value():
            headers["authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
        self._id = settings.id
        self._base = api_base
        self._headers = headers
        self._timeout = aiohttp.ClientTimeout(total=settings.timeout_s, connect=settings.connect_timeout_s)
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=MAX_CONNECTIONS, keepalive_timeout=KEEPALIVE_S, ttl_dns_cache=60)
            self._session = aiohttp.ClientSession(
                headers=self._headers,
                timeout=self._timeout,
                connector=connector,
                trust_env=False,
                skip_auto_headers=("User-Agent",),
            )
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def _post(self, call: UpstreamCall) -> aiohttp.ClientResponse:
        try:
            raw = orjson.dumps(call.body)
            # a large body goes in pieces: aiohttp warns that one write of raw bytes holds the event loop
            data = io.BytesIO(raw) if len(raw) > LARGE_BODY_BYTES else raw
            return await self._client().post(self._base + PATHS[call.endpoint], data=data, allow_redirects=False)
        except TimeoutError as exc:
            raise UpstreamTimeout(f"Provider {self._id!r} did not answer in time.") from exc
        except aiohttp.ClientError as exc:
            raise UpstreamError(f"Provider {self._id!r} could not be reached.") from exc

    async def _read(self, resp: aiohttp.ClientResponse) -> bytes:
        try:
            if resp.content_length is not None and resp.content_length > MAX_REPLY_BYTES:
                raise UpstreamError(f"Provider {self._id!r} sent a reply larger than the gateway accepts.")
            # StreamReader.read(n) returns as soon as some bytes have arrived (one chunk, often 64 KiB), not n bytes:
            # the body is read to its end, or until it is known to be too large.
            chunks: list[bytes] = []
            size = 0
            while size <= MAX_REPLY_BYTES:
                chunk = await resp.content.read(MAX_REPLY_BYTES + 1 - size)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            content = b"".join(chunks)
        except TimeoutError as exc:
            raise UpstreamTimeout(f"Provider {self._id!r} did not answer in time.") from exc
        except aiohttp.ClientError as exc:
            raise UpstreamError(f"Provider {self._id!r} broke off its reply.") from exc
        if len(content) > MAX_REPLY_BYTES:
            raise UpstreamError(f"Provider {self._id!r} sent a reply larger than the gateway accepts.")
        return content

    async def send(self, call: UpstreamCall) -> UpstreamReply:
        resp = await self._post(call)
        try:
            content = await self._read(resp)
        finally:
            resp.release()
        if resp.status >= 300:
            raise map_status(self._id, resp.status, content, resp.headers.get("retry-after"))
        try:
            body = orjson.loads(content)
        except orjson.JSONDecodeError as exc:
            raise UpstreamError(f"Provider {self._id!r} sent a malformed reply.") from exc
        if not isinstance(body, dict):
            raise UpstreamError(f"Provider {self._id!r} sent a malformed reply.")
        return UpstreamReply(resp.status, body)

    async def open_stream(self, call: UpstreamCall) -> UpstreamStream:
        resp = await self._post(call)
        if resp.status >= 300:
            try:
                content = await self._read(resp)
            except UpstreamError:
                content = b""
            finally:
                resp.release()
            raise map_status(self._id, resp.status, content, resp.headers.get("retry-after"))
        if resp.content_type != "text/event-stream":
            # A JSON body, an HTML error page or garbage where a stream was asked for: nothing to pass on.
            resp.release()
            raise UpstreamError(f"Provider {self._id!r} sent a malformed reply.")
        usage = Usage()
        return UpstreamStream(resp.status, self._chunks(resp, usage), usage)

    async def _chunks(self, resp: aiohttp.ClientResponse, usage: Usage) -> AsyncIterator[bytes]:
        tail = b""
        try:
            async for chunk in resp.content.iter_any():
                yield chunk
                tail = _scan_usage(tail + chunk, usage)
        except TimeoutError as exc:
            raise UpstreamTimeout(f"Provider {self._id!r} stopped sending.") from exc
        except aiohttp.ClientError as exc:
            raise UpstreamError(f"Provider {self._id!r} broke off the stream.") from exc
        finally:
            resp.release()


def _scan_usage(buf: bytes, usage: Usage) -> bytes:
    """Read token counts from complete `data:` lines; return an incomplete last line to carry over."""
    *lines, rest = LINE_END.split(buf)  # any SSE line end, a bare \r too (gateway/sse.py)
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
