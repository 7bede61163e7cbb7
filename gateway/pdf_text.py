"""Text of an uploaded PDF, for registering a confidential document: hostile files give a clear refusal.

pypdf (pure Python, no network code) parses the file in a child process of its own (spawned: it shares nothing
with the gateway), under an address-space and CPU limit, and the parent waits at most PdfLimits.seconds before
killing it; pages and extracted characters are bounded too, and pypdf's own limits stop decompression bombs
(75 MB a stream). Encrypted files are refused, unless they open with the empty password (permissions only).
Every way a PDF can fail to give its text becomes PdfRefused with a message safe to show; the text itself
never reaches a log.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import NoReturn

__all__ = ["PdfLimits", "PdfRefused", "forbid_network", "pdf_text"]


@dataclass(frozen=True, slots=True)
class PdfLimits:
    pages: int = 5_000
    chars: int = 4_000_000  # what detectors.fingerprint reads of a text
    seconds: float = 60.0
    memory_bytes: int = 2 << 30


class PdfRefused(ValueError):
    """The PDF gave no usable text; the message names the reason and is safe to show."""


def pdf_text(data: bytes, limits: PdfLimits | None = None) -> str:
    """The text of every page, pages separated by blank lines. Raises PdfRefused."""
    limits = limits or PdfLimits()
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, data, limits), name="dlpgate-pdf-text", daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(limits.seconds):
            raise PdfRefused(f"Reading the PDF took longer than {limits.seconds:g} s; it was stopped.")
        try:
            ok, value = receive.recv()
        except EOFError:  # the child died: out of memory or CPU time, or a crash inside the parser
            raise PdfRefused("The PDF could not be read (the reader ran out of memory or time).") from None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if not ok:
        raise PdfRefused(value)
    return str(value)


def _refuse_network(*_args: object, **_kwargs: object) -> NoReturn:
    raise OSError("no network while reading a PDF")


def forbid_network() -> None:
    """In the reading child only: connections and name lookups fail. pypdf has no network code (a test checks
    its source); this makes sure a future version, or a path we did not foresee, could not use any either."""
    import socket

    socket.socket.connect = _refuse_network  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse_network  # type: ignore[method-assign]
    socket.getaddrinfo = _refuse_network
    socket.create_connection = _refuse_network


def _child(send: Connection, data: bytes, limits: PdfLimits) -> None:
    import resource

    forbid_network()
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    cpu = int(limits.seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    try:
        send.send((True, _extract(data, limits)))
    except PdfRefused as exc:
        send.send((False, str(exc)))
    finally:
        send.close()


def _extract(data: bytes, limits: PdfLimits) -> str:
    import logging
    import zlib
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings may quote the file's content
    # pypdf raises many kinds of error on a malformed file; each of these means "this file cannot be read".
    unreadable = (
        PyPdfError,
        DependencyError,  # AES encryption without the optional cryptography package
        ValueError,
        KeyError,
        IndexError,
        TypeError,
        AttributeError,
        RecursionError,
        OverflowError,
        ZeroDivisionError,
        MemoryError,
        zlib.error,
    )
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfRefused("The PDF is encrypted; register a decrypted copy.")
        if len(reader.pages) > limits.pages:
            raise PdfRefused(f"The PDF has more than {limits.pages} pages.")
        parts: list[str] = []
        total = 0
        for page in reader.pages:
            text = page.extract_text()
            total += len(text)
            if total > limits.chars:
                raise PdfRefused(f"The PDF holds more than {limits.chars} characters of text.")
            parts.append(text)
    except PdfRefused:
        raise
    except unreadable as exc:
        if "crypt" in type(exc).__name__.lower() or "decrypt" in str(exc).lower():
            raise PdfRefused("The PDF is encrypted; register a decrypted copy.") from None
        raise PdfRefused(f"The PDF could not be read ({type(exc).__name__}).") from None
    return "\n\n".join(parts)
