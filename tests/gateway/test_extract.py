"""gateway.extract on its own: what becomes a slot, how paths read, what is unscannable, how keys are masked."""

from __future__ import annotations

import pytest

from gateway.errors import BadRequest
from gateway.extract import MAX_DEPTH, _path, extract, in_running_text, set_at

PNG = "data:image/png;base64,iVBORw0KGgo="  # the PNG signature: a binary payload
WAV = "UklGRiQAAABXQVZFZm10IA=="  # RIFF....WAVEfmt
BODY = {
    "model": "gpt-4o-mini",
    "messages": [
        {"role": "user", "content": [{"type": "text", "text": "hi"}, {"type": "image_url", "image_url": {"url": PNG}}]},
        {"role": "assistant", "audio": {"id": "audio_1", "data": WAV}},
    ],
    "metadata": {"주민 850315": "v", "note": "n"},
}


def test_slots_paths_and_unscannable() -> None:
    ex = extract(BODY)
    texts = [s.text for s in ex.slots]
    assert "gpt-4o-mini" not in texts  # the model is routing, checked by the block list
    assert {"role", "content", "user", "text", "hi", "audio_1", "주민 850315", "note"} <= set(texts)
    assert not [t for t in texts if "iVBOR" in t or "UklGR" in t]  # binary payloads are never scanned
    assert not ex.media
    assert dict(ex.unscannable) == {"messages[0].content[1]": "image", "messages[1].audio.data": "audio"}
    for slot, loc in zip(ex.slots, ex.locators, strict=True):
        assert slot.path == _path(loc)  # built on the way down, the same as from the locator
    paths = [s.path for s in ex.slots]
    assert "metadata.{<key>}" in paths and "metadata.<key>" in paths  # a key with data is not shown in a path
    assert not any("850315" in p for p in paths)
    digits_key = extract({"metadata": {"850315-1234566": "x", "Hong_Gildong": "y"}})
    assert {s.path for s in digits_key.slots} == {"metadata.{<key>}", "metadata.<key>"}  # only known names show


def test_running_text_excludes_ids_enums_and_identifiers() -> None:
    ex = extract(BODY)
    running = [s.text for s, loc in zip(ex.slots, ex.locators, strict=True) if in_running_text(loc, s.text)]
    # a free-form key is read like its value; single words (`hi`, a function name) are identifiers, left out
    assert running == ["주민 850315"]
    assert in_running_text(("messages", 0, "content"), "주민번호 850315-")
    assert not in_running_text(("tools", 0, "function", "name"), "get_weather")


def test_a_masked_key_never_merges_into_an_existing_key() -> None:
    body = {"metadata": {"<EMAIL_ADDRESS_1>": "first", "hong@example.com": "second"}}
    ex = extract(body)
    i = [s.text for s in ex.slots].index("hong@example.com")
    set_at(body, ex.locators[i], "<EMAIL_ADDRESS_1>")
    assert list(body["metadata"].values()) == ["first", "second"]


def test_a_masked_key_is_renamed_in_place() -> None:
    body = {"metadata": {"a": 1, "hong@example.com": 2, "z": 3}}
    ex = extract(body)
    i = [s.text for s in ex.slots].index("hong@example.com")
    set_at(body, ex.locators[i], "<EMAIL_ADDRESS_1>")
    assert list(body["metadata"].items()) == [("a", 1), ("<EMAIL_ADDRESS_1>", 2), ("z", 3)]


def test_too_deep_is_a_bad_request() -> None:
    node: object = "x"
    for _ in range(MAX_DEPTH + 1):
        node = {"a": node}
    with pytest.raises(BadRequest):
        extract({"model": "m", "metadata": node})
