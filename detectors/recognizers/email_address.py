"""E-mail addresses, EMAIL_ADDRESS.

Format: local@domain.tld (RFC 5322 dot-atom, the common subset): local part up to 64 characters of
letters, digits and ._%+-; domain labels up to 63 characters; the last label alphabetic, 2-24 letters.
No public-suffix download (Presidio's recognizer fetches one at first use): the TLD shape is checked locally.
Reference: https://www.rfc-editor.org/rfc/rfc5322#section-3.4.1
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from detectors.base import Document
from detectors.types import Entity, Finding

__all__ = ["EmailAddressRecognizer"]

# Matched only at '@' (the pattern starts with it), then the local part is walked back at most 64 characters.
# Linear: each label repetition starts with a literal dot and the label class has no dot.
# Internationalised addresses (김철수@회사.한국) may hold Hangul in the local part and the domain labels.
DOMAIN = re.compile(r"@([A-Za-z0-9가-힣](?:[A-Za-z0-9가-힣\-]{0,62})(?:\.[A-Za-z0-9가-힣\-]{1,63}){1,8})")
LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-") | frozenset(
    chr(c) for c in range(0xAC00, 0xD7A4)
)
# The Hangul top-level domains in the root zone; any other Hangul last label is a Korean word, not a domain.
HANGUL_TLDS = frozenset(("한국", "닷컴", "닷넷", "삼성"))
MAX_LOCAL = 64
MIN_TLD, MAX_TLD = 2, 24
TLD = re.compile(rf"[A-Za-z]{{{MIN_TLD},{MAX_TLD}}}")
SCORE = 0.9
# `user@host:path/...` after the domain: an SSH remote, not a mailbox.
SCP_PATH = re.compile(r":[A-Za-z0-9._~\-]{1,100}/")


class EmailAddressRecognizer:
    entity: ClassVar[Entity] = Entity.EMAIL_ADDRESS

    def validate(self, value: str) -> bool | None:
        local, _, domain = value.rpartition("@")
        if not local or len(local) > MAX_LOCAL or not DOMAIN.fullmatch("@" + domain):
            return False
        tld = domain.rsplit(".", 1)[-1]
        return None if TLD.fullmatch(tld) or tld in HANGUL_TLDS else False

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "@" not in text:
            return
        for m in DOMAIN.finditer(text):
            end = m.end()
            while text[end - 1] in ".-":
                end -= 1
            tld = text[m.start(1) : end].rpartition(".")[2]
            if not tld.isascii():
                end -= len(tld) - len(_particle_free(tld))  # hong@korea.kr로, 김철수@회사.한국으로: a particle follows
                tld = _particle_free(tld)
            if not ((MIN_TLD <= len(tld) <= MAX_TLD and tld.isascii() and tld.isalpha()) or tld in HANGUL_TLDS):
                continue  # validate() would refuse it: skip the walk back (hostile text is full of `a@b.a`)
            at = m.start()
            i = at
            while i > 0 and at - i < MAX_LOCAL and text[i - 1] in LOCAL_CHARS:
                i -= 1
            while i < at and text[i] in ".-":
                i += 1
            if i == at:
                continue
            if self.validate(text[i:end]) is False or SCP_PATH.match(text, end):
                continue  # not an address, or an scp-style remote (git@github.com:org/repo.git)
            yield Finding(self.entity, i, end, SCORE, type(self).__name__, None)


def _particle_free(label: str) -> str:
    """A last label with the Korean word glued after it removed: `kr로` -> `kr`, `한국으로` -> `한국`; unchanged when
    nothing Latin or no Hangul top-level domain starts it."""
    k = 0
    while k < len(label) and label[k].isascii():
        k += 1
    if k:
        return label[:k]
    return next((t for t in HANGUL_TLDS if label.startswith(t)), label)
