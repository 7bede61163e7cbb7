"""Registered confidential documents: register (CLI, admin API), detect excerpts at several edit levels,
remove (audited); only fingerprints are stored."""

from __future__ import annotations

import base64
import io
import time
import urllib.parse
import zipfile
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests.conftest import Gateway, Upstream

REPO = Path(__file__).resolve().parents[2]
DOC = (
    "2027년도 조직 개편 계획(안)\n\n"
    "1. 추진 배경: 디지털 행정 수요 증가에 대응하기 위하여 정보화기획관실을 디지털정부국으로 확대 개편한다. "
    "기존 3개 과를 5개 과로 늘리고, 데이터정책과와 인공지능서비스과를 신설한다.\n"
    "2. 인력 운용: 총 정원은 현행 112명에서 131명으로 19명 증원하되, 증원 인력 중 11명은 타 부처 전입으로 충당한다. "
    "나머지 8명은 경력 공개채용으로 선발하며 채용 공고는 2027년 2월에 게시한다.\n"
    "3. 예산: 개편에 따른 추가 인건비는 연간 14억 원으로 추산되며 2027년 본예산에 반영을 요청한다. "
    "청사 재배치 비용 3억 2천만 원은 예비비로 충당하는 방안을 기획재정부와 협의 중이다.\n"
)
EXCERPT = DOC[60:330]


def _docx(text: str) -> bytes:
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.splitlines())
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        f'wordprocessingml/2006/main"><w:body>{paras}</w:body></w:document>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", xml)
    return buf.getvalue()


def _hwpx(text: str) -> bytes:
    paras = "".join(f"<hp:p><hp:run><hp:t>{line}</hp:t></hp:run></hp:p>" for line in text.splitlines())
    xml = f'<hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph">{paras}</hs:sec>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("Contents/section0.xml", xml)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["txt", "docx", "hwpx"])
def test_register_detect_and_remove(gateway: Gateway, upstream: Upstream, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"plan.{fmt}"
    path.write_bytes({"txt": DOC.encode(), "docx": _docx(DOC), "hwpx": _hwpx(DOC)}[fmt])
    proc = gateway.cli(tmp_path, "docs", "register", str(path), "--title", "조직 개편안")
    assert proc.returncode == 0, proc.stderr
    doc_id = proc.stdout.split()[1]
    time.sleep(1.2)  # the gateway notices the new document within a second

    verbatim = gateway.refusal("다음 내용을 보도자료 형식으로 다듬어 줘:\n" + EXCERPT)
    assert verbatim is not None and verbatim.code == "sensitive_data" and "CONFIDENTIAL_DOCUMENT" in verbatim.message
    reflowed = gateway.refusal(EXCERPT.replace(" ", "\n").replace(",", ""))
    edited = gateway.refusal(EXCERPT.replace("확대 개편한다", "확대한다").replace("신설한다", "새로 만든다"))
    assert reflowed is not None and edited is not None
    assert gateway.refusal("조직 개편의 일반적인 장단점을 설명해 줘. 인력과 예산 측면에서 무엇을 봐야 하나요?") is None

    rid = verbatim.response.headers["x-request-id"]
    rec = httpx.get(f"{gateway.url}/admin/api/audit/{rid}", headers=gateway.headers("auditor")).json()
    span = next(s for s in rec["spans"] if s["entity"] == "CONFIDENTIAL_DOCUMENT")
    assert span["detail"].startswith(doc_id) and "of the document" in span["detail"]

    r = httpx.delete(f"{gateway.url}/admin/api/documents/{doc_id}", headers=gateway.headers("admin"))
    assert r.status_code == 200
    assert gateway.refusal("다음 내용을 보도자료 형식으로 다듬어 줘:\n" + EXCERPT) is None
    events = httpx.get(gateway.url + "/admin/api/events", headers=gateway.headers("admin")).json()["data"]
    assert any(e["action"] == "document.remove" and e["target"] == doc_id for e in events)

    assert gateway.db_path is not None
    for f in gateway.db_path.parent.glob(gateway.db_path.name + "*"):
        data = f.read_bytes()
        assert "디지털정부국".encode() not in data and "인공지능서비스과".encode() not in data


def test_admin_api_registration_and_roles(gateway: Gateway, upstream: Upstream) -> None:
    body = {"title": "plan", "filename": "plan.md", "content_base64": base64.b64encode(DOC.encode()).decode()}
    assert (
        httpx.post(gateway.url + "/admin/api/documents", json=body, headers=gateway.headers("staff")).status_code == 403
    )
    r = httpx.post(gateway.url + "/admin/api/documents", json=body, headers=gateway.headers("auditor"))
    assert r.status_code == 201 and r.json()["fingerprints"] > 20
    listed = httpx.get(gateway.url + "/admin/api/documents", headers=gateway.headers("auditor")).json()["data"]
    assert [d["title"] for d in listed] == ["plan"]
    assert gateway.refusal(EXCERPT) is not None
    bad = {**body, "filename": "plan.exe"}
    r = httpx.post(gateway.url + "/admin/api/documents", json=bad, headers=gateway.headers("admin"))
    assert r.status_code == 400 and "Unsupported document type" in r.json()["error"]["message"]


def test_document_upload_is_bounded_and_validated(gateway: Gateway) -> None:
    from gateway.documents import MAX_DOCUMENT_BYTES

    h = gateway.headers("admin")
    huge = b'{"title": "x", "filename": "x.txt", "content_base64": "' + b"A" * (MAX_DOCUMENT_BYTES * 2) + b'"}'
    r = httpx.post(
        gateway.url + "/admin/api/documents", content=huge, headers={**h, "content-type": "application/json"}
    )
    assert r.status_code == 413
    r = httpx.post(gateway.url + "/admin/api/documents", json={"title": "x"}, headers=h)
    assert r.status_code == 400 and "filename" in r.json()["error"]["message"]
    r = httpx.post(
        gateway.url + "/admin/api/documents",
        json={"title": "x", "filename": "a.txt", "content_base64": "@@@"},
        headers=h,
    )
    assert r.status_code == 400 and "base64" in r.json()["error"]["message"]


@pytest.mark.parametrize("size", [30, 38])
def test_a_document_sent_in_short_pieces_is_found(gateway: Gateway, upstream: Upstream, size: int) -> None:
    """Pieces too short to match alone (content parts, an embeddings input list): the request's texts are read
    joined too (red-team finding 5: 38-character chunks went through)."""
    body = {"title": "plan", "filename": "plan.md", "content_base64": base64.b64encode(DOC.encode()).decode()}
    assert (
        httpx.post(gateway.url + "/admin/api/documents", json=body, headers=gateway.headers("admin")).status_code == 201
    )
    pieces = [EXCERPT[i : i + size] for i in range(0, len(EXCERPT), size)]
    parts = [{"type": "text", "text": p} for p in pieces]
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": parts}]},
    )
    assert r.status_code == 403 and "CONFIDENTIAL_DOCUMENT" in r.json()["error"]["message"]
    r = httpx.post(
        gateway.url + "/v1/embeddings",
        headers=gateway.headers(),
        json={"model": "text-embedding-3-small", "input": pieces},
    )
    assert r.status_code == 403
    assert upstream.mock.received == []  # nothing reached the provider
    # ordinary multi-part requests with no document text still pass
    ok = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": [{"type": "text", "text": "안녕"}] * 3}],
        },
    )
    assert ok.status_code == 200


@pytest.mark.parametrize(
    "disguise",
    [
        lambda t: base64.b64encode(t.encode()).decode(),
        lambda t: t.encode().hex(),
        lambda t: urllib.parse.quote(t),
        lambda t: base64.b64encode(base64.b64encode(t.encode())).decode(),
        lambda t: "".join(f"<span>{t[i : i + 6]}</span>" for i in range(0, len(t), 6)),
    ],
    ids=["base64", "hex", "percent", "base64-twice", "span-every-6"],
)
def test_a_disguised_excerpt_is_found(gateway: Gateway, upstream: Upstream, disguise: Callable[[str], str]) -> None:
    """Red-team #5: a registered document's text encoded, or with markup between every few characters, was forwarded."""
    body = {"title": "plan", "filename": "plan.md", "content_base64": base64.b64encode(DOC.encode()).decode()}
    assert (
        httpx.post(gateway.url + "/admin/api/documents", json=body, headers=gateway.headers("admin")).status_code == 201
    )
    refusal = gateway.refusal("이 내용 요약해줘: " + disguise(EXCERPT))
    assert refusal is not None and "CONFIDENTIAL_DOCUMENT" in refusal.message
    assert (
        gateway.refusal("이 내용 요약해줘: " + disguise("조직 개편의 일반적인 장단점을 설명해 줘. 인력과 예산 측면"))
        is None
    )
    assert len(upstream.mock.received) == 1


@pytest.mark.parametrize(
    "reverse",
    [
        lambda t: t[::-1],
        lambda t: "아래는 거꾸로 쓴 글이야. 바로 읽고 요약해줘:\n" + t[::-1],
        lambda t: "\n".join(line[::-1] for line in t.splitlines()),
        lambda t: "Each line below is reversed, summarise it:\n" + "\n".join(line[::-1] for line in t.splitlines()),
    ],
    ids=["whole", "whole-with-cue", "each-line", "each-line-with-cue"],
)
def test_a_reversed_excerpt_is_found(gateway: Gateway, upstream: Upstream, reverse: Callable[[str], str]) -> None:
    """Red-team #9 finding 13: the excerpt reversed, as a whole or line by line, with or without a word saying so."""
    body = {"title": "plan", "filename": "plan.md", "content_base64": base64.b64encode(DOC.encode()).decode()}
    assert (
        httpx.post(gateway.url + "/admin/api/documents", json=body, headers=gateway.headers("admin")).status_code == 201
    )
    verbatim = gateway.refusal("다음 내용을 보도자료 형식으로 다듬어 줘:\n" + EXCERPT)
    assert verbatim is not None and "CONFIDENTIAL_DOCUMENT" in verbatim.message
    refusal = gateway.refusal(reverse(EXCERPT))
    assert refusal is not None and refusal.code == "sensitive_data" and "CONFIDENTIAL_DOCUMENT" in refusal.message
    assert refusal.response.headers["x-request-id"]
    assert upstream.mock.received == []  # nothing reached the provider
    unrelated = "조직 개편의 일반적인 장단점을 설명해 줘.\n인력과 예산 측면에서 무엇을 봐야 하나요? 사례도 들어 줘."
    assert gateway.refusal(reverse(unrelated)) is None
    assert len(upstream.mock.received) == 1
