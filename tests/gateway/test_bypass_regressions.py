"""Bypasses a red-team review found through the HTTP interface (2026-11-23), each refused now, with what reached the
mock upstream checked. Every value is the checksum-valid test RRN; nothing may reach the provider or the audit log."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

RRN = "850315-1234566"
DATA = f"주민등록번호 {RRN}"
HI = [{"role": "user", "content": "hi"}]

REFUSED: list[tuple[str, str, dict[str, Any]]] = [
    # fields that were skipped as binary or as identifiers
    (
        "audio data",
        "/v1/chat/completions",
        {"messages": [{"role": "user", "content": "read it", "audio": {"data": DATA}}]},
    ),
    ("audio id", "/v1/chat/completions", {"messages": [{"role": "assistant", "audio": {"id": DATA}}, *HI]}),
    (
        "tool call id",
        "/v1/chat/completions",
        {
            "messages": [
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [{"id": DATA, "type": "function", "function": {"name": "f", "arguments": "{}"}}],
                },
                {"role": "tool", "tool_call_id": DATA, "content": "ok"},
            ]
        },
    ),
    (
        "responses item id",
        "/v1/responses",
        {"input": [{"type": "message", "id": DATA, "role": "user", "content": "hi"}]},
    ),
    # dict keys
    ("metadata key", "/v1/chat/completions", {"messages": HI, "metadata": {DATA: "v"}}),
    (
        "schema property name",
        "/v1/chat/completions",
        {
            "messages": HI,
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "f",
                        "parameters": {"type": "object", "properties": {DATA: {"type": "string"}}},
                    },
                }
            ],
        },
    ),
    ("enum value", "/v1/chat/completions", {"messages": HI, "response_format": {"type": DATA}}),
    # values split across messages with a word next to them
    (
        "split between words",
        "/v1/chat/completions",
        {"messages": [{"role": "user", "content": c} for c in ("x", "850315-", "1234566", "y")]},
    ),
]


@pytest.mark.parametrize(("what", "path", "body"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_and_nothing_forwarded(
    gateway: Gateway, upstream: Upstream, what: str, path: str, body: dict[str, Any]
) -> None:
    r = httpx.post(gateway.url + path, headers=gateway.headers(), json={"model": "gpt-4o-mini", **body})
    assert r.status_code in (400, 403), r.text
    assert RRN not in r.text and RRN.replace("-", "") not in r.text
    assert upstream.mock.received == []


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/completions", {"model": "gpt-3.5-turbo-instruct", "prompt": [[], [5159, 44498, 45, 374, 220]]}),
        ("/v1/embeddings", {"model": "text-embedding-3-small", "input": [[5159, 44498], []]}),
    ],
)
def test_token_arrays_with_an_empty_list_are_token_arrays(
    gateway: Gateway, upstream: Upstream, path: str, body: dict[str, Any]
) -> None:
    r = httpx.post(gateway.url + path, headers=gateway.headers(), json=body)
    assert r.status_code == 403 and "token ids" in r.json()["error"]["message"]
    assert upstream.mock.received == []


@pytest.mark.parametrize(
    "extra",
    [
        '"tools": [{"type": "function", "function": {"name": "f", "parameters": '
        + '{"a": ' * 1000
        + "1"
        + "}" * 1000
        + "}}]",
        '"response_format": {"type": "json_schema", "x": ' + "[" * 300 + "]" * 300 + "}",
    ],
    ids=["1000 deep in a tool schema", "300 deep list"],
)
def test_deep_nesting_is_a_400_not_a_500(gateway: Gateway, upstream: Upstream, extra: str) -> None:
    raw = '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], ' + extra + "}"
    headers = {**gateway.headers(), "content-type": "application/json"}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=headers, content=raw.encode())
    assert r.status_code == 400, r.text
    assert upstream.mock.received == []


def test_unknown_field_named_with_data_is_not_echoed(gateway: Gateway, upstream: Upstream) -> None:
    body = {"model": "gpt-4o-mini", "messages": HI, DATA: 1}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 400
    assert RRN not in r.text and "unknown field" in r.text


def test_blocked_model_name_with_data_is_redacted_in_the_audit_log(gateway: Gateway, upstream: Upstream) -> None:
    body = {"model": f"deepseek {DATA}", "messages": HI}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 403
    rid = r.headers["x-request-id"]
    rec = httpx.get(f"{gateway.url}/admin/api/audit/{rid}", headers=gateway.headers("auditor"))
    assert rec.status_code == 200
    assert RRN not in rec.text and "deepseek" in rec.json()["requested_model"]


def test_key_with_data_in_an_audit_span_path_is_withheld(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": {"entities": {"EMAIL_ADDRESS": "mask"}}})
    key = "reply to hong.gildong@example.com"
    r = httpx.post(
        gw.url + "/v1/chat/completions",
        headers=gw.headers(),
        json={"model": "gpt-4o-mini", "messages": HI, "metadata": {key: "v", "note": "hong.gildong@example.com"}},
    )
    assert r.status_code == 200, r.text
    sent = upstream.mock.bodies()[0]
    assert "hong.gildong@example.com" not in upstream.mock.raw().decode()
    assert list(sent["metadata"].values()) == ["v", "<EMAIL_ADDRESS_1>"]  # the key renamed in place, the order kept
    rec = httpx.get(f"{gw.url}/admin/api/audit/{r.headers['x-request-id']}", headers=gw.headers("auditor")).text
    assert "hong.gildong" not in rec


def test_stream_from_a_blocked_model_is_cut_even_after_a_keep_alive(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.reply_model = "DeepSeek-R1"
    upstream.mock.behaviour.stream_preamble = b": keep-alive\n\n"
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hello there"}], "stream": True}
    with httpx.stream("POST", gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body) as r:
        text = "".join(r.iter_text())
    assert "hello there" not in text and "DeepSeek-R1" not in text
    assert "provider_blocked" in text or "blocked model" in text


@pytest.mark.parametrize("model", ["ᴅᴇᴇᴘsᴇᴇᴋ-chat", "deeᴘseek-r1"])
def test_small_capitals_are_folded(gateway: Gateway, upstream: Upstream, model: str) -> None:
    r = httpx.post(
        gateway.url + "/v1/chat/completions", headers=gateway.headers(), json={"model": model, "messages": HI}
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "provider_blocked"
    assert upstream.mock.received == []
