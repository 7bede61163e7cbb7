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
