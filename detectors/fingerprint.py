"""Keyed fingerprints of text, for registered confidential documents: winnowed hashes of normalised k-grams.

The text is normalised (NFKC, invisible characters removed, case folded) and reduced to its letters, digits and
Hangul, so whitespace, punctuation and line breaks (reflowed or re-punctuated copies) do not change it. Every
K-character gram is hashed with a polynomial hash whose base, and a final mixing step whose words, derive from
the deployment's secret by BLAKE2b (without the key a stored fingerprint cannot be tested against guessed text;
this is a keyed hash, not a cryptographic MAC), and winnowing keeps the minimum hash of each window of W
grams (Schleicher, Wilkerson, Aiken, "Winnowing: local algorithms for document fingerprinting", SIGMOD 2003):
any shared run of at least W + K - 1 characters shares at least one fingerprint, so a passage survives a few
changed words, reordered paragraphs and reflowing. Only fingerprints are kept, never the text.

`fingerprint_readings` also reads a text backwards, as a whole and line by line, from the same normalised stream:
a passage sent reversed (an LLM reads reversed Korean without trouble) then shares the fingerprints of the forward
passage it came from (red-team #9 finding 13). Words reordered are not read back: that stays a limit.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detectors.normalize import Normalized, normalize

if TYPE_CHECKING:  # NumPy is imported where it is used: importing this module stays cheap
    import numpy as np
    import numpy.typing as npt

__all__ = [  # noqa: RUF022 (constants first)
    "K",
    "W",
    "FingerprintFilter",
    "Fingerprints",
    "fingerprint",
    "fingerprint_readings",
]

K = 12  # characters per gram: about four Korean words or two English ones
W = 8  # window: any common run of W + K - 1 = 19 characters shares a fingerprint
MAX_TEXT_CHARS = 4_000_000
_NON_WORD = re.compile(r"[\W_]")  # everything but letters, digits and Hangul
_LINE_BREAKS = (0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)  # where str.splitlines() splits
# The prefilter (FingerprintFilter): 16 bits a fingerprint, 7 probes in one 512-bit block (7 x 9 bits of a
# 64-bit word); about 0.1% false positives at capacity.
BITS_PER_FINGERPRINT = 16
PROBES = 7
MIN_FILTER_CAPACITY = 1 << 16
_BLOCK_BITS = 512
_BLOCK_WORDS = _BLOCK_BITS // 64
_ADD_CHUNK = 1 << 18
# splitmix64 finaliser constants (Steele, Lea, Flood 2014)
_MIX1 = 0xBF58476D1CE4E5B9
_MIX2 = 0x94D049BB133111EB


@dataclass(frozen=True, slots=True)
class Fingerprints:
    """hash -> (start, end) in the caller's text of the first gram that produced it."""

    spans: dict[int, tuple[int, int]]

    @property
    def hashes(self) -> frozenset[int]:
        return frozenset(self.spans)


def _stream(text: str) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.intp], Normalized]:
    """Code points of the normalised, case-folded text's letters, digits and Hangul, and where each stood.

    Every other character is replaced by NUL in one C-speed substitution (the length stays), so the positions
    of the kept characters are simply the non-zero code points: no Python-level work per character or word.
    """
    import numpy as np

    norm = normalize(text[:MAX_TEXT_CHARS])
    folded = norm.text.casefold() if len(norm.text.casefold()) == len(norm.text) else norm.text.lower()
    if len(folded) != len(norm.text):
        folded = norm.text  # lower() can lengthen too (U+0130): offsets must stay aligned
    codes = np.frombuffer(_NON_WORD.sub("\0", folded).encode("utf-32-le"), dtype=np.uint32)
    positions = np.flatnonzero(codes)
    return codes[positions].astype(np.uint64), positions, norm


def _selected(codes: npt.NDArray[np.uint64], key: bytes) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int64]]:
    """(gram index, keyed hash) of the winnowed grams.

    Vectorised with NumPy: a polynomial hash of every K-gram (mod 2**64, base derived from the key), the
    rightmost minimum of every window of W, then a keyed finaliser over the selected grams (about 2/(W+1) of
    them); no Python-level call per character.
    """
    import numpy as np

    n = len(codes) - K + 1
    if n <= 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.int64)
    base = np.uint64(int.from_bytes(hashlib.blake2b(b"base", key=key[:64], digest_size=8).digest(), "big") | 1)
    rolling = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(K):
            rolling = rolling * base + codes[j : j + n]
    if n <= W:
        picks = np.array([n - 1 - int(np.argmin(rolling[::-1]))], dtype=np.intp)
    else:
        windows = np.lib.stride_tricks.sliding_window_view(rolling, W)
        idx = np.arange(n - W + 1) + (W - 1 - np.argmin(windows[:, ::-1], axis=1))
        keep = np.ones(len(idx), dtype=bool)
        keep[1:] = idx[1:] != idx[:-1]
        picks = idx[keep]
    # Key the selected grams: XOR with a key-derived word, then the splitmix64 finaliser, vectorised.
    k1, k2 = (
        int.from_bytes(hashlib.blake2b(tag, key=key[:64], digest_size=8).digest(), "big") for tag in (b"k1", b"k2")
    )
    x = rolling[picks] ^ np.uint64(k1)
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(_MIX1)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(_MIX2)
        x = x ^ (x >> np.uint64(31)) ^ np.uint64(k2)
    return picks, x.view(np.int64)  # signed: fits a database BIGINT


def fingerprint(text: str, key: bytes) -> Fingerprints:
    """Winnowed keyed fingerprints of `text`, each with the span of the caller's text it came from."""
    codes, positions, norm = _stream(text)
    return _forward(codes, positions, norm, key)


def fingerprint_readings(text: str, key: bytes, *, min_count: int) -> list[Fingerprints]:
    """`text`'s fingerprints read forwards, then backwards as a whole, then with each line read backwards (this one
    only when the text has several lines; with one line it is the whole text backwards). Spans are in `text`.

    A backward reading is made only when the text has grams enough for `min_count` distinct fingerprints: a shorter
    text cannot match read any way. The backward readings reuse the forward reading's normalised stream, so each
    costs one more hashing and winnowing pass (a permutation of the code points), not another normalisation.
    """
    import numpy as np

    codes, positions, norm = _stream(text)
    out = [_forward(codes, positions, norm, key)]
    m = len(codes)
    if m - K - W + 2 < min_count:  # fewer windows than min_count: fewer distinct fingerprints, any reading
        return out
    orders = [np.arange(m - 1, -1, -1, dtype=np.intp)]
    chars = np.frombuffer(norm.text.encode("utf-32-le"), dtype=np.uint32)
    breaks = np.flatnonzero(np.isin(chars, _LINE_BREAKS))
    line = np.searchsorted(breaks, positions)  # line number of each kept character (its breaks before it)
    if m and line[0] != line[-1]:
        # Within its line, the character at index i goes to first + last - i: the line read backwards.
        first = np.searchsorted(line, line, side="left")
        last = np.searchsorted(line, line, side="right") - 1
        orders.append((first + last - np.arange(m)).astype(np.intp))
    for order in orders:
        picks, hashes = _selected(codes[order], key)
        grams = np.lib.stride_tricks.sliding_window_view(positions[order], K)[picks]
        # A gram read backwards (or across two reversed lines) covers the span of its characters' positions.
        out.append(_with_spans(hashes.tolist(), grams.min(axis=1).tolist(), (grams.max(axis=1) + 1).tolist(), norm))
    return out


def _forward(
    codes: npt.NDArray[np.uint64], positions: npt.NDArray[np.intp], norm: Normalized, key: bytes
) -> Fingerprints:
    picks, hashes = _selected(codes, key)
    starts = positions[picks].tolist()
    ends = (positions[picks + (K - 1)] + 1).tolist()
    return _with_spans(hashes.tolist(), starts, ends, norm)


def _with_spans(hashes: list[int], starts: list[int], ends: list[int], norm: Normalized) -> Fingerprints:
    spans: dict[int, tuple[int, int]] = {}
    for h, start, end in zip(hashes, starts, ends, strict=True):
        if h not in spans:
            spans[h] = norm.span(start, end) if norm.edits else (start, end)
    return Fingerprints(spans)


class FingerprintFilter:
    """A blocked Bloom filter over fingerprints: "certainly not registered" or "maybe registered".

    The fingerprints are already keyed, uniform 64-bit hashes, so the filter hashes nothing: the low 32 bits
    pick one 512-bit block (one 64-byte cache line, so a lookup costs one cache miss), and PROBES 9-bit slices
    of a remix of the hash (the splitmix64 finaliser) give the bit positions inside it. Sized at
    BITS_PER_FINGERPRINT bits (2 bytes) per fingerprint of `capacity`, the false-positive rate is about 0.1%
    at capacity (tests/gateway/test_documents_index.py, bench/documents_bench.py); past capacity it rises,
    and the owner rebuilds it larger.
    A filter never forgets: removing a document needs a rebuild (until then its fingerprints only cost a
    database check). `add` and `contains` take arrays; neither does Python-level work per fingerprint.
    """

    def __init__(self, capacity: int) -> None:
        import numpy as np

        self.capacity = max(capacity, MIN_FILTER_CAPACITY)
        self._blocks = -(-self.capacity * BITS_PER_FINGERPRINT // _BLOCK_BITS)
        self._words = np.zeros(self._blocks * _BLOCK_WORDS, dtype=np.uint64)
        self.count = 0

    @property
    def nbytes(self) -> int:
        return int(self._words.nbytes)

    def to_bytes(self) -> bytes:
        return bytes(self._words.tobytes())

    @classmethod
    def from_bytes(cls, data: bytes, count: int) -> FingerprintFilter:
        """The filter `to_bytes` gave (its capacity follows from the length); ValueError if it cannot be one."""
        import numpy as np

        if not data or len(data) % (_BLOCK_WORDS * 8):
            raise ValueError("not a FingerprintFilter: the length is not a whole number of blocks")
        out = cls.__new__(cls)
        out._words = np.frombuffer(data, dtype=np.uint64).copy()
        out._blocks = len(out._words) // _BLOCK_WORDS
        out.capacity = out._blocks * _BLOCK_BITS // BITS_PER_FINGERPRINT
        out.count = count
        return out

    def passing(self, hashes: Sequence[int]) -> list[int]:
        """The hashes that may be registered (all of those that are, and about 0.1% of the others)."""
        import numpy as np

        arr = np.asarray(hashes, dtype=np.int64)
        return arr[self.contains(arr)].tolist() if len(arr) else []

    def _probes(self, hashes: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.uint64]]:
        import numpy as np

        h = hashes.view(np.uint64)
        block = ((h & np.uint64(0xFFFFFFFF)) * np.uint64(self._blocks)) >> np.uint64(32)
        # Fresh bits for the positions: the splitmix64 finaliser of the hash, cut into 9-bit slices.
        with np.errstate(over="ignore"):
            g = h ^ (h >> np.uint64(31))
            g = (g ^ (g >> np.uint64(30))) * np.uint64(_MIX1)
            g = (g ^ (g >> np.uint64(27))) * np.uint64(_MIX2)
            g = g ^ (g >> np.uint64(31))
        shifts = np.arange(PROBES, dtype=np.uint64) * np.uint64(9)
        bit = (g[:, None] >> shifts[None, :]) & np.uint64(_BLOCK_BITS - 1)
        word = block[:, None] * np.uint64(_BLOCK_WORDS) + (bit >> np.uint64(6))
        return word.astype(np.intp), np.left_shift(np.uint64(1), bit & np.uint64(63))

    def add(self, hashes: npt.NDArray[np.int64] | Sequence[int]) -> None:
        import numpy as np

        hashes = np.asarray(hashes, dtype=np.int64)
        for i in range(0, len(hashes), _ADD_CHUNK):
            word, mask = self._probes(hashes[i : i + _ADD_CHUNK])
            np.bitwise_or.at(self._words, word.ravel(), mask.ravel())
        self.count += len(hashes)

    def contains(self, hashes: npt.NDArray[np.int64] | Sequence[int]) -> npt.NDArray[np.bool_]:
        import numpy as np

        hashes = np.asarray(hashes, dtype=np.int64)
        if not len(hashes):
            return np.zeros(0, dtype=bool)
        word, mask = self._probes(hashes)
        return np.asarray((self._words[word] & mask).all(axis=1))
