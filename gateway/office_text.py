"""Text of an uploaded .docx or .hwpx (zip archives of XML), for registering a confidential document: hostile files
(decompression bombs, huge or many sections, XML with a document type) give a clear refusal.

The archive is read in a child process of its own, as a PDF is (gateway/sandbox.py: spawned, no network, under an
address-space and CPU limit, killed after OfficeLimits.seconds). Before a member is read, its size as the archive
declares it and its compression ratio are checked: at most MAX_XML_BYTES of XML for the whole document (every
section of a .hwpx together), and a member of more than RATIO_FLOOR_BYTES that expands more than
MAX_COMPRESSION_RATIO times is refused as a bomb. The member is then decompressed a piece at a time into an expat
parser that keeps no tree, only the text, while the bytes that come out and the characters of text are counted, so
neither a size the archive lies about nor a small file of text-heavy XML makes the reader hold more than that.
Word and Hancom never write a document type declaration, so XML with one (the way to entity-expansion bombs) is
refused. A bound is OfficeTooLarge (a 413 at the API); anything else that stops the reading is OfficeRefused (400).
Messages are safe to show: they never quote the file.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from xml.parsers import expat

from gateway.sandbox import read_in_child

__all__ = [
    "MAX_COMPRESSION_RATIO",
    "MAX_XML_BYTES",
    "RATIO_FLOOR_BYTES",
    "OfficeLimits",
    "OfficeRefused",
    "OfficeTooLarge",
    "office_text",
    "read_office_text",
]

MAX_XML_BYTES = 20 << 20  # of a document's XML, all sections together: room for millions of characters of text
MAX_COMPRESSION_RATIO = 200  # a word processor's XML compresses tens of times at the most; a bomb about 1000
RATIO_FLOOR_BYTES = 1 << 20  # a smaller member may expand any number of times: it is small
MAX_DEPTH = 1_000  # nested elements; tables in tables in a real document stay well under 100
READ_BYTES = 1 << 16  # decompressed and parsed at a time
PARAGRAPH_TAGS = frozenset({"p"})  # <w:p>, <hp:p>: a line break in the text
TEXT_TAGS = frozenset({"t"})  # <w:t>, <hp:t>: the text of a run
_SECTION = re.compile(r"Contents/section(\d{1,6})\.xml")


@dataclass(frozen=True, slots=True)
class OfficeLimits:
    xml_bytes: int = MAX_XML_BYTES
    ratio: int = MAX_COMPRESSION_RATIO
    chars: int = 4_000_000  # what detectors.fingerprint reads of a text
    seconds: float = 30.0
    memory_bytes: int = 1 << 30


class OfficeRefused(ValueError):
    """The document gave no usable text; the message names the reason and is safe to show."""


class OfficeTooLarge(OfficeRefused):
    """The document is over a size bound (its XML, its compression ratio, its text)."""


def office_text(suffix: str, data: bytes, limits: OfficeLimits | None = None) -> str:
    """The text of a .docx or .hwpx (`suffix`), one line a paragraph, read in a child process. Raises
    OfficeTooLarge or OfficeRefused. Blocking: call it from a thread."""
    limits = limits or OfficeLimits()
    return read_in_child(
        _READERS[suffix],
        data,
        limits,
        seconds=limits.seconds,
        memory_bytes=limits.memory_bytes,
        refused=OfficeRefused,
        what=f"{suffix} file",
        name="dlpgate-office-text",
    )


def read_office_text(suffix: str, data: bytes, limits: OfficeLimits | None = None) -> str:
    """What office_text returns, read in this process (the child's work; tests measure it)."""
    return _READERS[suffix](data, limits or OfficeLimits())


def _read_docx(data: bytes, limits: OfficeLimits) -> str:
    return _read_members(
        data, limits, ".docx", lambda names: ["word/document.xml"] if "word/document.xml" in names else []
    )


def _read_hwpx(data: bytes, limits: OfficeLimits) -> str:
    def sections(names: list[str]) -> list[str]:
        numbered = [(int(m.group(1)), n) for n in names if (m := _SECTION.fullmatch(n))]
        return [n for _, n in sorted(numbered)]  # section10 after section9

    return _read_members(data, limits, ".hwpx", sections)


def _read_members(data: bytes, limits: OfficeLimits, suffix: str, pick: Callable[[list[str]], list[str]]) -> str:
    # Each of these means "this archive cannot be read": a broken zip or deflate stream, a CRC or size that does
    # not match, an encrypted member or a compression method zipfile lacks, malformed XML.
    unreadable = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, expat.ExpatError)
    text = _Text(limits.chars)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = pick(zf.namelist())
            if not members:
                expected = "word/document.xml" if suffix == ".docx" else "Contents/section*.xml"
                raise OfficeRefused(f"The {suffix} file has no {expected}.")
            infos = [zf.getinfo(n) for n in members]
            if sum(i.file_size for i in infos) > limits.xml_bytes:
                raise OfficeTooLarge(_too_large(suffix, limits))
            budget = limits.xml_bytes
            for info in infos:
                if info.flag_bits & 0x1:
                    raise OfficeRefused(f"The {suffix} file is encrypted; register a decrypted copy.")
                if info.file_size > RATIO_FLOOR_BYTES and info.file_size > limits.ratio * max(info.compress_size, 1):
                    raise OfficeTooLarge(
                        f"The {suffix} file expands more than {limits.ratio} times when decompressed, as a "
                        "decompression bomb does; it was not read."
                    )
                budget -= _parse(zf, info, budget, text, suffix, limits)
                text.paragraph_break()
    except OfficeRefused:
        raise
    except unreadable as exc:
        raise OfficeRefused(f"The {suffix} file could not be read ({type(exc).__name__}).") from None
    return text.value()


def _parse(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, text: _Text, suffix: str, limits: OfficeLimits
) -> int:
    """Feed one member to a fresh parser, a piece at a time; the bytes it held."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.ordered_attributes = True
    parser.StartElementHandler = text.start
    parser.EndElementHandler = text.end
    parser.CharacterDataHandler = text.data
    parser.StartDoctypeDeclHandler = _no_doctype
    read = 0
    with zf.open(info) as member:
        while piece := member.read(READ_BYTES):
            read += len(piece)
            if read > budget:  # more than the archive declared: zipfile stops at the declared size, this is a backstop
                raise OfficeTooLarge(_too_large(suffix, limits))
            parser.Parse(piece, False)
    parser.Parse(b"", True)
    return read


_READERS: dict[str, Callable[[bytes, OfficeLimits], str]] = {".docx": _read_docx, ".hwpx": _read_hwpx}


def _no_doctype(*_args: object) -> None:
    raise OfficeRefused("The document's XML declares a document type, which Word and Hancom files never do.")


def _too_large(suffix: str, limits: OfficeLimits) -> str:
    return f"The {suffix} file holds more than {limits.xml_bytes >> 20} MiB of XML; it was not read."


class _Text:
    """The text of the runs, as ElementTree's `.text` of each text element (what comes before its first child),
    with a line break at each paragraph's start; no element is kept once its end is read."""

    def __init__(self, chars: int) -> None:
        self._out = io.StringIO()
        self._chars = chars
        self._count = 0
        self._open: list[bool] = []  # per open element: its text is wanted (a text element, no child yet)

    def start(self, name: str, _attrs: list[str]) -> None:
        if self._open:
            self._open[-1] = False
        if len(self._open) >= MAX_DEPTH:
            raise OfficeRefused(f"The document's XML nests elements more than {MAX_DEPTH} deep.")
        local = name.rpartition("}")[2]
        if local in PARAGRAPH_TAGS:
            self._write("\n")
        self._open.append(local in TEXT_TAGS)

    def end(self, _name: str) -> None:
        self._open.pop()

    def data(self, chunk: str) -> None:
        if self._open and self._open[-1]:
            self._write(chunk)

    def paragraph_break(self) -> None:
        """Between two sections of a .hwpx."""
        self._write("\n")

    def _write(self, chunk: str) -> None:
        self._count += len(chunk)
        if self._count > self._chars:
            raise OfficeTooLarge(f"The document holds more than {self._chars} characters of text.")
        self._out.write(chunk)

    def value(self) -> str:
        return self._out.getvalue()
