"""A fast OpenAI-compatible mock upstream for gateway benchmarks: never the bottleneck.

A raw asyncio Protocol HTTP/1.1 server (keep-alive, Content-Length request bodies, httptools parser, uvloop when
installed), so the time it adds is small next to the gateway's. It answers every POST .../chat/completions with a
fixed chat.completion, or, when the body asks for `"stream": true`, with a text/event-stream of N
chat.completion.chunk events and `data: [DONE]` (chunked transfer encoding, so the connection stays alive).
Every other path gets 404. It binds 127.0.0.1 only, and reads the body only to look for the stream flag.

    python bench/fast_mock.py --port 18001 [--events 22] [--gap-ms 0]
"""

from __future__ import annotations

import argparse
import asyncio
import signal

import httptools
import orjson

__all__ = ["MockProtocol", "main", "serve"]

MAX_BODY_BYTES = 8 << 20
MAX_HEADER_BYTES = 64 << 10
MODEL = "gpt-4o-mini"

_COMPLETION = orjson.dumps(
    {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1700000000,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "네, 요청하신 요약입니다. The summary is ready."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 250, "completion_tokens": 12, "total_tokens": 262},
    }
)
_OK_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
    + str(len(_COMPLETION)).encode()
    + b"\r\n\r\n"
)
_OK_RESPONSE = _OK_HEAD + _COMPLETION
_STREAM_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n"
    b"transfer-encoding: chunked\r\n\r\n"
)
_NOT_FOUND = b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"
_TOO_LARGE = b"HTTP/1.1 413 Payload Too Large\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


def _chunk(payload: bytes) -> bytes:
    return f"{len(payload):x}\r\n".encode() + payload + b"\r\n"


def stream_events(n: int) -> list[bytes]:
    """N chunk events (the first carries the role, the last the finish reason) then [DONE], each SSE-framed."""
    events = []
    for i in range(n):
        delta: dict[str, str] = {"content": f"tok{i} "}
        if i == 0:
            delta = {"role": "assistant", "content": ""}
        choice = {"index": 0, "delta": delta, "finish_reason": "stop" if i == n - 1 else None}
        obj = {
            "id": "chatcmpl-bench",
            "object": "chat.completion.chunk",
            "created": 1700000000,
            "model": MODEL,
            "choices": [choice],
        }
        events.append(b"data: " + orjson.dumps(obj) + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    return events


class MockProtocol(asyncio.Protocol):
    """One connection: parse requests with httptools and answer each as soon as its body is complete."""

    def __init__(self, events: list[bytes], gap_s: float) -> None:
        self.events = events
        self.gap_s = gap_s
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self.url = b""
        self.body: list[bytes] = []
        self.size = 0
        self.header_bytes = 0
        self.streaming: asyncio.Task[None] | None = None

    # asyncio callbacks
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._close()
        except httptools.HttpParserError:
            self._close()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.streaming is not None:
            self.streaming.cancel()
        self.transport = None

    # httptools callbacks
    def on_message_begin(self) -> None:
        self.url = b""
        self.body = []
        self.size = 0
        self.header_bytes = 0

    def on_url(self, url: bytes) -> None:
        self.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self.header_bytes += len(name) + len(value)
        if self.header_bytes > MAX_HEADER_BYTES:
            self._close()

    def on_body(self, body: bytes) -> None:
        self.size += len(body)
        if self.size > MAX_BODY_BYTES:
            if self.transport is not None:
                self.transport.write(_TOO_LARGE)
            self._close()
            return
        self.body.append(body)

    def on_message_complete(self) -> None:
        if self.transport is None:
            return
        if self.parser.get_method() != b"POST" or not self.url.split(b"?", 1)[0].endswith(b"/chat/completions"):
            self.transport.write(_NOT_FOUND)
            return
        body = b"".join(self.body)
        # A substring test is enough for a bench mock and keeps JSON parsing out of its hot path.
        if b'"stream":true' in body or b'"stream": true' in body:
            if self.gap_s > 0:
                self.transport.pause_reading()
                self.streaming = asyncio.get_running_loop().create_task(self._stream_slowly())
            else:
                self.transport.write(_STREAM_HEAD + b"".join(_chunk(e) for e in self.events) + b"0\r\n\r\n")
            return
        self.transport.write(_OK_RESPONSE)

    async def _stream_slowly(self) -> None:
        transport = self.transport
        if transport is None:
            return
        transport.write(_STREAM_HEAD)
        for i, event in enumerate(self.events):
            if i:
                await asyncio.sleep(self.gap_s)
            if transport.is_closing():
                return
            transport.write(_chunk(event))
        transport.write(b"0\r\n\r\n")
        self.streaming = None
        transport.resume_reading()

    def _close(self) -> None:
        if self.transport is not None:
            self.transport.close()


async def serve(port: int, events: int, gap_ms: float) -> None:
    loop = asyncio.get_running_loop()
    framed = stream_events(events)
    server = await loop.create_server(
        lambda: MockProtocol(framed, gap_ms / 1000.0), host="127.0.0.1", port=port, backlog=1024, reuse_address=True
    )
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"fast_mock listening on http://127.0.0.1:{port}/v1 (events={events}, gap_ms={gap_ms})", flush=True)
    async with server:
        await stop.wait()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--events", type=int, default=22, help="chunk events per stream, before [DONE] (default 22)")
    p.add_argument("--gap-ms", type=float, default=0.0, help="pause between stream events (default 0)")
    args = p.parse_args()
    if not 0 < args.port < 65536 or not 1 <= args.events <= 10_000 or not 0 <= args.gap_ms <= 10_000:
        p.error("port 1-65535, events 1-10000, gap-ms 0-10000")
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve(args.port, args.events, args.gap_ms))
    else:
        uvloop.run(serve(args.port, args.events, args.gap_ms))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
