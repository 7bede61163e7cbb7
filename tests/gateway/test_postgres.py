"""The same spine on PostgreSQL: migrations, keys, audit, provider switches across two replicas."""

from __future__ import annotations

import time

import httpx
import openai
import pytest

from tests.conftest import GatewayFactory, Upstream, mock_provider

pytestmark = pytest.mark.postgres
RRN = "850315-1234566"


def test_postgres_end_to_end(make_gateway: GatewayFactory, upstream: Upstream, pg_url: str) -> None:
    first = make_gateway({"providers": [mock_provider(upstream)]}, database_url=pg_url)
    second = make_gateway({"providers": [mock_provider(upstream)]}, database_url=pg_url)
    second.keys = first.keys
    ok = first.client().chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hello"}]
    )
    with pytest.raises(openai.PermissionDeniedError) as blocked:
        second.client().chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"주민등록번호 {RRN}"}]
        )
    time.sleep(0.2)
    recs = httpx.get(first.url + "/admin/api/audit", headers=first.headers("auditor")).json()["data"]
    by_id = {r["request_id"]: r for r in recs}
    assert by_id[ok.headers["x-request-id"]]["decision"] == "allowed"
    rec = by_id[blocked.value.response.headers["x-request-id"]]
    assert rec["decision"] == "blocked" and rec["entities"] == {"KR_RRN": 1} and RRN not in str(rec)

    assert (
        httpx.patch(
            first.url + "/admin/api/providers/mock-openai", json={"enabled": False}, headers=first.headers("admin")
        ).status_code
        == 200
    )
    forwarded_before = len(upstream.mock.received)
    t0 = time.monotonic()
    while True:
        sent = time.monotonic()  # refused at routing: when the refused request was sent counts
        try:
            second.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
        except openai.PermissionDeniedError:
            break
        assert sent - t0 < 1.0
        time.sleep(0.02)
    forwarded_after = len(upstream.mock.received)
    with pytest.raises(openai.PermissionDeniedError):
        first.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    assert len(upstream.mock.received) == forwarded_after >= forwarded_before == 1
