"""PERSON evidence added in the 11-24 eighth session, each a kind of evidence rather than a named case: a dictionary
of common nouns (detectors/data/ko_nouns.txt) that vetoes weakly read names, a Korean name as the value of a name key
in code and data, a spaced form label with a plainly written name, a surname and a rank without the honorific, and
Latin names with Vietnamese letters or written with diacritics a gazetteer spells without. Look-alikes for each."""

from __future__ import annotations

from importlib import resources

import pytest

from detectors import Engine
from detectors.recognizers.person import KO_NOUNS, GivenNames, fold_marks, korean_name_ok, labelled_name

BLOCK = 0.5


def person_spans(engine: Engine, text: str) -> list[str]:
    return [text[f.start : f.end] for f in engine.scan(text) if f.entity.value == "PERSON" and f.score >= BLOCK]


def test_noun_list_is_the_generated_file() -> None:
    raw = resources.files("detectors").joinpath("data/ko_nouns.txt").read_text(encoding="utf-8")
    words = [line for line in raw.splitlines() if line and not line.startswith("#")]
    assert raw.startswith("# Korean common nouns") and "scripts/build_ko_nouns.py" in raw
    assert words == sorted(words) and len(words) == len(set(words)) == len(KO_NOUNS) > 30_000
    assert all(2 <= len(w) <= 3 and all("가" <= c <= "힣" for c in w) for w in words)


@pytest.mark.parametrize("word", ["도서관", "소지품", "간호학", "제초제", "기관원", "한국인", "이자", "전화"])
def test_common_nouns_are_in_the_list_and_no_names(word: str) -> None:
    assert word in KO_NOUNS
    assert not korean_name_ok(word)
    assert not labelled_name(word)


@pytest.mark.parametrize(
    "word",
    # nouns the dictionary also knows as names, compounds of a surname and a noun read as a name (홍+길동), and
    # three-syllable nouns whose last two syllables are a given name (최소+율): all left out of the list
    ["지혜", "서연", "현우", "홍길동", "최소율", "표정근", "우서윤", "진보라", "조결"],
)
def test_names_that_are_also_nouns_are_not_in_the_list(word: str) -> None:
    assert word not in KO_NOUNS


@pytest.mark.parametrize(
    "text",
    [
        "근무 집계\n모세린\t도서관\t38h\n어진우\t학생처\t22h",
        "원금 300만원에 연 4% 이자 계산해줘",
        "소지품을 보관함에 넣고 입장하세요",
        "간호학 전공 실습 일정표 정리",
        "제초제 살포 구역 안내문",
        "국정원 기관원이 방문했다는 민원",
    ],
)
def test_nouns_in_rows_and_prose_are_not_names(engine: Engine, text: str) -> None:
    found = person_spans(engine, text)
    assert not any(w in found for w in ("도서관", "이자", "소지품", "간호학", "제초제", "기관원")), found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"resp":{"name":"남궁 선","tel":"010-2384-7712"}}', "남궁 선"),
        ("UPDATE member SET div_amt = 120000 WHERE name = '천봉구';", "천봉구"),
        ("INSERT INTO t (cust_nm) VALUES ('감우진');", "감우진"),
        ('{"name": "변옥자", "age": 71}', "변옥자"),
    ],
)
def test_korean_names_as_values_of_name_keys(engine: Engine, text: str, value: str) -> None:
    assert value in person_spans(engine, text)


@pytest.mark.parametrize(
    "text",
    ['{"name": "정수기", "price": 320000}', "SELECT * FROM item WHERE name = '도서관';", '{"name": "한국인"}'],
)
def test_products_and_nouns_under_a_name_key_are_not_names(engine: Engine, text: str) -> None:
    assert person_spans(engine, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (" 신  청  인     : 감우진  (환자와의 관계: 배우자)", "감우진"),
        ("보 호 자 : 천봉구\n연 락 처 : 010-3321-8870", "천봉구"),
    ],
)
def test_spaced_labels_with_plain_names(engine: Engine, text: str, value: str) -> None:
    assert value in person_spans(engine, text)


def test_a_spaced_label_before_a_phrase_is_no_name(engine: Engine) -> None:
    assert person_spans(engine, "신 청 인 : 도서관 이용 안내") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("참석: 한소망(팀장), 김 감독관, 정 감독관", ["한소망", "김", "정"]),
        ("위임장은 직원 하 과장이 지참.", ["하"]),
        ("박 주무관에게 전달", ["박"]),
    ],
)
def test_surname_and_rank_without_the_honorific(engine: Engine, text: str, values: list[str]) -> None:
    found = person_spans(engine, text)
    assert all(v in found for v in values), found


@pytest.mark.parametrize(
    "text",
    [
        "한 기자가 질문했다",  # a reporter
        "두 과장이 합의했다",  # two managers
        "전 과장이 퇴임했다",  # the former manager
        "Summarise 이 기사 in English",  # this article
        "이 대표 사례를 보면",  # this typical case
        "여 기자 한 명",  # a female reporter
    ],
)
def test_words_before_ranks_are_not_surnames(engine: Engine, text: str) -> None:
    assert person_spans(engine, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("원래 이름 Lê Văn Tú, 외국인등록번호 확인", "Lê Văn Tú"),
        ("통역 요청: Nguyễn Thị Hương 씨, 베트남어", "Nguyễn Thị Hương"),
        ("Chloé Martin-Park 님께 회신", "Chloé Martin-Park"),
        ("선원 Somchai Boonmee 승선 확인", "Somchai Boonmee"),
        ("Ayesha Bibi, 파키스탄 국적 근로자", "Ayesha Bibi"),
    ],
)
def test_foreign_residents_names(engine: Engine, text: str, value: str) -> None:
    assert value in person_spans(engine, text)


def test_given_names_are_known_with_their_diacritics() -> None:
    names = GivenNames(frozenset(("Chloe", "Ines", "Huong", "Lukasz")))
    assert "Chloé" in names and "Inès" in names and "Hương" in names and "Łukasz" in names
    assert "Chloë" in names and "Chloa" not in names and 3 not in names
    assert fold_marks("Đức") == "Duc" and fold_marks("Søren") == "Soren" and fold_marks("plain") == "plain"


def test_vietnamese_letters_alone_do_not_make_a_name(engine: Engine) -> None:
    assert person_spans(engine, "Phở Bò Tái giá 12,000원, Bánh Mì Thịt 6,000원") == []
