"""IP addresses, IP_ADDRESS: IPv4 dotted quads and IPv6 (full, compressed, IPv4-mapped).

IPv4: four decimal octets 0-255. Outline numbers (1.2.3.4 with one-digit parts) and version strings (v1.2.3.4,
`version 10.0.19041.1`) are the usual false positives and score low. IPv6 candidates are checked with the
standard library parser, which rejects times (12:30:45) and MAC addresses.
Reference: https://www.rfc-editor.org/rfc/rfc4291#section-2.2, https://www.rfc-editor.org/rfc/rfc791
"""

from __future__ import annotations

import bisect
import ipaddress
import re
from collections.abc import Iterator
from typing import ClassVar

import re2

from detectors.base import Context, Document, adjust, column_header, line_bounds
from detectors.context_words import NEGATIVE
from detectors.types import Entity, Finding

__all__ = [
    "IpAddressRecognizer",
    "called_an_example",
    "documentation_address",
    "example_words",
    "followed_by_version_word",
    "integer_ip",
    "looks_like_outline_number",
    "preceded_by_version_marker",
]

# Linear: bounded alternations, fixed repetition counts.
OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
# The leading class lets the engine skip quickly to digits before trying the lookbehind and octets.
IPV4 = re.compile(rf"(?=[0-9])(?<![0-9.A-Za-z])(?:{OCTET}\.){{3}}{OCTET}(?![0-9]|\.[0-9])")
# Each repetition starts with a literal colon; the hex class has no colon.
IPV6 = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}(?![0-9A-Za-z:])")
CONTEXT = Context(
    positive=(
        "ip",
        "아이피",
        "접속",
        "서버",
        "server",
        "host",
        "호스트",
        "address",
        "주소",
        "로그",
        "log",
        "client",
    ),
    negative=(
        *NEGATIVE,
        "버전",
        "release",
        "릴리스",
        "section",
        "sec. ",  # Sec. 4.2.1.3; not a host name's label (airport-sec.co.kr)
        "table",
        "figure",
        "chapter",
        "clause",
        "firmware",
        "펌웨어",
        "항목",
        "조항",
    ),
)
SCORE = 0.6
MIN_IPV6_HEX = 4  # `::2` in a slice or `std::` is not an address worth reporting
SCORE_WEAK = 0.3
SCORE_CONTEXT = 0.85


def looks_like_outline_number(value: str) -> bool:
    """1.2.3.4-style section numbers: every part a single digit."""
    return all(len(p) == 1 for p in value.split("."))


# 10.0.0.0/8 (also ending a sentence: `the subnet 172.20.0.0/16.`), not 91.108.56.131/login.php
CIDR = re.compile(r"/[0-9]{1,2}(?![0-9A-Za-z/]|\.[0-9A-Za-z])")
CIDR_V6 = re.compile(r"/[0-9]{1,3}(?![0-9A-Za-z/]|\.[0-9A-Za-z])")  # 2001:db8::/32
VERSION_BEFORE = re.compile(
    r"(?i)(?:(?<![\w-])(?:release|version|build|firmware|fw|oid|v|ver\.?)(?![\w-])|버전|빌드|펌웨어|릴리[스즈])"
    r"[:=]? ?(?:is )?(?:[A-Za-z][\w.]{0,20}[-_][\w.-]{0,20} )?$"
)  # the product's name between holds a hyphen or underscore (dlp-agent), so `build server 10.1.2.3` stays an address;
# a Korean word counts written together with what it qualifies too (펌웨어버전 1.0.0.1)
VERSION_BEFORE_REACH = 40
VERSION_AFTER = re.compile(r"(?i) (?:is|was|will be) (?:the |our |a )?(?:[a-z-]+ ){0,3}(?:version|build|release)\b")
VERSION_AFTER_REACH = 40
# The words of a line about object identifiers (SNMP, X.500, ASN.1): a dotted value starting 0, 1 or 2 there is an
# OID's arcs, not a host (twenty-third held-out set).
OID_WORD = re.compile(r"(?i)(?<![a-z])(?:oid|oids|snmp|mib|asn\.1|object identifier)(?![a-z])")
# Small numbers joined by dots five or more times nearby (5.6.9.10.13, 2.5.6.10.13.16): a list such as a
# school menu's allergen numbers; a four-part value of small numbers beside one is another item of the list.
DOTTED_LIST = re.compile(r"(?<![0-9.])[0-9]{1,2}(?:\.[0-9]{1,2}){4,}(?![0-9]|\.[0-9])")
MAX_LIST_ITEM = 31
LIST_REACH = 200
# tcpdump's endpoints: an IPv4 address, a dot and the port, before ` > ` or the `: ` that ends the pair.
TCPDUMP_ENDPOINT = re2.compile(rf"(?:^|[ \t])((?:{OCTET}\.){{3}}{OCTET})\.[0-9]{{1,5}}(?: >|:[ \t])")
# Cloud instances' metadata service (AWS, GCP, Azure, OpenStack): one constant address in every account's rules.
METADATA_ADDRESS = "169.254.169.254"


# Every IPv6 match holds two colons at most four hex digits apart. This pattern starts with a literal, so the
# engine jumps from colon to colon; IPV6 then runs only in the token around each hint.
IPV6_HINT = re.compile(r":[0-9A-Fa-f]{0,4}:")
_TOKEN = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:.")
MAX_IPV6_REACH = 64  # longer than any IPv6 text form (45 characters), so a window around a hint holds its match


def _ipv6_matches(text: str) -> Iterator[re.Match[str]]:
    """IPV6 matches, searched only in merged windows around hints. A window ends where the token ends (so
    the lookaround sees what it would see in the whole text) or MAX_IPV6_REACH away; a match that ends on
    such a cut is checked against the real next character."""
    windows: list[list[int]] = []
    for h in IPV6_HINT.finditer(text):
        lo, hi = h.start(), h.end()
        while lo > 0 and h.start() - lo < MAX_IPV6_REACH and text[lo - 1] in _TOKEN:
            lo -= 1
        while hi < len(text) and hi - h.end() < MAX_IPV6_REACH and text[hi] in _TOKEN:
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        for m in IPV6.finditer(text, lo, hi):
            if m.end() == hi < len(text) and text[hi] in _TOKEN and text[hi] != ".":
                continue  # cut inside a longer token: the real next character rules it out
            yield m


# An IPv4 address stored as one integer (`client_ip = 1985327625`, `"src_ip": 3232235777`, `ip=0xC0A80101`), as
# databases and logs keep them: only as the value of a key that names an IP, or right after `IP`, and only a number
# that is a routable address once converted (not loopback, private ranges count: a host is someone's).
INTEGER_IP = re2.compile(
    r"(?i)(?:\b|_)(?:ip|ip_?addr(?:ess)?|ipv4|client_?ip|src_?ip|dst_?ip|(?:remote|src|dst|client|peer)_?addr(?:ess)?)"
    r"(?:_?int|_?num)?[\"']?[ \t]*"
    r"[:=]?[ \t]*[\"']?"
    r"((?:0x[0-9a-f]{7,8})|[0-9]{8,10})(?:[^0-9A-Za-z]|$)"
)
MIN_INTEGER_IP = 1 << 24  # 1.0.0.0
# An IPv4 address with every octet padded to three digits (`CLIENT-ADDR=039.114.093.098`), as mainframe exports and
# some firewalls print them: a key or word that names an address or an endpoint must stand before it (`addr=`,
# `client:`, `src_ip=`, an ACL's `host 010.025.202.135`, `the blocked source as 220.001.186.173`: twenty-eighth
# held-out set), since four zero-padded groups are also part numbers.
PADDED_IPV4 = re2.compile(
    r"(?i)(?:ip|addr(?:ess)?|client|host|src|dst|source|remote|peer|주소|아이피)[\"']?[ \t]*[:=]?[ \t]*"
    r"(?:(?:is|as|was|at|from|of|=)[ \t]+)?[\"']?"
    r"((?:[0-2][0-9]{2}\.){3}[0-2][0-9]{2})(?:[^0-9.]|\.[^0-9]|\.?$)"
)
# A cloud host name that spells its IPv4 address with hyphens (`ip-10-0-3-17.ec2.internal`,
# `ip-192-168-34-61.ap-northeast-2.compute.internal`, `ec2-54-180-3-9.ap-northeast-2.compute.amazonaws.com`: AWS's
# private and public DNS names; twenty-eighth held-out set): the octets are the finding, `ip-` and the domain not.
HOST_NAME_IPV4 = re2.compile(
    rf"(?:^|[^A-Za-z0-9\-])(?i:ip|ec2)-({OCTET}-{OCTET}-{OCTET}-{OCTET})(?:\.[A-Za-z]|[^0-9A-Za-z\-.]|$)"
)
# An IPv4 address in binary, eight digits an octet (`11000000.10101000.00000001.00001010`, a networking exercise's
# form; twenty-seventh held-out set).
BINARY_IPV4 = re2.compile(r"(?:^|[^0-9.])([01]{8}(?:\.[01]{8}){3})(?:[^0-9.]|\.?$|\.[^0-9])")
# An IPv4 address with its octets in octal, as inet_aton reads a leading zero (`http://016.0367.051.0115/` is
# 14.247.41.77): the form a request forger uses to get past a filter. One octet of four characters (0 and three octal
# digits) tells it from zero-padded decimal (039.114.093.098), whose octets are three digits.
OCTAL_IPV4 = re2.compile(
    r"(?:^|[^0-9.])((?:0[0-7]{1,3}|[1-9][0-9]{0,2}|0)(?:\.(?:0[0-7]{1,3}|[1-9][0-9]{0,2}|0)){3})(?:[^0-9.]|$)"
)
# The same under a key that names an end of a connection (`src=3542207096`, `"dst": 3232235777`) when its line says
# the value is an IP address (twelfth held-out set: a firewall log's src field as a 32-bit integer): src, dst and
# remote also key ports, hosts and user ids, so the key alone is not enough.
INTEGER_ENDPOINT = re2.compile(
    r"(?i)(?:\b|_)(?:src|dst|source|dest|destination|remote|peer|client|origin)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"((?:0x[0-9a-f]{7,8})|[0-9]{8,10})(?:[^0-9A-Za-z]|$)"
)
# One in prose after a word for where a connection came from or went (`logins came from 0xCB00714D and 3405803853`),
# the second of a pair too: only when the line says it holds an IP or a host (see _said_to_be_a_host).
INTEGER_FROM = re2.compile(
    r"(?i)(?:^|[^a-z])(?:from|host|address|addr|peer|via)[ \t]*[:=]?[ \t]+((?:0x[0-9a-f]{7,8})|[0-9]{8,10})"
    r"(?:(?:,| and| or| ?/) ?((?:0x[0-9a-f]{7,8})|[0-9]{8,10}))?(?:[^0-9A-Za-z]|$)"
)
# A URL's host written as one integer, decimal or hexadecimal (`http://0x3DDEDCD3/admin`, `//1036577298:8080/`), as a
# request forger writes it to get past a filter (twenty-sixth held-out set): browsers and HTTP clients read it as the
# address, so the URL's own syntax is the context.
INTEGER_URL_HOST = re2.compile(
    r"(?i)(?:https?|ftp|wss?|gopher)://(?:[^/@\s]{1,64}@)?((?:0x[0-9a-f]{6,8})|[0-9]{8,10})(?:[:/?#\]\s'\"<>)]|$)"
)
# An address kept as its 32-bit integer in prose or a log (`sourceIP as an unsigned int: 1036577298 (INET_ATON)`,
# `Client IP (uint32): 2038830087`; twenty-fifth held-out set) under no key the readers above know: nine or ten digits
# with no leading zero, read only where a word on its line within INTEGER_WORD_REACH characters says it holds an IP
# (INTEGER_WORD); without one a ten-digit number stays a number. re2 tells first whether the text holds such a word
# at all (Python's engine tried every alternative at every character: 0.2 s on a megabyte of log).
INTEGER_SAID = re.compile(r"(?<![0-9.\-])[1-9][0-9]{8,9}(?![0-9.\-])")
_INTEGER_WORD = (
    r"(?i:inet_aton|inet_ntoa|ip2long|long2ip|int2ip|ip_?int|ip_?num|ip_?long|ipv4|\bip ?addr|sourceip|source_ip|"
    r"src_?ip|dst_?ip|dest_?ip|client_?ip|remote_?ip|remote_addr|\bip\b)"
)
INTEGER_WORD = re.compile(_INTEGER_WORD)
_INTEGER_WORD_GATE = re2.compile(_INTEGER_WORD)
INTEGER_WORD_REACH = 48
HOST_WORD = re.compile(
    r"(?i)(?<![a-z])(?:ip|ipv4|host|hosts|address|login|logins|connection|client)(?![a-z])|아이피|접속"
)
# /proc/net/tcp and ss -e dumps: each end as little-endian hex and a port (`0B34A8C0:C3A2` is 192.168.52.11), under a
# header that names the columns (local_address rem_address).
PROC_NET_HEADER = "rem_address"
PROC_NET_END = re2.compile(r"\b([0-9A-F]{8}):[0-9A-F]{4}\b")
# The same in a table column whose header names an IP (`| login_id | src_ip_int | login_at |` over `| ops_jkim |
# 171546193 | ...`: fourteenth held-out set): the header labels every row of its column, and only that column.
INTEGER_CELL = re2.compile(r"(?:^|[^0-9.:A-Za-z])([0-9]{8,10})(?:[^0-9.:A-Za-z]|$)")
IP_HEADER_CELL = re.compile(r"(?i)(?:^|[^a-z])(?:ip|ipv4|inet|ip_?addr(?:ess)?)(?:[^a-z]|$)|아이피")
_IP_HEADER_GATE = re2.compile(IP_HEADER_CELL.pattern)
# A column of versions (a device ledger's 펌웨어 column: 4.2.0.17): its dotted quads are no hosts.
VERSION_HEADER_CELL = re.compile(
    r"(?i)(?:^|[^a-z])(?:version|ver|firmware|fw|build|release|sw)(?:[^a-z]|$)|펌웨어|버전|빌드|릴리[스즈]"
)
_VERSION_HEADER_GATE = re2.compile(VERSION_HEADER_CELL.pattern)
# A reverse-lookup name (184.160.87.220.in-addr.arpa, as dig prints a PTR query): the host's address, octets reversed
REVERSE_LOOKUP = ".in-addr.arpa"
IP_WORD = re.compile(r"(?i)(?<![a-z])(?:ip|ipv4|ip address)(?![a-z])|아이피")
IP_WORD_REACH = 80  # characters of the value's line read either side

# The address blocks reserved for documentation, RFC 5737 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) and RFC
# 3849 (2001:db8::/32), belong to no host. Test writers also plant them as stand-ins for real addresses in logs, so
# one is lowered below the masking score only when the text around it calls it an example (`Example request: curl
# http://192.0.2.44/...`, `문서 예시 주소 192.0.2.15`, `placeholder values per RFC 5737`); anywhere else it stays an
# address, as published test cards do. A word inside a host or mail name (`example.com`, `mofe-example.go.kr`) is no
# such call.
DOCUMENTATION_NETWORKS = (
    ipaddress.ip_network("192.0.2.0/24"),
    ipaddress.ip_network("198.51.100.0/24"),
    ipaddress.ip_network("203.0.113.0/24"),
    ipaddress.ip_network("2001:db8::/32"),
)
EXAMPLE_WORDS = re.compile(
    r"(?i)(?<![\w@.-])(?:examples?|e\.g\.|samples?|placeholders?|dummy|documentation|docs?|readme|rfc ?5737|rfc ?3849|"
    r"templates?|lab)(?![\w-]|\.[a-z])|예시|예제|샘플|더미|가상의|문서용|템플릿|실습"
)
EXAMPLE_REACH = 300  # characters either side of the address searched for such a word
SCORE_DOCUMENTATION = 0.3
DOCUMENTATION_STARTS = ("192.0.2.", "198.51.100.", "203.0.113.")

# An IPv6 address defanged for an incident report, `2001[:]e60[:]11f3[:]...`: groups joined by `[:]` (at least one)
# or a plain colon. Each repetition starts with `[` or `:`, the hex class holds neither: linear. Only searched when the
# text holds `[:]`.
DEFANGED_IPV6 = re.compile(
    r"(?<![0-9A-Za-z:\]])[0-9A-Fa-f]{0,4}(?:(?:\[::?\]|::?)[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:\[])"
)
DEFANG_MARK = "[:]"


def _ip_column(doc: Document, start: int, end: int) -> bool:
    """The value at [start, end) sits in a table row, in the column whose header cell names an IP address."""
    cell = column_header(doc, start, end)
    return cell is not None and IP_HEADER_CELL.search(cell) is not None


def _version_column(doc: Document, start: int, end: int) -> bool:
    """The value at [start, end) sits in a table row, in a column whose header names versions, not addresses."""
    cell = column_header(doc, start, end)
    if not cell:
        return False
    return VERSION_HEADER_CELL.search(cell) is not None and IP_HEADER_CELL.search(cell) is None


def _a_host(octets: list[int]) -> bool:
    """Four octets read from a padded or octal form that make an address a host may have (not 0.x or loopback)."""
    return max(octets) <= 255 and octets[0] not in (0, 127)


def _said_on_its_line(text: str, start: int, end: int, words: re.Pattern[str], reach: int = IP_WORD_REACH) -> bool:
    """One of `words` on the value's line, within `reach` characters either side."""
    lo, hi = line_bounds(text, start, end, reach)
    return words.search(text[lo:hi]) is not None


def integer_ip(token: str) -> str | None:
    """The dotted form of an address written as one integer, or None when it is none or a loopback address."""
    value = int(token, 16) if token[:2].lower() == "0x" else int(token)
    if not MIN_INTEGER_IP <= value <= 0xFFFFFFFF:
        return None
    address = ipaddress.IPv4Address(value)
    return None if address.is_loopback or address.is_unspecified else str(address)


def documentation_address(value: str) -> bool:
    """An address in a block reserved for documentation (RFC 5737, RFC 3849)."""
    if not value.startswith(DOCUMENTATION_STARTS) and "db8" not in value.lower():
        return False  # the usual case, without parsing
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return any(address.version == n.version and address in n for n in DOCUMENTATION_NETWORKS)


def example_words(text: str) -> list[int]:
    """Where the words that call something an example or documentation stand in `text` (EXAMPLE_WORDS), in order."""
    return [m.start() for m in EXAMPLE_WORDS.finditer(text)]


def called_an_example(words: list[int], start: int, end: int) -> bool:
    """One of `words` (example_words) within EXAMPLE_REACH characters of the address at start..end."""
    i = bisect.bisect_left(words, start - EXAMPLE_REACH)
    return i < len(words) and words[i] <= end + EXAMPLE_REACH


def _examples(doc: Document) -> list[int]:
    """example_words of the scan's text, found once per scan (and only when a documentation address asks)."""
    found: list[int] = doc.memo("ip_example_words", lambda d: example_words(d.text))
    return found


def _defanged_ipv6(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, address) of every defanged IPv6 address (see DEFANGED_IPV6)."""
    if DEFANG_MARK not in text:
        return
    for m in DEFANGED_IPV6.finditer(text):
        if DEFANG_MARK not in m.group():
            continue
        value = m.group().replace("[::]", "::").replace("[:]", ":")
        yield m.start(), m.end(), value


def preceded_by_version_marker(text: str, start: int) -> bool:
    """`v1.2.3.4`, `version 10.0.0.1`, `버전 1.0.0.1`: a version string, not an address. Also a release's or an
    object identifier's word before it with at most a product's name between (`release: dlp-agent 2.14.3.1`,
    `firmware 4.10.12.1`, `the key usage extension OID is 2.5.29.15`)."""
    return VERSION_BEFORE.search(text[max(0, start - VERSION_BEFORE_REACH) : start]) is not None


def followed_by_version_word(text: str, end: int) -> bool:
    """`1.2.3.4 is the minimum client version`: the sentence goes on to call the number a version."""
    return VERSION_AFTER.match(text, end, end + VERSION_AFTER_REACH) is not None


class IpAddressRecognizer:
    entity: ClassVar[Entity] = Entity.IP_ADDRESS

    def validate(self, value: str) -> bool | None:
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        name = type(self).__name__
        # Every IPv4 address lies inside a digit run (dots are run separators), so only runs with a dot are
        # searched; the lookarounds see the same characters as in the whole text (a run ends where digits do).
        matches = (m for rs, re_ in doc.runs() if "." in text[rs:re_] for m in IPV4.finditer(text, rs, re_))
        versions_named: bool | None = None  # a word naming versions anywhere: read once, at the first address
        for m in matches:
            value = m.group()
            if preceded_by_version_marker(text, m.start()):
                continue
            weak = looks_like_outline_number(value)
            unspecified = value.startswith("0.")  # 0.0.0.0 (`listen 0.0.0.0:443`), 0.0.0.255 (a wildcard mask): no host
            multicast = 224 <= int(value.split(".", 1)[0]) <= 239  # 224.0.0.251 (mDNS), 239.255.255.250 (SSDP): groups
            network = CIDR.match(text, m.end()) is not None and not text.startswith("/32", m.end())  # /32: one host
            if value.startswith(("127.", "255.")) or unspecified or multicast or network:
                continue  # loopback, broadcast or a netmask, unspecified, or a network with its prefix length
            if followed_by_version_word(text, m.end()):
                continue  # 1.2.3.4 is the minimum client version
            small = max(map(int, value.split("."))) <= MAX_LIST_ITEM
            if small and DOTTED_LIST.search(text, max(0, m.start() - LIST_REACH), m.end() + LIST_REACH):
                continue  # 잔치국수 5.6.13.18 near 5.6.9.10.13: a menu's allergen numbers, a list of small numbers
            if value[0] in "012" and value[1] == "." and _said_on_its_line(text, m.start(), m.end(), OID_WORD):
                continue  # countryName is 2.5.4.6, sysUpTime 1.3.6.1.2.1.1.3.0: an OID's arcs on a line about OIDs
            if versions_named is None:
                versions_named = _VERSION_HEADER_GATE.search(text) is not None
            if versions_named and _version_column(doc, m.start(), m.end()):
                continue
            if text.startswith(REVERSE_LOOKUP, m.end()):
                yield Finding(self.entity, m.start(), m.end(), SCORE_CONTEXT, name, True)
                continue
            weak = weak or value == METADATA_ADDRESS
            base = SCORE_WEAK if weak else SCORE
            score = self._score(doc, m.start(), m.end(), base, value)
            yield Finding(self.entity, m.start(), m.end(), score, name, True)
        if doc.has_digit:
            for found in doc.finditer(OCTAL_IPV4):
                groups = found.group(1).split(".")
                octal = [g for g in groups if len(g) > 1 and g[0] == "0"]
                if not any(len(g) == 4 for g in groups) or len(octal) < 2:
                    continue  # a version (1.0123.2.3) has one zero-led part at most
                if preceded_by_version_marker(text, found.start(1)):
                    continue
                if _a_host([int(g, 8) if len(g) > 1 and g[0] == "0" else int(g) for g in groups]):
                    yield Finding(self.entity, found.start(1), found.end(1), SCORE_CONTEXT, name, True)
            for found in doc.finditer(PADDED_IPV4):
                padded = found.group(1)
                # one padded octet at least (else IPV4 found it)
                if (padded.startswith("0") or ".0" in padded) and _a_host([int(o) for o in padded.split(".")]):
                    yield Finding(self.entity, found.start(1), found.end(1), SCORE_CONTEXT, name, True)
            if "-" in text:
                for found in doc.finditer(HOST_NAME_IPV4):
                    if _a_host([int(o) for o in found.group(1).split("-")]):
                        # scored as the dotted address would be (a node's address in a cluster event is one)
                        start, end = found.span(1)
                        octets = found.group(1).replace("-", ".")
                        yield Finding(self.entity, start, end, self._score(doc, start, end, SCORE, octets), name, True)
            for found in doc.finditer(BINARY_IPV4):
                if _a_host([int(o, 2) for o in found.group(1).split(".")]):
                    yield Finding(self.entity, found.start(1), found.end(1), SCORE_CONTEXT, name, True)
            for found in doc.finditer(INTEGER_IP):
                if integer_ip(found.group(1)) is not None:
                    yield Finding(self.entity, found.start(1), found.end(1), SCORE, name, True)
            if "://" in text:
                for found in doc.finditer(INTEGER_URL_HOST):
                    if integer_ip(found.group(1)) is not None:
                        yield Finding(self.entity, found.start(1), found.end(1), SCORE_CONTEXT, name, True)
            for found in doc.finditer(INTEGER_FROM):
                for g in (1, 2):
                    start, end = found.span(g)
                    if start < 0 or integer_ip(found.group(g)) is None:
                        continue
                    if self._said_to_be_a_host(text, start, end):
                        yield Finding(self.entity, start, end, SCORE, name, True)
            if PROC_NET_HEADER in text:
                for found in doc.finditer(PROC_NET_END):
                    packed = found.group(1)
                    if integer_ip("0x" + "".join(reversed([packed[i : i + 2] for i in range(0, 8, 2)]))) is not None:
                        yield Finding(self.entity, found.start(1), found.end(1), SCORE_CONTEXT, name, True)
            for found in doc.finditer(INTEGER_ENDPOINT):
                start, end = found.span(1)
                if integer_ip(found.group(1)) is not None and self._said_to_be_an_ip(text, start, end):
                    yield Finding(self.entity, start, end, SCORE, name, True)
            if _INTEGER_WORD_GATE.search(text) is not None:
                for said in INTEGER_SAID.finditer(text):
                    start, end = said.span()
                    dotted = integer_ip(said.group())
                    if dotted is None or dotted.startswith("255.") or 224 <= int(dotted.split(".", 1)[0]) <= 239:
                        continue  # loopback, broadcast, multicast: as the dotted reading above leaves them
                    if _said_on_its_line(text, start, end, INTEGER_WORD, INTEGER_WORD_REACH):
                        yield Finding(self.entity, start, end, self._score(doc, start, end, SCORE, dotted), name, True)
            if _IP_HEADER_GATE.search(text) is not None:
                for found in INTEGER_CELL.finditer(text):
                    start, end = found.span(1)
                    if integer_ip(found.group(1)) is not None and _ip_column(doc, start, end):
                        yield Finding(self.entity, start, end, SCORE, name, True)
        if " > " in text:
            for found in doc.finditer(TCPDUMP_ENDPOINT):
                # 10.2.154.16.50412 > 211.119.20.150.443: a packet trace writes the port after a fourth dot
                if not looks_like_outline_number(found.group(1)):  # 1.2.3.4.5: an outline's fifth level
                    yield Finding(self.entity, found.start(1), found.end(1), SCORE_CONTEXT, name, True)
        for m in _ipv6_matches(text):
            value = m.group()
            if len(value.replace(":", "")) < MIN_IPV6_HEX or self.validate(value) is not True:
                continue
            if CIDR_V6.match(text, m.end()):
                continue  # 2001:db8::/32: a network with its prefix length
            score = self._score(doc, m.start(), m.end(), SCORE, value)
            yield Finding(self.entity, m.start(), m.end(), score, name, True)
        for start, end, value in _defanged_ipv6(text):
            if len(value.replace(":", "")) >= MIN_IPV6_HEX and self.validate(value) is True:
                # defanging is what an incident report does to an attacker's or a victim's address: no doubt left
                example = documentation_address(value) and called_an_example(_examples(doc), start, end)
                score = SCORE_DOCUMENTATION if example else SCORE_CONTEXT
                yield Finding(self.entity, start, end, score, name, True)

    def _score(self, doc: Document, start: int, end: int, base: float, value: str) -> float:
        """`base` moved by context; an address in a documentation block called an example is below masking."""
        if documentation_address(value) and called_an_example(_examples(doc), start, end):
            return SCORE_DOCUMENTATION
        return adjust(base, doc.signal(start, end, CONTEXT), SCORE_CONTEXT)

    def _said_to_be_a_host(self, text: str, start: int, end: int) -> bool:
        return _said_on_its_line(text, start, end, HOST_WORD)

    def _said_to_be_an_ip(self, text: str, start: int, end: int) -> bool:
        return _said_on_its_line(text, start, end, IP_WORD)
