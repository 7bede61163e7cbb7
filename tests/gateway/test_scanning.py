"""Every text a request carries is scanned before anything is forwarded, in every request shape."""

from __future__ import annotations

from typing import Any

import httpx
import openai
import pytest

from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

RRN = "850315-1234566"  # checksum-valid, issued before Oct 2020
SENTENCE = f"주민등록번호 {RRN} 입니다"

CHAT_SHAPES: list[tuple[str, dict[str, Any]]] = [
    ("user string", {"messages": [{"role": "user", "content": SENTENCE}]}),
    (
        "user part",
        {
            "messages": [
                {"role": "user", "content": [{"type": "text", "text": "ok"}, {"type": "text", "text": SENTENCE}]}
            ]
        },
    ),
    ("system", {"messages": [{"role": "system", "content": SENTENCE}, {"role": "user", "content": "hi"}]}),
    ("developer", {"messages": [{"role": "developer", "content": SENTENCE}, {"role": "user", "content": "hi"}]}),
    (
        "assistant history",
        {
            "messages": [
                {"role": "user", "content": "hi"},
                {"role": "assistant", "content": SENTENCE},
                {"role": "user", "content": "go on"},
            ]
        },
    ),
    (
        "tool message",
        {
            "messages": [
                {"role": "user", "content": "hi"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
                },
                {"role": "tool", "tool_call_id": "c1", "content": SENTENCE},
            ]
        },
    ),
    (
        "tool_call arguments",
        {
            "messages": [
                {"role": "user", "content": "hi"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "f", "arguments": '{"rrn": "' + RRN + '"}'},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "c1", "content": "ok"},
            ]
        },
    ),
    (
        "tool definition",
        {
            "messages": [{"role": "user", "content": "hi"}],
            "tools": [{"type": "function", "function": {"name": "f", "description": SENTENCE}}],
        },
    ),
    (
        "tool parameter schema",
        {
            "messages": [{"role": "user", "content": "hi"}],
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "f",
                        "parameters": {
                            "type": "object",
                            "properties": {"q": {"type": "string", "description": SENTENCE}},
                        },
                    },
                }
            ],
        },
    ),
    (
        "legacy functions",
        {"messages": [{"role": "user", "content": "hi"}], "functions": [{"name": "f", "description": SENTENCE}]},
    ),
    ("message name", {"messages": [{"role": "user", "content": "hi", "name": RRN.replace("-", "")}]}),
    ("stop sequence", {"messages": [{"role": "user", "content": "hi"}], "stop": [SENTENCE]}),
    ("metadata", {"messages": [{"role": "user", "content": "hi"}], "metadata": {"note": SENTENCE}}),
    ("user field", {"messages": [{"role": "user", "content": "hi"}], "user": SENTENCE}),
]


@pytest.mark.parametrize("shape", CHAT_SHAPES, ids=[s[0] for s in CHAT_SHAPES])
def test_chat_shapes_are_scanned(gateway: Gateway, upstream: Upstream, shape: tuple[str, dict[str, Any]]) -> None:
    body = {"model": "gpt-4o-mini", **shape[1]}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 403, r.text
    err = r.json()["error"]
    assert err["code"] == "sensitive_data" and err["type"] == "dlp_policy_violation"
    assert RRN not in r.text and RRN.replace("-", "") not in r.text
    assert "KR_RRN" in err["message"] and r.headers["x-request-id"] in err["message"]
    assert upstream.mock.received == []


OTHER_SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    ("completions string", "/v1/completions", {"model": "gpt-3.5-turbo-instruct", "prompt": SENTENCE}),
    ("completions list", "/v1/completions", {"model": "gpt-3.5-turbo-instruct", "prompt": ["ok", SENTENCE]}),
    ("completions suffix", "/v1/completions", {"model": "gpt-3.5-turbo-instruct", "prompt": "ok", "suffix": SENTENCE}),
    ("embeddings string", "/v1/embeddings", {"model": "text-embedding-3-small", "input": SENTENCE}),
    ("embeddings list", "/v1/embeddings", {"model": "text-embedding-3-small", "input": ["ok", SENTENCE]}),
    ("responses string", "/v1/responses", {"model": "gpt-4o-mini", "input": SENTENCE}),
    ("responses instructions", "/v1/responses", {"model": "gpt-4o-mini", "input": "hi", "instructions": SENTENCE}),
    (
        "responses message item",
        "/v1/responses",
        {"model": "gpt-4o-mini", "input": [{"role": "user", "content": [{"type": "input_text", "text": SENTENCE}]}]},
    ),
    (
        "responses function output",
        "/v1/responses",
        {
            "model": "gpt-4o-mini",
            "input": [
                {"type": "function_call", "call_id": "c1", "name": "f", "arguments": "{}"},
                {"type": "function_call_output", "call_id": "c1", "output": SENTENCE},
            ],
        },
    ),
    (
        "responses tool",
        "/v1/responses",
        {
            "model": "gpt-4o-mini",
            "input": "hi",
            "tools": [{"type": "function", "name": "f", "description": SENTENCE, "parameters": {"type": "object"}}],
        },
    ),
]


@pytest.mark.parametrize("shape", OTHER_SHAPES, ids=[s[0] for s in OTHER_SHAPES])
def test_other_shapes_are_scanned(gateway: Gateway, upstream: Upstream, shape: tuple[str, str, dict[str, Any]]) -> None:
    r = httpx.post(gateway.url + shape[1], headers=gateway.headers(), json=shape[2])
    assert r.status_code == 403 and r.json()["error"]["code"] == "sensitive_data", r.text
    assert upstream.mock.received == []


def test_refusal_through_sdk_is_permission_denied(gateway: Gateway, upstream: Upstream) -> None:
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": SENTENCE}])
    assert exc.value.code == "sensitive_data"
    rid = exc.value.response.headers["x-request-id"]
    assert rid in exc.value.message and "resident registration number" in exc.value.message
    assert upstream.mock.received == []


@pytest.mark.parametrize(
    "body",
    [
        {"model": "text-embedding-3-small", "input": [1, 2, 3]},
        {"model": "text-embedding-3-small", "input": [[1, 2], [3]]},
    ],
)
def test_token_arrays_refused_by_default(gateway: Gateway, upstream: Upstream, body: dict[str, Any]) -> None:
    r = httpx.post(gateway.url + "/v1/embeddings", headers=gateway.headers(), json=body)
    assert r.status_code == 403 and "token ids" in r.json()["error"]["message"]
    assert upstream.mock.received == []


def test_token_arrays_allowed_when_policy_says(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": {"token_arrays": "allow"}})
    r = httpx.post(
        gw.url + "/v1/embeddings", headers=gw.headers(), json={"model": "text-embedding-3-small", "input": [1, 2]}
    )
    assert r.status_code == 200
    assert upstream.mock.bodies()[0]["input"] == [1, 2]


IMAGE = {
    "role": "user",
    "content": [
        {"type": "text", "text": "what is this"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
    ],
}


def test_unscannable_image_refused_by_default(gateway: Gateway, upstream: Upstream) -> None:
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=[IMAGE])  # type: ignore[list-item]
    assert exc.value.code == "sensitive_data" and "an image" in exc.value.message
    assert upstream.mock.received == []


def test_unscannable_parts_allowed_when_policy_says(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": {"unscannable_parts": "allow"}})
    gw.client().chat.completions.create(model="gpt-4o-mini", messages=[IMAGE])  # type: ignore[list-item]
    assert upstream.mock.bodies()[0]["messages"][0]["content"][1]["type"] == "image_url"


def test_harmless_text_passes_untouched(gateway: Gateway, upstream: Upstream) -> None:
    text = "회의록 정리 부탁해요. 주문번호 2024-0001, 버전 3.2.1, 제12조 참고."
    gateway.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    assert upstream.mock.bodies()[0]["messages"][0]["content"] == text


def test_policy_allow_lets_identifier_through(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": {"entities": {"KR_RRN": "allow"}}})
    gw.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": SENTENCE}])
    assert RRN in upstream.mock.raw().decode()


def test_policy_mask_replaces_value_before_forwarding(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": {"entities": {"KR_RRN": "mask"}}})
    resp = gw.client().chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": f"{SENTENCE} 그리고 다시 {RRN}"}]
    )
    assert resp.headers["x-dlp-decision"] == "masked"
    sent = upstream.mock.bodies()[0]["messages"][0]["content"]
    assert RRN not in upstream.mock.raw().decode()
    assert sent.count("<KR_RRN_1>") == 2


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "user", "content": [{"type": "text", "text": t} for t in ("주민번호 850315-", "1234566")]}],
        [{"role": "user", "content": "내 주민번호 앞부분 850315"}, {"role": "user", "content": "-1234566 이거 확인"}],
        [{"role": "user", "content": [{"type": "text", "text": t} for t in ("8503", "15-12", "34", "566")]}],
    ],
    ids=["two content parts", "two messages", "four short parts"],
)
def test_value_split_across_slots_is_refused(gateway: Gateway, upstream: Upstream, messages: list[Any]) -> None:
    body = {"model": "gpt-4o-mini", "messages": messages}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 403, r.text
    assert "KR_RRN" in r.json()["error"]["message"]
    assert upstream.mock.received == []


def test_value_split_across_slots_is_masked_in_each_piece(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": {"entities": {"PHONE_NUMBER": "mask"}}})
    parts = [{"type": "text", "text": "연락처는 010-4827-"}, {"type": "text", "text": "1935 입니다"}]
    gw.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": parts}])
    sent = upstream.mock.bodies()[0]["messages"][0]["content"]
    raw = upstream.mock.raw().decode()
    assert "4827" not in raw and "1935" not in raw, sent
    assert sent[0]["text"].startswith("연락처는 ") and sent[1]["text"].endswith(" 입니다")
