"""Provider adapters, one per transport, chosen per provider entry: explicit, in one table."""

from __future__ import annotations

from gateway.providers.base import ProviderAdapter, UpstreamCall, UpstreamReply, UpstreamStream, Usage
from gateway.providers.demo import DemoAdapter
from gateway.providers.litellm_adapter import LitellmAdapter
from gateway.providers.passthrough import PassthroughAdapter
from gateway.routing import ProviderEntry

__all__ = ["ProviderAdapter", "UpstreamCall", "UpstreamReply", "UpstreamStream", "Usage", "build_adapter"]


def build_adapter(entry: ProviderEntry) -> ProviderAdapter:
    transport = entry.transport
    if transport == "demo":
        return DemoAdapter()
    if transport == "passthrough":
        if not entry.api_base:
            raise ValueError(f"provider {entry.id!r}: api_base is required for kind {entry.settings.kind!r}")
        return PassthroughAdapter(entry.settings, entry.api_base)
    return LitellmAdapter(entry.settings, entry.api_base)
