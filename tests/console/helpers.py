"""Console test helpers: sign in over HTTP with the form's CSRF token, and make audit records through the SDK."""

from __future__ import annotations

import re

import httpx
import openai
import pytest

from tests.conftest import Gateway

RRN = "780612-2345677"  # a valid resident registration number (the check digit holds), so it is blocked
EMAIL = "kim.canary@example.org"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    m = _CSRF.search(html)
    assert m, "no csrf field in the page"
    return m.group(1)


def signin(gw: Gateway, role: str = "auditor", *, key: str | None = None) -> tuple[httpx.Client, httpx.Response]:
    """A client with the console's cookies after a sign-in attempt, and the response to the POST."""
    client = httpx.Client(base_url=gw.url, follow_redirects=False, timeout=10)
    page = client.get("/admin/signin")
    assert page.status_code == 200
    r = client.post("/admin/signin", data={"key": key or gw.keys[role], "csrf": csrf_of(page.text)})
    return client, r


def page_csrf(client: httpx.Client, path: str = "/admin/review") -> str:
    r = client.get(path)
    assert r.status_code == 200, r.text
    return csrf_of(r.text)


def make_records(gw: Gateway) -> tuple[str, str, str]:
    """One blocked (resident registration number), one masked (e-mail), one allowed request: their ids."""
    client = gw.client()
    with pytest.raises(openai.PermissionDeniedError) as exc:
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"고객 주민등록번호 {RRN} 확인 부탁"}]
        )
    blocked = exc.value.response.headers["x-request-id"]
    masked = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": f"메일은 {EMAIL} 입니다"}]
    ).headers["x-request-id"]
    allowed = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hello"}]
    ).headers["x-request-id"]
    return blocked, masked, allowed


def events(gw: Gateway) -> list[dict[str, object]]:
    r = httpx.get(gw.url + "/admin/api/events", headers=gw.headers("admin"), params={"limit": 500})
    assert r.status_code == 200
    return r.json()["data"]  # type: ignore[no-any-return]
