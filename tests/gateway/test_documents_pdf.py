"""PDF registration: Korean text through a ToUnicode CMap, registered by the CLI and the admin API and then
detected; hostile PDFs (encrypted, malformed, decompression bombs, too many pages, too slow) give a clear 400."""

from __future__ import annotations

import base64
import functools
import io
import time
import zlib
from multiprocessing.connection import Connection
from pathlib import Path

import httpx
import pytest
from pypdf import PdfWriter

from detectors.fingerprint import fingerprint
from gateway.documents import MIN_MATCHED, extract_text
from gateway.errors import BadRequest
from gateway.pdf_text import PdfLimits, PdfRefused, pdf_text
from tests.conftest import Gateway, Upstream
from tests.gateway.test_documents import DOC, EXCERPT

KEY = b"pdf-test-key-0123456789abcdef012"


def _assemble(objects: list[bytes]) -> bytes:
    """A PDF file from its objects (numbered from 1, the first one the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def korean_pdf(text: str) -> bytes:
    """One page; a Type0 font whose 2-byte codes map to the text's characters through a ToUnicode CMap, as a
    word processor's Korean PDF does (the glyphs are not embedded: extraction needs only the CMap)."""
    chars = sorted(set(text.replace("\n", "")))
    code = {ch: i + 1 for i, ch in enumerate(chars)}
    lines = [
        b"<" + "".join(f"{code[ch]:04X}" for ch in line).encode() + b"> Tj T*" for line in text.splitlines() if line
    ]
    content = b"BT /F1 10 Tf 14 TL 40 800 Td\n" + b"\n".join(lines) + b"\nET"
    entries = [f"<{code[ch]:04X}> <{ord(ch):04X}>" for ch in chars]
    blocks = "".join(
        f"{len(entries[i : i + 100])} beginbfchar\n" + "\n".join(entries[i : i + 100]) + "\nendbfchar\n"
        for i in range(0, len(entries), 100)
    )
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{blocks}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    ).encode()
    return _assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
            b"/Contents 4 0 R >>",
            _stream(content),
            b"<< /Type /Font /Subtype /Type0 /BaseFont /NanumGothic /Encoding /Identity-H "
            b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NanumGothic "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
            _stream(cmap),
        ]
    )


@functools.cache
def bomb_pdf(expanded_bytes: int) -> bytes:
    """The Korean PDF, its content stream replaced by a Flate stream of text operators that expands to
    `expanded_bytes` from about a thousandth of that."""
    op = b"BT /F1 10 Tf 40 800 Td <0001> Tj ET\n"
    packed = zlib.compress(op * (expanded_bytes // len(op)), 9)
    parts = korean_pdf(DOC).split(b"4 0 obj\n", 1)
    rest = parts[1].split(b"\nendobj\n", 1)[1]
    body = parts[0] + b"4 0 obj\n" + _stream(packed, b"/Filter /FlateDecode") + b"\nendobj\n" + rest
    return body  # pypdf repairs the now wrong xref offsets (strict=False), as it does for real damaged files


def blank_pdf(pages: int, password: str | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if password is not None:
        writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_korean_text_comes_out_through_the_tounicode_cmap() -> None:
    text, kind = extract_text("plan.PDF", korean_pdf(DOC))
    assert kind == "pdf"
    assert "디지털정부국으로 확대 개편한다" in text and "인공지능서비스과" in text
    shared = fingerprint(text, KEY).hashes & fingerprint(DOC, KEY).hashes
    assert len(shared) >= 0.95 * len(fingerprint(DOC, KEY).hashes) >= MIN_MATCHED


@pytest.mark.parametrize(
    ("data", "limits", "reason"),
    [
        (blank_pdf(1, password="secret"), PdfLimits(), "encrypted"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage \x00\xff", PdfLimits(), "could not be read"),
        (b"not a pdf at all", PdfLimits(), "could not be read"),
        (bomb_pdf(80_000_000), PdfLimits(), "could not be read"),
        (bomb_pdf(10_000_000), PdfLimits(seconds=2), "longer than 2 s"),  # 32 KB, minutes of parsing
        (blank_pdf(5), PdfLimits(pages=4), "more than 4 pages"),
        (korean_pdf(DOC), PdfLimits(chars=100), "more than 100 characters"),
        (korean_pdf(DOC), PdfLimits(seconds=0.01), "longer than 0.01 s"),
    ],
    ids=["encrypted", "malformed", "not-a-pdf", "bomb", "slow-bomb", "pages", "chars", "time"],
)
def test_hostile_pdfs_are_refused_with_a_reason(data: bytes, limits: PdfLimits, reason: str) -> None:
    with pytest.raises(PdfRefused, match=reason):
        pdf_text(data, limits)


def test_empty_password_pdf_opens() -> None:
    assert pdf_text(blank_pdf(2, password="")) == "\n\n"


def test_cli_registers_a_pdf_and_the_gateway_detects_an_excerpt(
    gateway: Gateway, upstream: Upstream, tmp_path: Path
) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(korean_pdf(DOC))
    proc = gateway.cli(tmp_path, "docs", "register", str(path), "--title", "조직 개편안")
    assert proc.returncode == 0, proc.stderr
    listed = httpx.get(gateway.url + "/admin/api/documents", headers=gateway.headers("auditor")).json()["data"]
    assert [(d["title"], d["source_type"]) for d in listed] == [("조직 개편안", "pdf")]
    time.sleep(1.2)  # the gateway notices the new document within a second
    refused = gateway.refusal("다음 내용을 요약해 줘:\n" + EXCERPT)
    assert refused is not None and "CONFIDENTIAL_DOCUMENT" in refused.message

    bad = tmp_path / "locked.pdf"
    bad.write_bytes(blank_pdf(1, password="secret"))
    proc = gateway.cli(tmp_path, "docs", "register", str(bad))
    assert proc.returncode == 2 and "encrypted" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (blank_pdf(1, password="secret"), "encrypted"),
        (bomb_pdf(80_000_000), "could not be read"),
        (b"%PDF-1.4\n%%EOF", "could not be read"),
        (blank_pdf(3), "too short to fingerprint"),
    ],
    ids=["encrypted", "bomb", "truncated", "no-text"],
)
def test_admin_api_refuses_hostile_pdfs_with_400(gateway: Gateway, data: bytes, reason: str) -> None:
    body = {"title": "x", "filename": "x.pdf", "content_base64": base64.b64encode(data).decode()}
    r = httpx.post(gateway.url + "/admin/api/documents", json=body, headers=gateway.headers("admin"), timeout=60)
    assert r.status_code == 400, r.text
    assert reason in r.json()["error"]["message"]
    r = httpx.post(
        gateway.url + "/admin/api/documents",
        json={**body, "content_base64": base64.b64encode(korean_pdf(DOC)).decode()},
        headers=gateway.headers("admin"),
        timeout=60,
    )
    assert r.status_code == 201 and r.json()["source_type"] == "pdf"


def test_bad_request_is_what_extract_text_raises() -> None:
    with pytest.raises(BadRequest, match="encrypted"):
        extract_text("x.pdf", blank_pdf(1, password="secret"))


def test_pypdf_has_no_network_code() -> None:
    import re

    import pypdf

    modules = "socket|ssl|urllib|http|requests|httpx|aiohttp|ftplib|smtplib"
    pattern = re.compile(rf"^\s*(?:import|from)\s+({modules})\b", re.M)
    found = [
        f"{path.name}: {m.group(0).strip()}"
        for path in Path(pypdf.__file__).parent.rglob("*.py")
        for m in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def _try_to_connect(port: int, send: Connection) -> None:
    import socket

    from gateway.sandbox import forbid_network

    forbid_network()
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        send.send("connected")
    except OSError as exc:
        send.send(str(exc))


def test_the_reading_child_cannot_reach_the_network() -> None:
    import multiprocessing
    import socket

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        ctx = multiprocessing.get_context("spawn")
        receive, send = ctx.Pipe(duplex=False)
        child = ctx.Process(target=_try_to_connect, args=(server.getsockname()[1], send))
        child.start()
        assert receive.poll(30)
        assert receive.recv() == "no network while reading an uploaded file"
        child.join(10)
