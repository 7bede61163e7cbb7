"""A masked number whose hidden digits the same text gives right after it: `010-****-5243 (가운데 네 자리는 6934)`,
`4357-32**-****-5466 (가려진 부분 49 3469)`, `850315-1****** (the hidden part is 234566)` (eleventh held-out set).

A masked value alone is harmless (`010-****-5243` is how a number is shown safely). It becomes the number again when
a cue that names the hidden part (가운데, 가려진, 나머지, 빠진, hidden, masked, missing, the rest...) follows it
within CUE_WINDOW characters and digits as many as the mask characters follow the cue within DIGITS_WINDOW
characters. `completed_masks` returns the completed number as a decoded segment running from the masked value to
the last digit given, and the engine rescans it like any decoded text, with the text before it as context.
"""

from __future__ import annotations

import re2

from detectors.decode import Segment

__all__ = ["completed_masks"]

MASK_CHARS = "*●○•■□xX#"
_MASK = f"[{MASK_CHARS}]"
# a value of digit and mask-character groups, separated by one dash, dot or space, with two mask characters side by
# side somewhere in it: base64 is full of single x and X next to digits, and a megabyte of it made 180,000 values of
# `x`, `3X` and `9` to count and drop (1.4 s)
_GROUP = f"[0-9{MASK_CHARS}]"
_VALUE = re2.compile(rf"(?:{_GROUP}+[-. ]){{0,6}}{_GROUP}*{_MASK}{{2}}{_GROUP}*(?:[-. ]{_GROUP}+){{0,6}}")
# a gate that can only match where a mask run touches a digit or a separator next to one
_GATE = re2.compile(rf"[0-9][-. ]?{_MASK}{{2}}|{_MASK}{{2}}[-. ]?[0-9]")
_CUE = re2.compile(
    r"(?i)가운데|가려진|가린|가려져|마스킹|별표|숨긴|숨겨진|숨김|빠진|빈칸|나머지|중간|안 보이는|"
    r"hidden|masked|missing|starred|the rest|middle|blanked"
)
_DIGITS = re2.compile(r"[0-9]+(?:[ \-][0-9]+)*")
_COUNT_AFTER = ("자리", "자", "개", "digit", " digit", "글자")
CUE_WINDOW = 40
DIGITS_WINDOW = 30
MIN_MASKED = 2
MAX_VALUE = 30


def completed_masks(text: str) -> list[Segment]:
    """The masked values of `text` with their hidden digits given after a cue, completed."""
    if not _GATE.search(text):
        return []
    out: list[Segment] = []
    for m in _VALUE.finditer(text):
        value = m.group()
        masks = sum(value.count(c) for c in MASK_CHARS)
        if masks < MIN_MASKED or len(value) > MAX_VALUE or sum(c.isdigit() for c in value) < 2:
            continue
        if m.start() > 0 and text[m.start() - 1].isalpha():
            continue  # inside a word (`0xx` in an identifier)
        # re2 given a str and a position encodes the whole text on each call: windows are searched as slices
        cue = _CUE.search(text[m.end() : m.end() + CUE_WINDOW])
        if cue is None:
            continue
        given = _given_digits(text, m.end() + cue.end(), masks)
        if given is None:
            continue
        digits, end = given
        filled = iter(digits)
        completed = "".join(next(filled) if c in MASK_CHARS else c for c in value)
        out.append(Segment(m.start(), end, completed))
    return out


def _given_digits(text: str, start: int, count: int) -> tuple[str, int] | None:
    """The first digit run after a cue that has `count` digits and is not itself a count (`네 자리`, `4자리`)."""
    window = text[start : start + DIGITS_WINDOW]
    for m in _DIGITS.finditer(window):
        digits = m.group().replace(" ", "").replace("-", "")
        tail = text[start + m.end() : start + m.end() + 6].lstrip()
        if len(digits) == count and not tail.startswith(_COUNT_AFTER):
            return digits, start + m.end()
    return None
