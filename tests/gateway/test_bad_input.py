"""Hostile or broken input gets a clear 4xx, never a 500 and never a forward."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

CASES: list[tuple[str, bytes, int]] = [
    ("malformed json", b'{"model": "gpt-4o-mini", "messages": [', 400),
    ("empty body", b"", 400),
    ("json array", b"[1, 2, 3]", 400),
    ("json string", b'"hello"', 400),
    ("invalid utf-8", b'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "\xff\xfe"}]}', 400),
    ("lone surrogate", b'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "\\ud800"}]}', 400),
    ("deep nesting", b'{"model": "gpt-4o-mini", "messages": ' + b"[" * 5000 + b"]" * 5000 + b"}", 400),
    ("messages not list", b'{"model": "gpt-4o-mini", "messages": "hi"}', 400),
    ("no messages", b'{"model": "gpt-4o-mini", "messages": []}', 400),
    ("model not string", b'{"model": 5, "messages": [{"role": "user", "content": "x"}]}', 400),
    ("missing model", b'{"messages": [{"role": "user", "content": "x"}]}', 400),
    (
        "stream not bool",
        b'{"model": "gpt-4o-mini", "stream": "yes", "messages": [{"role": "user", "content": "x"}]}',
        400,
    ),
    ("unknown part", b'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": [{"type": "video"}]}]}', 400),
    ("huge model name", b'{"model": "' + b"m" * 10000 + b'", "messages": [{"role": "user", "content": "x"}]}', 404),
    (
        "nul and controls",
        b'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "a\\u0000b\\u202ec"}]}',
        200,
    ),
    (
        "odd unicode",
        '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "\U0001f600\u200b\ufeff\u0301"}]}'.encode(),
        200,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_bodies(gateway: Gateway, upstream: Upstream, case: tuple[str, bytes, int]) -> None:
    _, body, status = case
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers={**gateway.headers(), "content-type": "application/json"},
        content=body,
    )
    assert r.status_code == status, r.text
    if status != 200:
        err = r.json()["error"]
        assert err["message"] and err["type"]
        assert upstream.mock.received == []


def test_body_too_large_is_413(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "server": {"max_body_bytes": 4096}})
    big = b'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "' + b"a" * 10000 + b'"}]}'
    r = httpx.post(gw.url + "/v1/chat/completions", headers=gw.headers(), content=big)
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"

    def chunks():  # type: ignore[no-untyped-def]
        yield big[:3000]
        yield big[3000:]

    r = httpx.post(gw.url + "/v1/chat/completions", headers=gw.headers(), content=chunks())
    assert r.status_code == 413
    assert upstream.mock.received == []


def test_wrong_method_and_route(gateway: Gateway) -> None:
    r = httpx.get(gateway.url + "/v1/chat/completions", headers=gateway.headers())
    assert r.status_code == 405 and "error" in r.json()
    r = httpx.post(gateway.url + "/v1/images/generations", headers=gateway.headers(), json={})
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


MULTIPLIERS = [
    ("/v1/chat/completions", {"messages": [{"role": "user", "content": "x"}]}, "n", 9223372036854775808),
    ("/v1/chat/completions", {"messages": [{"role": "user", "content": "x"}]}, "n", 9),
    ("/v1/chat/completions", {"messages": [{"role": "user", "content": "x"}]}, "n", 0),
    ("/v1/chat/completions", {"messages": [{"role": "user", "content": "x"}], "logprobs": True}, "top_logprobs", 21),
    ("/v1/completions", {"prompt": "x"}, "n", 9),
    ("/v1/completions", {"prompt": "x"}, "best_of", 9223372036854775808),
    ("/v1/completions", {"prompt": "x"}, "best_of", 9),
    ("/v1/completions", {"prompt": "x"}, "logprobs", 21),
    ("/v1/responses", {"input": "x"}, "top_logprobs", 2**70),
]


@pytest.mark.parametrize(
    ("path", "body", "field", "value"), MULTIPLIERS, ids=[f"{m[0]}-{m[2]}-{m[3]}" for m in MULTIPLIERS]
)
def test_multipliers_are_bounded(
    gateway: Gateway, upstream: Upstream, path: str, body: dict[str, object], field: str, value: int
) -> None:
    """`n` and `best_of` multiply what the provider generates for one request, charged to the quota only after
    the reply: at most MAX_CHOICES (red-team #9 finding 17). Log probabilities per token: at most 20, as OpenAI."""
    from gateway.api.schemas import MAX_CHOICES, MAX_TOP_LOGPROBS

    r = httpx.post(gateway.url + path, headers=gateway.headers(), json={"model": "gpt-4o-mini", **body, field: value})
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert err["code"] == "invalid_request" and err["param"] == field
    bound = MAX_TOP_LOGPROBS if "logprobs" in field else MAX_CHOICES
    expected = f"must be less than or equal to {bound}" if value > 0 else "must be greater than or equal to"
    if value > 2**64:
        expected = "is out of range"
    assert err["message"].startswith(f"Invalid request: {field}: {expected}"), err["message"]
    assert upstream.mock.received == []


def test_multipliers_within_bounds_are_forwarded(gateway: Gateway, upstream: Upstream) -> None:
    msgs = [{"role": "user", "content": "x"}]
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "messages": msgs, "n": 8, "logprobs": True, "top_logprobs": 20},
    )
    assert r.status_code == 200, r.text
    r = httpx.post(
        gateway.url + "/v1/completions",
        headers=gateway.headers(),
        json={"model": "gpt-3.5-turbo-instruct", "prompt": "x", "n": 2, "best_of": 8, "logprobs": 5},
    )
    assert r.status_code == 200, r.text
    sent = upstream.mock.bodies()
    assert (sent[0]["n"], sent[0]["top_logprobs"]) == (8, 20)
    assert (sent[1]["n"], sent[1]["best_of"], sent[1]["logprobs"]) == (2, 8, 5)
