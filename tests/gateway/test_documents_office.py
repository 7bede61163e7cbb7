""".docx and .hwpx registration against hostile archives (red-team #9 finding 15): a decompression bomb, too much XML
over the sections of a .hwpx, a document type, deep nesting and broken files each give a clear 413 or 400, the XML
is read as a stream (never held as a tree), and a normal document still registers."""

from __future__ import annotations

import base64
import io
import random
import re
import resource
import tracemalloc
import zipfile

import httpx
import pytest

from gateway.documents import extract_text
from gateway.errors import BadRequest, PayloadTooLarge
from gateway.office_text import (
    MAX_COMPRESSION_RATIO,
    MAX_XML_BYTES,
    OfficeLimits,
    OfficeRefused,
    OfficeTooLarge,
    office_text,
    read_office_text,
)
from tests.conftest import Gateway
from tests.gateway.test_documents import DOC, _docx, _hwpx

W = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
PARAGRAPH = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"


def docx_bomb(xml_bytes: int) -> bytes:
    """A .docx whose document.xml is `xml_bytes` of one repeated paragraph: it compresses about 1000 times. Written
    as a stream, so the test never holds the XML either."""
    buf = io.BytesIO()
    block = PARAGRAPH * 4096
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("word/document.xml", "w") as member:
        member.write(W)
        for _ in range(xml_bytes // len(block)):
            member.write(block)
        member.write(b"</w:body></w:document>")
    return buf.getvalue()


def hwpx_of(sections: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, xml in sections.items():
            zf.writestr(name, xml)
    return buf.getvalue()


def section(text: str) -> bytes:
    paras = "".join(f"<hp:p><hp:run><hp:t>{line}</hp:t></hp:run></hp:p>" for line in text.splitlines())
    return f'<hs:sec xmlns:hs="urn:s" xmlns:hp="urn:p">{paras}</hs:sec>'.encode()


def markup_heavy_docx(xml_bytes: int) -> bytes:
    """A document of `xml_bytes` that is not a bomb (random revision ids compress about 3 times) and holds a short
    text per paragraph: a large tree, a small text."""
    rng = random.Random(15)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("word/document.xml", "w") as member:
        member.write(W)
        written = 0
        while written < xml_bytes:
            ids = [f"{rng.getrandbits(32):08X}" for _ in range(4)]
            p = (
                f'<w:p w:rsidR="{ids[0]}" w:rsidRDefault="{ids[1]}"><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r w:rsidRPr="{ids[2]}"><w:rPr><w:b/></w:rPr><w:t>{ids[3]}</w:t></w:r></w:p>'
            ).encode()
            member.write(p)
            written += len(p)
        member.write(b"</w:body></w:document>")
    return buf.getvalue()


def encrypted_docx() -> bytes:
    """The encryption flag set on document.xml, as an encrypting zip tool sets it (zipfile cannot write one)."""
    data = bytearray(_docx(DOC))
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # local header, central directory
        data[data.index(signature) + flags_at] |= 0x1
    return bytes(data)


def test_normal_documents_read_as_before() -> None:
    for suffix, data in ((".docx", _docx(DOC)), (".hwpx", _hwpx(DOC))):
        text = read_office_text(suffix, data)
        assert [line for line in text.splitlines() if line] == [line for line in DOC.splitlines() if line]
    # sections in their number's order: section10 after section2
    data = hwpx_of({f"Contents/section{i}.xml": section(f"part {i}") for i in (10, 2, 1)})
    assert read_office_text(".hwpx", data).split() == ["part", "1", "part", "2", "part", "10"]
    # only a text element's own text, as ElementTree's .text: not its tail, not other elements' text
    run = b"<w:r><w:t>kept<w:x>child</w:x>tail</w:t><w:instrText>field</w:instrText></w:r>"
    xml = W + b"<w:p>" + run + b"</w:p></w:body></w:document>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", xml)
    assert read_office_text(".docx", buf.getvalue()).split() == ["kept"]


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    + W
    + b"<w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
)
DEEP = W + b"<w:x>" * 2_000 + b"</w:x>" * 2_000 + b"</w:body></w:document>"


@pytest.mark.parametrize(
    ("suffix", "data", "limits", "error", "reason"),
    [
        (".docx", docx_bomb(MAX_XML_BYTES + (4 << 20)), OfficeLimits(), OfficeTooLarge, "more than 20 MiB of XML"),
        (".docx", docx_bomb(8 << 20), OfficeLimits(), OfficeTooLarge, f"more than {MAX_COMPRESSION_RATIO} times"),
        (
            ".hwpx",
            hwpx_of({f"Contents/section{i}.xml": section(DOC) for i in range(3)}),
            OfficeLimits(xml_bytes=len(section(DOC)) * 2),
            OfficeTooLarge,
            "MiB of XML",
        ),
        (".docx", _docx(DOC), OfficeLimits(chars=100), OfficeTooLarge, "more than 100 characters"),
        (".docx", hwpx_of({"word/document.xml": LAUGHS}), OfficeLimits(), OfficeRefused, "document type"),
        (".docx", hwpx_of({"word/document.xml": DEEP}), OfficeLimits(), OfficeRefused, "more than 1000 deep"),
        (".docx", hwpx_of({"word/document.xml": W + b"<w:p>"}), OfficeLimits(), OfficeRefused, "ExpatError"),
        (".docx", b"PK\x03\x04 not really a zip", OfficeLimits(), OfficeRefused, "BadZipFile"),
        (".docx", hwpx_of({"word/other.xml": W}), OfficeLimits(), OfficeRefused, "no word/document.xml"),
        (".hwpx", _docx(DOC), OfficeLimits(), OfficeRefused, "no Contents/section*.xml"),
        (".docx", encrypted_docx(), OfficeLimits(), OfficeRefused, "encrypted"),
    ],
    ids=[
        "bomb",
        "ratio",
        "hwpx-total",
        "chars",
        "doctype",
        "deep",
        "malformed",
        "not-zip",
        "no-body",
        "no-section",
        "encrypted",
    ],
)
def test_hostile_archives_are_refused_with_a_reason(
    suffix: str, data: bytes, limits: OfficeLimits, error: type[OfficeRefused], reason: str
) -> None:
    with pytest.raises(error, match=re.escape(reason)) as exc:
        read_office_text(suffix, data, limits)
    assert type(exc.value) is error


def test_the_xml_is_read_as_a_stream() -> None:
    """15 MiB of markup-heavy XML (half a million elements; a tree of it takes hundreds of MB) is read with a few MB
    at the most: the parser keeps no element, only the text."""
    data = markup_heavy_docx(15 << 20)
    tracemalloc.start()
    try:
        text = read_office_text(".docx", data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(text) > 500_000
    assert peak < 24 << 20, f"{peak >> 20} MiB"


def test_the_child_reads_the_document_and_is_bounded_in_time() -> None:
    assert office_text(".hwpx", _hwpx(DOC)) == read_office_text(".hwpx", _hwpx(DOC))
    with pytest.raises(OfficeTooLarge, match="more than 20 MiB"):  # a refusal in the child comes back as raised
        office_text(".docx", docx_bomb(MAX_XML_BYTES + (4 << 20)))
    with pytest.raises(OfficeRefused, match=r"longer than 0\.01 s"):
        office_text(".docx", _docx(DOC), OfficeLimits(seconds=0.01))


def test_extract_text_maps_bounds_to_413_and_the_rest_to_400() -> None:
    with pytest.raises(PayloadTooLarge):
        extract_text("bomb.docx", docx_bomb(MAX_XML_BYTES + (4 << 20)))
    with pytest.raises(BadRequest) as exc:
        extract_text("broken.hwpx", b"not a zip")
    assert not isinstance(exc.value, PayloadTooLarge)


def _upload(gateway: Gateway, filename: str, data: bytes, role: str = "auditor") -> httpx.Response:
    body = {"title": filename, "filename": filename, "content_base64": base64.b64encode(data).decode()}
    return httpx.post(gateway.url + "/admin/api/documents", json=body, headers=gateway.headers(role), timeout=60)


def test_a_bomb_through_the_document_api_is_413_and_a_normal_document_still_registers(gateway: Gateway) -> None:
    """A 100 KB .docx of 24 MiB of XML, uploaded with the auditor's key (red-team #9: 385 KB expanding to 190 MB took
    the gateway from 315 MB to 3.7 GB). The gateway runs in this process; the reading happens in a child, so this
    process's peak resident size barely moves (the old in-process tree of this XML took some 260 MiB more)."""
    bomb = docx_bomb(MAX_XML_BYTES + (4 << 20))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(3):  # three sections of 8 MiB: each a bomb, and more than 20 MiB together
            with zf.open(f"Contents/section{i}.xml", "w") as member:
                member.write(b'<hs:sec xmlns:hs="urn:s" xmlns:hp="urn:p">')
                for _ in range(8 << 10):
                    member.write(b"<hp:p><hp:t>a</hp:t></hp:p>" * 40)
                member.write(b"</hs:sec>")
    hwpx_bomb = buf.getvalue()
    assert len(bomb) < 1 << 20 and len(hwpx_bomb) < 1 << 20

    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    for filename, data in (("bomb.docx", bomb), ("bomb.hwpx", hwpx_bomb)):
        r = _upload(gateway, filename, data)
        assert r.status_code == 413, r.text
        error = r.json()["error"]
        assert error["code"] == "request_too_large" and "was not read" in error["message"]
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) >> 10
    assert grown_mib < 100, f"the gateway's process grew by {grown_mib} MiB"

    for filename, data in (("plan.docx", _docx(DOC)), ("plan.hwpx", _hwpx(DOC))):
        r = _upload(gateway, filename, data)
        assert r.status_code == 201, r.text
        assert r.json()["source_type"] == filename.rsplit(".", 1)[1] and r.json()["fingerprints"] > 20
    r = _upload(gateway, "broken.docx", b"PK\x03\x04 not really a zip")
    assert r.status_code == 400 and "could not be read" in r.json()["error"]["message"]
