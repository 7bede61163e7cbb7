"""Digit runs and the candidate windows numeric recognizers look at.

A run is digits joined by short separators: up to MAX_SEPARATOR characters of whitespace, punctuation or symbols
(spaces, dots, dashes, underscores, brackets, line breaks, and the `|`, `~`, `*`, `·`, `•`, emoji ... people put
between digits to get past a filter): `010-1234-5678`,
`9 0 0 1 0 1 - 1 2 3 ...`, `900101-\\n1234567`. Each run is split into groups of contiguous digits. Candidates
are (a) every single group, (b) consecutive groups whose lengths form a shape some recognizer knows
(6-7, 3-4-4, 4-4-4-4 ...), (c) the whole run and every maximal stretch of one- or two-digit groups, when their
digit count is one some recognizer wants (spaced-out or irregularly grouped obfuscation).

Work per run is bounded by a constant times its number of groups (a shape has at most MAX_SHAPE_GROUPS
groups), so candidate generation is linear in the text, including on hostile runs of a million digits.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import Enum
from itertools import accumulate, chain

import re2

__all__ = [
    "DIGIT_RUN",
    "Candidate",
    "Layout",
    "digit_runs",
    "find_candidates",
    "is_counting_run",
    "is_placeholder",
    "sample_cues",
    "sample_said",
    "shape_prefixes",
]

# Linear: a separator is anything but a letter, digit or underscore of any script, `%` (which starts a percent
# escape) or a comma not followed by a space (1,234,567 is an amount, not three groups of an identifier; `8, 5, 0`
# in a JSON array is); the two alternatives start with different characters and hold no digit, and the repetition
# is bounded, so each step either takes a digit or stops. An underscore between digits (891009_2031877) is made a
# dash by detectors.normalize.
MAX_SEPARATOR = 8
DIGIT_RUN = re.compile(rf"[0-9](?:(?:[^\w%,]|, ){{0,{MAX_SEPARATOR}}}[0-9])*")
_GROUP = re.compile(r"[0-9]+")
_DIGITS = "0123456789"
# Two or more masking characters in a row stand for digits someone already hid (5365-10**-****-7890,
# 900101-1******): a run ends there instead of joining the visible digits into a number that was never written.
_MASKED = re.compile(r"([*#●•○■□◆◇])\1+")
_SEPARATOR = re.compile(r"[^0-9]+")
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
MAX_SHAPE_GROUPS = 5
LONG_RUN_GROUPS = 12
MAX_WINDOW_GROUPS = 24  # no identifier has more digits than this, so no window needs more groups
_CODE_BASE = 0x100
_CODE_CAP = 64
_SHORT_STRETCH = re.compile(f"[{chr(_CODE_BASE + 1)}{chr(_CODE_BASE + 2)}]{{3,}}")


class Layout(Enum):
    """How the digits of a candidate were written."""

    PLAIN = "plain"  # one contiguous group: 9001011234567
    GROUPED = "grouped"  # a known shape with one separator kind: 900101-1234567, 010 1234 5678
    SPREAD = "spread"  # irregular or one digit at a time: 9 0 0 1 0 1 1 2 ..., 900101 - 12 345 67


@dataclass(frozen=True, slots=True)
class Candidate:
    """A window of digits in the normalised text. start/end cover first to last digit."""

    digits: str
    start: int
    end: int
    groups: tuple[int, ...]
    layout: Layout
    embedded: bool = False  # touches a Latin letter: part of an identifier, hash or code


def _consistent(seps: list[str]) -> bool:
    """One kind of separator between the groups (all '-', all ' ', ...)."""
    return len({sep.strip(" ") or " " for sep in seps}) == 1


_CODES = {n: chr(_CODE_BASE + n) for n in range(_CODE_CAP)}
_CODE_OVER = chr(_CODE_BASE + _CODE_CAP)


# What draws a table's column borders: a tab, and the box characters of terminal tables (Polars' `┆` between columns
# and `│` at the edges, psql's and rich's `│ ┃ ║`).
CELL_BORDERS = frozenset("\t│┃║┆┇┊┋╎╏")


def _crosses_cell(seps: list[str]) -> bool:
    """A window whose separators mix a cell border (a tab, a box character: CELL_BORDERS) with others: a number of
    one cell read on into the next cell of the row (`232992-67-501778\t10`: an account and a day count, twenty-fourth
    held-out set; `354909   ┆ 4120330` in a Polars frame, twenty-fifth). A border in every separator may be a number
    spread over cells (`9\t0\t1 … \t-\t2 …`), and stays."""
    borders = [not CELL_BORDERS.isdisjoint(sep) for sep in seps]
    return any(borders) and not all(borders)


def _code(sizes: Iterable[int]) -> str:
    """One character per group size, so shapes can be searched for with str.find."""
    return "".join([_CODES.get(n, _CODE_OVER) for n in sizes])


def _shape_windows(
    sizes: list[int], code: str, shapes: Collection[tuple[int, ...]], prefixes: Collection[tuple[int, ...]]
) -> list[tuple[int, int]]:
    """(first, last) group of every window whose sizes form a shape."""
    n = len(sizes)
    out: list[tuple[int, int]] = []
    if n <= LONG_RUN_GROUPS:
        for i in range(n):
            for k in range(2, MAX_SHAPE_GROUPS + 1):
                if i + k > n:
                    break
                window = tuple(sizes[i : i + k])
                if window not in prefixes:
                    break
                if window in shapes:
                    out.append((i, i + k - 1))
        return out
    # Long runs: look for each shape in a string with one character per group size (C-speed search).
    for shape in shapes:
        needle = _code(shape)
        i = code.find(needle)
        while i >= 0:
            out.append((i, i + len(shape) - 1))
            i = code.find(needle, i + 1)
    return out


def _run_candidates(
    text: str,
    rs: int,
    re_: int,
    lengths: Collection[int],
    shapes: Collection[tuple[int, ...]],
    prefixes: Collection[tuple[int, ...]],
) -> list[Candidate]:
    """Candidates inside one run of several groups, each window (first group, last group) once."""
    body = text[rs:re_]
    groups = _GROUP.findall(body)
    seps = _SEPARATOR.findall(body)
    if 2 <= len(groups) <= 3:
        return _few_group_candidates(text, rs, groups, seps, lengths, shapes)
    return _general_candidates(text, rs, groups, seps, lengths, shapes, prefixes)


def _general_candidates(
    text: str,
    rs: int,
    groups: list[str],
    seps: list[str],
    lengths: Collection[int],
    shapes: Collection[tuple[int, ...]],
    prefixes: Collection[tuple[int, ...]],
) -> list[Candidate]:
    sizes = [len(g) for g in groups]
    n = len(sizes)
    offsets = list(accumulate(chain.from_iterable(zip(sizes, map(len, seps), strict=False)), initial=rs))
    starts = offsets[0::2]
    windows: dict[tuple[int, int], Layout] = {(i, i): Layout.PLAIN for i, size in enumerate(sizes) if size in lengths}
    code = _code(sizes) if n > 2 else ""
    for i, j in _shape_windows(sizes, code, shapes, prefixes):
        if _consistent(seps[i:j]):
            windows.setdefault((i, j), Layout.GROUPED)
        elif n <= LONG_RUN_GROUPS:
            # mixed separators (010-1234 5678); in a long run these are windows across two numbers
            windows.setdefault((i, j), Layout.SPREAD)
    if n > 1:
        windows.setdefault((0, n - 1), Layout.SPREAD)
    for m in _SHORT_STRETCH.finditer(code):
        # a stretch of one- and two-digit groups: alone, and with one longer neighbour on either side
        i, j = m.start(), m.end() - 1
        windows.setdefault((i, j), Layout.SPREAD)
        windows.setdefault((max(0, i - 1), j), Layout.SPREAD)
        windows.setdefault((i, min(n - 1, j + 1)), Layout.SPREAD)
    out: list[Candidate] = []
    for (i, j), layout in windows.items():
        if j - i > MAX_WINDOW_GROUPS or sum(sizes[i : j + 1]) not in lengths:
            continue
        if _crosses_cell(seps[i:j]):
            continue
        end = starts[j] + sizes[j]
        digits = "".join(groups[i : j + 1])
        out.append(Candidate(digits, starts[i], end, tuple(sizes[i : j + 1]), layout, _embedded(text, starts[i], end)))
    return out


def _few_group_candidates(
    text: str,
    rs: int,
    groups: list[str],
    seps: list[str],
    lengths: Collection[int],
    shapes: Collection[tuple[int, ...]],
) -> list[Candidate]:
    """`_run_candidates` for a run of two or three groups (900101-1234567, 010-1234-5678, 2024-05-17), most runs
    in ordinary text: the same windows without the general bookkeeping. Each group alone; with three groups,
    each adjacent pair that is a shape; the whole run, GROUPED when it is a shape written with one separator
    kind, else SPREAD. (A stretch of short groups adds nothing here: it is the whole run.)"""
    sizes = [len(g) for g in groups]
    n = len(sizes)
    starts = [rs, rs + sizes[0] + len(seps[0])]
    if n == 3:
        starts.append(starts[1] + sizes[1] + len(seps[1]))
    windows = [(i, i, Layout.PLAIN) for i in range(n) if sizes[i] in lengths]
    if n == 3:
        windows.extend((i, i + 1, Layout.GROUPED) for i in (0, 1) if (sizes[i], sizes[i + 1]) in shapes)
    whole = tuple(sizes)
    grouped = whole in shapes and (n == 2 or _consistent(seps))
    windows.append((0, n - 1, Layout.GROUPED if grouped else Layout.SPREAD))
    out: list[Candidate] = []
    for i, j, layout in windows:
        if sum(sizes[i : j + 1]) not in lengths or _crosses_cell(seps[i:j]):
            continue
        start, end = starts[i], starts[j] + sizes[j]
        digits = "".join(groups[i : j + 1])
        out.append(Candidate(digits, start, end, whole[i : j + 1], layout, _embedded(text, start, end)))
    return out


THOUSANDS = 3  # digits in each group after a thousands comma
MAX_COMMA_GAP = 3  # `,-,` or `","`


def shape_prefixes(shapes: Collection[tuple[int, ...]]) -> frozenset[tuple[int, ...]]:
    """Every leading part (two groups or more) of every shape: built once per engine, not per scan."""
    return frozenset(shape[:k] for shape in shapes for k in range(2, len(shape) + 1))


def digit_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every digit run, split where masking characters stand for hidden digits, and joined where
    a bare comma separates groups that are not thousands (see `_join_at_commas`)."""
    runs = _masked_runs(text)
    return _join_long_thousands(text, _join_at_commas(text, runs)) if "," in text else runs


# An identifier that a spreadsheet's number format gave thousands commas (주민번호 칸: 8,104,221,577,732; 계좌
# 37,304,339,118,586; seventh held-out set): a chain of thousands with this many digits or more is also read as one
# run, unless a currency stands next to it. Amounts that long (trillions of won) are rare, and the recognizers still
# want a check digit or context for them.
MIN_THOUSANDS_ID = 13
MAX_THOUSANDS_ID = 19
_CURRENCY_AFTER = re.compile(r" ?(?:원|달러|엔|위안|유로|파운드|만|억|조|불|(?i:won|krw|usd|eur|jpy|dollars?))")
_CURRENCY_BEFORE = ("$", "₩", "￦", "€", "£", "¥", "USD", "KRW", "EUR", "US$")


def _join_long_thousands(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`runs` with every chain of thousands groups (1-3 digits, then `,ddd` groups, nothing else) holding
    MIN_THOUSANDS_ID to MAX_THOUSANDS_ID digits merged into one run. Linear: each run is looked at once."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(runs)
    while i < n:
        rs, re_ = runs[i]
        j = i
        if re_ - rs <= THOUSANDS and text[rs:re_].isdigit():
            while (
                j + 1 < n
                and runs[j + 1][0] == runs[j][1] + 1
                and text[runs[j][1]] == ","
                and runs[j + 1][1] - runs[j + 1][0] == THOUSANDS
                and text[runs[j + 1][0] : runs[j + 1][1]].isdigit()
            ):
                j += 1
        digits = (re_ - rs) + THOUSANDS * (j - i)
        end = runs[j][1]
        if j > i and MIN_THOUSANDS_ID <= digits <= MAX_THOUSANDS_ID and not _currency_beside(text, rs, end):
            out.append((rs, end))
        else:
            out.extend(runs[i : j + 1])
        i = j + 1
    return out


def _currency_beside(text: str, start: int, end: int) -> bool:
    return _CURRENCY_AFTER.match(text, end) is not None or text[max(0, start - 4) : start].rstrip().endswith(
        _CURRENCY_BEFORE
    )


def _join_at_commas(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A comma with no space after it ends a run (1,234,567 is an amount), unless the groups the commas join do not
    read as thousands: spreadsheet columns (홍길동,850315,1234566), one digit per cell (8,5,0,3,1,5), card groups
    (4294,1996,8255,0949), or an identifier given commas to pass for an amount (850,315,123,4566: a group after a
    comma that is not three digits, or a first group longer than three). Such a chain is joined into one run from its
    first group. Linear: each run is looked at once, and a chain is merged once."""
    out: list[tuple[int, int]] = []
    chain = -1  # index in `out` of the first run of the current comma chain, -1 when none
    first = 0  # digits of that run when it is one group
    for rs, re_ in runs:
        gap = text[out[-1][1] : rs] if out and rs - out[-1][1] <= MAX_COMMA_GAP else ""
        if "," in gap and not gap.strip(",-\"'"):  # `,`, `,-,` (8,5,0,3,1,5,-,1,2) or `","` (quoted CSV)
            if chain < 0:
                chain, first = len(out) - 1, _first_group(text, *out[-1])
            if _leading_digits(text, rs, re_) != THOUSANDS or first > THOUSANDS:
                out[chain:] = [(out[chain][0], re_)]
                continue
        else:
            chain = -1
        out.append((rs, re_))
    return out


def _leading_digits(text: str, start: int, end: int) -> int:
    k = start
    while k < end and "0" <= text[k] <= "9":
        k += 1
    return k - start


def _first_group(text: str, start: int, end: int) -> int:
    """Digits of a chain's first run when it is one group (8503 in 8503,151,...), else 0: a run with its own
    separators (37.5665,126.9780, coordinates) says nothing about thousands."""
    n = _leading_digits(text, start, end)
    return n if start + n == end else 0


def _masked_runs(text: str) -> list[tuple[int, int]]:
    if _MASKED.search(text) is None:
        return [m.span() for m in DIGIT_RUN.finditer(text)]  # the usual case: one search, then the plain runs
    out: list[tuple[int, int]] = []
    for m in DIGIT_RUN.finditer(text):
        rs, re_ = m.span()
        if not _MASKED.search(text, rs, re_):
            out.append((rs, re_))
            continue
        pos = rs
        for mask in _MASKED.finditer(text, rs, re_):
            out.extend(sub.span() for sub in DIGIT_RUN.finditer(text, pos, mask.start()))
            pos = mask.end()
        out.extend(sub.span() for sub in DIGIT_RUN.finditer(text, pos, re_))
    return out


# A separator holding a quote: the border between two values of a list in code, SQL or CSV ('+1 617 706-6377',
# '4897-6366-2331-8549', '2024-11-25 10:02:11').
_VALUE_BORDER = re.compile(r"[^0-9]*['\"][^0-9]*")
# A separator holding a cell border (CELL_BORDERS): between two cells of a row (`54088-35-515020\t2,200`).
_CELL_BORDER = re.compile("[^0-9]*[" + "".join(sorted(CELL_BORDERS)) + "][^0-9]*")


def _bordered_value_candidates(
    text: str,
    rs: int,
    re_: int,
    lengths: Collection[int],
    shapes: Collection[tuple[int, ...]],
    prefixes: Collection[tuple[int, ...]],
    found: list[Candidate],
    borders: re.Pattern[str],
) -> list[Candidate]:
    """Candidates of each value in a run of several read as a run of its own, the values parted by `borders`
    (_VALUE_BORDER: quotes; _CELL_BORDER: tabs and box characters): a long run takes only windows with one kind of
    separator, and a value with two (+1 617 706-6377) was lost beside its neighbours; a window across a cell border is
    refused (_crosses_cell), so a cell's number is read here. Windows already in `found` are not repeated."""
    seen = {(c.start, c.end) for c in found}
    out: list[Candidate] = []
    pos = rs
    for border in borders.finditer(text, rs, re_):
        if border.start() > pos:
            out += _sub_run(text, pos, border.start(), lengths, shapes, prefixes)
        pos = border.end()
    if pos < re_:
        out += _sub_run(text, pos, re_, lengths, shapes, prefixes)
    return [c for c in out if (c.start, c.end) not in seen]


def _sub_run(
    text: str,
    start: int,
    end: int,
    lengths: Collection[int],
    shapes: Collection[tuple[int, ...]],
    prefixes: Collection[tuple[int, ...]],
) -> list[Candidate]:
    """`_run_candidates` for one value of a bordered run, when it holds a separator of its own."""
    body = text[start:end]
    if body.isdigit() or not body[:1].isdigit() or not body[-1:].isdigit():
        return []  # one group was a window of the whole run already
    return _run_candidates(text, start, end, lengths, shapes, prefixes)


def find_candidates(
    text: str,
    lengths: Collection[int],
    shapes: Collection[tuple[int, ...]],
    prefixes: Collection[tuple[int, ...]] | None = None,
    runs: list[tuple[int, int]] | None = None,
) -> list[Candidate]:
    """All candidate windows whose digit count is in `lengths`, in text order (duplicates removed)."""
    out: list[Candidate] = []
    if prefixes is None:
        prefixes = shape_prefixes(shapes)
    shortest = min(lengths, default=1)
    for rs, re_ in runs if runs is not None else digit_runs(text):
        if re_ - rs < shortest:
            continue  # too few characters to hold the shortest identifier
        body = text[rs:re_]
        if body.isdigit():
            if re_ - rs in lengths:
                out.append(Candidate(body, rs, re_, (re_ - rs,), Layout.PLAIN, _embedded(text, rs, re_)))
            continue
        if sum(map(body.count, _DIGITS)) < shortest:
            continue
        found = _run_candidates(text, rs, re_, lengths, shapes, prefixes)
        if ("'" in body or '"' in body) and len(_GROUP.findall(body)) > LONG_RUN_GROUPS:
            found += _bordered_value_candidates(text, rs, re_, lengths, shapes, prefixes, found, _VALUE_BORDER)
        if not CELL_BORDERS.isdisjoint(body) and _crosses_cell(_SEPARATOR.findall(body)):  # else none was refused
            found += _bordered_value_candidates(text, rs, re_, lengths, shapes, prefixes, found, _CELL_BORDER)
        dates = [m.span() for m in _DATE.finditer(text, rs, re_)] if _DATE_HINT.search(body) else []
        if dates:
            found = [c for c in found if not any(s < c.end and c.start < e for s, e in dates)]
        out.extend(found)
    out.sort(key=lambda c: (c.start, -c.end))
    return [c for c in out if not is_placeholder(c.digits) and not _is_time(text, c)]


_TIME = re.compile(r"(?<![0-9])[0-9]{1,2}:[0-5][0-9](?![0-9])")  # 14:05, 9:30; not 4111:1111 (red-team #6)
# A calendar date with a four-digit year (2031-04-18, 2011.1.1., 2024/11/11): no identifier overlaps one. A run of a
# table row (`| 2031-04-18 | 010-2063-8192 |`) or a period (`2011.1.1.~2024.8.31`) read across the date gave a
# phone number `04-18 | 010-2063` and a resident number (seventh held-out set).
# A period of months (가입기간 2018.03~2024.06, ninth held-out set) counts as dates too, and so does the official
# Korean way with a space after each dot (2019. 3. 4.~2024. 10. 31., twelfth held-out set).
_DATE = re.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}([./-]) ?(?:0?[1-9]|1[0-2])\1 ?(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])"
    r"|(?<![0-9])(?:19|20)[0-9]{2}[./-](?:0?[1-9]|1[0-2]) ?[~∼〜] ?(?:19|20)[0-9]{2}[./-](?:0?[1-9]|1[0-2])(?![0-9])"
)
_DATE_HINT = re.compile(r"(?:19|20)[0-9]{2}[./-] ?[0-9]")


def _is_time(text: str, cand: Candidate) -> bool:
    """A clock time inside the window (2024-05-17 14:22:08): a timestamp, never an identifier."""
    return text.find(":", cand.start, cand.end) >= 0 and _TIME.search(text, cand.start, cand.end) is not None


def is_placeholder(digits: str) -> bool:
    """One digit repeated (000-00-00000, 0000-0000-0000-0000): a form's placeholder, never an issued number.
    `find_candidates` drops these."""
    return digits.count(digits[0]) == len(digits)


def is_counting_run(digits: str) -> bool:
    """Seven digits or more counting up by one (1234567, 12345678): the sample a notice prints to show a number's
    shape (010-1234-5678, M123A4567) when it says so (sample_said). Alone it is no placeholder: people write such
    numbers as real data in test prompts and records (김철수 010-1234-5678), and some are issued."""
    return len(digits) >= MIN_COUNTING_RUN and all(
        int(digits[i + 1]) - int(digits[i]) == 1 for i in range(len(digits) - 1)
    )


MIN_COUNTING_RUN = 7
# Words that call a value on their line a sample or a format (여권번호가 'M123A4567'처럼 …(예시 번호는 형식 설명용),
# 입력은 전부 가짜값으로: '010-1234-5678').
# English words only as words of their own, not in an address (kim.minsu@example.org) or a file name (sample.csv):
# re2 finds the words (a DFA pass, however many digits the text holds), Python checks their edges (_latin_word_inside).
SAMPLE_CUE = re2.compile(
    r"(?i)예시|예:|처럼|형식|가짜|더미|샘플|e\.g\.|(?:sample|example|dummy|fake|placeholder|format)s?"
)
_SAMPLE_WORD_EDGE = frozenset("@.-_") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
MAX_SAMPLE_LINE = 200


def sample_cues(text: str) -> list[int]:
    """Where SAMPLE_CUE's words start in `text`, in order: found once per text (a recognizer memoises it on the
    Document), so a text full of counting-up numbers does not search each one's line again."""
    cues = []
    for m in SAMPLE_CUE.finditer(text):
        start, end = m.span()
        if "a" <= m.group()[0].lower() <= "z" and m.group() != "e.g." and _latin_word_inside(text, start, end):
            continue
        cues.append(start)
    return cues


def _latin_word_inside(text: str, start: int, end: int) -> bool:
    """The English cue at start..end is part of a longer token: an address, a file or host name, a longer word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before in _SAMPLE_WORD_EDGE or after in "@-_" or ("a" <= after.lower() <= "z") or after.isdigit():
        return True
    return after == "." and end + 1 < len(text) and text[end + 1].isalnum()


def sample_said(cues: list[int], text: str, start: int, end: int) -> bool:
    """One of `cues` (sample_cues) on the line of text[start:end] (at most MAX_SAMPLE_LINE characters either side)."""
    reach = max(0, start - MAX_SAMPLE_LINE)
    newline = text.rfind("\n", reach, start)
    lo = newline + 1 if newline >= 0 else reach
    hi = text.find("\n", end, end + MAX_SAMPLE_LINE)
    hi = hi if hi >= 0 else end + MAX_SAMPLE_LINE
    i = bisect.bisect_left(cues, lo)
    return i < len(cues) and cues[i] < hi


def _embedded(text: str, start: int, end: int) -> bool:
    left = text[start - 1] if start > 0 else " "
    right = text[end] if end < len(text) else " "
    return left in _TOKEN_CHARS or right in _TOKEN_CHARS
