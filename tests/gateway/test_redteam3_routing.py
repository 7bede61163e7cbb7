"""Findings of the third red-team pass (2026) through the HTTP interface, each refused or fixed now: DeepSeek under
Korean and Japanese names and middle dots, a reply whose `model` is not a name, monitor mode over a locked entity,
client values echoed in 400 messages, and blank or control-character justifications."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import openai
import pytest

from gateway.blocklist import BlockList
from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

RRN = "850315-1234566"
HI = [{"role": "user", "content": "hi"}]


def _audit(gw: Gateway, rid: str) -> dict[str, Any]:
    return gw.audit_record(rid)


# --- 1. DeepSeek under other scripts -----------------------------------------------------------------------
OTHER_SCRIPT_NAMES = [
    "딥시크",
    "딥시크-r1",
    "딥시크-V3",
    "딥 시크",
    "ディープシーク-V3",
    "ディープ・シーク",
    "ﾃﾞｨｰﾌﾟ･ｼｰｸ",  # half-width katakana and half-width middle dot
    "深度求索",
    "deep・seek-v3",
    "deep・seek",
    "deep·seek",
    "deep･seek",
    "deep‧seek",
    "deep•seek",
    # fourth red-team pass: another Hangul spelling, hyphens for the long vowel, derivatives under other names
    "딥씨크-v3",
    "ディ-プシ-ク-R1",
    "agentica-org/DeepScaleR-1.5B-Preview",
    "DeepCoder-14B-Preview",
]


@pytest.mark.parametrize("model", OTHER_SCRIPT_NAMES)
def test_deepseek_in_other_scripts_is_blocked_by_the_builtin_rules(model: str) -> None:
    assert BlockList().model_rule(model) is not None


@pytest.mark.parametrize("model", ["クロード", "シーク", "딥러닝-모델", "gpt·4o", "qwen"])
def test_other_names_in_those_scripts_are_left_alone(model: str) -> None:
    assert BlockList().model_rule(model) is None


def test_client_asking_for_deepseek_in_other_scripts_is_refused(gateway: Gateway, upstream: Upstream) -> None:
    for model in OTHER_SCRIPT_NAMES:
        r = httpx.post(
            gateway.url + "/v1/chat/completions", headers=gateway.headers(), json={"model": model, "messages": HI}
        )
        assert r.status_code == 403 and r.json()["error"]["code"] == "provider_blocked", (model, r.text)
    assert upstream.mock.received == []


def test_provider_entry_with_deepseek_in_other_scripts_loads_as_blocked(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    # repro 04: every one of these was listed by GET /v1/models and forwarded
    entry = mock_provider(
        upstream,
        id="p-korean",
        kind="hosted_vllm",
        models={"a5": "딥시크-r1", "딥시크": "qwen", "a7": "ディープシーク-V3", "a8": "deep・seek-v3", "ok": "qwen"},
    )
    gw = make_gateway({"providers": [entry]})
    listing = httpx.get(f"{gw.url}/admin/api/providers", headers=gw.headers("admin")).json()["data"]
    view = next(p for p in listing if p["id"] == "p-korean")
    assert view["blocked_models"] == sorted(["a5", "딥시크", "a7", "a8"])
    assert {m.id for m in gw.client().models.list()} == {"ok"}
    for model in ("a5", "딥시크", "a7", "a8"):
        with pytest.raises(openai.PermissionDeniedError) as exc:
            gw.client().chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}])
        assert exc.value.code == "provider_blocked"
    assert upstream.mock.received == []
    gw.client().chat.completions.create(model="ok", messages=[{"role": "user", "content": "hi"}])
    assert len(upstream.mock.received) == 1


@pytest.mark.parametrize("reply_model", ["딥시크-V3", "deep・seek", "ディープ・シーク-R1"])
def test_reply_from_deepseek_in_other_scripts_is_withheld(
    gateway: Gateway, upstream: Upstream, reply_model: str
) -> None:
    upstream.mock.behaviour.reply_model = reply_model
    r = httpx.post(
        gateway.url + "/v1/chat/completions", headers=gateway.headers(), json={"model": "gpt-4o-mini", "messages": HI}
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "provider_blocked"
    assert "echo:" not in r.text


@pytest.mark.parametrize("reply_model", ["딥시크-V3", "deep・seek"])
def test_stream_from_deepseek_in_other_scripts_is_cut(gateway: Gateway, upstream: Upstream, reply_model: str) -> None:
    upstream.mock.behaviour.reply_model = reply_model
    text = _streamed(gateway)
    assert "provider_blocked" in text and "echo:" not in text


def _streamed(gateway: Gateway) -> str:
    """The whole streamed reply to a short chat request."""
    body = {"model": "gpt-4o-mini", "messages": HI, "stream": True}
    with httpx.stream("POST", gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body) as r:
        return r.read().decode()


NOT_A_NAME: list[Any] = [["deepseek-r1"], {"name": "deepseek-r1"}, 7, 1.5, True, [None]]


@pytest.mark.parametrize("reply_model", NOT_A_NAME, ids=lambda v: type(v).__name__)
def test_reply_whose_model_is_not_a_string_is_withheld(gateway: Gateway, upstream: Upstream, reply_model: Any) -> None:
    upstream.mock.behaviour.reply_model = reply_model
    r = httpx.post(
        gateway.url + "/v1/chat/completions", headers=gateway.headers(), json={"model": "gpt-4o-mini", "messages": HI}
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "provider_blocked", r.text
    assert "echo:" not in r.text


@pytest.mark.parametrize("reply_model", NOT_A_NAME, ids=lambda v: type(v).__name__)
def test_stream_whose_model_is_not_a_string_is_cut(gateway: Gateway, upstream: Upstream, reply_model: Any) -> None:
    upstream.mock.behaviour.reply_model = reply_model
    text = _streamed(gateway)
    assert "provider_blocked" in text and "echo:" not in text


def test_responses_reply_echoing_a_tool_schema_with_a_model_property_passes(
    gateway: Gateway, upstream: Upstream
) -> None:
    # a JSON Schema property called `model` holds a schema, not a model name: not a reason to withhold a reply
    tool = {
        "type": "function",
        "name": "pick",
        "parameters": {"type": "object", "properties": {"model": {"type": "string"}}},
    }
    r = httpx.post(
        gateway.url + "/v1/responses",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "input": "hi", "tools": [tool]},
    )
    assert r.status_code == 200, r.text


# --- 2. monitor mode and locked entities -----------------------------------------------------------------
MONITOR_POLICY: dict[str, Any] = {
    "entities": {"KR_RRN": "block", "KR_ALIEN_REG": "block", "EMAIL_ADDRESS": "mask", "CREDIT_CARD": "block"},
    "locked": ["KR_RRN", "KR_ALIEN_REG"],
    "overrides": [{"name": "pilot-monitor", "match": {"departments": ["planning"]}, "mode": "monitor"}],
}


def test_monitor_override_does_not_loosen_a_locked_entity(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    # repro 17: the staff key's department (planning) is in monitor mode; KR_RRN is locked
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": MONITOR_POLICY})
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gw.client("staff").chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"주민번호 {RRN}, kim@example.org"}]
        )
    assert exc.value.code == "sensitive_data" and "KR_RRN" in exc.value.message
    assert upstream.mock.received == []
    rec = _audit(gw, exc.value.response.headers["x-request-id"])
    assert rec["decision"] == "blocked" and rec["enforced"] is True and rec["rule"] == "entities.KR_RRN:block"
    assert rec["entities"] == {"KR_RRN": 1, "EMAIL_ADDRESS": 1} and RRN not in str(rec)


def test_monitor_override_still_forwards_what_is_not_locked(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": MONITOR_POLICY})
    card = "4111 1111 1111 1111"
    resp = gw.client("staff").chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": f"카드 {card}"}]
    )
    assert card in upstream.mock.raw().decode()
    rec = _audit(gw, resp.headers["x-request-id"])
    assert rec["decision"] == "allowed" and rec["enforced"] is False and rec["would_decision"] == "blocked"


def test_whole_policy_in_monitor_mode_still_enforces_locked(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    policy = {"mode": "monitor", "entities": {"KR_RRN": "block"}, "locked": ["KR_RRN"]}
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": policy})
    assert gw.refusal(f"주민등록번호 {RRN}") is not None
    assert upstream.mock.received == []


def test_a_locked_mask_is_applied_in_monitor_mode(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    policy = {
        "entities": {"EMAIL_ADDRESS": "mask", "PHONE_NUMBER": "mask"},
        "locked": ["EMAIL_ADDRESS"],
        "overrides": [{"name": "pilot", "match": {"departments": ["planning"]}, "mode": "monitor"}],
    }
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": policy})
    text = "mail kim@example.org or call 010-2345-6789"
    reply = gw.client("staff").chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": text}]
    )
    sent = upstream.mock.bodies()[0]["messages"][0]["content"]
    assert sent == "mail <EMAIL_ADDRESS_1> or call 010-2345-6789"  # the locked type masked, the other monitored
    assert reply.choices[0].message.content == "echo: " + text


# --- 3. no client value in a 400 --------------------------------------------------------------------------
PLANTED = "kim@example.org-850315-1234566"
ECHO_CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("chat part type", "/v1/chat/completions", {"messages": [{"role": "user", "content": [{"type": PLANTED}]}]}),
    (
        "chat part type with text",
        "/v1/chat/completions",
        {"messages": [{"role": "user", "content": [{"type": PLANTED, "text": "hi"}]}]},
    ),
    (
        "responses part type",
        "/v1/responses",
        {"input": [{"role": "user", "content": [{"type": PLANTED, "text": "hi"}]}]},
    ),
    ("responses item type", "/v1/responses", {"input": [{"type": PLANTED, "role": "user", "content": "hi"}]}),
    ("role literal", "/v1/chat/completions", {"messages": [{"role": PLANTED, "content": "hi"}]}),
    ("encoding format literal", "/v1/embeddings", {"input": "x", "encoding_format": PLANTED}),
    ("image detail literal", "/v1/chat/completions", {"messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "https://x.example/a.png", "detail": PLANTED}}]}]}),
    ("int field", "/v1/chat/completions", {"messages": HI, "max_tokens": PLANTED}),
    ("float field", "/v1/chat/completions", {"messages": HI, "temperature": PLANTED}),
    ("bool field", "/v1/chat/completions", {"messages": HI, "stream": PLANTED}),
    ("object field", "/v1/chat/completions", {"messages": HI, "stream_options": PLANTED}),
    ("list field", "/v1/chat/completions", {"messages": PLANTED}),
    ("string field", "/v1/chat/completions", {"messages": [{"role": "user", "content": "hi", "name": [PLANTED]}]}),
    ("unknown field", "/v1/chat/completions", {"messages": HI, PLANTED: 1}),
    ("dict key", "/v1/chat/completions", {"messages": HI, "logit_bias": {PLANTED: PLANTED}}),
    ("tool type", "/v1/chat/completions", {"messages": HI, "tools": [{"type": PLANTED, "function": {"name": "f"}}]}),
]  # fmt: skip


def _assert_not_echoed(r: httpx.Response) -> None:
    assert r.status_code == 400, r.text
    for needle in (PLANTED, "850315", "1234566", "kim@example"):
        assert needle not in r.text, r.text
        assert all(needle not in v for v in r.headers.values()), r.headers


@pytest.mark.parametrize(("what", "path", "body"), ECHO_CASES, ids=[c[0] for c in ECHO_CASES])
def test_400_never_echoes_a_client_value(
    gateway: Gateway, upstream: Upstream, what: str, path: str, body: dict[str, Any]
) -> None:
    r = httpx.post(gateway.url + path, headers=gateway.headers(), json={"model": "gpt-4o-mini", **body})
    _assert_not_echoed(r)
    assert r.json()["error"]["type"] == "invalid_request_error"
    assert upstream.mock.received == []


def test_400_says_where_and_what_is_expected(gateway: Gateway) -> None:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": [{"type": PLANTED, "text": "hi"}]}]}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    message = r.json()["error"]["message"]
    assert message.startswith("Invalid request: messages.0.content.") and "'text'" in message, message
    assert "'image_url'" in message and "'type'" in message
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "messages": [{"role": PLANTED, "content": "hi"}]},
    )
    assert "messages.0.role: must be 'system'" in r.json()["error"]["message"]
    assert r.json()["error"]["param"] == "messages.0.role"


def test_admin_400s_never_echo_a_client_value(gateway: Gateway) -> None:
    h = gateway.headers("admin")
    cases = [
        ("PATCH", "/admin/api/providers/mock-openai", {"enabled": PLANTED}),
        ("PATCH", "/admin/api/providers/mock-openai", {"enabled": True, PLANTED: 1}),
        ("POST", "/admin/api/keys", {"user": "u", "role": PLANTED}),
        ("POST", "/admin/api/documents", {"title": "t", "filename": "a.txt", "content_base64": "", PLANTED: 1}),
        ("PUT", "/admin/api/term-lists/planning", {"terms": ["a"], PLANTED: 1}),
        ("PUT", "/admin/api/term-lists/planning", {"terms": PLANTED}),
    ]
    for method, path, body in cases:
        _assert_not_echoed(httpx.request(method, gateway.url + path, headers=h, json=body))
    r = httpx.get(gateway.url + "/admin/api/audit", headers=h, params={"decision": PLANTED})
    _assert_not_echoed(r)
    r = httpx.get(gateway.url + "/admin/api/audit", headers=h, params={"since": PLANTED})
    _assert_not_echoed(r)


# --- 4. justification ---------------------------------------------------------------------------------------
WARN_POLICY = {"entities": {"EMAIL_ADDRESS": "warn"}}
WARNED = [{"role": "user", "content": "send it to kim.minsu@example.org"}]


@pytest.mark.parametrize("header", ["%20%20", "%20%09%20", "%09%0A", "%E2%80%8B", "%E3%80%80", "%E3%85%A4"])
def test_blank_justification_is_no_justification(make_gateway: GatewayFactory, upstream: Upstream, header: str) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": WARN_POLICY})
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gw.client(default_headers={"x-dlp-justification": header}).chat.completions.create(
            model="gpt-4o-mini",
            messages=WARNED,  # type: ignore[arg-type]
        )
    assert exc.value.code == "sensitive_data" and "x-dlp-justification" in exc.value.message
    assert _audit(gw, exc.value.response.headers["x-request-id"])["decision"] == "warned"
    assert upstream.mock.received == []


@pytest.mark.parametrize("header", ["ok%00reason", "reason%1B%5B31m", "%E2%80%AEnosaer", "a%7Fb", "a%C2%9Bb"])
def test_control_characters_in_justification_are_refused(
    make_gateway: GatewayFactory, upstream: Upstream, header: str
) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": WARN_POLICY})
    r = httpx.post(
        gw.url + "/v1/chat/completions",
        headers={**gw.headers(), "x-dlp-justification": header},
        json={"model": "gpt-4o-mini", "messages": WARNED},
    )
    assert r.status_code == 400 and "x-dlp-justification" in r.json()["error"]["message"], r.text
    assert upstream.mock.received == []


def test_line_breaks_in_justification_are_stored_as_spaces(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": WARN_POLICY})
    reason = "고객 요청\r\n회신\t업무"
    resp = gw.client(default_headers={"x-dlp-justification": quote(reason)}).chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=WARNED,  # type: ignore[arg-type]
    )
    assert resp.headers["x-dlp-decision"] == "justified"
    assert _audit(gw, resp.headers["x-request-id"])["justification"] == "고객 요청 회신 업무"


def test_raw_utf8_justification_is_read_as_utf8(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": WARN_POLICY})
    r = httpx.post(
        gw.url + "/v1/chat/completions",
        headers=[*gw.headers().items(), ("x-dlp-justification", "고객 회신".encode())],
        json={"model": "gpt-4o-mini", "messages": WARNED},
    )
    assert r.status_code == 200 and r.headers["x-dlp-decision"] == "justified", r.text
    assert _audit(gw, r.headers["x-request-id"])["justification"] == "고객 회신"
