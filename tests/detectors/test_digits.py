from __future__ import annotations

import pytest

from detectors import Engine
from detectors.digits import Layout, find_candidates

LENGTHS = frozenset({10, 11, 13, 16})
SHAPES = frozenset({(6, 7), (3, 4, 4), (4, 4, 4, 4)})


def _cands(text: str) -> set[tuple[str, Layout]]:
    return {(c.digits, c.layout) for c in find_candidates(text, LENGTHS, SHAPES)}


@pytest.mark.parametrize(
    ("text", "digits", "layout"),
    [
        ("900101-1234567", "9001011234567", Layout.GROUPED),
        ("9001011234567", "9001011234567", Layout.PLAIN),
        ("010 1234 5678", "01012345678", Layout.GROUPED),
        ("010-1234 5678", "01012345678", Layout.SPREAD),
        ("9 0 0 1 0 1 - 1 2 3 4 5 6 7", "9001011234567", Layout.SPREAD),
        ("900101 - 12 345 67", "9001011234567", Layout.SPREAD),
        ("010-1234-5678 900101-1234567", "9001011234567", Layout.GROUPED),
    ],
)
def test_candidate_layouts(text: str, digits: str, layout: Layout) -> None:
    assert (digits, layout) in _cands(text)


def test_longer_runs_are_not_cut_into_ids() -> None:
    assert _cands("90010112345678") == set()


def test_offsets_cover_first_to_last_digit() -> None:
    text = "번호 010-1234-5678 끝"
    (cand,) = [c for c in find_candidates(text, LENGTHS, SHAPES) if c.digits == "01012345678"]
    assert text[cand.start : cand.end] == "010-1234-5678"


@pytest.mark.parametrize(
    "unit", ["1 ", "12-", "0" * 50 + " ", "1.2.", "010-1234-5678 ", "1\n", "1 2 3 4 5 6 7 8 9 0 1 2 3\n"]
)
def test_candidate_count_grows_linearly(unit: str) -> None:
    small = len(find_candidates(unit * 2_000, LENGTHS, SHAPES))
    large = len(find_candidates(unit * 8_000, LENGTHS, SHAPES))
    assert large <= 4 * small + 8


def test_slash_separated_number_is_grouped() -> None:
    assert ("01012345678", Layout.GROUPED) in _cands("010/1234/5678")


def test_few_group_fast_path_matches_the_general_path() -> None:
    """Runs of two or three groups take a shorter path; on random runs it gives exactly the general windows."""
    import random

    from detectors.digits import _GROUP, _SEPARATOR, _few_group_candidates, _general_candidates, shape_prefixes

    rng = random.Random(20261123)
    seps = [" ", "-", ".", "/", "(", ")", " - ", "\n", "..", "-\n", " .", "()"]
    for _ in range(3_000):
        shapes = frozenset(tuple(rng.randint(1, 7) for _ in range(rng.randint(2, 3))) for _ in range(rng.randint(1, 6)))
        lengths = frozenset(rng.sample(range(1, 20), rng.randint(1, 8)))
        n = rng.randint(2, 3)
        body = rng.choice("0123456789") * rng.randint(1, 7)
        for _ in range(n - 1):
            body += rng.choice(seps) + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 7)))
        text = rng.choice(["", "a", " ", "x_"]) + body + rng.choice(["", "b", " "])
        rs = text.index(body[0])
        groups, found_seps = _GROUP.findall(body), _SEPARATOR.findall(body)
        fast = _few_group_candidates(text, rs, groups, found_seps, lengths, shapes)
        general = _general_candidates(text, rs, groups, found_seps, lengths, shapes, shape_prefixes(shapes))
        assert sorted(fast, key=lambda c: (c.start, c.end)) == sorted(general, key=lambda c: (c.start, c.end))


@pytest.mark.parametrize(
    "text",
    [
        "사업자등록번호는 000-00-00000 형식",
        "계좌번호 입력란: 000-000000-00-000 형식",
        "주민등록번호 000000-0000000",
        "카드번호 0000 0000 0000 0000",
        "연락처: 010-0000-0000",  # the phone recognizer's own rule: the subscriber number is one repeated digit
        "전화 02-0000-0000",
    ],
)
def test_placeholders_of_one_repeated_digit_are_not_findings(engine: Engine, text: str) -> None:
    assert engine.scan(text) == ()


def test_a_repeated_digit_inside_a_real_number_still_counts(engine: Engine) -> None:
    assert {f.entity.value for f in engine.scan("카드 4111 1111 1111 1111, 연락처 010-1111-2222")} == {
        "CREDIT_CARD",
        "PHONE_NUMBER",
    }


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("이름,주민번호앞,주민번호뒤\n홍길동,850315,1234566", "KR_RRN", "850315,1234566"),
        ("주민번호 8,5,0,3,1,5,-,1,2,3,4,5,6,6", "KR_RRN", "8,5,0,3,1,5,-,1,2,3,4,5,6,6"),
        ("card 4294,1996,8255,0949", "CREDIT_CARD", "4294,1996,8255,0949"),
        ("phone 010,1234,5678", "PHONE_NUMBER", "010,1234,5678"),
    ],
)
def test_bare_commas_join_groups_that_are_not_thousands(engine: Engine, text: str, entity: str, value: str) -> None:
    assert (entity, value) in {(f.entity.value, text[f.start : f.end]) for f in engine.scan(text)}


def test_thousands_stay_apart() -> None:
    from detectors.digits import digit_runs

    text = "예산 1,234,567,000원, 좌표 37.5665,126.9780"
    assert [text[s:e] for s, e in digit_runs(text)] == ["1", "234", "567", "000", "37.5665", "126.9780"]


def test_a_period_of_months_is_no_identifier(engine: Engine) -> None:
    # ninth held-out set: 가입기간 2018.03~2024.06 next to 송금 계좌 read as an account
    assert [f for f in engine.scan("송금 계좌 하나은행 / 가입기간 2018.03~2024.06") if f.score >= 0.5] == []
