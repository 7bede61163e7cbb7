"""Encoded segments: base64 (standard and URL-safe), hexadecimal (plain, 0x-prefixed or \\x-escaped),
percent-encoding, HTML character references (`&#48;&#x31;`), `\\u` escapes (`\\u0030\\u0031`), hex dumps with
spaces or colons between the bytes (`30 31 30 2d ...`), and strings that code builds from character codes
(`chr(56)+chr(53)+...`, `''.join(map(chr, [56, 53]))`) or Unicode names (`'\\N{DIGIT EIGHT}\\N{DIGIT FIVE}'`).

`find_encoded` returns segments of the normalised text whose decoding is printable UTF-8 text different from
the segment itself; the engine rescans the decoded text (to a bounded depth) and reports what it finds there
on the span of the whole segment. Every segment is decoded whatever its length (decoding is linear, and a
segment skipped for its size would be forwarded unread); the engine rescans at most MAX_DECODED_TOTAL decoded
characters per scan and refuses a text that holds more (`ScanIncomplete("encoded")`), so hostile input can make the
scan neither superlinear nor incomplete.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import quopri
import re
import unicodedata
import urllib.parse
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import re2

from detectors.normalize import normalize

if TYPE_CHECKING:
    from detectors.base import Document

__all__ = [
    "B64_CHAIN",
    "B64_RUN",
    "B64_SHORT",
    "CHR_CHAIN",
    "CODE_LIST",
    "DECODE_DEPTH",
    "DEC_LIST",
    "HEX_DUMP",
    "MAX_DECODED_TOTAL",
    "NAMED_ESCAPES",
    "Segment",
    "decoded_layers",
    "find_encoded",
    "is_printable_text",
]

MIN_SEGMENT = 12
# Six bytes of base64 (`ODUwMzE1`, half of a resident number encoded on its own) are eight characters; a segment
# that short counts only when it looks like base64: upper- and lower-case letters and a digit.
MIN_SHORT_SEGMENT = 8
DECODE_DEPTH = 3  # layers of encoding unwrapped: the engine's default, and the term lists' and documents' reach
MAX_DECODED_TOTAL = 2 * 1024 * 1024  # as many characters as a request may carry by default (server.max_text_chars)
MIN_PRINTABLE_RATIO = 0.9
# Linear: single character classes with one unbounded repetition, no nesting.
_B64 = re.compile(r"[A-Za-z0-9+/_\-]{12,}={0,2}")
# The same pattern for re2, run by the engine on the scan's UTF-8 text (one DFA pass; Python's engine tries every
# letter as a start and costs about twice as much on prose). It also sits in the engine's prefilter set.
B64_RUN = re2.compile(_B64.pattern)
# Short segments (MIN_SHORT_SEGMENT to MIN_SEGMENT - 1 characters) with a digit and a capital, as base64 has and
# prose words do not: a separate pattern (also in the prefilter set), so ordinary words cost nothing.
B64_SHORT = re2.compile(r"[A-Za-z0-9+/]*(?:[0-9][A-Za-z0-9+/]*[A-Z]|[A-Z][A-Za-z0-9+/]*[0-9])[A-Za-z0-9+/]*={0,2}")
_HAS_LETTER = re.compile(r"[A-Za-z]")
_HAS_DIGIT = re.compile(r"[0-9]")
_HEX_ESCAPED = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){4,}")
# Starts at a literal '%', so it is tried only there; the plain class has no '%' and at most
# PERCENT_GAP characters separate escapes, so a failed attempt costs a bounded amount of work.
PERCENT_GAP = 64
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}(?:[A-Za-z0-9._~+=&\-]{0,64}%[0-9A-Fa-f]{2}){2,}")
_PERCENT_PLAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+=&-")
_HEX = re.compile(r"[0-9A-Fa-f]+")
MIN_BASE32 = 16
_BASE32 = re.compile(r"[A-Z2-7]+=*")
# Base64 wrapped in lines, as mail and PEM write it (76 or 64 columns): two or more full lines of one length and a
# last one no longer, joined before decoding. Each line starts at a line break, so a failed attempt costs one line.
_WRAPPED_B64 = re.compile(
    r"(?m)^([A-Za-z0-9+/]{40,120})\r?\n(?:[A-Za-z0-9+/]{40,120}\r?\n)*[A-Za-z0-9+/]{2,120}={0,2}$"
)
# Base64 cut into chunks by white space (a space every 8 characters, a line break every 4: red-team #6): chunks of one
# length and a last one no longer, checked in Python (`_spaced_b64`). The runs of chunks are those one re2 pattern found
# before (tests/detectors/test_decode.py keeps it as the reference): chunks of 4 to 76 characters, one with a digit
# (`_is_digit_chunk`) followed by one more full chunk or more, and a last chunk of up to 76 (`_spaced_runs`), so
# `1 2 1 2 ...` and `5678 010` give none. Its counted chunks outgrew re2's DFA on a megabyte of base64 lines (its slower
# engine took over, and "DFA out of memory" went to stderr each scan), so re2 now finds only the chains the runs lie
# in: words of base64 characters joined by single spaces, tabs or line breaks, with a word holding a digit, then a word
# of four or more and one more word. No counter but {4,}: a small DFA, one pass. Kept out of the engine's prefilter
# sets, it runs on every text.
_B = "[A-Za-z0-9+/]"
_SEP = r"(?:\r?\n|[ \t])"
# A word of 1 to 3 characters with no digit after a letter, `+` or `/` (`ab`, `12`, `1a`) can start no run and can be
# only a run's last chunk: chains are cut after such words, so short words between runs cost no Python.
_NOT_LAST = rf"(?:{_B}{{4,}}|{_B}*[A-Za-z+/]{_B}*[0-9]{_B}*)"
_DIGIT_WORD = rf"{_B}*(?:[A-Za-z+/]{_B}*[0-9]|[0-9]{_B}{{3}}){_B}*"
B64_CHAIN = re2.compile(rf"(?:{_NOT_LAST}{_SEP})*{_DIGIT_WORD}{_SEP}{_B}{{4,}}(?:{_SEP}{_NOT_LAST})*{_SEP}{_B}+")
MAX_CHUNK = 76  # a chunk's longest, as mail writes base64 (76 columns)
_WORD = re.compile(_B + "+")
_DIGIT = re.compile("[0-9]")
_NON_DIGIT = re.compile("[^0-9]")
MIN_SPACED_CHUNKS = 3
_CHUNKS = re.compile(r"\S+")
# zlib or gzip inside base64 (`H4sI...`, `eJ...`): inflated to at most one scan's decoding budget plus one character,
# so a decompression bomb stops there and the engine refuses the text as more than it decodes (fail closed).
_GZIP_MAGIC = b"\x1f\x8b"
_ZLIB_FIRST = 0x78
# Quoted-printable (mail bodies: =EC=97=B0=EB=9D=BD=EC=B2=98 010-...): three or more escapes, at most REF_GAP plain
# characters apart, soft line breaks (`=` at a line's end) allowed.
_QP = re.compile(r"=[0-9A-F]{2}(?:(?:[^=\s]|=\r?\n){0,8}=[0-9A-F]{2}){2,}")
# Escapes of other languages and notations, four or more in a run: \u{38} \x{38} (Rust, Perl, ES6), \U00000038
# (Python), U+0038 (Unicode), %u0038 (old JavaScript), \070 (octal).
_OTHER_ESCAPE = (
    r"(?:\\[ux]\{([0-9A-Fa-f]{1,6})\}|\\U([0-9A-Fa-f]{8})|U\+([0-9A-Fa-f]{4,6})|%u([0-9A-Fa-f]{4})|\\([0-7]{3}))"
)
_OTHER_ESCAPES = re.compile(rf"{_OTHER_ESCAPE}(?:[^\\%U]{{0,{8}}}{_OTHER_ESCAPE}){{3,}}")
_OTHER_ONE = re.compile(_OTHER_ESCAPE)
# Unicode's own notation, two or three code points in a row (`U+C5FC U+C625 U+D76C`, a font bug report's code points
# of a name; twenty-eighth held-out set): a name is shorter than the four escapes _OTHER_ESCAPES asks of a run.
_U_PLUS = re.compile(
    r"(?<![0-9A-Za-z+])U\+[0-9A-Fa-f]{4,5}(?:[ ,;]{1,3}U\+[0-9A-Fa-f]{4,5}){1,2}(?![0-9A-Za-z]|[ ,;]{0,3}U\+)"
)
# RFC 2047 encoded-words in mail headers (`From: =?UTF-8?B?7JWI7KeA7Zi4?= <jiho.ahn@korea.kr>`, Outlook's
# `=?ks_c_5601-1987?B?...?=`, `=?utf-8?Q?=EC=95=88?=`; fourteenth held-out set): the whole run of words, adjacent
# words joined as RFC 2047 says (the white space between them is no text), each charset's bytes decoded with it.
# The markers make the reading exact, so a three-syllable name counts (`_exact_text`). Each attempt starts at a
# literal `=?` and the body holds no `?`: linear.
_MIME_WORD = r"=\?([A-Za-z0-9_\-]{1,40})(?:\*[A-Za-z\-]{1,20})?\?([BbQq])\?([^?\s]{1,1000})\?="
_MIME_WORDS = re.compile(rf"{_MIME_WORD}(?:\s{{1,8}}{_MIME_WORD})*")
_MIME_ONE = re.compile(_MIME_WORD)
# Byte values written as a list: 0x38 0x35 0x30 ... (C arrays, hex viewers) or 56, 53, 48, ... (decimal), eight or
# more. Decimal ones count only in the printable ASCII range and must decode to something the text did not say.
MIN_LISTED_BYTES = 8
MIN_LISTED_DIGITS = 4  # decimal lists must spell a number (or an address) to count: scores spell letters
_HEX_LIST = re.compile(r"0[xX][0-9A-Fa-f]{2}(?:[ ,;]{1,3}0[xX][0-9A-Fa-f]{2}){7,}")
_BYTE = "(?:[3-9][0-9]|1[01][0-9]|12[0-6])"
# re2 and in the engine's prefilter set: Python's engine would try it at every digit of a number-heavy text.
DEC_LIST = re2.compile(rf"(?:^|[^0-9.])({_BYTE}(?:(?:, ?| ){_BYTE}){{7,}})(?:[^0-9.]|$)")
# Code that builds a string from character codes (red-team #9): two or more calls chr(56), Chr$(56), ChrW(56),
# unichr(56), CHR(56), CHAR(56), NCHAR(56) or String.fromCharCode(0x38) chained by + . & || or , (Python, PHP, Perl,
# VB, SQL, JavaScript, the items of a list handed to ''.join), with string literals of up to CHAIN_LITERAL characters
# among them ('8' + chr(53) + ...). re2, and in the engine's prefilter set: one pass, however many quotes the text has.
CHAIN_LITERAL = 32
_CODE = r"(?:0[xX][0-9A-Fa-f]{1,6}|[0-9]{1,7})"
_CALL = rf"\b(?i:(?:String\s*\.\s*)?from(?:CharCode|CodePoint)|unichr|chrw?\$?|n?char)\s*\(\s*{_CODE}\s*\)"
_LITERAL = rf"""(?:'[^'\\\n]{{0,{CHAIN_LITERAL}}}'|"[^"\\\n]{{0,{CHAIN_LITERAL}}}")"""
_JOIN = r"\s*(?:\+|\.|&|\|\||,)\s*"
# `''.join(` before the codes belongs to the segment: the text before it is the context its rescan reads (name = ...).
_JOINED = r"""(?:(?:''|"")\s*\.\s*join\s*\(\s*\[?\s*)?"""
CHR_CHAIN = re2.compile(
    rf"{_JOINED}(?:{_LITERAL}{_JOIN})*{_CALL}(?:{_JOIN}{_LITERAL})*{_JOIN}{_CALL}(?:{_JOIN}(?:{_CALL}|{_LITERAL}))*"
)
# One piece of a matched chain, read left to right: a call's code, or a literal's text.
_CHAIN_PIECE = re.compile(rf"\(\s*({_CODE})\s*\)" + r"""|'([^'\\\n]*)'|"([^"\\\n]*)\"""")
# Two or more codes handed to chr at once: map(chr, [56, 53]) (Python) or String.fromCharCode(54861, 44600)
# (JavaScript); DEC_LIST also reads the list when it is eight printable ASCII bytes or more. re2, in the prefilter set.
CODE_LIST = re2.compile(
    rf"(?:{_JOINED}\bmap\(\s*(?:unichr|chr)\s*,\s*[\[(]|\b(?:String\s*\.\s*)?from(?:CharCode|CodePoint)\()\s*"
    rf"({_CODE}(?:\s*,\s*{_CODE})+)\s*,?\s*[\])]"
)
_CODES = re.compile(_CODE)
# Ascii85 between its delimiters (Adobe's <~ ... ~>).
_A85 = re.compile(r"<~([!-u\s]{5,})~>")
# Two or more numeric character references, at most REF_GAP plain characters apart (&#48;&#49;&#48;-&#49;..., or the
# three syllables of &#45824;&#50808;&#48708;).
# Each repetition starts with a literal '&#', and the gap class has no '&': a failed attempt is bounded.
REF_GAP = 8
_REF = r"&#(?:[0-9]{1,8}|[xX][0-9A-Fa-f]{1,8});?"
_HTML_REFS = re.compile(rf"{_REF}(?:[^&]{{0,{REF_GAP}}}{_REF}){{1,}}")
# Two or more: JSON written with ensure_ascii spells a two- or three-syllable name as `\\uc1a1\\ud558\\ub9b0`.
_U_ESCAPED = re.compile(rf"(?:\\u[0-9A-Fa-f]{{4}}[^\\]{{0,{REF_GAP}}}){{1,}}\\u[0-9A-Fa-f]{{4}}")
_U_ONE = re.compile(r"\\u([0-9A-Fa-f]{4})")
# A hex dump with a space or colon between the bytes (30 31 30 2d 34 37 ...), six bytes or more. re2, and in the
# engine's prefilter set: Python's engine would try it at every hex digit of ordinary text.
HEX_DUMP = re2.compile(r"(?:[0-9A-Fa-f]{2}[ :]){5,}[0-9A-Fa-f]{2}")
# Python escapes in a run that holds a named one: '\N{DIGIT EIGHT}\N{DIGIT FIVE}...', names mixed with \x38 or
# \u0038, at most REF_GAP plain characters apart. The longest character name has 88 characters; names are looked up
# with unicodedata.lookup, as Python reads them (case-insensitive, aliases too). re2, in the prefilter set.
MAX_CHAR_NAME = 88
_NAME = rf"\\N\{{[A-Za-z0-9 \-]{{1,{MAX_CHAR_NAME}}}\}}"
_PY_ESCAPE = rf"(?:{_NAME}|\\x[0-9A-Fa-f]{{2}}|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}}|\\[0-7]{{1,3}})"
NAMED_ESCAPES = re2.compile(rf"(?:{_PY_ESCAPE}[^\\]{{0,{REF_GAP}}})*{_NAME}(?:[^\\]{{0,{REF_GAP}}}{_PY_ESCAPE})*")
_PY_ONE = re.compile(
    rf"\\N\{{([A-Za-z0-9 \-]{{1,{MAX_CHAR_NAME}}})\}}|\\x([0-9A-Fa-f]{{2}})|\\u([0-9A-Fa-f]{{4}})"
    rf"|\\U([0-9A-Fa-f]{{8}})|\\([0-7]{{1,3}})"
)


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    decoded: str


MIN_TEXT = 4  # characters of decoded text, below which only an exact encoding or a Hangul word counts
MIN_HANGUL_WORD = 3  # a three-syllable name; two syllables are eight characters, each half of a split run


def is_printable_text(s: str) -> bool:
    """Decoded bytes that read as text: mostly printable characters or whitespace. Two C-speed checks first (a
    long run of digits decodes as hex into control characters: counting them one by one in Python cost more than
    the rest of its scan)."""
    if len(s) < MIN_TEXT:
        return False
    if s.isprintable():
        return True
    if len(s) - len(_CONTROLS.sub("", s)) > (1 - MIN_PRINTABLE_RATIO) * len(s):
        return False
    # invisible format characters (a zero-width space between the digits) are text hiding something, not binary
    good = sum(1 for c in s if c.isprintable() or c in "\n\r\t" or unicodedata.category(c) == "Cf")
    return good >= MIN_PRINTABLE_RATIO * len(s)


_C0_CONTROLS = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _exact_text(s: str) -> bool:
    """What an exact encoding (character references, percent escapes) decodes to counts as text when it is printable
    text of four characters or more, or a shorter printable word with a letter outside ASCII: `&#45824;&#50808;&#48708;`
    and `%EB%8C%80%EC%99%B8%EB%B9%84` spell 대외비, and a two-syllable name is as short (red-team #8)."""
    if is_printable_text(s):
        return True
    return len(s) >= 2 and s.isprintable() and not s.isascii() and any(c.isalpha() for c in s)


def _utf8(raw: bytes, *, exact: bool = False) -> str | None:
    """`raw` as UTF-8 text, or None. `exact`: bytes an exact encoding spelled (escapes, not a chance reading of a
    run), which count when shorter than MIN_PRINTABLE text too (`_exact_text`)."""
    # C0 control bytes are control characters in UTF-8 too (a multi-byte sequence holds none), and bytes are at
    # least as many as characters: more than the allowed share of them rules the text out before it is decoded.
    if len(raw) - len(raw.translate(None, _C0_CONTROLS)) > (1 - MIN_PRINTABLE_RATIO) * len(raw):
        return None
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return s if (_exact_text(s) if exact else is_printable_text(s)) else None


def _mime_decoded(run: str) -> str | None:
    """A run of RFC 2047 encoded-words as the text it says, or None when a word does not decode."""
    parts: list[str] = []
    pending, charset = b"", ""
    try:
        for m in _MIME_ONE.finditer(run):
            name, kind, body = m.group(1).lower(), m.group(2), m.group(3)
            if kind in "Bb":
                raw = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
            else:
                raw = quopri.decodestring(body.encode("ascii"), header=True)
            if pending and name != charset:
                parts.append(pending.decode(_mime_codec(charset)))
                pending = b""
            pending, charset = pending + raw, name
        parts.append(pending.decode(_mime_codec(charset)))
    except (binascii.Error, ValueError, LookupError):  # UnicodeError is a ValueError
        return None
    decoded = "".join(parts)
    return decoded if decoded != run and _no_surrogate(decoded) and _exact_text(decoded) else None


def _mime_codec(charset: str) -> str:
    """The codec for a MIME charset name (an unknown one raises LookupError). Every name mail software gives Korean
    (`ks_c_5601-1987`, `euc-kr`, ...) is an alias of Python's EUC-KR, and the clients that write them send its superset
    CP949."""
    name = codecs.lookup(charset).name
    return "cp949" if name == "euc_kr" else name


def _no_surrogate(s: str) -> bool:
    """No lone surrogate (from `\\ud800` or `&#55296;`): it cannot be encoded, so it cannot be scanned."""
    return not any("\ud800" <= c <= "\udfff" for c in s)


def _decode_b64(seg: str) -> str | None:
    if seg[:2] in ("0x", "0X") and _HEX.fullmatch(seg, 2) and len(seg) % 2 == 0:
        seg = seg[2:]  # a C-style hex literal
    if _HEX.fullmatch(seg) and len(seg) % 2 == 0:
        return _utf8(binascii.unhexlify(seg))
    if len(seg) >= MIN_BASE32 and _BASE32.fullmatch(seg) and not seg.isalpha():
        decoded = _decode_b32(seg)  # GM2TAMZRGUWTCMRT...: base32, upper-case letters and 2-7
        if decoded is not None:
            return decoded
    if seg.isdigit() or (seg.isalpha() and (seg.islower() or seg.isupper())):
        return None  # a number or a plain word
    body = seg.rstrip("=")
    padded = body + "=" * (-len(body) % 4)
    altchars = b"-_" if ("-" in body or "_" in body) else b"+/"
    try:
        raw = base64.b64decode(padded, altchars=altchars, validate=True)
    except (binascii.Error, ValueError):
        return None
    raw = _inflated(raw)
    return _utf8(raw) or _hangul_word(raw)


def _hangul_word(raw: bytes) -> str | None:
    """Bytes that spell a word of three Hangul syllables (a name: 6rmA7ZWY66+8 is 김하민), too short for
    is_printable_text. A chance run decodes so about once in a billion: three bytes of a syllable each start with one
    of four lead bytes and carry two continuation bytes."""
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return s if MIN_HANGUL_WORD <= len(s) < MIN_TEXT and all("가" <= c <= "힣" for c in s) else None


def _inflated(raw: bytes) -> bytes:
    """`raw` decompressed when it is a gzip or zlib stream, else `raw` (red-team #6 compressed before encoding)."""
    if raw[:2] == _GZIP_MAGIC:
        wbits = 16 + zlib.MAX_WBITS
    elif len(raw) > 2 and raw[0] == _ZLIB_FIRST and (raw[0] << 8 | raw[1]) % 31 == 0:
        wbits = zlib.MAX_WBITS
    else:
        return raw
    inflater = zlib.decompressobj(wbits)
    try:
        return inflater.decompress(raw, MAX_DECODED_TOTAL + 1)
    except zlib.error:
        return raw


def _decode_reversed_b64(seg: str) -> str | None:
    """Base64 written backwards (`==QM1kzM...`, red-team #6): only a run that does not decode forwards, and only when
    the reversed run decodes to text (a chance reading of a random run almost never does)."""
    if len(seg) < MIN_SEGMENT or seg.isdigit() or "-" in seg or "_" in seg or not _mixed_case_with_digit(seg):
        return None  # numbers, identifiers (INV-2024, snake_case) and words
    return _decode_b64(seg[::-1])


def _mixed_case_with_digit(s: str) -> bool:
    """Upper- and lower-case letters and a digit, as base64 of text has and words and prose do not."""
    return _HAS_DIGIT.search(s) is not None and not s.islower() and not s.isupper()


def _spaced_b64(text: str, start: int, end: int) -> list[Segment]:
    """A spaced run's (`_spaced_runs`) runs of equal chunks joined and decoded: every chunk of a run but the last of
    one length (a multiple of 4), the last no longer, upper- and lower-case letters and a digit among them, as base64
    has and prose does not. The run may have taken in words around the chunks (`decode this` before them, `2024` of
    the next line's date after them): each run of equal chunks is tried on its own, so those words do not spoil it."""
    chunks = [(m.start(), m.end()) for m in _CHUNKS.finditer(text, start, end)]
    out: list[Segment] = []
    i = 0
    while i < len(chunks):
        size = chunks[i][1] - chunks[i][0]
        j = i + 1
        while j < len(chunks) and chunks[j][1] - chunks[j][0] == size:
            j += 1
        last = j  # the run is chunks[i:j]; a shorter chunk after it may end it
        if j < len(chunks) and len(text[chunks[j][0] : chunks[j][1]].rstrip("=")) < size:
            last = j + 1
        if size % 4 == 0 and last - i >= MIN_SPACED_CHUNKS:
            joined = "".join(text[a:b] for a, b in chunks[i:last])
            decoded = _decode_b64(joined) if _mixed_case_with_digit(joined) else None
            if decoded is not None:
                out.append(Segment(chunks[i][0], chunks[last - 1][1], decoded))
        i = j
    return out


def _spaced_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of chunks in a B64_CHAIN match, each from its leftmost start, as one re2 pattern found them, its
    repetitions greedy: chunks of 4 to MAX_CHUNK characters, the last of the leading ones a digit chunk
    (`_is_digit_chunk`) followed by one full chunk or more and a last chunk of up to MAX_CHUNK, with up to two `=`.
    A run may start inside a word (its last MAX_CHUNK characters, or a longer digit chunk) and end inside one (its
    first MAX_CHUNK), and the next run is looked for from there. Linear: a pass over the words from the right, then
    one over the runs; each word's own reading is a few regex searches."""
    words = [m.span() for m in _WORD.finditer(text, start, end)]
    last = len(words) - 1
    full = [4 <= b - a <= MAX_CHUNK for a, b in words]
    # latest[i]: the last word that can be the digit chunk after full chunks from word i on (-1: none); a digit chunk
    # needs a full chunk and one more word after it
    latest = [-1] * (last + 2)
    for i in range(last - 2, -1, -1):
        if full[i] and latest[i + 1] >= 0:
            latest[i] = latest[i + 1]
        elif full[i + 1] and _is_digit_chunk(text, *words[i]):
            latest[i] = i
    out: list[tuple[int, int]] = []
    pos = start
    a = 0
    while a <= last - 2:
        word_end = words[a][1]
        left = word_end - max(pos, words[a][0])
        size, digit = 0, -1  # the longest start in word a, and the run's digit chunk
        if left >= 4 and latest[a + 1] >= 0:
            size, digit = min(left, MAX_CHUNK), latest[a + 1]  # full chunks first, as many as there can be
        if full[a + 1] and (left > MAX_CHUNK or digit < 0):
            first = _digit_suffix(text, word_end - left, word_end)
            if first >= 0 and word_end - first > size:
                size, digit = word_end - first, a  # the word's tail is the digit chunk
        if digit < 0:
            a += 1
            continue
        try:
            f = full.index(False, digit + 1, last)  # the first word after the digit chunk that is not a full chunk
        except ValueError:
            f = last
        head, tail = words[f]
        stop = min(tail, head + MAX_CHUNK)
        if stop == tail:
            pad = text[stop : stop + 2]
            out.append((word_end - size, stop + len(pad) - len(pad.lstrip("="))))
            a = f + 1
        else:
            out.append((word_end - size, stop))
            pos, a = stop, f
    return out


def _is_digit_chunk(text: str, start: int, end: int) -> bool:
    """`text[start:end]`, a word, is a digit chunk: a digit and 3 to 75 more characters, or another character, then
    up to 74, a digit, and up to 74 (a digit among the first 76 characters and among the last 76)."""
    size = end - start
    if "0" <= text[start] <= "9":
        return 4 <= size <= MAX_CHUNK
    lo, hi = start + max(1, size - MAX_CHUNK + 1), start + min(MAX_CHUNK - 1, size - 1)
    return lo <= hi and _DIGIT.search(text, lo, hi + 1) is not None


def _digit_suffix(text: str, start: int, end: int) -> int:
    """Where the longest digit chunk ending at `end` starts, at `start` or after (-1: there is none), in a few
    searches: the leftmost digit among the last 75 characters, a non-digit before it, a digit after it."""
    size = end - start
    found: list[int] = []
    lo = start + max(0, size - MAX_CHUNK)
    if lo <= end - 4 and (m := _DIGIT.search(text, lo, end - 3)) is not None:
        found.append(m.start())  # a digit and 3 to 75 more
    k = _DIGIT.search(text, start + max(1, size - MAX_CHUNK + 1), end)
    if k is not None:
        k1 = k.start()
        before = _NON_DIGIT.search(text, max(start, k1 - MAX_CHUNK + 1), k1)
        if before is not None:
            found.append(before.start())  # another character, up to 74, the digit k1
        elif (after := _NON_DIGIT.search(text, k1 + 1, end)) is not None and _DIGIT.search(text, after.end(), end):
            found.append(after.start())  # another character after k1, a digit after it
    return min(found, default=-1)


def _decode_b32(seg: str) -> str | None:
    body = seg.rstrip("=")
    try:
        return _utf8(base64.b32decode(body + "=" * (-len(body) % 8)))
    except (binascii.Error, ValueError):
        return None


def _b64_spans(text: str, doc: Document | None) -> Iterator[tuple[int, int]]:
    """Base64-looking runs: every one of MIN_SEGMENT characters or more, and shorter ones that look like base64."""
    shared = doc is not None and doc.text is text
    runs = doc.finditer(B64_RUN) if doc is not None and shared else _B64.finditer(text)
    yield from (m.span() for m in runs)
    short = doc.finditer(B64_SHORT) if doc is not None and shared else B64_SHORT.finditer(text)
    for m in short:
        n = len(m.group().rstrip("="))
        if MIN_SHORT_SEGMENT <= n < MIN_SEGMENT and any(c.islower() for c in m.group()):
            yield m.span()


def find_encoded(text: str, doc: Document | None = None) -> list[Segment]:
    """Encoded segments of `text`; `doc`, the scan's view of the same text, lets the engine share its UTF-8
    copy and prefilter."""
    out: list[Segment] = []
    for start, end in _b64_spans(text, doc):
        seg = text[start:end]
        if not _HAS_LETTER.search(seg) and len(seg) % 2:
            continue  # an odd-length run of digits and dashes (a phone number, an RRN)

        decoded = _decode_b64(seg)
        if decoded is None:
            pad = len(text[max(0, start - 2) : start]) - len(text[max(0, start - 2) : start].rstrip("="))
            decoded = _decode_reversed_b64(text[start - pad : end])
            start -= pad if decoded is not None else 0
        if decoded is not None:
            out.append(Segment(start, end, decoded))
    if "\\x" in text:
        for m in _HEX_ESCAPED.finditer(text):
            # escapes decode exactly: a Python bytes repr of a three-syllable name (b'\\xea\\xb3\\x84...') counts
            decoded = _utf8(binascii.unhexlify(m.group().replace("\\x", "")), exact=True)
            if decoded is not None:
                out.append(Segment(m.start(), m.end(), decoded))
    if "=?" in text:
        for m in _MIME_WORDS.finditer(text):
            decoded = _mime_decoded(m.group())
            if decoded is not None:
                out.append(Segment(m.start(), m.end(), decoded))
    found = doc.finditer(HEX_DUMP) if doc is not None and doc.text is text else HEX_DUMP.finditer(text)
    for start, end in [d.span() for d in found]:
        # UTF-8, or UTF-16LE as a Windows string or an app's SQLite blob holds it (`30 00 31 00 30 00 2d 00 …`:
        # twenty-sixth held-out set), read as a registry export's bytes are
        decoded = _reg_string(text[start:end])
        if decoded is not None:
            out.append(Segment(start, end, decoded))
    if "&#" in text:
        for m in _HTML_REFS.finditer(text):
            decoded = html.unescape(m.group())
            if _no_surrogate(decoded) and _exact_text(decoded):
                out.append(Segment(m.start(), m.end(), decoded))
    if "\\u" in text:
        for m in _U_ESCAPED.finditer(text):
            decoded = _U_ONE.sub(lambda u: chr(int(u.group(1), 16)), m.group())
            # escapes decode exactly (no chance reading), so a short name (송하린) counts: printable is enough
            if _no_surrogate(decoded) and decoded.isprintable():
                out.append(Segment(m.start(), m.end(), decoded))
    out.extend(_other_segments(text, doc))
    out.extend(_code_segments(text, doc, {(s.start, s.end) for s in out}))
    if "%" in text:
        for m in _PERCENT.finditer(text):
            start, end = _widened(text, *m.span())
            seg = text[start:end]
            try:
                decoded = urllib.parse.unquote_plus(seg, errors="strict")
            except UnicodeDecodeError:
                continue
            if decoded != seg and _exact_text(decoded):
                out.append(Segment(start, end, decoded))
    return out


def _widened(text: str, start: int, end: int) -> tuple[int, int]:
    """A run of escapes widened to the plain characters around it, at most PERCENT_GAP on each side."""
    a, b = start, end
    while a > 0 and start - a < PERCENT_GAP and text[a - 1] in _PERCENT_PLAIN:
        a -= 1
    while b < len(text) and b - end < PERCENT_GAP and text[b] in _PERCENT_PLAIN:
        b += 1
    return a, b


def _other_segments(text: str, doc: Document | None) -> list[Segment]:
    """Wrapped base64, quoted-printable, other languages' escapes and ascii85 (red-team #6)."""
    out: list[Segment] = []
    chains = doc.finditer(B64_CHAIN) if doc is not None and doc.text is text else B64_CHAIN.finditer(text)
    for chain in chains:
        for start, end in _spaced_runs(text, *chain.span()):
            out.extend(_spaced_b64(text, start, end))
    if "\n" in text:
        for m in _WRAPPED_B64.finditer(text):
            joined = "".join(m.group().split())
            decoded = _decode_b64(joined)
            if decoded is not None:
                out.append(Segment(m.start(), m.end(), decoded))
    if "=" in text:
        for m in _QP.finditer(text):
            try:
                decoded = quopri.decodestring(m.group().encode("ascii")).decode("utf-8")
            except (UnicodeError, ValueError):
                continue
            # escapes decode exactly, as percent escapes do: a short name (=EC=84=A4...: 설윤재) counts
            if decoded != m.group() and _exact_text(decoded):
                out.append(Segment(m.start(), m.end(), decoded))
    if "\\" in text:
        for m in _CSS_ESCAPES.finditer(text):
            css = "".join(chr(int(h, 16)) for h in _CSS_ONE.findall(m.group()) if int(h, 16) <= MAX_CODE_POINT)
            if css.isprintable() and css != m.group():
                out.append(Segment(m.start(), m.end(), css))
    if "\\" in text or "U+" in text or "%u" in text:
        for m in _OTHER_ESCAPES.finditer(text):
            decoded = _OTHER_ONE.sub(_one_escape, m.group())
            if _no_surrogate(decoded) and decoded.isprintable():
                out.append(Segment(m.start(), m.end(), decoded))
    if "U+" in text:
        for m in _U_PLUS.finditer(text):
            decoded = "".join(chr(int(h, 16)) for h in re.findall(r"U\+([0-9A-Fa-f]{4,5})", m.group()))
            if _no_surrogate(decoded) and decoded.isprintable():
                out.append(Segment(m.start(), m.end(), decoded))
    if "0x" in text or "0X" in text:
        for m in _HEX_LIST.finditer(text):
            decoded = _utf8(bytes(int(h, 16) for h in re.findall(r"0[xX]([0-9A-Fa-f]{2})", m.group())))
            if decoded is not None:
                out.append(Segment(m.start(), m.end(), decoded))
    lists = doc.finditer(DEC_LIST) if doc is not None and doc.text is text else DEC_LIST.finditer(text)
    for listed in lists:
        chars = "".join(chr(int(n)) for n in listed.group(1).replace(",", " ").split())
        if chars.isprintable() and (sum(c.isdigit() for c in chars) >= MIN_LISTED_DIGITS or "@" in chars):
            out.append(Segment(listed.start(1), listed.end(1), chars))
    if "hex" in text:
        for m in _REG_HEX.finditer(text):
            decoded_reg = _reg_string(m.group(1))
            if decoded_reg is not None:
                out.append(Segment(m.start(1), m.end(1), decoded_reg))
    if "<~" in text:
        for m in _A85.finditer(text):
            try:
                raw = base64.a85decode(m.group(1), ignorechars=b" \t\r\n")
            except (binascii.Error, ValueError):
                continue
            decoded85 = _utf8(raw)
            if decoded85 is not None:
                out.append(Segment(m.start(), m.end(), decoded85))
    return out


# A Windows registry export's binary value (`"AlertMail"=hex(2):63,00,74,00,...,00,00`): comma-separated bytes, lines
# continued with a backslash; a string value (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ) is UTF-16LE, a zero byte after each
# ASCII character (twenty-third held-out set). Linear: each repetition starts with two hex digits and a comma.
_REG_HEX = re.compile(r"=hex(?:\([0-9a-fA-F]{1,2}\))?:((?:[0-9a-fA-F]{2},(?:\\\r?\n[ \t]*)?){3,}[0-9a-fA-F]{2})")


# CSS escapes in a stylesheet's `content:` (`"\\30 \\31 \\30 \\2d …"`: 010-…, a number drawn by CSS to keep it from
# scrapers; twenty-fourth held-out set): a backslash, one to six hex digits and an optional space, six or more in a row.
_CSS_ESCAPES = re.compile(r"(?:\\[0-9A-Fa-f]{1,6} ?){6,}")
_CSS_ONE = re.compile(r"\\([0-9A-Fa-f]{1,6})")
MAX_CODE_POINT = 0x10FFFF


def _reg_string(run: str) -> str | None:
    """The text a registry export's bytes hold: UTF-16LE when every other byte is zero, else UTF-8; None if neither
    gives printable text."""
    raw = bytes(int(h, 16) for h in re.findall(r"[0-9a-fA-F]{2}", run))
    wide = raw.decode("utf-16-le", errors="replace").rstrip("\x00") if len(raw) % 2 == 0 else ""
    if wide and raw[1::2].count(0) == len(raw) // 2 and wide.isprintable():
        return wide  # ASCII, a zero after each byte
    narrow = _utf8(raw.rstrip(b"\x00"))
    if narrow is not None:
        return narrow
    # Hangul and ASCII in UTF-16LE: what a Korean machine's strings hold
    korean = wide and wide.isprintable() and all(c.isascii() or "가" <= c <= "힣" for c in wide)
    return wide if korean else None


def _code_segments(text: str, doc: Document | None, taken: set[tuple[int, int]]) -> list[Segment]:
    """Strings built from character codes or names (red-team #9): chr() chains, code lists handed to chr or
    fromCharCode, and runs of Python escapes with a `\\N{...}`. Each decodes exactly, as escapes do, so a short word
    counts (`_exact_text`); `taken`: spans already decoded (a code list DEC_LIST read is not read twice)."""
    shared = doc is not None and doc.text is text
    out: list[Segment] = []
    if "(" in text:
        chains = doc.finditer(CHR_CHAIN) if doc is not None and shared else CHR_CHAIN.finditer(text)
        for m in chains:
            decoded = "".join(_chain_piece(p) for p in _CHAIN_PIECE.finditer(m.group()))
            if _no_surrogate(decoded) and _exact_text(decoded):
                out.append(Segment(m.start(), m.end(), decoded))
        lists = doc.finditer(CODE_LIST) if doc is not None and shared else CODE_LIST.finditer(text)
        for m in lists:
            if m.span(1) in taken:
                continue
            decoded = "".join(_code_point(c) for c in _CODES.findall(m.group(1)))
            if _no_surrogate(decoded) and _exact_text(decoded):
                out.append(Segment(m.start(), m.end(), decoded))
    if "\\N{" in text:
        runs = doc.finditer(NAMED_ESCAPES) if doc is not None and shared else NAMED_ESCAPES.finditer(text)
        for m in runs:
            escapes = list(_PY_ONE.finditer(m.group()))
            if len(escapes) < 2:
                continue  # one named character ('\\N{BULLET} item'): nothing spelled
            start, end = _widened(text, *m.span())  # '\N{DIGIT EIGHT}...\N{DIGIT FIVE}-1234566': half of it plain
            decoded = _PY_ONE.sub(_py_escape, text[start:end])
            if _no_surrogate(decoded) and decoded.isprintable():
                out.append(Segment(start, end, decoded))
    return out


def _code_point(code: str) -> str:
    """`56` or `0x38` as its character; past the last code point, U+FFFD (as `_one_escape` does)."""
    n = int(code, 16) if code[:2] in ("0x", "0X") else int(code)
    return chr(n) if n <= 0x10FFFF else "\ufffd"


def _chain_piece(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return _code_point(m.group(1))
    return m.group(2) if m.group(2) is not None else m.group(3)


def _py_escape(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        try:
            return unicodedata.lookup(m.group(1))
        except KeyError:
            return "\ufffd"  # no such name: Python would refuse the string; its reader may guess, we cannot
    hexa = m.group(2) or m.group(3) or m.group(4)
    code = int(hexa, 16) if hexa is not None else int(m.group(5), 8)
    return chr(code) if code <= 0x10FFFF else "\ufffd"


def _one_escape(m: re.Match[str]) -> str:
    hexa = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    code = int(hexa, 16) if hexa is not None else int(m.group(5), 8)
    return chr(code) if code <= 0x10FFFF else "\ufffd"


def decoded_layers(
    text: str, depth: int = DECODE_DEPTH, budget: list[int] | None = None
) -> Iterator[tuple[tuple[int, int], str]]:
    """Every encoded segment of `text` and every one inside those, `depth` layers deep, each as (the span in `text`
    of the outermost segment holding it, what it decodes to), until `budget[0]` (decoded characters so far, shared by
    the caller's texts when it passes one) passes MAX_DECODED_TOTAL: a text beyond that the engine has refused
    (ScanIncomplete) before term lists and registered documents look at it. Found on the normalised text, as the
    engine finds them."""
    yield from _layers(text, None, depth, budget if budget is not None else [0])


def _layers(
    text: str, within: tuple[int, int] | None, depth: int, budget: list[int]
) -> Iterator[tuple[tuple[int, int], str]]:
    if depth <= 0:
        return
    norm = normalize(text)
    for seg in find_encoded(norm.text):
        budget[0] += len(seg.decoded)
        if budget[0] > MAX_DECODED_TOTAL:
            return
        span = within or (norm.span(seg.start, seg.end) if norm.edits else (seg.start, seg.end))
        yield span, seg.decoded
        yield from _layers(seg.decoded, span, depth - 1, budget)
