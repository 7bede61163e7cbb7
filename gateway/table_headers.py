"""A table's header in one text labels its rows in another (red-team #9 finding 2).

Staff paste a spreadsheet's header first and its rows later (`컬럼: 이름, 생년월일, 주소, 주민번호 뒷자리`, then in the
next message `김민수,850315,서울 종로구,1234566`), or a system prompt or a tool's description names the columns
(`You receive CSV rows with columns: 성명, 계좌번호`) and the rows arrive in a user turn or a tool call's arguments.
Each text's own scan reads a header only inside that text, so such rows carried no label: an account scored 0.4, a
health-insurance or licence number nothing, and resident-number halves in two columns were not paired.

Here every running text (gateway.extract.reading_sections) is searched for header lines: a line, or the part of it
after its last colon, whose cells (split by one delimiter, `,` tab `|` `;`) are two or more short cells without a
digit, and which holds a word some recognizer reads as context (`계좌번호`, `passport`, `주민번호`). A header of
nothing sensitive (`제품, 수량, 가격`) labels nothing and costs nothing. Every other text holding a row, a line with
the header's delimiter, as many cells and a digit, is scanned once more with the header laid on the line before it,
exactly as if the header had been pasted into it, and what that scan finds on its rows is reported on the text. The
header taken is the nearest one before the text in reading order that has the row's number of cells, else the
nearest after it (a system prompt comes first, but a header told last still names the columns). Work: one pass over
the lines of the running text, and one more scan of each text that holds rows under a header from elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from detectors import Deadline, Engine
from gateway.scan_cache import SlotScanner
from gateway.types import SlotFinding

__all__ = ["borrowed_header_findings"]

DELIMITERS = (",", "\t", "|", ";")
MAX_CELL = 24  # characters in a header cell (a column name, not a sentence)
MAX_LINE = 400  # a longer line is not read as a header
MAX_HEADERS = 16  # distinct headers kept per request (the nearest ones are used; more only cost lookups)
_DIGIT = re.compile(r"\d")
# `컬럼: …`, `columns are …` without the colon: the words before the list are not a cell
_LIST_CUE = re.compile(
    r"(?i)^.*?\b(?:columns?|fields?|headers?)\s+(?:are|is)\s+|^.*?(?:컬럼|칼럼|필드|항목|헤더)[은는]\s+"
)


@dataclass(frozen=True, slots=True)
class _Header:
    order: int  # position of its text in reading order
    delimiter: str
    cells: int
    line: str


def _header(engine: Engine, line: str) -> tuple[str, int, str] | None:
    """(delimiter, cells, header) when `line`, or its part after the last colon or a list cue, is a header that
    names something a recognizer reads as context."""
    line = line.strip()
    if not line or len(line) > MAX_LINE or _DIGIT.search(line):
        return None
    colon = max(line.rfind(":"), line.rfind("："))
    part = line[colon + 1 :] if colon >= 0 else _LIST_CUE.sub("", line, count=1)
    part = part.strip().rstrip(".。")
    for d in DELIMITERS:
        cells = [c.strip() for c in part.split(d)]
        if len(cells) < 2:
            continue
        if not all(0 < len(c) <= MAX_CELL for c in cells):
            return None
        if not engine.names_context(part):
            return None
        return d, len(cells), part
    return None


def _rows(text: str, headers: Sequence[_Header]) -> set[tuple[str, int]]:
    """The (delimiter, cells) shapes of the rows in `text` that some header in `headers` has."""
    shapes = {(h.delimiter, h.cells) for h in headers}
    delimiters = {d for d, _ in shapes}
    found: set[tuple[str, int]] = set()
    for line in text.split("\n"):
        if not _DIGIT.search(line):
            continue
        for d in delimiters:
            shape = (d, line.count(d) + 1)
            if shape in shapes:
                found.add(shape)
    return found


def borrowed_header_findings(
    engine: Engine,
    scanner: SlotScanner,
    sections: Sequence[Sequence[tuple[int, str]]],
    deadline: Deadline | None = None,
) -> list[SlotFinding]:
    """Findings on table rows read under a header that another text of the request holds."""
    texts = [item for section in sections for item in section]
    headers: list[_Header] = []
    owner: dict[int, set[str]] = {}  # reading position -> the headers its own text holds (it reads those itself)
    for order, (_, text) in enumerate(texts):
        if not any(d in text for d in DELIMITERS):
            continue
        for line in text.split("\n"):
            found = _header(engine, line)
            if found is not None:
                headers.append(_Header(order, *found))
                owner.setdefault(order, set()).add(found[2])
    if not headers:
        return []
    if len(headers) > MAX_HEADERS:
        headers = headers[:MAX_HEADERS]
    jobs: list[tuple[int, str, int]] = []  # (slot, glued text, offset of the slot's text in it)
    for order, (slot, text) in enumerate(texts):
        others = [h for h in headers if h.order != order and h.line not in owner.get(order, ())]
        if not others:
            continue
        for shape in sorted(_rows(text, others)):
            matching = [h for h in others if (h.delimiter, h.cells) == shape]
            before = [h for h in matching if h.order < order]
            chosen = before[-1] if before else matching[0]
            glued = f"{chosen.line}\n{text}"
            jobs.append((slot, glued, len(chosen.line) + 1))
    if not jobs:
        return []
    scanned = scanner.scan([glued for _, glued, _ in jobs], deadline)
    out: list[SlotFinding] = []
    for (slot, _, offset), findings in zip(jobs, scanned, strict=True):
        for f in findings:
            if f.start >= offset:
                out.append(
                    SlotFinding(slot, f.entity, f.start - offset, f.end - offset, f.score, f.recognizer, f.validated)
                )
    return out
