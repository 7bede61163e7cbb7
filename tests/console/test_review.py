"""Review pages: filters, the highlighted excerpt without raw values, verdicts (audited), exports, overview,
provider switches and keys through the console's forms."""

from __future__ import annotations

import json
import time

import httpx
import openai
import pytest

from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider
from tests.console.helpers import EMAIL, RRN, events, make_records, page_csrf, signin


def _wait_records(gw: Gateway, n: int) -> None:
    deadline = time.monotonic() + 5
    while len(httpx.get(gw.url + "/admin/api/audit", headers=gw.headers("auditor")).json()["data"]) < n:
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_filter_open_and_highlight_without_raw_values(gateway: Gateway) -> None:
    blocked, masked, allowed = make_records(gateway)
    _wait_records(gateway, 3)
    client, _ = signin(gateway, "auditor")
    page = client.get("/admin/review", params={"decision": "blocked"})
    assert page.status_code == 200
    assert blocked in page.text and masked not in page.text and allowed not in page.text
    assert masked in client.get("/admin/review", params={"entity": "EMAIL_ADDRESS"}).text
    by_entity = client.get("/admin/review", params={"entity": "KR_RRN", "department": "planning"}).text
    assert blocked in by_entity and masked not in by_entity
    assert blocked not in client.get("/admin/review", params={"user": "someone-else"}).text
    today = time.strftime("%Y-%m-%d", time.gmtime())
    assert blocked in client.get("/admin/review", params={"since": today, "until": today}).text
    assert blocked not in client.get("/admin/review", params={"until": "2000-01-01"}).text
    assert client.get("/admin/review", params={"entity": "NOT_AN_ENTITY"}).status_code == 400
    assert client.get("/admin/review", params={"before": "x' or 1=1"}).status_code == 400
    detail = client.get(f"/admin/review/{blocked}")
    assert detail.status_code == 200
    assert '<mark class="span" data-entity="KR_RRN">KR_RRN</mark>' in detail.text
    assert "entities.KR_RRN:block" in detail.text and "주민등록번호" in detail.text
    assert RRN not in detail.text and RRN.replace("-", "") not in detail.text
    assert EMAIL not in client.get(f"/admin/review/{masked}").text
    assert client.get("/admin/review/req_000000000000nope").status_code == 404


def test_verdicts_are_audited_and_comments_redacted(gateway: Gateway) -> None:
    blocked, _, _ = make_records(gateway)
    _wait_records(gateway, 3)
    client, _ = signin(gateway, "auditor")
    token = page_csrf(client, f"/admin/review/{blocked}")
    assert client.post(f"/admin/review/{blocked}", data={"verdict": "confirmed"}).status_code == 403  # no csrf
    r = client.post(
        f"/admin/review/{blocked}",
        data={"csrf": token, "verdict": "false_positive", "comment": "test data, 연락처 010-2345-6789"},
    )
    assert r.status_code == 303 and "redacted=1" in r.headers["location"]
    page = client.get(r.headers["location"]).text
    assert "010-2345-6789" not in page and ("오탐" in page or "False positive" in page)
    r = client.post(f"/admin/review/{blocked}", data={"csrf": token, "verdict": "confirmed"})
    assert r.status_code == 303
    reviews = [e for e in events(gateway) if e["action"] == "audit.review"]
    assert [e["after"]["verdict"] for e in reviews] == ["confirmed", "false_positive"]  # type: ignore[index]
    assert all(e["actor"] == "auditor-user" and e["target"] == blocked for e in reviews)
    assert "010-2345-6789" not in json.dumps(reviews)
    assert reviews[0]["before"]["verdict"] == "false_positive"  # type: ignore[index]
    listing = client.get("/admin/review", params={"decision": "blocked"}).text
    assert "정탐 확인" in listing or "Confirmed" in listing
    assert client.post(f"/admin/review/{blocked}", data={"csrf": token, "verdict": "maybe"}).status_code == 400


def test_exports_follow_the_filters(gateway: Gateway) -> None:
    blocked, masked, _ = make_records(gateway)
    _wait_records(gateway, 3)
    client, _ = signin(gateway, "auditor")
    csv_r = client.get("/admin/review/export", params={"format": "csv", "decision": "blocked"})
    assert csv_r.status_code == 200 and csv_r.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv_r.headers["content-disposition"]
    lines = csv_r.text.strip().splitlines()
    assert lines[0].startswith("id,ts,user_name") and len(lines) == 2 and blocked in lines[1]
    jsonl = client.get("/admin/review/export", params={"format": "jsonl", "decision": "masked"})
    rows = [json.loads(line) for line in jsonl.text.splitlines()]
    assert [r["id"] for r in rows] == [masked] and rows[0]["entities"] == {"EMAIL_ADDRESS": 1}
    for body in (csv_r.text, jsonl.text):
        assert RRN not in body and EMAIL not in body
    assert any(e["action"] == "audit.export" for e in events(gateway))
    assert httpx.get(gateway.url + "/admin/review/export").status_code == 303


def test_overview_counts(gateway: Gateway) -> None:
    make_records(gateway)
    _wait_records(gateway, 3)
    client, _ = signin(gateway, "auditor")
    page = client.get("/admin/overview", params={"lang": "en"})
    assert page.status_code == 200 and "<svg" in page.text
    assert "blocked: 1</title>" in page.text and "masked: 1</title>" in page.text
    assert "KR_RRN" in page.text and "planning" in page.text and "mock-openai" in page.text


def test_admin_switches_a_provider_and_staff_are_refused(gateway: Gateway) -> None:
    admin, _ = signin(gateway, "admin")
    token = page_csrf(admin, "/admin/providers")
    r = admin.post("/admin/providers/mock-openai", data={"csrf": token, "enabled": "false"})
    assert r.status_code == 303
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert exc.value.code == "provider_disabled"
    page = admin.get("/admin/providers").text
    assert 'data-state="off"' in page and "admin-user" in page
    ev = [e for e in events(gateway) if e["action"] == "provider.set_enabled"]
    assert ev[0]["after"] == {"enabled": False} and ev[0]["actor"] == "admin-user"
    assert admin.post("/admin/providers/nope", data={"csrf": token, "enabled": "true"}).status_code == 404


def test_keys_created_shown_once_and_revoked(gateway: Gateway) -> None:
    admin, _ = signin(gateway, "admin")
    token = page_csrf(admin, "/admin/keys")
    r = admin.post("/admin/keys", data={"csrf": token, "user": "lee", "role": "staff", "department": "tax"})
    assert r.status_code == 201
    key = r.text.split('<pre id="new-key">')[1].split("</pre>")[0]
    assert key.startswith("dlp_")
    assert key not in admin.get("/admin/keys").text  # shown once
    assert gateway.client(api_key=key).models.list()
    key_id = next(
        k["id"]
        for k in httpx.get(gateway.url + "/admin/api/keys", headers=gateway.headers("admin")).json()["data"]
        if k["user"] == "lee"
    )
    assert admin.post(f"/admin/keys/{key_id}/revoke", data={"csrf": token}).status_code == 303
    time.sleep(0.6)  # verified keys are cached for 0.5 s
    with pytest.raises(openai.AuthenticationError):
        gateway.client(api_key=key).models.list()
    actions = [e["action"] for e in events(gateway)]
    assert "key.create" in actions and "key.revoke" in actions
    bad = admin.post("/admin/keys", data={"csrf": token, "user": "", "role": "staff"})
    assert bad.status_code == 400


@pytest.mark.postgres
def test_review_and_overview_on_postgres(make_gateway: GatewayFactory, upstream: Upstream, pg_url: str) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)]}, database_url=pg_url)
    blocked, masked, _ = make_records(gw)
    _wait_records(gw, 3)
    client, r = signin(gw, "auditor")
    assert r.status_code == 303
    today = time.strftime("%Y-%m-%d", time.gmtime())
    listing = client.get("/admin/review", params={"entity": "KR_RRN", "since": today}).text
    assert blocked in listing and masked not in listing
    assert '<mark class="span" data-entity="KR_RRN">' in client.get(f"/admin/review/{blocked}").text
    overview = client.get("/admin/overview", params={"lang": "en"}).text
    assert "blocked: 1</title>" in overview and "KR_RRN" in overview
    token = page_csrf(client, f"/admin/review/{blocked}")
    assert client.post(f"/admin/review/{blocked}", data={"csrf": token, "verdict": "confirmed"}).status_code == 303


def test_a_comment_gets_the_checks_of_its_record(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    """A reviewer typing the department's internal term into a comment: it is redacted before it is stored, in the
    review and in its admin event (red-team finding 14)."""
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "detection": {"term_lists": {"it-systems": {"departments": ["planning"], "terms": ["누리망"]}}},
        }
    )
    blocked, _, _ = make_records(gw)
    _wait_records(gw, 3)
    client, _ = signin(gw, "auditor")
    token = page_csrf(client, f"/admin/review/{blocked}")
    r = client.post(
        f"/admin/review/{blocked}",
        data={"csrf": token, "verdict": "confirmed", "comment": "누리망 관련 문의로 보임"},
    )
    assert r.status_code == 303 and "redacted=1" in r.headers["location"]
    reviews = [e for e in events(gw) if e["action"] == "audit.review"]
    assert reviews and "누리망" not in json.dumps(reviews, ensure_ascii=False)
    assert "<INTERNAL_TERM>" in json.dumps(reviews, ensure_ascii=False)
