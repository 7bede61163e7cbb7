"""Red-team pass 3 findings in extraction, junctions and the stored justification, each checked through real HTTP
against what reached the mock upstream: numbers in JSON (03), e-mail addresses split across parts or messages (10),
values split between sections in JSON key order (11), and internal terms or registered-document text in
`x-dlp-justification` (13). Every value is a checksum-valid test value."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import openai
import pytest

from detectors import Engine
from gateway.documents import DocumentStore
from gateway.errors import ServiceUnavailable
from gateway.junctions import junction_findings
from gateway.types import SlotFinding, TextSlot
from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

RRN = 8503151234566
CARD = 4111111111111111
HI = [{"role": "user", "content": "hi"}]


def _tool(prop: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "type": "function",
            "function": {
                "name": "lookup",
                "description": "고객 조회",
                "parameters": {"type": "object", "properties": {"customer": {"type": "integer", **prop}}},
            },
        }
    ]


def _audit(gw: Gateway, rid: str) -> dict[str, Any]:
    return gw.audit_record(rid)


def _post(gw: Gateway, path: str, body: dict[str, Any], **headers: str) -> httpx.Response:
    return httpx.post(gw.url + path, headers={**gw.headers(), **headers}, json=body, timeout=30)


# --- 03: numbers in JSON ------------------------------------------------------------------------------------
NUMBERS: list[tuple[str, str, dict[str, Any]]] = [
    ("tool default", "/v1/chat/completions", {"messages": HI, "tools": _tool({"default": CARD})}),
    ("tool enum", "/v1/chat/completions", {"messages": HI, "tools": _tool({"enum": [11, RRN]})}),
    ("tool examples", "/v1/chat/completions", {"messages": HI, "tools": _tool({"examples": [RRN]})}),
    ("tool const, negative", "/v1/chat/completions", {"messages": HI, "tools": _tool({"const": -CARD})}),
    (
        "response_format const",
        "/v1/chat/completions",
        {
            "messages": HI,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "x", "schema": {"type": "object", "properties": {"c": {"const": CARD}}}},
            },
        },
    ),
    (
        "responses text.format",
        "/v1/responses",
        {
            "input": "hi",
            "text": {
                "format": {
                    "type": "json_schema",
                    "name": "x",
                    "schema": {"type": "object", "properties": {"c": {"default": RRN}}},
                }
            },
        },
    ),
    (
        "split between a description and a default",
        "/v1/chat/completions",
        {"messages": HI, "tools": _tool({"description": "주민번호 850315-", "default": 1234566})},
    ),
    ("seed", "/v1/chat/completions", {"messages": HI, "seed": RRN}),
    ("seed as a float", "/v1/chat/completions", {"messages": HI, "seed": float(RRN)}),
    ("embeddings dimensions", "/v1/embeddings", {"input": "hi", "dimensions": RRN}),
]


@pytest.mark.parametrize(("what", "path", "body"), NUMBERS, ids=[n[0] for n in NUMBERS])
def test_a_number_carrying_an_identifier_is_refused(
    gateway: Gateway, upstream: Upstream, what: str, path: str, body: dict[str, Any]
) -> None:
    r = _post(gateway, path, {"model": "gpt-4o-mini", **body})
    assert r.status_code == 403, r.text
    assert r.json()["error"]["code"] == "sensitive_data"
    assert str(RRN) not in r.text and str(CARD) not in r.text
    assert upstream.mock.received == []


def test_small_and_ordinary_numbers_are_forwarded_unchanged(gateway: Gateway, upstream: Upstream) -> None:
    numbers = {"max_tokens": 128000, "temperature": 0.7, "n": 1, "seed": 20240101, "top_p": 0.95}
    schema = {
        "default": 123456,
        "maximum": 999999,
        "examples": [{"x": 10, "y": 20, "width": 1920, "height": 1080}, [2024, 1, 15], [8080, 443, 22, 3306]],
        "properties": {"page": {"minimum": 1, "maximum": 500}, "size": {"enum": [10, 20, 50, 100]}},
    }
    body = {"model": "gpt-4o-mini", "messages": HI, "tools": _tool(schema), **numbers}
    r = _post(gateway, "/v1/chat/completions", body)
    assert r.status_code == 200, r.text
    (sent,) = upstream.mock.bodies()
    assert {k: sent[k] for k in numbers} == numbers
    assert sent["tools"] == body["tools"]


MASK_CARDS = {"entities": {"CREDIT_CARD": "mask"}}


def test_a_number_the_policy_would_mask_refuses_the_request(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": MASK_CARDS})
    # as text, the card is masked in place and forwarded
    r = _post(
        gw, "/v1/chat/completions", {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"{CARD}"}]}
    )
    assert r.status_code == 200 and r.headers["x-dlp-decision"] == "masked"
    assert str(CARD) not in upstream.mock.raw().decode()
    upstream.mock.reset()

    # as a number it cannot be: refused, with a message that says why, and nothing forwarded
    body = {"model": "gpt-4o-mini", "messages": HI, "tools": _tool({"default": CARD})}
    r = _post(gw, "/v1/chat/completions", body)
    assert r.status_code == 403, r.text
    err = r.json()["error"]
    assert err["code"] == "sensitive_data" and err["type"] == "dlp_policy_violation"
    assert "number field" in err["message"] and "CREDIT_CARD" in err["message"] and str(CARD) not in err["message"]
    assert "tools[0].function.parameters.properties.<key>.default" in err["message"]
    assert upstream.mock.received == []
    rec = _audit(gw, r.headers["x-request-id"])
    assert rec["decision"] == "blocked" and rec["rule"] == "number_fields:block"
    assert str(CARD) not in str(rec)

    ko = _post(gw, "/v1/chat/completions", body, **{"accept-language": "ko"})
    assert ko.status_code == 403 and "숫자 필드" in ko.json()["error"]["message"]
    assert upstream.mock.received == []


# --- 10: e-mail split across parts and messages ------------------------------------------------------------
def _parts(*texts: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": [{"type": "text", "text": t} for t in texts]}]


def _messages(*texts: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": t} for t in texts]


M1, M2, M3 = "<EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_2>", "<EMAIL_ADDRESS_3>"
SPLIT_MAIL = [
    ("parts mid-domain", _parts("메일 kim.chulsoo@exam", "ple.org 로 연락"), [f"메일 {M1}", f"{M2} 로 연락"]),
    ("parts after @", _parts("메일 kim@", "example.org 로 연락"), [f"메일 {M1}", f"{M2} 로 연락"]),
    ("parts before @", _parts("메일 kim", "@example.org 로 연락"), [f"메일 {M1}", f"{M2} 로 연락"]),
    ("messages mid-domain", _messages("메일 kim@exam", "ple.org 로 연락"), [f"메일 {M1}", f"{M2} 로 연락"]),
    ("three parts", _parts("메일 kim", "@", "example.org"), [f"메일 {M1}", M2, M3]),
]


def _texts(body: dict[str, Any]) -> list[str]:
    out = []
    for m in body["messages"]:
        content = m["content"]
        out.extend([content] if isinstance(content, str) else [p["text"] for p in content])
    return out


@pytest.mark.parametrize(("what", "messages", "expected"), SPLIT_MAIL, ids=[s[0] for s in SPLIT_MAIL])
def test_an_address_split_across_texts_is_masked_in_every_piece(
    gateway: Gateway, upstream: Upstream, what: str, messages: list[dict[str, Any]], expected: list[str]
) -> None:
    r = _post(gateway, "/v1/chat/completions", {"model": "gpt-4o-mini", "messages": messages})
    assert r.status_code == 200 and r.headers["x-dlp-decision"] == "masked", r.text
    (sent,) = upstream.mock.bodies()
    assert _texts(sent) == expected
    assert _audit(gateway, r.headers["x-request-id"])["entities"].get("EMAIL_ADDRESS")
    assert "kim" not in upstream.mock.raw().decode()


def test_a_word_next_to_a_whole_address_is_left_alone(gateway: Gateway, upstream: Upstream) -> None:
    messages = [
        {"role": "user", "content": "what is your email"},
        {"role": "assistant", "content": "hong@example.com is mine"},
        {"role": "user", "content": "thanks, I will write to hong@example.com"},
        {"role": "user", "content": "today"},
    ]
    r = _post(gateway, "/v1/chat/completions", {"model": "gpt-4o-mini", "messages": messages})
    assert r.status_code == 200, r.text
    sent = [m["content"] for m in upstream.mock.bodies()[0]["messages"]]
    assert sent == [
        "what is your email",
        "<EMAIL_ADDRESS_1> is mine",
        "thanks, I will write to <EMAIL_ADDRESS_1>",
        "today",
    ]


def test_ordinary_boundaries_cost_no_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """A boundary is scanned for an address only when the characters beside it are e-mail characters and their run
    holds an `@`: ordinary chat history, Korean or English, costs character checks."""
    engine = Engine()
    seen: list[str] = []
    real = engine.scan
    monkeypatch.setattr(engine, "scan", lambda text: seen.append(text) or real(text))
    chat = ["회의록 정리 부탁해요.", "네 알겠습니다", "hello", "world", "see you at noon", "ok", "send it to me"]
    assert junction_findings(engine, list(enumerate(chat))) == []
    assert seen == []
    assert junction_findings(engine, list(enumerate(["kim@exam", "ple.org"])))
    assert len(seen) == 3  # the boundary as before, glued, and the piece with the `@` on its own


# --- 11: split between sections, in the JSON key order SDKs use ---------------------------------------------
SECTIONS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "messages before tools",
        "/v1/chat/completions",
        {
            "messages": [{"role": "user", "content": "1234566 이 뒷자리야. 앞자리는 도구 설명 끝에 있어"}],
            "model": "gpt-4o-mini",
            "tools": [
                {"type": "function", "function": {"name": "lookup", "description": "고객 주민번호 앞자리 850315-"}}
            ],
        },
    ),
    (
        "responses input before instructions",
        "/v1/responses",
        {"input": "1234566 가 뒷자리", "model": "gpt-4o-mini", "instructions": "고객 주민번호 앞자리는 850315-"},
    ),
    (
        "tools read after the messages",
        "/v1/chat/completions",
        {
            "model": "gpt-4o-mini",
            "tools": [{"type": "function", "function": {"name": "lookup", "description": "1234566 이 뒷자리"}}],
            "messages": [{"role": "user", "content": "앞자리는 850315-"}],
        },
    ),
    (
        "response_format and messages",
        "/v1/chat/completions",
        {
            "messages": [{"role": "user", "content": "1234566 이 뒷자리"}],
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "x", "description": "앞자리 850315-", "schema": {"type": "object"}},
            },
            "model": "gpt-4o-mini",
        },
    ),
]


@pytest.mark.parametrize(("what", "path", "body"), SECTIONS, ids=[s[0] for s in SECTIONS])
def test_a_value_split_between_sections_is_refused_in_any_key_order(
    gateway: Gateway, upstream: Upstream, what: str, path: str, body: dict[str, Any]
) -> None:
    r = _post(gateway, path, body)
    assert r.status_code == 403, r.text
    assert r.json()["error"]["code"] == "sensitive_data" and "KR_RRN" in r.json()["error"]["message"]
    assert upstream.mock.received == []


def test_digits_at_section_edges_alone_are_forwarded(gateway: Gateway, upstream: Upstream) -> None:
    body = {
        "messages": [{"role": "user", "content": "3시에 회의 2건"}],
        "model": "gpt-4o-mini",
        "tools": [{"type": "function", "function": {"name": "lookup", "description": "버전 2"}}],
    }
    r = _post(gateway, "/v1/chat/completions", body)
    assert r.status_code == 200, r.text
    (sent,) = upstream.mock.bodies()
    assert sent["messages"] == body["messages"] and sent["tools"] == body["tools"]


# --- 13: the justification gets the prompt's checks before it is stored -------------------------------------
TERM = "한빛사업"
DOC = (
    "2027년 조직 개편안은 행정안전부 정원 협의를 거쳐 최종 확정될 예정이다. 본 계획에 따라 디지털정책국은 두 개의 "
    "과로 분리되며 인공지능정책과가 신설된다. 신설 부서의 정원은 총 열두 명으로 하고 그중 다섯 명은 외부 전문가로 "
    "채용한다. 예산은 기획재정부와 협의하여 이백사십억 원 규모로 편성하되 단계적으로 집행한다.\n"
)
WARN_EMAIL = {"entities": {"EMAIL_ADDRESS": "warn", "KR_RRN": "block"}}
PROMPT = [{"role": "user", "content": "send to kim.minsu@example.org"}]


def _justified(make_gateway: GatewayFactory, upstream: Upstream) -> Gateway:
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "policy": WARN_EMAIL,
            "detection": {"term_lists": {"secret-projects": {"terms": [TERM]}}},
        }
    )
    doc = {"title": "plan", "filename": "plan.txt", "content_base64": base64.b64encode(DOC.encode()).decode()}
    assert httpx.post(gw.url + "/admin/api/documents", json=doc, headers=gw.headers("admin")).status_code == 201
    return gw


def _stored_bytes(gw: Gateway) -> bytes:
    assert gw.db_path is not None
    files = [gw.db_path, Path(f"{gw.db_path}-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def test_justification_is_stored_without_terms_documents_or_markings(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    gw = _justified(make_gateway, upstream)
    reasons = {
        "term": (f"{TERM} 관련 고객 응대", "<INTERNAL_TERM>", [TERM]),
        "document": (DOC[:240], "<CONFIDENTIAL_DOCUMENT>", ["디지털정책국", "인공지능정책과", "이백사십억"]),
        "marking": ("대외비 자료 관련 고객 응대", "<CLASSIFICATION_MARKING>", ["대외비"]),
    }
    for reason, placeholder, secrets in reasons.values():
        client = gw.client(default_headers={"x-dlp-justification": quote(reason)})
        resp = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=PROMPT)  # type: ignore[arg-type]
        assert resp.headers["x-dlp-decision"] == "justified"
        rec = _audit(gw, resp.headers["x-request-id"])
        assert placeholder in rec["justification"], rec["justification"]
        assert not any(s in rec["justification"] for s in secrets)
    assert len(upstream.mock.received) == 3  # the prompts themselves were justified and forwarded
    stored = _stored_bytes(gw)
    assert TERM.encode() not in stored and "인공지능정책과".encode() not in stored


def test_justification_that_cannot_be_checked_is_not_stored(
    make_gateway: GatewayFactory, upstream: Upstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    gw = _justified(make_gateway, upstream)
    real = DocumentStore.find

    async def unreachable_for_reasons(self: DocumentStore, slots: list[TextSlot], key: bytes) -> list[SlotFinding]:
        if [s.path for s in slots] == ["justification"]:
            raise ServiceUnavailable("The registered-document index is unreachable; nothing was forwarded.")
        return await real(self, slots, key)

    monkeypatch.setattr(DocumentStore, "find", unreachable_for_reasons)
    canary = f"{TERM} 외부 유출 사유 canary-7d1f"
    client = gw.client(default_headers={"x-dlp-justification": quote(canary)})
    with pytest.raises(openai.InternalServerError) as exc:
        client.chat.completions.create(model="gpt-4o-mini", messages=PROMPT)  # type: ignore[arg-type]
    assert exc.value.status_code == 503
    assert upstream.mock.received == []
    rec = _audit(gw, exc.value.response.headers["x-request-id"])
    assert rec["justification"] is None
    assert b"canary-7d1f" not in _stored_bytes(gw)
