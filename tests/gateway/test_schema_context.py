"""Schema sample values read with their property's label (fourth red-team pass, finding B1): an identifier that
needs a label, in `enum`, `examples`, `default` or `const`, labelled only by the property's `description`."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import Gateway, Upstream


def _tool(prop: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": "lookup",
            "description": "고객 조회",
            "parameters": {"type": "object", "properties": {"value": prop}},
        },
    }


@pytest.mark.parametrize(
    "prop",
    [
        {"type": "string", "description": "여권번호", "enum": ["M12345678"]},
        {"type": "string", "description": "계좌번호", "examples": ["110-123-456789"]},
        {"type": "string", "description": "건강보험증번호", "default": "1-2718093645"},
        {"type": "integer", "description": "신한 계좌번호", "enum": [110123456789]},
    ],
)
def test_labelled_sample_values_in_tool_schemas_are_refused(gateway: Gateway, upstream: Upstream, prop: dict) -> None:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "조회해줘"}], "tools": [_tool(prop)]}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 403 and r.json()["error"]["code"] == "sensitive_data"
    assert upstream.mock.received == []


def test_labelled_sample_value_in_a_responses_output_schema(gateway: Gateway, upstream: Upstream) -> None:
    schema = {
        "type": "object",
        "properties": {"acct": {"type": "string", "description": "계좌번호", "enum": ["110-123-456789"]}},
    }
    body = {
        "model": "gpt-4o-mini",
        "input": "hi",
        "text": {"format": {"type": "json_schema", "name": "x", "schema": schema}},
    }
    r = httpx.post(gateway.url + "/v1/responses", headers=gateway.headers(), json=body)
    assert r.status_code == 403 and upstream.mock.received == []


def test_ordinary_schema_samples_are_forwarded(gateway: Gateway, upstream: Upstream) -> None:
    prop = {"type": "string", "description": "정렬 순서", "enum": ["asc", "desc"], "default": "asc"}
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "조회해줘"}], "tools": [_tool(prop)]}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 200 and len(upstream.mock.received) == 1
