"""detectors.split_halves: a resident or alien number told in two halves apart from each other is one number when
its date, gender digit and check digit hold and a word names it; nothing else is, and the work stays linear."""

from __future__ import annotations

import pytest

import detectors.split_halves as split_halves
from detectors import Engine, Entity
from detectors.digits import digit_runs
from detectors.split_halves import FAR_CHARS, line_runs, split_numbers

ENGINE = Engine()
# 850315-1234566: a valid resident number; 900101-5234564: a valid alien number (its own check rule)
FRONT, BACK = "850315", "1234566"


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity.value, text[f.start : f.end]) for f in ENGINE.scan(text) if f.score >= 0.5]


def pieces(texts: list[str]) -> list[tuple[str, int, str, int, str]]:
    return [
        (n.entity.value, n.first.text, texts[n.first.text][n.first.start : n.first.end], n.second.text,
         texts[n.second.text][n.second.start : n.second.end])
        for n in split_numbers(texts)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (f"제 생년월일은 {FRONT} 이고요, 회의 끝나고 말씀드릴게요. 참고로 뒷자리는 {BACK} 입니다.", f"{FRONT} 이고요"),
        (f"앞자리 {FRONT} 그리고 회의는 3시에 합니다. 뒷자리 {BACK}", f"{FRONT} 그리고"),
        (f"birth {FRONT}, and after lunch: the rest of my resident number is {BACK}", f"{FRONT}, and"),
        # the back half first
        (f"뒷자리는 {BACK}이에요. 아, 그리고 생일은 {FRONT}.", f"{BACK}이에요"),
        # a table of two labelled lines with another line between them
        (f"주민번호 앞 6자리: {FRONT}\n주소: 서울시 종로구 세종대로 209\n주민번호 뒤 7자리: {BACK}", f"{FRONT}\n주소"),
    ],
)
def test_far_halves_are_one_resident_number(text: str, span: str) -> None:
    hits = [(e, v) for e, v in found(text) if e == "KR_RRN"]
    assert len(hits) == 1
    value = hits[0][1]
    assert value.startswith(span) and (value.endswith(BACK) or value.endswith(FRONT))


def test_far_halves_of_an_alien_number() -> None:
    text = "외국인 근로자 등록 건입니다. 앞자리 900101, 체류지는 안산이고 뒷자리 5234564 입니다."
    assert [e for e, _ in found(text) if e.startswith("KR_")] == ["KR_ALIEN_REG"]


@pytest.mark.parametrize(
    "text",
    [
        # no word names the halves: a date and a ticket number
        f"접수일 {FRONT}, 처리 예정 건수 메모: 접수번호 {BACK}",
        # the check digit fails
        f"앞자리 {FRONT} 그리고 회의는 3시에 합니다. 뒷자리 1234567",
        # not a date (month 13)
        "앞자리 851315 그리고 회의는 3시에 합니다. 뒷자리 1234566",
        # a later number (born 2021) has a random last digit: its halves prove nothing
        "앞자리 210315 그리고 회의는 3시에 합니다. 뒷자리 3234561",
        # too far apart
        f"앞자리 {FRONT}. " + "회의 내용을 정리합니다. " * 40 + f"뒷자리 {BACK}",
        # each group is part of a longer number
        f"주민 민원 접수 2024-{FRONT}-77, 뒷자리 참고 코드 {BACK}-1",
    ],
)
def test_not_a_split_number(text: str) -> None:
    assert split_numbers([text]) == []


def test_far_limit_is_measured_between_the_halves() -> None:
    gap = "가" * (FAR_CHARS - 8)
    assert pieces([f"앞자리 {FRONT} {gap} {BACK}"]) == [("KR_RRN", 0, FRONT, 0, BACK)]
    assert pieces([f"앞자리 {FRONT} {gap + '가' * 10} {BACK}"]) == []


def test_halves_in_two_texts() -> None:
    texts = [f"제 주민번호 앞자리는 {FRONT}예요", "네, 뒷자리도 알려주세요.", f"{BACK}입니다"]
    assert pieces(texts) == [("KR_RRN", 0, FRONT, 2, BACK)]


def test_each_back_half_pairs_with_the_nearest_front_that_proves_it() -> None:
    text = f"생년월일 991231, 앞자리 {FRONT}, 뒷자리 {BACK}, 다른 사람 생년월일 {FRONT}"
    assert pieces([text]) == [("KR_RRN", 0, FRONT, 0, BACK)]
    assert text.index(FRONT) == split_numbers([text])[0].first.start


def test_a_whole_number_is_left_to_the_digit_runs() -> None:
    # written together: the digit-run candidates read it (with their own layout and context rules)
    assert split_numbers([f"주민번호 {FRONT}-{BACK}"]) == []
    assert split_numbers([f"주민번호 {FRONT} {BACK}"]) == []


def test_work_is_bounded_on_hostile_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of halves that never prove a number: each back half is checked against at most 2 * MAX_NEIGHBOURS
    fronts, so the checks grow with the text, not with its square."""
    calls = 0
    real = split_halves._entity

    def counting(front: object, back: object) -> Entity | None:
        nonlocal calls
        calls += 1
        return real(front, back)  # type: ignore[arg-type]

    monkeypatch.setattr(split_halves, "_entity", counting)
    text = "주민 " + "850315 x 1234567 y " * 5_000
    assert split_numbers([text]) == []
    assert 5_000 <= calls <= 5_000 * 2 * split_halves.MAX_NEIGHBOURS


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "카드 앞 8자리는 43573249 이고, 회의는 3시. 뒤 8자리는 34695466 입니다.",
            "43573249 이고, 회의는 3시. 뒤 8자리는 34695466",
        ),
        ("card first half 4357 3249; later: second half 3469-5466", "4357 3249; later: second half 3469-5466"),
    ],
)
def test_card_halves_apart_are_one_card(text: str, span: str) -> None:
    assert ("CREDIT_CARD", span) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "카드 결제 기간 20251001 부터 20251031 까지",  # dates: no issuer
        "card first half 4357 3249; later: second half 3469-5467",  # Luhn fails
        "주문 43573249 배송 34695466",  # Luhn and issuer hold, but nothing says card
        "카드 4357-3249-3469-5466-12 다음 3469-5466",  # a group of a longer number is no half
    ],
)
def test_card_halves_need_luhn_issuer_and_a_card_word(text: str) -> None:
    assert [e for e, s in found(text) if e == "CREDIT_CARD" and len(s) > 20] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # twelfth held-out set: halves in quoted chat lines, the first glued to the next line's timestamp by the runs
        (
            "[10:02] customer: my card starts 5285 2127\n[10:02] agent: thanks, and the rest?\n[10:03] customer: 9262 "
            "7370, expiry 04/28",
            "5285 2127\n[10:02] agent: thanks, and the rest?\n[10:03] customer: 9262 7370",
        ),
        # a card told group by group with ordinals between the groups
        ("카드번호가 '4909(첫째) 2517(둘째) 7886(셋째) 6874(넷째)' 이렇게", "4909(첫째) 2517(둘째) 7886(셋째) 6874"),
        ("card: 4909 (first) 2517 (second) 7886 (third) 6874 (fourth)", "4909 (first) 2517 (second) 7886 (third) 6874"),
    ],
)
def test_card_halves_across_chat_lines_and_groups_with_words_between(text: str, span: str) -> None:
    assert ("CREDIT_CARD", span) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "카드 결제 4909원, 2517원, 7886원, 6874원",  # prices
        "card: 4909 (first) 2517 (second) 7886 (third) 6875 (fourth)",  # Luhn fails
        "주문 4909(첫째) 2517(둘째) 7886(셋째) 6874(넷째)",  # nothing says card
        "카드 4909 a 2517 b 7886 c 6874 d 1234",  # five groups in a row: a list, not one number
        "카드 4909 (첫째)\n2517 (둘째) 7886 (셋째) 6874",  # groups on two lines are not read this way
    ],
)
def test_groups_with_words_between_need_luhn_issuer_a_card_word_and_four_groups(text: str) -> None:
    assert [e for e, s in found(text) if e == "CREDIT_CARD" and len(s) > 20] == []


def test_resident_halves_in_chat_lines_with_timestamps() -> None:
    text = "[10:02] customer: 주민번호 앞자리 850315\n[10:03] agent: 뒷자리는요?\n[10:04] customer: 1234566"
    assert ("KR_RRN", "850315\n[10:03] agent: 뒷자리는요?\n[10:04] customer: 1234566") in found(text)


def test_line_runs_cut_runs_at_line_breaks() -> None:
    text = "5285 2127\n[10:02] x 850315-\n1234566"
    runs = digit_runs(text)
    assert [text[s:e] for s, e in runs] == ["5285 2127\n[10:02", "850315-\n1234566"]
    assert [text[s:e] for s, e in line_runs(text, runs)] == ["5285 2127", "10:02", "850315", "1234566"]


# red-team #10 F1: a row number before a half joins it into a longer digit run (`1. 1234566` is eight digits)
@pytest.mark.parametrize(
    ("texts", "back"),
    [
        ([f"주민번호 앞자리:\n1. 김민수 {FRONT}\n\n주민번호 뒷자리:\n1. {BACK}"], BACK),
        ([f"주민번호 앞자리:\n1) 김민수 {FRONT}", f"주민번호 뒷자리:\n 1) {BACK}"], BACK),
        ([f"순번\t성명\t주민번호 앞자리\n1\t김민수\t{FRONT}", f"순번\t주민번호 뒷자리\n1\t{BACK}"], BACK),
        ([f"| 순번 | 성명 | 주민번호 앞자리 |\n| 1 | 김민수 | {FRONT} |\n\n| 순번 | 뒷자리 |\n| 1 | {BACK} |"], BACK),
        ([f"주민번호 앞자리:\n- 1. {FRONT}\n주민번호 뒷자리:\n- 1. {BACK}"], BACK),
    ],
)
def test_a_half_after_a_row_number_or_in_a_table_cell(texts: list[str], back: str) -> None:
    found_pieces = pieces(texts)
    assert [(p[0], p[2], p[4]) for p in found_pieces] == [("KR_RRN", FRONT, back)]


@pytest.mark.parametrize(
    "text",
    [
        # no word names the halves: an order number and a product code in numbered rows
        f"주문번호:\n1. {FRONT}\n\n상품코드:\n1. {BACK}",
        # a decimal at a line's start is no row number
        f"주민번호 앞자리 {FRONT}\n\n측정값:\n1.{BACK}",
        # five digits are no row number
        f"주민번호 앞자리 {FRONT}\n\n뒷자리:\n12345. {BACK}",
        # a row marker stands at a line's start, not after a word
        f"주민번호 앞자리 {FRONT}\n\n뒷자리 참고 코드 v1. {BACK}",
        # the check digit fails
        f"주민번호 앞자리:\n1. 김민수 {FRONT}\n\n주민번호 뒷자리:\n1. 1234567",
        # a whole number after a row number is left to the digit runs
        f"주민번호:\n1. 김민수 {FRONT}-{BACK}",
    ],
)
def test_not_a_half_after_a_row_number(text: str) -> None:
    assert split_numbers([text]) == []


def _rrn(front: str, body: str) -> tuple[str, str]:
    """A front half and a back half (`body` plus its check digit) that prove a resident number."""
    total = sum(int(d) * w for d, w in zip(front + body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    return front, body + str((11 - total % 11) % 10)


NAMES = ["김민수", "이영희", "박철수", "최지은", "정다은", "강호동", "조민호", "윤서연", "장미란", "임도윤"]
# fifty valid numbers, born 1950-1999
ROWS = [_rrn(f"{50 + i % 50:02d}{1 + i % 12:02d}{1 + (i * 7) % 28:02d}", f"{1 + i % 2}{(i * 7919) % 100000:05d}")
        for i in range(50)]  # fmt: skip


def _columns(rows: list[tuple[str, str]], front_row: str, back_row: str) -> tuple[str, str]:
    fronts = "\n".join(front_row.format(n=i + 1, name=NAMES[i % 10], half=f) for i, (f, _) in enumerate(rows))
    backs = "\n".join(back_row.format(n=i + 1, half=b) for i, (_, b) in enumerate(rows))
    return fronts, backs


COLUMN_LAYOUTS = [
    ("순번\t성명\t주민번호 앞자리\n", "{n}\t{name}\t{half}", "순번\t주민번호 뒷자리\n", "{n}\t{half}"),
    ("이름과 주민번호 앞자리:\n", "{n}. {name} {half}", "같은 순서로 주민번호 뒷자리:\n", "{n}. {half}"),
    ("이름과 주민번호 앞자리:\n", "{n}. {name} {half}", "나머지:\n", "{n}. {half}"),
    ("이름과 생년월일:\n", "- {name} {half}", "뒷자리는 아래와 같아(같은 순서):\n", "- {half}"),
    ("| 순번 | 성명 | 앞 6자리 |\n|---|---|---|\n", "| {n} | {name} | {half} |", "| 순번 | 뒤 7자리 |\n|---|---|\n",
     "| {n} | {half} |"),
    ("first part of each resident number:\n", "{name}: {half}", "and the last part, same order:\n", "({n}) {half}"),
]  # fmt: skip


@pytest.mark.parametrize("rows", [2, 4, 20, 50])
@pytest.mark.parametrize(("front_head", "front_row", "back_head", "back_row"), COLUMN_LAYOUTS)
def test_halves_pasted_column_by_column_pair_row_by_row(
    rows: int, front_head: str, front_row: str, back_head: str, back_row: str
) -> None:
    """red-team #10 F1: the i-th front with the i-th back, in one text or in two messages with a reply between."""
    fronts, backs = _columns(ROWS[:rows], front_row, back_row)
    expected = [("KR_RRN", f, b) for f, b in ROWS[:rows]]
    one = front_head + fronts + "\n\n" + back_head + backs + "\n\n두 표를 합쳐 주민등록번호 13자리 명단을 만들어줘"
    assert sorted((p[0], p[2], p[4]) for p in pieces([one])) == sorted(expected)
    texts = [front_head + fronts + "\n이어서 보낼게", "네, 나머지를 보내 주세요.", back_head + backs]
    assert sorted((p[0], p[2], p[4]) for p in pieces(texts)) == sorted(expected)


def test_a_column_pair_without_a_check_digit_is_reported_with_the_proven_ones() -> None:
    """Once most pairs prove the columns, a child born after October 2020 (no check digit) is a number too."""
    rows = [*ROWS[:6], ("210315", "3234561")]
    fronts, backs = _columns(rows, "{n}. {name} {half}", "{n}. {half}")
    text = f"주민번호 앞자리:\n{fronts}\n\n주민번호 뒷자리:\n{backs}"
    assert sorted(p[2] + p[4] for p in pieces([text])) == sorted(f + b for f, b in rows)


@pytest.mark.parametrize(
    ("front_head", "back_head", "rows"),
    [
        # no word names the halves: order numbers (dates) and product codes, even when they happen to check
        ("주문일자:\n", "상품코드:\n", ROWS[:20]),
        # named, but the check digits are random: one pair in ten holds
        ("주민번호 앞자리:\n", "주민번호 뒷자리:\n", [(f, b[:6] + str((int(b[6]) + 1 + i % 9) % 10))
                                                for i, (f, b) in enumerate(ROWS[:20])]),
        # named, but only two of four hold
        ("주민번호 앞자리:\n", "주민번호 뒷자리:\n", [*ROWS[:2], (ROWS[2][0], "1000000"), (ROWS[3][0], "2000000")]),
    ],
)  # fmt: skip
def test_columns_that_do_not_prove_resident_numbers(
    front_head: str, back_head: str, rows: list[tuple[str, str]]
) -> None:
    fronts, backs = _columns(rows, "{n}. {half}", "{n}. {half}")
    text = front_head + fronts + "\n\n" + back_head + backs
    # far apart: a pair found by its neighbours (MAX_NEIGHBOURS) is no column pair
    assert [p for p in pieces([text]) if abs(text.index(p[2]) - text.index(p[4])) > 60] == []


def test_column_work_is_bounded_on_hostile_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Columns that never prove a number: each pair is checked a bounded number of times."""
    calls = 0
    real = split_halves._plausible

    def counting(front: object, back: object) -> Entity | None:
        nonlocal calls
        calls += 1
        return real(front, back)  # type: ignore[arg-type]

    monkeypatch.setattr(split_halves, "_plausible", counting)
    rows = 2_000
    text = "주민번호 앞자리\n" + "850315\n" * rows + "\n주민번호 뒷자리\n" + "1234567\n" * rows
    small = ("주민번호 앞자리\n" + "850315\n" * 2 + "\n\n\n주민번호 뒷자리\n" + "1234567\n" * 2 + "\n\n\n") * rows
    for hostile in (text, small):
        calls = 0
        assert split_numbers([hostile]) == []
        assert calls <= 4 * rows * 2 * split_halves.MAX_NEIGHBOURS
