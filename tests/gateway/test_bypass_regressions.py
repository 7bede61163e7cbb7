"""Bypasses a red-team review found through the HTTP interface (2026-11-23), each refused now, with what reached the
mock upstream checked. Every value is the checksum-valid test RRN; nothing may reach the provider or the audit log."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

RRN = "850315-1234566"
DATA = f"주민등록번호 {RRN}"
HI = [{"role": "user", "content": "hi"}]

REFUSED: list[tuple[str, str, dict[str, Any]]] = [
    # fields that were skipped as binary or as identifiers
    (
        "audio data",
        "/v1/chat/completions",
        {"messages": [{"role": "user", "content": "read it", "audio": {"data": DATA}}]},
    ),
    ("audio id", "/v1/chat/completions", {"messages": [{"role": "assistant", "audio": {"id": DATA}}, *HI]}),
    (
        "tool call id",
        "/v1/chat/completions",
        {
            "messages": [
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [{"id": DATA, "type": "function", "function": {"name": "f", "arguments": "{}"}}],
                },
                {"role": "tool", "tool_call_id": DATA, "content": "ok"},
            ]
        },
    ),
    (
        "responses item id",
        "/v1/responses",
        {"input": [{"type": "message", "id": DATA, "role": "user", "content": "hi"}]},
    ),
    # dict keys
    ("metadata key", "/v1/chat/completions", {"messages": HI, "metadata": {DATA: "v"}}),
    (
        "schema property name",
        "/v1/chat/completions",
        {
            "messages": HI,
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "f",
                        "parameters": {"type": "object", "properties": {DATA: {"type": "string"}}},
                    },
                }
            ],
        },
    ),
    ("enum value", "/v1/chat/completions", {"messages": HI, "response_format": {"type": DATA}}),
    # values split across messages with a word next to them
    (
        "split between words",
        "/v1/chat/completions",
        {"messages": [{"role": "user", "content": c} for c in ("x", "850315-", "1234566", "y")]},
    ),
    # red-team #8 F1: halves far apart, in two turns with a reply between them, or in two fields of a tool schema
    (
        "halves in two turns",
        "/v1/chat/completions",
        {
            "messages": [
                {"role": "user", "content": "제 주민번호 앞자리는 850315예요. 서류 작성 도와주세요."},
                {"role": "assistant", "content": "네, 어떤 서류인지 알려주시면 도와드리겠습니다."},
                {"role": "user", "content": "건강보험 신청서요. 아 뒷자리는 1234566입니다."},
            ]
        },
    ),
    # red-team #8 F5: a card number's halves in two turns
    (
        "card halves in two turns",
        "/v1/chat/completions",
        {
            "messages": [
                {"role": "user", "content": "법인카드 앞 8자리 4357 3249 로 결제했어요."},
                {"role": "assistant", "content": "네, 나머지도 알려주시면 정리해 드릴게요."},
                {"role": "user", "content": "뒤 8자리는 3469-5466 입니다. 영수증 양식 만들어 줘."},
            ]
        },
    ),
    (
        "halves as JSON numbers in a tool schema",
        "/v1/chat/completions",
        {
            "messages": [{"role": "user", "content": "resident number front and back are in the tool defaults"}],
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "register",
                        "description": "주민번호 앞자리와 뒷자리",
                        "parameters": {
                            "type": "object",
                            "properties": {
                                "front": {"type": "integer", "default": 850315},
                                "back": {"type": "integer", "default": 1234566},
                            },
                        },
                    },
                }
            ],
        },
    ),
    # red-team #9: a number spelled as a list of small integers in a schema
    *(
        (
            f"a {what} as a list of small integers",
            "/v1/chat/completions",
            {
                "messages": [{"role": "user", "content": "fill the form with the defaults"}],
                "tools": [
                    {
                        "type": "function",
                        "function": {
                            "name": "fill",
                            "parameters": {"type": "object", "properties": {"x": {"type": "array", "default": items}}},
                        },
                    }
                ],
            },
        )
        for what, items in (
            ("resident number", [8, 5, 0, 3, 1, 5, 1, 2, 3, 4, 5, 6, 6]),
            ("card number", [5365, 1012, 3456, 7893]),
            # red-team #10 finding 3: objects, pairs, a dash string, floats and negatives
            ("card number as form fields", {"card_no1": 5365, "card_no2": 1012, "card_no3": 3456, "card_no4": 7893}),
            ("card number as pairs", [[5365, 1012], [3456, 7893]]),
            ("card number as objects", [{"g": 5365}, {"g": 1012}, {"g": 3456}, {"g": 7893}]),
            ("resident number with a dash string", [8, 5, 0, 3, 1, 5, "-", 1, 2, 3, 4, 5, 6, 6]),
            ("resident number as floats", [8.0, 5.0, 0.0, 3.0, 1.0, 5.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 6.0]),
            ("resident number as negatives", [-8, -5, 0, -3, -1, -5, -1, -2, -3, -4, -5, -6, -6]),
        )
    ),
]


@pytest.mark.parametrize(("what", "path", "body"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_and_nothing_forwarded(
    gateway: Gateway, upstream: Upstream, what: str, path: str, body: dict[str, Any]
) -> None:
    r = httpx.post(gateway.url + path, headers=gateway.headers(), json={"model": "gpt-4o-mini", **body})
    assert r.status_code in (400, 403), r.text
    assert RRN not in r.text and RRN.replace("-", "") not in r.text
    assert upstream.mock.received == []


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/completions", {"model": "gpt-3.5-turbo-instruct", "prompt": [[], [5159, 44498, 45, 374, 220]]}),
        ("/v1/embeddings", {"model": "text-embedding-3-small", "input": [[5159, 44498], []]}),
    ],
)
def test_token_arrays_with_an_empty_list_are_token_arrays(
    gateway: Gateway, upstream: Upstream, path: str, body: dict[str, Any]
) -> None:
    r = httpx.post(gateway.url + path, headers=gateway.headers(), json=body)
    assert r.status_code == 403 and "token ids" in r.json()["error"]["message"]
    assert upstream.mock.received == []


@pytest.mark.parametrize(
    "extra",
    [
        '"tools": [{"type": "function", "function": {"name": "f", "parameters": '
        + '{"a": ' * 1000
        + "1"
        + "}" * 1000
        + "}}]",
        '"response_format": {"type": "json_schema", "x": ' + "[" * 300 + "]" * 300 + "}",
    ],
    ids=["1000 deep in a tool schema", "300 deep list"],
)
def test_deep_nesting_is_a_400_not_a_500(gateway: Gateway, upstream: Upstream, extra: str) -> None:
    raw = '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], ' + extra + "}"
    headers = {**gateway.headers(), "content-type": "application/json"}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=headers, content=raw.encode())
    assert r.status_code == 400, r.text
    assert upstream.mock.received == []


def test_unknown_field_named_with_data_is_not_echoed(gateway: Gateway, upstream: Upstream) -> None:
    body = {"model": "gpt-4o-mini", "messages": HI, DATA: 1}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 400
    assert RRN not in r.text and "unknown field" in r.text


def test_blocked_model_name_with_data_is_redacted_in_the_audit_log(gateway: Gateway, upstream: Upstream) -> None:
    body = {"model": f"deepseek {DATA}", "messages": HI}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 403
    rid = r.headers["x-request-id"]
    rec = httpx.get(f"{gateway.url}/admin/api/audit/{rid}", headers=gateway.headers("auditor"))
    assert rec.status_code == 200
    assert RRN not in rec.text and "deepseek" in rec.json()["requested_model"]


def test_key_with_data_in_an_audit_span_path_is_withheld(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": {"entities": {"EMAIL_ADDRESS": "mask"}}})
    key = "reply to hong.gildong@example.com"
    r = httpx.post(
        gw.url + "/v1/chat/completions",
        headers=gw.headers(),
        json={"model": "gpt-4o-mini", "messages": HI, "metadata": {key: "v", "note": "hong.gildong@example.com"}},
    )
    assert r.status_code == 200, r.text
    sent = upstream.mock.bodies()[0]
    assert "hong.gildong@example.com" not in upstream.mock.raw().decode()
    assert list(sent["metadata"].values()) == ["v", "<EMAIL_ADDRESS_1>"]  # the key renamed in place, the order kept
    rec = httpx.get(f"{gw.url}/admin/api/audit/{r.headers['x-request-id']}", headers=gw.headers("auditor")).text
    assert "hong.gildong" not in rec


def test_stream_from_a_blocked_model_is_cut_even_after_a_keep_alive(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.reply_model = "DeepSeek-R1"
    upstream.mock.behaviour.stream_preamble = b": keep-alive\n\n"
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hello there"}], "stream": True}
    with httpx.stream("POST", gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body) as r:
        text = "".join(r.iter_text())
    assert "hello there" not in text and "DeepSeek-R1" not in text
    assert "provider_blocked" in text or "blocked model" in text


@pytest.mark.parametrize("line_end", [b"\r", b"\r\n"])
def test_stream_framed_with_carriage_returns_is_cut_and_its_provider_switched_off(
    gateway: Gateway, upstream: Upstream, line_end: bytes
) -> None:
    """Red-team #9 finding 9: events framed `\\r\\r` were never checked, so a renamed DeepSeek deployment's stream
    reached the client and the provider stayed on."""
    upstream.mock.behaviour.reply_model = "deepseek-reasoner"
    upstream.mock.behaviour.stream_line_end = line_end
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hello there"}], "stream": True}
    with httpx.stream("POST", gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body) as r:
        text = "".join(r.iter_text())
    assert "hello there" not in text and "deepseek-reasoner" not in text
    assert "blocked model" in text
    listing = httpx.get(f"{gateway.url}/admin/api/providers", headers=gateway.headers("admin")).json()["data"]
    assert next(p for p in listing if "gpt-4o-mini" in p["models"])["enabled"] is False


def test_stream_framed_with_carriage_returns_reaches_the_client_whole(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.stream_line_end = b"\r"
    client = gateway.client()
    stream = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hello there"}], stream=True
    )
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == "echo: hello there[0][1][2][3][4]"


@pytest.mark.parametrize("line_end", [b"\r", b"\r\n"])
def test_masked_values_are_restored_in_a_stream_framed_with_carriage_returns(
    gateway: Gateway, upstream: Upstream, line_end: bytes
) -> None:
    upstream.mock.behaviour.stream_line_end = line_end
    upstream.mock.behaviour.stream_split = 3  # placeholders split across events
    text = "회신은 hong.gildong@example.com 로 부탁"
    stream = gateway.client().chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": text}], stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "echo: " + text
    assert "hong.gildong" not in upstream.mock.raw().decode()


@pytest.mark.parametrize("model", ["ᴅᴇᴇᴘsᴇᴇᴋ-chat", "deeᴘseek-r1"])
def test_small_capitals_are_folded(gateway: Gateway, upstream: Upstream, model: str) -> None:
    r = httpx.post(
        gateway.url + "/v1/chat/completions", headers=gateway.headers(), json={"model": model, "messages": HI}
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "provider_blocked"
    assert upstream.mock.received == []


# --- second red-team pass ---------------------------------------------------------------------------------------

SECOND: list[tuple[str, str, dict[str, Any]]] = [
    (
        "letters and underscores stuck on",
        "/v1/chat/completions",
        {"messages": [{"role": "user", "content": "rrn_850315-1234566 card_4111111111111111 x850315-1234566"}]},
    ),
    (
        "seven dashes between the halves",
        "/v1/chat/completions",
        {"messages": [{"role": "user", "content": "850315-------1234566"}]},
    ),
    (
        "split between content and tool call arguments",
        "/v1/chat/completions",
        {
            "messages": [
                {
                    "role": "assistant",
                    "content": "주민번호 850315-",
                    "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "1234566"}}],
                },
                {"role": "tool", "tool_call_id": "c1", "content": "ok"},
            ]
        },
    ),
    (
        "split between a schema key and its description",
        "/v1/chat/completions",
        {
            "messages": HI,
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "f",
                        "parameters": {
                            "type": "object",
                            "properties": {"주민번호 850315-": {"type": "string", "description": "1234566"}},
                        },
                    },
                }
            ],
        },
    ),
    ("a key of digits alone", "/v1/chat/completions", {"messages": HI, "metadata": {RRN: "x"}}),
]


@pytest.mark.parametrize(("what", "path", "body"), SECOND, ids=[r[0] for r in SECOND])
def test_second_pass_refused(gateway: Gateway, upstream: Upstream, what: str, path: str, body: dict[str, Any]) -> None:
    r = httpx.post(gateway.url + path, headers=gateway.headers(), json={"model": "gpt-4o-mini", **body})
    assert r.status_code == 403, r.text
    assert upstream.mock.received == []
    rec = httpx.get(f"{gateway.url}/admin/api/audit/{r.headers['x-request-id']}", headers=gateway.headers("auditor"))
    assert "850315" not in rec.text  # neither the value nor a path made of it is stored


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/completions", {"model": "gpt-3.5-turbo-instruct", "prompt": [5159.0, 44498.0, 45.0, 374.0]}),
        ("/v1/completions", {"model": "gpt-3.5-turbo-instruct", "prompt": [[5159, 44498], [True]]}),
        ("/v1/embeddings", {"model": "text-embedding-3-small", "input": [False, 5159, 44498]}),
    ],
)
def test_number_arrays_of_any_kind_are_token_arrays(
    gateway: Gateway, upstream: Upstream, path: str, body: dict[str, Any]
) -> None:
    r = httpx.post(gateway.url + path, headers=gateway.headers(), json=body)
    assert r.status_code in (400, 403), r.text
    assert upstream.mock.received == []


def test_unknown_field_of_digits_is_not_echoed(gateway: Gateway, upstream: Upstream) -> None:
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "messages": HI, RRN: 1},
    )
    assert r.status_code == 400 and RRN not in r.text


def test_nested_masked_keys_are_masked_not_a_500(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "policy": {"entities": {"EMAIL_ADDRESS": "mask", "PHONE_NUMBER": "mask"}},
        }
    )
    props = {"hong.gildong@example.com": {"type": "object", "properties": {"010-4827-1935": {"type": "string"}}}}
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": props}}}
    r = httpx.post(
        gw.url + "/v1/chat/completions",
        headers=gw.headers(),
        json={"model": "gpt-4o-mini", "messages": HI, "tools": [tool]},
    )
    assert r.status_code == 200, r.text
    raw = upstream.mock.raw().decode()
    assert "hong.gildong" not in raw and "4827" not in raw
    sent = upstream.mock.bodies()[0]["tools"][0]["function"]["parameters"]["properties"]
    assert list(sent) == ["<EMAIL_ADDRESS_1>"] and list(sent["<EMAIL_ADDRESS_1>"]["properties"]) == ["<PHONE_NUMBER_1>"]


def test_blocked_model_name_with_undetected_text_is_withheld_in_the_audit_log(
    gateway: Gateway, upstream: Upstream
) -> None:
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "deepseek 아무 말 8503151234", "messages": HI},
    )
    assert r.status_code == 403
    rec = httpx.get(f"{gateway.url}/admin/api/audit/{r.headers['x-request-id']}", headers=gateway.headers("auditor"))
    assert "8503151234" not in rec.text and "아무" not in rec.text


def _requested_model(gw: Gateway, model: str) -> str:
    """The audit row's requested_model after a request for `model`, which the block list refuses."""
    r = httpx.post(gw.url + "/v1/chat/completions", headers=gw.headers(), json={"model": model, "messages": HI})
    assert r.status_code == 403 and r.json()["error"]["code"] == "provider_blocked"
    rec = httpx.get(f"{gw.url}/admin/api/audit/{r.headers['x-request-id']}", headers=gw.headers("auditor"))
    assert rec.status_code == 200
    label = rec.json()["requested_model"]
    assert isinstance(label, str)
    return label


@pytest.mark.parametrize(
    ("model", "label", "fragments"),
    [
        # red-team F10: names and domains no detector finds passed through raw
        ("deepseek-minsu.kim.korea.kr", "deepseek-*.*.*.kr", ["minsu", "kim", "korea"]),
        ("deepseek-chat-hong-gildong", "deepseek-chat-*-*", ["hong", "gildong"]),
        ("DeepSeek-R1@Hong.GilDong", "DeepSeek-R1@*.*", ["hong", "gildong"]),
        ("deepseek/minsu_kim:chat", "deepseek/*_*:chat", ["minsu", "kim"]),
        # a number in short groups is one number: each group alone would pass as a version
        ("deepseek-010-1234-5678", "deepseek-*-*-*", ["1234", "5678"]),
        ("deepseek-v3-850315-1234566", "deepseek-v3-*-*", ["850315", "1234566"]),
    ],
)
def test_blocked_model_name_keeps_only_model_words_in_the_audit_log(
    gateway: Gateway, upstream: Upstream, model: str, label: str, fragments: list[str]
) -> None:
    shown = _requested_model(gateway, model)
    assert shown == label
    assert not [f for f in fragments if f in shown.lower()]
    assert upstream.mock.bodies() == []


@pytest.mark.parametrize(
    "model",
    [
        "openrouter/deepseek/deepseek-r1-distill-qwen-7b",
        "accounts/fireworks/models/deepseek-v3",
        "deepseek-ai/DeepSeek-R1-Distill-Llama-70B",
        "DeepSeek-V2.5-1210",
        "deepseek-reasoner",
        "deepseek/deepseek-chat:free",
        "perplexity/r1-1776",
        "MAI-DS-R1",
        "us.deepseek.r1-v1:0",
    ],
)
def test_blocked_model_name_that_names_a_model_stays_readable(gateway: Gateway, upstream: Upstream, model: str) -> None:
    assert _requested_model(gateway, model) == model


def test_blocked_model_name_may_show_the_words_of_configured_models(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream, models=["gpt-4o-mini", "hyperclova-x-seed"])]})
    assert _requested_model(gw, "deepseek-vs-HyperCLOVA-seed-minsu") == "deepseek-vs-HyperCLOVA-seed-*"


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("deepseek-minsu.kim.korea.kr", "deepseek-*.*.*.kr"),
        ("openrouter/deepseek/deepseek-r1-distill-qwen-7b", "openrouter/deepseek/deepseek-r1-distill-qwen-7b"),
        ("DEEPSEEK-Chat-GILDONG", "DEEPSEEK-Chat-*"),  # compared in lower case, shown as given
        ("deepseek-hanbit-coder", "deepseek-hanbit-coder"),  # a configured model's word
        ("deepseek--r1__7b-", "deepseek--r1__7b-"),  # separators kept as given
        ("deepseek-chat-2024-12-26", "deepseek-chat-2024-12-26"),  # a date is not an id
        ("deepseek-1002-345-67890", "deepseek-*-*-*"),  # 12 digits in groups: an account, not a version
        ("deepseek-12345", "deepseek-*"),
        ("deepseek-r1-" + "x" * 200, "deepseek-r1-*"),
        ("deepseek 주민등록번호 850315-1234566", None),
        ("deepseek minsu", None),
        ("deepseek-민수", None),
        ("", None),
    ],
)
def test_model_label(name: str, label: str | None) -> None:
    from gateway.pipeline import MAX_MODEL_LABEL_CHARS, model_label

    shown = model_label(name, frozenset({"hanbit"}))
    assert shown == label
    assert shown is None or len(shown) <= MAX_MODEL_LABEL_CHARS


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("r1", True),
        ("v3", True),
        ("7b", True),
        ("70b", True),
        ("1776", True),
        ("q4", True),
        ("kr", True),
        ("12345", False),
        ("kim", False),
        ("minsu", False),
        ("abc123", False),
        ("qwen2", True),  # a model word with its version
        ("fp8", True),
        ("kim85", False),  # a surname and a birth year
        ("lee1990", False),
    ],
)
def test_version_like(token: str, expected: bool) -> None:
    from gateway.pipeline import _version_like

    assert _version_like(token) is expected


class _Blocklist:
    def model_rule(self, model: str) -> str | None:
        from gateway.blocklist import compact, fold

        return "model_patterns:*deepseek*" if "deepseek" in compact(fold(model)) else None


class _Svc:
    blocklist = _Blocklist()


@pytest.mark.parametrize(
    "chunks",
    [
        [b'data: {"model":"deep', b'seek-r1","choices":[]}\n\n'],  # split across two reads
        [b'data: {"model":"gpt-4.1-mini"}\n\ndata: {"model":"deepseek-r1"}\n\n'],  # the second event of a read
        [b'data: {"model":"d\\u0065epseek-r1"}\n\n'],  # escaped
        [b'data: {"\\u006dodel":"deepseek-r1"}\n\n'],  # escaped key
        [b": keep-alive\n\n", b'data: {"choices":[{"delta":{},"model":"DeepSeek-R1"}]}\n\n'],  # nested, late
        [b'data: {"model":"deepseek-r1", broken json\n\n'],  # not JSON: the raw bytes are still read
    ],
)
def test_stream_guard_reads_whole_events(chunks: list[bytes]) -> None:
    from gateway.errors import ProviderBlocked
    from gateway.pipeline import _StreamModelGuard

    guard = _StreamModelGuard(_Svc(), "p")  # type: ignore[arg-type]
    with pytest.raises(ProviderBlocked):
        for chunk in chunks:
            guard.feed(chunk)


@pytest.mark.parametrize(
    "chunks",
    [
        [b'data: {"model":"deepseek-reasoner","choices":[]}\r\r'],  # bare-CR framing (red-team #9 finding 9)
        [b'data: {"model":"gpt-4o"}\r\rdata: {"model":"deepseek-r1"}\r\r'],
        [b'data: {"model":"deepseek-r1"}\r', b"\r"],  # the blank line's CR in the next read
        [b'data: {"model":"deepseek-r1"}\r\n', b"\r\n"],
        [b'data: {"model":"deepseek-r1"}\n\r'],  # mixed line ends are still a blank line
        [b'data: {"model":"deepseek-r1"}'],  # no blank line before the stream ends: read at close
    ],
)
def test_stream_guard_reads_every_sse_line_ending(chunks: list[bytes]) -> None:
    from gateway.errors import ProviderBlocked
    from gateway.pipeline import _StreamModelGuard

    guard = _StreamModelGuard(_Svc(), "p")  # type: ignore[arg-type]
    with pytest.raises(ProviderBlocked):
        for chunk in chunks:
            guard.feed(chunk)
        guard.close()


def test_stream_guard_passes_only_checked_whole_events() -> None:
    from gateway.pipeline import _StreamModelGuard

    guard = _StreamModelGuard(_Svc(), "p")  # type: ignore[arg-type]
    first = b'data: {"model":"gpt-4o","choices":[{"delta":{"content":"a\\r\\nb"}}]}'
    assert guard.feed(first + b"\r") == b""
    assert guard.feed(b"\n") == b""  # one CRLF ends a line, not the event
    assert guard.feed(b'\r\ndata: {"model":"gpt') == first + b"\r\n\r\n"
    assert guard.feed(b'-4o"}\n\n: ping\n') == b'data: {"model":"gpt-4o"}\n\n'
    assert guard.close() == b": ping\n"


def test_stream_guard_ends_a_stream_whose_event_is_too_long_to_hold() -> None:
    from gateway.errors import UpstreamError
    from gateway.pipeline import _StreamModelGuard

    guard = _StreamModelGuard(_Svc(), "p")  # type: ignore[arg-type]
    guard.MAX_EVENT = 1 << 20
    piece = b"x" * (64 << 10)
    with pytest.raises(UpstreamError):
        guard.feed(b'data: {"model":"deepseek-r1","pad":"')
        for _ in range(17):
            assert guard.feed(piece) == b""


def test_stream_guard_passes_an_allowed_model() -> None:
    from gateway.pipeline import _StreamModelGuard

    guard = _StreamModelGuard(_Svc(), "p")  # type: ignore[arg-type]
    for chunk in (b'data: {"model":"gpt-4o","choices":[]}\n\n', b"data: [DONE]\n\n"):
        guard.feed(chunk)


def test_nested_model_in_a_reply_is_found() -> None:
    from gateway.pipeline import _models_in

    assert _models_in({"model": "gpt-4o", "choices": [{"message": {"model": "deepseek-r1"}}]}) == [
        "gpt-4o",
        "deepseek-r1",
    ]


@pytest.mark.parametrize("line_end", [b"\n", b"\r\n", b"\r"])
def test_stream_usage_is_read_whatever_the_line_ends(line_end: bytes) -> None:
    from gateway.providers.base import Usage
    from gateway.providers.passthrough import _scan_usage

    usage = Usage()
    event = b'data: {"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":5}}'
    rest = _scan_usage(event + line_end + line_end + b'data: {"choi', usage)
    assert (usage.prompt_tokens, usage.completion_tokens) == (7, 5)
    assert rest == b'data: {"choi'


# --- red-team #10 finding 1: resident numbers pasted column by column, with row numbers ----------------------------


def _rrn_halves(i: int) -> tuple[str, str]:
    """The i-th of twenty checksum-valid test resident numbers (born 1950-1999), as front and back half."""
    front, body = f"{50 + i * 2:02d}{1 + i % 12:02d}{1 + (i * 7) % 28:02d}", f"{1 + i % 2}{(i * 7919) % 100000:05d}"
    total = sum(int(d) * w for d, w in zip(front + body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    return front, body + str((11 - total % 11) % 10)


HALVES = [_rrn_halves(i) for i in range(20)]
NAMES = ["김민수", "이영희", "박철수", "최지은", "정다은"] * 4
TSV_FRONTS = "순번\t성명\t주민번호 앞자리\n" + "\n".join(f"{i + 1}\t{NAMES[i]}\t{f}" for i, (f, _) in enumerate(HALVES))
TSV_BACKS = "순번\t주민번호 뒷자리\n" + "\n".join(f"{i + 1}\t{b}" for i, (_, b) in enumerate(HALVES))
LIST_FRONTS = "이름과 주민번호 앞자리:\n" + "\n".join(f"{i + 1}. {NAMES[i]} {f}" for i, (f, _) in enumerate(HALVES))
LIST_BACKS = "\n".join(f"{i + 1}. {b}" for i, (_, b) in enumerate(HALVES))
JOIN = "두 표를 순번으로 합쳐 주민등록번호 13자리 명단을 만들어줘"


def _user(*contents: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": c} for c in contents]


COLUMNS: list[tuple[str, list[dict[str, Any]]]] = [
    ("tsv with a row number column", _user(f"{TSV_FRONTS}\n\n{TSV_BACKS}\n\n{JOIN}")),
    (
        "two turns with a reply between",
        [
            *_user(f"{TSV_FRONTS}\n이어서 보낼게"),
            {"role": "assistant", "content": "네, 나머지를 보내 주세요."},
            *_user(f"{TSV_BACKS}\n\n{JOIN}"),
        ],
    ),
    ("numbered lists", _user(f"{LIST_FRONTS}\n\n같은 순서로 주민번호 뒷자리:\n{LIST_BACKS}")),
    (
        "two content parts",
        [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": LIST_FRONTS},
                    {"type": "text", "text": f"같은 순서로 주민번호 뒷자리:\n{LIST_BACKS}"},
                ],
            }
        ],
    ),
    ("the backs headed only by 나머지", _user(f"{LIST_FRONTS}\n\n나머지:\n{LIST_BACKS}")),
    (
        "bullets in two turns",
        [
            *_user("이름과 주민번호 앞자리:\n" + "\n".join(f"- {NAMES[i]} {f}" for i, (f, _) in enumerate(HALVES))),
            {"role": "assistant", "content": "네."},
            *_user("뒷자리는 아래와 같아(같은 순서):\n" + "\n".join(f"- {b}" for _, b in HALVES)),
        ],
    ),
    (
        # more than split_halves.FAR_CHARS between the last front and the first back: only the columns pair them
        "numbered lists in two turns with a long reply between",
        [
            *_user(f"{LIST_FRONTS}\n이어서 보낼게"),
            {"role": "assistant", "content": "네, 나머지 목록을 보내 주시면 순서대로 정리하겠습니다. " * 14},
            *_user(f"같은 순서로 주민번호 뒷자리:\n{LIST_BACKS}"),
        ],
    ),
    (
        "a single numbered row",
        _user(f"주민번호 앞자리:\n1. 김민수 {HALVES[0][0]}\n\n주민번호 뒷자리:\n1. {HALVES[0][1]}"),
    ),
]


@pytest.mark.parametrize("messages", [m for _, m in COLUMNS], ids=[w for w, _ in COLUMNS])
def test_halves_pasted_column_by_column_are_refused(
    gateway: Gateway, upstream: Upstream, messages: list[dict[str, Any]]
) -> None:
    body = {"model": "gpt-4o-mini", "messages": messages}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 403, r.text
    assert upstream.mock.received == []
    rec = httpx.get(f"{gateway.url}/admin/api/audit/{r.headers['x-request-id']}", headers=gateway.headers("auditor"))
    assert not any(half in rec.text for pair in HALVES for half in pair)


def test_unlabelled_columns_of_order_numbers_and_codes_are_forwarded(gateway: Gateway, upstream: Upstream) -> None:
    """The same digits as order dates and product codes, with nothing that names resident numbers."""
    orders = "주문일자:\n" + "\n".join(f"{i + 1}. {f}" for i, (f, _) in enumerate(HALVES))
    codes = "상품코드:\n" + "\n".join(f"{i + 1}. {b}" for i, (_, b) in enumerate(HALVES))
    body = {"model": "gpt-4o-mini", "messages": _user(f"{orders}\n\n{codes}\n\n두 목록을 합쳐줘")}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 200, r.text
    assert HALVES[5][1] in upstream.mock.raw().decode()
