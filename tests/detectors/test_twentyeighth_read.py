"""Evidence added after the twenty-seventh and twenty-eighth held-out sets were read (their blind first runs, on the
fourteenth session's start and end, are in docs/benchmarks.md). The texts are written for these tests, not copied from
the sets."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.person_words import EN_CENSUS_SURNAMES, EN_ROLE_CUES
from detectors.resident_numbers import rrn_checksum_ok
from detectors.types import Entity
from tests.detectors.helpers import found

# ---------------------------------------------------------------- English names with a rarer census surname


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role word before the pair; the given names are in no list, the surnames only in the census's
        ("Discharge summary for the ward: patient Oberon Stallworth, admitted Tuesday.", "Oberon Stallworth"),
        ("Sent over by the referring provider Quennell Mayhew, NP, on Monday.", "Quennell Mayhew"),
        ("Member Thisbe Gulliver asked to pause her gym plan for two months.", "Thisbe Gulliver"),
        ("The tenant Wystan Tolliver reported a leak under the sink.", "Wystan Tolliver"),
        # a field's label
        ("Insured: Peregrine Hollingsworth\nPolicy: LF-22817", "Peregrine Hollingsworth"),
    ],
)
def test_rarer_surname_after_a_role_or_label(engine: Engine, text: str, expected: str) -> None:
    assert expected in found(engine, text, Entity.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        # a weak cue (from, and) is not enough for a census-only surname: places and storms carry such words
        "The rocket will launch from Boca Chica next month.",
        "Storm recap: Hurricane Milton and Typhoon Hinnamnor both made landfall as major storms.",
        "Languages in the legacy tree: Haskell, Julia and Ada.",
    ],
)
def test_rarer_surname_after_a_weak_cue_is_no_name(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []


def test_census_list_and_role_cues() -> None:
    assert {"Hollingsworth", "Mayhew", "Tolliver", "Jardine", "Stallworth"} <= EN_CENSUS_SURNAMES
    assert "Smith" not in EN_CENSUS_SURNAMES  # the common ones stay in en_surnames.txt
    assert {"patient", "provider", "tenant", "member"} <= EN_ROLE_CUES


def test_name_run_together_in_its_mail_address(engine: Engine) -> None:
    text = "Litigation hold acknowledged by\nOttoline Pemberton (ottolinepemberton@harbourlaw.example) on Friday."
    assert found(engine, text, Entity.PERSON) == ["Ottoline Pemberton"]
    # a firm's name run together in its address is no person: neither word is a listed name
    text = "Vendor: Bluepeak Analytics (bluepeakanalytics@vendors.example) sent the invoice."
    assert found(engine, text, Entity.PERSON) == []


# ---------------------------------------------------------------- disguises read generally


def braille(text: str) -> str:
    """Grade-1 English Braille of letters and spaces, capitals marked with ⠠ (written for these tests)."""
    dots = dict(
        zip(
            "abcdefghijklmnopqrstuvwxyz",
            "1 12 14 145 15 124 1245 125 24 245 13 123 134 1345 135 1234 "
            "12345 1235 234 2345 136 1236 2456 1346 13456 1356".split(),
            strict=True,
        )
    )
    cells = []
    for ch in text:
        if ch == " ":
            cells.append(" ")
            continue
        if ch.isupper():
            cells.append("\u2820")
        cells.append(chr(0x2800 + sum(1 << (int(d) - 1) for d in dots[ch.lower()])))
    return "".join(cells)


TURN = dict(zip("abcdefghijklmnopqrstuvwxyzAEJLMNOSW", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz∀Ǝſ˥WNOSM", strict=True))


def upside_down(text: str) -> str:
    return "".join(TURN.get(c, c) for c in reversed(text))


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # zero-padded octets after a word for an endpoint with `as` between
        ("The proxy log shows the client as 061.043.007.219 on every retry.", Entity.IP_ADDRESS, "061.043.007.219"),
        # a cloud host name that spells its address
        (
            "kubelet on ip-172-31-40-7.ap-northeast-2.compute.internal stopped posting status",
            Entity.IP_ADDRESS,
            "172-31-40-7",
        ),
        ("ssh -i key.pem centos@ec2-13-125-77-4.ap-northeast-2.compute.amazonaws.com", Entity.IP_ADDRESS, None),
        # an address in binary
        (
            "과제: 11000000.10101000.00001010.00010111 을 점 십진 표기로 바꾸시오",
            Entity.IP_ADDRESS,
            "11000000.10101000.00001010.00010111",
        ),
        # a passport number typed in Korean mode: M is ㅡ on the same key
        ("여권 번호를 한글 자판으로 쳐서 ㅡ71046385 로 저장됐어요", Entity.KR_PASSPORT, "ㅡ71046385"),
    ],
)
def test_disguised_addresses_and_numbers(engine: Engine, text: str, entity: Entity, expected: str | None) -> None:
    if expected is None:
        # the address inside an e-mail's domain is part of that finding, not a second one
        assert found(engine, text, Entity.EMAIL_ADDRESS)
    else:
        assert expected in found(engine, text, entity)


def test_resident_number_regrouped(engine: Engine) -> None:
    # 13 digits in a 4-4-5 layout whose date, gender digit and check digit hold: a resident number
    rrn = "8507142038419"
    assert rrn_checksum_ok(rrn)
    regrouped = f"{rrn[:4]}-{rrn[4:8]}-{rrn[8:]}"
    assert found(engine, f"자리를 바꿔 보내면 안 걸린대요: {regrouped}", Entity.KR_RRN) == [regrouped]
    # the same digits after a bank's name are an account (새마을금고 writes 4-4-5)
    text = f"새마을금고 {regrouped} 으로 보내 주세요"
    assert found(engine, text, Entity.KR_RRN) == [] and found(engine, text, Entity.BANK_ACCOUNT) == [regrouped]
    # a check digit that fails: nothing proven
    wrong = regrouped[:-1] + str((int(regrouped[-1]) + 1) % 10)
    assert found(engine, f"자리를 바꿔 보내면: {wrong}", Entity.KR_RRN) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EUC-KR bytes read as Latin-1 in a name column
        ("cust_id,name,tier\n20931," + "김도윤".encode("euc-kr").decode("latin-1") + ",GOLD", "name"),
        # Unicode's notation, three code points
        ("이 글자들이 깨져 보여요: " + " ".join(f"U+{ord(c):04X}" for c in "홍채린") + " 원인이 뭘까요", "U+"),
        # two syllables spelt by escapes are exact enough
        ("name = b'" + "".join(f"\\x{b:02x}" for b in "이훈".encode()) + "'", "\\x"),
        # Braille and upside-down letters
        ("Locker tag: " + braille("Ambrose Hollingsworth") + ". Please reassign it.", "\u2820"),
        ("Signed the form as " + upside_down("Ambrose Hollingsworth") + " for a laugh.", "∀"),
    ],
)
def test_disguised_names(engine: Engine, text: str, expected: str) -> None:
    names = found(engine, text, Entity.PERSON)
    assert len(names) == 1 and (expected == "name" or expected in names[0])


@pytest.mark.parametrize(
    "text",
    [
        "Le café était très naïf, à côté de l'hôtel.",  # accents are no mojibake
        "UTF-8 read as Latin-1: Ã©Ã© is éé, not Korean.",
        "Unicode table: U+AC00 U+AC01 are the first two syllables.",  # not a name: 가각
        "The quote was upside down, ʇsǝʇ, a joke in the channel.",  # a turned word, no name in it
    ],
)
def test_disguise_readers_leave_ordinary_text(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []


# ---------------------------------------------------------------- Korean names with older given names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # first on a list's line before a mobile number: any surname and two syllables, as after a label
        ("접촉자 안내 대상\n- 노말순 010-4417-2093 같은 반\n- 함귀례 010-9921-3380", ["노말순", "함귀례"]),
        # a role and a name before a licence or a mobile number
        ("양수인 탁귀남 운전면허 11-07-334120-51 로 신청", ["탁귀남"]),
        # an aligned key in a YAML or .env file, the key's words joined by underscores
        ("  FIXTURE_HOLDER_NAME:      추말자\n  FIXTURE_BANK: 신한", ["추말자"]),
    ],
)
def test_older_given_names_in_records(engine: Engine, text: str, expected: list[str]) -> None:
    assert found(engine, text, Entity.PERSON) == expected


@pytest.mark.parametrize(
    "text",
    [
        "신고인 본인 모르게 010-2809-3628 회선이 개통됨",  # oneself and an adverb before the number
        "- 사무실 010-2222-3333\n- 반찬가게 010-4444-5555",  # places on a contact list
    ],
)
def test_no_name_before_the_number(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []
