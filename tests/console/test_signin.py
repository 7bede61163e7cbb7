"""Console sign-in: cookie flags, roles on the server, CSRF, rate-limited and audited failures, expiry."""

from __future__ import annotations

import sqlite3
import time

import httpx
import pytest

from gateway.config import ConfigError, ConsoleSettings, parse_config
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


def test_secure_cookie_only_from_a_trusted_proxy_that_says_https(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    untrusted = make_gateway({"providers": [mock_provider(upstream)]})
    r = httpx.get(untrusted.url + "/admin/signin", headers={"x-forwarded-proto": "https"})
    assert "Secure" not in r.headers["set-cookie"]  # anyone can send the header; only a trusted proxy counts
    trusted = make_gateway({"providers": [mock_provider(upstream)], "server": {"trusted_proxies": ["127.0.0.1/32"]}})
    # Only the rightmost entry counts: the one the trusted proxy wrote, as for X-Forwarded-For.
    r = httpx.get(trusted.url + "/admin/signin", headers={"x-forwarded-proto": "https, http"})
    assert "Secure" not in r.headers["set-cookie"]
    r = httpx.get(trusted.url + "/admin/signin", headers={"x-forwarded-proto": "http, https"})
    assert "Secure" in r.headers["set-cookie"]
    always = make_gateway({"providers": [mock_provider(upstream)], "console": {"secure_cookie": "always"}})
    assert "Secure" in httpx.get(always.url + "/admin/signin").headers["set-cookie"]


def test_console_settings_are_validated() -> None:
    with pytest.raises(ConfigError) as exc:
        parse_config({"console": {"session_ttl_s": 0, "idle_minutes": 5}}, "c.yaml")
    assert any(line.startswith("c.yaml: console.session_ttl_s:") for line in exc.value.lines)
    assert any(line.startswith("c.yaml: console.idle_minutes:") for line in exc.value.lines)
    assert parse_config({}).console == ConsoleSettings(
        session_ttl_s=8 * 3600, idle_timeout_s=1800, max_failed_signins=5, signin_window_s=900
    )


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


MAX_FAILED_SIGNINS = ConsoleSettings().max_failed_signins


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


def _stale(gw: Gateway, sid: str) -> httpx.Response:
    """The console's answer to a browser that still sends this session id (its own cookie jar may have dropped it)."""
    with httpx.Client(base_url=gw.url, cookies={"dlpgate_console": sid}) as client:
        return client.get("/admin/review")


def test_session_lifetime_is_configured(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "console": {"session_ttl_s": 2}})
    client, r = signin(gw, "auditor")
    assert "Max-Age=2" in r.headers["set-cookie"]
    sid = client.cookies.get("dlpgate_console") or ""
    assert _stale(gw, sid).status_code == 200
    time.sleep(2.2)
    r = _stale(gw, sid)
    assert r.status_code == 303 and r.headers["location"] == "/admin/signin?ended=1"
    assert 'dlpgate_console=""' in r.headers["set-cookie"]  # the stale cookie is cleared
    page = httpx.get(gw.url + r.headers["location"] + "&lang=en")
    assert "Your session ended" in page.text


def test_idle_timeout_is_configured(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "console": {"idle_timeout_s": 3}})
    client, _ = signin(gw, "auditor")
    sid = client.cookies.get("dlpgate_console") or ""
    # in use every second, for longer than the idle timeout; the 2 s margin covers a page that renders slowly on a
    # loaded machine (with 0.8 s, a CI run saw a session end between two uses)
    for _ in range(4):
        time.sleep(1.0)
        assert _stale(gw, sid).status_code == 200
    time.sleep(3.3)  # idle
    assert _stale(gw, sid).status_code == 303


def test_signin_limit_is_configured(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway(
        {"providers": [mock_provider(upstream)], "console": {"max_failed_signins": 2, "signin_window_s": 2}}
    )
    for _ in range(2):
        assert signin(gw, key="dlp_wrong")[1].status_code == 401
    assert signin(gw, "admin")[1].status_code == 429
    time.sleep(2.2)  # the window has passed
    assert signin(gw, "admin")[1].status_code == 303
