"""Roles on the server, route by route: every console route (taken from the router, so a new route without a
row here fails) is called with no session, a staff key, an auditor session and an admin session, with a valid
CSRF token, so what refuses is the role check and nothing else; refused calls change nothing. Every admin API
route is called with no key and a staff key, and the known ones with auditor and admin keys."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute

from gateway.api.admin import router as admin_api
from gateway.console import router as console_router
from tests.conftest import Gateway
from tests.console.helpers import make_records, page_csrf, signin

OPEN, AUDITOR, ADMIN = "open", "auditor", "admin"
CONSOLE_ROUTES = {
    ("GET", "/admin"): OPEN,  # redirects to the overview, which needs a session
    ("GET", "/admin/"): OPEN,
    ("GET", "/admin/static/{name}"): OPEN,
    ("GET", "/admin/signin"): OPEN,
    ("POST", "/admin/signin"): OPEN,
    ("POST", "/admin/signout"): AUDITOR,
    ("GET", "/admin/review"): AUDITOR,
    ("GET", "/admin/review/export"): AUDITOR,
    ("GET", "/admin/review/{rid}"): AUDITOR,
    ("POST", "/admin/review/{rid}"): AUDITOR,
    ("GET", "/admin/overview"): AUDITOR,
    ("GET", "/admin/providers"): AUDITOR,
    ("POST", "/admin/providers/{provider_id}"): ADMIN,
    ("GET", "/admin/keys"): ADMIN,
    ("POST", "/admin/keys"): ADMIN,
    ("POST", "/admin/keys/{key_id}/revoke"): ADMIN,
}
# What the admin session's call succeeds with (an auditor's, for routes both may use).
SUCCESS = {"GET": {200}, "POST": {201, 303}}


def _routes(router: Any) -> set[tuple[str, str]]:
    return {(m, r.path) for r in router.routes if isinstance(r, APIRoute) for m in r.methods}


def test_the_table_names_every_console_route() -> None:
    assert _routes(console_router) == set(CONSOLE_ROUTES)


def _state(gw: Gateway) -> tuple[Any, ...]:
    """Provider switches, keys and verdicts, as the admin API reports them."""
    h = gw.headers("admin")
    providers = httpx.get(gw.url + "/admin/api/providers", headers=h).json()["data"]
    keys = httpx.get(gw.url + "/admin/api/keys", headers=h).json()["data"]
    events = httpx.get(gw.url + "/admin/api/events", headers=h, params={"limit": 500}).json()["data"]
    return (
        [(p["id"], p["enabled"]) for p in providers],
        sorted((k["id"], k.get("revoked_at")) for k in keys),
        [e["action"] for e in events if e["action"] in ("audit.review", "provider.set_enabled", "key.create")],
    )


def _call(client: httpx.Client, method: str, path: str, csrf: str | None, blocked: str, key_id: str) -> httpx.Response:
    url = path.format(rid=blocked, provider_id="mock-openai", key_id=key_id, name="console.css")
    if method == "GET":
        params = {"format": "jsonl"} if path.endswith("/export") else None
        return client.get(url, params=params)
    form: dict[str, str] = {"csrf": csrf or ""}
    if "{rid}" in path:
        form["verdict"] = "confirmed"
    elif "{provider_id}" in path:
        form["enabled"] = "false"
    elif path == "/admin/keys":
        form |= {"user": "walker", "role": "admin"}
    return client.post(url, data=form)


@pytest.mark.parametrize("who", ["anonymous", "staff", "auditor", "admin"])
def test_every_console_route_checks_the_role_on_the_server(gateway: Gateway, who: str) -> None:
    blocked, _, _ = make_records(gateway)
    spare = httpx.post(
        gateway.url + "/admin/api/keys", headers=gateway.headers("admin"), json={"user": "spare", "role": "staff"}
    ).json()
    csrf = None
    if who in (AUDITOR, ADMIN):
        client, r = signin(gateway, who)
        assert r.status_code == 303
        csrf = page_csrf(client)
    else:
        # No session: nothing at all, or a staff key offered every way a client might (it cannot sign in).
        staff = gateway.keys["staff"]
        extra = {"authorization": f"Bearer {staff}"} if who == "staff" else {}
        client = httpx.Client(base_url=gateway.url, headers=extra, cookies={"dlpgate_console": staff})
    before = _state(gateway)
    # Sign-out last: it ends the session the other calls use.
    order = sorted(
        (route for route, need in CONSOLE_ROUTES.items() if need != OPEN),
        key=lambda route: route[1] == "/admin/signout",
    )
    for method, path in order:
        r = _call(client, method, path, csrf, blocked, spare["id"])
        need = CONSOLE_ROUTES[(method, path)]
        where = f"{who} {method} {path}"
        if who in ("anonymous", "staff"):
            assert r.status_code == 303 and r.headers["location"].startswith("/admin/signin"), where
        elif who == AUDITOR and need == ADMIN:
            assert r.status_code == 403, where
        else:
            assert r.status_code in SUCCESS[method], (where, r.status_code)
    after = _state(gateway)
    if who != ADMIN:
        # Refused calls changed nothing; the auditor's allowed verdict is the one change it may make.
        verdicts = 1 if who == AUDITOR else 0
        assert after[0] == before[0] and after[1] == before[1], who
        assert after[2].count("audit.review") - before[2].count("audit.review") == verdicts
        assert after[2].count("key.create") == before[2].count("key.create")
    else:
        assert ("mock-openai", False) in after[0]  # the admin's switch went through
        assert next(k for k in after[1] if k[0] == spare["id"])[1] is not None  # and its revoke


# Admin API routes only an admin may call; the rest of /admin/api is for auditors and admins.
ADMIN_API_ONLY = {
    ("PATCH", "/admin/api/providers/{provider_id}"),
    ("GET", "/admin/api/keys"),
    ("POST", "/admin/api/keys"),
    ("DELETE", "/admin/api/keys/{key_id}"),
    ("POST", "/admin/api/policy/reload"),
}
KNOWN_API = ADMIN_API_ONLY | {
    ("GET", "/admin/api/providers"),
    ("GET", "/admin/api/audit"),
    ("GET", "/admin/api/audit/{rid}"),
    ("GET", "/admin/api/events"),
    ("GET", "/admin/api/policy"),
}


def test_every_admin_api_route_checks_the_key_role(gateway: Gateway) -> None:
    routes = _routes(admin_api)
    assert KNOWN_API <= routes
    for method, path in sorted(routes):
        # Unknown ids: an admin's call reaches the handler (404 or 400) without changing anything.
        url = gateway.url + path.replace("{", "").replace("}", "-nope")
        for who, expect in (("anonymous", {401}), ("staff", {403})):
            headers = gateway.headers(who) if who != "anonymous" else {}
            r = httpx.request(method, url, headers=headers, json={})
            assert r.status_code in expect, (who, method, path, r.status_code)
        if (method, path) not in KNOWN_API:
            continue
        for who in (AUDITOR, ADMIN):
            r = httpx.request(method, url, headers=gateway.headers(who), json={})
            if who == AUDITOR and (method, path) in ADMIN_API_ONLY:
                assert r.status_code == 403, (who, method, path)
            else:
                assert r.status_code not in (401, 403), (who, method, path, r.status_code)
