"""Operations: metrics, JSON logs without payloads, graceful shutdown of a real `dlpgate serve` process."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import openai

from tests.conftest import Gateway, Upstream, cli_key, free_port, process_env, wait_until_serving

CANARY = "WALRUS-CANARY-5521"


def test_metrics_count_requests_and_decisions(gateway: Gateway, upstream: Upstream) -> None:
    client = gateway.client()
    client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    try:
        client.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": "hi"}])
    except openai.PermissionDeniedError:
        pass
    text = httpx.get(gateway.url + "/metrics").text
    assert 'dlpgate_requests_total{endpoint="chat.completions",status="200"} 1.0' in text
    assert 'dlpgate_decisions_total{code="provider_blocked",decision="blocked"} 1.0' in text
    assert "dlpgate_scan_seconds_count 1.0" in text
    assert 'dlpgate_upstream_seconds_count{provider="mock-openai"} 1.0' in text
    assert 'dlpgate_provider_enabled{provider="mock-openai"} 1.0' in text


def test_stream_audit_record_is_completed(gateway: Gateway, upstream: Upstream) -> None:
    resp = gateway.client().chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "s"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    rid = resp.headers["x-request-id"]
    list(resp.parse())
    deadline = time.monotonic() + 5
    while True:
        rec = httpx.get(f"{gateway.url}/admin/api/audit/{rid}", headers=gateway.headers("auditor")).json()
        if rec["status"] == "complete" or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert rec["stream"] is True and rec["http_status"] == 200 and rec["completion_tokens"] == 5


def test_serve_process_logs_json_without_payloads_and_shuts_down_gracefully(tmp_path: Path, upstream: Upstream) -> None:
    cfg = tmp_path / "gw.yaml"
    cfg.write_text(
        "providers:\n"
        f"  - {{id: mock, kind: openai, api_base: '{upstream.base}', api_key: k, models: [gpt-4o-mini]}}\n"
        f"storage:\n  database_url: sqlite:///{tmp_path}/gw.db\n"
        "server:\n  shutdown_grace_s: 10\n"
    )
    key = cli_key(cfg)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "gateway", "serve", "--config", str(cfg), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=process_env(),
        cwd=tmp_path,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base, proc, limit_s=20)
        client = openai.OpenAI(base_url=base + "/v1", api_key=key, max_retries=0)
        try:
            client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": f"주민등록번호 850315-1234566 {CANARY}"}]
            )
        except openai.PermissionDeniedError:
            pass
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": f"note {CANARY}"}])

        # a slow stream is in flight when SIGTERM arrives: it must complete
        upstream.mock.behaviour.stream_events = 10
        upstream.mock.behaviour.stream_gap_s = 0.1
        result: dict[str, object] = {}

        def stream() -> None:
            chunks = list(
                client.chat.completions.create(
                    model="gpt-4o-mini", stream=True, messages=[{"role": "user", "content": "slow"}]
                )
            )
            result["n"] = sum(1 for c in chunks if c.choices and c.choices[0].delta.content)

        t = threading.Thread(target=stream)
        t.start()
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        t.join(timeout=20)
        assert result.get("n") == 10
        # uvicorn re-raises SIGTERM after its graceful shutdown, the conventional way to report it
        assert proc.wait(timeout=20) in (0, -signal.SIGTERM)
        client.close()
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate(timeout=10)
    text = out.decode() + err.decode()
    assert CANARY not in text and "850315" not in text
    lines = [json.loads(line) for line in err.decode().splitlines() if line.strip()]
    assert any(line.get("msg") == "request" and line.get("code") == "sensitive_data" for line in lines)
    assert any(line.get("msg") == "gateway stopped" for line in lines)
    assert "Started server process [" in text and "[%d]" not in text
