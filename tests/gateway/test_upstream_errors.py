"""Upstream failures map to OpenAI-style errors with the right status and no stack trace."""

from __future__ import annotations

import openai
import pytest

from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

MSG = [{"role": "user", "content": "hi"}]


def test_429_maps_to_rate_limit_with_retry_after(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.status = 429
    upstream.mock.behaviour.retry_after = "7"
    with pytest.raises(openai.RateLimitError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    assert exc.value.response.headers["retry-after"] == "7"
    assert exc.value.response.headers["x-request-id"]


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_maps_to_502(gateway: Gateway, upstream: Upstream, status: int) -> None:
    upstream.mock.behaviour.status = status
    with pytest.raises(openai.APIStatusError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    assert exc.value.status_code == 502 and exc.value.code == "upstream_error"
    assert "Traceback" not in exc.value.message


def test_upstream_auth_failure_is_not_the_clients_401(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.status = 401
    with pytest.raises(openai.APIStatusError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    assert exc.value.status_code == 502 and "credentials" in exc.value.message


def test_upstream_400_passes_status(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.status = 400
    with pytest.raises(openai.BadRequestError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    assert "mock error 400" in exc.value.message


def test_garbage_reply_is_502(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.garbage = True
    with pytest.raises(openai.APIStatusError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    assert exc.value.status_code == 502 and "malformed" in exc.value.message


def test_timeout_is_504(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream, timeout_s=0.3)]})
    upstream.mock.behaviour.delay_s = 1.5
    with pytest.raises(openai.APIStatusError) as exc:
        gw.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    assert exc.value.status_code == 504 and exc.value.code == "upstream_timeout"


def test_unreachable_provider_is_502(make_gateway: GatewayFactory) -> None:
    gw = make_gateway(
        {
            "providers": [
                {
                    "id": "dead",
                    "kind": "openai",
                    "api_base": "http://127.0.0.1:9/v1",
                    "api_key": "k",
                    "models": ["gpt-4o-mini"],
                }
            ]
        }
    )
    with pytest.raises(openai.APIStatusError) as exc:
        gw.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    assert exc.value.status_code == 502 and "could not be reached" in exc.value.message


def test_stream_error_before_first_byte(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.status = 429
    with pytest.raises(openai.RateLimitError):
        list(gateway.client().chat.completions.create(model="gpt-4o-mini", messages=MSG, stream=True))  # type: ignore[arg-type]


def test_a_large_reply_arrives_whole(gateway: Gateway, upstream: Upstream) -> None:
    # aiohttp hands the body over in chunks (64 KiB and less): a reply longer than one chunk was cut at the first and
    # reported as malformed (a long answer, or an echo of a long prompt, failed with 502)
    prompt = "".join(f"단락 {i}: 오늘 회의에서 예산 검토 일정을 논의했습니다.\n" for i in range(20_000))
    assert len(prompt.encode()) > 1 << 20
    reply = gateway.client().chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}]
    )
    assert reply.choices[0].message.content == "echo: " + prompt
