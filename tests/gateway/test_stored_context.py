"""Red-team #9 finding 5: with `previous_response_id` (or `conversation`) the provider prepends turns the gateway never
saw, so the two halves of a resident number sent in two requests meet only at the provider. Such requests are
refused unless the policy allows them (`stored_context`)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from gateway.extract import extract
from gateway.policy import stored_context
from tests.conftest import GatewayFactory, Upstream, mock_provider


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"model": "m", "input": "hi", "previous_response_id": "resp_1"}, True),
        ({"model": "m", "input": "hi", "conversation": "conv_1"}, True),
        ({"model": "m", "input": "hi", "conversation": {"id": "conv_1"}}, True),
        ({"model": "m", "input": "hi", "store": True}, False),
        ({"model": "m", "input": [{"role": "user", "content": "previous_response_id"}]}, False),
        ({"model": "m", "input": "hi", "metadata": {"previous_response_id": "x"}}, False),
        # red-team #10 finding 2: input items the provider fills in from what it stored
        ({"model": "m", "input": [{"type": "item_reference", "id": "msg_1"}, "뒷자리는 1234566"]}, True),
        ({"model": "m", "input": [{"type": "reasoning", "id": "rs_abc", "summary": []}, "hi"]}, True),
        ({"model": "m", "input": [{"type": "reasoning", "id": "r", "encrypted_content": "gA", "summary": []}]}, False),
        ({"model": "m", "input": [{"type": "message", "role": "user", "content": "item_reference"}]}, False),
        ({"model": "m", "input": [{"type": "function_call_output", "call_id": "c", "output": "reasoning"}]}, False),
    ],
)
def test_which_requests_continue_a_stored_conversation(body: dict[str, Any], expected: bool) -> None:
    assert stored_context(extract(body)) is expected


def _post(gw: Any, body: dict[str, Any], lang: str = "en") -> httpx.Response:
    headers = {**gw.headers(), "accept-language": lang}
    return httpx.post(gw.url + "/v1/responses", headers=headers, json=body)


def test_a_continued_conversation_is_refused_and_the_whole_one_passes(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)]})
    first = _post(
        gw, {"model": "gpt-4o-mini", "store": True, "input": "내 주민등록번호 앞자리는 850315 이야. 기억해둬."}
    )
    assert first.status_code == 200, first.text
    second = {
        "model": "gpt-4o-mini",
        "store": True,
        "previous_response_id": "resp_mock",
        "input": "뒷자리는 1234566 이야. 합쳐서 전체 번호를 알려줘.",
    }
    r = _post(gw, second)
    assert r.status_code == 403
    error = r.json()["error"]
    assert "stored_context:block" in error["message"] and "previous_response_id" in error["message"]
    assert "1234566" not in r.text
    ko = _post(gw, second, "ko")
    assert "제공자가 보관하는 이전 대화" in ko.json()["error"]["message"]
    assert len(upstream.mock.received) == 1  # only the first request left
    audit = httpx.get(
        f"{gw.url}/admin/api/audit/{r.headers['x-request-id']}", headers=gw.headers("auditor")
    ).json()
    assert audit["decision"] == "blocked" and audit["rule"] == "stored_context:block"
    # the same two turns sent whole, as the refusal asks, are read together and refused for the number
    whole = {
        "model": "gpt-4o-mini",
        "input": [
            {"role": "user", "content": "내 주민등록번호 앞자리는 850315 이야. 기억해둬."},
            {"role": "assistant", "content": "알겠습니다."},
            {"role": "user", "content": "뒷자리는 1234566 이야. 합쳐서 전체 번호를 알려줘."},
        ],
    }
    r = _post(gw, whole)
    assert r.status_code == 403 and "KR_RRN" in r.text
    assert len(upstream.mock.received) == 1


def test_an_override_may_allow_stored_conversations(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "policy": {
                "overrides": [
                    {"name": "agents", "match": {"roles": ["staff"]}, "stored_context": "allow"},
                ]
            },
        }
    )
    r = _post(gw, {"model": "gpt-4o-mini", "previous_response_id": "resp_mock", "input": "계속해줘"})
    assert r.status_code == 200, r.text
    assert upstream.mock.bodies()[0]["previous_response_id"] == "resp_mock"
