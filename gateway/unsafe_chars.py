"""The characters no name, id, filter or term may hold, defined once for every place such text comes in.

They are control characters (NUL and the rest of C0 and C1), lone surrogates, bidirectional formatting characters
and tag characters. PostgreSQL text holds no NUL and no lone surrogate, and its driver refuses a query carrying one
(red-team #10 finding 6: a plain 500). A right-to-left override renders a department reversed in the console, and
tag characters spell text that a model reads and a reader does not see.

Users of this module: the admin API and console (gateway/api/inputs.py), the justification header
(gateway/pipeline.py), the key store behind `dlpgate keys create`, the admin API and the console (gateway/auth.py),
and a registered document's title (gateway/documents.py). It imports nothing of the gateway, so the CLI can use it
without loading the request pipeline.
"""

from __future__ import annotations

import unicodedata

__all__ = ["UNSAFE_MESSAGE", "has_unsafe_char", "unsafe_char"]

UNSAFE_MESSAGE = "must not contain control characters (such as NUL) or bidirectional formatting characters"
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_TAGS = frozenset(map(chr, range(0xE0000, 0xE0080)))


def unsafe_char(ch: str) -> bool:
    """A control character (NUL and the rest of C0 and C1), a lone surrogate, a bidirectional formatting character
    or a tag character."""
    return unicodedata.category(ch) in ("Cc", "Cs") or ch in _BIDI_CONTROLS or ch in _TAGS


def has_unsafe_char(text: str, *, allowed: str = "") -> bool:
    """Whether `text` holds a character `unsafe_char` names, other than those in `allowed` (a console form allows
    line breaks and tabs)."""
    return any(unsafe_char(ch) and ch not in allowed for ch in text)
