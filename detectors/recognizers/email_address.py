"""E-mail addresses, EMAIL_ADDRESS.

Format: local@domain.tld (RFC 5322 dot-atom, the common subset): local part up to 64 characters of
letters, digits and ._%+-; domain labels up to 63 characters; the last label alphabetic, 2-24 letters.
No public-suffix download (Presidio's recognizer fetches one at first use): the TLD shape is checked locally.
Reference: https://www.rfc-editor.org/rfc/rfc5322#section-3.4.1

Internationalised addresses (RFC 6531, IDNA) hold letters of any script in the local part and the domain labels
(`müller@exämple.com`, `김철수@회사.한국`), and IDNA reads the ideographic and full-width full stops as dots; here the
middle dots `·` and `・` are read as dots between labels too (`minsu@korea·kr`). An address with a single-label
domain (`hong.gildong@intranet`) counts only right after an e-mail label (`메일:`, `e-mail`, `mailto:`): alone,
`user@host` is as often a login (`root@server:~$`) or a package pin. An scp-style remote
(`git@github.com:org/repo.git`, `kim@build.corp.kr:/srv/app`) names a login on a host, not a mailbox, and is left
alone, whoever the user is.
Reference: https://www.rfc-editor.org/rfc/rfc6531 , https://www.rfc-editor.org/rfc/rfc3490#section-3.1
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from detectors.base import Document
from detectors.types import Entity, Finding

__all__ = ["EmailAddressRecognizer", "placeholder_address"]

# Matched only at '@' (the pattern starts with it), then the local part is walked back at most 64 characters.
# Linear: each label repetition starts with a literal dot and the label class has no dot. A label is letters of any
# script, digits and hyphens ([^\W_] is a Unicode letter or digit).
DOTS = ".·・"
_LABEL = r"(?:[^\W_]|-)"
DOMAIN = re.compile(rf"@([^\W_]{_LABEL}{{0,62}}(?:[{DOTS}]{_LABEL}{{1,63}}){{1,8}})")
_DOT = re.compile(f"[{DOTS}]")
LOCAL_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
# Kana and CJK ideographs: scripts written without spaces between words, where the walk back over letters would take
# the sentence before an address (`メールはtanaka@...`, `邮箱zhang@...`) as its local part.
UNSPACED = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
# The Hangul top-level domains in the root zone; any other Hangul last label is a Korean word, not a domain.
HANGUL_TLDS = frozenset(("한국", "닷컴", "닷넷", "삼성"))
MAX_LOCAL = 64
MIN_TLD, MAX_TLD = 2, 24
TLD = re.compile(rf"[A-Za-z]{{{MIN_TLD},{MAX_TLD}}}")
SCORE = 0.9
# `user@host:path/...` after the domain: an SSH remote, not a mailbox.
SCP_PATH = re.compile(r":[A-Za-z0-9._~\-]{1,100}/")
# A single-label domain (an intranet host), then no dot, `:`, `/` or `@` going on: not `root@server:~$`, not a pin.
SINGLE_LABEL = re.compile(r"@([A-Za-z][A-Za-z0-9\-]{0,62})(?![A-Za-z0-9\-@:/]|[.·・][^\W_])")
SINGLE_LABEL_SCORE = 0.85
# The e-mail label right before such an address (`메일: `, `e-mail `, `이메일은 `, `Email: <`, `mailto:`).
MAIL_LABEL = re.compile(
    r"(?i)(?:(?<![A-Za-z])(?:e-?mail|mail(?:to)?)(?:\s?address)?|이?메일(?:\s?주소)?)\s?(?:[:：=]|은|는|이|로)?\s?[<(\[\"']?$"
)
MAX_LABEL_REACH = 24  # characters before the local part searched for MAIL_LABEL
# Domains reserved for documentation and testing (RFC 2606, RFC 6761): example.com, .net and .org and every name
# under the .example, .test, .invalid and .localhost top-level domains. No mailbox there belongs to anyone.
# Only a generic local part there makes a placeholder (`user@example.com`, `admin@example.com`, `your.name@...`,
# `test01@...`): reported below the blocking score. A realistic personal one (`kim.minsu@example.com`) stays an
# address: people swap the real domain for example.com when they paste a customer record or test fixture into a
# prompt, and the local part, often the person's name or handle, is the part that identifies them. A name's shape
# counts as personal even when it is the stock one (`jane.doe [at] example [dot] com`, written in disguise in the
# corpus: nobody disguises a placeholder).
# Reference: https://www.rfc-editor.org/rfc/rfc2606 , https://www.rfc-editor.org/rfc/rfc6761
RESERVED_DOMAINS = frozenset(("example.com", "example.net", "example.org"))
RESERVED_TLDS = frozenset(("example", "test", "invalid", "localhost"))
GENERIC_LOCALS = frozenset(
    """user username users admin administrator root test tester testing name yourname your.name your_name
    firstname.lastname first.last firstname lastname you me someone somebody anyone email mail e-mail info contact
    hello support sales noreply no-reply no_reply foo bar foobar example sample demo dummy fake abc xxx xyz account
    member customer person jobs job careers career recruit recruiting hr help office team staff billing press
    webmaster postmaster security privacy claims orders service feedback inquiries enquiries admissions
    john.doe jane.doe johndoe janedoe john_doe jane_doe j.doe john.smith jane.smith""".split()
)
# Names that stand for "some domain" in samples (test@test.com, xxx@xxx.com, user@domain.com, your@company.com): a
# generic local part there is as much a placeholder as at a reserved domain, though the names may be registered.
PLACEHOLDER_DOMAIN_LABELS = frozenset(
    """test testing domain yourdomain mydomain company yourcompany example sample dummy fake foo bar xxx abc xyz
    email mail site website""".split()
)
_TRAILING_DIGITS = re.compile(r"[0-9]+$")
SCORE_PLACEHOLDER = 0.3
# A Message-ID or In-Reply-To header, or a mail log's message-id= field, right before the address-shaped id.
MESSAGE_ID_BEFORE = re.compile(r"(?i)(?:message-id|in-reply-to|references)[ \t]*[:=][ \t]*<?$")
MESSAGE_ID_REACH = 20
# A SIP or tel URI's user part that is a telephone number (sip:+447700182455@…, sip:01052813344@pbx…; RFC 3261
# section 19.1.6): the number is the datum, left to the phone recognizer.
SIP_SCHEME = re.compile(r"(?i)(?:sips?|tel):$")
SIP_REACH = 5
NUMBER_USER = re.compile(r"\+?[0-9][0-9\-.]{5,30}")


class EmailAddressRecognizer:
    entity: ClassVar[Entity] = Entity.EMAIL_ADDRESS

    def validate(self, value: str) -> bool | None:
        local, _, domain = value.rpartition("@")
        if not local or len(local) > MAX_LOCAL or not DOMAIN.fullmatch("@" + domain):
            return False
        tld = _DOT.split(domain)[-1]
        return None if TLD.fullmatch(tld) or tld in HANGUL_TLDS else False

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "@" not in text:
            return
        for m in DOMAIN.finditer(text):
            domain = m.group(1)
            if domain.isascii() and domain[-1] != "-":  # the common case, inline: the last label is the TLD
                tld = domain.rpartition(".")[2]
                end = m.end()
                if not (MIN_TLD <= len(tld) <= MAX_TLD and tld.isalpha()):
                    continue  # validate() would refuse it: skip the walk back (hostile text is full of `a@b.a`)
            else:  # middle dots, a Korean particle or a Hangul TLD, a hyphen at the end
                found = _domain_end(text, *m.span(1))
                if found is None:
                    continue
                end = found
            i = _local_start(text, m.start())
            if i == m.start():
                continue
            if self.validate(text[i:end]) is False or SCP_PATH.match(text, end):
                continue  # not an address, or an scp-style remote (git@github.com:org/repo.git)
            if NUMBER_USER.fullmatch(text, i, m.start()) and SIP_SCHEME.search(text, max(0, i - SIP_REACH), i):
                continue  # sip:+447700182455@sip.example.net: a telephone number at a SIP server (the phone's)
            if MESSAGE_ID_BEFORE.search(text, max(0, i - MESSAGE_ID_REACH), i):
                continue  # message-id=<20250313020217.1182@mail.example.kr>: a message's id, no mailbox
            score = SCORE_PLACEHOLDER if placeholder_address(text[i:end]) else SCORE
            yield Finding(self.entity, i, end, score, type(self).__name__, None)
        if "mail" in doc.lower or "메일" in text:
            yield from self._single_label(text)

    def _single_label(self, text: str) -> Iterator[Finding]:
        """`hong.gildong@intranet` right after an e-mail label. A label sits within MAX_LABEL_REACH characters of the
        local part, so the search costs a bounded amount per `@` (hostile `a@b a@b ...` included)."""
        for m in SINGLE_LABEL.finditer(text):
            end = m.end()
            while text[end - 1] == "-":
                end -= 1
            i = _local_start(text, m.start())
            if i == m.start() or not MAIL_LABEL.search(text[max(0, i - MAX_LABEL_REACH) : i]):
                continue
            yield Finding(self.entity, i, end, SINGLE_LABEL_SCORE, type(self).__name__, None)


def placeholder_address(address: str) -> bool:
    """A generic local part at a domain reserved for examples (see RESERVED_DOMAINS): `user@example.com`,
    `test01@shop.test`, or at a sample domain (`test@test.com`, `xxx@xxx.com`); not `kim.minsu@example.com`, not
    `user@naver.com`, not `kim@test.com`."""
    local, _, domain = address.lower().rpartition("@")
    labels = _DOT.split(domain)
    reserved = labels[-1] in RESERVED_TLDS or ".".join(labels[-2:]) in RESERVED_DOMAINS
    reserved = reserved or (len(labels) == 2 and labels[0] in PLACEHOLDER_DOMAIN_LABELS)
    return reserved and _TRAILING_DIGITS.sub("", local) in GENERIC_LOCALS


def _domain_end(text: str, start: int, end: int) -> int | None:
    """Where the domain DOMAIN matched at text[start:end] ends, or None when its last label is no top-level domain.
    A Korean particle glued to the last label is left out (hong@korea.kr로, 김철수@회사.한국으로). A middle dot is read
    as a dot only where that gives an address: `hong@korea.kr·010-1234-5678` (an item separator) ends at `kr`, and
    `hong@korea.kr·kim@naver.com` holds two addresses."""
    another = text[end : end + 1] == "@"
    while text[end - 1] == "-":
        end -= 1
    domain = text[start:end]
    middle = "·" in domain or "・" in domain
    if middle and another:
        domain = domain[: max(domain.rfind("·"), domain.rfind("・"))]
    while True:
        if _DOT.search(domain) is None:
            return None  # one label left (hong@korea·kim@...): no e-mail label said so
        tld = (_DOT.split(domain) if middle else domain.rsplit(".", 1))[-1]
        if not tld.isascii():
            free = _particle_free(tld)
            domain, tld = domain[: len(domain) - len(tld) + len(free)], free
        if (MIN_TLD <= len(tld) <= MAX_TLD and tld.isascii() and tld.isalpha()) or tld in HANGUL_TLDS:
            return start + len(domain)
        cut = max(domain.rfind("·"), domain.rfind("・")) if middle else -1
        if cut < 0:
            return None
        domain = domain[:cut].rstrip("-")


def _local_start(text: str, at: int) -> int:
    """Where the local part before the `@` at `at` starts: at most MAX_LOCAL characters of letters (of scripts
    written with spaces: `müller`, `김철수`, `иван`), digits and ._%+-, not starting with a dot or hyphen, Hangul
    or Latin letters but not both (`주소kim@…`, a word glued before the address, is no part of it); `at` when
    there is none."""
    i = at
    hangul = None  # whether the local part is Hangul: one does not mix Hangul and ASCII (메일은kim@…: 메일은 stays out)
    while i > 0 and at - i < MAX_LOCAL:
        c = text[i - 1]
        if c not in LOCAL_ASCII and not (c.isalpha() and UNSPACED.match(c) is None):
            break
        if c.isalpha():
            if hangul is None:
                hangul = "가" <= c <= "힣"
            elif hangul != ("가" <= c <= "힣"):
                break
        i -= 1
    while i < at and text[i] in ".-":
        i += 1
    return i


def _particle_free(label: str) -> str:
    """A last label with the Korean word glued after it removed: `kr로` -> `kr`, `한국으로` -> `한국`; unchanged when
    nothing Latin or no Hangul top-level domain starts it."""
    k = 0
    while k < len(label) and label[k].isascii():
        k += 1
    if k:
        return label[:k]
    return next((t for t in HANGUL_TLDS if label.startswith(t)), label)
