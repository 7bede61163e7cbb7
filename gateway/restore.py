"""Restore masked values in a provider's reply, streamed or not. The mapping lives only in this request.

A placeholder may arrive split across stream events (`<PERS` then `ON_1>`): text that ends with the start
of a placeholder is held back until the next delta of the same choice or output part, or flushed at its end.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping

import orjson

__all__ = ["Restorer", "restore_stream"]

MAX_EVENT_BYTES = 1 << 20


class Restorer:
    def __init__(self, mapping: Mapping[str, str]) -> None:
        self._mapping = dict(mapping)
        self._pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
        self._pending: dict[object, str] = {}

    def text(self, value: str) -> str:
        return self._pattern.sub(lambda m: self._mapping[m.group(0)], value) if "<" in value else value

    def tree(self, node: object) -> object:
        """Every string in a JSON tree, restored."""
        if isinstance(node, str):
            return self.text(node)
        if isinstance(node, list):
            return [self.tree(v) for v in node]
        if isinstance(node, dict):
            return {k: self.tree(v) for k, v in node.items()}
        return node

    def feed(self, key: object, delta: str) -> str:
        buf = self._pending.pop(key, "") + delta
        cut = buf.rfind("<")
        if cut >= 0:
            tail = buf[cut:]
            if tail not in self._mapping and any(p.startswith(tail) for p in self._mapping):
                self._pending[key] = tail
                buf = buf[:cut]
        return self.text(buf)

    def flush(self, key: object) -> str:
        return self.text(self._pending.pop(key, ""))

    def flush_all(self) -> dict[object, str]:
        out = {k: self.text(v) for k, v in self._pending.items() if v}
        self._pending.clear()
        return out


def _restore_chat_event(event: dict[str, object], r: Restorer) -> None:
    choices = event.get("choices")
    if not isinstance(choices, list):
        return
    for choice in choices:
        if not isinstance(choice, dict):
            continue
        idx = choice.get("index", 0)
        delta = choice.get("delta")
        finishing = choice.get("finish_reason") is not None
        if isinstance(delta, dict):
            if isinstance(delta.get("content"), str):
                delta["content"] = r.feed(("content", idx), delta["content"])
            calls = delta.get("tool_calls")
            if isinstance(calls, list):
                for call in calls:
                    fn = call.get("function") if isinstance(call, dict) else None
                    if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                        fn["arguments"] = r.feed(("args", idx, call.get("index", 0)), fn["arguments"])
        if isinstance(choice.get("text"), str):
            choice["text"] = r.feed(("text", idx), str(choice["text"]))
        if finishing:
            rest = r.flush(("content", idx)) + r.flush(("text", idx))
            if rest:
                if isinstance(delta, dict):
                    delta["content"] = (delta.get("content") or "") + rest
                else:
                    choice["text"] = str(choice.get("text") or "") + rest


def _restore_in_place(event: dict[str, object], r: Restorer) -> None:
    for k, v in list(event.items()):
        event[k] = r.tree(v)


def _restore_responses_event(event: dict[str, object], r: Restorer) -> list[dict[str, object]]:
    """Returns extra events to emit before this one (a flush of held-back text)."""
    kind = event.get("type")
    key = ("out", event.get("item_id"), event.get("content_index"))
    if kind == "response.output_text.delta" and isinstance(event.get("delta"), str):
        event["delta"] = r.feed(key, str(event["delta"]))
        return []
    if kind == "response.output_text.done":
        rest = r.flush(key)
        _restore_in_place(event, r)
        if rest:
            return [
                {
                    **{k: event[k] for k in ("item_id", "output_index", "content_index") if k in event},
                    "type": "response.output_text.delta",
                    "delta": rest,
                }
            ]
        return []
    if kind in (
        "response.completed",
        "response.output_item.done",
        "response.content_part.done",
        "response.function_call_arguments.done",
        "response.function_call_arguments.delta",
    ):
        _restore_in_place(event, r)
    return []


def _encode(event_name: str | None, data: dict[str, object]) -> bytes:
    head = f"event: {event_name}\n".encode() if event_name else b""
    return head + b"data: " + orjson.dumps(data) + b"\n\n"


async def restore_stream(
    chunks: AsyncIterator[bytes], restorer: Restorer, *, responses_api: bool
) -> AsyncIterator[bytes]:
    """Re-frame SSE events, restoring placeholders; events that are not JSON pass through unchanged."""
    buf = b""
    async for chunk in chunks:
        buf += chunk.replace(b"\r\n", b"\n")
        while b"\n\n" in buf:
            raw, buf = buf.split(b"\n\n", 1)
            yield _rewrite(raw, restorer, responses_api)
        if len(buf) > MAX_EVENT_BYTES:
            yield restorer.text(buf.decode("utf-8", "replace")).encode()
            buf = b""
    if buf.strip():
        yield _rewrite(buf, restorer, responses_api)
    leftover = "".join(restorer.flush_all().values())
    if leftover and not responses_api:
        yield _encode(
            None,
            {
                "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": {"content": leftover}, "finish_reason": None}],
            },
        )


def _rewrite(raw: bytes, r: Restorer, responses_api: bool) -> bytes:
    event_name: str | None = None
    data_lines: list[bytes] = []
    for line in raw.split(b"\n"):
        if line.startswith(b"event:"):
            event_name = line[6:].strip().decode("utf-8", "replace")
        elif line.startswith(b"data:"):
            data_lines.append(line[5:].lstrip())
    data = b"\n".join(data_lines)
    if not data_lines or data == b"[DONE]":
        return raw + b"\n\n"
    try:
        event = orjson.loads(data)
    except orjson.JSONDecodeError:
        return r.text(raw.decode("utf-8", "replace")).encode() + b"\n\n"
    if not isinstance(event, dict):
        return raw + b"\n\n"
    if responses_api:
        extra = _restore_responses_event(event, r)
        return b"".join(_encode(str(e.get("type")), e) for e in extra) + _encode(event_name, event)
    _restore_chat_event(event, r)
    return _encode(event_name, event)
