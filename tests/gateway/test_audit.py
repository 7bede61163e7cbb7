"""Audit: one record per request, before the response; no raw prompt or detected value anywhere at rest."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import httpx
import openai
import pytest

from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

RRN = "780612-2345677"
CANARY_TEXT = "ZEBRA-CANARY-PHRASE-7731"


def _records(gw: Gateway, **params: str) -> list[dict[str, object]]:
    r = httpx.get(gw.url + "/admin/api/audit", headers=gw.headers("auditor"), params=params)
    assert r.status_code == 200, r.text
    return r.json()["data"]  # type: ignore[no-any-return]


def _wait_complete(gw: Gateway, rid: str) -> dict[str, object]:
    deadline = time.monotonic() + 5
    while True:
        rec = httpx.get(f"{gw.url}/admin/api/audit/{rid}", headers=gw.headers("auditor")).json()
        if rec["status"] == "complete" or time.monotonic() > deadline:
            return rec  # type: ignore[no-any-return]
        time.sleep(0.05)


def test_allowed_request_record(gateway: Gateway, upstream: Upstream) -> None:
    resp = gateway.client().chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hello"}]
    )
    rid = resp.headers["x-request-id"]
    rec = _wait_complete(gateway, rid)
    assert rec["request_id"] == rid and rec["decision"] == "allowed" and rec["user"] == "staff-user"
    assert rec["department"] == "planning" and rec["endpoint"] == "chat.completions"
    assert rec["requested_model"] == "gpt-4o-mini" and rec["provider_id"] == "mock-openai"
    assert rec["client_addr"] == "127.0.0.1" and rec["http_status"] == 200 and rec["upstream_status"] == 200
    assert rec["prompt_tokens"] == 7 and rec["completion_tokens"] == 3
    assert isinstance(rec["latency_ms"], float) and rec["policy_revision"] and rec["decision_id"]
    assert isinstance(rec["prompt_hmac"], str) and len(rec["prompt_hmac"]) == 64


def test_blocked_record_has_rule_codes_spans_and_no_value(gateway: Gateway, upstream: Upstream) -> None:
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gateway.client().chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"고객 주민등록번호 {RRN} {CANARY_TEXT}"}]
        )
    rid = exc.value.response.headers["x-request-id"]
    rec = _wait_complete(gateway, rid)
    assert rec["decision"] == "blocked" and rec["code"] == "sensitive_data" and rec["http_status"] == 403
    assert rec["rule"] == "entities.KR_RRN:block" and rec["entities"] == {"KR_RRN": 1}
    [span] = rec["spans"]  # type: ignore[misc]
    assert span["entity"] == "KR_RRN" and span["slot"] == "messages[0].content" and span["start"] == 10
    assert "<KR_RRN>" in str(rec["excerpt"]) and "주민등록번호" in str(rec["excerpt"])
    assert RRN not in str(rec) and CANARY_TEXT not in str(rec)


def test_every_outcome_is_audited(gateway: Gateway, upstream: Upstream) -> None:
    client = gateway.client()
    ok = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "a"}]
    )
    with pytest.raises(openai.NotFoundError) as nf:
        client.chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": "a"}])
    with pytest.raises(openai.PermissionDeniedError) as blocked:
        client.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": "a"}])
    bad = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), content=b"{not json")
    unauth = httpx.post(gateway.url + "/v1/chat/completions", content=b"{}")
    ids = {
        ok.headers["x-request-id"]: "allowed",
        nf.value.response.headers["x-request-id"]: "error",
        blocked.value.response.headers["x-request-id"]: "blocked",
        bad.headers["x-request-id"]: "error",
        unauth.headers["x-request-id"]: "error",
    }
    for rid, decision in ids.items():
        assert _wait_complete(gateway, rid)["decision"] == decision
    rec = _wait_complete(gateway, nf.value.response.headers["x-request-id"])
    assert rec["requested_model"] == "<unknown model>" and rec["code"] == "model_not_found"
    assert len(_records(gateway, limit="50")) == 5
    assert len(_records(gateway, decision="blocked")) == 1
    assert all(r["user"] == "staff-user" for r in _records(gateway, user="staff-user"))


def test_equal_prompts_correlate_by_hmac(gateway: Gateway, upstream: Upstream) -> None:
    client = gateway.client()
    rids = []
    for text in ("same prompt", "same prompt", "other prompt"):
        r = client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": text}]
        )
        rids.append(r.headers["x-request-id"])
    macs = [_wait_complete(gateway, rid)["prompt_hmac"] for rid in rids]
    assert macs[0] == macs[1] != macs[2]


def test_planted_values_never_reach_database_logs_or_stdout(
    make_gateway: GatewayFactory,
    upstream: Upstream,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    gw = make_gateway({"providers": [mock_provider(upstream)]})
    client = gw.client()
    planted = [RRN, "010-9876-5432", "kim.canary@example.org", CANARY_TEXT]
    prompt = f"주민번호 {RRN}, 연락처 010-9876-5432, 메일 kim.canary@example.org, 메모 {CANARY_TEXT}"
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": f"memo {CANARY_TEXT}"}])
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": RRN}], extra_body={"bogus": CANARY_TEXT}
        )
    time.sleep(0.3)
    gw.server.stop()  # flush and close the database
    assert gw.db_path is not None
    blobs = [p.read_bytes() for p in Path(gw.db_path).parent.glob(Path(gw.db_path).name + "*")]
    conn = sqlite3.connect(gw.db_path)
    dump = "\n".join(conn.iterdump())
    conn.close()
    out, err = capfd.readouterr()
    # The openai SDK in this test process logs its own request options at DEBUG: that is the client's log.
    server_records = [r for r in caplog.records if not r.name.startswith("openai")]
    logs = "\n".join(r.getMessage() + str(r.__dict__) for r in server_records)
    for value in planted:
        for blob in blobs:
            assert value.encode() not in blob, value
        assert value not in dump and value not in out and value not in err and value not in logs, value


def test_audit_failure_fails_closed(gateway: Gateway, upstream: Upstream) -> None:
    assert gateway.db_path is not None
    conn = sqlite3.connect(gateway.db_path)
    conn.execute("DROP TABLE audit_records")
    conn.commit()
    conn.close()
    with pytest.raises(openai.APIStatusError) as exc:
        gateway.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert exc.value.status_code == 503
    assert "nothing was forwarded" in exc.value.message
    assert upstream.mock.received == []


def test_roles_on_audit_api(gateway: Gateway) -> None:
    assert httpx.get(gateway.url + "/admin/api/audit", headers=gateway.headers("staff")).status_code == 403
    assert httpx.get(gateway.url + "/admin/api/audit").status_code == 401
    assert httpx.get(gateway.url + "/admin/api/audit", headers=gateway.headers("admin")).status_code == 200
    assert httpx.get(gateway.url + "/admin/api/audit/req_nope", headers=gateway.headers("auditor")).status_code == 404


def test_client_address_from_a_trusted_proxy_is_the_rightmost_entry(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "server": {"trusted_proxies": ["127.0.0.1/32"]}})
    r = httpx.post(
        gw.url + "/v1/chat/completions",
        headers={**gw.headers(), "x-forwarded-for": "1.2.3.4, 10.9.8.7"},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]},
    )
    assert _wait_complete(gw, r.headers["x-request-id"])["client_addr"] == "10.9.8.7"
    untrusted = make_gateway({"providers": [mock_provider(upstream)]})
    r = httpx.post(
        untrusted.url + "/v1/chat/completions",
        headers={**untrusted.headers(), "x-forwarded-for": "1.2.3.4"},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]},
    )
    assert _wait_complete(untrusted, r.headers["x-request-id"])["client_addr"] == "127.0.0.1"



async def test_a_replica_that_loses_the_race_to_store_the_hmac_key_uses_the_winners(pg_url: str) -> None:
    """Replicas starting together each find no stored key; the one whose insert collides with another's (here held
    in an open transaction until the loser is waiting on it) reads the key that was stored instead of failing its
    start with a unique violation."""
    import asyncio
    import secrets

    import asyncpg

    from gateway.audit import HMAC_SETTING, AuditLog
    from gateway.storage.db import create_engine, migrate

    engine = create_engine(pg_url)
    try:
        await migrate(engine)
        winner = secrets.token_hex(32)
        other = await asyncpg.connect(pg_url)
        try:
            tx = other.transaction()
            await tx.start()
            await other.execute("INSERT INTO settings (name, value) VALUES ($1, $2)", HMAC_SETTING, winner)
            loser = asyncio.create_task(AuditLog(engine).resolve_key())
            await asyncio.sleep(0.5)  # the loser reads no key and waits on the uncommitted row
            await tx.commit()
        finally:
            await other.close()
        assert await loser == bytes.fromhex(winner)
        assert await AuditLog(engine).resolve_key() == bytes.fromhex(winner)
    finally:
        await engine.dispose()
