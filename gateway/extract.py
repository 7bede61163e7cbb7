"""Every text a request carries -> TextSlot(path, text); parts that cannot be scanned are named.

The walk covers the whole validated body, not a list of known text fields: each string leaf is a slot
(message content and parts, names, tool_call arguments, tool and function definitions down to every
JSON-schema description, responses input and instructions, stop strings, metadata values), so a field
added to a schema later is scanned without anyone remembering to. Excluded: `model` (routing, checked
by the block list) and binary payloads (image, audio and file data), which are reported as unscannable.
Token-id arrays (embeddings and completions) are reported separately: the policy refuses them by default.
"""

from __future__ import annotations

from dataclasses import dataclass

from gateway.errors import BadRequest
from gateway.types import TextSlot

__all__ = ["Extraction", "Locator", "extract", "set_at"]

Locator = tuple[str | int, ...]
MAX_SLOTS = 10_000
# (parent key, key) pairs whose string is a binary payload or reference, not text.
_BINARY = {
    ("image_url", "url"),
    ("input_audio", "data"),
    ("file", "file_data"),
    ("file", "file_id"),
    ("input_image", "image_url"),
    ("input_image", "file_id"),
    ("input_file", "file_data"),
    ("input_file", "file_id"),
    ("input_file", "file_url"),
    ("audio", "data"),
    ("audio", "id"),
}
_UNSCANNABLE_PART_TYPES = {
    "image_url": "image",
    "input_audio": "audio",
    "file": "file",
    "input_image": "image",
    "input_file": "file",
}
_IDENTIFIERS = {
    "id",
    "call_id",
    "tool_call_id",
    "previous_response_id",
    "type",
    "role",
    "status",
    "detail",
    "format",
    "encoding_format",
    "encrypted_content",
}


@dataclass(frozen=True, slots=True)
class Extraction:
    slots: tuple[TextSlot, ...]
    locators: tuple[Locator, ...]
    unscannable: tuple[tuple[str, str], ...]  # (path, kind: image|audio|file)
    token_arrays: tuple[str, ...]  # paths


def _path(loc: Locator) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _is_token_array(value: object) -> bool:
    if not isinstance(value, list) or not value:
        return False
    if all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        return True
    return all(isinstance(v, list) and v and all(isinstance(t, int) for t in v) for v in value)


def extract(body: dict[str, object]) -> Extraction:
    slots: list[TextSlot] = []
    locators: list[Locator] = []
    unscannable: list[tuple[str, str]] = []
    tokens: list[str] = []

    def walk(node: object, loc: Locator, parent_type: str | None) -> None:
        if isinstance(node, str):
            key = loc[-1] if loc else ""
            owner = loc[-2] if len(loc) >= 2 and isinstance(loc[-2], str) else parent_type
            if (owner, key) in _BINARY or (parent_type, key) in _BINARY:
                return
            if isinstance(key, str) and key in _IDENTIFIERS and len(node) <= 128:
                # Ids and enums are short tokens; a long value in such a field is still scanned.
                if key != "encrypted_content":
                    return
            if node:
                if len(slots) >= MAX_SLOTS:
                    raise BadRequest(f"The request carries more than {MAX_SLOTS} text fields.")
                slots.append(TextSlot(_path(loc), node))
                locators.append(loc)
            return
        if isinstance(node, dict):
            ptype = node.get("type") if isinstance(node.get("type"), str) else None
            if isinstance(ptype, str) and ptype in _UNSCANNABLE_PART_TYPES:
                unscannable.append((_path(loc), _UNSCANNABLE_PART_TYPES[ptype]))
            for k, v in node.items():
                walk(v, (*loc, k), ptype if isinstance(ptype, str) else parent_type)
            return
        if isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, (*loc, i), parent_type)

    for key, value in body.items():
        if key == "model":
            continue
        if key in ("input", "prompt") and _is_token_array(value):
            tokens.append(key)
            continue
        walk(value, (key,), None)
    return Extraction(tuple(slots), tuple(locators), tuple(unscannable), tuple(tokens))


def set_at(body: dict[str, object], loc: Locator, value: str) -> None:
    """Replace the string at `loc` in `body` (a copy the caller owns)."""
    node: object = body
    for part in loc[:-1]:
        node = node[part]  # type: ignore[index]
    node[loc[-1]] = value  # type: ignore[index]
