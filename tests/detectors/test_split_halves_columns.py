"""detectors.split_halves, red-team #10 F1 left-overs: resident numbers pasted as a column of fronts and a column of
backs whose counts differ, whose front rows hold two dates, or which carry no check digit (born after October 2020);
and the ordinary tables of dates and numbers that must stay what they are."""

from __future__ import annotations

import random

import pytest

import detectors.split_halves as split_halves
from detectors import Engine
from detectors.split_halves import split_numbers

ENGINE = Engine()
NAMES = ["김민수", "이영희", "박철수", "최지은", "정다은", "강호동", "조민호", "윤서연", "장미란", "임도윤"]


def _rrn(front: str, body: str) -> tuple[str, str]:
    """A front half and a back half (`body` plus its check digit) that prove a resident number."""
    total = sum(int(d) * w for d, w in zip(front + body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    return front, body + str((11 - total % 11) % 10)


_RANDOM = random.Random(20261124)
# twenty valid numbers, born 1950-1969
ROWS = [_rrn(f"{50 + i:02d}{_RANDOM.randint(1, 12):02d}{_RANDOM.randint(1, 28):02d}",
             f"{1 + i % 2}{_RANDOM.randint(0, 99999):05d}") for i in range(20)]  # fmt: skip
# twelve children born 2021-2024: gender digit 3 or 4 and a random last digit, so no check digit pairs or proves them
CHILDREN = [(f"{21 + i % 4:02d}{1 + i % 12:02d}{1 + (i * 5) % 28:02d}", f"{3 + i % 2}{(i * 48271) % 1000000:06d}")
            for i in range(12)]  # fmt: skip


def pairs(texts: list[str]) -> list[str]:
    """Each number found, front and back joined, in sorted order."""
    out = []
    for n in split_numbers(texts):
        a = texts[n.first.text][n.first.start : n.first.end]
        b = texts[n.second.text][n.second.start : n.second.end]
        out.append(a + b if len(a) == 6 else b + a)
    return sorted(out)


def joined(rows: list[tuple[str, str]]) -> list[str]:
    return sorted(f + b for f, b in rows)


def _list(head: str, row: str, halves: list[tuple[int, str]]) -> str:
    """A heading, then one line per (row number, half)."""
    return head + "\n".join(row.format(n=n, name=NAMES[(n - 1) % 10], half=h) for n, h in halves)


def _fronts(rows: list[tuple[str, str]], row: str = "{n}. {name} {half}", head: str = "주민번호 앞자리:\n") -> str:
    return _list(head, row, [(i + 1, f) for i, (f, _) in enumerate(rows)])


def _backs(rows: list[tuple[str, str]], row: str = "{n}. {half}", head: str = "주민번호 뒷자리:\n") -> str:
    return _list(head, row, [(i + 1, b) for i, (_, b) in enumerate(rows)])


# --- counts that differ ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("missing", [0, 7, 19])
def test_a_back_missing_from_a_renumbered_list_is_passed_over(missing: int) -> None:
    """The sheet of backs lost a row and was numbered again: the rows before it pair in order, the rows after it one
    row further on, wherever the missing row was."""
    backs = [row for i, row in enumerate(ROWS) if i != missing]
    text = _fronts(ROWS) + "\n\n" + _backs(backs)
    found = pairs([text])
    # every back is read; where the row after the gap happens to hold its check digit with the back before the gap
    # too (one time in ten), that one row is read one row off: the digits can tell the two apart no better
    assert len(found) == len(backs)
    assert len(set(found) & set(joined(backs))) >= len(backs) - 1


@pytest.mark.parametrize("missing", [0, 11])
def test_a_front_missing_is_passed_over(missing: int) -> None:
    fronts = [row for i, row in enumerate(ROWS) if i != missing]
    texts = [_fronts(fronts, "- {name} {half}") + "\n이어서 보낼게", "네.", _backs(ROWS, "- {half}")]
    found = pairs(texts)
    assert len(found) == len(fronts)
    assert len(set(found) & set(joined(fronts))) >= len(fronts) - 1  # see the test above


def test_a_row_numbered_on_one_side_only_is_paired_by_its_number() -> None:
    """Both columns keep the sheet's row numbers (순번) and one back is missing: rows pair by number, children's
    numbers too, which no check digit could have lined up."""
    rows = ROWS[:6] + CHILDREN[:6]
    fronts = "순번\t성명\t주민번호 앞자리\n"
    fronts += "\n".join(f"{i + 1}\t{NAMES[i % 10]}\t{f}" for i, (f, _) in enumerate(rows))
    backs = "순번\t주민번호 뒷자리\n" + "\n".join(f"{i + 1}\t{b}" for i, (_, b) in enumerate(rows) if i != 8)
    kept = [row for i, row in enumerate(rows) if i != 8]
    assert pairs([fronts, backs]) == joined(kept)


def test_blank_rows_and_a_repeated_header_inside_a_column() -> None:
    """A page break repeats the header, and an empty cell leaves a blank line: the column goes on."""
    page_break = "\n\n주민번호 뒷자리 (계속)"
    backs = "\n".join(f"{i + 1}. {b}" + (page_break if i == 9 else "") for i, (_, b) in enumerate(ROWS))
    text = _fronts(ROWS, "{n}. {name} {half}\n") + "\n\n주민번호 뒷자리:\n" + backs
    assert pairs([text]) == joined(ROWS)


def test_counts_too_far_apart_are_not_paired_in_order() -> None:
    """Twenty fronts against ten unnumbered backs: no row can be told for another."""
    text = _fronts(ROWS, "- {name} {half}") + "\n\n" + _backs(ROWS[5:15], "- {half}")
    assert [n for n in split_numbers([text]) if n.second.start - n.first.end > 80] == []


RANDOM_CHECK = [(f, b[:6] + str((int(b[6]) + 1 + i % 9) % 10)) for i, (f, b) in enumerate(ROWS)]


def test_unequal_columns_that_do_not_prove_themselves() -> None:
    """Unnamed columns are nothing whatever their counts; named ones whose check digits are random are paired only
    where a back and one of its few nearest fronts happen to hold (MAX_NEIGHBOURS), never row by row."""
    unnamed = _fronts(ROWS, "- {half}", "주문일자:\n") + "\n\n" + _backs(ROWS[1:], "- {half}", "상품코드:\n")
    assert split_numbers([unnamed]) == []
    named = _fronts(RANDOM_CHECK, "- {half}") + "\n\n" + _backs(RANDOM_CHECK[1:], "- {half}")
    assert len(split_numbers([named])) <= 2 * split_halves.MAX_NEIGHBOURS


# --- two dates on a line -----------------------------------------------------------------------------------------

APPLIED = ["241103", "241104", "241105", "241108", "241111", "241112", "241113", "241114", "241115", "241118"]


@pytest.mark.parametrize(
    ("head", "row"),
    [
        ("성명\t생년월일\t신청일\n", "{name}\t{birth}\t{applied}"),
        ("성명\t신청일\t생년월일\n", "{name}\t{applied}\t{birth}"),
        ("| 성명 | 생년월일 | 신청일 |\n|---|---|---|\n", "| {name} | {birth} | {applied} |"),
        ("신청자 명단 (생년월일, 신청일):\n", "{n}. {name} {birth} (신청 {applied})"),
    ],
)
def test_a_birth_date_and_an_application_date_on_each_line(head: str, row: str) -> None:
    """Two dates per row make the fronts ambiguous: the column whose pairs hold their check digits is the one."""
    rows = ROWS[:10]
    fronts = head + "\n".join(
        row.format(n=i + 1, name=NAMES[i], birth=f, applied=APPLIED[i]) for i, (f, _) in enumerate(rows)
    )
    text = fronts + "\n\n같은 순서로 주민번호 뒷자리:\n" + "\n".join(b for _, b in rows)
    assert pairs([text]) == joined(rows)


def test_two_dates_a_line_of_children_are_both_read() -> None:
    """Without a check digit the birth date and the application date cannot be told apart: both are read, so the
    birth date is covered whichever it is."""
    rows = CHILDREN[:6]
    fronts = "성명\t생년월일\t신청일\n" + "\n".join(f"{NAMES[i]}\t{f}\t{APPLIED[i]}" for i, (f, _) in enumerate(rows))
    text = fronts + "\n\n주민번호 뒷자리\n" + "\n".join(b for _, b in rows)
    found = pairs([text])
    assert set(joined(rows)) <= set(found)
    assert all(p[:6] in {f for f, _ in rows} | set(APPLIED) for p in found)


def test_a_table_of_order_and_delivery_dates_with_order_numbers_is_nothing() -> None:
    """Two dates a line and a column of seven-digit numbers, none of it named as resident numbers."""
    rows = "\n".join(f"{APPLIED[i]}\t{APPLIED[9 - i]}\t{b}" for i, (_, b) in enumerate(ROWS[:10]))
    text = "주문일\t배송일\t주문번호\n" + rows
    assert split_numbers([text]) == []
    dates = "주문일\t배송일\n" + "\n".join(f"{APPLIED[i]}\t{f}" for i, (f, _) in enumerate(ROWS[:10]))
    assert split_numbers([dates + "\n\n주문번호\n" + "\n".join(b for _, b in ROWS[:10])]) == []


# --- no check digit: children born after October 2020 ----------------------------------------------------------


@pytest.mark.parametrize(
    ("front_head", "front_row", "back_head", "back_row"),
    [
        ("주민번호 앞자리:\n", "{n}. {name} {half}", "주민번호 뒷자리:\n", "{n}. {half}"),
        ("아동 명단 (생년월일)\n", "- {name} {half}", "뒷자리 (같은 순서)\n", "- {half}"),
        ("순번\t성명\t주민등록번호 앞 6자리\n", "{n}\t{name}\t{half}", "순번\t뒤 7자리\n", "{n}\t{half}"),
        ("children, resident registration numbers (first six):\n", "{name}: {half}", "last seven, same order:\n",
         "({n}) {half}"),
    ],
)  # fmt: skip
def test_columns_of_children_are_numbers_when_the_headings_say_so(
    front_head: str, front_row: str, back_head: str, back_row: str
) -> None:
    rows = CHILDREN
    fronts = _list(front_head, front_row, [(i + 1, f) for i, (f, _) in enumerate(rows)])
    backs = _list(back_head, back_row, [(i + 1, b) for i, (_, b) in enumerate(rows)])
    assert pairs([fronts + "\n\n" + backs]) == joined(rows)
    assert pairs([fronts, "네, 이어서 보내 주세요.", backs]) == joined(rows)


def test_columns_of_children_are_blocked_by_the_engine() -> None:
    text = _fronts(CHILDREN) + "\n\n" + _backs(CHILDREN) + "\n\n두 목록을 합쳐 주민등록번호로 정리해줘"
    assert any(f.entity.value == "KR_RRN" and f.score >= 0.5 for f in ENGINE.scan(text))


SERIALS = [f"{3012345 + 3 * i}" for i in range(12)]
# a paragraph between the columns, so the last front and the first back are not read as one number told with a word
# between them (detectors.normalize joins `241228 나머지 3000000`)
BETWEEN = "\n\n위 목록은 지난달 기준입니다. 아래 목록도 같은 순서로 정리되어 있으니 함께 확인해 주세요.\n\n"


@pytest.mark.parametrize(
    ("front_head", "back_head", "backs"),
    [
        # dates and seven-digit order numbers: nothing names resident numbers
        ("주문일자:\n", "주문번호:\n", [b for _, b in CHILDREN]),
        ("접수일\n", "나머지 접수 건\n", [b for _, b in CHILDREN]),
        # 주민센터 is an office: its receipt dates and receipt numbers are no resident numbers
        ("주민센터 민원 접수일:\n", "주민센터 접수번호:\n", [b for _, b in CHILDREN]),
        # named, but the backs count up like serial numbers
        ("주민번호 앞자리 목록\n", "같은 순서의 뒷자리 목록\n", SERIALS),
        # only the backs' heading names a half, and a harmless label stands over them
        ("가입일:\n", "회원번호 뒷자리:\n", [b for _, b in CHILDREN]),
        # a birth date and an unnamed number: one word for one column is not enough
        ("생년월일:\n", "회원 코드:\n", [b for _, b in CHILDREN]),
    ],
)
def test_dates_and_seven_digit_numbers_without_a_check_digit_stay_unpaired(
    front_head: str, back_head: str, backs: list[str]
) -> None:
    fronts = [f for f, _ in CHILDREN]
    text = _list(front_head, "- {half}", list(enumerate(fronts, 1))) + BETWEEN
    text += _list(back_head, "- {half}", list(enumerate(backs, 1)))
    assert [n for n in split_numbers([text]) if n.second.start - n.first.end > 60] == []
    assert not any(f.entity.value == "KR_RRN" and f.score >= 0.5 for f in ENGINE.scan(text))


def test_a_child_column_whose_pairs_fail_is_not_read() -> None:
    """Children's columns need all pairs but a quarter to hold: every other back here has a 1900s gender digit and a
    wrong check digit."""
    rows = []
    for i, (f, b) in enumerate(CHILDREN):
        if i % 2:
            good = _rrn(f, "1" + b[1:6])[1]
            b = good[:6] + str((int(good[6]) + 1) % 10)
        rows.append((f, b))
    assert split_numbers([_fronts(rows) + "\n\n" + _backs(rows)]) == []


def test_a_child_column_with_rows_that_are_no_dates_pairs_the_rest_by_row_number() -> None:
    """A front that is no date (month 13) is no half: the numbered rows that are pair by their numbers."""
    rows = [(f if i % 2 else f[:2] + "13" + f[4:], b) for i, (f, b) in enumerate(CHILDREN)]
    assert pairs([_fronts(rows) + "\n\n" + _backs(rows)]) == joined(rows[1::2])


def test_column_work_with_unequal_counts_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Columns of different counts that never prove a number: passing over rows costs a bounded number of checks."""
    calls = 0
    real = split_halves._plausible

    def counting(front: object, back: object) -> object:
        nonlocal calls
        calls += 1
        return real(front, back)  # type: ignore[arg-type]

    monkeypatch.setattr(split_halves, "_plausible", counting)
    rows = 2_000
    text = "주민번호 앞자리\n" + "850315 850316\n" * rows + "\n주민번호 뒷자리\n" + "1234567\n" * (rows - 1)
    assert split_numbers([text]) == []
    assert calls <= 4 * rows * 2 * split_halves.MAX_NEIGHBOURS


def test_a_long_column_beside_many_short_ones_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """One numbered column of 2,000 fronts and, within COLUMN_FAR of it, many numbered columns of two backs that never
    prove a number: each row's number is read once, not once for every short column tried against the long one, and
    each trial reads the shorter column."""
    calls = {"rows": 0, "pairs": 0}
    real_key, real_plausible = split_halves._ROW_KEY, split_halves._plausible

    class CountingKey:
        def match(self, text: str, pos: int, endpos: int) -> object:
            calls["rows"] += 1
            return real_key.match(text, pos, endpos)

    def counting_pairs(front: object, back: object) -> object:
        calls["pairs"] += 1
        return real_plausible(front, back)  # type: ignore[arg-type]

    monkeypatch.setattr(split_halves, "_ROW_KEY", CountingKey())
    monkeypatch.setattr(split_halves, "_plausible", counting_pairs)
    rows, blocks = 2_000, 300
    text = "주민번호 앞자리\n" + "".join(f"{i + 1}. 850315\n" for i in range(rows))
    text += "\n\n\n주민번호 뒷자리\n1. 1234567\n2. 1234567\n" * blocks
    assert split_numbers([text]) == []
    assert calls["rows"] <= rows + 2 * blocks
    assert calls["pairs"] <= 20 * blocks
