"""The strings of image, audio and file parts, as text to scan: only a binary payload is left unread.

`image_url.url`, `input_audio.data`, `file.file_data` and their Responses twins name or carry media, but much of
what they hold is text (red-team #9 finding 7):

* a URL (`https://files.example.org/scan.png?rrn=850315-1234566`, `https://intranet.example.go.kr/대외비/...`) is
  scanned as written, percent-decoded (up to DECODE_DEPTH layers), and then as its parts, one to a line: host,
  each path segment, each query field, the fragment. A folder or file named with a marking (`/대외비/`) reads as
  one only when it stands alone;
* a `data:` URL that is not base64, or whose media type is text (`text/*`, `image/svg+xml`, `*+xml`, `*+json`,
  `application/json` ...), is decoded (its charset, else UTF-8) and scanned with its header;
* a base64 payload of another media type, or a bare one (`input_audio.data`), is binary only when its bytes begin
  with the signature of a binary format (PNG, JPEG, GIF, WebP, BMP, TIFF, ICO, ISO media such as HEIC, AVIF, MP4
  and M4A, WAV, AIFF, MP3, AAC, FLAC, Ogg, WebM, PDF, ZIP, OLE2, gzip, 7z, RAR). Any other payload is text: its
  decoding when that is printable text (a text file labelled `image/png`), else the string itself
  (`8503151234566` in `input_audio.data` is base64 of nothing, and a number).

Only a binary payload is reported unscannable; the header of its `data:` URL is still scanned when it carries
parameters (`;name=...`). The texts returned here are read out of the string, not the string itself, so nothing
found in them can be masked in place: the pipeline refuses such a request instead.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

from detectors.decode import DECODE_DEPTH, is_printable_text

__all__ = ["MediaText", "read_media"]

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{0,31}:")
_BASE64 = re.compile(r"[A-Za-z0-9+/_\-]*={0,2}")
_TEXT_TYPES = frozenset(
    """application/json application/xml application/javascript application/ecmascript application/x-javascript
    application/x-www-form-urlencoded application/x-sh application/sql application/csv application/rtf
    application/x-ndjson application/yaml application/x-yaml application/toml message/rfc822 image/svg+xml""".split()
)
# Leading bytes of binary formats (offset, bytes); RIFF and ISO media name their kind at offset 8 and 4.
_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (0, b"\x89PNG\r\n\x1a\n"),
    (0, b"\xff\xd8\xff"),
    (0, b"GIF87a"),
    (0, b"GIF89a"),
    (0, b"BM"),
    (0, b"II*\x00"),
    (0, b"MM\x00*"),
    (0, b"\x00\x00\x01\x00"),
    (8, b"WEBP"),
    (8, b"WAVE"),
    (8, b"AVI "),
    (4, b"ftyp"),
    (0, b"FORM"),
    (0, b"ID3"),
    (0, b"fLaC"),
    (0, b"OggS"),
    (0, b"\x1aE\xdf\xa3"),
    (0, b"%PDF-"),
    (0, b"PK\x03\x04"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    (0, b"\x1f\x8b"),
    (0, b"7z\xbc\xaf'\x1c"),
    (0, b"Rar!\x1a\x07"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_FALLBACK_CHARSETS = ("utf-8", "cp949")  # Korean text in the legacy code page is text too


@dataclass(frozen=True, slots=True)
class MediaText:
    """What a media string holds: `text` to scan ("" for none), and whether a binary payload was left unread."""

    text: str
    binary: bool


def read_media(value: str) -> MediaText:
    """The text in a media field's string (see the module docstring)."""
    value = value.strip()
    scheme = _SCHEME.match(value)
    if scheme is not None and scheme.group(0).lower() == "data:":
        return _data_url(value)
    if scheme is not None and value[scheme.end() : scheme.end() + 2] == "//":
        return MediaText(_url_text(value), binary=False)
    raw = _base64(value)
    if raw is None:
        return MediaText(value, binary=False)
    if _is_binary(raw):
        return MediaText("", binary=True)
    return MediaText(_as_text(raw) or value, binary=False)


def _data_url(value: str) -> MediaText:
    """`data:[<media type>][;param=value]*[;base64],<payload>` (RFC 2397)."""
    header, comma, payload = value.partition(",")
    params = [p.strip() for p in header[5:].split(";")]
    encoded = len(params) > 1 and params[-1].lower() == "base64"
    media = params[0].lower() or "text/plain"
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in params if p.lower().startswith("charset=")), None)
    shown = _unquoted(header) + comma
    if not encoded:
        return MediaText(shown + _unquoted(payload), binary=False)
    raw = _base64(payload)
    if raw is None:  # declared base64, but is not: its characters are text
        return MediaText(shown + _unquoted(payload), binary=False)
    textual = media.startswith("text/") or media in _TEXT_TYPES or media.endswith(("+xml", "+json"))
    if textual:
        return MediaText(shown + (_as_text(raw, charset) or raw.decode("utf-8", "replace")), binary=False)
    if _is_binary(raw):
        # the payload is left unread; parameters beside the media type (a file name) are text
        return MediaText(shown if len(params) > 2 else "", binary=True)
    return MediaText(shown + (_as_text(raw, charset) or _unquoted(payload)), binary=False)


def _base64(payload: str) -> bytes | None:
    """The bytes of a base64 payload (standard or URL-safe alphabet, line breaks and missing padding allowed), or
    None when it is not base64."""
    body = "".join(payload.split())
    if not body or _BASE64.fullmatch(body) is None:
        return None
    body = body.rstrip("=")
    if len(body) % 4 == 1:
        return None
    altchars = b"-_" if ("-" in body or "_" in body) else b"+/"
    try:
        return base64.b64decode(body + "=" * (-len(body) % 4), altchars=altchars, validate=True)
    except (binascii.Error, ValueError):
        return None


def _is_binary(raw: bytes) -> bool:
    if raw.startswith(_UTF16_BOMS):  # FF FE is also where an MPEG frame could begin: text wins
        return False
    if any(raw.startswith(sig, offset) for offset, sig in _SIGNATURES):
        return True
    # MPEG audio (MP3, AAC) frames begin with eleven set bits
    return len(raw) >= 2 and raw[0] == 0xFF and raw[1] & 0xE0 == 0xE0


def _as_text(raw: bytes, charset: str | None = None) -> str | None:
    """`raw` as printable text, in its declared charset, UTF-16 by its byte-order mark, UTF-8 or CP949; or None."""
    if raw.startswith(_UTF16_BOMS):
        names: tuple[str, ...] = ("utf-16",)
    else:
        names = ((charset,) if charset else ()) + _FALLBACK_CHARSETS
    for name in names:
        try:
            text = raw.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if is_printable_text(text):
            return text
    return None


def _unquoted(text: str) -> str:
    """Percent-decoded, layer by layer (`%25ED` is `%ED`), at most DECODE_DEPTH layers."""
    for _ in range(DECODE_DEPTH):
        decoded = unquote(text, errors="replace")
        if decoded == text:
            break
        text = decoded
    return text


def _url_text(url: str) -> str:
    """The URL percent-decoded, then its parts one to a line (see the module docstring)."""
    lines = [_unquoted(url)]
    try:
        parts = urlsplit(url)
        fields = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:  # a malformed authority: read as written
        return lines[0]
    lines.append(_host(_unquoted(parts.netloc)))
    lines.extend(_unquoted(segment) for segment in parts.path.split("/") if segment)
    lines.extend(f"{_unquoted(name)}={_unquoted(value)}" for name, value in fields)
    if parts.fragment:
        lines.append(_unquoted(parts.fragment))
    return "\n".join(line for line in lines if line)


def _host(netloc: str) -> str:
    """An internationalised host name as it is read: `xn--` labels decoded from punycode."""
    labels = netloc.split(".")
    for i, label in enumerate(labels):
        if label.lower().startswith("xn--"):
            try:
                labels[i] = label[4:].encode("ascii").decode("punycode")
            except UnicodeError:
                continue
    return ".".join(labels)
