"""DeepSeek and every route to it: refused outright, with zero bytes reaching any provider."""

from __future__ import annotations

import httpx
import openai
import pytest

from gateway.blocklist import BlockList
from gateway.config import BlockedSettings, parse_config
from gateway.routing import Router
from gateway.switches import QUARANTINE_ACTOR
from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

DEEPSEEK_ROUTES = [
    "deepseek-chat",
    "deepseek-reasoner",
    "deepseek-r1",
    "deepseek-v3",
    "deepseek-coder",
    "DeepSeek-V3.1",
    "DEEPSEEK-CHAT",
    "  deepseek-chat  ",
    "deepseek/deepseek-chat",
    "openrouter/deepseek/deepseek-r1",
    "openrouter/deepseek/deepseek-chat:free",
    "together_ai/deepseek-ai/DeepSeek-V3",
    "fireworks_ai/accounts/fireworks/models/deepseek-v3",
    "bedrock/us.deepseek.r1-v1:0",
    "azure_ai/DeepSeek-R1",
    "groq/deepseek-r1-distill-llama-70b",
    "ollama/deepseek-r1:7b",
    "hosted_vllm/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
    "deepseek-ai/Janus-Pro-7B",
    "sambanova/DeepSeek-R1",
    "@cf/deepseek-ai/deepseek-r1-distill-qwen-32b",
    "deep\u200bseek-chat",
    "deep\u2060seek-chat",
    "\ufeffdeepseek-chat",
    "ｄｅｅｐｓｅｅｋ-ｃｈａｔ",
    "dееpseek-chat",
    "deep-seek-chat",
    "deep_seek_r1",
    "deep seek",
    "Deep.Seek.R1",
    "d3epseek-chat",
    "deeps\u0301eek",
    "perplexity/r1-1776",
    "azure_ai/MAI-DS-R1",
    "深度求索-chat",
    "DEEPSEEK\u00ad-R1",
    # derivatives under other names (red-team #5)
    "Skywork/Skywork-OR1-32B",
    "qihoo360/Light-R1-32B-DS",
    "perplexity/sonar-reasoning",
    "perplexity/sonar-reasoning-pro",
    "unsloth/R1-Distill-Qwen-7B",
    # letters of Lisu, Cherokee, Canadian syllabics and Latin Extended drawn like Latin ones (red-team #8)
    "ꓓeepseek",
    "Ꭰeepseek",
    "ᑯeepseek",
    "deepseeƙ",
    "deepseeĸ",
]


def test_table_has_at_least_30_routes() -> None:
    assert len(DEEPSEEK_ROUTES) >= 30


@pytest.mark.parametrize("model", DEEPSEEK_ROUTES)
def test_blocklist_matches(model: str) -> None:
    assert BlockList().model_rule(model) is not None


@pytest.mark.parametrize(
    "model",
    [
        "gpt-4o-mini",
        "claude-sonnet",
        "llama3.1:8b",
        "Qwen/Qwen2.5-32B-Instruct",
        "text-embedding-3-small",
        "gemini-2.0-flash",
        "mistral-large",
        "o1-mini",
        "qihoo360/Light-R1-32B",  # Qwen2.5-32B-Instruct trained, not DeepSeek weights
        "perplexity/sonar-pro",
        "Skywork/Skywork-13B-base",
    ],
)
def test_blocklist_leaves_others(model: str) -> None:
    assert BlockList().model_rule(model) is None


def test_every_deepseek_route_is_refused_and_nothing_leaves(gateway: Gateway, upstream: Upstream) -> None:
    client = gateway.client()
    for model in DEEPSEEK_ROUTES:
        with pytest.raises(openai.PermissionDeniedError) as exc:
            client.chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}])
        assert exc.value.code == "provider_blocked", model
        assert exc.value.response.headers["x-request-id"]
    for model in DEEPSEEK_ROUTES[:5]:
        with pytest.raises(openai.PermissionDeniedError):
            client.embeddings.create(model=model, input="x")
        with pytest.raises(openai.PermissionDeniedError):
            client.responses.create(model=model, input="x")
    assert upstream.mock.received == []


AGGREGATOR_ENTRIES = [
    {"id": "or", "kind": "openrouter", "models": {"smart-chat": "deepseek/deepseek-chat"}},
    {"id": "tg", "kind": "together_ai", "models": {"team-model": "deepseek-ai/DeepSeek-V3"}},
    {"id": "fw", "kind": "fireworks_ai", "models": {"fast": "accounts/fireworks/models/deepseek-r1"}},
    {"id": "br", "kind": "bedrock", "models": {"corp-reasoner": "us.deepseek.r1-v1:0"}},
    {"id": "az", "kind": "azure_ai", "models": {"corp-chat": "DeepSeek-R1"}},
    {"id": "gq", "kind": "groq", "models": {"quick": "deepseek-r1-distill-llama-70b"}},
    {"id": "ol", "kind": "ollama", "models": {"local-r1": "deepseek-r1:7b"}},
    {"id": "vl", "kind": "hosted_vllm", "models": {"onprem": "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B"}},
]


@pytest.mark.parametrize("entry", AGGREGATOR_ENTRIES, ids=lambda e: e["id"])
def test_renamed_deepseek_deployments_load_as_blocked(
    make_gateway: GatewayFactory, upstream: Upstream, entry: dict[str, object]
) -> None:
    provider = {**entry, "api_base": upstream.base, "api_key": "k", "enabled": True}
    gw = make_gateway({"providers": [provider, mock_provider(upstream)]})
    [client_name] = entry["models"]  # type: ignore[misc]
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gw.client().chat.completions.create(model=client_name, messages=[{"role": "user", "content": "hi"}])
    assert exc.value.code == "provider_blocked"
    assert client_name not in {m.id for m in gw.client().models.list()}
    # an admin cannot switch it on either
    r = httpx.patch(f"{gw.url}/admin/api/providers/{entry['id']}", json={"enabled": True}, headers=gw.headers("admin"))
    listing = httpx.get(f"{gw.url}/admin/api/providers", headers=gw.headers("admin")).json()["data"]
    view = next(p for p in listing if p["id"] == entry["id"])
    assert view["blocked_models"] == [client_name] and view["usable"] in (True, False)
    assert r.status_code in (200, 409)
    with pytest.raises(openai.PermissionDeniedError):
        gw.client().chat.completions.create(model=client_name, messages=[{"role": "user", "content": "hi"}])
    assert upstream.mock.received == []


@pytest.mark.parametrize(
    "entry",
    [
        {"id": "ds", "kind": "deepseek", "models": ["chat-model"]},
        {"id": "proxy", "kind": "openai", "api_base": "https://api.deepseek.com/v1", "models": ["chat-model"]},
        {"id": "proxy2", "kind": "openai", "api_base": "https://API.DeepSeek.com./v1", "models": ["chat-model"]},
        {"id": "deepseek-proxy", "kind": "openai", "api_base": "https://gw.example/v1", "models": ["chat-model"]},
    ],
)
def test_blocked_kind_host_or_id_blocks_whole_entry(entry: dict[str, object]) -> None:
    config = parse_config({"providers": [{**entry, "api_key": "k"}]})
    router = Router(config, BlockList(config.blocked))
    assert router.entries[str(entry["id"])].blocked_rule is not None
    assert not router.is_enabled(str(entry["id"]))
    assert router.available_models() == []


def test_a_punycode_host_is_read_as_it_shows() -> None:
    # red-team #8: api.xn--dpseek-3ofa.com is api.dеepseek.com with a Cyrillic е, and was not blocked
    bl = BlockList()
    assert bl.host_rule("api.xn--dpseek-3ofa.com") and bl.host_rule("API.XN--DPSEEK-3OFA.COM")
    assert bl.host_rule("api.openai.com") is None and bl.host_rule("xn--not-valid-") is None


def test_config_block_list_adds_to_builtin() -> None:
    bl = BlockList(BlockedSettings(model_patterns=["*grok*"], hosts=["*.example.cn"], kinds=["xai"]))
    assert bl.model_rule("GROK-2") and bl.model_rule("deepseek-chat")
    assert bl.host_rule("api.example.cn") and not bl.host_rule("example.cn.evil.org")
    assert bl.kind_rule("xai") and bl.kind_rule("deepseek")


def test_reply_from_a_blocked_model_is_withheld(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.reply_model = "deepseek-r1-0528"
    with pytest.raises(openai.APIStatusError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert exc.value.status_code == 403 and exc.value.code == "provider_blocked"


@pytest.mark.parametrize("stream", [False, True])
def test_a_provider_that_answers_as_a_blocked_model_is_switched_off(
    gateway: Gateway, upstream: Upstream, stream: bool
) -> None:
    """Red-team #8: a renamed DeepSeek deployment had each reply withheld but still received every later prompt. The
    first reply that names a blocked model switches the provider off (stored, audited, on every replica); nothing
    more reaches it until an admin switches it back on."""
    upstream.mock.behaviour.reply_model = "deepseek-reasoner"
    messages = [{"role": "user", "content": "hi"}]
    client = gateway.client()
    if stream:
        with pytest.raises(openai.APIError):
            for _ in client.chat.completions.create(model="gpt-4o-mini", messages=messages, stream=True):
                pass
    else:
        with pytest.raises(openai.PermissionDeniedError):
            client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    assert len(upstream.mock.received) == 1
    upstream.mock.behaviour.reply_model = None
    with pytest.raises(openai.PermissionDeniedError) as exc:
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "second"}])
    assert exc.value.code == "provider_disabled"
    assert len(upstream.mock.received) == 1  # the second prompt never left
    listing = httpx.get(f"{gateway.url}/admin/api/providers", headers=gateway.headers("admin")).json()["data"]
    view = next(p for p in listing if "gpt-4o-mini" in p["models"])
    assert view["enabled"] is False and view["updated_by"] == QUARANTINE_ACTOR
    # the admin's switch brings it back once the deployment has been reviewed
    r = httpx.patch(
        f"{gateway.url}/admin/api/providers/{view['id']}", json={"enabled": True}, headers=gateway.headers("admin")
    )
    assert r.status_code == 200
    client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "third"}])
    assert len(upstream.mock.received) == 2
