"""A value sent in pieces, one chat message or one wrapped line at a time.

People send an account or an address in two or three messages to get past a messenger's filter, or because it was
typed as it was read out (`[오후 5:02] 행복한하루: 490672-13` then `[오후 5:03] 행복한하루: -732515 예요`;
`보낸 문자 (오후 2:01): 카뱅 3333`, `보낸 문자 (오후 2:01): 98`, ...), and a spreadsheet cell that wrapped is
copied with its continuation on a line of its own (`우리 1002-847` then `(다음 줄에 계속) -316520`).

`chat_view` returns the text with the line break and the next message's header taken out between two consecutive
messages of the same sender (or before a continuation line), where the first ends with a digit or letter and the
second starts with a digit, a dash, a dot or an at sign: the pieces of one value meet again, and nothing else moves.
Or None when the text holds no such pair. The engine scans the view as it scans the spaced and markup views
(detectors/engine.py): what it finds there is added where the text itself gave nothing of its type, with a span from
the first piece to the last, the header between included.

Headers read (at a line's start): a KakaoTalk PC copy (`[오전 11:01] 초코라떼: `, `[2024-04-13 오후 5:02] 행복한하루:
`), a KakaoTalk mobile export (`[초코라떼] [오후 5:02] `, `2024. 11. 30. 오후 9:14, 금하윤 : `), a phone's message log
(`보낸 문자 (오후 2:01): `), and a Slack-style copy (`minji.k  10:02  `). Linear: one pass finds the line breaks
followed by a header or a continuation mark and a piece; only those lines and the ones before them are read again.
"""

from __future__ import annotations

import re

from detectors.normalize import Normalized, edited

__all__ = ["chat_view"]

_TIME = r"(?:오전|오후|AM|PM|am|pm)? ?[0-9]{1,2}:[0-9]{2}(?: ?(?:AM|PM|am|pm))?"
_DATE = r"(?:[0-9]{4}[-./] ?[0-9]{1,2}[-./] ?[0-9]{1,2}\.?|[0-9]{4}년 ?[0-9]{1,2}월 ?[0-9]{1,2}일)"
# Each alternative names its sender in one group; the match ends where the message's text starts.
_HEADER = re.compile(
    r"[ \t]*(?:"
    rf"\[(?:{_DATE} )?{_TIME}\] ?([^:\n\[\]]{{1,24}}?) ?[:：] ?"
    rf"|\[([^\]\n]{{1,24}})\] ?\[{_TIME}\] ?"
    rf"|{_DATE},? ?{_TIME},? ([^:\n]{{1,24}}?) ?[:：] ?"
    rf"|((?:받은|보낸) ?(?:문자|메시지|메세지)) ?[(\[]{_TIME}[)\]] ?[:：]? ?"
    rf"|([A-Za-z0-9._\-]{{1,24}}) {{1,3}}{_TIME} {{1,3}}"
    r")"
)
_CONTINUED = re.compile(r"[ \t]*\((?:다음 ?줄에 ?)?계속\)[ \t]?|[ \t]*\((?i:cont(?:inued|'d|\.)?)\)[ \t]?")
# A line break before a message (or a continuation) whose text starts with a piece of a value.
_PIECE_NEXT = re.compile(rf"\n(?=(?:{_HEADER.pattern}|{_CONTINUED.pattern})[0-9\-@.])")
_ENDS_PIECE = re.compile(r"[0-9A-Za-z_.\-]$")
_STARTS_PIECE = re.compile(r"[0-9\-@.]")
MAX_LINE = 400  # characters of a message line read: a piece of a value is a short message


def _message(line: str) -> tuple[str | None, int] | None:
    """(sender, where the text starts) of a message line, (None, start) of a continuation line, or None."""
    m = _CONTINUED.match(line)
    if m is not None:
        return None, m.end()
    m = _HEADER.match(line)
    if m is None:
        return None
    sender = next(g for g in m.groups() if g is not None)
    return sender.strip(), m.end()


def chat_view(text: str) -> Normalized | None:
    """`text` with the pieces of values sent in consecutive messages joined (see the module docstring), or None."""
    if "\n" not in text:
        return None
    edits: list[tuple[int, int, str]] = []
    for m in _PIECE_NEXT.finditer(text):
        brk = m.start()
        line_end = text.find("\n", brk + 1)
        line = text[brk + 1 : (len(text) if line_end < 0 else line_end)][:MAX_LINE]
        read = _message(line)
        if read is None:
            continue
        sender, start = read
        prev_start = text.rfind("\n", 0, brk) + 1
        prev_line = text[prev_start:brk][:MAX_LINE].rstrip()
        if not _ENDS_PIECE.search(prev_line):
            continue
        if sender is not None:
            before = _message(prev_line)
            if before is None or before[0] != sender or before[1] >= len(prev_line):
                continue  # another sender's message, or no message at all
        edits.append((prev_start + len(prev_line), brk + 1 + start, ""))
    return edited(text, edits) if edits else None
