"""The provider seam: one call in, one reply or one stream out, errors already mapped.

An adapter builds the upstream call with an explicit model, address, key and timeout taken from the
config, never from the client, and translates every foreign exception into gateway.errors: litellm's
and httpx's errors are mapped here, in gateway/providers/, and nowhere else.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Protocol

from gateway.types import Endpoint, ProviderRoute

__all__ = ["ProviderAdapter", "UpstreamCall", "UpstreamReply", "UpstreamStream", "Usage"]


@dataclass(frozen=True, slots=True)
class UpstreamCall:
    route: ProviderRoute
    endpoint: Endpoint
    body: dict[str, object]  # validated, scanned, possibly masked; `model` already the upstream name
    stream: bool


@dataclass(slots=True)
class Usage:
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


@dataclass(slots=True)
class UpstreamReply:
    status: int
    body: dict[str, object]


@dataclass(slots=True)
class UpstreamStream:
    """Raw SSE bytes as they arrive. `usage` fills in as usage events pass; `close` releases the connection."""

    status: int
    chunks: AsyncIterator[bytes]
    usage: Usage = field(default_factory=Usage)

    async def close(self) -> None:
        aclose = getattr(self.chunks, "aclose", None)
        if aclose is not None:
            await aclose()


class ProviderAdapter(Protocol):
    async def send(self, call: UpstreamCall) -> UpstreamReply: ...

    async def open_stream(self, call: UpstreamCall) -> UpstreamStream: ...

    async def aclose(self) -> None: ...
