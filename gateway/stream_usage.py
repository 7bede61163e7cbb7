"""What a reply costs against the token quotas, and the usage a streaming client did not ask for, taken out again.

A chat or completions stream carries token counts only when the request asks (`stream_options.include_usage`), so a
client that streamed without asking, as most chat front ends do, was never charged (red-team #10 finding 4). The
gateway therefore always asks (`with_usage_requested`), and when the client did not, `StreamMeter` removes what the
asking added before the client sees it: the closing usage-only chunk (`"choices": []`) and the `"usage": null` that
OpenAI writes into every other chunk. The client's stream is the one it asked for.

Some upstreams refuse the field itself (older Azure api-versions, some self-hosted servers answer 400 to any
`stream_options`), so that every stream to them would fail. A provider configured with `stream_usage: false` is
never sent `stream_options`: the gateway adds none and leaves out the client's own, since the upstream would refuse
it just the same. Its streams are charged the estimate below, and a client that asked for usage gets none.

A reply that still names no token counts (an upstream that ignores the option or is not asked, a stream the provider
broke off or the client left before its last chunk) is charged an estimate from the text sent and the text received
(`estimate_tokens`), one token for every BYTES_PER_TOKEN bytes of UTF-8: a quota is never charged nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

import orjson

from gateway.sse import event_fields
from gateway.types import Endpoint

__all__ = ["BYTES_PER_TOKEN", "StreamMeter", "estimate_tokens", "reply_text_bytes", "with_usage_requested"]

# Tokenisers take about four bytes of English and one Hangul syllable (three bytes) a token: three bytes a token
# charges English a third more than it used and Korean about what it used, never less than either.
BYTES_PER_TOKEN = 3
USAGE_ENDPOINTS = frozenset({Endpoint.CHAT, Endpoint.COMPLETIONS})  # a Responses stream always ends with its usage
_REPLY_KEYS = ("choices", "output", "delta")  # where a reply's text is: chat and completions, Responses, its deltas
_NOT_TEXT = frozenset({"role", "finish_reason", "type", "id", "object", "status", "index", "logprobs"})
MAX_DEPTH = 16


def with_usage_requested(
    endpoint: Endpoint, body: Mapping[str, object], stream: bool, *, upstream_accepts: bool = True
) -> tuple[dict[str, object], bool]:
    """(the body to forward, whether the usage must be taken out of the client's stream). A streamed chat or
    completions request is sent with `stream_options.include_usage: true`, the client's other stream options kept.
    To an upstream that does not accept `stream_options` (`upstream_accepts`, the provider's `stream_usage`) no
    request is sent with any, the client's included."""
    options = body.get("stream_options")
    client_asked = isinstance(options, dict) and bool(options.get("include_usage"))
    metered = stream and endpoint in USAGE_ENDPOINTS
    if not upstream_accepts:
        # usage the upstream sends unasked is still taken out of a stream whose client did not ask for it
        return {k: v for k, v in body.items() if k != "stream_options"}, metered and not client_asked
    if not metered or client_asked:
        return dict(body), False
    asked = {**(options if isinstance(options, dict) else {}), "include_usage": True}
    return {**body, "stream_options": asked}, True


def estimate_tokens(text_bytes: int) -> int:
    """Tokens for `text_bytes` bytes of UTF-8 text, rounded up."""
    return -(-text_bytes // BYTES_PER_TOKEN)


def reply_text_bytes(node: object) -> int:
    """UTF-8 bytes of the text a reply (or one stream event of it) carries: content, reasoning, refusals and tool-call
    arguments under `choices`, `output` or a Responses `delta`; ids, roles and finish reasons are not text."""
    if not isinstance(node, dict):
        return 0
    return sum(_text_bytes(node[k], 0) for k in _REPLY_KEYS if k in node)


def _text_bytes(node: object, depth: int) -> int:
    if isinstance(node, str):
        return len(node.encode("utf-8", "replace"))
    if depth > MAX_DEPTH:
        return 0
    if isinstance(node, dict):
        return sum(_text_bytes(v, depth + 1) for k, v in node.items() if k not in _NOT_TEXT)
    if isinstance(node, list):
        return sum(_text_bytes(v, depth + 1) for v in node)
    return 0


class StreamMeter:
    """Each whole event of a streamed reply, on its way to the client: its text counted (`reply_bytes`, for an
    estimate when no usage arrives) and, with `strip_usage`, the usage the gateway asked for taken out. An event
    that is not JSON passes unchanged."""

    def __init__(self, *, strip_usage: bool) -> None:
        self.strip_usage = strip_usage
        self.reply_bytes = 0

    def pass_on(self, event: bytes) -> bytes:
        """The event as the client gets it; empty when it was only the usage the client did not ask for."""
        name, lines = event_fields(event)
        data = b"\n".join(lines)
        if not lines or data == b"[DONE]":
            return event
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError:
            return event
        if not isinstance(obj, dict):
            return event
        self.reply_bytes += reply_text_bytes(obj)
        if not self.strip_usage or "usage" not in obj:
            return event
        usage = obj.pop("usage")
        if isinstance(usage, dict) and obj.get("choices") == []:
            return b""  # the usage-only chunk that closes the stream
        head = f"event: {name}\n".encode() if name is not None else b""
        return head + b"data: " + orjson.dumps(obj) + b"\n\n"
