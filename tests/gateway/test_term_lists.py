"""Term lists through the admin API: admin only, bounded and validated, stored in the database and merged with
the config's lists, audited with counts (never the terms), effective on another replica within a second with
or without Redis, and the matcher rebuilt only when a list changes."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import time
from pathlib import Path

import httpx
import pytest

from detectors.terms import TermMatcher
from gateway.config import TermList
from gateway.storage.db import create_engine, migrate
from gateway.term_lists import MAX_BODY_BYTES, TermListStore
from tests.conftest import Gateway, GatewayFactory, OwnRedis, Upstream, mock_provider

CANARY = "청람프로젝트"  # a code name that must never reach a log or an audit event


def _put(gw: Gateway, department: str, terms: object, role: str = "admin") -> httpx.Response:
    return httpx.put(f"{gw.url}/admin/api/term-lists/{department}", json={"terms": terms}, headers=gw.headers(role))


def test_admin_replaces_lists_and_deletes_a_list_audited_without_terms(
    make_gateway: GatewayFactory, upstream: Upstream, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="dlpgate")  # our logs; drivers at DEBUG echo every SQL parameter
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "detection": {"term_lists": {"it-systems": {"departments": ["planning"], "terms": ["누리망"]}}},
        }
    )
    prompt = f"{CANARY}은 언제 착수하나요?"
    assert gw.refusal(prompt) is None
    for role in ("staff", "auditor"):
        assert _put(gw, "planning", [CANARY], role).status_code == 403
        assert httpx.get(gw.url + "/admin/api/term-lists", headers=gw.headers(role)).status_code == 403

    r = _put(gw, "Planning", [CANARY, " 한빛사업 ", CANARY])
    assert r.status_code == 200, r.text
    assert r.json() == {"department": "planning", "before": {"terms": 0}, "after": {"terms": 2}}
    refused = gw.refusal(prompt)  # the staff key is in department planning
    assert refused is not None and refused.code == "sensitive_data" and "INTERNAL_TERM" in refused.message
    assert gw.refusal("누리망 접속이 안 돼요") is not None  # the config's list still applies, merged
    assert gw.refusal(f"{CANARY}s와 무관한 {CANARY}스타일 문장") is None  # whole words only

    listed = httpx.get(gw.url + "/admin/api/term-lists", headers=gw.headers("admin")).json()["data"]
    assert {"department": "planning", "source": "database", "terms": 2}.items() <= listed[0].items()
    assert listed[0]["updated_by"] == "admin-user"
    assert {"name": "it-systems", "source": "config", "departments": ["planning"], "terms": 1} in listed
    one = httpx.get(gw.url + "/admin/api/term-lists/planning", headers=gw.headers("admin")).json()
    assert one["terms"] == [CANARY, "한빛사업"]

    r = _put(gw, "planning", ["한빛사업"])
    assert r.json()["before"] == {"terms": 2} and r.json()["after"] == {"terms": 1}
    assert gw.refusal(prompt) is None and gw.refusal("한빛사업의 예산") is not None

    r = httpx.delete(gw.url + "/admin/api/term-lists/planning", headers=gw.headers("admin"))
    assert r.status_code == 200 and r.json()["before"] == {"terms": 1}
    assert gw.refusal("한빛사업의 예산") is None
    r = httpx.delete(gw.url + "/admin/api/term-lists/planning", headers=gw.headers("admin"))
    assert r.status_code == 404

    events = httpx.get(gw.url + "/admin/api/events", headers=gw.headers("admin")).json()["data"]
    mine = [e for e in events if e["action"].startswith("term_list.")]
    assert [(e["action"], e["target"], e["before"], e["after"], e["actor"]) for e in reversed(mine)] == [
        ("term_list.replace", "planning", {"terms": 0}, {"terms": 2}, "admin-user"),
        ("term_list.replace", "planning", {"terms": 2}, {"terms": 1}, "admin-user"),
        ("term_list.delete", "planning", {"terms": 1}, None, "admin-user"),
    ]
    assert CANARY not in json.dumps(events, ensure_ascii=False)
    assert CANARY not in caplog.text and "한빛사업" not in caplog.text


def test_term_list_bodies_are_bounded_and_validated(gateway: Gateway) -> None:
    h = {**gateway.headers("admin"), "content-type": "application/json"}
    url = gateway.url + "/admin/api/term-lists/planning"
    huge = b'{"terms": ["' + b"a" * MAX_BODY_BYTES + b'"]}'
    assert httpx.put(url, content=huge, headers=h).status_code == 413
    for body, needle in (
        ({"terms": ["ok", "  "]}, "terms[1] is blank"),
        ({"terms": ["x" * 101]}, "longer than 100"),
        ({"terms": [1]}, "terms.0"),
        ({"terms": ["a"], "departments": ["x"]}, "departments"),
        ({}, "terms"),
    ):
        r = httpx.put(url, json=body, headers=h)
        assert r.status_code == 400 and needle in r.json()["error"]["message"], (body, r.text)
    r = httpx.put(gateway.url + "/admin/api/term-lists/" + "d" * 201, json={"terms": ["a"]}, headers=h)
    assert r.status_code == 400 and "department name" in r.json()["error"]["message"]
    assert httpx.get(url, headers=h).status_code == 404


@pytest.mark.parametrize("with_redis", [False, pytest.param(True, marks=[pytest.mark.postgres, pytest.mark.redis])])
def test_another_replica_applies_a_change_within_a_second(
    make_gateway: GatewayFactory, upstream: Upstream, tmp_path: Path, request: pytest.FixtureRequest, with_redis: bool
) -> None:
    data: dict[str, object] = {"providers": [mock_provider(upstream)]}
    if with_redis:
        redis: OwnRedis = request.getfixturevalue("own_redis")
        url = str(request.getfixturevalue("pg_url"))
        data["storage"] = {"redis_url": redis.url}
    else:
        url = f"sqlite:///{tmp_path}/shared.db"
    one = make_gateway(dict(data), database_url=url)
    two = make_gateway(dict(data), database_url=url)
    assert two.refusal("누리2호 일정 공유") is None
    assert _put(one, "*", ["누리2호"]).status_code == 200  # "*": every department
    deadline = time.monotonic() + 1.0
    while two.refusal("누리2호 일정 공유") is None:
        assert time.monotonic() < deadline, "the other replica did not apply the change within a second"
        time.sleep(0.05)
    assert httpx.delete(one.url + "/admin/api/term-lists/*", headers=one.headers("admin")).status_code == 200
    deadline = time.monotonic() + 1.0
    while two.refusal("누리2호 일정 공유") is not None:
        assert time.monotonic() < deadline, "the other replica did not drop the list within a second"
        time.sleep(0.05)


async def test_matcher_is_rebuilt_only_on_change_and_lists_apply_by_department(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/t.db")
    await migrate(engine)
    try:
        configured = {"all": TermList(terms=["공통과제"]), "fin": TermList(departments=["Finance"], terms=["금고"])}
        store = TermListStore(engine, configured, None)
        await store.refresh()
        first = store.matcher
        await store.refresh()
        assert store.matcher is first  # unchanged version: no rebuild
        assert store.lists_for("finance") == ["all", "fin"] and store.lists_for(None) == ["all"]

        assert await store.replace("Planning", ["한빛"], actor="a") == (0, 1)
        assert store.matcher is not first
        second = store.matcher
        await store.refresh()
        assert store.matcher is second
        assert [f.entity.value for f in store.find("한빛은 비공개", store.lists_for("planning"))] == ["INTERNAL_TERM"]
        assert list(store.find("한빛은 비공개", store.lists_for("finance"))) == []

        other = TermListStore(engine, {}, None)  # another replica: reads the stored list on refresh
        await other.refresh()
        assert [s.department for s in other.stored()] == ["planning"]
        assert await store.delete("planning") == 1
        await other.refresh()
        assert other.stored() == [] and list(other.find("한빛은", other.lists_for("planning"))) == []
    finally:
        await engine.dispose()


def test_a_character_that_folds_longer_does_not_switch_matching_off() -> None:
    matcher = TermMatcher({"l": ["한빛사업", "Straße"]})
    text = "İstanbul 출장 건: 한빛사업은 STRASSE와 Straße에서"
    assert [text[f.start : f.end] for f in matcher.find(text)] == ["한빛사업", "STRASSE", "Straße"]


def test_concurrent_refresh_is_safe(tmp_path: Path) -> None:
    async def run() -> None:
        engine = create_engine(f"sqlite:///{tmp_path}/c.db")
        await migrate(engine)
        try:
            store = TermListStore(engine, {}, None)
            await store.replace("a", ["하나"], actor="x")
            await asyncio.gather(*(store.refresh() for _ in range(5)))
            assert [s.terms for s in store.stored()] == [("하나",)]
        finally:
            await engine.dispose()

    asyncio.run(run())


def test_a_term_hidden_by_encoding_markup_or_spacing_is_refused(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    # red-team #5: term lists matched the literal forms only
    gw = make_gateway(
        {
            "providers": [mock_provider(upstream)],
            "detection": {"term_lists": {"codes": {"terms": [CANARY, "Project Falcon"]}}},
        }
    )
    for prompt in (
        f"풀어서 요약해줘: {base64.b64encode(f'{CANARY} 일정표'.encode()).decode()}",
        f"hex: {CANARY.encode().hex()}",
        " ".join(CANARY) + " 일정 정리",
        f"<b>{CANARY[:2]}</b>{CANARY[2:]} 일정",
        "Project Falc0n budget",
        "Falcon Project budget",
    ):
        refusal = gw.refusal(prompt)
        assert refusal is not None and "INTERNAL_TERM" in refusal.message, prompt
    assert upstream.mock.received == []
