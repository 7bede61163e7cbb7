"""Values a prompt shows as samples or describes by pattern, not data: a regular expression for numbers, a published
test card with a test word on its line, a counting-up number its line calls a sample, a generic address at a sample
domain; and the look-alikes that stay findings (seventh and eighth held-out sets)."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.types import Entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def reported(engine: Engine, text: str, threshold: float = 0.5) -> list[tuple[Entity, str]]:
    return [(f.entity, text[f.start : f.end]) for f in engine.scan(text) if f.score >= threshold]


@pytest.mark.parametrize(
    "text",
    [
        "phone = models.CharField(validators=[RegexValidator(r'^01[016789]-\\d{3,4}-\\d{4}$')])",
        "전화번호 정규식 설명해줘: ^01[016789]-?\\d{3,4}-?\\d{4}$ 그리고 주민번호 ^\\d{6}-[1-4]\\d{6}$ 의 한계",
        "PATTERN = /\\b\\d{6}-[1-4]\\d{6}\\b/g",
    ],
)
def test_a_regular_expression_holds_no_number(engine: Engine, text: str) -> None:
    assert reported(engine, text) == []


def test_values_beside_a_regular_expression_stay(engine: Engine) -> None:
    text = 'RRN_RE = r"^\\d{6}-\\d{7}$"\nassert RRN_RE.match("850315-1234566")  # 김민수 010-3456-7891'
    found = reported(engine, text)
    assert (Entity.KR_RRN, "850315-1234566") in found
    assert (Entity.PHONE_NUMBER, "010-3456-7891") in found


@pytest.mark.parametrize(
    "text",
    [
        "카드 결제 테스트용 번호로 4111-1111-1111-1111, 5555-5555-5555-4444 쓰면 되나요?",
        "Our payment docs say 'use 4111 1111 1111 1111 with any future expiry for sandbox tests'.",
    ],
)
def test_published_test_cards_with_a_test_word_on_their_line(engine: Engine, text: str) -> None:
    assert [e for e, _ in reported(engine, text) if e is Entity.CREDIT_CARD] == []


def test_a_real_card_beside_a_test_word_stays(engine: Engine) -> None:
    # only the published test numbers are lowered by a test word; an issued number is a card whatever is said
    assert reported(engine, "카드번호 4532-0151-1283-0366 테스트 결제") == [
        (Entity.CREDIT_CARD, "4532-0151-1283-0366")
    ]
    assert reported(engine, "카드번호 4111-1111-1111-1111 로 결제했어요") == [
        (Entity.CREDIT_CARD, "4111-1111-1111-1111")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "이 정규화 함수 테스트케이스 만들어줘. 입력은 전부 가짜값으로: '010-1234-5678', 'test@test.com'",
        "여권번호가 'M123A4567'처럼 영문+숫자 혼합 형식으로 바뀌었다는 설명 (예시 번호는 형식 설명용)",
        "민원 서식 예시 문구: 연락처: 010-0000-0000 / 이메일: xxx@xxx.com",
    ],
)
def test_samples_said_so(engine: Engine, text: str) -> None:
    assert reported(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김철수 010-1234-5678 서울", (Entity.PHONE_NUMBER, "010-1234-5678")),  # counting up, but said as data
        ("연락처: ☎ 053-123-4567", (Entity.PHONE_NUMBER, "053-123-4567")),
        ("여권 M12345678 사본을 첨부합니다", (Entity.KR_PASSPORT, "M12345678")),
        ("문의: kim@test.com", (Entity.EMAIL_ADDRESS, "kim@test.com")),  # a personal local part at a sample domain
        ("문의: user@naver.com", (Entity.EMAIL_ADDRESS, "user@naver.com")),
        # a sample word inside an address or a file name says nothing of the number beside it
        ("send to kim.minsu@example.org, call 010-2345-6789", (Entity.PHONE_NUMBER, "010-2345-6789")),
        ("see sample.csv: 010-1234-5678", (Entity.PHONE_NUMBER, "010-1234-5678")),
    ],
)
def test_look_alikes_of_samples_stay(engine: Engine, text: str, expected: tuple[Entity, str]) -> None:
    assert expected in reported(engine, text)


def test_the_pattern_check_reads_each_span_alone(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # re2 given a position re-encodes the whole text on every call: a check per finding must read the span's slice,
    # or a long text with many findings costs findings x length. The whole text is read once, to rule the check out
    # where it holds no pattern at all; this one holds one (its last line), so each span is read too.
    import detectors.engine as engine_module

    real = engine_module._REGEX_SYNTAX
    read: list[int] = []

    class Recording:
        def search(self, text: str, *bounds: int) -> object:
            assert not bounds
            read.append(len(text))
            return real.search(text)

    monkeypatch.setattr(engine_module, "_REGEX_SYNTAX", Recording())
    row = "{name: 김민수, rrn: 850315-1234566, tel: 010-3456-7891}\n"
    text = row * 200 + "pattern: ^\\d{6}-[1-4]\\d{6}$\n"
    engine.scan(text)
    spans = [n for n in read if n != len(text)]
    assert len(read) - len(spans) == 1 and spans and max(spans) <= len("850315-1234566")


@pytest.mark.parametrize(
    "text",
    [
        "The key usage extension OID is 2.5.29.15. Explain what these OIDs mean.",
        "release: dlp-agent 2.14.3.1 (build 20250312.4)",
        "firmware 4.10.12.1\nsubnet mask 255.255.255.0",
        "Our API doc says 1.2.3.4 is the minimum client version.",
        "gateway 192.0.2.1 (lab doc range)",
        "169.254.169.254 메타데이터 차단",
    ],
)
def test_versions_identifiers_masks_and_constants_are_no_hosts(engine: Engine, text: str) -> None:
    assert [e for e, _ in reported(engine, text) if e is Entity.IP_ADDRESS] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("build server 10.1.2.3 에 접속", "10.1.2.3"),  # a release word before a host's role, not a product
        ("접속 IP 211.234.10.5 (버전 확인 필요)", "211.234.10.5"),
        ("the attacker 203.0.113.9 is the same host", "203.0.113.9"),
        ("gateway 10.0.0.1 (lab doc range)", "10.0.0.1"),  # not a documentation block
    ],
)
def test_hosts_beside_version_words_stay(engine: Engine, text: str, address: str) -> None:
    assert (Entity.IP_ADDRESS, address) in reported(engine, text)


@pytest.mark.parametrize("text", ["陳美玲; +886 912 723523; meiling.chen@x.tw", "tel +886-912-723523"])
def test_after_a_plus_every_country_groups_its_own_way(engine: Engine, text: str) -> None:
    assert [v for e, v in reported(engine, text) if e is Entity.PHONE_NUMBER] == [text[text.index("+") :][:15]]


def test_a_card_grouping_without_a_plus_is_no_phone(engine: Engine) -> None:
    assert [e for e, _ in reported(engine, "카드 4532-0151-1283-0366")] == [Entity.CREDIT_CARD]
