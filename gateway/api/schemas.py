"""Request models for the OpenAI-compatible endpoints: the fields the gateway knows, and nothing else.

Every model forbids unknown fields, at the top level and inside messages, parts, tools and items: an
allow list, because deny lists of routing fields have been bypassed many times in other gateways. Fields
that would steer routing are caught before validation (gateway/api/guard.py) and refused with 403.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

__all__ = [
    "MAX_CHOICES",
    "MAX_TOP_LOGPROBS",
    "AudioPart",
    "ChatRequest",
    "CompletionRequest",
    "EmbeddingRequest",
    "FilePart",
    "FileRef",
    "FunctionCall",
    "FunctionCallItem",
    "FunctionCallOutputItem",
    "FunctionDef",
    "ImagePart",
    "ImageUrl",
    "InputAudio",
    "InputFile",
    "InputImage",
    "InputText",
    "ItemReference",
    "Message",
    "MessageItem",
    "ReasoningItem",
    "RefusalPart",
    "ResponseTool",
    "ResponsesRequest",
    "StreamOptions",
    "TextPart",
    "Tool",
    "ToolCall",
]


# `n` and `best_of` multiply what the provider generates (and bills) for one request, while the token quota is
# charged only after the reply: bounded here, before anything is forwarded. OpenAI's own bound on log
# probabilities per token is 20; without one, a value such as 2**63 would be forwarded as is.
MAX_CHOICES = 8
MAX_TOP_LOGPROBS = 20
_Choices = Annotated[int, Field(ge=1, le=MAX_CHOICES)]
_TopLogprobs = Annotated[int, Field(ge=0, le=MAX_TOP_LOGPROBS)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- content parts -----------------------------------------------------------------------------------
class TextPart(_Strict):
    type: Literal["text"]
    text: str


class ImageUrl(_Strict):
    url: str
    detail: Literal["auto", "low", "high"] | None = None


class ImagePart(_Strict):
    type: Literal["image_url"]
    image_url: ImageUrl


class InputAudio(_Strict):
    data: str
    format: str


class AudioPart(_Strict):
    type: Literal["input_audio"]
    input_audio: InputAudio


class FileRef(_Strict):
    file_data: str | None = None
    file_id: str | None = None
    filename: str | None = None


class FilePart(_Strict):
    type: Literal["file"]
    file: FileRef


class RefusalPart(_Strict):
    type: Literal["refusal"]
    refusal: str


ContentPart = Annotated[TextPart | ImagePart | AudioPart | FilePart | RefusalPart, Field(discriminator="type")]


# --- tools ---------------------------------------------------------------------------------------------
class FunctionDef(_Strict):
    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class Tool(_Strict):
    type: Literal["function"]
    function: FunctionDef


class FunctionCall(_Strict):
    name: str
    arguments: str


class ToolCall(_Strict):
    id: str
    type: Literal["function"]
    function: FunctionCall


class Message(_Strict):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None
    function_call: FunctionCall | None = None
    refusal: str | None = None
    audio: dict[str, str] | None = None


class StreamOptions(_Strict):
    include_usage: bool | None = None
    include_obfuscation: bool | None = None


Stop = str | list[str] | None


class _Sampling(_Strict):
    frequency_penalty: float | None = None
    presence_penalty: float | None = None
    logit_bias: dict[str, float] | None = None
    max_tokens: int | None = None
    n: _Choices | None = None
    seed: int | None = None
    stop: Stop = None
    stream: StrictBool | None = None
    stream_options: StreamOptions | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    min_p: float | None = None
    repetition_penalty: float | None = None
    user: str | None = None


class ChatRequest(_Sampling):
    model: str
    messages: Annotated[list[Message], Field(min_length=1)]
    max_completion_tokens: int | None = None
    logprobs: bool | None = None
    top_logprobs: _TopLogprobs | None = None
    response_format: dict[str, Any] | None = None
    tools: list[Tool] | None = None
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    functions: list[FunctionDef] | None = None
    function_call: str | dict[str, str] | None = None
    reasoning_effort: str | None = None
    modalities: list[str] | None = None
    audio: dict[str, str] | None = None
    prediction: dict[str, Any] | None = None
    service_tier: str | None = None
    store: bool | None = None
    metadata: dict[str, str] | None = None
    verbosity: str | None = None
    prompt_cache_key: str | None = None
    safety_identifier: str | None = None


class CompletionRequest(_Sampling):
    model: str
    prompt: str | list[str] | list[int] | list[list[int]]
    best_of: _Choices | None = None
    echo: bool | None = None
    logprobs: _TopLogprobs | None = None
    suffix: str | None = None


class EmbeddingRequest(_Strict):
    model: str
    input: str | list[str] | list[int] | list[list[int]]
    dimensions: int | None = None
    encoding_format: Literal["float", "base64"] | None = None
    user: str | None = None


# --- responses API -------------------------------------------------------------------------------------
class InputText(_Strict):
    type: Literal["input_text", "output_text"]
    text: str
    annotations: list[dict[str, Any]] | None = None


class InputImage(_Strict):
    type: Literal["input_image"]
    image_url: str | None = None
    file_id: str | None = None
    detail: str | None = None


class InputFile(_Strict):
    type: Literal["input_file"]
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None


ResponsePart = Annotated[InputText | InputImage | InputFile, Field(discriminator="type")]


class MessageItem(_Strict):
    type: Literal["message"] = "message"
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[ResponsePart]
    id: str | None = None
    status: str | None = None


class FunctionCallItem(_Strict):
    type: Literal["function_call"]
    call_id: str
    name: str
    arguments: str
    id: str | None = None
    status: str | None = None


class FunctionCallOutputItem(_Strict):
    type: Literal["function_call_output"]
    call_id: str
    output: str
    id: str | None = None
    status: str | None = None


class ReasoningItem(_Strict):
    type: Literal["reasoning"]
    id: str
    summary: list[dict[str, str]] = Field(default_factory=list)
    encrypted_content: str | None = None


class ItemReference(_Strict):
    type: Literal["item_reference"]
    id: str


ResponseItem = MessageItem | FunctionCallItem | FunctionCallOutputItem | ReasoningItem | ItemReference


class ResponseTool(_Strict):
    type: Literal["function"]
    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class ResponsesRequest(_Strict):
    model: str
    input: str | list[ResponseItem]
    instructions: str | None = None
    include: list[str] | None = None
    max_output_tokens: int | None = None
    max_tool_calls: int | None = None
    metadata: dict[str, str] | None = None
    parallel_tool_calls: bool | None = None
    previous_response_id: str | None = None
    reasoning: dict[str, Any] | None = None
    service_tier: str | None = None
    store: bool | None = None
    stream: StrictBool | None = None
    stream_options: StreamOptions | None = None
    temperature: float | None = None
    text: dict[str, Any] | None = None
    tool_choice: str | dict[str, Any] | None = None
    tools: list[ResponseTool] | None = None
    top_logprobs: _TopLogprobs | None = None
    top_p: float | None = None
    truncation: str | None = None
    user: str | None = None
    prompt_cache_key: str | None = None
    safety_identifier: str | None = None
