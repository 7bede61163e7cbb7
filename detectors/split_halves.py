"""Resident and alien registration numbers told in two halves far apart: `앞자리는 900101이고 ... 뒷자리는 1234568`,
`birth 900101, ... the rest of my resident number is 1234568`, the front in one message and the back in a later one,
or the halves in two fields of a tool schema (red-team #8 F1).

The digit-run candidates (detectors.digits) join groups only across a few separator characters, and the
normalisation's connectives (`뒷자리는`) only a few known words; a half told a sentence later is beyond both. Here
every standalone group of six digits that reads as a birth date (YYMMDD) is paired with a standalone group of seven
whose first digit is a gender digit (1-4 resident, 5-8 alien), in either order, when they lie within FAR_CHARS
characters of each other (in the texts laid end to end), and the pair is kept only when

- the thirteen digits put together carry a valid check digit (numbers issued before October 2020; a later number's
  random tail proves nothing, and its back half under its own label is found by kr_rrn.BACK_HALF), and
- a word that says what the halves are (주민, 생년월일, 앞자리, 뒷자리, 나머지, resident, birth, the rest ...)
  stands near either half.

A date, a gender digit and a check digit hold for about one pair of random groups in 700; the word makes a pair of an
order date and a ticket number no number. Work is linear: each seven-digit group is checked against at most
MAX_NEIGHBOURS six-digit groups on either side (the date and check-digit rules of detectors.resident_numbers).

Digit runs are cut at line breaks first (`line_runs`): a half that ends a chat line is not part of the timestamp that
starts the next one. A half in a table cell or after a row number (`1. 1181596`, `1\\t1181596`, `| 1 | 1181596 |`) is
a half too (`_half_spans`). Halves pasted column by column, the fronts of a list and then the backs in the same order,
are paired row by row however far the i-th back stands from the i-th front (see MIN_COLUMN below).

Card numbers are read the same way from two eight-digit halves, and from four groups of four
told with words between them on one line (`4909(첫째) 2517(둘째) ...`; see CARD_WORDS and CARD_GROUPS below).
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from detectors.card_numbers import known_issuer, luhn_ok
from detectors.context_words import NEGATIVE
from detectors.digits import digit_runs
from detectors.resident_numbers import CENTURY, birth_date_valid, frn_checksum_ok, rrn_checksum_ok
from detectors.types import Entity

__all__ = [
    "CARD_WORDS",
    "FAR_CHARS",
    "RESIDENT_WORDS",
    "Half",
    "SplitNumber",
    "is_row_number",
    "item_number_end",
    "line_runs",
    "row_marker_end",
    "split_numbers",
]

FAR_CHARS = 400  # from the end of one half to the start of the other, in the texts laid end to end
MAX_NEIGHBOURS = 3  # six-digit groups looked at on each side of a seven-digit one
WORD_BEFORE = 80  # where a word that names the halves may stand, around each half
WORD_AFTER = 40
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Words that name a resident or alien number or its halves. Matched on lower-cased text, anywhere (a pair needs a
# valid check digit besides, so a word inside a longer one does no harm).
WORDS = re.compile(
    r"주민|생년월일|생일|앞자리|뒷자리|앞번호|뒷번호|앞\s?(?:6|여섯)|뒤\s?(?:7|일곱)|앞부분|뒷부분|나머지|외국인|등록번호|신분증"
    r"|resident|rrn|registration|birth|dob|national id|front|back half|first half|second half|first six|last seven"
    r"|the rest|remaining|alien|arc\b|id number"
)
GENDER_DIGITS = frozenset("12345678")  # 1-4 resident, 5-8 alien (9 and 0, the 1800s, are not looked for)


@dataclass(frozen=True, slots=True)
class Half:
    """One half: `text` is its index in the texts given to `split_numbers`, start/end its offsets there."""

    text: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SplitNumber:
    """A number put together from two halves; `first` is the one read first (the back half may come first)."""

    entity: Entity
    first: Half
    second: Half


@dataclass(frozen=True, slots=True)
class _Group:
    half: Half
    at: int  # start in the texts laid end to end (one character between texts)
    end_at: int
    digits: str


def _plausible(front: _Group, back: _Group) -> Entity | None:
    """The entity a pair's date and gender digit allow, whatever its check digit: no citizen born in a year still to
    come and no alien either."""
    digits = front.digits + back.digits
    if not birth_date_valid(digits) or CENTURY[digits[6]] + int(digits[:2]) > time.gmtime().tm_year:
        return None
    return Entity.KR_RRN if digits[6] in "1234" else Entity.KR_ALIEN_REG


def _unchecked(front: _Group, back: _Group) -> bool:
    """Born after October 2020: a random last digit, which proves nothing."""
    return back.digits[0] in "34" and front.digits[:2] >= "20"


def _proves(entity: Entity, front: _Group, back: _Group) -> bool:
    """A plausible pair's check digit holds."""
    if _unchecked(front, back):
        return False
    digits = front.digits + back.digits
    if entity is Entity.KR_RRN:
        return rrn_checksum_ok(digits)
    # alien numbers: their own rule, or the resident one some older numbers use
    return frn_checksum_ok(digits) or rrn_checksum_ok(digits)


def _entity(front: _Group, back: _Group) -> Entity | None:
    """The entity the thirteen digits prove, or None: date, gender digit and check digit. Stricter than the whole
    number's reading: no citizen born in 2020 or later (whose number may have a random tail) and no alien born in a
    year still to come."""
    entity = _plausible(front, back)
    return entity if entity is not None and _proves(entity, front, back) else None


# A row of a table or a numbered list puts a row number or other cells before a half: `1. 1181596`, `1) 1181596`,
# `1\t1181596`, `| 1 | 1181596 |`, `① 1181596` (the normalisation reads a circled number as its digits, `1 1181596`)
# (red-team #10 F1). detectors.digits joins such a row into one run of eight or nine digits, so a line's run that
# holds a tab or a `|` is read cell by cell, and one that starts its line (after spaces, pipes, bullets or a bracket)
# with a row marker is read from the group after the marker. A row marker is one to four digits and `.` or `)`, a
# tab or a pipe, or one or two digits and a space (`3.1181596` is a decimal). Each character of a run is read a
# bounded number of times. kr_rrn reads a half after its label, and the cells of a table, with the same markers
# (`row_marker_end`).
_CELL = re.compile(r"[^\t|]+")
_CELL_MARKS = re.compile(r"[\t|]")
_ROW_NUMBER = "[0-9]{1,4}"
_ITEM_MARK = r"\.[ \t]+|\)[ \t]*"  # `1. `, `1)`: a numbered list's item
_ROW_MARKER = re.compile(rf"{_ROW_NUMBER}(?:{_ITEM_MARK}|[ \t]*[\t|][ \t]*)(?=[0-9])|[0-9]{{1,2}} +(?=[0-9])")
_ITEM_NUMBER = re.compile(rf"{_ROW_NUMBER}(?:{_ITEM_MARK})(?=[0-9])")
_ROW_NUMBER_CELL = re.compile(rf"{_ROW_NUMBER}[.)]?")
ROW_LEAD_CHARS = 8  # how far back a row marker's line start is looked for
_ROW_LEAD = frozenset(" \t|(*-•·")
_BULLETS = " -•·*"


def row_marker_end(text: str, start: int, end: int | None = None) -> int:
    """Where the value after a row marker standing at `start` begins (`1. 1181596`, `1)1181596`, `1\t1181596`,
    `1 | 1181596`, a circled number read as `1 1181596`), or `start` when no marker stands there; the marker must be
    followed by a digit before `end`."""
    marker = _ROW_MARKER.match(text, start, len(text) if end is None else end)
    return start if marker is None else marker.end()


def item_number_end(text: str, start: int, end: int | None = None) -> int:
    """Where the value after a numbered list's item number (`3) 2024-1138207`, `12. 110-…`) that starts its line
    begins, or `start`: a digit-run window that starts there holds the item's number, not the value's first digits."""
    marker = _ITEM_NUMBER.match(text, start, len(text) if end is None else end)
    return marker.end() if marker is not None and _at_line_start(text, start) else start


def is_row_number(cell: str) -> bool:
    """A table cell that holds only a row number (`1`, `12.`, `3)`, after a bullet): a 순번 column's value."""
    return _ROW_NUMBER_CELL.fullmatch(cell.strip(_BULLETS)) is not None


def _at_line_start(text: str, start: int) -> bool:
    """Only spaces, pipes, bullets or a bracket stand between the line's start and `start`."""
    lead = text[max(0, start - ROW_LEAD_CHARS) : start]
    cut = lead.rfind("\n")
    if cut < 0 and start > ROW_LEAD_CHARS:
        return False
    return all(c in _ROW_LEAD for c in lead[cut + 1 :])


def _half_spans(text: str, start: int, end: int, cells_in_text: bool) -> list[tuple[int, int]]:
    """The spans in one line's run (start, end) of more than seven characters that may be a half: its cells, or
    what follows its row marker (see _ROW_MARKER). `cells_in_text`: the text holds a tab or a pipe at all."""
    if not cells_in_text or _CELL_MARKS.search(text, start, end) is None:
        return _after_row_marker(text, start, end)
    cells = []
    for cell in _CELL.finditer(text, start, end):
        piece = _LINE_PIECE.search(text, *cell.span())
        if piece is not None:
            cells.append(piece.span())
    out = [(s, e) for s, e in cells if e - s in (6, 7)]
    if cells and cells[0][1] - cells[0][0] > 7:
        out[:0] = _after_row_marker(text, *cells[0])
    return out


def _after_row_marker(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The half after a row marker that starts the line's run or its first cell (start, end), if any."""
    marker = _ROW_MARKER.match(text, start, end)  # row_marker_end, inlined: called for every long run
    if marker is None or end - marker.end() not in (6, 7) or not _at_line_start(text, start):
        return []
    return [(marker.end(), end)]


def _groups(texts: Sequence[str], runs: Sequence[Sequence[tuple[int, int]]]) -> tuple[list[_Group], list[_Group]]:
    """The six-digit groups that read as a date and the seven-digit ones that start with a gender digit, each a digit
    run of its own on its line, a cell of a table row or the value after a row marker (_half_spans; detectors.digits:
    a group with another one a few separators away, `950730-6203171`, is part of a longer number, read with its
    neighbour by the digit-run candidates) and not part of a Latin token (`A850315`)."""
    fronts: list[_Group] = []
    backs: list[_Group] = []
    base = 0
    for i, (text, spans) in enumerate(zip(texts, runs, strict=True)):
        cells_in_text = "\t" in text or "|" in text
        for run_start, run_end in spans:
            size = run_end - run_start
            if size < 6:
                continue
            halves = [(run_start, run_end)] if size <= 7 else _half_spans(text, run_start, run_end, cells_in_text)
            for start, end in halves:
                digits = text[start:end]
                if not digits.isdigit() or (start and text[start - 1] in _LATIN) or text[end : end + 1] in _LATIN:
                    continue
                at = base + start
                if end - start == 6:
                    if "01" <= digits[2:4] <= "12" and "01" <= digits[4:6] <= "31":
                        fronts.append(_Group(Half(i, start, end), at, at + 6, digits))
                elif digits[0] in GENDER_DIGITS:
                    backs.append(_Group(Half(i, start, end), at, at + 7, digits))
        base += len(text) + 1
    return fronts, backs


def _named(texts: Sequence[str], half: Half, words: re.Pattern[str] = WORDS, before: int = WORD_BEFORE) -> bool:
    """A word of `words` (what the halves are) within `before` characters before the half or WORD_AFTER after it."""
    text = texts[half.text]
    window = text[max(0, half.start - before) : half.end + WORD_AFTER].lower()
    return words.search(window) is not None


# Card numbers told in two halves of eight digits (`카드 앞 8자리 43573249 ... 뒤 8자리 34695466`, one half in each of
# two messages; red-team #8 F5): each half one run of eight digits or two runs of four joined by one space, dash or
# dot, with no other digit group beside it. Luhn and a known issuer's prefix hold for about one pair in thirty of
# random halves; a card word near either half is required besides.
CARD_WORDS = re.compile(
    r"카드|신용|체크|앞자리|뒷자리|앞\s?(?:8|여덟)|뒤\s?(?:8|여덟)|나머지|card|visa|master|amex|the rest|remaining"
    r"|first (?:eight|8)|last (?:eight|8)|first half|second half"
)
_CARD_HALF = re.compile(r"[0-9]{8}|[0-9]{4}[ .\-][0-9]{4}")
_CARD_JOINS = frozenset(" -.")
# A card number told group by group with words between (`4909(첫째) 2517(둘째) 7886(셋째) 6874(넷째)`, `4909 그리고
# 2517 ...`; twelfth held-out set): exactly four runs of four digits in a row on one line, each gap short, with no
# digit and no unit of an amount, a date or a count in it (`4500원, 3200원, ...` are prices). Luhn, an issuer's prefix
# and a card word near the first or last group are required, as for halves.
CARD_GROUP = 4
CARD_GROUPS = 4
MAX_GROUP_GAP = 16
_UNIT_GAP = re.compile(
    r"[원$€£¥₩%:/년월일시분초개건회명번호호차]|달러|만|천|(?i:won|krw|usd|eur|am\b|pm\b|x\b)"
)


# One line's part of a digit run, from its first digit to its last: `[^\n]*` runs to the line's end and gives back to
# the last digit, so each character is read a bounded number of times.
_LINE_PIECE = re.compile(r"[0-9](?:[^\n]*[0-9])?")


def line_runs(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (digit runs) cut at line breaks, each piece from its first to its last digit: a half at the end of a
    chat line is not part of the timestamp that starts the next one (`my card starts 5285 2127\n[10:02] agent: ...`,
    twelfth held-out set). Linear: runs without a line break are kept as they are."""
    if "\n" not in text:
        return list(spans)
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if text.find("\n", start, end) < 0:
            out.append((start, end))
        else:
            out.extend(m.span() for m in _LINE_PIECE.finditer(text, start, end))
    return out


def _card_halves(texts: Sequence[str], runs: Sequence[Sequence[tuple[int, int]]]) -> list[_Group]:
    """Eight-digit halves of a card number, each standing alone on its line (see CARD_WORDS)."""
    out: list[_Group] = []
    base = 0
    for i, (text, spans) in enumerate(zip(texts, runs, strict=True)):
        n = len(spans)
        k = 0
        while k < n:
            start, end = spans[k]
            nxt = k + 1
            if end - start == 4 and nxt < n and spans[nxt][0] == end + 1 and text[end] in _CARD_JOINS:
                end, nxt = spans[nxt][1], nxt + 1  # 4357 3249 as two runs
            before = spans[k - 1][1] if k else -10
            after = spans[nxt][0] if nxt < n else len(text) + 10
            if "\n" in text[before:start]:
                before = -10  # the group before stands on another line
            if "\n" in text[end:after]:
                after = len(text) + 10
            k = nxt
            raw = text[start:end]
            if not _CARD_HALF.fullmatch(raw) or start - before <= 2 or after - end <= 2:
                continue  # not eight digits, or a group of a longer number (`4357-3249-3469-5466`)
            if (start and text[start - 1] in _LATIN) or text[end : end + 1] in _LATIN:
                continue
            digits = raw[:4] + raw[-4:]
            out.append(_Group(Half(i, start, end), base + start, base + end, digits))
        base += len(text) + 1
    return out


def _group_gap(text: str, end: int, start: int) -> bool:
    """What stands between two groups of a card told group by group (see CARD_GROUPS)."""
    gap = text[end:start]
    return 0 < len(gap) <= MAX_GROUP_GAP and "\n" not in gap and _UNIT_GAP.search(gap) is None


def _card_in_groups(texts: Sequence[str], runs: Sequence[Sequence[tuple[int, int]]]) -> list[SplitNumber]:
    """Card numbers told as four groups of four digits with words between them, on one line (see CARD_GROUPS)."""
    out: list[SplitNumber] = []
    for i, (text, spans) in enumerate(zip(texts, runs, strict=True)):
        chain: list[tuple[int, int]] = []
        for start, end in [*spans, (-1, -1)]:
            alone = end - start == CARD_GROUP and text[start:end].isdigit() and text[start - 1 : start] not in _LATIN
            alone = alone and text[end : end + 1] not in _LATIN
            if alone and chain and _group_gap(text, chain[-1][1], start):
                chain.append((start, end))
                continue
            if len(chain) == CARD_GROUPS:
                number = "".join(text[s:e] for s, e in chain)
                first, last = Half(i, *chain[0]), Half(i, *chain[-1])
                if known_issuer(number) and luhn_ok(number) and (
                    _named(texts, first, CARD_WORDS) or _named(texts, last, CARD_WORDS)
                ):
                    out.append(SplitNumber(Entity.CREDIT_CARD, first, last))
            chain = [(start, end)] if alone else []
    return out


def _card_numbers(texts: Sequence[str], runs: Sequence[Sequence[tuple[int, int]]]) -> list[SplitNumber]:
    """Card numbers whose two eight-digit halves stand apart, in reading order, each half used once; and cards told
    group by group with words between."""
    halves = _card_halves(texts, runs)
    out: list[SplitNumber] = _card_in_groups(texts, runs)
    used: set[int] = set()
    for k, second in enumerate(halves):
        if k in used:
            continue
        for j in range(k - 1, max(-1, k - 1 - MAX_NEIGHBOURS), -1):
            first = halves[j]
            if j in used or second.at - first.end_at > FAR_CHARS:
                continue
            number = first.digits + second.digits
            if not (known_issuer(number) and luhn_ok(number)):
                continue
            if not (_named(texts, first.half, CARD_WORDS) or _named(texts, second.half, CARD_WORDS)):
                continue
            used.update((j, k))
            out.append(SplitNumber(Entity.CREDIT_CARD, first.half, second.half))
            break
    return out


# Halves pasted column by column (red-team #10 F1): the front halves of a list one per line, with names or row numbers,
# then the back halves in the same order, later in the text or in a later message (`이어서 보낼게`). The i-th front
# belongs with the i-th back, which may stand far more than MAX_NEIGHBOURS halves away. A block is a run of halves of
# one kind in one text, one row per line, each row at most MAX_ROW_GAP line breaks below the one before (a blank row,
# a repeated header or a row whose half is missing between); a row holding two halves of one kind (a birth date and an
# application date) makes the block two columns, the k-th half of each row (at most MAX_CELLS). A column of fronts and
# one of backs within COLUMN_FAR characters are paired row by row when a word that names the halves heads either
# column (within HEADING_CHARS before its first half) and most pairs prove themselves: at least two, and three in four
# of those that carry a check digit (a citizen born after October 2020 has none). Random columns pass a check digit
# one pair in ten, so two columns of order numbers and product codes stay what they are. Then every pair whose date
# and gender digit hold is a number, the unproven ones too (a typo, a child born in 2021).
#
# Counts may differ (a half missing, a row left out of one sheet): rows are matched by their row numbers when both
# columns number every row (`1.`, a 순번 cell; a row numbered on one side only is passed over), else in order when
# the counts differ by a quarter of the longer column at most, a row being passed over where the next two pairs hold
# their check digits and this one does not (such a row counts as a failure).
# Columns of numbers born after October 2020 carry no check digit to pair or prove by: they are numbers only when
# three in four pairs' dates and gender digits hold, the headings say resident number outright (RESIDENT_WORDS, or a
# front word over the fronts and a back word over the backs), no harmless label (주문번호, 접수번호 ...) heads the
# backs and the backs do not count up like serial numbers.
# Each column of backs is tried against the columns of the COLUMN_NEIGHBOURS blocks of fronts before it and the one
# after it, and a trial stops at the first pair too many that fails: work is a constant times the number of halves.
MIN_COLUMN = 2  # a single row is paired one by one
COLUMN_FAR = 4000  # from the end of one column to the start of the other: a model's reply may stand between
HEADING_CHARS = 200  # a table's header row, a list's title line
COLUMN_NEIGHBOURS = 2
PROVEN_SHARE = (3, 4)
MAX_ROW_GAP = 3  # line breaks from one row of a block to the next
MAX_CELLS = 3  # halves of one kind on one line read as that many columns
ROW_KEY_CHARS = 200  # how far back a row's number is looked for, at its line's start
# What says outright that unproven columns are resident numbers (`주민센터` is an office, not a number).
RESIDENT_WORDS = re.compile(
    r"주민\s?(?:등록)?\s?번호|주민등록|외국인\s?등록|resident (?:registration|number|no)|\brrn\b|alien registration"
    r"|national id"
)
FRONT_WORDS = re.compile(r"생년월일|앞\s?자리|앞\s?번호|앞\s?(?:6|여섯)\s?자리|birth|\bdob\b|first six|front half")
BACK_WORDS = re.compile(r"뒷\s?(?:자리|번호)|(?:뒤|뒷)\s?(?:7|일곱)\s?자리|last seven|last 7|back half")
# Labels of harmless numbers (주문번호, 접수번호, order no ...): over a column of backs they say what it is.
HARMLESS_WORDS = re.compile(
    "|".join(re.escape(w) for w in NEGATIVE if "번호" in w)
    + r"|order (?:no|number|id)|invoice|tracking|ticket|case no|serial"
)
# One line's row number: `1.`, `1)`, `1` and a tab or a pipe, or a circled number read as `1` and a space, after
# the leading spaces, pipes, bullets or bracket of the line (bounded: linear).
_ROW_KEY = re.compile(rf"[ \t|(*\-•·]{{0,{ROW_LEAD_CHARS}}}({_ROW_NUMBER})(?:{_ITEM_MARK}|[ \t]*[\t|]| +)")
_PROVEN, _OPEN, _FAILS = 2, 1, 0  # a pair's check digit holds; it carries none (born after October 2020); neither


def _blocks(texts: Sequence[str], groups: Sequence[_Group]) -> list[list[list[_Group]]]:
    """`groups` (in reading order) cut into blocks of at least MIN_COLUMN rows: a row is the groups on one line, the
    next row of a block stands one to MAX_ROW_GAP line breaks below, in the same text."""
    out: list[list[list[_Group]]] = []
    block: list[list[_Group]] = []
    for group in groups:
        if block:
            last = block[-1][-1].half
            breaks = -1
            if last.text == group.half.text:
                breaks = texts[last.text].count("\n", last.end, group.half.start)
            if breaks == 0:
                block[-1].append(group)
                continue
            if not 1 <= breaks <= MAX_ROW_GAP:
                if len(block) >= MIN_COLUMN:
                    out.append(block)
                block = []
        block.append([group])
    if len(block) >= MIN_COLUMN:
        out.append(block)
    return out


def _cells(block: Sequence[Sequence[_Group]]) -> list[list[_Group]]:
    """The columns of a block: the k-th half of every row, for k below MAX_CELLS (a shorter row gives its last)."""
    width = min(MAX_CELLS, max(len(row) for row in block))
    return [[row[min(k, len(row) - 1)] for row in block] for k in range(width)]


def _status(front: _Group, back: _Group) -> tuple[int, Entity | None]:
    """Whether a pair proves itself (_PROVEN), holds but carries no check digit (_OPEN) or fails, with its entity."""
    entity = _plausible(front, back)
    if entity is None:
        return _FAILS, None
    if _unchecked(front, back):
        return _OPEN, entity
    return (_PROVEN if _proves(entity, front, back) else _FAILS), entity


def _row_keys(texts: Sequence[str], block: Sequence[Sequence[_Group]]) -> dict[int, int] | None:
    """Each row's number (at the start of its line) and the row's place in the block, when every row has one and they
    go up; else None. The columns of a block share its rows' numbers."""
    keys: dict[int, int] = {}
    last = -1
    for i, row in enumerate(block):
        text, start = texts[row[0].half.text], row[0].half.start
        line = text.rfind("\n", max(0, start - ROW_KEY_CHARS), start) + 1
        if line == 0 and start > ROW_KEY_CHARS:
            return None
        key = _ROW_KEY.match(text, line, start)
        if key is None or int(key.group(1)) <= last:
            return None
        last = int(key.group(1))
        keys[last] = i
    return keys


@dataclass(slots=True)
class _Tally:
    """What the rows of two columns paired so far say."""

    proven: int = 0
    open: int = 0
    failed: int = 0  # pairs that fail, and rows passed over
    pairs: list[tuple[_Group, _Group, Entity]] = field(default_factory=list)

    def add(self, front: _Group, back: _Group, status: int, entity: Entity | None) -> None:
        if status == _PROVEN:
            self.proven += 1
        elif status == _OPEN:
            self.open += 1
        else:
            self.failed += 1
        if entity is not None:
            self.pairs.append((front, back, entity))


def _slack(m: int, n: int) -> int:
    """Rows of two columns of m and n halves that may fail or go unpaired: a quarter of the longer one, at least the
    difference of their counts."""
    share, of = PROVEN_SHARE
    return max(abs(m - n), max(m, n) * (of - share) // of)


def _by_keys(
    fronts: Sequence[_Group], backs: Sequence[_Group], keys: tuple[dict[int, int], dict[int, int]]
) -> _Tally | None:
    """Rows paired by their row numbers (a row numbered on one side only has lost its other half), the shorter column
    read against the longer, or None once more fail than _slack allows."""
    slack = _slack(len(fronts), len(backs))
    tally = _Tally()
    shorter, longer = sorted(keys, key=len)
    for key, k in shorter.items():
        other = longer.get(key)
        if other is None:
            continue
        i, j = (k, other) if shorter is keys[0] else (other, k)
        tally.add(fronts[i], backs[j], *_status(fronts[i], backs[j]))
        if tally.failed > slack:
            return None
    return tally


def _in_order(fronts: Sequence[_Group], backs: Sequence[_Group]) -> _Tally | None:
    """Rows paired in order; where a pair fails and passing over one front (or one back) makes the next two pairs
    hold, that row is passed over (its other half is missing). None once more fail than _slack allows."""
    m, n = len(fronts), len(backs)
    slack = _slack(m, n)
    tally = _Tally()

    def holds(i: int, j: int) -> bool:
        return i >= m or j >= n or _status(fronts[i], backs[j])[0] != _FAILS

    i = j = 0
    while i < m and j < n:
        status, entity = _status(fronts[i], backs[j])
        if status == _FAILS and tally.failed < slack:
            if i + 1 < m and _status(fronts[i + 1], backs[j])[0] == _PROVEN and holds(i + 2, j + 1):
                i, tally.failed = i + 1, tally.failed + 1
                continue
            if j + 1 < n and _status(fronts[i], backs[j + 1])[0] == _PROVEN and holds(i + 1, j + 2):
                j, tally.failed = j + 1, tally.failed + 1
                continue
        tally.add(fronts[i], backs[j], status, entity)
        if tally.failed > slack:
            return None
        i, j = i + 1, j + 1
    return tally


def _proven(tally: _Tally) -> bool:
    """At least MIN_COLUMN pairs prove themselves, and three in four of those that carry a check digit."""
    share, of = PROVEN_SHARE
    return tally.proven >= MIN_COLUMN and tally.proven * of >= (tally.proven + tally.failed) * share


def _counting(backs: Sequence[_Group]) -> bool:
    """Most backs one to nine more than the one before: serial numbers, not halves."""
    steps = sum(1 for a, b in pairwise(backs) if 0 < int(b.digits) - int(a.digits) < 10)
    return 2 * steps >= len(backs) - 1


def _said_outright(texts: Sequence[str], fronts: Sequence[_Group], backs: Sequence[_Group]) -> bool:
    """The headings call unproven columns resident numbers (see RESIDENT_WORDS above), and the backs are no serials."""
    back_named = _named(texts, backs[0].half, HARMLESS_WORDS, HEADING_CHARS)
    if back_named or _counting(backs):
        return False
    if _named(texts, fronts[0].half, RESIDENT_WORDS, HEADING_CHARS):
        return True
    if _named(texts, backs[0].half, RESIDENT_WORDS, HEADING_CHARS):
        return True
    front = _named(texts, fronts[0].half, FRONT_WORDS, HEADING_CHARS)
    return front and _named(texts, backs[0].half, BACK_WORDS, HEADING_CHARS)


_Keys = tuple[dict[int, int] | None, dict[int, int] | None]  # the row numbers of a block of fronts and one of backs


def _column_tally(
    texts: Sequence[str], fronts: Sequence[_Group], backs: Sequence[_Group], keys: _Keys
) -> _Tally | None:
    """The pairs of a column of fronts and one of backs when they are resident numbers, else None (see MIN_COLUMN
    above): by row numbers (`keys`, the blocks' `_row_keys`), else in order."""
    m, n = len(fronts), len(backs)
    if min(m, n) < MIN_COLUMN:
        return None
    front_keys, back_keys = keys
    keyed = None
    if front_keys is not None and back_keys is not None:
        keyed = _by_keys(fronts, backs, (front_keys, back_keys))
    tally = keyed
    if (keyed is None or not _proven(keyed)) and abs(m - n) <= max(1, max(m, n) // 4):
        ordered = _in_order(fronts, backs)
        if ordered is not None and (keyed is None or _proven(ordered)):
            tally = ordered
    if tally is None or len(tally.pairs) < MIN_COLUMN:
        return None
    if _proven(tally):
        return tally
    share, of = PROVEN_SHARE
    held = tally.proven + tally.open
    if tally.open and held * of >= (held + tally.failed) * share and _said_outright(texts, fronts, backs):
        return tally
    return None


def _block_numbers(
    texts: Sequence[str], block: Sequence[Sequence[_Group]], backs: Sequence[_Group], keys: _Keys
) -> list[SplitNumber]:
    """The numbers of a block of fronts and a column of backs: its column that proves the most pairs, or, when none
    proves any (every pair born after October 2020), every column that holds (a birth date and an application date on
    each line cannot be told apart without a check digit, and both are read)."""
    best: _Tally | None = None
    unproven: list[_Tally] = []
    for fronts in _cells(block):
        tally = _column_tally(texts, fronts, backs, keys)
        if tally is None:
            continue
        if tally.proven and (best is None or tally.proven > best.proven):
            best = tally
        elif not tally.proven:
            unproven.append(tally)
    numbers: list[SplitNumber] = []
    for tally in [best] if best is not None else unproven:
        for front, back, entity in tally.pairs:
            first, second = (front, back) if front.at < back.at else (back, front)
            numbers.append(SplitNumber(entity, first.half, second.half))
    return numbers


def _column_pairs(
    texts: Sequence[str], fronts: Sequence[_Group], backs: Sequence[_Group]
) -> tuple[list[SplitNumber], set[int]]:
    """Numbers of halves pasted column by column, and the positions (`_Group.at`) of the halves they use."""
    blocks = _blocks(texts, fronts)
    starts = [block[0][0].at for block in blocks]
    out: list[SplitNumber] = []
    used: set[int] = set()
    taken: set[int] = set()  # blocks of fronts already paired
    named: dict[int, bool] = {}  # blocks of fronts: a word heads one of its columns
    front_keys: dict[int, dict[int, int] | None] = {}  # blocks of fronts: their row numbers, read once
    for back_block in _blocks(texts, backs):
        back_keys: dict[int, int] | None = None
        back_keys_read = False
        first, last = back_block[0][0], back_block[-1][-1]
        k = bisect_left(starts, first.at)
        near = range(max(0, k - COLUMN_NEIGHBOURS), min(len(blocks), k + 1))
        gaps = {j: first.at - blocks[j][-1][-1].end_at if j < k else blocks[j][0][0].at - last.end_at for j in near}
        order = sorted((j for j in near if gaps[j] <= COLUMN_FAR), key=gaps.__getitem__)
        for back_column in _cells(back_block):
            back_named = _named(texts, back_column[0].half, before=HEADING_CHARS)
            for j in order:
                if j in taken:
                    continue
                if not back_named:
                    if j not in named:
                        named[j] = _named(texts, blocks[j][0][0].half, before=HEADING_CHARS)
                    if not named[j]:
                        continue
                if j not in front_keys:
                    front_keys[j] = _row_keys(texts, blocks[j])
                if not back_keys_read:
                    back_keys, back_keys_read = _row_keys(texts, back_block), True
                numbers = _block_numbers(texts, blocks[j], back_column, (front_keys[j], back_keys))
                if numbers:
                    taken.add(j)
                    out.extend(numbers)
                    used.update(group.at for row in blocks[j] for group in row)
                    used.update(group.at for group in back_column)
                    break
    return out, used


def split_numbers(
    texts: Sequence[str], runs: Sequence[Sequence[tuple[int, int]]] | None = None
) -> list[SplitNumber]:
    """Every resident or alien number given as a six-digit and a seven-digit half apart from each other in `texts`
    (read in order, as one conversation): see the module docstring. Halves written together are left to the digit-run
    candidates. Each seven-digit half is used once, with the nearest six-digit half that proves it. `runs`: each
    text's `detectors.digits.digit_runs`, when the caller has them; they are cut at line breaks (`line_runs`)."""
    if runs is None:
        runs = [digit_runs(text) for text in texts]
    runs = [line_runs(text, spans) for text, spans in zip(texts, runs, strict=True)]
    out: list[SplitNumber] = _card_numbers(texts, runs)
    fronts, backs = _groups(texts, runs)
    if not fronts or not backs:
        return out
    columns, in_columns = _column_pairs(texts, fronts, backs)
    out.extend(columns)
    used: set[int] = set()  # fronts already paired
    k = 0  # first front at or after the current back
    for back in backs:
        while k < len(fronts) and fronts[k].at < back.at:
            k += 1
        if back.at in in_columns:
            continue
        near = range(max(0, k - MAX_NEIGHBOURS), min(len(fronts), k + MAX_NEIGHBOURS))
        gaps = {j: back.at - fronts[j].end_at if j < k else fronts[j].at - back.end_at for j in near}
        candidates = sorted((j for j in near if gaps[j] <= FAR_CHARS), key=gaps.__getitem__)
        for j in candidates:
            front = fronts[j]
            if j in used or front.at in in_columns:
                continue
            first, second = (front, back) if j < k else (back, front)
            entity = _entity(front, back)
            if entity is None or not (_named(texts, front.half) or _named(texts, back.half)):
                continue
            used.add(j)
            out.append(SplitNumber(entity, first.half, second.half))
            break
    return out
