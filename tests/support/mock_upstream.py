"""A local OpenAI-compatible provider that records every request it receives.

Tests assert on `received`: what left the gateway. Behaviour is switched per test (status codes, delays,
garbage, a hang, a reported model name) through `MockUpstream.behaviour`.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return orjson.loads(self.body)


@dataclass
class Behaviour:
    status: int = 200
    delay_s: float = 0.0
    garbage: bool = False
    reply_model: str | None = None
    stream_events: int = 5
    stream_gap_s: float = 0.0
    retry_after: str | None = None
    stream_split: int = 0  # > 0: stream the echoed text in pieces of this many characters
    stream_preamble: bytes = b""  # sent before the first chat stream event (an SSE comment such as `: keep-alive`)
    stream_line_end: bytes = b"\n"  # SSE allows \r\n and a bare \r as well
    tool_arguments: str | None = None  # with `tools` in the request: the arguments of the tool call answered
    ignore_stream_options: bool = False  # an upstream that never streams usage, whatever the request asks
    usage_nulls: bool = False  # as OpenAI does when usage is asked for: `"usage": null` in every other chunk


@dataclass
class MockUpstream:
    received: list[Received] = field(default_factory=list)
    behaviour: Behaviour = field(default_factory=Behaviour)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # chat streams being sent right now: one the gateway abandons ends only when the gateway closes it
    streams_open: int = 0

    def reset(self) -> None:
        with self.lock:
            self.received.clear()
        self.behaviour = Behaviour()

    def bodies(self) -> list[Any]:
        with self.lock:
            return [r.json for r in self.received]

    def raw(self) -> bytes:
        with self.lock:
            return b"\n".join(r.body for r in self.received)

    # --- app ---------------------------------------------------------------------------------------
    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self._chat, methods=["POST"]),
                Route("/v1/completions", self._completions, methods=["POST"]),
                Route("/v1/embeddings", self._embeddings, methods=["POST"]),
                Route("/v1/responses", self._responses, methods=["POST"]),
                Route("/v1/messages", self._anthropic, methods=["POST"]),
            ]
        )

    async def _record(self, request: Request) -> tuple[dict[str, Any], Response | None]:
        body = await request.body()
        with self.lock:
            self.received.append(Received(request.url.path, dict(request.headers), body))
        b = self.behaviour
        if b.delay_s:
            await asyncio.sleep(b.delay_s)
        if b.garbage:
            return {}, Response(b"\x00not json{{", media_type="application/json")
        if b.status != 200:
            headers = {"retry-after": b.retry_after} if b.retry_after else {}
            err = {"error": {"message": f"mock error {b.status}", "type": "mock", "code": None}}
            return {}, Response(orjson.dumps(err), status_code=b.status, media_type="application/json", headers=headers)
        return orjson.loads(body), None

    @staticmethod
    def _last_user(body: dict[str, Any]) -> str:
        for m in reversed(body.get("messages", [])):
            if m.get("role") == "user":
                c = m.get("content")
                return c if isinstance(c, str) else " ".join(p.get("text", "") for p in c or [] if isinstance(p, dict))
        return ""

    async def _chat(self, request: Request) -> Response:
        body, early = await self._record(request)
        if early is not None:
            return early
        model = self.behaviour.reply_model or body["model"]
        text = "echo: " + self._last_user(body)
        if body.get("stream"):
            return StreamingResponse(self._chat_stream(model, text, body), media_type="text/event-stream")
        message: dict[str, Any] = {"role": "assistant", "content": text}
        finish = "stop"
        if body.get("tools"):
            fn = body["tools"][0]["function"]["name"]
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": fn, "arguments": self.behaviour.tool_arguments or '{"q": "x"}'},
                    }
                ],
            }
            finish = "tool_calls"
        return Response(
            orjson.dumps(
                {
                    "id": "chatcmpl-mock",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": model,
                    "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                    "usage": {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10},
                }
            ),
            media_type="application/json",
        )

    async def _chat_stream(self, model: str, text: str, body: dict[str, Any]) -> Any:
        with self.lock:
            self.streams_open += 1
        try:
            line_end = self.behaviour.stream_line_end
            async for event in self._chat_events(model, text, body):
                yield event if line_end == b"\n" else event.replace(b"\n", line_end)  # JSON holds no raw \n
        finally:
            with self.lock:
                self.streams_open -= 1

    async def _chat_events(self, model: str, text: str, body: dict[str, Any]) -> Any:
        if self.behaviour.stream_preamble:
            yield self.behaviour.stream_preamble
        if self.behaviour.tool_arguments is not None and body.get("tools"):
            async for event in self._tool_call_events(model, body, self.behaviour.tool_arguments):
                yield event
            return
        if self.behaviour.stream_split:
            step = self.behaviour.stream_split
            for i in range(0, len(text), step):
                chunk = {
                    "id": "chatcmpl-mock",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": model,
                    "choices": [{"index": 0, "delta": {"content": text[i : i + step]}, "finish_reason": None}],
                }
                yield b"data: " + orjson.dumps(chunk) + b"\n\n"
            final = {
                "id": "chatcmpl-mock",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": model,
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
            yield b"data: " + orjson.dumps(final) + b"\n\n"
            yield b"data: [DONE]\n\n"
            return
        n = self.behaviour.stream_events
        asked = self._usage_asked(body)
        nulls: dict[str, Any] = {"usage": None} if asked and self.behaviour.usage_nulls else {}
        for i in range(n):
            chunk = {
                "id": "chatcmpl-mock",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": model,
                "choices": [
                    {"index": 0, "delta": {"content": f"{text if i == 0 else ''}[{i}]"}, "finish_reason": None}
                ],
                **nulls,
            }
            yield b"data: " + orjson.dumps(chunk) + b"\n\n"
            if self.behaviour.stream_gap_s:
                await asyncio.sleep(self.behaviour.stream_gap_s)
        final = {
            "id": "chatcmpl-mock",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": model,
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            **nulls,
        }
        yield b"data: " + orjson.dumps(final) + b"\n\n"
        if asked:
            usage = {
                "id": "chatcmpl-mock",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": model,
                "choices": [],
                "usage": {"prompt_tokens": 7, "completion_tokens": n, "total_tokens": 7 + n},
            }
            yield b"data: " + orjson.dumps(usage) + b"\n\n"
        yield b"data: [DONE]\n\n"

    def _usage_asked(self, body: dict[str, Any]) -> bool:
        asked = bool((body.get("stream_options") or {}).get("include_usage"))
        return asked and not self.behaviour.ignore_stream_options

    async def _tool_call_events(self, model: str, body: dict[str, Any], arguments: str) -> Any:
        """One tool call whose arguments come in pieces of `stream_split` characters (all at once when 0)."""
        step = self.behaviour.stream_split or len(arguments)
        fn = body["tools"][0]["function"]["name"]

        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            event = {
                "id": "chatcmpl-mock",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            return b"data: " + orjson.dumps(event) + b"\n\n"

        head = {"index": 0, "id": "call_1", "type": "function", "function": {"name": fn, "arguments": ""}}
        yield chunk({"role": "assistant", "content": None, "tool_calls": [head]})
        for i in range(0, len(arguments), step):
            yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": arguments[i : i + step]}}]})
        yield chunk({}, "tool_calls")
        yield b"data: [DONE]\n\n"

    @staticmethod
    async def _anthropic_events(model: str, text: str) -> Any:
        """Anthropic's Messages stream: https://docs.anthropic.com/en/api/messages-streaming"""
        message = {
            "id": "msg_mock",
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 5, "output_tokens": 1},
        }
        events: list[tuple[str, dict[str, Any]]] = [
            ("message_start", {"type": "message_start", "message": message}),
            (
                "content_block_start",
                {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            ),
            ("ping", {"type": "ping"}),
            *(
                (
                    "content_block_delta",
                    {
                        "type": "content_block_delta",
                        "index": 0,
                        "delta": {"type": "text_delta", "text": text[i : i + 8]},
                    },
                )
                for i in range(0, len(text), 8)
            ),
            ("content_block_stop", {"type": "content_block_stop", "index": 0}),
            (
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                    "usage": {"output_tokens": 2},
                },
            ),
            ("message_stop", {"type": "message_stop"}),
        ]
        for name, data in events:
            yield f"event: {name}\n".encode() + b"data: " + orjson.dumps(data) + b"\n\n"

    async def _completions(self, request: Request) -> Response:
        body, early = await self._record(request)
        if early is not None:
            return early
        prompt = body["prompt"] if isinstance(body["prompt"], str) else " ".join(map(str, body["prompt"]))
        if body.get("stream"):
            return StreamingResponse(self._completion_events(body, "echo: " + prompt), media_type="text/event-stream")
        return Response(
            orjson.dumps(
                {
                    "id": "cmpl-mock",
                    "object": "text_completion",
                    "created": 0,
                    "model": body["model"],
                    "choices": [{"index": 0, "text": "echo: " + prompt, "finish_reason": "stop", "logprobs": None}],
                    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
                }
            ),
            media_type="application/json",
        )

    async def _completion_events(self, body: dict[str, Any], text: str) -> Any:
        """A legacy completions stream: the text in words, then a usage-only chunk when asked, then [DONE]."""
        words = text.split(" ")
        for i, word in enumerate(words):
            piece = word if i == 0 else " " + word
            chunk = {
                "id": "cmpl-mock",
                "object": "text_completion",
                "created": 0,
                "model": body["model"],
                "choices": [{"index": 0, "text": piece, "finish_reason": None, "logprobs": None}],
            }
            yield b"data: " + orjson.dumps(chunk) + b"\n\n"
        if self._usage_asked(body):
            usage = {
                "id": "cmpl-mock",
                "object": "text_completion",
                "created": 0,
                "model": body["model"],
                "choices": [],
                "usage": {"prompt_tokens": 3, "completion_tokens": len(words), "total_tokens": 3 + len(words)},
            }
            yield b"data: " + orjson.dumps(usage) + b"\n\n"
        yield b"data: [DONE]\n\n"

    async def _embeddings(self, request: Request) -> Response:
        body, early = await self._record(request)
        if early is not None:
            return early
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        return Response(
            orjson.dumps(
                {
                    "object": "list",
                    "model": body["model"],
                    "data": [
                        {"object": "embedding", "index": i, "embedding": [0.1, 0.2, 0.3]} for i in range(len(inputs))
                    ],
                    "usage": {"prompt_tokens": 2, "total_tokens": 2},
                }
            ),
            media_type="application/json",
        )

    async def _responses(self, request: Request) -> Response:
        body, early = await self._record(request)
        if early is not None:
            return early
        text = "echo: " + (body["input"] if isinstance(body["input"], str) else "items")
        if isinstance(body["input"], list):
            for item in body["input"]:
                content = item.get("content") if isinstance(item, dict) else None
                if isinstance(content, str):
                    text = "echo: " + content
        resp = {
            "id": "resp_mock",
            "object": "response",
            "created_at": 0,
            "model": body["model"],
            "status": "completed",
            "output": [
                {
                    "type": "message",
                    "id": "msg_1",
                    "role": "assistant",
                    "status": "completed",
                    "content": [{"type": "output_text", "text": text, "annotations": []}],
                }
            ],
            "usage": {"input_tokens": 3, "output_tokens": 2, "total_tokens": 5},
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
        }
        if body.get("stream"):

            async def events() -> Any:
                step = self.behaviour.stream_split
                pieces = [text[i : i + step] for i in range(0, len(text), step)] if step else None
                for i, word in enumerate(pieces or [w + " " for w in text.split(" ")]):
                    ev = {
                        "type": "response.output_text.delta",
                        "item_id": "msg_1",
                        "output_index": 0,
                        "content_index": 0,
                        "delta": word,
                        "sequence_number": i,
                        "logprobs": [],
                    }
                    yield b"event: response.output_text.delta\ndata: " + orjson.dumps(ev) + b"\n\n"
                text_done = {
                    "type": "response.output_text.done",
                    "item_id": "msg_1",
                    "output_index": 0,
                    "content_index": 0,
                    "text": text,
                    "sequence_number": 98,
                }
                yield b"event: response.output_text.done\ndata: " + orjson.dumps(text_done) + b"\n\n"
                done = {"type": "response.completed", "response": resp, "sequence_number": 99}
                yield b"event: response.completed\ndata: " + orjson.dumps(done) + b"\n\n"

            return StreamingResponse(events(), media_type="text/event-stream")
        return Response(orjson.dumps(resp), media_type="application/json")

    async def _anthropic(self, request: Request) -> Response:
        body, early = await self._record(request)
        if early is not None:
            return early
        text = ""
        for m in body.get("messages", []):
            c = m.get("content")
            text = c if isinstance(c, str) else " ".join(p.get("text", "") for p in c if isinstance(p, dict))
        if body.get("stream"):
            return StreamingResponse(
                self._anthropic_events(body["model"], "echo: " + text), media_type="text/event-stream"
            )
        return Response(
            orjson.dumps(
                {
                    "id": "msg_mock",
                    "type": "message",
                    "role": "assistant",
                    "model": body["model"],
                    "content": [{"type": "text", "text": "echo: " + text}],
                    "stop_reason": "end_turn",
                    "stop_sequence": None,
                    "usage": {"input_tokens": 5, "output_tokens": 2},
                }
            ),
            media_type="application/json",
        )
