"""Red-team #9 finding 8: DeepSeek-R1-Distill derivatives under other names, hiragana and more look-alike letters,
one-slip misspellings, and aggregator routers that pick the model or provider only when a request arrives. Each is
refused by the block list, and real model names of other weights stay allowed."""

from __future__ import annotations

from pathlib import Path

import httpx
import openai
import pytest

from gateway.blocklist import BUILTIN_MODEL_PATTERNS, NEAR_NAMES, ROUTER_PATTERNS, BlockList, compact, fold
from gateway.config import parse_config
from gateway.routing import Router
from tests.conftest import REPO, GatewayFactory, Upstream, mock_provider

HI = [{"role": "user", "content": "hi"}]

# RL fine-tunes of DeepSeek-R1-Distill-Qwen weights, per their model cards, as published and as redistributed
DERIVATIVES = [
    "nvidia/AceReason-Nemotron-14B",
    "nvidia/AceReason-Nemotron-7B",
    "bartowski/nvidia_AceReason-Nemotron-14B-GGUF",
    "AceReason-Nemotron-1.0-7B",
    "qihoo360/TinyR1-32B-Preview",
    "PKU-DS-LAB/FairyR1-32B",
    "PKU-DS-LAB/FairyR1-14B-Preview",
    "nvidia/Nemotron-Research-Reasoning-Qwen-1.5B",
    "knoveleng/Open-RS1",
    "knoveleng/Open-RS3",
    "RUC-AIBOX/STILL-3-1.5B-preview",
    "Zyphra/ZR1-1.5B",
    "hf.co/mradermacher/ZR1-1.5B-GGUF:Q4_K_M",
]

# Same family names, other weights: kept allowed, as the list's rule says (trained from DeepSeek weights is on it)
SAME_FAMILY_OTHER_WEIGHTS = [
    "nvidia/AceReason-Nemotron-1.1-7B",  # Qwen2.5-Math-7B, fine-tuned on DeepSeek-R1 outputs
    "qihoo360/TinyR1-Safety-8B",  # Qwen3-8B
]

LOOK_ALIKES = [
    "でぃーぷしーく",  # hiragana
    "でぃーぷしーく-chat",
    "でぃーぷ・しーく",
    "ꓒeepseek-chat",  # Lisu PHA
    "đeepseek-chat",  # d with stroke
    "Đeepseek-chat",
    "Ðeepseek-chat",  # Icelandic eth, drawn as the capital D with stroke
    "ɗeepseek",
    "ďeepseek",
    "deeⲣseek",  # Coptic ro
    "DEEⲢSEEK",
    "ᵭeeᵽşeeⱪ",
    "ⅾeepseek",  # small roman numeral five hundred: NFKC gives d
    "ᴅᴇᴇᴘsᴇᴇᴋ",
]

TYPOS = [
    "deepsek",
    "deepseeek",
    "deepseck",
    "deespeek",
    "depseek-r1",
    "deepseekk-chat",
    "deep-sek-v3",
    "d33psek",
    "dipsik",
    "dipsik-r1",
    "dipseek",
    "deepsik",
    "openrouter/dipsik:free",
]

ROUTERS = [
    "openrouter/auto",
    "OpenRouter/Auto",
    "openrouter/openrouter/auto",
    "openrouter/auto:floor",
    "meta-llama/llama-3.3-70b-instruct:nitro",
    "openai/gpt-4o:floor",
    "qwen/qwen-2.5-72b-instruct:nitro:free",
    "ｏｐｅｎｒｏｕｔｅｒ/ａｕｔｏ",
]

# Real model names of other weights, among them the neighbours of the new rules (deepspeed, deepset, DeepSearch,
# distil-*, open-r1, Nitro-E, Ollama tags): none may be caught by the folding, the derivative patterns, the
# one-edit rule or the router rule.
REAL_NAMES = [
    "gpt-4o",
    "gpt-4o-mini",
    "gpt-4.1-mini",
    "o3-mini",
    "openai/gpt-oss-120b",
    "claude-sonnet-4-5",
    "claude-3-5-haiku-20241022",
    "gemini-2.5-pro",
    "gemini-2.0-flash",
    "llama-3.1-70b",
    "meta-llama/Llama-3.3-70B-Instruct",
    "llama3.1:8b",
    "qwen2.5-72b-instruct",
    "qwen2.5:72b",
    "Qwen/QwQ-32B",
    "Qwen/Qwen3-235B-A22B",
    "mistral-large",
    "mistralai/Magistral-Small-2506",
    "solar-pro",
    "upstage/solar-pro-preview-instruct",
    "exaone-3.5",
    "LGAI-EXAONE/EXAONE-3.5-32B-Instruct",
    "hyperclova-x",
    "naver-hyperclovax/HyperCLOVAX-SEED-Text-Instruct-1.5B",
    "kakaocorp/kanana-1.5-8b-instruct",
    "skt/A.X-4.0",
    "nemotron-4-340b",
    "nvidia/Llama-3.1-Nemotron-Ultra-253B-v1",
    "nvidia/OpenReasoning-Nemotron-32B",
    "nvidia/OpenMath-Nemotron-7B",
    "nvidia/AceMath-RL-Nemotron-7B",
    "nvidia/Nemotron-Research-Tool-N1-7B",
    "deepcogito",
    "deepcogito/cogito-v1-preview-llama-70B",
    "microsoft/DeepSpeed",
    "deepspeed-chat",
    "deepset/roberta-base-squad2",
    "jina-deepsearch-v1",
    "google-deepmind/gemma-3-27b-it",
    "distil-whisper/distil-large-v3",
    "distilbert-base-uncased",
    "open-r1/OpenR1-Qwen-7B",
    "open-thoughts/OpenThinker-32B",
    "bespokelabs/Bespoke-Stratos-32B",
    "qihoo360/Light-R1-32B",
    "ByteDance-Seed/Seed-OSS-36B-Instruct",
    "moonshotai/Kimi-K2-Instruct",
    "zai-org/GLM-4.5",
    "bigscience/bloomz-7b1",
    "amd/Nitro-E",
    "perplexity/sonar-pro",
    "openrouter/openai/gpt-4o:free",
    "openrouter/anthropic/claude-sonnet-4.5",
    "text-embedding-3-small",
    "りんな",  # hiragana that is not a blocked name
    "しーく",
    "シーク",
    "クロード",
]


@pytest.mark.parametrize("model", DERIVATIVES)
def test_derivatives_of_deepseek_weights_are_blocked(model: str) -> None:
    rule = BlockList().model_rule(model)
    assert rule is not None and rule.startswith("model_patterns:"), rule


@pytest.mark.parametrize("model", SAME_FAMILY_OTHER_WEIGHTS + REAL_NAMES)
def test_real_names_of_other_weights_stay_allowed(model: str) -> None:
    assert BlockList().model_rule(model) is None


@pytest.mark.parametrize("model", LOOK_ALIKES)
def test_look_alikes_fold_to_deepseek(model: str) -> None:
    assert BlockList().model_rule(model) in ("model_patterns:*deepseek*", "model_patterns:*ディープシーク*")


def test_hiragana_folds_to_katakana() -> None:
    assert fold("でぃーぷしーく") == fold("ディープシーク")
    assert compact(fold("でぃーぷ・しーく")) == compact(fold("ディープシーク"))
    assert fold("ゝゞ") == fold("ヽヾ")
    # every hiragana letter has its katakana twin, and nothing outside the block moves
    assert all(fold(chr(cp)) == fold(chr(cp + 0x60)) for cp in range(0x3041, 0x3097))
    assert fold("ー・漢字") == "ー 漢字"


@pytest.mark.parametrize(
    ("letter", "look_alikes"),
    [
        ("d", "đĐðÐƌȡᵭᶁᶑꝺꓒᗞᏧꮷɗɖďꓓᎠᑯ"),
        ("e", "ɇɆɛƐᶒⱸꬲҽҼ℮ⴹеꓰ"),
        ("p", "ᵽƥƤᵱᶈꝓꝕþÞⲣⲢ⍴ᑭрꓑ"),
        ("s", "ʂᶊȿᵴꞩƽƼᏕꮥѕꓢ"),
        ("k", "ⱪⱩᶄꝁꝃꝅꞣⲕⲔᛕӄҝҟҡкƙ"),
    ],
)
def test_each_look_alike_folds_to_its_letter(letter: str, look_alikes: str) -> None:
    bl = BlockList()
    for ch in look_alikes:
        assert fold(ch) == letter, (ch, f"U+{ord(ch):04X}")
        assert bl.model_rule("deepseek".replace(letter, ch)) == "model_patterns:*deepseek*", ch


@pytest.mark.parametrize("model", TYPOS)
def test_misspellings_of_deepseek_are_blocked(model: str) -> None:
    assert BlockList().model_rule(model) is not None


def test_one_edit_rule_reports_itself_and_stops_at_two_edits() -> None:
    bl = BlockList()
    assert NEAR_NAMES == ("deepseek",)
    assert bl.model_rule("deepsek") == "model_near:deepseek"
    assert bl.model_rule("azure_ai/DeepSeeek-R1") == "model_near:deepseek"
    assert bl.model_rule("d3epsek") == "model_near:deepseek"  # digit look-alikes count, as for the patterns
    # two edits away: deepspeed (Microsoft's training library), deepset, deepsearch
    for name in ("deepspeed", "deepset", "deepsearch", "deepsea", "deep-speech", "deepspeak"):
        assert bl.model_rule(name) is None, name


@pytest.mark.parametrize("model", ROUTERS)
def test_aggregator_routers_are_blocked(model: str) -> None:
    rule = BlockList().model_rule(model)
    assert rule is not None and rule.startswith("routers:"), rule


def test_router_rules_match_the_folded_name_only() -> None:
    bl = BlockList()
    assert set(ROUTER_PATTERNS) >= {"*openrouter/auto", "*:floor", "*:nitro"}
    for name in ("nitro", "floor-plan-7b", "x-nitro", "llama3:8b", "openrouter/automation-7b", "gpt-4o:free"):
        assert bl.model_rule(name) is None, name


def test_configured_router_and_derivative_routes_load_as_blocked() -> None:
    config = parse_config(
        {
            "providers": [
                {
                    "id": "or",
                    "kind": "openrouter",
                    "api_key": "k",
                    "models": {
                        "smart": "openrouter/auto",
                        "cheap": "meta-llama/llama-3.3-70b-instruct:floor",
                        "fast": "meta-llama/llama-3.3-70b-instruct:nitro",
                        "llama": "meta-llama/llama-3.3-70b-instruct",
                    },
                },
                {
                    "id": "onprem",
                    "kind": "hosted_vllm",
                    "api_base": "http://127.0.0.1:9/v1",
                    "models": {"math-helper": "nvidia/AceReason-Nemotron-14B", "qwen": "Qwen/Qwen2.5-72B-Instruct"},
                },
            ]
        }
    )
    router = Router(config, BlockList(config.blocked))
    assert router.entries["or"].blocked_rule is None
    assert router.entries["or"].blocked_models == {
        "smart": "routers:*openrouter/auto",
        "cheap": "routers:*:floor",
        "fast": "routers:*:nitro",
    }
    assert router.entries["onprem"].blocked_models == {"math-helper": "model_patterns:*acereason-nemotron-14b*"}
    assert {r.client_model for r in router.available_models()} == {"llama", "qwen"}


def test_docs_list_every_builtin_rule() -> None:
    """docs/configuration.md enumerates the built-in rules; a rule added here must be added there."""
    doc = (Path(REPO) / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = [p for p in (*BUILTIN_MODEL_PATTERNS, *ROUTER_PATTERNS, *NEAR_NAMES) if f"`{p}`" not in doc]
    assert missing == []


def test_a_derivative_mapping_is_refused_over_http_and_nothing_reaches_the_upstream(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    """The red-team's config2.yaml: a key-less on-prem provider mapping friendly names to DeepSeek derivatives and
    look-alikes. Each route loads as blocked, is not listed, is refused with provider_blocked, and no byte of any
    prompt reaches the upstream; the provider's other model still works."""
    blocked = {
        "math-helper": "nvidia/AceReason-Nemotron-14B",
        "tiny-reasoner": "qihoo360/TinyR1-32B-Preview",
        "fairy": "PKU-DS-LAB/FairyR1-32B",
        "prorl": "nvidia/Nemotron-Research-Reasoning-Qwen-1.5B",
        "ds-hiragana": "でぃーぷしーく-chat",
        "lisu": "ꓒeepseek-chat",
        "dstroke": "đeepseek-chat",
        "typo": "deepsek-chat",
    }
    entry = mock_provider(
        upstream,
        id="onprem-reasoners",
        kind="hosted_vllm",
        api_key=None,
        models={**blocked, "qwen": "qwen2.5-72b-instruct"},
    )
    gw = make_gateway({"providers": [entry]})
    listing = httpx.get(f"{gw.url}/admin/api/providers", headers=gw.headers("admin")).json()["data"]
    view = next(p for p in listing if p["id"] == "onprem-reasoners")
    assert view["blocked_rule"] is None and view["blocked_models"] == sorted(blocked)
    client = gw.client()
    assert {m.id for m in client.models.list()} == {"qwen"}
    for name in (*blocked, "nvidia/AceReason-Nemotron-14B", "openrouter/auto"):
        with pytest.raises(openai.PermissionDeniedError) as exc:
            client.chat.completions.create(model=name, messages=HI)
        assert exc.value.code == "provider_blocked", name
        assert exc.value.response.headers["x-request-id"]
    with pytest.raises(openai.PermissionDeniedError) as exc:
        client.chat.completions.create(model="math-helper", messages=HI, stream=True)
    assert "acereason-nemotron-14b" in exc.value.message
    assert upstream.mock.received == []
    client.chat.completions.create(model="qwen", messages=HI)
    assert [b["model"] for b in upstream.mock.bodies()] == ["qwen2.5-72b-instruct"]
