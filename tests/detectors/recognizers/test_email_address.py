from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.email_address import EmailAddressRecognizer
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("메일 hong.gildong@korea.kr 로", "hong.gildong@korea.kr"),
        ("<j.smith+tag@mail.example.co.uk>", "j.smith+tag@mail.example.co.uk"),
        ("hong [at] korea [dot] kr", "hong [at] korea [dot] kr"),
        ("ｈｏｎｇ＠ｋｏｒｅａ．ｋｒ", "ｈｏｎｇ＠ｋｏｒｅａ．ｋｒ"),
        ("user@example.com.", "user@example.com"),
    ],
)
def test_found(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "EMAIL_ADDRESS", value, 0.85)


@pytest.mark.parametrize("text", ["@mention only", "a@b", "git@github", "x@1.2", "@@@@@@"])
def test_not_found(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"EMAIL_ADDRESS"}, threshold=0.0)


def test_validate() -> None:
    rec = EmailAddressRecognizer()
    assert rec.validate("a@b.kr") is None
    assert rec.validate("a@b.12") is False
    assert rec.validate("@b.kr") is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a rejected reading (`Bennett at olivia dot bennett`) does not hide the address after it
        (
            "write to Olivia Bennett at olivia dot bennett at harborline dot org",
            "olivia dot bennett at harborline dot org",
        ),
        ("kim at example dot org", "kim at example dot org"),
        ("서류는 hyunwoo.namgoong 골뱅이 gmail 닷 컴으로 보내주세요", "hyunwoo.namgoong 골뱅이 gmail 닷 컴"),
    ],
)
def test_spoken_addresses(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "EMAIL_ADDRESS", value, 0.9)


@pytest.mark.parametrize(
    "text",
    ["clone git@github.com:acme/portal.git first", "the files at server dot local are old", "arrived at office.com"],
)
def test_not_addresses(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"EMAIL_ADDRESS"}, threshold=0.3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("메일은 김철수@회사.한국 으로", "김철수@회사.한국"),
        ("김철수@회사.한국으로 보내", "김철수@회사.한국"),
        ("hong@korea.kr로 부탁", "hong@korea.kr"),
    ],
)
def test_internationalised_addresses_and_particles(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "EMAIL_ADDRESS", value, 0.9)


def test_a_hangul_last_label_that_is_no_domain(engine: Engine) -> None:
    assert_below(engine, "팀장@본사.총무팀 으로 보고", {"EMAIL_ADDRESS"}, threshold=0.3)
