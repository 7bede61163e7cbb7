from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.email_address import EmailAddressRecognizer
from tests.detectors.helpers import assert_below, assert_found, typed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("메일 hong.gildong@korea.kr 로", "hong.gildong@korea.kr"),
        ("<j.smith+tag@mail.example.co.uk>", "j.smith+tag@mail.example.co.uk"),
        ("hong [at] korea [dot] kr", "hong [at] korea [dot] kr"),
        ("ｈｏｎｇ＠ｋｏｒｅａ．ｋｒ", "ｈｏｎｇ＠ｋｏｒｅａ．ｋｒ"),
        ("minsu@example.com.", "minsu@example.com"),
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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("메일 minsu@exämple.com 로", "minsu@exämple.com"),  # a non-Hangul IDN domain (red-team #9 finding 16)
        ("메일 müller@korea.kr 로", "müller@korea.kr"),  # whole, not `mü` and a masked rest
        ("Kontakt: jürgen.groß@exämple.de", "jürgen.groß@exämple.de"),
        ("пишите иван@пример.ru", "иван@пример.ru"),
        ("연락 minsu@korea·kr 로", "minsu@korea·kr"),  # middle dots read as dots
        ("연락 minsu@korea・kr 로", "minsu@korea・kr"),
        ("minsu@mail·korea·kr로 보내", "minsu@mail·korea·kr"),
    ],
)
def test_unicode_letters_and_middle_dots(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "EMAIL_ADDRESS", value, 0.85)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("담당 hong@korea.kr·kim@naver.com", ["hong@korea.kr", "kim@naver.com"]),
        ("담당 hong@korea·kim@naver.com", ["kim@naver.com"]),  # `hong@korea`: one label, no e-mail label
        ("연락 hong@korea.kr·010-1234-5678", ["hong@korea.kr"]),  # a middle dot between items
    ],
)
def test_a_middle_dot_between_items_is_no_dot(engine: Engine, text: str, values: list[str]) -> None:
    assert [v for e, v, _ in typed(engine, text) if e == "EMAIL_ADDRESS"] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("メールはtanaka@example.jpです", "tanaka@example.jp"),  # kana and ideographs: no spaces between words
        ("邮箱zhang@example.cn", "zhang@example.cn"),
    ],
)
def test_the_local_part_stops_at_scripts_written_without_spaces(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "EMAIL_ADDRESS", value, 0.85)


@pytest.mark.parametrize(
    "text",
    [
        "mail hong.gildong@intranet",
        "메일: hong.gildong@intranet",
        "e-mail hong.gildong@intranet.",
        "이메일은 hong.gildong@intranet으로 보내 주세요",
        "email: hong.gildong@intranet",
        "E-Mail : <hong.gildong@intranet>",
        "mailto:hong.gildong@intranet",
    ],
)
def test_a_single_label_domain_after_an_email_label(engine: Engine, text: str) -> None:
    assert_found(engine, text, "EMAIL_ADDRESS", "hong.gildong@intranet", 0.8)


@pytest.mark.parametrize(
    "text",
    [
        "hong.gildong@intranet",  # no label: a login as often as a mailbox
        "thanks @minsu and @지훈 for the review",
        "root@server:~$ ls -al",
        "mail server: root@mailhost:~$ systemctl restart postfix",
        "메일 root@mailhost:~$ tail -f /var/log/maillog",
        "npm i -D @types/node @types/react",
        "@dataclass(frozen=True)\nclass Mail:",
        "pip install pkg@1.2.3 and mail pkg@1.2.3",
        "email: npm i @scope/pkg@2.0.1",
        "git clone git@github.com:org/repo.git",
        "메일 git@github.com:org/repo.git 로 push",
        "@김철수·이영희 님 확인 부탁",
        "@mention·kr",
    ],
)
def test_logins_scopes_decorators_and_pins_are_not_addresses(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"EMAIL_ADDRESS"}, threshold=0.0)
