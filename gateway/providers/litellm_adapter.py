"""Providers whose API is not OpenAI's (Anthropic, Bedrock, Vertex AI, Gemini, Azure...): the litellm SDK.

litellm is imported lazily, only when a configured provider needs it, and before the import the
environment is set so that it makes no network call of its own: the model-cost map is read from the
copy inside the package (LITELLM_LOCAL_MODEL_COST_MAP), telemetry is off, no callbacks are registered.
Its exceptions are mapped to gateway errors here and nowhere else.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

import orjson

from gateway.config import ProviderSettings
from gateway.errors import GatewayError, UpstreamError, UpstreamRateLimited, UpstreamTimeout
from gateway.providers.base import UpstreamCall, UpstreamReply, UpstreamStream, Usage
from gateway.providers.passthrough import map_status
from gateway.types import Endpoint

__all__ = ["LitellmAdapter", "load_litellm"]

_lock = threading.Lock()
# litellm makes up a few events before the provider's first (a Responses stream opens with response.created,
# in_progress, output_item.added and content_part.added) and a closing one when the provider's stream ends: they
# are held until an event carries something of the provider's reply. Past this many, they are passed on unheld.
MAX_HELD_EVENTS = 32
_TOKEN_KEYS = ("prompt_tokens", "completion_tokens", "input_tokens", "output_tokens", "total_tokens")
OFFLINE_ENV = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_TELEMETRY": "False",
    "LITELLM_LOG": "ERROR",
    "LITELLM_DONT_SHOW_FEEDBACK_BOX": "True",
}


def load_litellm() -> Any:
    """Import and configure litellm once per process; safe to call from several threads."""
    with _lock:
        for k, v in OFFLINE_ENV.items():
            os.environ[k] = v
        import litellm

        litellm.telemetry = False
        litellm.suppress_debug_info = True
        litellm.drop_params = False
        litellm.callbacks = []
        litellm.success_callback = []
        litellm.failure_callback = []
        return litellm


def _map_exception(provider_id: str, exc: Exception) -> GatewayError:
    """litellm raises subclasses of the openai SDK's errors; checked most specific first."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return UpstreamTimeout(f"Provider {provider_id!r} did not answer in time.")
    if isinstance(exc, openai.RateLimitError):
        return UpstreamRateLimited(f"Provider {provider_id!r} is rate limiting requests; retry later.")
    if isinstance(exc, openai.APIConnectionError):
        return UpstreamError(f"Provider {provider_id!r} could not be reached.")
    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        return map_status(provider_id, status, b"", None)
    return UpstreamError(f"Provider {provider_id!r} failed.")


class LitellmAdapter:
    def __init__(self, settings: ProviderSettings, api_base: str | None) -> None:
        self._settings = settings
        self._api_base = api_base
        self._litellm: Any = None

    async def _lib(self) -> Any:
        if self._litellm is None:
            self._litellm = await asyncio.to_thread(load_litellm)
        return self._litellm

    async def aclose(self) -> None:
        return None

    def _kwargs(self, call: UpstreamCall) -> dict[str, Any]:
        s = self._settings
        kwargs: dict[str, Any] = {k: v for k, v in call.body.items() if k not in ("model", "stream", "stream_options")}
        kwargs["model"] = f"{s.kind}/{call.route.upstream_model}"
        kwargs["timeout"] = s.timeout_s
        kwargs["num_retries"] = 0
        if self._api_base:
            kwargs["api_base"] = self._api_base
        if s.api_key is not None and s.api_key.get_secret_value():
            kwargs["api_key"] = s.api_key.get_secret_value()
        if s.api_version:
            kwargs["api_version"] = s.api_version
        if s.region:
            kwargs["aws_region_name" if s.kind in ("bedrock", "sagemaker") else "vertex_location"] = s.region
        return kwargs

    async def _invoke(self, call: UpstreamCall, stream: bool) -> Any:
        lib = await self._lib()
        kwargs = self._kwargs(call)
        if stream:
            kwargs["stream"] = True
            options = call.body.get("stream_options")
            if call.endpoint in (Endpoint.CHAT, Endpoint.COMPLETIONS) and isinstance(options, dict):
                # litellm passes the usage on only when asked; the gateway always asks (gateway/stream_usage.py)
                kwargs["stream_options"] = options
        fn = {
            Endpoint.CHAT: lib.acompletion,
            Endpoint.COMPLETIONS: lib.atext_completion,
            Endpoint.EMBEDDINGS: lib.aembedding,
            Endpoint.RESPONSES: lib.aresponses,
        }[call.endpoint]
        import openai

        try:
            return await fn(**kwargs)
        except openai.OpenAIError as exc:
            raise _map_exception(self._settings.id, exc) from exc

    async def send(self, call: UpstreamCall) -> UpstreamReply:
        result = await self._invoke(call, stream=False)
        body = orjson.loads(result.model_dump_json())
        if not isinstance(body, dict):
            raise UpstreamError(f"Provider {self._settings.id!r} sent a malformed reply.")
        return UpstreamReply(200, body)

    async def open_stream(self, call: UpstreamCall) -> UpstreamStream:
        result = await self._invoke(call, stream=True)
        usage = Usage()
        events = self._events(call, result, usage)
        # The stream is answered only once the provider's reply has begun: a reply with no event in it (garbage,
        # an HTML page, JSON where a stream was asked for) is a 502 here, as on the pass-through transport, not a
        # 200 stream holding one empty chunk made up by litellm.
        try:
            first = await anext(events, None)
        except BaseException:
            await events.aclose()
            raise
        return UpstreamStream(200, _prepend(first, events), usage)

    async def _events(self, call: UpstreamCall, result: Any, usage: Usage) -> AsyncGenerator[bytes, None]:
        import openai

        held: list[bytes] | None = []  # None once the provider's reply has begun
        try:
            async for chunk in result:
                data = orjson.loads(chunk.model_dump_json(exclude_none=True))
                provider_model = _provider_model(chunk) or _stream_model(result)
                if provider_model is not None and isinstance(data, dict) and "model" in data:
                    # litellm labels streamed chunks with the configured model; the model the provider named is
                    # in its hidden params. Report that one, as a non-streamed reply does, so the stream guard
                    # sees a DeepSeek behind a renamed deployment.
                    data["model"] = provider_model
                u = data.get("usage") if isinstance(data, dict) else None
                if isinstance(u, dict):
                    usage.prompt_tokens = u.get("prompt_tokens", usage.prompt_tokens)
                    usage.completion_tokens = u.get("completion_tokens", usage.completion_tokens)
                event = data.get("type") if call.endpoint == Endpoint.RESPONSES and isinstance(data, dict) else None
                prefix = f"event: {event}\n".encode() if isinstance(event, str) else b""
                out = prefix + b"data: " + orjson.dumps(data) + b"\n\n"
                if held is None:
                    yield out
                    continue
                held.append(out)
                if _carries_reply(data) or len(held) > MAX_HELD_EVENTS:
                    yield b"".join(held)
                    held = None
        except openai.OpenAIError as exc:
            raise _map_exception(self._settings.id, exc) from exc
        if held is not None:
            # Nothing of a reply arrived. A chat stream the provider ended itself (it sent a finish reason) was
            # an empty answer; anything else was not a stream litellm could read.
            if not _provider_finished(result):
                raise UpstreamError(f"Provider {self._settings.id!r} sent a malformed reply.")
            if held:
                yield b"".join(held)
        if call.endpoint != Endpoint.RESPONSES:
            yield b"data: [DONE]\n\n"


async def _prepend(first: bytes | None, rest: AsyncGenerator[bytes, None]) -> AsyncIterator[bytes]:
    """`first`, then the rest; closing this closes the rest."""
    try:
        if first is not None:
            yield first
        async for chunk in rest:
            yield chunk
    finally:
        await rest.aclose()


def _provider_finished(result: Any) -> bool:
    """Whether the provider itself ended the stream with a finish reason, as litellm's chat stream wrapper records
    it (also inside a Responses stream made from a chat one; a text-completion stream keeps it out of reach)."""
    for holder in (result, getattr(result, "litellm_custom_stream_wrapper", None)):
        if getattr(holder, "received_finish_reason", None) is not None:
            return True
    return False


def _carries_reply(data: object) -> bool:
    """Whether an event litellm made holds something of the provider's reply: text, a tool call, reasoning, a
    refusal, log probabilities, token counts, an error. litellm's made-up events (an empty closing chunk, the
    opening events of a Responses stream) hold none of these."""
    if not isinstance(data, dict):
        return False
    response = data.get("response")
    for usage in (data.get("usage"), response.get("usage") if isinstance(response, dict) else None):
        if isinstance(usage, dict) and any(isinstance(usage.get(k), int) and usage[k] > 0 for k in _TOKEN_KEYS):
            return True
    kind = data.get("type")
    if isinstance(kind, str):  # a Responses event
        return kind in ("error", "response.failed") or (kind.endswith(".delta") and bool(data.get("delta")))
    choices = data.get("choices")
    for choice in choices if isinstance(choices, list) else ():
        if not isinstance(choice, dict):
            continue
        delta = choice.get("delta")
        if isinstance(delta, dict) and any(v for k, v in delta.items() if k != "role"):
            return True
        if choice.get("text") or choice.get("logprobs"):
            return True
    return False


def _provider_model(chunk: Any) -> str | None:
    """The model the provider itself named in a streamed chunk (litellm keeps it in `_hidden_params`)."""
    hidden = getattr(chunk, "_hidden_params", None)
    model = hidden.get("provider_response_model") if isinstance(hidden, dict) else None
    return model if isinstance(model, str) and model else None


def _stream_model(result: Any) -> str | None:
    """The model the provider named, as litellm's stream wrapper recorded it: a text-completion stream converts
    each chunk into a new object without the hidden params, but its inner chat stream keeps the name."""
    for holder in (result, getattr(result, "completion_stream", None)):
        model = getattr(holder, "_provider_response_model", None)
        if isinstance(model, str) and model:
            return model
    return None
