"""Rate limits and token quotas shared by replicas through a real Redis, and what happens when it is down."""

from __future__ import annotations

import time

import openai
import pytest

from tests.conftest import GatewayFactory, OwnRedis, Upstream, mock_provider

pytestmark = pytest.mark.redis
MSG = [{"role": "user", "content": "hi"}]
MINUTE_MARGIN_S = 15  # limits count per wall-clock minute: a test's requests must not straddle two windows


def _clear_of_minute_boundary() -> None:
    """Wait, if needed, until at least MINUTE_MARGIN_S seconds of the current minute remain."""
    left = 60 - time.time() % 60
    if left < MINUTE_MARGIN_S:
        time.sleep(left + 0.5)


def test_key_limit_holds_across_two_replicas(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis
) -> None:
    cfg = {
        "providers": [mock_provider(upstream)],
        "limits": {"key_requests_per_minute": 3},
        "storage": {"redis_url": own_redis.url},
    }
    first = make_gateway(cfg)
    second = make_gateway(cfg, database_url=first.config.storage.database_url)
    second.keys = first.keys
    _clear_of_minute_boundary()
    first.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    second.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    first.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    with pytest.raises(openai.RateLimitError) as exc:
        second.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    assert exc.value.code == "rate_limit_exceeded"
    assert 1 <= int(exc.value.response.headers["retry-after"]) <= 61
    assert len(upstream.mock.received) == 3
    # another key of another department is not affected
    first.client("admin").chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]


def test_department_limit(make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis) -> None:
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "limits": {"department_requests_per_minute": 1},
            "storage": {"redis_url": own_redis.url},
        }
    )
    _clear_of_minute_boundary()
    gw.client("staff").chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    with pytest.raises(openai.RateLimitError):
        gw.client("staff").chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    gw.client("admin").chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]


def test_token_quota(make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis) -> None:
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "limits": {"key_tokens_per_day": 15},
            "storage": {"redis_url": own_redis.url},
        }
    )
    client = gw.client()
    client.chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]  # 10 tokens
    client.chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]  # 20 tokens
    with pytest.raises(openai.RateLimitError) as exc:
        client.chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    assert "token quota" in exc.value.message
    assert len(upstream.mock.received) == 2


def test_redis_down_keeps_serving_and_limits_per_replica(
    make_gateway: GatewayFactory, upstream: Upstream, own_redis: OwnRedis
) -> None:
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "limits": {"key_requests_per_minute": 2},
            "storage": {"redis_url": own_redis.url},
        }
    )
    client = gw.client()
    client.chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    own_redis.stop()
    client.chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]  # local count 1
    client.chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]  # local count 2
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    own_redis.start()
    assert len(upstream.mock.received) == 3


def test_limits_without_redis_count_per_replica(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "limits": {"key_requests_per_minute": 1}})
    gw.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
    with pytest.raises(openai.RateLimitError):
        gw.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
