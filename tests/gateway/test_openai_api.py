"""Every OpenAI-compatible endpoint through the official SDK, sync, async and streaming, against the mock."""

from __future__ import annotations

import httpx
import openai
import pytest

from tests.conftest import Gateway, Upstream


def test_chat_non_stream_passes_sampling_params(gateway: Gateway, upstream: Upstream) -> None:
    resp = gateway.client().chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "be brief"}, {"role": "user", "content": "hello there"}],
        temperature=0.2,
        top_p=0.9,
        max_tokens=50,
        seed=7,
        stop=["\n\n"],
        presence_penalty=0.1,
        user="u-1",
    )
    completion = resp.parse()
    assert completion.choices[0].message.content == "echo: hello there"
    assert resp.headers["x-request-id"].startswith("req_")
    assert resp.headers["x-dlp-decision"] == "allowed"
    [sent] = upstream.mock.bodies()
    assert sent["temperature"] == 0.2 and sent["top_p"] == 0.9 and sent["max_tokens"] == 50 and sent["seed"] == 7
    assert sent["model"] == "gpt-4o-mini"
    assert upstream.mock.received[0].headers["authorization"] == "Bearer sk-upstream-" + "x" * 20


def test_client_headers_are_not_forwarded(gateway: Gateway, upstream: Upstream) -> None:
    client = gateway.client(default_headers={"x-custom-trace": "abc"})
    client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    headers = upstream.mock.received[0].headers
    assert "x-custom-trace" not in headers
    assert gateway.keys["staff"] not in str(headers)


def test_chat_stream_keeps_every_event(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.stream_events = 22
    stream = gateway.client().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "count"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    contents = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(contents) == 22
    assert contents[0].startswith("echo: count")
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 22


async def test_async_chat_and_stream(gateway: Gateway, upstream: Upstream) -> None:
    async with gateway.aclient() as client:
        c = await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "a"}])
        assert c.choices[0].message.content == "echo: a"
        stream = await client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "b"}], stream=True
        )
        parts = [ch.choices[0].delta.content async for ch in stream if ch.choices and ch.choices[0].delta.content]
        assert parts[0].startswith("echo: b") and len(parts) == 5


def test_tools_and_tool_calls_round_trip(gateway: Gateway, upstream: Upstream) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "lookup",
                "description": "Look something up",
                "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
            },
        }
    ]
    client = gateway.client()
    first = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "find x"}], tools=tools, tool_choice="auto"
    )
    call = first.choices[0].message.tool_calls[0]
    assert call.function.name == "lookup"
    second = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "user", "content": "find x"},
            {"role": "assistant", "content": None, "tool_calls": [call.model_dump()]},
            {"role": "tool", "tool_call_id": call.id, "content": "result"},
        ],
        tools=tools,
    )
    assert second.choices[0].finish_reason == "tool_calls"
    sent = upstream.mock.bodies()[1]
    assert sent["messages"][2] == {"role": "tool", "tool_call_id": call.id, "content": "result"}


def test_content_parts(gateway: Gateway, upstream: Upstream) -> None:
    c = gateway.client().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": [{"type": "text", "text": "part one"}, {"type": "text", "text": "two"}]}],
    )
    assert c.choices[0].message.content == "echo: part one two"


def test_completions_string_and_list(gateway: Gateway, upstream: Upstream) -> None:
    client = gateway.client()
    r = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="say hi", max_tokens=5)
    assert r.choices[0].text == "echo: say hi"
    r = client.completions.create(model="gpt-3.5-turbo-instruct", prompt=["a", "b"])
    assert upstream.mock.bodies()[1]["prompt"] == ["a", "b"]


def test_embeddings_string_and_list(gateway: Gateway, upstream: Upstream) -> None:
    client = gateway.client()
    e = client.embeddings.create(model="text-embedding-3-small", input="hello", encoding_format="float")
    assert e.data[0].embedding == [0.1, 0.2, 0.3]
    e = client.embeddings.create(model="text-embedding-3-small", input=["a", "b"], encoding_format="float")
    assert len(e.data) == 2


def test_responses_string_items_instructions_and_stream(gateway: Gateway, upstream: Upstream) -> None:
    client = gateway.client()
    r = client.responses.create(model="gpt-4o-mini", input="hello", instructions="be nice")
    assert r.output_text == "echo: hello"
    r = client.responses.create(
        model="gpt-4o-mini",
        input=[{"role": "user", "content": [{"type": "input_text", "text": "hi"}]}],
    )
    assert r.status == "completed"
    events = list(client.responses.create(model="gpt-4o-mini", input="stream me", stream=True))
    assert events[-1].type == "response.completed"
    assert sum(1 for e in events if e.type == "response.output_text.delta") == 3
    assert upstream.mock.bodies()[0]["instructions"] == "be nice"


def test_models_lists_only_usable_models(make_gateway, upstream: Upstream) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import mock_provider

    gw = make_gateway(
        {
            "providers": [
                mock_provider(upstream),
                mock_provider(upstream, id="off", enabled=False, models=["off-model"]),
                mock_provider(upstream, id="nokey", api_key="", models=["nokey-model"]),
            ]
        }
    )
    ids = {m.id for m in gw.client().models.list()}
    assert ids == {"gpt-4o-mini", "text-embedding-3-small", "gpt-3.5-turbo-instruct"}


def test_unknown_model_is_404_model_not_found(gateway: Gateway, upstream: Upstream) -> None:
    with pytest.raises(openai.NotFoundError) as exc:
        gateway.client().chat.completions.create(model="gpt-9-ultra", messages=[{"role": "user", "content": "x"}])
    assert exc.value.code == "model_not_found"
    assert exc.value.response.headers["x-request-id"].startswith("req_")
    assert upstream.mock.received == []


def test_disabled_provider_is_403_provider_disabled(make_gateway, upstream: Upstream) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import mock_provider

    gw = make_gateway({"providers": [mock_provider(upstream, enabled=False)]})
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gw.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    assert exc.value.code == "provider_disabled"
    assert exc.value.body["type"] == "dlp_policy_violation"  # type: ignore[index]
    assert upstream.mock.received == []


@pytest.mark.parametrize("header", [None, "Bearer nope", "Basic abc", "Bearer", "Bearer dlp_" + "a" * 600])
def test_missing_or_bad_key_is_401(gateway: Gateway, upstream: Upstream, header: str | None) -> None:
    headers = {"content-type": "application/json"}
    if header is not None:
        headers["authorization"] = header
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=headers,
        content=b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"x"}]}',
    )
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "invalid_api_key"
    assert r.headers["x-request-id"].startswith("req_")
    assert upstream.mock.received == []


def test_every_response_carries_request_id(gateway: Gateway) -> None:
    for path in ("/healthz", "/readyz", "/metrics", "/nope"):
        r = httpx.get(gateway.url + path)
        assert r.headers["x-request-id"].startswith("req_"), path
    # no Redis here: changes from other replicas arrive by polling the database
    assert httpx.get(gateway.url + "/readyz").json() == {"status": "ready", "changes": "polling"}
    assert httpx.get(gateway.url + "/nope").status_code == 404


def test_demo_model_shows_what_a_provider_would_receive(make_gateway) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway({"providers": [{"id": "demo", "kind": "demo", "models": ["dlpgate-demo"]}]})
    client = gw.client()
    resp = client.chat.completions.with_raw_response.create(
        model="dlpgate-demo", messages=[{"role": "user", "content": "메일은 kim@example.org 입니다"}]
    )
    text = resp.parse().choices[0].message.content
    assert resp.headers["x-dlp-decision"] == "masked"
    assert text.startswith("[dlpgate demo model") and "⟨EMAIL_ADDRESS_1⟩" in text and "kim@example.org" not in text
    streamed = "".join(
        c.choices[0].delta.content or ""
        for c in client.chat.completions.create(
            model="dlpgate-demo", messages=[{"role": "user", "content": "hello"}], stream=True
        )
        if c.choices
    )
    assert streamed.endswith("hello")
    assert client.embeddings.create(model="dlpgate-demo", input="x", encoding_format="float").data[0].embedding
