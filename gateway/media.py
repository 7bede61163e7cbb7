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

Control characters (NUL, the rest of C0 and C1) and invisible format characters are read in a payload as they are in
request text, where a NUL is accepted, forwarded and scanned as written and the detectors read it as a separator
(`850315\x00-1234566` is found). So they never make a payload's text unreadable: a decoding that is printable text
once they are set aside is scanned with them kept, and so is UTF-16 without a byte-order mark (a NUL in every
other byte where it spells ASCII), each beside whatever was scanned before (the replacement-character decoding of a
declared text type, the string itself). A file part whose digits were NUL-separated, or UTF-16, was read as its
base64 string alone or as replacement characters, and a resident number in it reached the provider.

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
from detectors.digits import MAX_SEPARATOR

__all__ = ["MediaText", "decode_text", "read_media"]

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
# What a decoding may hold without being any less text (see the module docstring): C0 and C1 controls but the line
# breaks and tabs that count as text already, and invisible format characters (zero-width, bidirectional, tags).
_SET_ASIDE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\U000e0000-\U000e007f]"
)
_UTF16_NUL_SKEW = 2  # NUL bytes at one parity over twice those at the other: UTF-16 without a byte-order mark
_READING_GAP = "\n" * (MAX_SEPARATOR + 1)


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
    readings, printable = _readings(raw)
    return MediaText(_joined(*readings, None if printable else value), binary=False)


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
    if not textual and _is_binary(raw):
        # the payload is left unread; parameters beside the media type (a file name) are text
        return MediaText(shown if len(params) > 2 else "", binary=True)
    readings, printable = _readings(raw, charset)
    if not printable:  # what was read before any reading: replacement characters of a text type, else the string
        readings.append(raw.decode("utf-8", "replace") if textual else _unquoted(payload))
    # the header apart: digits ending it (`base64,`) are no part of the payload's first number
    return MediaText(_joined(shown, *readings), binary=False)


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


def _readings(raw: bytes, charset: str | None = None) -> tuple[list[str], bool]:
    """Every reading of `raw` as text, and whether one of them is printable text as it stands (then it stands for the
    payload, as before: the string itself need not be scanned; a UTF-16 reading told only by NUL bytes does not). A
    reading is the bytes decoded, strictly, in UTF-16 by its byte-order mark, else in the declared charset, UTF-8,
    UTF-16 told by its NUL bytes or CP949, that is printable text once control and format characters are set aside
    (they stay in it: see the module docstring)."""
    if raw.startswith(_UTF16_BOMS):
        names: tuple[str, ...] = ("utf-16",)
    else:
        skewed = _utf16_by_nuls(raw)
        # CP949 last: Korean text in the legacy code page is text too, but many other bytes decode in it as well
        names = ((charset,) if charset else ()) + ("utf-8",) + ((skewed,) if skewed else ()) + ("cp949",)
    out: list[str] = []
    printable = False
    for name in names:
        try:
            text = raw.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if text in out:
            continue
        if is_printable_text(text):
            out.append(text)
            printable = printable or name not in ("utf-16-le", "utf-16-be")  # a guess stands for nothing
        elif is_printable_text(_SET_ASIDE.sub("", text)):
            out.append(text)
    return out, printable


def decode_text(raw: bytes) -> str | None:
    """A text file's bytes as text: its first reading (`_readings`: UTF-16 by its byte-order mark, UTF-8, UTF-16 by its
    NUL bytes, CP949), control characters kept as request text keeps them; None when it has none."""
    readings, _ = _readings(raw)
    return readings[0] if readings else None


def _utf16_by_nuls(raw: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by where its NUL bytes sit: ASCII written in UTF-16 has a NUL high
    byte, so NULs mostly at odd offsets are little-endian, mostly at even ones big-endian."""
    if len(raw) % 2:
        return None
    odd, even = raw[1::2].count(0), raw[0::2].count(0)
    if odd > _UTF16_NUL_SKEW * even:
        return "utf-16-le"
    if even > _UTF16_NUL_SKEW * odd:
        return "utf-16-be"
    return None


def _joined(*readings: str | None) -> str:
    """The texts read out of one payload, each scanned, far enough apart that no digit run (detectors/digits.py)
    joins the end of one to the start of the next: `…5 6 6` and a next reading starting `6rOg` would be one run of
    fourteen digits, and a spaced-out number must be read with exactly its own digits."""
    return _READING_GAP.join(r for r in readings if r)


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
