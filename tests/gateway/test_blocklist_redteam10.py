"""Red-team #10 finding 5: more models built from DeepSeek weights (Zhihu's DSR1 fine-tunes, TNG's R1T/R1T2 Chimera
merges without the DeepSeek prefix, RL fine-tunes of R1-Distill-Qwen whose model cards were checked), DeepSeek's
model lines written short, and Korean mixed into a Latin name. Each is refused, over HTTP too, and names of other
weights that hold the same letters stay allowed."""

from __future__ import annotations

import httpx
import openai
import pytest

from gateway.blocklist import BlockList, read_korean
from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

HI = [{"role": "user", "content": "hi"}]

BLOCKED = [
    # the report's names, as published and as deployments rename them
    "Zhihu-ai/Zhi-Create-DSR1-14B",
    "Zhihu-ai/Zhi-writing-dsr1-14b",
    "zhi-create-dsr1:14b-q4_K_M",
    "tngtech/R1T2-Chimera",
    "tngtech/DeepSeek-TNG-R1T2-Chimera",
    "R1T-Chimera",
    "r1t-chimera",
    "tngtech/deepseek-r1t2-chimera:free",
    "inclusionAI/AReaL-boba-RL-7B",
    "arcee-ai/Arcee-Maestro-7B-Preview",
    "bartowski/arcee-ai_Arcee-Maestro-7B-Preview-GGUF",
    "l3lab/L1-Qwen-1.5B-Max",
    "l3lab/L1-Qwen-1.5B-Exact",
    "R1-0528-Qwen3-8B",
    # DeepSeek's lines written short, as in-house aliases and papers do
    "ds-r1",
    "DS_R1:70b",
    "dsv3",
    "ds-v3",
    "dpsk-r1",
    "DS-Coder-6.7B",
    # Korean mixed into the name, and the Korean shortened
    "딥seek",
    "deep시크",
    "딥쉬크",
    "딥식-r1",
    "딥 seek-chat",
]

ALLOWED = [
    "words-r1",  # letters of a token inside a word are not the token
    "cards-v3",
    "r1tiny",
    "ds-chat",  # DeepSpeed-Chat
    "deepspeed-chat",
    "inclusionAI/AReaL-boba-2-8B",  # Qwen3
    "inclusionAI/AReaL-boba-SFT-32B",  # its card names no base model: not listed (docs/configuration.md)
    "Qwen/Qwen3-8B",
    "open-r1/OpenR1-Qwen-7B",
    "qihoo360/Light-R1-32B",
    "Embodied-R1",
    "딥러닝-모델",  # Korean words with the syllables read as Latin
    "공식-모델",
]


@pytest.mark.parametrize("model", BLOCKED)
def test_more_deepseek_derivatives_are_blocked(model: str) -> None:
    assert BlockList().model_rule(model) is not None


@pytest.mark.parametrize("model", ALLOWED)
def test_names_with_the_same_letters_stay_allowed(model: str) -> None:
    assert BlockList().model_rule(model) is None


def test_short_lines_report_their_token() -> None:
    bl = BlockList()
    assert bl.model_rule("Zhihu-ai/Zhi-Create-DSR1-14B") == "model_lineage:dsr1"
    assert bl.model_rule("tngtech/R1T2-Chimera") == "model_lineage:r1t2"
    assert bl.model_rule("DS-R1") == "model_lineage:dsr1"


def test_korean_syllables_are_read_as_latin_only_in_hangul_names() -> None:
    assert read_korean("딥seek") == "deepseek"
    assert read_korean("deep시크") == "deepseek"
    assert read_korean("gpt4o") == "gpt4o"


def test_the_reports_routes_load_as_blocked_and_nothing_leaves(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    """The report's config2.yaml: a hosted_vllm provider mapping friendly names to the derivatives. Each route loads
    as blocked, is not listed, is refused with provider_blocked, and no prompt reaches the upstream; the provider's
    other model still works."""
    blocked = {
        "zhi-create": "Zhihu-ai/Zhi-Create-DSR1-14B",
        "zhi-writing": "Zhihu-ai/Zhi-writing-dsr1-14b",
        "chimera": "tngtech/R1T2-Chimera",
        "chimera1": "r1t-chimera",
        "areal": "inclusionAI/AReaL-boba-RL-7B",
        "maestro": "arcee-ai/Arcee-Maestro-7B-Preview",
        "l1": "l3lab/L1-Qwen-1.5B-Max",
    }
    entry = mock_provider(
        upstream, id="onprem", kind="hosted_vllm", api_key=None, models={**blocked, "qwen": "qwen2.5-72b-instruct"}
    )
    gw = make_gateway({"providers": [entry]})
    listing = httpx.get(f"{gw.url}/admin/api/providers", headers=gw.headers("admin")).json()["data"]
    view = next(p for p in listing if p["id"] == "onprem")
    assert view["blocked_rule"] is None and view["blocked_models"] == sorted(blocked)
    client = gw.client()
    assert {m.id for m in client.models.list()} == {"qwen"}
    for name in (*blocked, "tngtech/R1T2-Chimera", "dpsk-r1"):
        with pytest.raises(openai.PermissionDeniedError) as exc:
            client.chat.completions.create(model=name, messages=HI)  # type: ignore[arg-type]
        assert exc.value.code == "provider_blocked", name
    assert upstream.mock.received == []
    client.chat.completions.create(model="qwen", messages=HI)  # type: ignore[arg-type]
    assert len(upstream.mock.received) == 1


def test_a_provider_answering_as_a_renamed_chimera_is_withheld(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.reply_model = "R1T2-Chimera"
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=HI)  # type: ignore[arg-type]
    assert exc.value.code == "provider_blocked"
