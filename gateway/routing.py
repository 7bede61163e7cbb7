"""Routing: a client's model name -> exactly one enabled, unblocked ProviderRoute, or a refusal.

Order of checks, the block list first so that a blocked route is refused even when it is not configured:
  1. the client's model name against the block list            -> 403 provider_blocked
  2. exact (case-folded) lookup among configured model names    -> 404 model_not_found when absent
  3. the serving entry: blocked kind, host or upstream model    -> 403 provider_blocked
  4. the entry's switch (admin toggle, else config) and its key -> 403 provider_disabled
No wildcard or pass-through of unknown model strings, ever.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from gateway.blocklist import BlockList
from gateway.config import Config, ProviderSettings
from gateway.errors import ModelNotFound, ProviderBlocked, ProviderDisabled
from gateway.types import ProviderRoute

__all__ = ["OPENAI_COMPATIBLE_KINDS", "ProviderEntry", "Router", "normalise_model_name"]

log = logging.getLogger("dlpgate.routing")

# Kinds whose upstream speaks the OpenAI HTTP API: served by the lean pass-through, not litellm.
OPENAI_COMPATIBLE_KINDS = frozenset(
    {
        "openai",
        "hosted_vllm",
        "vllm",
        "ollama",
        "openrouter",
        "together_ai",
        "fireworks_ai",
        "groq",
        "lm_studio",
        "openai_like",
        "mistral",
        "deepinfra",
        "perplexity",
        "xai",
        "cerebras",
        "nvidia_nim",
        "sambanova",
    }
)
DEFAULT_API_BASES = {
    "openai": "https://api.openai.com/v1",
    "openrouter": "https://openrouter.ai/api/v1",
    "together_ai": "https://api.together.xyz/v1",
    "fireworks_ai": "https://api.fireworks.ai/inference/v1",
    "groq": "https://api.groq.com/openai/v1",
    "mistral": "https://api.mistral.ai/v1",
    "anthropic": "https://api.anthropic.com",
    "gemini": "https://generativelanguage.googleapis.com",
    "deepseek": "https://api.deepseek.com",
}
MAX_MODEL_NAME_CHARS = 256


def normalise_model_name(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().casefold()


@dataclass(frozen=True, slots=True)
class ProviderEntry:
    """A configured provider with what the block list said about it at load time."""

    settings: ProviderSettings
    blocked_rule: str | None
    blocked_models: dict[str, str]

    @property
    def id(self) -> str:
        return self.settings.id

    @property
    def api_base(self) -> str | None:
        return self.settings.api_base or DEFAULT_API_BASES.get(self.settings.kind)

    @property
    def transport(self) -> str:
        if self.settings.transport != "auto":
            return self.settings.transport
        if self.settings.kind == "demo":
            return "demo"
        return "passthrough" if self.settings.kind in OPENAI_COMPATIBLE_KINDS else "litellm"

    def hosts(self) -> tuple[str, ...]:
        base = self.api_base
        host = urlsplit(base).hostname if base else None
        return (host,) if host else ()

    def unavailable_reason(self) -> str | None:
        if self.settings.key_required and not self.settings.has_key:
            return "api_key is not set"
        return None


class Router:
    """Resolves model names. Provider switches are read from `enabled`, a live view the app keeps current."""

    def __init__(self, config: Config, blocklist: BlockList) -> None:
        self.blocklist = blocklist
        self.entries: dict[str, ProviderEntry] = {}
        self._by_model: dict[str, list[tuple[ProviderEntry, str, str]]] = {}
        for p in config.providers:
            entry = self._load_entry(p)
            self.entries[p.id] = entry
            for client_name, upstream in p.models.items():
                self._by_model.setdefault(normalise_model_name(client_name), []).append((entry, client_name, upstream))
        self.enabled: dict[str, bool] = {p.id: p.enabled for p in config.providers}

    def _load_entry(self, p: ProviderSettings) -> ProviderEntry:
        entry_probe = ProviderEntry(p, None, {})
        rule = self.blocklist.first_rule(kind=p.kind, hosts=entry_probe.hosts(), models=(p.id,))
        blocked_models: dict[str, str] = {}
        for client_name, upstream in p.models.items():
            r = self.blocklist.model_rule(client_name) or self.blocklist.model_rule(upstream)
            if r:
                blocked_models[client_name] = r
        if rule:
            # Loaded as blocked, never as enabled: the gateway still starts, and the admin API shows why.
            log.warning("provider entry loaded as blocked", extra={"provider": p.id, "rule": rule})
        for client_name, r in blocked_models.items():
            log.warning(
                "model route loaded as blocked",
                extra={"provider": p.id, "model_index": list(p.models).index(client_name), "rule": r},
            )
        return ProviderEntry(p, rule, blocked_models)

    def is_enabled(self, provider_id: str) -> bool:
        entry = self.entries[provider_id]
        return (
            self.enabled.get(provider_id, False) and entry.blocked_rule is None and entry.unavailable_reason() is None
        )

    def resolve(self, model: str) -> ProviderRoute:
        if len(model) > MAX_MODEL_NAME_CHARS:
            raise ModelNotFound("The model name is too long.", param="model")
        if rule := self.blocklist.model_rule(model):
            raise ProviderBlocked(
                "This model is on the organisation's block list and cannot be used through the gateway "
                f"(rule {rule}). Choose an approved model from GET /v1/models.",
                param="model",
            )
        candidates = self._by_model.get(normalise_model_name(model), [])
        if not candidates:
            raise ModelNotFound(
                "The model does not exist or is not approved. GET /v1/models lists the models you may use.",
                param="model",
            )
        disabled: list[str] = []
        for entry, client_name, upstream in candidates:
            rule = entry.blocked_rule or entry.blocked_models.get(client_name)
            if rule:
                raise ProviderBlocked(
                    f"This model is served by provider {entry.id!r}, which is blocked by rule {rule}.",
                    param="model",
                )
            if self.is_enabled(entry.id):
                return ProviderRoute(
                    provider_id=entry.id,
                    kind=entry.settings.kind,
                    client_model=client_name,
                    upstream_model=upstream,
                    api_base=entry.api_base,
                    transport=entry.transport,
                    stream_usage=entry.settings.stream_usage,
                )
            disabled.append(entry.id)
        raise ProviderDisabled(
            f"The provider for this model ({', '.join(disabled)}) is switched off by an administrator "
            "or not configured. Choose another model from GET /v1/models.",
            param="model",
        )

    def available_models(self) -> list[ProviderRoute]:
        out: list[ProviderRoute] = []
        for entries in self._by_model.values():
            for entry, client_name, upstream in entries:
                if self.is_enabled(entry.id) and client_name not in entry.blocked_models:
                    out.append(
                        ProviderRoute(
                            entry.id,
                            entry.settings.kind,
                            client_name,
                            upstream,
                            entry.api_base,
                            entry.transport,
                            entry.settings.stream_usage,
                        )
                    )
        return sorted(out, key=lambda r: r.client_model)
