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
