"""Korean resident registration number (주민등록번호), KR_RRN.

Format: YYMMDD-GNNNNNC, 13 digits. G (7th digit) encodes century and sex: 1/2 (1900s), 3/4 (2000s),
9/0 (1800s); 5-8 are alien registration numbers (KR_ALIEN_REG). Numbers issued before October 2020 end in a
check digit (weights 2..9,2..5, (11 - sum % 11) % 10); later ones have a random tail, so the date and gender
digit are all that can be checked and `validate` answers None for them: layout and context carry the score.
Reference: https://ko.wikipedia.org/wiki/주민등록번호
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import accumulate, pairwise
from typing import ClassVar

import re2

from detectors.base import (
    CONTEXT_BEFORE,
    HEADER_MAX,
    SCORE_PROVEN_MISLABELLED,
    Context,
    Document,
    adjust,
    column_header,
    foreign_layout,
    is_embedded_in_token,
    is_rule_line,
    line_bounds,
)
from detectors.context_words import NEGATIVE
from detectors.digits import Candidate, Layout
from detectors.recognizers.bank_account import ACCOUNT_LABEL_SET
from detectors.recognizers.bank_account import CONTEXT as ACCOUNT_CONTEXT
from detectors.resident_numbers import birth_date_valid, rrn_checksum_ok
from detectors.split_halves import RESIDENT_WORDS, is_row_number, row_marker_end, split_numbers
from detectors.types import Entity, Finding

__all__ = [
    "KrRrnRecognizer",
    "birth_date_valid",
    "chance_pass",
    "disguised",
    "ean13_ok",
    "harmless_label",
    "is_korean_barcode",
    "issued_after_2020",
    "misaligned",
    "own_label",
    "read_resident_number",
    "rrn_checksum_ok",
    "split_findings",
    "without_century",
]

# 15: the birth date written with its four-digit year (19850315-1234566, as HR systems export it; red-team #7)
LENGTHS = (13, 15)
SHAPES = ((6, 7), (7, 6), (8, 7))  # (7, 6): the halves swapped, read only with a check digit and context (see find)
CONTEXT = Context(
    positive=(
        "주민등록번호",
        "주민번호",
        "주민등록",
        "주민",
        "생년월일",
        "본인확인",
        "신분증",
        "실명확인",
        "resident registration",
        "registration number",
        "rrn",
        "ssn",
        "social security",
        "national id",
    ),
    negative=(*NEGATIVE, "법인", "corporate"),
)
# The back half told alone under its own label (`주민번호 뒷자리 1234566`, `주민등록번호 뒤 7자리: 2345678`): the gender
# digit and six more identify a person with a name or birth date beside them, and a prompt that labels them so is
# passing the number on in pieces (red-team #5). The label may head a list or a table column, so a row marker may
# stand between (`주민번호 뒷자리:\n1. 1234566`, `① 1234566`, `- 1234566`, a 순번 cell `1\t1234566`, a Markdown rule
# line; red-team #10 F1): BACK_HALF matches the label and the marks after it, and the half is read after the row
# marker that detectors.split_halves reads (`row_marker_end`). The half must stand alone: no digit right before or
# after it.
BACK_HALF = re2.compile(
    r"(?:주민(?:등록)?(?:\s?번호)?|(?i:rrn|resident registration number))\s?(?:의\s?)?"
    r"(?:뒷\s?자리|뒷\s?번호|뒤\s?(?:7|일곱)\s?자리|뒷\s?(?:7|일곱)\s?자리|(?i:back half|last 7 digits|second half))"
    r"\s?(?:는|은|:|=|-)?[\s|:\-•·*(]{0,24}[0-9]"
)
SCORE_BACK_HALF = 0.85
# Column names of the two halves in a table header (see KrRrnRecognizer._split_columns).
FRONT_COLUMNS = frozenset(("앞자리", "앞번호", "주민번호 앞자리", "주민번호앞자리", "front", "rrn front", "front half"))
BACK_COLUMNS = frozenset(("뒷자리", "뒷번호", "주민번호 뒷자리", "주민번호뒷자리", "back", "rrn back", "back half"))
GENERIC_COLUMNS = frozenset(("front", "back"))  # cards, photos, pages: not a resident number's halves by themselves
BACK_COLUMN_WORDS = ("뒷자리", "뒷번호", "back")  # what a header line naming a back column holds, looked for with find
MAX_SPLIT_ROWS = 1000  # rows read under the half headers of one text, all headers together
MAX_HALF_HEADERS = 32  # lines holding a back column's word looked at as a header
HEADER_DELIMITERS = ("\t", "|", ",", ";")  # in this order: a header of two columns has one
SCORE_SWAPPED = 0.85
SCORE_REGROUPED = 0.6
# Score by how the number was written when no checksum proves it (post-2020 numbers).
SCORE_CHECKSUM = 0.9
SCORE_UNPROVEN = {Layout.GROUPED: 0.6, Layout.SPREAD: 0.5, Layout.PLAIN: 0.4}
SCORE_CONTEXT = 0.9
POST_2020_BONUS = 0.1


# The century the gender digit gives, as a year's first two digits (1, 2, 5, 6: 1900s; 3, 4, 7, 8: 2000s).
_CENTURY_DIGITS = {"1": "19", "2": "19", "5": "19", "6": "19", "3": "20", "4": "20", "7": "20", "8": "20"}


def without_century(cand: Candidate) -> Candidate | None:
    """A 15-digit candidate read as a resident or alien number with a four-digit year (19850315-1234566), as that
    13-digit number over the same span; None when the year's century is not the one the gender digit gives. Only the
    year-and-number layout (8-7) or one plain run; a 13-digit candidate comes back as it is."""
    if len(cand.digits) != 15:
        return cand
    if cand.groups not in ((8, 7), (15,)) or _CENTURY_DIGITS.get(cand.digits[8]) != cand.digits[:2]:
        return None
    groups = (6, 7) if cand.groups == (8, 7) else (13,)
    return replace(cand, digits=cand.digits[2:], groups=groups)


def misaligned(cand: Candidate, doc: Document, ctx: Context) -> bool:
    """A spread candidate whose groups do not break where the birth date ends (`98+010-1234-5678`: a percent escape's
    last digits before a phone number), and no resident-number word near it: groups of one or two digits (a number
    spaced out on purpose) and any group boundary after the sixth digit read as a resident number; other layouts
    are other numbers put side by side, which a check digit passes one time in ten."""
    if cand.layout is not Layout.SPREAD or max(cand.groups) <= 2 or 6 in accumulate(cand.groups):
        return False
    return doc.signal(cand.start, cand.end, ctx) <= 0


def disguised(cand: Candidate, doc: Document, ctx: Context, validate: Callable[[str], bool | None]) -> bool:
    """Written in another number's layout (`주민번호 9001 0112 3456 8`, as a 새마을금고 account is grouped), yet the
    check digit holds (`validate` says True) and a word of `ctx` names it as its own label (`own_label`): a disguise,
    not the other number."""
    proven = len(cand.digits) == 13 and validate(cand.digits) is True
    return proven and doc.signal(cand.start, cand.end, ctx) > 0 and own_label(cand, doc, ctx)


def own_label(cand: Candidate, doc: Document, ctx: Context) -> bool:
    """The resident-number word near a number in another number's layout labels this number, not a neighbour: in a
    table row, the number's own column is named so (`연번,성명,주민등록번호,급여계좌(은행)` names the account column
    of `350-1086-7555-67`, an NH account in its 3-4-4-2 layout, whose digits pass an alien number's check one time in
    ten; sixteenth held-out set); in prose, no account word stands nearer (`주민번호 ... 계좌 350-1086-7555-67`) and no
    other number stands between the word and this one (`주민번호 620305-2837686, 350-1086-7555-67`)."""
    cell = column_header(doc, cand.start, cand.end)
    if cell is not None:
        return any(w in cell for w in ctx.positive)
    lo = max(0, cand.start - CONTEXT_BEFORE)
    word = doc.keyword_before(cand.start, lo, ctx.positive_set | ACCOUNT_LABEL_SET)
    if word is None:
        return True  # the word stands after the number (`9001 0112 3456 8 (주민번호)`)
    if word not in ctx.positive_set:
        return False
    label_end = doc.lower.rfind(word, lo, cand.start) + len(word)
    return not any(c.isdigit() for c in doc.text[label_end : cand.start])


def read_resident_number(
    cand: Candidate, doc: Document, ctx: Context, validate: Callable[[str], bool | None]
) -> tuple[Candidate, bool | None] | None:
    """The 13-digit reading of a resident or alien number candidate (`without_century`) and what `validate` says of
    it, or None when it is none: the check fails, it is a Korean product barcode, or it was written with a four-digit
    year and nothing proves it and no word labels it (20240115-3012345 is as often a dated receipt number)."""
    read = without_century(cand)
    if read is None or misaligned(read, doc, ctx):
        return None
    ok = validate(read.digits)
    if ok is False or is_korean_barcode(read, doc, ctx):
        return None
    if read is not cand and not ok and doc.signal(cand.start, cand.end, ctx) <= 0:
        return None
    return read, ok


def chance_pass(cand: Candidate, doc: Document, ctx: Context, validate: Callable[[str], bool | None], key: str) -> bool:
    """A number its check digit proves, under a harmless label of its own that also labels, in the same text, another
    number of its length and layout which the check does not prove: the label's own numbering system, which passes the
    check by chance (`주문번호 8503121729583 환불완료` over `주문번호 5513239288965 환불대기`, sixteenth held-out set;
    `주문번호 2503124586723 와 2503125510923`, fifteenth). A lone number under such a label still blocks
    (SCORE_PROVEN_MISLABELLED, red-team #6): nothing in `주문번호 8503151234566` tells an order number from a resident
    number with a label put in front, while a list whose other items fail the check shows what the label's numbers
    are. `key` names the recognizer (its `validate`) for the per-scan memo."""
    label = harmless_label(doc, cand.start, ctx)
    if label is None:
        return False
    unproven: dict[tuple[int, Layout], dict[str, list[int]]] = doc.memo(f"unproven_labelled:{key}", lambda _: {})
    shape = (len(cand.digits), cand.layout)
    if shape not in unproven:
        found: dict[str, list[int]] = {}
        for other in doc.candidates((len(cand.digits),)):
            if other.layout is not cand.layout or validate(other.digits) is True:
                continue
            word = harmless_label(doc, other.start, ctx)
            if word is not None:
                found.setdefault(word, []).append(other.start)
        unproven[shape] = found
    return any(start != cand.start for start in unproven[shape].get(label, ())[:2])


# What may stand between a label and the number it labels: a colon, and earlier items of the same list (`주문번호
# 2503124586723 와 2503125510923`, `order nos. 123..., 456...`). re2: linear however the items split.
_LIST_BETWEEN = re2.compile(r"[\s:=]*(?:[0-9][0-9 \-]{0,30}[0-9][ \t]*(?:,|와|과|및|and|/|、)?[ \t]*)*")


def harmless_label(doc: Document, start: int, ctx: Context) -> str | None:
    """The negative word of `ctx` that labels the number at `start` as its own: the nearest before it, on its line, with
    nothing but a colon or earlier items of its list between (see _LIST_BETWEEN). `법인 150111-6617027)\n대표이사 설동건
    (670812-1940258)` labels the corporate number, not the person's resident number on the next line."""
    lo = max(0, start - CONTEXT_BEFORE)
    word = doc.keyword_before(start, lo, ctx.negative_set)
    if word is None:
        return None
    between = doc.text[doc.lower.rfind(word, lo, start) + len(word) : start]
    return word if "\n" not in between and _LIST_BETWEEN.fullmatch(between) else None


def ean13_ok(digits: str) -> bool:
    """The EAN-13 check digit (weights 1, 3 alternating) holds."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


KOREAN_GS1 = "880"  # GS1 Korea's prefix: every Korean product barcode starts so, and so do RRNs of early 1988 births


def is_korean_barcode(cand: Candidate, doc: Document, ctx: Context) -> bool:
    """A Korean product barcode rather than a resident or alien number of someone born in 1988: one plain run of
    13 digits with GS1 Korea's prefix and the EAN-13 check digit, and either a word for it (바코드, 상품번호: negative
    context) or another such barcode in the text (a product list). About one in ten real numbers of 1988 births
    passes the EAN check by chance; a word that says what the number is (주민번호: positive context) keeps it one.
    (Red-team #7: 80 of 3,000 random Korean barcodes were blocked as resident numbers.)"""
    digits = cand.digits
    if cand.layout is not Layout.PLAIN or not digits.startswith(KOREAN_GS1) or not ean13_ok(digits):
        return False
    signal = doc.signal(cand.start, cand.end, ctx)
    if signal != 0:
        return signal < 0
    starts = doc.memo("korean_barcodes", _korean_barcode_starts)
    return any(start != cand.start for start in starts[:2])


def _korean_barcode_starts(doc: Document) -> list[int]:
    """Where the plain 13-digit candidates with GS1 Korea's prefix and the EAN-13 check digit start: once per scan, so
    a text of thousands of such numbers is not searched once per number."""
    return [
        c.start
        for c in doc.candidates((13,))
        if c.layout is Layout.PLAIN and c.digits.startswith(KOREAN_GS1) and ean13_ok(c.digits)
    ]


def issued_after_2020(digits: str) -> bool:
    """Born after October 2020 (gender digit 3/4): such numbers have no check digit."""
    return digits[6] in "34" and digits[:4] >= "2010"


SCORE_SPLIT = 0.9  # date, gender digit, check digit and a word that names the halves (detectors.split_halves)


def split_findings(doc: Document, entity: Entity, recognizer: str) -> Iterator[Finding]:
    """Findings of `entity` whose halves stand apart in the text (detectors.split_halves), from the first character of
    the half read first to the last of the other. Computed once per scan for both resident and alien numbers."""
    if not doc.has_digit:
        return
    for s in doc.memo("split_numbers", lambda d: split_numbers([d.text], [d.runs()])):
        if s.entity is entity:
            yield Finding(entity, s.first.start, s.second.end, SCORE_SPLIT, recognizer, True)


# The made-up numbers forms and manuals show (900101-1234567, 000101-3000000, 800101-2222222): a back half that is a
# run of one digit or a counting sequence after the gender digit. Called an example or a format on its line (예시,
# 형식, 가상, sample ...; twelfth held-out set) such a number is reported below the blocking score; anywhere else, or
# with any other back half, the word changes nothing (a real number with `(예시)` after it still blocks).
SAMPLE_WORDS = re2.compile(
    r"(?i)예시|예제|샘플|형식|양식|가상|테스트|더미|가짜|실존하지|sample|example|dummy|fake|format|placeholder|test"
)
SAMPLE_WINDOW = 60
SCORE_SAMPLE = 0.3


def _sample_back(back: str) -> bool:
    tail = back[1:]
    if tail.count(tail[0]) == len(tail):
        return True
    steps = {int(b) - int(a) for a, b in pairwise(back)}
    return steps in ({1}, {-1})


def _sample_lowered(f: Finding, digits: str, text: str) -> Finding:
    """`f`, below the blocking score when its number is a form's made-up example called so nearby (SAMPLE_WORDS)."""
    if len(digits) != 13 or not _sample_back(digits[6:]):
        return f
    lo, hi = line_bounds(text, f.start, f.end, SAMPLE_WINDOW)
    if SAMPLE_WORDS.search(text[lo:hi]) is None:  # a slice: re2 would encode the whole text for a position
        return f
    return Finding(f.entity, f.start, f.end, min(f.score, SCORE_SAMPLE), f.recognizer, f.validated)


class KrRrnRecognizer:
    entity: ClassVar[Entity] = Entity.KR_RRN
    GENDER = frozenset("1234")

    def validate(self, value: str) -> bool | None:
        if len(value) != 13 or not value.isdigit() or value[6] not in self.GENDER:
            return False
        if not birth_date_valid(value):
            return False
        if issued_after_2020(value):
            return None  # no check digit since October 2020: one in ten passes it by chance, which proves nothing
        return True if rrn_checksum_ok(value) else None

    def assess(self, cand: Candidate, doc: Document) -> Finding | None:
        if cand.groups == (7, 6):
            return None
        if foreign_layout(cand, SHAPES) and not disguised(cand, doc, CONTEXT, self.validate):
            return self._regrouped(cand, doc)
        reading = read_resident_number(cand, doc, CONTEXT, self.validate)
        if reading is None or is_embedded_in_token(reading[0], proven=reading[1] is True):
            return None
        cand, ok = reading
        if ok:
            base = SCORE_CHECKSUM
        else:
            base = SCORE_UNPROVEN[cand.layout] + (POST_2020_BONUS if issued_after_2020(cand.digits) else 0.0)
        signal = doc.proven_signal(cand.start, cand.end, CONTEXT, proven=ok is True)
        if ok and signal < 0 and not chance_pass(cand, doc, CONTEXT, self.validate, "rrn"):
            # 송장번호 850315-1234566: a date, the gender digit and the check digit outweigh a label that calls the
            # number something else (red-team #6 passed every type that way)
            score = SCORE_PROVEN_MISLABELLED[cand.layout]
            return Finding(self.entity, cand.start, cand.end, score, type(self).__name__, ok)
        score = adjust(base, signal, SCORE_CONTEXT)
        return Finding(self.entity, cand.start, cand.end, score, type(self).__name__, ok)

    def _regrouped(self, cand: Candidate, doc: Document) -> Finding | None:
        """Thirteen digits in another layout (`9004-2026-80694`: regrouped so that a filter looking for 6-7 misses
        it; twenty-eighth held-out set) whose date, gender digit and check digit hold, with no word for either
        reading near: a resident number, at a score that masks it. An account word or bank near it (`새마을금고
        9004-2026-80694`, that bank's 4-4-5) leaves it to the account's reading; one in a few hundred accounts passes
        the resident number's checks by chance."""
        if len(cand.digits) != 13 or self.validate(cand.digits) is not True:
            return None
        if is_embedded_in_token(cand, proven=True) or doc.signal(cand.start, cand.end, CONTEXT) < 0:
            return None
        if doc.signal(cand.start, cand.end, ACCOUNT_CONTEXT) > 0:
            return None
        return Finding(self.entity, cand.start, cand.end, SCORE_REGROUPED, type(self).__name__, True)

    def _swapped(self, cand: Candidate, doc: Document) -> Finding | None:
        """1234566-850315: the back half written first, or 6654321-513058: the number reversed. Only a number whose
        check digit holds once put back, with a resident-number word near it: seven digits and six are common enough
        otherwise."""
        if is_embedded_in_token(cand, proven=True):
            return None
        # the halves swapped (1234566-850315), or the whole number written backwards (6654321-513058)
        readings = (cand.digits[7:] + cand.digits[:7], cand.digits[::-1])
        if not any(birth_date_valid(d) and rrn_checksum_ok(d) for d in readings):
            return None
        if doc.signal(cand.start, cand.end, CONTEXT) <= 0:
            return None
        return Finding(self.entity, cand.start, cand.end, SCORE_SWAPPED, type(self).__name__, True)

    def _split_columns(self, doc: Document) -> Iterator[Finding]:
        """The halves in the columns of a table whose header names them, in whatever order (`뒷자리,이름,앞자리`,
        `back|name|front`; red-team #7), the header on any line (a title above it, a psql rule line below it): each
        row whose two cells join into a number with its date and check digit, or, when the header names both halves,
        a child's number born after October 2020 (no check digit); and under a header that names only a resident
        number's back column (`순번\t성명\t주민번호 뒷자리`), each back half alone, as BACK_HALF reads one after its
        label. A row number before the cells (`1\t`, `1. `, `| 1 |`, a bullet) that the header has no column for is
        read apart (red-team #10 F1, as detectors.split_halves reads it)."""
        rows_left = MAX_SPLIT_ROWS
        for start, end in _half_headers(doc):
            if rows_left <= 0:
                return
            header = doc.lower[start:end]
            delim = next((d for d in HEADER_DELIMITERS if d in header), None)
            if delim is None:
                continue
            cells = [c.strip() for c in header.split(delim)]
            front = next((i for i, c in enumerate(cells) if c in FRONT_COLUMNS), None)
            back = next((i for i, c in enumerate(cells) if c in BACK_COLUMNS), None)
            if back is None or (front is None and RESIDENT_WORDS.search(header) is None):
                continue
            rows = _rows_under(doc.text, end + 1, delim, len(cells), rows_left)
            rows_left -= len(rows)
            # a child's number has no check digit: the header must say what the columns are, not just front and back
            generic = {cells[back], cells[front or 0]} & GENERIC_COLUMNS
            outright = RESIDENT_WORDS.search(header) is not None or not generic
            for row in rows:
                yield from self._row_halves(doc.text, row, front, back, outright)

    def _row_halves(
        self, text: str, row: list[tuple[int, int]], front: int | None, back: int, outright: bool
    ) -> Iterator[Finding]:
        """The finding a table row's half cells hold (see _split_columns); `outright`: the header names the columns
        as a resident number's halves, so a child's number without a check digit is one."""
        b0, b1 = row[back]
        b = text[b0:b1]
        if len(b) != 7 or not b.isdigit() or b[0] not in self.GENDER:
            return
        if front is None:
            yield Finding(self.entity, b0, b1, SCORE_BACK_HALF, type(self).__name__, None)
            return
        f0, f1 = row[front]
        digits = text[f0:f1] + b
        if f1 - f0 != 6 or not digits.isdigit():
            return
        ok = self.validate(digits)
        if ok is True or (ok is None and outright and issued_after_2020(digits)):
            score = SCORE_CHECKSUM if ok else SCORE_BACK_HALF
            yield Finding(self.entity, min(f0, b0), max(f1, b1), score, type(self).__name__, ok)

    def find(self, doc: Document) -> Iterator[Finding]:
        if doc.has_digit:
            yield from self._split_columns(doc)
        for cand in doc.candidates(LENGTHS):
            f = self.assess(cand, doc)
            if f is not None:
                yield _sample_lowered(f, cand.digits, doc.text)
            elif cand.groups == (7, 6):
                f = self._swapped(cand, doc)
                if f is not None:
                    yield f
        yield from split_findings(doc, self.entity, type(self).__name__)
        text = doc.text
        for m in doc.finditer(BACK_HALF):
            start = row_marker_end(text, m.end() - 1)
            end = start + 7
            half = text[start:end]
            if len(half) == 7 and half.isdigit() and half[0] in self.GENDER and not text[end : end + 1].isdigit():
                yield Finding(self.entity, start, end, SCORE_BACK_HALF, type(self).__name__, None)


def _half_headers(doc: Document) -> Iterator[tuple[int, int]]:
    """(start, end) of the lines, at most MAX_HALF_HEADERS, that may be a table's header naming a back column: they
    hold a back column's word (BACK_COLUMN_WORDS, found with str.find) and a delimiter, in HEADER_MAX characters
    or fewer. Each line is looked at once per word: linear."""
    lower = doc.lower
    seen: set[int] = set()
    for word in BACK_COLUMN_WORDS:
        pos = lower.find(word)
        while pos >= 0 and len(seen) < MAX_HALF_HEADERS:
            cut = lower.rfind("\n", max(0, pos - HEADER_MAX), pos)
            newline = lower.find("\n", pos)
            start, end = cut + 1, len(lower) if newline < 0 else newline
            if (cut >= 0 or pos <= HEADER_MAX) and end - start <= HEADER_MAX and start not in seen:
                line = lower[start:end]
                if any(d in line for d in HEADER_DELIMITERS):
                    seen.add(start)
                    yield start, end
            if newline < 0:
                break
            pos = lower.find(word, newline + 1)


def _rows_under(text: str, pos: int, delim: str, width: int, limit: int) -> list[list[tuple[int, int]]]:
    """The cells, (start, end) stripped of spaces, of the table rows below a header of `width` cells, from `pos` to
    the first line without `delim` (rule lines are passed over), at most `limit` rows. A row with one cell more, whose
    first filled cell is a row number (`1\t850315\t1234566` under `앞자리\t뒷자리`), loses that cell; a row number or
    bullet inside the first cell (`1. 850315`) is left out of it (detectors.split_halves.row_marker_end)."""
    rows: list[list[tuple[int, int]]] = []
    while pos < len(text) and len(rows) < limit:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if delim not in line:
            if not is_rule_line(line):
                break
            pos = end + 1
            continue
        cells = []
        at = pos
        for raw in line.split(delim):
            lead = len(raw) - len(raw.lstrip())
            cells.append((at + lead, at + len(raw.rstrip())))
            at += len(raw) + 1
        first = next((k for k, (s, e) in enumerate(cells) if e > s), None)
        if first is not None:
            s, e = cells[first]
            if len(cells) == width + 1 and is_row_number(text[s:e]):
                del cells[first]  # a row number in a cell of its own
            else:
                while s < e and text[s] in "-•·* ":
                    s += 1
                cells[first] = (row_marker_end(text, s, e), e)
        if len(cells) == width:
            rows.append(cells)
        pos = end + 1
    return rows
