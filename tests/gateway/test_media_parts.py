"""`unscannable_parts: allow` still scans the text in image, audio and file parts (red-team #9 finding 7): URLs,
text `data:` URLs and anything that is not a binary payload; the binary-key rule holds only at the content-part
positions, so `audio.data` in a tool schema is plain text. Through real HTTP, as the department the red team used
(`vision-dept-images`); every refusal leaves nothing at the mock upstream."""

from __future__ import annotations

import base64
from typing import Any

import openai
import pytest

from gateway.config import default_policy
from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider

RRN = "850315-1234566"  # checksum-valid, issued before Oct 2020
# a 1x1 transparent PNG: a binary payload, the one thing `allow` lets through unread
PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5"
    "ErkJggg=="
)
SVG = f"<svg xmlns='http://www.w3.org/2000/svg'><text x='0' y='15'>주민등록번호 {RRN} 대외비</text></svg>"


def _policy(**override: Any) -> dict[str, Any]:
    policy = default_policy().model_dump(mode="json", exclude_none=True)
    policy["overrides"] = [
        {"name": "vision-dept-images", "match": {"departments": ["planning"]}, "unscannable_parts": "allow", **override}
    ]
    return policy


@pytest.fixture
def vision(make_gateway: GatewayFactory, upstream: Upstream) -> Gateway:
    """The staff key's department (planning) may send images: `unscannable_parts: allow`."""
    return make_gateway({"providers": [mock_provider(upstream)], "policy": _policy()})


def _image(url: str, text: str = "이 이미지 설명해줘") -> list[dict[str, Any]]:
    return [
        {"role": "user", "content": [{"type": "text", "text": text}, {"type": "image_url", "image_url": {"url": url}}]}
    ]


def _refused(gw: Gateway, **kwargs: Any) -> openai.PermissionDeniedError:
    with pytest.raises(openai.PermissionDeniedError) as exc:
        gw.client().chat.completions.create(model="gpt-4o-mini", **kwargs)
    assert exc.value.code == "sensitive_data"
    assert exc.value.response.headers["x-request-id"]
    return exc.value


REPROS = {
    "https query": _image(
        f"https://files.example.org/scan.png?owner=%ED%99%8D%EA%B8%B8%EB%8F%99&rrn={RRN.replace('-', '%2D')}"
    ),
    "data text/plain": _image(f"data:text/plain,주민등록번호 {RRN}, 대외비"),
    "data text/plain percent-encoded": _image(
        "data:text/plain;charset=utf-8," + "".join(f"%{b:02X}" for b in RRN.encode())
    ),
    "svg": _image(f"data:image/svg+xml;utf8,{SVG}"),
    "svg base64": _image("data:image/svg+xml;base64," + base64.b64encode(SVG.encode()).decode()),
    "text labelled png": _image("data:image/png;base64," + base64.b64encode(f"주민등록번호 {RRN}".encode()).decode()),
    "intranet path": _image("https://intranet.example.go.kr/대외비/2026_조직개편안.png"),
    "audio data": [
        {
            "role": "user",
            "content": [{"type": "input_audio", "input_audio": {"data": f"주민등록번호 {RRN}", "format": "wav"}}],
        }
    ],
    "file data": [
        {
            "role": "user",
            "content": [
                {"type": "file", "file": {"file_data": f"주민등록번호 {RRN}", "filename": "a.wav"}},
            ],
        }
    ],
}


@pytest.mark.parametrize("messages", REPROS.values(), ids=REPROS.keys())
def test_text_in_an_allowed_part_is_scanned(vision: Gateway, upstream: Upstream, messages: list[Any]) -> None:
    exc = _refused(vision, messages=messages)
    assert RRN not in exc.message and "대외비" not in exc.message
    assert upstream.mock.received == []


def test_binary_keys_inside_a_tool_schema_are_plain_text(vision: Gateway, upstream: Upstream) -> None:
    audio = {"type": "object", "data": f"주민등록번호 {RRN}, 대외비 2027 조직개편안"}
    tools = [
        {
            "type": "function",
            "function": {"name": "f", "parameters": {"type": "object", "properties": {"audio": audio}}},
        }
    ]
    exc = _refused(vision, messages=[{"role": "user", "content": "hi"}], tools=tools)
    assert "KR_RRN" in exc.message
    # the same keys in response_format and metadata are text too
    schema = {"type": "json_schema", "json_schema": {"name": "s", "schema": {"image_url": {"url": f"rrn {RRN}"}}}}
    _refused(vision, messages=[{"role": "user", "content": "hi"}], response_format=schema)
    _refused(vision, messages=[{"role": "user", "content": "hi"}], metadata={"file_data": f"주민등록번호 {RRN}"})
    assert upstream.mock.received == []


def test_responses_input_parts_are_scanned(vision: Gateway, upstream: Upstream) -> None:
    parts = [
        [{"type": "input_image", "image_url": f"https://x.example/a.png?rrn={RRN}"}],
        [{"type": "input_file", "file_url": f"https://x.example/주민등록번호/{RRN}.pdf"}],
        [{"type": "input_file", "file_data": f"data:text/plain,주민등록번호 {RRN}", "filename": "a.txt"}],
    ]
    for content in parts:
        with pytest.raises(openai.PermissionDeniedError) as exc:
            vision.client().responses.create(
                model="gpt-4o-mini",
                input=[{"role": "user", "content": [{"type": "input_text", "text": "요약"}, *content]}],  # type: ignore[list-item]
            )
        assert exc.value.code == "sensitive_data"
    assert upstream.mock.received == []


def test_a_png_passes_under_allow_and_is_refused_under_block(
    vision: Gateway, make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    vision.client().chat.completions.create(model="gpt-4o-mini", messages=_image(PNG))  # type: ignore[arg-type]
    assert upstream.mock.bodies()[0]["messages"][0]["content"][1]["image_url"]["url"] == PNG
    url = "https://cdn.example.com/images/cat.png?size=large"
    vision.client().chat.completions.create(model="gpt-4o-mini", messages=_image(url))  # type: ignore[arg-type]
    assert upstream.mock.bodies()[1]["messages"][0]["content"][1]["image_url"]["url"] == url

    blocking = make_gateway({"providers": [mock_provider(upstream)]})
    for image in (PNG, url):
        exc = _refused(blocking, messages=_image(image))
        assert "unscannable_parts:block" in exc.message
    assert len(upstream.mock.received) == 2


def test_a_value_masked_elsewhere_refuses_a_url(vision: Gateway, upstream: Upstream) -> None:
    # a name in a query would be masked in a text; a URL cannot be rewritten around a placeholder (it would fetch
    # something else), so the request is refused. (Not 홍길동: beside an example.org host that is a stand-in name.)
    exc = _refused(vision, messages=_image("https://files.example.org/scan.png?owner=%EC%86%A1%ED%95%98%EB%A6%B0"))
    assert "media_fields:block" in exc.message and "PERSON" in exc.message
    assert "송하린" not in exc.message
    record = vision.audit_record(exc.response.headers["x-request-id"])
    assert record["rule"] == "media_fields:block"
    assert upstream.mock.received == []


def test_a_locked_entity_stays_blocked_in_an_allowed_part(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": _policy(entities={"KR_RRN": "allow"})})
    exc = _refused(gw, messages=_image(f"https://files.example.org/scan.png?rrn={RRN}"))
    assert "KR_RRN" in exc.message
    assert upstream.mock.received == []


def test_a_number_split_around_an_image_is_still_one_value(vision: Gateway, upstream: Upstream) -> None:
    # the URL's text is read after the conversation, so the two text parts stay neighbours for the junction scan
    messages = [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "주민등록번호 850315-"},
                {"type": "image_url", "image_url": {"url": "https://cdn.example.com/a.png"}},
                {"type": "text", "text": "1234566"},
            ],
        }
    ]
    exc = _refused(vision, messages=messages)
    assert "KR_RRN" in exc.message
    assert upstream.mock.received == []
