"""Romanised names in identifier fields (red-team #9 finding 12).

OpenAI's `messages[].name` takes only `[A-Za-z0-9_-]`, so clients that fill it with the user's name (LibreChat,
LangChain agents, multi-user bots) write `Kim_Minsu`, `hong-gildong` or `MinsuKim`; `user` and `safety_identifier`
often hold the same. Such a slot is scanned, but alone, with no cue, and an identifier is no running text, so the
name passed. Here those fields are split into words (at `_`, `-`, `.`, spaces and a capital after a small letter,
and a run of small letters at a Korean surname) and read as a name when two neighbouring words are a Korean
surname and a romanised given name (`Kim Minsu`, `Minsu Kim`), or an English first name and a surname. The field
itself is the cue; agent names (`code_bot`, `researcher`, `Tool_Runner`) hold no such pair and pass. The finding
covers the whole field, which the policy masks (PERSON) with a placeholder the field's pattern accepts.
"""

from __future__ import annotations

import re
from itertools import pairwise

from detectors import Entity
from detectors.recognizers.person import is_common_word, romanised_korean
from detectors.recognizers.person_words import EN_SURNAMES, FIRST_NAMES, ROMAN_SURNAMES
from gateway.extract import Extraction, Locator, is_key
from gateway.types import SlotFinding

__all__ = ["NAME_FIELD_SCORE", "identifier_field", "is_romanised_name", "name_field_findings"]

NAME_FIELD_SCORE = 0.85
MAX_FIELD_CHARS = 64
MIN_GIVEN = 4  # letters of a given name glued to a surname (`kimminsu`): `kimchi` is not one
_TOP_FIELDS = frozenset({"user", "safety_identifier"})
_CONVERSATION = frozenset({"messages", "input"})
_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
_SURNAMES_LOWER = frozenset(s.lower() for s in ROMAN_SURNAMES)
_RECOGNIZER = "NameFieldRecognizer"


def identifier_field(loc: Locator) -> bool:
    """A field that holds an identifier-shaped name: `messages[i].name`, `input[i].name`, `user`,
    `safety_identifier`."""
    if not loc or is_key(loc):
        return False
    if len(loc) == 1:
        return loc[0] in _TOP_FIELDS
    return len(loc) == 3 and loc[0] in _CONVERSATION and isinstance(loc[1], int) and loc[2] == "name"


def _given(word: str) -> bool:
    return romanised_korean(word) and not is_common_word(word.title())


def _pair(a: str, b: str) -> bool:
    ta, tb = a.title(), b.title()
    if ta in ROMAN_SURNAMES and _given(b) and len(b) >= 3:
        return True
    if tb in ROMAN_SURNAMES and _given(a) and len(a) >= 3:
        return True
    return ta in FIRST_NAMES and (tb in EN_SURNAMES or tb in ROMAN_SURNAMES)


def _glued(word: str) -> bool:
    """One run of small letters that is a surname and a given name (`kimminsu`, `minsukim`)."""
    low = word.lower()
    for size in range(2, 6):
        head, tail = low[:size], low[size:]
        if head in _SURNAMES_LOWER and len(tail) >= MIN_GIVEN and _given(tail):
            return True
        head, tail = low[:-size], low[-size:]
        if tail in _SURNAMES_LOWER and len(head) >= MIN_GIVEN and _given(head):
            return True
    return False


def is_romanised_name(text: str) -> bool:
    """`Kim_Minsu`, `hong-gildong`, `MinsuKim`, `minsu.kim_korea.kr`, `kimminsu`: a person's name as an
    identifier."""
    words = _WORDS.findall(text[:MAX_FIELD_CHARS])
    if any(_pair(a, b) for a, b in pairwise(words)):
        return True
    return len(words) == 1 and _glued(words[0])


def name_field_findings(extraction: Extraction) -> list[SlotFinding]:
    """A PERSON finding over each identifier field that spells a romanised name."""
    out: list[SlotFinding] = []
    for i, (slot, loc) in enumerate(zip(extraction.slots, extraction.locators, strict=True)):
        if identifier_field(loc) and is_romanised_name(slot.text):
            out.append(SlotFinding(i, Entity.PERSON, 0, len(slot.text), NAME_FIELD_SCORE, _RECOGNIZER, False))
    return out
