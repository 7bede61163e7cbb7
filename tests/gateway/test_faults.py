"""Faults survived: the database going away and coming back, providers that reset or hang, clients that leave.
Every server stopped here is the test's own. No audit record may be lost: they are counted."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from pathlib import Path

import httpx
import openai
import pytest
import sqlalchemy as sa

from gateway.storage.db import create_engine
from gateway.storage.tables import audit_records
from tests.conftest import GatewayFactory, OwnPostgres, Upstream, mock_provider

MSG = [{"role": "user", "content": "hi"}]


async def _count(url: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(sa.select(sa.func.count()).select_from(audit_records))).scalar() or 0)
    finally:
        await engine.dispose()


@pytest.mark.postgres
def test_postgres_down_refuses_with_503_and_recovers(
    make_gateway: GatewayFactory, upstream: Upstream, own_postgres: OwnPostgres
) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)]}, database_url=own_postgres.url)
    client = gw.client()
    ok_ids = [
        client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MSG).headers["x-request-id"]  # type: ignore[arg-type]
        for _ in range(3)
    ]
    forwarded = len(upstream.mock.received)
    own_postgres.stop()
    time.sleep(0.6)  # past the verified-key cache
    for _ in range(3):
        with pytest.raises(openai.APIStatusError) as exc:
            client.chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
        message = exc.value.message.lower()
        assert exc.value.status_code == 503
        assert "nothing was forwarded" in message or "unreachable" in message
    assert len(upstream.mock.received) == forwarded  # nothing forwarded unaudited
    assert httpx.get(gw.url + "/readyz").status_code == 503
    own_postgres.start()
    deadline = time.monotonic() + 15
    while True:
        try:
            r = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]
            ok_ids.append(r.headers["x-request-id"])
            break
        except openai.APIStatusError:
            assert time.monotonic() < deadline, "service did not resume by itself"
            time.sleep(0.3)
    assert httpx.get(gw.url + "/readyz").status_code == 200
    time.sleep(0.3)
    # every forwarded request has its record; the refused ones could not be recorded and were not forwarded
    assert asyncio.run(_count(own_postgres.url)) >= len(upstream.mock.received) == len(ok_ids)


def _resetting_server() -> tuple[socket.socket, threading.Event]:
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    stop = threading.Event()

    def run() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            conn.close()  # RST

    threading.Thread(target=run, daemon=True).start()
    return srv, stop


def test_provider_resetting_connections_is_502(make_gateway: GatewayFactory) -> None:
    srv, stop = _resetting_server()
    try:
        port = srv.getsockname()[1]
        gw = make_gateway(
            {
                "providers": [
                    {
                        "id": "rst",
                        "kind": "openai",
                        "api_base": f"http://127.0.0.1:{port}/v1",
                        "api_key": "k",
                        "models": ["gpt-4o-mini"],
                        "timeout_s": 3,
                    }
                ]
            }
        )
        for stream in (False, True):
            with pytest.raises(openai.APIStatusError) as exc:
                r = gw.client().chat.completions.create(model="gpt-4o-mini", messages=MSG, stream=stream)  # type: ignore[arg-type]
                if stream:
                    list(r)  # type: ignore[arg-type]
            assert exc.value.status_code == 502
    finally:
        stop.set()
        srv.close()


def _completed_record(gw_url: str, headers: dict[str, str], rid: str) -> dict[str, object]:
    deadline = time.monotonic() + 10
    while True:
        rec: dict[str, object] = httpx.get(f"{gw_url}/admin/api/audit/{rid}", headers=headers).json()
        if rec.get("status") == "complete":
            return rec
        assert time.monotonic() < deadline, f"audit record {rid} never completed"
        time.sleep(0.05)


@pytest.mark.parametrize(("fault", "status"), [("hang", 504), ("garbage", 502), ("reset", 502)])
def test_provider_faults_are_bounded_clean_errors_and_every_request_is_audited(
    make_gateway: GatewayFactory, upstream: Upstream, fault: str, status: int
) -> None:
    srv, stop = _resetting_server()
    try:
        base = f"http://127.0.0.1:{srv.getsockname()[1]}/v1" if fault == "reset" else upstream.base
        gw = make_gateway({"providers": [mock_provider(upstream, api_base=base, timeout_s=0.5)]})
        upstream.mock.behaviour.delay_s = 3.0 if fault == "hang" else 0.0
        upstream.mock.behaviour.garbage = fault == "garbage"
        ids = []
        for stream in (False, True, False, True):
            t0 = time.monotonic()
            r = httpx.post(
                gw.url + "/v1/chat/completions",
                headers=gw.headers(),
                json={"model": "gpt-4o-mini", "messages": MSG, "stream": stream},
                timeout=10,
            )
            assert time.monotonic() - t0 < 2.5, "the provider's timeout did not bound the request"
            text = r.text
            if stream and r.status_code == 200:  # the error came after the stream began: an SSE error event
                assert '"error"' in text and "Traceback" not in text
            else:
                assert r.status_code == status, text
                error = r.json()["error"]
                assert error["type"] and error["message"] and "Traceback" not in error["message"]
            ids.append(r.headers["x-request-id"])
        # every request has its own record, completed with what happened; none went missing
        records = [_completed_record(gw.url, gw.headers("auditor"), rid) for rid in ids]
        assert len({rec["request_id"] for rec in records}) == len(ids) == 4
        assert all(rec["http_status"] == status for rec in records if not rec["stream"])
        listed = httpx.get(f"{gw.url}/admin/api/audit?limit=100", headers=gw.headers("auditor")).json()["data"]
        assert sorted(rec["request_id"] for rec in listed) == sorted(ids)
    finally:
        stop.set()
        srv.close()


def test_client_leaving_mid_stream_completes_the_audit(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)]})
    upstream.mock.behaviour.stream_events = 50
    upstream.mock.behaviour.stream_gap_s = 0.05
    with httpx.stream(
        "POST",
        gw.url + "/v1/chat/completions",
        headers=gw.headers(),
        json={"model": "gpt-4o-mini", "messages": MSG, "stream": True},
    ) as r:
        rid = r.headers["x-request-id"]
        for _ in r.iter_bytes():
            break  # leave after the first bytes
    _completed_record(gw.url, gw.headers("auditor"), rid)  # the abandoned stream's record is completed
    # the gateway still serves, and the abandoned upstream stream was closed rather than read to the end
    assert gw.client().chat.completions.create(model="gpt-4o-mini", messages=MSG)  # type: ignore[arg-type]


def _metric(gw_url: str, name: str) -> float:
    for line in httpx.get(gw_url + "/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} not in /metrics")


def _established_to(port: int) -> int:
    """This process's established TCP connections to 127.0.0.1:port (the gateway runs in the test's process)."""
    count = 0
    for line in Path("/proc/self/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        remote_port = int(fields[2].split(":")[1], 16)
        if remote_port == port and fields[3] == "01":
            count += 1
    return count


def test_clients_leaving_streams_leak_no_task_or_connection(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)]})
    upstream.mock.behaviour.stream_events = 200
    upstream.mock.behaviour.stream_gap_s = 0.02
    port = int(upstream.base.split(":")[2].split("/")[0])
    ids = []
    for i in range(20):
        with httpx.stream(
            "POST",
            gw.url + "/v1/chat/completions",
            headers=gw.headers(),
            json={"model": "gpt-4o-mini", "messages": MSG, "stream": True},
        ) as r:
            ids.append(r.headers["x-request-id"])
            if i % 2:
                for _ in r.iter_bytes():
                    break  # leave after the first bytes; the others leave before reading any
    deadline = time.monotonic() + 10
    while (
        upstream.mock.streams_open
        or _metric(gw.url, "dlpgate_upstream_streams_open")
        or _established_to(port) > 1
    ):
        assert time.monotonic() < deadline, (
            f"after 20 abandoned streams: {upstream.mock.streams_open} still sent by the provider, "
            f"{_metric(gw.url, 'dlpgate_upstream_streams_open')} open in the gateway, "
            f"{_established_to(port)} connections to it"
        )
        time.sleep(0.1)
    # every abandoned request has its audit record, completed
    for rid in ids:
        _completed_record(gw.url, gw.headers("auditor"), rid)
