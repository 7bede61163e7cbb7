"""Text of an uploaded PDF, for registering a confidential document: hostile files give a clear refusal.

pypdf (pure Python, no network code) parses the file in a child process of its own (gateway/sandbox.py: spawned,
sharing nothing with the gateway, no network), under an address-space and CPU limit, and the parent waits at most
PdfLimits.seconds before killing it; pages and extracted characters are bounded too, and pypdf's own limits stop
decompression bombs (75 MB a stream). Encrypted files are refused, unless they open with the empty password
(permissions only). Every way a PDF can fail to give its text becomes PdfRefused with a message safe to show; the
text itself never reaches a log.
"""

from __future__ import annotations

from dataclasses import dataclass

from gateway.sandbox import read_in_child

__all__ = ["PdfLimits", "PdfRefused", "pdf_text"]


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
    return read_in_child(
        _extract,
        data,
        limits,
        seconds=limits.seconds,
        memory_bytes=limits.memory_bytes,
        refused=PdfRefused,
        what="PDF",
        name="dlpgate-pdf-text",
    )


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
