"""gateway.media on its own: which strings of a media part are text, and what text is read out of them."""

from __future__ import annotations

import base64
import textwrap

import pytest

from gateway.media import read_media

RRN = "850315-1234566"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


BINARY = {
    "png data url": "data:image/png;base64," + _b64(b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
    "jpeg, line-wrapped": "data:image/jpeg;base64,"
    + "\n".join(textwrap.wrap(_b64(b"\xff\xd8\xff\xe0" + bytes(200)), 76)),
    "wav, bare": _b64(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(64)),
    "mp3 frames, bare": _b64(b"\xff\xfb\x90\x64" + bytes(64)),
    "pdf file": "data:application/pdf;base64," + _b64(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
    "m4a, url-safe alphabet": "data:audio/mp4;base64,"
    + base64.urlsafe_b64encode(b"\x00\x00\x00\x20ftypM4A \xff\xfe").decode(),
}


@pytest.mark.parametrize("value", BINARY.values(), ids=BINARY.keys())
def test_binary_payloads_are_left_unread(value: str) -> None:
    assert read_media(value).binary and read_media(value).text == ""


TEXT = {
    "https url, percent-encoded twice": (f"https://x.example/a.png?rrn={RRN.replace('-', '%252D')}", f"rrn={RRN}"),
    "url path segment on its own line": (
        "https://intranet.example.go.kr/%EB%8C%80%EC%99%B8%EB%B9%84/a.png",
        "\n대외비\n",
    ),
    "punycode host": ("https://xn--vk1br7s8rg.example/a.png", "대외비.example"),  # 대외비 in punycode
    "query plus is a space": ("https://x.example/?q=%EC%A3%BC%EB%AF%BC+850315", "q=주민 850315"),
    "other scheme": (f"s3://bucket/{RRN}.png", RRN),
    "data url, no media type": (f"data:,{RRN}", RRN),
    "data url text base64": ("data:text/plain;base64," + _b64(f"주민번호 {RRN}".encode()), f"주민번호 {RRN}"),
    "data url charset": ("data:text/plain;charset=euc-kr;base64," + _b64("주민번호".encode("euc-kr")), "주민번호"),
    "json": ("data:application/json;base64," + _b64(f'{{"rrn": "{RRN}"}}'.encode()), RRN),
    "text labelled png": ("data:image/png;base64," + _b64(f"주민번호 {RRN}".encode()), RRN),
    "utf-16 text as audio": (_b64(f"주민번호 {RRN}".encode("utf-16")), f"주민번호 {RRN}"),
    "cp949 text as audio": (_b64("주민번호 대외비".encode("cp949")), "주민번호 대외비"),
    "declared base64, is not": (f"data:image/png;base64,{RRN}!", f"{RRN}!"),
    "a number in a binary field": ("8503151234566", "8503151234566"),
    "base64 of nothing": ("AAAA", "AAAA"),
    "file name beside a binary payload": (
        "data:image/png;name=%ED%99%8D%EA%B8%B8%EB%8F%99.png;base64," + _b64(b"\x89PNG\r\n\x1a\n"),
        "name=홍길동.png",
    ),
}


@pytest.mark.parametrize(("value", "expected"), TEXT.values(), ids=TEXT.keys())
def test_text_is_read_out(value: str, expected: str) -> None:
    read = read_media(value)
    assert expected in read.text, read.text
    assert read.binary == ("name=" in expected)  # only the file name's payload is binary


def test_a_malformed_url_is_read_as_written() -> None:
    read = read_media(f"https://[::1/{RRN}")
    assert not read.binary and RRN in read.text
