"""Server-sent events read from a provider's stream: whole events, whatever line ends frame them.

SSE lets a line end in `\\r\\n`, `\\n` or a bare `\\r`, and the SDKs accept all three; a blank line ends an event. A
stream framed with `\\r\\r` was once passed on unread by the reply-model check (red-team #9 finding 9), so the
check (gateway/pipeline.py) and the restoring of placeholders (gateway/restore.py) cut the stream here, the same way.
"""

from __future__ import annotations

import re

__all__ = ["EVENT_END", "LINE_END", "EventSplitter", "event_fields"]

# a line end, then a second one (a blank line): the end of an event. `\r` alone is a line end only when no `\n`
# follows it (that is one `\r\n`); a `\r` at the end of a read waits for the next read to tell.
EVENT_END = re.compile(rb"(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r|\n)")
LINE_END = re.compile(rb"\r\n|\r|\n")


class EventSplitter:
    """`feed(chunk)` -> the events a stream has completed, each with the blank line that ends it, its bytes as
    they came; the start of an unfinished event is held (`held` bytes) until its end arrives. Each byte is searched
    once however the stream is cut into reads."""

    def __init__(self) -> None:
        self._pending = b""
        self._searched = 0  # how much of _pending was searched for an event end without finding one

    @property
    def held(self) -> int:
        return len(self._pending)

    def feed(self, chunk: bytes) -> list[bytes]:
        data = self._pending + chunk
        usable = len(data) - 1 if data.endswith(b"\r") else len(data)  # may be the first half of a \r\n
        events: list[bytes] = []
        done = 0
        # an event end is at most 4 bytes: resume the search 3 bytes before where the last one stopped
        for end in EVENT_END.finditer(data, max(0, self._searched - 3), usable):
            events.append(data[done : end.end()])
            done = end.end()
        self._pending = data[done:]
        self._searched = usable - done
        return events

    def drain(self) -> bytes:
        """What is held (an event with no blank line after it yet), handed over and forgotten."""
        rest, self._pending, self._searched = self._pending, b"", 0
        return rest


def event_fields(event: bytes) -> tuple[str | None, list[bytes]]:
    """(the `event:` name, the `data:` lines without the field name and the spaces after it) of one event."""
    name: str | None = None
    data: list[bytes] = []
    for line in LINE_END.split(event):
        if line.startswith(b"event:"):
            name = line[6:].strip().decode("utf-8", "replace")
        elif line.startswith(b"data:"):
            data.append(line[5:].lstrip())
    return name, data
