"""NUL and other control characters in the text of a document are read as request text reads them: request text
with a NUL is accepted, forwarded as written and scanned as written, the detectors taking the NUL for a separator.
An attached document (a file, image or audio part's payload) whose text holds them, or is UTF-16 (a NUL in every
other byte of its ASCII), is scanned with them, so a resident number split by NULs is refused and nothing reaches
the upstream; before, such a payload was read as its base64 string alone and forwarded. A registered document in
UTF-16 or CP949 is fingerprinted from its text, not from replacement characters. No case is a 5xx, on SQLite or
PostgreSQL. Through real HTTP and the recording mock upstream; the staff key's department may send files
(`unscannable_parts: allow`), since otherwise every file part is refused unread."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import openai
import pytest

from gateway.config import default_policy
from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider
from tests.gateway.test_documents import DOC, EXCERPT

SPLIT = "850315\x00-1234567"  # the brief's value: one NUL between the halves
SPREAD = "\x00".join("850315-1234566")  # a NUL after every character, as UTF-16 writes ASCII


def _b64(text: str, encoding: str = "utf-8") -> str:
    return base64.b64encode(text.encode(encoding)).decode()


def _file(data: str) -> list[dict[str, Any]]:
    part = {"type": "file", "file": {"file_data": data, "filename": "명단.txt"}}
    return [{"role": "user", "content": [{"type": "text", "text": "첨부한 명단을 정리해줘"}, part]}]


def _policy() -> dict[str, Any]:
    policy = default_policy().model_dump(mode="json", exclude_none=True)
    policy["overrides"] = [{"name": "files", "match": {"departments": ["planning"]}, "unscannable_parts": "allow"}]
    return policy


@pytest.fixture
def files(make_gateway: GatewayFactory, upstream: Upstream) -> Gateway:
    return make_gateway({"providers": [mock_provider(upstream)], "policy": _policy()})


def _refused(gw: Gateway, messages: list[dict[str, Any]]) -> openai.PermissionDeniedError:
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gw.client().chat.completions.create(model="gpt-4o-mini", messages=messages)  # type: ignore[arg-type]
    assert exc.value.code == "sensitive_data" and "KR_RRN" in exc.value.message
    assert "850315" not in exc.value.message and exc.value.response.headers["x-request-id"]
    return exc.value


def test_request_text_with_a_nul_is_scanned_as_written(files: Gateway, upstream: Upstream) -> None:
    """The baseline the documents follow: a NUL in a message is no 4xx of its own (test_bad_input), and the value it
    splits is found."""
    for text in (f"주민번호 {SPLIT}", SPLIT, SPREAD):
        _refused(files, [{"role": "user", "content": text}])
    assert upstream.mock.received == []
    files.client().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "a\x00b"}])
    assert upstream.mock.bodies()[0]["messages"][0]["content"] == "a\x00b"  # forwarded as written


DOCUMENT = f"고객 명단\n김민수 {SPREAD}\n"
ATTACHED = {
    "one NUL, data URL text/plain": f"data:text/plain;base64,{_b64(SPLIT)}",
    "one NUL, bare base64": _b64(f"주민번호 {SPLIT}"),
    "NUL-separated, bare base64": _b64(SPREAD),
    "NUL-separated, octet-stream": f"data:application/octet-stream;base64,{_b64(DOCUMENT)}",
    "NUL-separated, text/plain": f"data:text/plain;base64,{_b64(DOCUMENT)}",
    "UTF-16LE without BOM, bare": _b64("고객 명단\n김민수 850315-1234566\n", "utf-16-le"),
    "UTF-16BE without BOM, text/plain": f"data:text/plain;base64,{_b64('김민수 850315-1234566', 'utf-16-be')}",
    "UTF-16 with BOM and NULs": _b64(f"김민수 {SPLIT}", "utf-16"),
    "C1 controls between digits": _b64("\x85".join("850315-1234566")),
    "ESC and DEL between digits": _b64("\x1b\x7f".join("850315-1234566")),
    "zero-width and NUL between digits": _b64("\u200b\x00".join("850315-1234566")),
    "NUL percent-escaped, not base64": "data:text/plain,850315%00-1234567",
}


@pytest.mark.parametrize("data", ATTACHED.values(), ids=ATTACHED.keys())
def test_a_resident_number_split_by_nul_in_an_attached_document_is_refused(
    files: Gateway, upstream: Upstream, data: str
) -> None:
    _refused(files, _file(data))
    assert upstream.mock.received == []


def test_other_parts_and_the_responses_api_read_it_the_same_way(files: Gateway, upstream: Upstream) -> None:
    audio = {"type": "input_audio", "input_audio": {"data": _b64(SPREAD), "format": "wav"}}
    image = {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{_b64(SPREAD)}"}}
    for part in (audio, image):
        _refused(files, [{"role": "user", "content": [part]}])
    with pytest.raises(openai.PermissionDeniedError) as exc:
        files.client().responses.create(
            model="gpt-4o-mini",
            input=[
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "요약"},
                        {"type": "input_file", "file_data": _b64(f"김민수 {SPLIT}", "utf-16-le"), "filename": "a.txt"},
                    ],
                }
            ],  # type: ignore[list-item]
        )
    assert exc.value.code == "sensitive_data"
    assert upstream.mock.received == []


def test_a_clean_utf16_document_is_forwarded_as_sent(files: Gateway, upstream: Upstream) -> None:
    """Reading UTF-16 finds what is there, no more: a document without personal data goes through unchanged."""
    data = _b64("회의록\n다음 회의는 금요일 오후 세 시에 열립니다.\n", "utf-16-le")
    files.client().chat.completions.create(model="gpt-4o-mini", messages=_file(data))  # type: ignore[arg-type]
    assert upstream.mock.bodies()[0]["messages"][0]["content"][1]["file"]["file_data"] == data


def test_on_postgresql_a_nul_is_a_refusal_or_a_forward_never_a_5xx(
    make_gateway: GatewayFactory, upstream: Upstream, pg_url: str
) -> None:
    """PostgreSQL text holds no NUL: the audit record of such a request (its skeleton excerpt, its spans) must not."""
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": _policy()}, database_url=pg_url)
    exc = _refused(gw, _file(_b64(f"주민등록번호\x00 {SPLIT}")))
    record = gw.audit_record(exc.response.headers["x-request-id"])
    assert record["decision"] == "blocked" and "\x00" not in str(record)
    _refused(gw, [{"role": "user", "content": f"주민등록번호\x00 {SPLIT}"}])
    r = httpx.post(
        gw.url + "/v1/chat/completions",
        headers=gw.headers(),
        json={"model": "gpt-4o-mini", "messages": _file(_b64("회의\x00록 금요일\x00 오후"))},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    assert len(upstream.mock.received) == 1


REGISTERED = {
    "UTF-16 with BOM (Notepad's Unicode)": DOC.encode("utf-16"),
    "UTF-16LE without BOM": DOC.encode("utf-16-le"),
    "UTF-16BE without BOM": DOC.encode("utf-16-be"),
    "CP949 (a CSV from Korean Windows)": DOC.encode("cp949"),
    "UTF-8 with NULs": "\x00".join(DOC.split(" ")).encode(),
}


@pytest.mark.parametrize("data", REGISTERED.values(), ids=REGISTERED.keys())
def test_a_registered_text_document_is_read_in_its_encoding(gateway: Gateway, upstream: Upstream, data: bytes) -> None:
    body = {"title": "plan", "filename": "plan.txt", "content_base64": base64.b64encode(data).decode()}
    r = httpx.post(gateway.url + "/admin/api/documents", json=body, headers=gateway.headers("auditor"))
    assert r.status_code == 201, r.text
    refusal = gateway.refusal("다음 내용을 보도자료 형식으로 다듬어 줘:\n" + EXCERPT)
    assert refusal is not None and "CONFIDENTIAL_DOCUMENT" in refusal.message
    assert upstream.mock.received == []


def test_a_registered_file_that_is_not_text_is_a_clear_400(gateway: Gateway) -> None:
    body = {"title": "x", "filename": "x.csv", "content_base64": base64.b64encode(bytes(range(128, 256)) * 8).decode()}
    r = httpx.post(gateway.url + "/admin/api/documents", json=body, headers=gateway.headers("auditor"))
    assert r.status_code == 400, r.text
    assert "not text in UTF-8, UTF-16 or CP949" in r.json()["error"]["message"]
