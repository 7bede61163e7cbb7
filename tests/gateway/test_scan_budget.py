"""What cannot be scanned whole is not forwarded (red-team #5): encoded text beyond the engine's decoding budget or
depth is refused like an image, a scan that runs out of time is a 503, and a replica busy scanning a hostile text
still ends on SIGTERM."""

from __future__ import annotations

import base64
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from detectors.decode import MAX_DECODED_TOTAL
from tests.conftest import (
    Gateway,
    GatewayFactory,
    Upstream,
    cli_key,
    free_port,
    mock_provider,
    process_env,
    wait_until_serving,
)

RRN = "850315-1234566"


def _post(gw: Gateway, text: str, **headers: str) -> httpx.Response:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}
    return httpx.post(gw.url + "/v1/chat/completions", json=body, headers={**gw.headers(), **headers}, timeout=120)


def test_a_long_base64_segment_is_decoded_and_its_rrn_refused(gateway: Gateway, upstream: Upstream) -> None:
    segment = base64.b64encode(("x" * 70_000 + f" 주민등록번호 {RRN}").encode()).decode()
    r = _post(gateway, f"이 첨부를 요약해 줘: {segment}")
    assert r.status_code == 403 and r.json()["error"]["code"] == "sensitive_data"
    assert "KR_RRN" in r.json()["error"]["message"]
    assert upstream.mock.received == []


def test_more_encoded_text_than_one_scan_decodes_is_refused_and_audited(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    # the default limits on a request (server.max_text_chars) keep one text under the budget unless it nests
    # encodings; an operator who raises them meets the budget instead
    limits = {"max_text_chars": 8 << 20, "max_body_bytes": 16 << 20}
    gateway = make_gateway({"providers": [mock_provider(upstream)], "server": limits})
    chunk = base64.b64encode(("회의록 " * 2_000).encode()).decode()
    hidden = base64.b64encode(f"RRN {RRN}".encode()).decode()
    text = "\n".join([chunk] * (MAX_DECODED_TOTAL // 8_000 + 2) + [hidden])
    r = _post(gateway, text)
    assert r.status_code == 403, r.text[:300]
    err = r.json()["error"]
    assert err["code"] == "sensitive_data" and "unscannable_text:block" in err["message"]
    assert "encoded text" in err["message"] and RRN not in r.text
    assert upstream.mock.received == []
    rec = gateway.audit_record(r.headers["x-request-id"])
    assert rec["decision"] == "blocked" and rec["rule"] == "unscannable_text:block"
    ko = _post(gateway, text, **{"Accept-Language": "ko"})
    assert ko.status_code == 403 and "인코딩 텍스트" in ko.json()["error"]["message"]


def test_encodings_nested_deeper_than_the_engine_unwraps_are_refused(gateway: Gateway, upstream: Upstream) -> None:
    deep = f"주민등록번호 {RRN}"
    for _ in range(5):
        deep = base64.b64encode(deep.encode()).decode()
    r = _post(gateway, f"decode this: {deep}")
    assert r.status_code == 403 and "unscannable_text:block" in r.json()["error"]["message"]
    assert upstream.mock.received == []


def test_refused_in_monitor_mode_too(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": {"mode": "monitor"}})
    deep = f"RRN {RRN}"
    for _ in range(5):
        deep = base64.b64encode(deep.encode()).decode()
    assert _post(gw, f"x {deep}").status_code == 403  # nothing was concluded about it: not forwarded
    assert _post(gw, f"x {RRN}").status_code == 200  # what was scanned is forwarded in monitor mode
    assert len(upstream.mock.received) == 1


def test_a_scan_out_of_time_is_a_503_and_nothing_is_forwarded(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "server": {"scan_timeout_s": 0.05}})
    r = _post(gw, "8503-" * 100_000)  # dense candidates: well over a second of scanning
    assert r.status_code == 503, r.text[:300]
    err = r.json()["error"]
    assert err["code"] == "scan_timeout" and "nothing was forwarded" in err["message"]
    assert upstream.mock.received == []
    assert gw.audit_record(r.headers["x-request-id"])["decision"] == "error"
    assert _post(gw, "안녕하세요").status_code == 200  # short texts are scanned well within the limit


@pytest.mark.parametrize("concurrency", [1, 2])
def test_large_scans_take_turns(make_gateway: GatewayFactory, upstream: Upstream, concurrency: int) -> None:
    # scans share one interpreter lock: beyond server.scan_concurrency a large request waits for a turn, and the wait
    # counts against its scan deadline
    server = {"scan_concurrency": concurrency, "scan_timeout_s": 2}
    gw = make_gateway({"providers": [mock_provider(upstream)], "server": server})
    hostile: list[httpx.Response] = []
    worker = threading.Thread(target=lambda: hostile.append(_post(gw, "8503-" * 400_000)))
    worker.start()
    time.sleep(0.8)  # the hostile text is being scanned
    r = _post(gw, "오늘 회의 안건을 정리해 주세요. " * 2_000)  # large enough to be scanned in a worker thread
    worker.join()
    assert hostile[0].status_code == 503 and hostile[0].json()["error"]["code"] == "scan_timeout"
    if concurrency == 1:
        assert r.status_code == 503 and r.json()["error"]["code"] == "scan_timeout"
        assert upstream.mock.received == []
    else:
        assert r.status_code == 200 and len(upstream.mock.received) == 1


def test_a_replica_busy_scanning_ends_on_sigterm(tmp_path: Path, upstream: Upstream) -> None:
    # red-team #5: three 2 MB `8503-` requests held a replica for minutes and SIGTERM did not end it. The minutes were
    # the audit excerpt (tests/gateway/test_excerpt.py); the scan itself takes about a minute on this text, and the
    # replica must not wait for it once its grace period is over
    port = free_port()
    cfg = tmp_path / "gw.yaml"
    cfg.write_text(
        f"""
providers:
  - id: mock
    kind: openai
    api_base: {upstream.server.url}/v1
    api_key: sk-test
    models: [gpt-4o-mini]
storage:
  database_url: sqlite:///{tmp_path}/gw.db
server:
  shutdown_grace_s: 0.5
  scan_timeout_s: 600
  max_text_chars: 16000000
  max_body_bytes: 33554432
"""
    )
    key = cli_key(cfg, cwd=tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "gateway", "serve", "--config", str(cfg), "--port", str(port)],
        env=process_env(),
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_serving(url, proc, limit_s=60)
        body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "8503-" * 1_600_000}]}

        def send() -> None:  # a scan of minutes on this text; its answer does not matter
            try:
                httpx.post(
                    url + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=300
                )
            except httpx.TransportError:
                pass

        threading.Thread(target=send, daemon=True).start()
        time.sleep(3)  # received and being scanned
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("the replica kept running 30 s after SIGTERM while a scan was in progress")
        assert code in (0, -signal.SIGTERM)  # uvicorn raises the signal again once it has shut down
        assert upstream.mock.received == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
