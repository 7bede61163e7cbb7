"""Refuse requests that try to steer routing: a different upstream address, key, provider or fallback.

Checked before the body is validated, so that `{"api_base": ...}` earns a 403 routing_override rather
than a generic 400, wherever it hides: top-level fields, `extra_body` (some clients send it literally),
`metadata`, `litellm_params` and other dict-valued containers, and request headers. Names are compared
after case folding with `-` read as `_`, and with an `x_` prefix removed.
The gateway never forwards client headers or unknown fields anyway; this makes the attempt visible.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from gateway.errors import RoutingOverride

__all__ = ["ROUTING_KEYS", "check_body", "check_headers"]

ROUTING_KEYS = frozenset(
    {
        "api_base",
        "base_url",
        "api_key",
        "api_version",
        "api_type",
        "custom_llm_provider",
        "provider",
        "user_config",
        "fallbacks",
        "context_window_fallbacks",
        "content_policy_fallbacks",
        "model_list",
        "deployment_id",
        "deployment",
        "organization",
        "project",
        "endpoint",
        "url",
        "host",
        "proxy",
        "proxies",
        "extra_headers",
        "default_headers",
        "headers",
        "extra_query",
        "default_query",
        "http_client",
        "client",
        "num_retries",
        "max_retries",
        "timeout",
        "request_timeout",
        "mock_response",
        "router",
        "routing_strategy",
        "model_group",
        "base_model",
        "region",
        "region_name",
        "input_cost_per_token",
        "output_cost_per_token",
        "drop_params",
        "additional_drop_params",
        "allowed_openai_params",
        "openai_api_base",
        "openai_api_key",
        "openai_base_url",
        "anthropic_api_key",
        "upstream",
        "upstream_url",
        "target_url",
        "forward_url",
        "model_provider",
        "credentials",
        "credential_name",
        "tenant_id",
        "client_id",
        "client_secret",
    }
)
ROUTING_PREFIXES = ("litellm_", "azure_", "aws_", "vertex_", "bedrock_", "gcp_", "google_application_")
# Containers whose keys a gateway or SDK may read as settings; their keys are checked too.
CONTAINERS = frozenset({"extra_body", "metadata", "litellm_params", "litellm_metadata", "extra_query", "extra_headers"})
MAX_DEPTH = 4


def _fold(name: str) -> str:
    n = name.strip().casefold().replace("-", "_")
    return n[2:] if n.startswith("x_") else n


def _is_routing(name: str) -> bool:
    n = _fold(name)
    return n in ROUTING_KEYS or n.startswith(ROUTING_PREFIXES)


def _scan(obj: Mapping[str, object], where: str, depth: int) -> None:
    for key, value in obj.items():
        if not isinstance(key, str):
            continue
        if _is_routing(key):
            raise RoutingOverride(
                f"The field `{where}{key}` would change where or how the request is routed; clients cannot "
                "choose the upstream address, key or provider. Remove it and send only the model name.",
                param=f"{where}{key}",
            )
        if depth < MAX_DEPTH and isinstance(value, Mapping) and _fold(key) in CONTAINERS:
            _scan(value, f"{where}{key}.", depth + 1)


def check_body(body: Mapping[str, object]) -> None:
    """Raise RoutingOverride if a top-level field or a settings container carries a routing key."""
    _scan(body, "", 0)


def check_headers(names: Iterable[str]) -> None:
    for name in names:
        folded = _fold(name)
        if folded in ("authorization", "content_type", "content_length", "accept", "user_agent", "host"):
            continue
        if _is_routing(name) or folded.startswith(("dlp_route", "gateway_route")):
            raise RoutingOverride(
                f"The header `{name}` would change where the request is routed; clients cannot choose the upstream.",
                param=name,
            )
