"""Evidence added after the twenty-first held-out set was read (its first run on the eleventh session's starting
commit, and its run before it was read, both blind, are in docs/benchmarks.md). The texts are written for these
tests, not copied from the set."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.types import Entity
from tests.detectors.helpers import found


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Employer contact | Ms. Oh Seung-min, 042-8699-5190 |", ["Oh Seung-min"]),
        ("(0010,0010) PN [MOON^HAYOON]                  # PatientName", ["MOON^HAYOON"]),
        ("[센터 통역 원서하] 쏨삭 씨 출국 예정 항공권도 보내주세요", ["원서하"]),
        ("Shipper: Won Hye-rin (Korean passport attached), moving to Vancouver", ["Won Hye-rin"]),
    ],
)
def test_names_the_twenty_first_set_taught(engine: Engine, text: str, expected: list[str]) -> None:
    assert [n for n in found(engine, text, Entity.PERSON) if n in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        "flag state: Marshall Islands registry",
        "Account Domain: CORP\nFailure Reason: Unknown user name or bad password",
        "공학관 3층, 임용 예정자 사전평가, 신청국 변경은 불가",
    ],
)
def test_places_fields_and_words_are_no_names(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []


def test_multicast_groups_are_no_hosts(engine: Engine) -> None:
    assert found(engine, "mDNS 224.0.0.251:5353 and SSDP 239.255.255.250:1900", Entity.IP_ADDRESS) == []
