"""The built-in demo provider: answers in-process by echoing, so a fresh install shows the gateway working.

Nothing leaves the machine. Every answer starts with DEMO_BANNER so nobody mistakes it for a model.
It echoes what it received. So that masking stays visible (the gateway puts masked values back into replies),
it writes placeholders as ⟨EMAIL_ADDRESS_1⟩ rather than <EMAIL_ADDRESS_1>: what you see is what a provider got.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import AsyncIterator

import orjson

from gateway.providers.base import UpstreamCall, UpstreamReply, UpstreamStream, Usage
from gateway.types import Endpoint

__all__ = ["DEMO_BANNER", "DemoAdapter"]

DEMO_BANNER = "[dlpgate demo model: echoes what it received, no provider involved]"
EMBEDDING_DIMENSIONS = 8


def _last_user_text(body: dict[str, object]) -> str:
    if isinstance(body.get("prompt"), str):
        return str(body["prompt"])
    source = body.get("messages") or body.get("input")
    if isinstance(source, str):
        return source
    if isinstance(source, list):
        for item in reversed(source):
            if isinstance(item, dict) and item.get("role") == "user":
                content = item.get("content")
                if isinstance(content, str):
                    return content
                if isinstance(content, list):
                    return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


_PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*_\d+)>")


def _shown(text: str) -> str:
    return _PLACEHOLDER.sub(r"⟨\1⟩", text)


def _embedding(text: str) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [round(b / 255.0, 6) for b in digest[:EMBEDDING_DIMENSIONS]]


class DemoAdapter:
    async def aclose(self) -> None:
        return None

    async def send(self, call: UpstreamCall) -> UpstreamReply:
        model = call.route.upstream_model
        now = int(time.time())
        if call.endpoint == Endpoint.EMBEDDINGS:
            inputs = call.body.get("input")
            texts = (
                [inputs] if isinstance(inputs, str) else [str(t) for t in inputs] if isinstance(inputs, list) else []
            )
            data = [{"object": "embedding", "index": i, "embedding": _embedding(t)} for i, t in enumerate(texts)]
            return UpstreamReply(
                200,
                {
                    "object": "list",
                    "data": data,
                    "model": model,
                    "usage": {"prompt_tokens": len(texts), "total_tokens": len(texts)},
                },
            )
        text = f"{DEMO_BANNER} {_shown(_last_user_text(call.body))}"
        usage = {"prompt_tokens": 1, "completion_tokens": len(text.split()), "total_tokens": 1 + len(text.split())}
        if call.endpoint == Endpoint.COMPLETIONS:
            return UpstreamReply(
                200,
                {
                    "id": "cmpl-demo",
                    "object": "text_completion",
                    "created": now,
                    "model": model,
                    "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
                    "usage": usage,
                },
            )
        if call.endpoint == Endpoint.RESPONSES:
            return UpstreamReply(
                200,
                {
                    "id": "resp_demo",
                    "object": "response",
                    "created_at": now,
                    "model": model,
                    "status": "completed",
                    "output": [
                        {
                            "type": "message",
                            "id": "msg_demo",
                            "role": "assistant",
                            "status": "completed",
                            "content": [{"type": "output_text", "text": text, "annotations": []}],
                        }
                    ],
                    "usage": {
                        "input_tokens": 1,
                        "output_tokens": len(text.split()),
                        "total_tokens": 1 + len(text.split()),
                    },
                },
            )
        return UpstreamReply(
            200,
            {
                "id": "chatcmpl-demo",
                "object": "chat.completion",
                "created": now,
                "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                "usage": usage,
            },
        )

    async def open_stream(self, call: UpstreamCall) -> UpstreamStream:
        reply = await self.send(call)
        usage = Usage(1, None)
        return UpstreamStream(200, self._events(call, reply.body, usage), usage)

    async def _events(self, call: UpstreamCall, body: dict[str, object], usage: Usage) -> AsyncIterator[bytes]:
        text = f"{DEMO_BANNER} {_shown(_last_user_text(call.body))}"
        words = text.split(" ")
        usage.completion_tokens = len(words)
        if call.endpoint == Endpoint.RESPONSES:
            for i, w in enumerate(words):
                delta = w if i == 0 else " " + w
                yield (
                    b"event: response.output_text.delta\ndata: "
                    + orjson.dumps(
                        {
                            "type": "response.output_text.delta",
                            "item_id": "msg_demo",
                            "output_index": 0,
                            "content_index": 0,
                            "delta": delta,
                            "sequence_number": i,
                        }
                    )
                    + b"\n\n"
                )
            yield (
                b"event: response.completed\ndata: "
                + orjson.dumps({"type": "response.completed", "response": body, "sequence_number": len(words)})
                + b"\n\n"
            )
            return
        chunk: dict[str, object]
        for i, w in enumerate(words):
            delta = w if i == 0 else " " + w
            if call.endpoint == Endpoint.COMPLETIONS:
                chunk = {
                    "id": "cmpl-demo",
                    "object": "text_completion",
                    "model": call.route.upstream_model,
                    "choices": [{"index": 0, "text": delta, "finish_reason": None, "logprobs": None}],
                }
            else:
                chunk = {
                    "id": "chatcmpl-demo",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": call.route.upstream_model,
                    "choices": [{"index": 0, "delta": {"content": delta}, "finish_reason": None}],
                }
            yield b"data: " + orjson.dumps(chunk) + b"\n\n"
        yield b"data: [DONE]\n\n"
