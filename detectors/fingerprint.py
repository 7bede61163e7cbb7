"""Keyed fingerprints of text, for registered confidential documents: winnowed hashes of normalised k-grams.

The text is normalised (NFKC, invisible characters removed, case folded) and reduced to its letters, digits and
Hangul, so whitespace, punctuation and line breaks (reflowed or re-punctuated copies) do not change it. Every
K-character gram is hashed with a polynomial hash whose base, and a final mixing step whose words, derive from
the deployment's secret by BLAKE2b (without the key a stored fingerprint cannot be tested against guessed text;
this is a keyed hash, not a cryptographic MAC), and winnowing keeps the minimum hash of each window of W
grams (Schleicher, Wilkerson, Aiken, "Winnowing: local algorithms for document fingerprinting", SIGMOD 2003):
any shared run of at least W + K - 1 characters shares at least one fingerprint, so a passage survives a few
changed words, reordered paragraphs and reflowing. Only fingerprints are kept, never the text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from detectors.normalize import normalize

__all__ = ["K", "W", "Fingerprints", "fingerprint"]  # noqa: RUF022 (constants first)

K = 12  # characters per gram: about four Korean words or two English ones
W = 8  # window: any common run of W + K - 1 = 19 characters shares a fingerprint
MAX_TEXT_CHARS = 4_000_000
_WORD_RUN = re.compile(r"[^\W_]+")
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


def _stream(text: str) -> tuple[str, list[int], object]:
    norm = normalize(text[:MAX_TEXT_CHARS])
    folded = norm.text.casefold() if len(norm.text.casefold()) == len(norm.text) else norm.text.lower()
    chars: list[str] = []
    positions: list[int] = []
    for m in _WORD_RUN.finditer(folded):
        chars.append(m.group(0))
        positions.extend(range(m.start(), m.end()))
    return "".join(chars), positions, norm


def _selected(stream: str, key: bytes) -> list[tuple[int, int]]:
    """(gram index, keyed hash) of the winnowed grams.

    Vectorised with NumPy: a polynomial hash of every K-gram (mod 2**64, base derived from the key), the
    rightmost minimum of every window of W, then a keyed finaliser over the selected grams (about 2/(W+1) of
    them); no Python-level call per character.
    """
    import numpy as np

    n = len(stream) - K + 1
    if n <= 0:
        return []
    codes = np.frombuffer(stream.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    base = np.uint64(int.from_bytes(hashlib.blake2b(b"base", key=key[:64], digest_size=8).digest(), "big") | 1)
    rolling = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(K):
            rolling = rolling * base + codes[j : j + n]
    if n <= W:
        picks = [int(n - 1 - np.argmin(rolling[::-1]))]
    else:
        windows = np.lib.stride_tricks.sliding_window_view(rolling, W)
        rightmost = W - 1 - np.argmin(windows[:, ::-1], axis=1)
        idx = np.arange(len(rightmost)) + rightmost
        keep = np.ones(len(idx), dtype=bool)
        keep[1:] = idx[1:] != idx[:-1]
        picks = [int(i) for i in idx[keep]]
    # Key the selected grams: XOR with a key-derived word, then the splitmix64 finaliser, vectorised.
    k1, k2 = (
        int.from_bytes(hashlib.blake2b(tag, key=key[:64], digest_size=8).digest(), "big") for tag in (b"k1", b"k2")
    )
    x = rolling[np.array(picks, dtype=np.int64)] ^ np.uint64(k1)
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(_MIX1)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(_MIX2)
        x = x ^ (x >> np.uint64(31)) ^ np.uint64(k2)
    return list(zip(picks, x.view(np.int64).tolist(), strict=True))  # signed: fits a database BIGINT


def fingerprint(text: str, key: bytes) -> Fingerprints:
    stream, positions, norm = _stream(text)
    spans: dict[int, tuple[int, int]] = {}
    for idx, h in _selected(stream, key):
        if h in spans:
            continue
        start, end = positions[idx], positions[idx + K - 1] + 1
        spans[h] = norm.span(start, end) if norm.edits else (start, end)  # type: ignore[attr-defined]
    return Fingerprints(spans)
