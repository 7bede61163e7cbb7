"""Evidence added after the twenty-fifth held-out set was read (its blind first runs, on the twelfth session's start and
end, are in docs/benchmarks.md), and the English name lists generated from Faker's providers. The texts are written
for these tests, not copied from the set."""

from __future__ import annotations

import base64
import importlib.util
from importlib import resources
from pathlib import Path

import pytest

from detectors import Engine
from detectors.normalize import normalize
from detectors.recognizers.ip_address import integer_ip
from detectors.recognizers.person import FIRMS_LIKE_NAMES, load_given_names
from detectors.recognizers.person_words import EN_CENSUS_SURNAMES, EN_SURNAMES, HAND_EN_SURNAMES
from detectors.types import Entity
from tests.detectors.helpers import found


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def data_lines(name: str) -> list[str]:
    raw = resources.files("detectors").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [w for line in raw.splitlines() if not line.startswith("#") for w in line.split()]


# ---------------------------------------------------------------- disguises read generally


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # a card in four numbered form fields, joined only when Luhn and the issuer hold
        ("GET /checkout?cardNo1=4111&cardNo2=1111&cardNo3=1111&cardNo4=1111&exp=0927", Entity.CREDIT_CARD, "4111"),
        ('{"card1": "5412", "card2": "7534", "card3": "1234", "card4": "5618"}', Entity.CREDIT_CARD, "5412"),
        # backslashes a Markdown export leaves before punctuation inside a word
        (r"담당 메일: park\.jiyoon\@korea\.kr 로 회신", Entity.EMAIL_ADDRESS, r"park\.jiyoon\@korea\.kr"),
        (r"연락처 010\-4827\-1193 (노션에서 복사)", Entity.PHONE_NUMBER, r"010\-4827\-1193"),
        # an IPv4 address stored as its integer, said so on its line
        ("audit.src_ip_int = 3232235777 (192.168.1.1 as INET_ATON)", Entity.IP_ADDRESS, "3232235777"),
        ("Client IP (uint32): 2038830087", Entity.IP_ADDRESS, "2038830087"),
        # a passport number under a code key or a machine-readable zone's dump, hex-encoded or not
        ("MRZ dump: passport_no=M263E9169 ok", Entity.KR_PASSPORT, "M263E9169"),
        ("doc_no_hex=" + b"M417K2288".hex() + " checksum=ok (MRZ)", Entity.KR_PASSPORT, "4d34"),
        # a licence number under its key, not read as the insurance number beside it
        ('LicenseNo = "11-19-204417-32",\nNhisNo = "50317784012",', Entity.KR_DRIVER_LICENSE, "11-19-204417-32"),
    ],
)
def test_disguises(engine: Engine, text: str, entity: Entity, expected: str) -> None:
    assert any(v.startswith(expected) for v in found(engine, text, entity)), found(engine, text, entity)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("GET /items?id1=4111&id2=1111&id3=1111&id4=1112", Entity.CREDIT_CARD),  # fails Luhn: four numbers
        ("order 3232235777 shipped to the warehouse", Entity.IP_ADDRESS),  # no word says it is an address
        ("IP phone extension table: 0212345678", Entity.IP_ADDRESS),  # a leading zero: a telephone number
        (r"regex: ^[a-z]+\.[a-z]+$ matches file names", Entity.EMAIL_ADDRESS),
    ],
)
def test_disguise_readers_leave(engine: Engine, text: str, entity: Entity) -> None:
    assert found(engine, text, entity) == []


def test_markdown_escape_goes_only_inside_words() -> None:
    assert normalize(r"kim\.minho\@mail\.net").text == "kim.minho@mail.net"
    # a backslash at a word's start stays (a regular expression's `\.`, a path's `\Users`)
    assert normalize(r"see \.hidden and C:\Users").text == r"see \.hidden and C:\Users"


def test_integer_address_is_read_where_its_line_says_ip(engine: Engine) -> None:
    """The IP recognizer reads the integer in place (it is 61.200.234.18); normalisation leaves the text as it is."""
    text = "sourceIP 1036577298 (INET_ATON)"
    assert normalize(text).text == text
    assert integer_ip("1036577298") == "61.200.234.18"
    assert found(engine, text, Entity.IP_ADDRESS) == ["1036577298"]


def test_exact_encoding_of_a_lone_name(engine: Engine) -> None:
    name = "엄용팔".encode()
    escaped = "".join(f"\\x{b:02x}" for b in name)
    text = f"UnicodeDecodeError: raw value b'{escaped}' in field guardian_name"
    assert found(engine, text, Entity.PERSON) == [escaped]
    # a word that is no name, encoded alone, is not one
    assert found(engine, "value " + base64.b64encode("회의록".encode()).decode() + " end", Entity.PERSON) == []


def test_typed_with_the_input_method_left_in_english(engine: Engine) -> None:
    # 변지훈 typed on the two-set layout, unquoted after 이름이
    assert found(engine, "보호자 이름이 quswlgns 로 저장됨. 수정 요청", Entity.PERSON) == ["quswlgns"]
    assert found(engine, "성명이 admin 으로 되어 있음", Entity.PERSON) == []


def test_terminal_table_cells(engine: Engine) -> None:
    frame = (
        "shape: (2, 3)\n┌──────┬────────────────┬──────────┐\n│ 성명 ┆ 계좌번호         ┆ 지급액   │\n"
        "│ ---  ┆ ---              ┆ ---      │\n│ str  ┆ str              ┆ i64      │\n"
        "╞══════╪════════════════╪══════════╡\n│ 민서준 ┆ 301-2238-4417-21 ┆ 1250000  │\n"
        "│ 도하은 ┆ 112-882-930114 ┆ 980000   │\n└──────┴────────────────┴──────────┘"
    )
    assert set(found(engine, frame, Entity.PERSON)) == {"민서준", "도하은"}
    assert set(found(engine, frame, Entity.BANK_ACCOUNT)) == {"301-2238-4417-21", "112-882-930114"}


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("청구인 유수포바 마디나 (우즈베키스탄, E-9 만료)", "유수포바 마디나"),  # a nationality in brackets
        ("적발: 와랏 분쏨(960517-6420702, 근무처 변경 미신고)", "와랏 분쏨"),  # an alien number right after
        ("입금 확인: 흐테 아웅 쪼 / 등록번호 940326-6851134 / 수협", "흐테 아웅 쪼"),
        ("보호자 데위 앙그라이니 (외국인등록번호 891109-5971915)", "데위 앙그라이니"),
        ("일본 국적 유학생 스즈키 겐타 씨 기숙사 사감 통해 의뢰", "스즈키 겐타"),  # 키 ends the name, no loanword
        ("외국인 근로자 문의: 라흐마토프 딜쇼드 외국인등록번호 870120-5373043", "라흐마토프 딜쇼드"),
    ],
)
def test_foreign_names_in_hangul(engine: Engine, text: str, expected: str) -> None:
    assert expected in found(engine, text, Entity.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "중국인 근로자가 메모지에 적어 준 외국인등록번호: 870809-5647643",  # a verb and its ending
        "주식회사 누리온 법인등록번호 110111-5234567",  # a firm and a label
        "확인 완료 (외국인등록번호 891109-5971915)",
        "근로 계약 갱신 예정 (베트남, 2026년)",
    ],
)
def test_foreign_name_reader_leaves(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []


def test_a_name_as_a_lines_value(engine: Engine) -> None:
    assert found(engine, "수도요금 납부방법 변경\n수용가 명의: 오동현\n기존: 자동이체", Entity.PERSON) == ["오동현"]
    assert found(engine, "점검 결과\n상태: 정상임\n다음 점검: 12월", Entity.PERSON) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Intercom note: Leopold Holloway asked us to write the address in tickets.", "Leopold Holloway"),
        ("card on file for Maeve Pemberton: see the chargeback form", "Maeve Pemberton"),
        ("Escalated by Malik Szymanski after the second refund.", "Malik Szymanski"),
    ],
)
def test_english_names_from_the_generated_lists(engine: Engine, text: str, expected: str) -> None:
    assert expected in found(engine, text, Entity.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Sponsors: Morgan Stanley, Johns Hopkins, Carnegie Mellon and Hyundai Motor.",
        "Whisky list: Johnnie Walker Black, Glenfiddich 12.",
        "Hurricane recap: Milton intensified in the Gulf; Debby also made landfall.",
        "Reported by the Red Hat QE team.",
    ],
)
def test_firms_and_storms_named_like_people(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []


def test_generated_name_lists() -> None:
    """The generated lists (scripts/build_en_name_lists.py) are sorted, hold no short names, no place or firm left
    out by the script, nothing of the hand-made lists, and are read by the recognizer."""
    path = Path(__file__).resolve().parents[2] / "scripts" / "build_en_name_lists.py"
    spec = importlib.util.spec_from_file_location("build_en_name_lists", path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    places: frozenset[str] = script.PLACES
    hand_given = set(data_lines("en_given_names.txt"))
    lists = (
        ("en_given_names_more.txt", hand_given),
        ("en_surnames.txt", set(HAND_EN_SURNAMES)),
        ("en_surnames_census.txt", set(HAND_EN_SURNAMES) | set(data_lines("en_surnames.txt"))),
    )
    for name, hand in lists:
        names = data_lines(name)
        assert names == sorted(names) and len(names) > 1000
        # capitalised as names are written: Holloway, McDonald (the census writes MCDONALD)
        assert all(len(n) >= 4 and n.isalpha() and n[0].isupper() for n in names)
        assert all(n[1:].islower() or (n[:2] == "Mc" and n[2].isupper() and n[3:].islower()) for n in names)
        assert not set(names) & (places | hand), name
    assert "Leopold" in load_given_names() and "Holloway" in EN_SURNAMES and "McDonald" in EN_SURNAMES
    assert "Hollingsworth" in EN_CENSUS_SURNAMES and not EN_CENSUS_SURNAMES & EN_SURNAMES
    assert all(len(firm.split()) >= 2 for firm in FIRMS_LIKE_NAMES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WARN YouthRentService : applicant=Applicant(name=맹훈, rrn=960503-2746908)", "맹훈"),  # a record's printout
        ("ORGANIZER;CN=정란:mailto:yoon.gs@korea.kr", "정란"),  # an iCalendar parameter
        ("entity=ForeignWorker{id=2291, nameKo='찬 소피아', arcNo='950920-6281462'}", "찬 소피아"),
        ("entity=ForeignWorker{id=2291, employerContact='안두리'}", "안두리"),  # a camelCase key for a contact
        ('claimant = {"name": "아이게림 베코바", "arc": "950614-6795901"}', "아이게림 베코바"),
        (
            'Timestamp,이름 (Name),연락처 (Phone),희망 프로그램\n'
            '2025/11/21 8:02 AM,레 티 투 하,010-2301-5559,"부모교육, 통번역"',
            "레 티 투 하",
        ),  # a quoted cell with a comma in a form export's row
    ],
)
def test_names_as_key_values_and_cells(engine: Engine, text: str, expected: str) -> None:
    assert expected in found(engine, text, Entity.PERSON)


@pytest.mark.parametrize(
    "text",
    ["productName='정수기 필터'", "name='공지 사항'", "name=공지, type=2", 'fileName: "보고서 최종"'],
)
def test_key_values_that_are_things(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []


@pytest.mark.parametrize(
    "text",
    [
        "Memorial service readings: Ruth 1:16 and Matthew 5:4.",  # books of the Bible with chapter and verse
        "PLEADING TEMPLATE\nRICHARD ROE and DOES 1 through 10, inclusive, Defendants.",  # a stand-in party
        "Name,Routing,Account,Type\n",  # header cells
        "Issue key,Summary,Reporter,Assignee\nSUP-4471,Refund,,",
        "INCIDENT REPORT #IR-2025-1187 (Patient Safety)",
    ],
)
def test_words_read_as_names_no_longer(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []


def test_a_name_before_a_time_stays(engine: Engine) -> None:
    assert found(engine, "Meeting at 10:30 with Brandon 10:45 reception", Entity.PERSON) == ["Brandon"]
