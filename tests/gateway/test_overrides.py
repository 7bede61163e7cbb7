"""Clients cannot steer routing: body fields, extra_body, metadata, headers -> 403 routing_override."""

from __future__ import annotations

import httpx
import openai
import pytest

from tests.conftest import Gateway, Upstream

MSG = [{"role": "user", "content": "hi"}]
BODY_FIELDS = [
    {"api_base": "http://evil.example/v1"},
    {"base_url": "http://evil.example"},
    {"api_key": "sk-mine"},
    {"custom_llm_provider": "deepseek"},
    {"user_config": {"model_list": []}},
    {"fallbacks": ["deepseek-chat"]},
    {"context_window_fallbacks": [{"gpt-4o-mini": ["deepseek-chat"]}]},
    {"model_list": []},
    {"api_version": "2024-01-01"},
    {"organization": "org-x"},
    {"litellm_params": {"api_base": "x"}},
    {"azure_ad_token": "t"},
    {"aws_region_name": "us-east-1"},
    {"vertex_project": "p"},
    {"Api-Base": "x"},
    {"extra_headers": {"x": "y"}},
    {"timeout": 999},
    {"num_retries": 5},
    {"mock_response": "hi"},
    {"metadata": {"api_base": "http://evil"}},
    {"extra_body": {"api_key": "k"}},
    {"extra_body": {"metadata": {"base_url": "http://evil"}}},
]


@pytest.mark.parametrize("extra", BODY_FIELDS, ids=lambda e: next(iter(e)))
def test_routing_fields_in_body_refused(gateway: Gateway, upstream: Upstream, extra: dict[str, object]) -> None:
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=MSG, extra_body=extra)  # type: ignore[arg-type]
    assert exc.value.code == "routing_override"
    assert "evil" not in exc.value.message
    assert upstream.mock.received == []


def test_literal_extra_body_field_is_checked(gateway: Gateway, upstream: Upstream) -> None:
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "messages": MSG, "extra_body": {"api_base": "http://evil"}},
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "routing_override"
    r = httpx.post(
        gateway.url + "/v1/embeddings",
        headers=gateway.headers(),
        json={"model": "text-embedding-3-small", "input": "x", "base_url": "http://evil"},
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "routing_override"
    assert upstream.mock.received == []


@pytest.mark.parametrize(
    "header",
    [
        "x-api-base",
        "api-key",
        "x-api-key",
        "x-litellm-api-base",
        "X-Base-URL",
        "custom-llm-provider",
        "x-custom-llm-provider",
        "litellm-provider",
        "x-provider",
    ],
)
def test_routing_headers_refused(gateway: Gateway, upstream: Upstream, header: str) -> None:
    client = gateway.client(default_headers={header: "http://evil.example"})
    with pytest.raises(openai.PermissionDeniedError) as exc:
        client.chat.completions.create(model="gpt-4o-mini", messages=MSG)
    assert exc.value.code == "routing_override"
    assert upstream.mock.received == []


@pytest.mark.parametrize("extra", [{"foo": 1}, {"guardrails": ["off"]}, {"caching": True}, {"dlp_bypass": True}])
def test_unknown_fields_refused_with_400(gateway: Gateway, upstream: Upstream, extra: dict[str, object]) -> None:
    with pytest.raises(openai.BadRequestError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=MSG, extra_body=extra)  # type: ignore[arg-type]
    assert "unknown field" in exc.value.message
    assert upstream.mock.received == []


def test_unknown_nested_fields_refused(gateway: Gateway, upstream: Upstream) -> None:
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "x", "api_base": "e"}]},
    )
    assert r.status_code == 400
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "messages": [{"role": "root", "content": "x"}]},
    )
    assert r.status_code == 400
    assert upstream.mock.received == []
