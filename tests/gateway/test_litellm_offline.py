"""Providers that need translation go through the litellm SDK, which must stay offline; others never load it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import openai
import pytest

from tests.conftest import GatewayFactory, Upstream, mock_provider

REPO = Path(__file__).resolve().parents[2]


def test_gateway_import_and_app_build_do_not_import_litellm() -> None:
    code = (
        "import sys\n"
        "from gateway.config import parse_config\n"
        "from gateway.app import create_app\n"
        "create_app(parse_config({'providers': [{'id': 'a', 'kind': 'openai', 'api_key': 'k', 'models': ['m']}]}))\n"
        "assert 'litellm' not in sys.modules, 'litellm imported'\n"
        "assert 'presidio_analyzer' not in sys.modules and 'spacy' not in sys.modules\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.returncode == 0, proc.stderr


def test_anthropic_through_litellm_against_local_mock(
    make_gateway: GatewayFactory, upstream: Upstream, network_guard: list[str]
) -> None:
    gw = make_gateway(
        {
            "providers": [
                {
                    "id": "claude",
                    "kind": "anthropic",
                    "api_base": upstream.server.url,
                    "api_key": "sk-ant-test",
                    "models": {"claude-sonnet": "claude-sonnet-4-5"},
                    "timeout_s": 30,
                },
                mock_provider(upstream),
            ]
        }
    )
    client = gw.client()
    reply = client.chat.completions.create(
        model="claude-sonnet", messages=[{"role": "user", "content": "hello claude"}]
    )
    assert reply.choices[0].message.content == "echo: hello claude"
    [received] = upstream.mock.received
    assert received.path == "/v1/messages"
    assert received.json["model"] == "claude-sonnet-4-5"
    assert received.headers["x-api-key"] == "sk-ant-test"
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(
            model="claude-sonnet", messages=[{"role": "user", "content": "주민등록번호 850315-1234566"}]
        )
    assert len(upstream.mock.received) == 1
    assert network_guard == []


def test_litellm_errors_are_mapped(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway(
        {
            "providers": [
                {
                    "id": "claude",
                    "kind": "anthropic",
                    "api_base": upstream.server.url,
                    "api_key": "sk-ant-test",
                    "models": {"claude-sonnet": "claude-sonnet-4-5"},
                    "timeout_s": 30,
                },
            ]
        }
    )
    upstream.mock.behaviour.status = 429
    with pytest.raises(openai.RateLimitError):
        gw.client().chat.completions.create(model="claude-sonnet", messages=[{"role": "user", "content": "x"}])
    upstream.mock.behaviour.status = 500
    with pytest.raises(openai.APIStatusError) as exc:
        gw.client().chat.completions.create(model="claude-sonnet", messages=[{"role": "user", "content": "x"}])
    assert exc.value.status_code == 502


def test_fastapi_telemetry_stays_off_even_when_the_environment_asks(
    make_gateway: GatewayFactory, upstream: Upstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FastAPI's built-in OpenTelemetry would add OTLP exporters under FASTAPI_OTEL_AUTO_CONFIGURE=true and log
    exception messages; the gateway switches every part of it off."""
    import fastapi.telemetry._runtime as runtime

    asked: list[object] = []
    original = runtime._configure_from_environment

    def spy(config: dict[str, object]) -> None:
        asked.append(config.get("auto_configure"))
        original(config)  # type: ignore[arg-type]

    monkeypatch.setenv("FASTAPI_OTEL_AUTO_CONFIGURE", "true")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://192.0.2.1:4318")
    monkeypatch.setattr(runtime, "_configure_from_environment", spy)
    gw = make_gateway({"providers": [mock_provider(upstream)]})
    assert gw.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert asked and not any(asked)  # consulted at start-up, and told no


@pytest.mark.parametrize("stream", [False, True])
def test_a_deepseek_reply_through_the_litellm_transport_is_withheld(
    make_gateway: GatewayFactory, upstream: Upstream, stream: bool
) -> None:
    """litellm relabels streamed chunks with the configured model; the provider's own name is what is checked
    (red-team finding 16: a renamed DeepSeek deployment streamed its answer through)."""
    gw = make_gateway(
        {
            "providers": [
                mock_provider(upstream, id="oai-litellm", transport="litellm", models={"oai-lite": "internal-v3"})
            ]
        }
    )
    upstream.mock.behaviour.reply_model = "DeepSeek-R1"
    r = httpx.post(
        gw.url + "/v1/chat/completions",
        headers=gw.headers(),
        json={"model": "oai-lite", "stream": stream, "messages": [{"role": "user", "content": "hi"}]},
        timeout=30,
    )
    assert "echo" not in r.text  # the answer never reaches the client
    if stream:
        # litellm 1.103.5 fails this mock's DeepSeek-labelled stream itself (an upstream error event); the relabelling
        # is proven on the adapter below
        assert "provider_blocked" in r.text or "upstream_error" in r.text
    else:
        assert r.status_code == 403 and r.json()["error"]["code"] == "provider_blocked"


def _first_event(stream: object) -> bytes:
    """The first SSE event the litellm adapter makes of `stream` (what litellm's acompletion would return)."""
    import asyncio

    from gateway.config import ProviderSettings
    from gateway.providers.base import Usage
    from gateway.providers.litellm_adapter import LitellmAdapter

    adapter = LitellmAdapter.__new__(LitellmAdapter)
    adapter._settings = ProviderSettings(id="p", kind="openai", api_base="http://127.0.0.1:9/v1", models=["m"])

    class Call:
        endpoint = None

    async def collect() -> list[bytes]:
        return [e async for e in adapter._events(Call(), stream, Usage())]  # type: ignore[arg-type]

    return asyncio.run(collect())[0]


class _Chunk:
    def __init__(self, hidden: dict[str, str] | None = None) -> None:
        if hidden is not None:
            self._hidden_params = hidden

    def model_dump_json(self, exclude_none: bool = False) -> str:
        return '{"model": "internal-v3", "choices": [{"index": 0, "delta": {"content": "hi"}}]}'


def test_streamed_chunks_carry_the_model_the_provider_named() -> None:
    async def chunks():  # type: ignore[no-untyped-def]
        yield _Chunk({"provider_response_model": "DeepSeek-R1"})

    assert b'"model":"DeepSeek-R1"' in _first_event(chunks())


def test_text_completion_stream_chunks_carry_the_model_the_provider_named() -> None:
    """A text-completion stream's chunks lose litellm's hidden params; the wrapper's inner stream keeps the provider's
    model name (fourth red-team pass: /v1/completions streamed a DeepSeek answer through the litellm transport)."""

    class Inner:
        _provider_response_model = "DeepSeek-R1"

    class Wrapper:
        completion_stream = Inner()

        def __aiter__(self):  # type: ignore[no-untyped-def]
            return self._gen()

        async def _gen(self):  # type: ignore[no-untyped-def]
            yield _Chunk()

    assert b'"model":"DeepSeek-R1"' in _first_event(Wrapper())


def _anthropic(upstream: Upstream) -> dict[str, object]:
    return {
        "id": "claude",
        "kind": "anthropic",
        "api_base": upstream.server.url,
        "api_key": "sk-ant-test",
        "models": {"claude-sonnet": "claude-sonnet-4-5"},
        "timeout_s": 30,
    }


STREAMS = [
    ("/v1/chat/completions", {"messages": [{"role": "user", "content": "hello claude"}]}),
    ("/v1/completions", {"prompt": "hello claude"}),
    ("/v1/responses", {"input": "hello claude"}),
]


def _streamed_text(sse: str) -> str:
    """The reply's text in an SSE body, whichever endpoint's events carry it."""
    import json

    out = []
    for line in sse.splitlines():
        if not line.startswith("data: {"):
            continue
        event = json.loads(line[6:])
        if event.get("type") == "response.output_text.delta":
            out.append(event["delta"])
        for choice in event.get("choices", []):
            out.append(choice.get("text") or choice.get("delta", {}).get("content") or "")
    return "".join(out)


# pydantic warns while it builds the schema of litellm's streamed Delta when an earlier test has imported litellm's
# Responses types (a TypedDict with a ReadOnly item); under `filterwarnings = error` that warning is raised inside
# litellm's stream, in the gateway's thread, and the stream fails with a 500 of litellm's making.
LITELLM_SCHEMA_WARNING = "ignore:Item .* is using the `ReadOnly` qualifier:UserWarning"


@pytest.mark.filterwarnings(LITELLM_SCHEMA_WARNING)
@pytest.mark.parametrize(("path", "body"), STREAMS, ids=["chat", "completions", "responses"])
def test_a_garbage_stream_through_litellm_is_a_502(
    make_gateway: GatewayFactory, upstream: Upstream, path: str, body: dict[str, object]
) -> None:
    """A reply litellm cannot read as a stream (garbage, JSON where a stream was asked for) holds no event; litellm
    makes up one empty closing chunk, which went out as a 200 stream (red-team #9 finding 17). It is a 502 before
    the stream is answered, as on the pass-through transport; a real Anthropic event stream still streams."""
    gw = make_gateway({"providers": [_anthropic(upstream)]})
    url, request = gw.url + path, {"model": "claude-sonnet", "stream": True, **body}
    good = httpx.post(url, headers=gw.headers(), json=request, timeout=30)
    assert good.status_code == 200 and good.headers["content-type"].startswith("text/event-stream"), good.text
    assert _streamed_text(good.text) == "echo: hello claude"

    upstream.mock.behaviour.garbage = True
    bad = httpx.post(url, headers=gw.headers(), json=request, timeout=30)
    assert bad.status_code == 502, bad.text
    error = bad.json()["error"]
    assert error["code"] == "upstream_error" and "malformed" in error["message"]
    assert gw.audit_record(bad.headers["x-request-id"])["http_status"] == 502


@pytest.mark.filterwarnings(LITELLM_SCHEMA_WARNING)
def test_a_garbage_stream_through_litellm_is_an_sdk_error(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [_anthropic(upstream)]})
    upstream.mock.behaviour.garbage = True
    with pytest.raises(openai.APIStatusError) as exc:
        list(
            gw.client().chat.completions.create(
                model="claude-sonnet", messages=[{"role": "user", "content": "x"}], stream=True
            )
        )
    assert exc.value.status_code == 502 and exc.value.response.headers["x-request-id"]
