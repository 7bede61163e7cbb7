"""Policy actions: mask and restore (streamed and not), warn with justification, monitor mode, overrides,
Korean and English messages, reload without restart, and `dlpgate policy test`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import openai
import pytest
import yaml

from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

REPO = Path(__file__).resolve().parents[2]
EMAIL = "kim.minsu@example.org"
PHONE = "010-2345-6789"
RRN = "850315-1234566"


def _audit(gw: Gateway, rid: str) -> dict[str, Any]:
    return gw.audit_record(rid)


# --- mask and restore -----------------------------------------------------------------------------------
def test_mask_and_restore_non_stream(gateway: Gateway, upstream: Upstream) -> None:
    text = f"메일 {EMAIL} 과 연락처 {PHONE} 로 회신 부탁, 다시 한번 {EMAIL}"
    resp = gateway.client().chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": text}]
    )
    assert resp.headers["x-dlp-decision"] == "masked"
    sent = upstream.mock.bodies()[0]["messages"][0]["content"]
    assert EMAIL not in upstream.mock.raw().decode() and PHONE not in upstream.mock.raw().decode()
    assert sent.count("<EMAIL_ADDRESS_1>") == 2 and "<PHONE_NUMBER_1>" in sent
    assert resp.parse().choices[0].message.content == "echo: " + text
    rec = _audit(gateway, resp.headers["x-request-id"])
    assert rec["decision"] == "masked" and rec["entities"] == {"EMAIL_ADDRESS": 2, "PHONE_NUMBER": 1}
    assert EMAIL not in str(rec) and PHONE not in str(rec)


@pytest.mark.parametrize("split", [1, 2, 3, 5, 7])
def test_mask_and_restore_stream_with_split_placeholders(gateway: Gateway, upstream: Upstream, split: int) -> None:
    upstream.mock.behaviour.stream_split = split
    text = f"회신은 {EMAIL} 로, 전화는 {PHONE}"
    stream = gateway.client().chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": text}], stream=True
    )
    out = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert out == "echo: " + text
    assert EMAIL not in upstream.mock.raw().decode()


async def test_mask_and_restore_async_stream(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.stream_split = 4
    async with gateway.aclient() as client:
        stream = await client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"to {EMAIL}"}], stream=True
        )
        out = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert out == f"echo: to {EMAIL}"


def test_mask_and_restore_responses_stream(gateway: Gateway, upstream: Upstream) -> None:
    upstream.mock.behaviour.stream_split = 3
    events = list(gateway.client().responses.create(model="gpt-4o-mini", input=f"mail {EMAIL} now", stream=True))
    text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert text == f"echo: mail {EMAIL} now"
    done = next(e for e in events if e.type == "response.output_text.done")
    assert done.text == f"echo: mail {EMAIL} now"
    assert EMAIL not in upstream.mock.raw().decode()


def test_placeholders_consistent_across_a_conversation(gateway: Gateway, upstream: Upstream) -> None:
    client = gateway.client()
    first = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": f"a {EMAIL}"}])
    history = [
        {"role": "user", "content": f"a {EMAIL}"},
        {"role": "assistant", "content": first.choices[0].message.content},
        {"role": "user", "content": f"b lee@example.org and {EMAIL}"},
    ]
    client.chat.completions.create(model="gpt-4o-mini", messages=history)  # type: ignore[arg-type]
    turn1, turn2 = upstream.mock.bodies()
    assert turn1["messages"][0]["content"] == "a <EMAIL_ADDRESS_1>"
    assert [m["content"] for m in turn2["messages"]] == [
        "a <EMAIL_ADDRESS_1>",
        "echo: a <EMAIL_ADDRESS_1>",
        "b <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>",
    ]


# --- warn and justification -----------------------------------------------------------------------------
WARN_POLICY = {"entities": {"EMAIL_ADDRESS": "warn", "KR_RRN": "block", "PHONE_NUMBER": "mask"}}


def test_warn_then_justify(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": WARN_POLICY})
    msgs = [{"role": "user", "content": f"send to {EMAIL}, call {PHONE}"}]
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gw.client().chat.completions.create(model="gpt-4o-mini", messages=msgs)  # type: ignore[arg-type]
    assert exc.value.code == "sensitive_data" and "x-dlp-justification" in exc.value.message
    assert "EMAIL_ADDRESS" in exc.value.message and EMAIL not in exc.value.message
    warned = _audit(gw, exc.value.response.headers["x-request-id"])
    assert warned["decision"] == "warned" and warned["rule"] == "entities.EMAIL_ADDRESS:warn"
    assert upstream.mock.received == []

    reason = f"고객 요청 회신 업무 (주민번호 {RRN} 건)"
    client = gw.client(default_headers={"x-dlp-justification": quote(reason)})
    resp = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=msgs)  # type: ignore[arg-type]
    assert resp.headers["x-dlp-decision"] == "justified"
    sent = upstream.mock.bodies()[0]["messages"][0]["content"]
    assert EMAIL in sent and PHONE not in sent and "<PHONE_NUMBER_1>" in sent  # warned type passes, masked stays
    rec = _audit(gw, resp.headers["x-request-id"])
    assert rec["decision"] == "justified"
    assert rec["justification"].startswith("고객 요청 회신 업무") and RRN not in rec["justification"]
    assert "<KR_RRN>" in rec["justification"]


def test_justification_does_not_unlock_a_block(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": WARN_POLICY})
    client = gw.client(default_headers={"x-dlp-justification": "urgent"})
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"{EMAIL} 주민등록번호 {RRN}"}]
        )
    assert upstream.mock.received == []


# --- monitor mode ---------------------------------------------------------------------------------------
def test_monitor_mode_records_but_does_not_enforce(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway(
        {"providers": [mock_provider(upstream)], "policy": {"mode": "monitor", "entities": {"KR_RRN": "block"}}}
    )
    resp = gw.client().chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": f"주민등록번호 {RRN}"}]
    )
    assert RRN in upstream.mock.raw().decode()
    rec = _audit(gw, resp.headers["x-request-id"])
    assert rec["decision"] == "allowed" and rec["would_decision"] == "blocked" and rec["enforced"] is False
    assert rec["rule"] == "entities.KR_RRN:block" and RRN not in str(rec)


def test_monitor_mode_per_department(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    policy = {
        "entities": {"KR_RRN": "block"},
        "overrides": [{"name": "pilot-monitor", "match": {"departments": ["planning"]}, "mode": "monitor"}],
    }
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": policy})
    gw.client("staff").chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": f"주민등록번호 {RRN}"}]
    )
    with pytest.raises(openai.PermissionDeniedError):  # the admin key's department is "it": enforced
        gw.client("admin").chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"주민등록번호 {RRN}"}]
        )
    assert len(upstream.mock.received) == 1


# --- overrides ------------------------------------------------------------------------------------------
def test_overrides_by_department_role_and_provider(
    make_gateway: GatewayFactory, upstream: Upstream, upstream2: Upstream
) -> None:
    policy = {
        "entities": {"KR_RRN": "block", "EMAIL_ADDRESS": "mask", "PHONE_NUMBER": "mask"},
        "locked": ["KR_RRN"],
        "overrides": [
            {
                "name": "planning-may-send-email",
                "match": {"departments": ["planning"]},
                "entities": {"EMAIL_ADDRESS": "allow", "KR_RRN": "allow"},
            },
            {"name": "onprem-gets-phones", "match": {"providers": ["onprem"]}, "entities": {"PHONE_NUMBER": "allow"}},
        ],
    }
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream), mock_provider(upstream2, id="onprem", models=["onprem-model"])],
            "policy": policy,
        }
    )
    text = f"{EMAIL} {PHONE}"
    gw.client("staff").chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    gw.client("admin").chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    gw.client("admin").chat.completions.create(model="onprem-model", messages=[{"role": "user", "content": text}])
    staff_sent, admin_sent = (b["messages"][0]["content"] for b in upstream.mock.bodies())
    assert staff_sent == f"{EMAIL} <PHONE_NUMBER_1>"  # planning may send e-mail
    assert admin_sent == "<EMAIL_ADDRESS_1> <PHONE_NUMBER_1>"  # it may not
    assert upstream2.mock.bodies()[0]["messages"][0]["content"] == f"<EMAIL_ADDRESS_1> {PHONE}"  # on-prem: phones
    with pytest.raises(openai.PermissionDeniedError):  # locked: the override cannot allow RRNs
        gw.client("staff").chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"주민등록번호 {RRN}"}]
        )


# --- messages -------------------------------------------------------------------------------------------
def test_korean_and_english_messages(gateway: Gateway, upstream: Upstream) -> None:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"주민등록번호 {RRN}"}]}
    ko = httpx.post(
        gateway.url + "/v1/chat/completions",
        json=body,
        headers={**gateway.headers(), "accept-language": "ko-KR,ko;q=0.9,en;q=0.8"},
    )
    en = httpx.post(
        gateway.url + "/v1/chat/completions",
        json=body,
        headers={**gateway.headers(), "accept-language": "en-US,en;q=0.9"},
    )
    ko_msg, en_msg = ko.json()["error"]["message"], en.json()["error"]["message"]
    assert "주민등록번호(KR_RRN)" in ko_msg.replace(" (", "(") and "요청 ID" in ko_msg
    assert ko.headers["x-request-id"] in ko_msg and RRN not in ko_msg
    assert "resident registration number" in en_msg and en.headers["x-request-id"] in en_msg


# --- reload ---------------------------------------------------------------------------------------------
def test_policy_reloads_from_file_and_refuses_a_broken_one(tmp_path: Path, upstream: Upstream) -> None:
    import asyncio

    from gateway.app import create_app
    from gateway.config import load_config
    from tests.conftest import _make_keys
    from tests.support.servers import serve_in_thread

    cfg_path = tmp_path / "gw.yaml"
    base: dict[str, Any] = {
        "providers": [mock_provider(upstream)],
        "storage": {"database_url": f"sqlite:///{tmp_path}/gw.db"},
        "policy": {"entities": {"EMAIL_ADDRESS": "mask"}},
    }
    cfg_path.write_text(yaml.safe_dump(base, allow_unicode=True))
    keys = asyncio.run(_make_keys(base["storage"]["database_url"]))
    with serve_in_thread(create_app(load_config(cfg_path))) as server:
        admin = {"Authorization": f"Bearer {keys['admin']}"}
        client = openai.OpenAI(base_url=server.url + "/v1", api_key=keys["staff"], max_retries=0)
        rev1 = httpx.get(server.url + "/admin/api/policy", headers=admin).json()["revision"]
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": EMAIL}])

        cfg_path.write_text(yaml.safe_dump({**base, "policy": {"entities": {"EMAIL_ADDRESS": "shred"}}}))
        r = httpx.post(server.url + "/admin/api/policy/reload", headers=admin)
        assert r.status_code == 400 and "policy.entities.EMAIL_ADDRESS.action" in r.json()["error"]["message"]
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": EMAIL}])
        assert httpx.get(server.url + "/admin/api/policy", headers=admin).json()["revision"] == rev1

        cfg_path.write_text(yaml.safe_dump({**base, "policy": {"entities": {"EMAIL_ADDRESS": "block"}}}))
        deadline = time.monotonic() + 5  # the file watcher picks it up without the admin call
        while True:
            try:
                client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": EMAIL}])
            except openai.PermissionDeniedError:
                break
            assert time.monotonic() < deadline, "new policy not applied"
            time.sleep(0.2)
        assert httpx.get(server.url + "/admin/api/policy", headers=admin).json()["revision"] != rev1
        client.close()
    assert all(EMAIL not in b["messages"][0]["content"] for b in upstream.mock.bodies())


# --- policy test CLI ------------------------------------------------------------------------------------
def test_policy_test_cli_on_shipped_cases() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "gateway", "policy", "test", "policies/default.yaml", "--cases", "policies/cases"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().endswith(" passed, 0 failed") and "ok   " in proc.stdout


def test_policy_test_cli_reports_a_failing_expectation(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text(
        yaml.safe_dump(
            {
                "name": "wrong",
                "request": {"model": "dlpgate-demo", "messages": [{"role": "user", "content": "hi"}]},
                "expect": {"decision": "blocked"},
            }
        )
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "gateway",
            "policy",
            "test",
            str(REPO / "policies/default.yaml"),
            "--cases",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.returncode == 1 and "FAIL wrong: allowed; decision: expected 'blocked', got 'allowed'" in proc.stdout


def test_korean_messages_for_routing_refusals(gateway: Gateway, upstream: Upstream) -> None:
    h = {**gateway.headers(), "accept-language": "ko"}
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=h,
        json={"model": "deepseek-chat", "messages": [{"role": "user", "content": "x"}]},
    )
    assert r.status_code == 403 and "차단 목록" in r.json()["error"]["message"]
    assert r.headers["x-request-id"] in r.json()["error"]["message"]
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=h,
        json={"model": "gpt-4o-mini", "api_base": "http://e", "messages": [{"role": "user", "content": "x"}]},
    )
    assert r.json()["error"]["code"] == "routing_override" and "전달 대상" in r.json()["error"]["message"]


def test_korean_messages_for_bad_requests_and_provider_faults(gateway: Gateway, upstream: Upstream) -> None:
    h = {**gateway.headers(), "accept-language": "ko-KR,ko;q=0.9"}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=h, content=b'{"model": "gpt-4o-mini", "messages": [')
    error = r.json()["error"]
    assert r.status_code == 400 and error["code"] == "invalid_request" and "요청 형식" in error["message"]
    assert "(상세: " in error["message"]  # the English detail stays, for the help desk
    upstream.mock.behaviour.status = 503
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=h,
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "x"}]},
    )
    assert r.status_code == 502 and "AI 제공자" in r.json()["error"]["message"]
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),  # no Accept-Language: English
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "x"}]},
    )
    assert r.status_code == 502 and "AI 제공자" not in r.json()["error"]["message"]


def test_term_lists_per_department(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "detection": {"term_lists": {"planning-projects": {"departments": ["planning"], "terms": ["한빛사업"]}}},
        }
    )
    with pytest.raises(openai.PermissionDeniedError) as exc:  # staff is in planning
        gw.client("staff").chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "한빛사업은 언제 시작해?"}]
        )
    assert "INTERNAL_TERM" in exc.value.message and "한빛사업" not in exc.value.message
    gw.client("admin").chat.completions.create(
        model="gpt-4o-mini",  # the list does not apply to it
        messages=[{"role": "user", "content": "한빛사업은 언제 시작해?"}],
    )
    assert len(upstream.mock.received) == 1
