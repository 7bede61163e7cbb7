"""Red-team #10 finding 6: a NUL (or another character PostgreSQL text cannot hold, or a bidirectional override) in
an admin or console input is a clear 400, not a plain-text 500 or a false "Audit storage is unreachable" 503. On a
real PostgreSQL, where the driver refuses such a query."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider
from tests.console.helpers import page_csrf, signin


@pytest.fixture
def pg_gateway(make_gateway: GatewayFactory, upstream: Upstream, pg_url: str) -> Gateway:
    return make_gateway({"providers": [mock_provider(upstream)]}, database_url=pg_url)


def _assert_refused(r: httpx.Response) -> None:
    assert r.status_code == 400, (r.status_code, r.text)
    assert r.headers["content-type"].startswith("application/json")
    error = r.json()["error"]
    assert error["code"] == "invalid_request" and "control characters" in error["message"]
    assert r.headers["x-request-id"]


@pytest.mark.parametrize(
    ("method", "path", "role", "body"),
    [
        # the report's requests
        ("PUT", "/admin/api/term-lists/%00", "admin", {"terms": ["x"]}),
        ("DELETE", "/admin/api/keys/%00", "admin", None),
        ("GET", "/admin/api/audit?user=%00x", "auditor", None),
        ("GET", "/admin/api/audit?before=%00", "auditor", None),
        ("GET", "/admin/api/audit/%00", "auditor", None),
        # the rest of the path and query inputs, and other characters of the same kind
        ("GET", "/admin/api/term-lists/%00", "admin", None),
        ("DELETE", "/admin/api/term-lists/plan%00ning", "admin", None),
        ("DELETE", "/admin/api/documents/%00", "auditor", None),
        ("PATCH", "/admin/api/providers/%00", "admin", {"enabled": False}),
        ("GET", "/admin/api/audit?provider=%E2%80%AEx", "auditor", None),  # a right-to-left override
        ("GET", "/admin/api/audit?user=a%0Ab", "auditor", None),  # a line break forges nothing in a filter
        ("GET", "/admin/api/events?limit=5&x%00=1", "auditor", None),  # a key, not only a value
        # JSON bodies: escaped NUL, a lone surrogate, a bidirectional override
        ("POST", "/admin/api/keys", "admin", {"user": "a\u0000b", "role": "staff"}),
        ("POST", "/admin/api/keys", "admin", {"user": "u", "role": "staff", "department": "\u202e"}),
        ("PUT", "/admin/api/term-lists/planning", "admin", {"terms": ["Project\u0000Falcon"]}),
        ("POST", "/admin/api/documents", "auditor", {"title": "t\u0000", "filename": "a.txt", "content_base64": ""}),
    ],
)
def test_unsafe_characters_in_admin_inputs_are_a_clear_400(
    pg_gateway: Gateway, method: str, path: str, role: str, body: object
) -> None:
    r = httpx.request(method, pg_gateway.url + path, headers=pg_gateway.headers(role), json=body, timeout=10)
    _assert_refused(r)


def test_a_lone_surrogate_in_a_json_body_is_a_400(pg_gateway: Gateway) -> None:
    raw = b'{"user": "a\\ud800", "role": "staff"}'
    headers = {**pg_gateway.headers("admin"), "content-type": "application/json"}
    r = httpx.post(pg_gateway.url + "/admin/api/keys", content=raw, headers=headers, timeout=10)
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_request", r.text


def test_the_gateway_stays_ready_and_ordinary_input_still_works(pg_gateway: Gateway) -> None:
    url, admin = pg_gateway.url, pg_gateway.headers("admin")
    assert httpx.get(f"{url}/admin/api/audit?user=%00x", headers=pg_gateway.headers("auditor")).status_code == 400
    assert httpx.get(f"{url}/readyz").status_code == 200
    r = httpx.put(f"{url}/admin/api/term-lists/기획팀", headers=admin, json={"terms": ["한빛사업", "Project Falcon"]})
    assert r.status_code == 200, r.text
    assert httpx.get(f"{url}/admin/api/audit", params={"user": "김민수"}, headers=admin).status_code == 200
    key = {"user": "이영희", "role": "staff", "department": "기획"}
    r = httpx.post(f"{url}/admin/api/keys", headers=admin, json=key)
    assert r.status_code == 201, r.text


def test_console_inputs_are_refused_the_same_way(pg_gateway: Gateway) -> None:
    client, _ = signin(pg_gateway, "auditor")
    try:
        _assert_refused(client.get("/admin/review", params={"user": "\x00x"}))
        _assert_refused(client.get("/admin/review/%00"))
        token = page_csrf(client)
        # a form field: the console's own error page, a 400
        r = client.post("/admin/signin", data={"key": "sk-\x00", "csrf": token})
        assert r.status_code == 400
        # line breaks in a form are text (a comment, a list of terms): they pass the check and reach the route
        form = {"csrf": token, "verdict": "confirmed", "comment": "a\r\nb"}
        r = client.post("/admin/review/req_000000000000nope", data=form)
        assert r.status_code == 404
    finally:
        client.close()
