"""Streamed replies are charged against the daily token quotas whether or not the client asked for usage, and the
client's stream holds only what it asked for (red-team #10 finding 4); a provider with `stream_usage: false` is never
sent `stream_options` and its streams are charged an estimate. Real Redis, the recording mock upstream."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import openai
import orjson
import pytest
from starlette.responses import JSONResponse
from starlette.types import Message, Receive, Scope, Send

from tests.conftest import Gateway, GatewayFactory, OwnRedis, Upstream, mock_provider
from tests.support.mock_upstream import MockUpstream
from tests.support.servers import serve_in_thread

pytestmark = pytest.mark.redis
MSG = [{"role": "user", "content": "hi"}]


def _tokens_charged(redis: OwnRedis) -> int:
    """The day's token count of every key in the test's own Redis (one key sends here)."""
    from redis.asyncio import Redis

    async def read() -> int:
        client = Redis.from_url(redis.url)
        try:
            keys = [k async for k in client.scan_iter("dlpgate:rl:tok:key:*")]
            return sum([int(await client.get(k) or 0) for k in keys])
        finally:
            await client.aclose()

    return asyncio.run(read())


def _gateway(make_gateway: GatewayFactory, upstream: Upstream, redis: OwnRedis, tokens: int = 100_000) -> Gateway:
    return make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "limits": {"key_tokens_per_day": tokens},
            "storage": {"redis_url": redis.url},
        }
    )


def _events(sse: bytes) -> list[dict[str, object]]:
    return [orjson.loads(line[6:]) for line in sse.splitlines() if line.startswith(b"data: {")]


def _stream(gw: Gateway, path: str, body: dict[str, object]) -> bytes:
    with httpx.stream("POST", gw.url + path, json=body, headers=gw.headers(), timeout=30) as r:
        assert r.status_code == 200, r.read()
        return r.read()


@pytest.mark.parametrize("openai_nulls", [False, True])
def test_a_chat_stream_without_include_usage_is_charged_and_shows_no_usage(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis, openai_nulls: bool
) -> None:
    gw = _gateway(make_gateway, upstream, own_redis)
    upstream.mock.behaviour.usage_nulls = openai_nulls  # OpenAI's `"usage": null` in every chunk once asked
    sse = _stream(gw, "/v1/chat/completions", {"model": "gpt-4o-mini", "messages": MSG, "stream": True})
    [sent] = upstream.mock.bodies()
    assert sent["stream_options"] == {"include_usage": True}  # the gateway asked for the counts
    assert _tokens_charged(own_redis) == 7 + 5  # the mock's prompt_tokens + completion_tokens
    events = _events(sse)
    assert b'"usage"' not in sse and all(e["choices"] for e in events)  # no usage chunk, no usage: null
    assert "".join(e["choices"][0]["delta"].get("content", "") for e in events) == "echo: hi[0][1][2][3][4]"  # type: ignore[index, union-attr]
    assert sse.rstrip().endswith(b"data: [DONE]")


def test_the_sdk_stream_without_include_usage_has_no_usage_chunk(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis
) -> None:
    gw = _gateway(make_gateway, upstream, own_redis)
    upstream.mock.behaviour.usage_nulls = True
    chunks = list(gw.client().chat.completions.create(model="gpt-4o-mini", messages=MSG, stream=True))  # type: ignore[arg-type]
    assert chunks and all(c.choices and c.usage is None for c in chunks)
    assert _tokens_charged(own_redis) == 12


def test_a_client_that_asks_for_usage_gets_it_once(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis
) -> None:
    gw = _gateway(make_gateway, upstream, own_redis)
    body = {"model": "gpt-4o-mini", "messages": MSG, "stream": True, "stream_options": {"include_usage": True}}
    events = _events(_stream(gw, "/v1/chat/completions", body))
    assert upstream.mock.bodies()[0]["stream_options"] == {"include_usage": True}
    usage = [e for e in events if e.get("usage")]
    assert len(usage) == 1 and usage[0]["choices"] == [] and usage[0]["usage"]["total_tokens"] == 12  # type: ignore[index]
    assert _tokens_charged(own_redis) == 12


def test_the_clients_other_stream_options_are_kept(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis
) -> None:
    gw = _gateway(make_gateway, upstream, own_redis)
    body = {"model": "gpt-4o-mini", "messages": MSG, "stream": True, "stream_options": {"include_obfuscation": False}}
    assert b'"usage"' not in _stream(gw, "/v1/chat/completions", body)
    assert upstream.mock.bodies()[0]["stream_options"] == {"include_obfuscation": False, "include_usage": True}
    assert _tokens_charged(own_redis) == 12


def test_a_completions_stream_without_include_usage_is_charged(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis
) -> None:
    gw = _gateway(make_gateway, upstream, own_redis)
    sse = _stream(gw, "/v1/completions", {"model": "gpt-3.5-turbo-instruct", "prompt": "say it", "stream": True})
    assert upstream.mock.bodies()[0]["stream_options"] == {"include_usage": True}
    assert b'"usage"' not in sse
    assert "".join(e["choices"][0]["text"] for e in _events(sse)) == "echo: say it"  # type: ignore[index]
    assert _tokens_charged(own_redis) == 3 + 3  # prompt_tokens 3, one completion token a word


def test_a_stream_without_any_usage_is_charged_an_estimate_and_the_quota_holds(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis
) -> None:
    """An upstream that ignores stream_options names no usage: the text sent and received is charged instead, so
    the daily quota still runs out."""
    gw = _gateway(make_gateway, upstream, own_redis, tokens=8)
    upstream.mock.behaviour.ignore_stream_options = True
    text = "가" * 12  # 36 bytes of UTF-8: 12 tokens at three bytes a token
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], "stream": True}
    sse = _stream(gw, "/v1/chat/completions", body)
    reply = "".join(e["choices"][0]["delta"].get("content", "") for e in _events(sse))  # type: ignore[index, union-attr]
    assert reply == f"echo: {text}[0][1][2][3][4]"
    charged = _tokens_charged(own_redis)
    assert charged >= 12 + -(-len(reply.encode()) // 3)
    with pytest.raises(openai.RateLimitError) as exc:
        gw.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    assert "token quota" in exc.value.message
    assert len(upstream.mock.received) == 1


def test_a_responses_stream_is_charged_from_its_completed_event(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis
) -> None:
    gw = _gateway(make_gateway, upstream, own_redis)
    sse = _stream(gw, "/v1/responses", {"model": "gpt-4o-mini", "input": "hi", "stream": True})
    assert "stream_options" not in upstream.mock.bodies()[0]  # the Responses API always ends with its usage
    assert b'"usage"' in sse  # part of the response.completed event the client asked for
    assert _tokens_charged(own_redis) == 3 + 2


def _anthropic(upstream: Upstream) -> dict[str, object]:
    return {
        "id": "claude",
        "kind": "anthropic",
        "api_base": upstream.server.url,
        "api_key": "sk-ant-test",
        "models": {"claude-sonnet": "claude-sonnet-4-5"},
        "timeout_s": 30,
    }


@pytest.mark.filterwarnings("ignore:Item .* is using the `ReadOnly` qualifier:UserWarning")
@pytest.mark.parametrize("asked", [False, True])
def test_a_litellm_stream_is_charged_and_shows_usage_only_when_asked(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis, asked: bool
) -> None:
    gw = make_gateway(
        {
            "providers": [_anthropic(upstream)],
            "limits": {"key_tokens_per_day": 100_000},
            "storage": {"redis_url": own_redis.url},
        }
    )
    body: dict[str, object] = {"model": "claude-sonnet", "messages": MSG, "stream": True}
    if asked:
        body["stream_options"] = {"include_usage": True}
    sse = _stream(gw, "/v1/chat/completions", body)
    assert ("usage" in str(_events(sse))) is asked
    assert _tokens_charged(own_redis) == 5 + 2  # Anthropic's input_tokens + output_tokens


class _RefusesStreamOptions:
    """An upstream that answers 400 to any body holding `stream_options`, as older Azure api-versions and some
    self-hosted servers do; every other request reaches the recording mock, which records it."""

    def __init__(self, mock: MockUpstream) -> None:
        self.app = mock.app()
        self.refused = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        if b'"stream_options"' in body:
            self.refused += 1
            error = {"error": {"message": "Unrecognized request argument supplied: stream_options", "code": None}}
            await JSONResponse(error, status_code=400)(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()  # after the body: wait for the client to go, as the server would
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


@pytest.fixture
def strict_upstream() -> Iterator[tuple[Upstream, _RefusesStreamOptions]]:
    mock = MockUpstream()
    app = _RefusesStreamOptions(mock)
    with serve_in_thread(app) as server:
        yield Upstream(mock, server), app


def _strict_gateway(
    make_gateway: GatewayFactory, upstream: Upstream, redis: OwnRedis, **provider: object
) -> Gateway:
    return make_gateway(
        {
            "providers": [mock_provider(upstream, **provider)],
            "limits": {"key_tokens_per_day": 100_000},
            "storage": {"redis_url": redis.url},
        }
    )


def test_an_upstream_that_refuses_stream_options_fails_every_stream_by_default(
    make_gateway: GatewayFactory, strict_upstream: tuple[Upstream, _RefusesStreamOptions], own_redis: OwnRedis
) -> None:
    upstream, strict = strict_upstream
    gw = _strict_gateway(make_gateway, upstream, own_redis)
    body = {"model": "gpt-4o-mini", "messages": MSG, "stream": True}
    r = httpx.post(gw.url + "/v1/chat/completions", json=body, headers=gw.headers(), timeout=30)
    assert r.status_code != 200 and strict.refused == 1 and upstream.mock.received == []


CLIENT_STREAM_OPTIONS: dict[str, dict[str, object] | None] = {
    "none": None,
    "include_usage": {"include_usage": True},
    "other option": {"include_obfuscation": False},
}


@pytest.mark.parametrize("options", CLIENT_STREAM_OPTIONS.values(), ids=CLIENT_STREAM_OPTIONS.keys())
@pytest.mark.parametrize(
    ("path", "request_body"),
    [
        ("/v1/chat/completions", {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "가나다"}]}),
        ("/v1/completions", {"model": "gpt-3.5-turbo-instruct", "prompt": "가나다"}),
    ],
    ids=["chat", "completions"],
)
def test_stream_usage_false_sends_no_stream_options_and_charges_an_estimate(
    make_gateway: GatewayFactory,
    strict_upstream: tuple[Upstream, _RefusesStreamOptions],
    own_redis: OwnRedis,
    path: str,
    request_body: dict[str, object],
    options: dict[str, object] | None,
) -> None:
    upstream, strict = strict_upstream
    gw = _strict_gateway(make_gateway, upstream, own_redis, stream_usage=False)
    body = {**request_body, "stream": True}
    if options is not None:
        body["stream_options"] = options
    sse = _stream(gw, path, body)
    [sent] = upstream.mock.bodies()
    assert "stream_options" not in sent and strict.refused == 0  # neither the gateway's nor the client's
    choices = [e["choices"][0] for e in _events(sse)]  # type: ignore[index]
    text = "".join(c["delta"].get("content", "") if "delta" in c else c["text"] for c in choices)  # type: ignore[index, union-attr, operator]
    assert text.startswith("echo: ") and "가나다" in text  # the stream works
    assert b'"usage"' not in sse  # the upstream was not asked, so a client that asked gets none
    assert sse.rstrip().endswith(b"data: [DONE]")
    # charged the estimate: the text sent (9 bytes of Hangul, more with the message's other strings) and received
    assert _tokens_charged(own_redis) >= 3 + -(-len(text.encode()) // 3)


def test_stream_usage_false_applies_to_the_litellm_transport_and_to_requests_that_do_not_stream(
    make_gateway: GatewayFactory, strict_upstream: tuple[Upstream, _RefusesStreamOptions], own_redis: OwnRedis
) -> None:
    upstream, strict = strict_upstream
    gw = _strict_gateway(make_gateway, upstream, own_redis, transport="litellm", stream_usage=False)
    body = {"model": "gpt-4o-mini", "messages": MSG, "stream": True, "stream_options": {"include_usage": True}}
    sse = _stream(gw, "/v1/chat/completions", body)
    assert "echo: hi" in "".join(str(e["choices"]) for e in _events(sse))
    del body["stream"]
    r = httpx.post(gw.url + "/v1/chat/completions", json=body, headers=gw.headers(), timeout=30)
    assert r.status_code == 200, r.text
    assert [b.get("stream_options") for b in upstream.mock.bodies()] == [None, None] and strict.refused == 0
    assert _tokens_charged(own_redis) > 0


def test_stream_usage_true_is_the_default_and_still_asks(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis
) -> None:
    gw = _strict_gateway(make_gateway, upstream, own_redis, stream_usage=True)
    _stream(gw, "/v1/chat/completions", {"model": "gpt-4o-mini", "messages": MSG, "stream": True})
    assert upstream.mock.bodies()[0]["stream_options"] == {"include_usage": True}
    assert _tokens_charged(own_redis) == 12  # the counts the upstream named, not an estimate
