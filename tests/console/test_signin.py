"""Console sign-in: cookie flags, roles on the server, CSRF, rate-limited and audited failures, expiry."""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from gateway.console.sessions import MAX_FAILED_SIGNINS
from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider
from tests.console.helpers import csrf_of, events, page_csrf, signin


def test_auditor_signs_in_with_a_strict_httponly_cookie(gateway: Gateway) -> None:
    client, r = signin(gateway, "auditor")
    assert r.status_code == 303 and r.headers["location"] == "/admin/review"
    cookie = r.headers["set-cookie"]
    assert "dlpgate_console=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain HTTP on loopback
    page = client.get("/admin/review")
    assert page.status_code == 200 and "auditor-user" in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"
    ev = [e for e in events(gateway) if e["action"] == "console.signin"]
    assert ev and ev[0]["actor"] == "auditor-user"


def test_secure_cookie_behind_a_tls_proxy(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "server": {"trusted_proxies": ["127.0.0.1/32"]}})
    client = httpx.Client(base_url=gw.url, headers={"x-forwarded-proto": "https"})
    page = client.get("/admin/signin")
    assert "Secure" in page.headers["set-cookie"]
    # A Secure cookie is not sent back over plain HTTP, so hand it over as the browser behind TLS would.
    r = client.post(
        "/admin/signin",
        data={"key": gw.keys["admin"], "csrf": csrf_of(page.text)},
        headers={"cookie": f"dlpgate_signin={page.cookies['dlpgate_signin']}"},
    )
    assert r.status_code == 303 and "Secure" in r.headers["set-cookie"]


def test_pages_need_a_session(gateway: Gateway) -> None:
    for path in ("/admin/", "/admin/review", "/admin/overview", "/admin/providers", "/admin/keys", "/admin/review/x"):
        r = httpx.get(gateway.url + path)
        assert r.status_code == 303, path
        assert r.headers["location"] in ("/admin/signin", "/admin/overview"), path
    # A bearer key is not a session: the console only takes its own cookie.
    r = httpx.get(gateway.url + "/admin/review", headers=gateway.headers("admin"))
    assert r.status_code == 303


def test_roles_are_checked_on_the_server(gateway: Gateway) -> None:
    auditor, _ = signin(gateway, "auditor")
    token = page_csrf(auditor)
    assert auditor.get("/admin/keys").status_code == 403
    r = auditor.post("/admin/providers/mock-openai", data={"csrf": token, "enabled": "false"})
    assert r.status_code == 403
    assert auditor.post("/admin/keys", data={"csrf": token, "user": "x", "role": "admin"}).status_code == 403
    assert auditor.get("/admin/providers").status_code == 200  # auditors may look
    state = httpx.get(gateway.url + "/admin/api/providers", headers=gateway.headers("admin")).json()["data"]
    assert state[0]["enabled"] is True
    admin, _ = signin(gateway, "admin")
    assert admin.get("/admin/keys").status_code == 200


def test_staff_key_cannot_sign_in_and_the_failure_is_audited(gateway: Gateway) -> None:
    client, r = signin(gateway, "staff")
    assert r.status_code == 403 and "dlpgate_console=" not in r.headers.get("set-cookie", "")
    assert client.get("/admin/review").status_code == 303
    failed = [e for e in events(gateway) if e["action"] == "console.signin_failed"]
    assert len(failed) == 1 and failed[0]["target"] == "127.0.0.1"
    assert failed[0]["after"]["reason"] == "role"  # type: ignore[index]
    assert gateway.db_path is not None
    assert gateway.keys["staff"].encode() not in gateway.db_path.read_bytes()


def test_failed_signins_are_rate_limited_per_address(gateway: Gateway) -> None:
    typed = [f"dlp_wrong-guess-{i:04d}-canary" for i in range(MAX_FAILED_SIGNINS)]
    for guess in typed:
        _, r = signin(gateway, key=guess)
        assert r.status_code == 401
    _, r = signin(gateway, "admin")  # even the right key waits out the window
    assert r.status_code == 429 and "dlpgate_console=" not in r.headers.get("set-cookie", "")
    acts = [e["action"] for e in events(gateway)]
    assert acts.count("console.signin_failed") == MAX_FAILED_SIGNINS and "console.signin_limited" in acts
    assert gateway.db_path is not None
    stored = b"".join(p.read_bytes() for p in gateway.db_path.parent.glob(gateway.db_path.name + "*"))
    assert not any(g.encode() in stored for g in typed), "a typed key reached the database"


def test_forms_need_the_csrf_token(gateway: Gateway) -> None:
    admin, _ = signin(gateway, "admin")
    assert admin.post("/admin/providers/mock-openai", data={"enabled": "false"}).status_code == 403
    assert admin.post("/admin/providers/mock-openai", data={"enabled": "false", "csrf": "forged"}).status_code == 403
    token = page_csrf(admin)
    r = admin.post(
        "/admin/providers/mock-openai",
        data={"enabled": "false", "csrf": token},
        headers={"origin": "http://evil.example"},
    )
    assert r.status_code == 403
    assert httpx.get(gateway.url + "/admin/api/providers", headers=gateway.headers("admin")).json()["data"][0][
        "enabled"
    ]
    # The sign-in form has a token of its own, tied to a cookie.
    r = httpx.post(gateway.url + "/admin/signin", data={"key": gateway.keys["admin"], "csrf": "x"})
    assert r.status_code == 403


def test_signout_ends_the_session(gateway: Gateway) -> None:
    client, _ = signin(gateway, "auditor")
    old = client.cookies.get("dlpgate_console")
    r = client.post("/admin/signout", data={"csrf": page_csrf(client)})
    assert r.status_code == 303 and r.headers["location"] == "/admin/signin"
    stale = httpx.Client(base_url=gateway.url, cookies={"dlpgate_console": old or ""})
    assert stale.get("/admin/review").status_code == 303


def _db(gw: Gateway) -> sqlite3.Connection:
    assert gw.db_path is not None
    return sqlite3.connect(gw.db_path)


def test_expired_sessions_and_revoked_keys_sign_out(gateway: Gateway) -> None:
    client, _ = signin(gateway, "auditor")
    assert client.get("/admin/review").status_code == 200
    with _db(gateway) as db:
        db.execute("UPDATE console_sessions SET expires_at = '2000-01-01 00:00:00.000000'")
    assert client.get("/admin/review").status_code == 303
    client, _ = signin(gateway, "auditor")
    assert client.get("/admin/review").status_code == 200
    key_id = next(
        k["id"]
        for k in httpx.get(gateway.url + "/admin/api/keys", headers=gateway.headers("admin")).json()["data"]
        if k["role"] == "auditor"
    )
    assert httpx.delete(f"{gateway.url}/admin/api/keys/{key_id}", headers=gateway.headers("admin")).status_code == 200
    assert client.get("/admin/review").status_code == 303


def test_session_table_holds_no_session_id(gateway: Gateway) -> None:
    client, _ = signin(gateway, "admin")
    sid = client.cookies.get("dlpgate_console")
    assert sid
    with _db(gateway) as db:
        rows = db.execute("SELECT id_hash FROM console_sessions").fetchall()
    assert len(rows) == 1 and rows[0][0] != sid and len(rows[0][0]) == 64


@pytest.mark.parametrize("lang,word", [("ko", "로그인"), ("en", "Sign in")])
def test_korean_and_english(gateway: Gateway, lang: str, word: str) -> None:
    r = httpx.get(gateway.url + "/admin/signin", params={"lang": lang})
    assert r.status_code == 200 and word in r.text and f'lang="{lang}"' in r.text
