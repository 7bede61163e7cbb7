"""Every text a request carries -> TextSlot(path, text); parts that cannot be scanned are named.

The walk covers the whole validated body, not a list of known text fields: each string leaf is a slot
(message content and parts, names, tool_call arguments, tool and function definitions down to every
JSON-schema description, responses input and instructions, stop strings, metadata values), and so is each
dict key (metadata keys, schema property names) and each identifier or enum value (ids, `type`, `role`): a
field added to a schema later, or data hidden where only a short token is expected, is scanned without anyone
remembering to. So is every JSON number of MIN_NUMBER_DIGITS digits or more (`"default": 4111111111111111` in a
tool schema, `"seed": 8503151234566`, `"dimensions": ...`), as its decimal string; `Extraction.numbers` names those
slots, since a finding in one cannot be masked in place (the pipeline refuses the request instead). Smaller numbers
(`max_tokens`, `temperature`, `n`) are not slots and cost nothing, except where a list or object holds two or more
of them, alone or in pairs or one-number objects: that container is also read as the number it may spell
(`[8,5,0,3,1,5,1,2,3,4,5,6,6]`, `{"card_no1": 5365, "card_no2": 1012, ...}`, red-team #9 and #10).
Excluded: `model` (routing, checked by the block list). Image, audio and file parts are reported as unscannable
(the policy refuses them by default), and the strings such a part carries at its schema positions
(`messages[].content[]`, `input[].content[]`, `messages[].audio`) are read by gateway/media.py: a URL, a text
`data:` URL or anything that is not a binary payload is a slot of the text read out of it, named in
`Extraction.media` (a finding in one cannot be masked in place either: the pipeline refuses the request); only a
binary payload (a PNG's bytes) is left unread. The same keys anywhere else (`audio.data` in a tool schema,
`response_format`, `metadata`) are plain text. Those slots come after all others, so a URL never stands between
two texts a model reads one after the other (`850315-` | image | `1234566` is still one junction).
Token-id arrays (embeddings and completions) are reported separately: the policy refuses them by default. Slot
paths name a dict key only when it is a plain field name (`<key>` otherwise): paths reach audit records and error
messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gateway.errors import BadRequest
from gateway.media import read_media
from gateway.types import TextSlot

__all__ = [
    "DictKey",
    "Extraction",
    "Locator",
    "extract",
    "hoisted_sections",
    "in_running_text",
    "is_key",
    "reading_sections",
    "set_at",
    "shown_key",
]

Locator = tuple["str | int | DictKey", ...]
MAX_SLOTS = 10_000
MAX_DEPTH = 64  # nesting of objects and arrays; deeper bodies are refused (400), never walked or re-encoded
MIN_NUMBER_DIGITS = 6  # a JSON number this long could be an identifier (the shortest scanned ones have 6 digits)
_SMALL = 10 ** (MIN_NUMBER_DIGITS - 1)  # integers below this in magnitude are not slots, without formatting them
# The strings that name or carry a part's media, by (part type, key) at the positions of the request schemas:
# a chat content part's `image_url.url` ... (messages[i].content[j].<type>.<key>), a Responses input part's
# `image_url` ... (input[i].content[j].<key>), and a chat message's `audio.data` (messages[i].audio.data).
_CHAT_PART_MEDIA = {("image_url", "url"): "image", ("input_audio", "data"): "audio", ("file", "file_data"): "file"}
_INPUT_PART_MEDIA = {
    ("input_image", "image_url"): "image",
    ("input_file", "file_data"): "file",
    ("input_file", "file_url"): "file",
}
_UNSCANNABLE_PART_TYPES = {
    "image_url": "image",
    "input_audio": "audio",
    "file": "file",
    "input_image": "image",
    "input_file": "file",
}
# Fields that hold ids and enum values: scanned like any text, but not read as part of the running text (a part's
# `"type": "text"` sits between two content parts; it must not break a value split across them).
_TOKEN_FIELDS = frozenset(
    """id call_id tool_call_id previous_response_id type role status detail format encoding_format encrypted_content
    voice""".split()
)
# A dict key is shown in a slot path (audit spans, error messages) only when it is a field name the gateway knows
# (the request schemas' fields and JSON-schema keywords); any other key, `850315-1234566` or `Hong_Gildong`, could
# be the data itself and reads `<key>`.
_JSON_SCHEMA_WORDS = frozenset(
    """type properties items description enum required additionalProperties anyOf oneOf allOf not $ref $defs
    definitions format default title minimum maximum exclusiveMinimum exclusiveMaximum pattern const nullable
    minItems maxItems minLength maxLength uniqueItems examples strict name parameters schema json_schema
    multipleOf patternProperties propertyNames contains prefixItems dependentRequired if then else""".split()
)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]{0,63}")
# The order a model reads a request's top-level fields in: instructions and tool and output definitions are laid
# into the system prompt, before the conversation, whatever order the client's JSON keys come in. Fields not named
# here follow in body order.
_READING_ORDER = (
    "instructions",
    "tools",
    "functions",
    "tool_choice",
    "function_call",
    "response_format",
    "text",
    "messages",
    "input",
    "prompt",
    "suffix",
)
_CONVERSATION_FIELDS = frozenset({"messages", "input"})
_HOISTED_ROLES = frozenset({"system", "developer"})


@dataclass(frozen=True, slots=True)
class DictKey:
    """A locator's last part when the slot is a dict key itself (metadata keys, schema property names)."""

    key: str


@dataclass(frozen=True, slots=True)
class Extraction:
    slots: tuple[TextSlot, ...]
    locators: tuple[Locator, ...]
    unscannable: tuple[tuple[str, str], ...]  # (path, kind: image|audio|file)
    token_arrays: tuple[str, ...]  # paths
    numbers: frozenset[int] = frozenset()  # indices of the slots that are a JSON number's decimal form
    media: frozenset[int] = frozenset()  # indices of the slots read out of a part's URL or data (gateway/media.py)


def _known_keys() -> frozenset[str]:
    from pydantic import BaseModel

    from gateway.api import schemas

    names: set[str] = set(_JSON_SCHEMA_WORDS)
    for value in vars(schemas).values():
        if isinstance(value, type) and issubclass(value, BaseModel):
            for fname, info in value.model_fields.items():
                names.add(fname)
                if info.alias:
                    names.add(info.alias)
    return frozenset(names)


_KNOWN_KEYS = _known_keys()


def shown_key(key: str) -> str:
    """A key as slot paths and error messages show it: its name when the gateway knows it, else `<key>`."""
    return key if key in _KNOWN_KEYS else "<key>"


def _path(loc: Locator) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        name = shown_key(part.key if isinstance(part, DictKey) else part)
        name = f"{{{name}}}" if isinstance(part, DictKey) else name
        out += f".{name}" if out else name
    return out


def _is_token_array(value: object) -> bool:
    """Token ids: a list of numbers (ints, and floats or booleans a provider may still read as ids), or a list of
    such lists and numbers (empty lists included: `[[], ids]`, `[[ids], [true]]` are still token ids)."""
    if not isinstance(value, list) or not value:
        return False
    if all(isinstance(v, (int, float)) for v in value):
        return True
    return all(
        isinstance(v, (int, float)) or (isinstance(v, list) and all(isinstance(t, (int, float)) for t in v))
        for v in value
    )


def _number_text(value: int | float) -> str:
    """A number's decimal form: what a provider reads (an integral float as the integer it spells)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return str(int(value))
    return str(value)


MIN_RUN_NUMBERS = 2
MAX_SEPARATOR_ITEM = 3  # a string item this short without letters or digits is a separator (`"-"`, `" "`, `"."`)


def _small_number(value: object) -> str | None:
    """A small number's digits as a provider reads them (an integral float as its integer, the sign dropped), or None
    for anything else (a fraction such as 0.7, a boolean, a number of MIN_NUMBER_DIGITS or more: that is a slot)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if (isinstance(value, float) and not value.is_integer()) or not -_SMALL < value < _SMALL:
        return None
    return _number_text(value).lstrip("-")


def _numbers_of(node: object) -> list[str] | None:
    """The small numbers a list or dict of numbers holds, in order (`[5365, 1012]`, `{"g": 5365}`), or None when it
    holds anything else."""
    items = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
    if items is None:
        return None
    out = []
    for item in items:
        digits = _small_number(item)
        if digits is None:
            return None
        out.append(digits)
    return out


def _number_run(node: dict[object, object] | list[object]) -> str | None:
    """The number a container's small numbers may spell, as a model reading the JSON sees it (red-team #9 and #10):
    its items in order, each a small number, a separator string (`"-"`) or a list or dict of small numbers (a pair,
    `{"g": 5365}`). Single digits are written together (`[8,5,0,3,1,5,"-",1,2,3,4,5,6,6]` is 850315-1234566), groups
    joined by dashes (`{"card_no1": 5365, "card_no2": 1012, ...}` and `[[5365,1012],[3456,7893]]` are
    5365-1012-3456-7893). None for other containers, fewer than MIN_RUN_NUMBERS numbers or MIN_NUMBER_DIGITS digits."""
    parts: list[str] = []  # numbers, and "" where a separator string stood
    for item in node.values() if isinstance(node, dict) else node:
        digits = _small_number(item)
        if digits is not None:
            parts.append(digits)
        elif isinstance(item, str):
            if len(item) > MAX_SEPARATOR_ITEM or any(c.isalnum() for c in item):
                return None
            parts.append("")
        else:
            inner = _numbers_of(item)
            if not inner:
                return None
            parts.extend(inner)
    numbers = [p for p in parts if p]
    if len(numbers) < MIN_RUN_NUMBERS or sum(len(p) for p in numbers) < MIN_NUMBER_DIGITS:
        return None
    if all(len(p) <= 1 for p in parts):
        return "".join(p or "-" for p in parts)
    return "-".join(numbers)


def _media_kind(loc: Locator, parent_type: str | None) -> str | None:
    """image, audio or file when the string at `loc` carries a part's media at its schema position, else None."""
    if len(loc) < 4 or not isinstance(loc[1], int):
        return None
    if len(loc) == 4 and loc[0] == "messages" and loc[2:] == ("audio", "data"):
        return "audio"
    if loc[2] != "content" or not isinstance(loc[3], int):
        return None
    if len(loc) == 6 and loc[0] == "messages" and loc[4] == parent_type:
        return _CHAT_PART_MEDIA.get((parent_type, loc[5]))  # type: ignore[arg-type]
    if len(loc) == 5 and loc[0] == "input":
        return _INPUT_PART_MEDIA.get((parent_type, loc[4]))  # type: ignore[arg-type]
    return None


def extract(body: dict[str, object]) -> Extraction:
    """Every string leaf and every dict key of the body except `model` is a slot, and so is every number of
    MIN_NUMBER_DIGITS digits or more; identifiers and enum values (ids, `type`, `role` ...) are scanned like any
    text. Raises BadRequest past MAX_DEPTH or MAX_SLOTS. Paths are built on the way down (one string per node), not
    from each slot's locator."""
    slots: list[TextSlot] = []
    locators: list[Locator] = []
    unscannable: list[tuple[str, str]] = []
    tokens: list[str] = []
    numbers: list[int] = []
    media: list[tuple[str, Locator, str]] = []  # (text, locator, path), added after every other slot

    def add(text: str, loc: Locator, path: str) -> None:
        if len(slots) >= MAX_SLOTS:
            raise BadRequest(f"The request carries more than {MAX_SLOTS} text fields.")
        slots.append(TextSlot(path, text))
        locators.append(loc)

    def walk(node: object, loc: Locator, path: str, parent_type: str | None) -> None:
        if len(loc) > MAX_DEPTH:
            raise BadRequest(f"The request body is nested more than {MAX_DEPTH} levels deep.")
        if isinstance(node, str):
            kind = _media_kind(loc, parent_type)
            if kind is None:
                if node:
                    add(node, loc, path)
                return
            read = read_media(node)
            if read.binary:
                part = _path(loc[:4]) if loc[2] == "content" else path
                if not any(seen == part for seen, _ in unscannable):
                    unscannable.append((path, kind))
            if read.text:
                media.append((read.text, loc, path))
            return
        if isinstance(node, (int, float)) and not isinstance(node, bool):
            if isinstance(node, int) and -_SMALL < node < _SMALL:
                return
            text = _number_text(node)
            if sum(c.isdigit() for c in text) >= MIN_NUMBER_DIGITS:
                numbers.append(len(slots))
                add(text, loc, path)
            return
        if isinstance(node, (dict, list)):
            run = _number_run(node)
            if run is not None:
                numbers.append(len(slots))
                add(run, loc, path)
        if isinstance(node, dict):
            ptype = node.get("type") if isinstance(node.get("type"), str) else None
            if isinstance(ptype, str) and ptype in _UNSCANNABLE_PART_TYPES:
                unscannable.append((path, _UNSCANNABLE_PART_TYPES[ptype]))
            for k, v in node.items():
                name = shown_key(k)
                if k:
                    add(k, (*loc, DictKey(k)), f"{path}.{{{name}}}")
                walk(v, (*loc, k), f"{path}.{name}", ptype if isinstance(ptype, str) else parent_type)
            return
        if isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, (*loc, i), f"{path}[{i}]", parent_type)

    for key, value in body.items():
        if key == "model":
            continue
        if key in ("input", "prompt") and _is_token_array(value):
            tokens.append(key)
            continue
        walk(value, (key,), shown_key(key), None)
    first_media = len(slots)
    for text, loc, path in media:
        add(text, loc, path)
    return Extraction(
        tuple(slots),
        tuple(locators),
        tuple(unscannable),
        tuple(tokens),
        frozenset(numbers),
        frozenset(range(first_media, len(slots))),
    )


def set_at(body: dict[str, object], loc: Locator, value: str) -> None:
    """Replace the string at `loc` in `body` (a copy the caller owns); a DictKey renames the key in place, keeping
    the order of the keys."""
    node: object = body
    for part in loc[:-1]:
        node = node[part]  # type: ignore[index]
    last = loc[-1]
    if isinstance(last, DictKey):
        assert isinstance(node, dict)
        new, n = value, 1
        while new in node and new != last.key:  # never merge into a key that is already there
            n += 1
            new = f"{value}#{n}"
        items = [(new if k == last.key else k, v) for k, v in node.items()]
        node.clear()
        node.update(items)
        return
    node[last] = value  # type: ignore[index]


def is_key(loc: Locator) -> bool:
    return bool(loc) and isinstance(loc[-1], DictKey)


def in_running_text(loc: Locator, text: str) -> bool:
    """A slot a model reads as part of the text: not an id or enum value, nor an identifier (a function name, a
    schema key such as `description`); a free-form key (`주민번호 850315-`) is read like its value."""
    if not loc or (not isinstance(loc[-1], DictKey) and loc[-1] in _TOKEN_FIELDS):
        return False
    return not _IDENTIFIER.fullmatch(text)


def reading_sections(extraction: Extraction) -> list[list[tuple[int, str]]]:
    """The running text (in_running_text) as (slot index, text), grouped by top-level field, the groups in the
    order a model reads them (_READING_ORDER, then the other fields in body order) and each in body order."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for i, (slot, loc) in enumerate(zip(extraction.slots, extraction.locators, strict=True)):
        if in_running_text(loc, slot.text):
            groups.setdefault(str(loc[0]), []).append((i, slot.text))
    rank = {name: n for n, name in enumerate(_READING_ORDER)}
    order = sorted(groups, key=lambda name: rank.get(name, len(rank)))  # stable: the rest keep body order
    return [groups[name] for name in order]


def hoisted_sections(
    extraction: Extraction, sections: list[list[tuple[int, str]]]
) -> list[list[tuple[int, str]]] | None:
    """`sections` (the extraction's reading_sections) as providers that keep the system prompt apart lay them out
    (Anthropic, Bedrock, Vertex, via litellm): the texts of every `system` / `developer` message (in `messages` or
    `input`) come first, adjacent and in body order, and the conversation follows without them, so that two user
    turns a system message separated are read one after the other (red-team #9 finding 4). None when no message has
    such a role."""
    hoisted: set[tuple[str, int]] = set()
    for slot, loc in zip(extraction.slots, extraction.locators, strict=True):
        if (
            len(loc) == 3
            and loc[0] in _CONVERSATION_FIELDS
            and isinstance(loc[1], int)
            and loc[2] == "role"
            and slot.text in _HOISTED_ROLES
        ):
            hoisted.add((loc[0], loc[1]))
    if not hoisted:
        return None
    system: list[tuple[int, str]] = []
    out: list[list[tuple[int, str]]] = [system]
    for section in sections:
        rest: list[tuple[int, str]] = []
        for i, text in section:
            loc = extraction.locators[i]
            in_system = len(loc) >= 2 and (loc[0], loc[1]) in hoisted
            (system if in_system else rest).append((i, text))
        if rest:
            out.append(rest)
    return out
