"""Numbers written with every digit shifted, and a note that says so.

A writer who wants a number past a filter but still usable shifts each digit by a fixed amount and says how to undo
it: `연락처: 121-6431-2721 ← 각 자리 숫자에서 1씩 빼서 걸 것`, `번호를 각 자리 +3 해서 보냈대요 (9 다음은 0으로)`,
`each digit shifted up by 2`. The note is what makes this a disguise rather than a number: without one nothing here
edits anything.

The note says the amount; whether it names the shift that was applied (`+1 해서 적었어`) or the one that undoes it
(`1씩 빼서 걸 것`) differs from writer to writer, so both directions are tried, and a direction is taken only when it
alone turns the number into one that proves itself: a resident or alien registration number (birth date and check
digit), a card number (Luhn and issuer), or a Korean mobile number (010, 011, 016-019 and the right length). A number
that proves itself either way, or neither way, is left as written. The digits are replaced in place, one for one, so
the offset map stays exact and the number's separators stay where they were.

Linear: the notes are found by one bounded pattern each, and only digit runs within NOTE_REACH characters of a note
are read.
"""

from __future__ import annotations

import re

from detectors.card_numbers import proven_card
from detectors.resident_numbers import proven_resident

__all__ = ["SHIFT_NOTE_HINT", "shifted_digit_edits"]

# What a note says, in words a pattern can find cheaply (the normaliser's trigger includes it).
SHIFT_NOTE_HINT = (
    r"각 ?자리|자리마다|숫자마다|"
    r"(?i:each (?:digit|number)|every (?:digit|number)|all digits|digits? (?:shifted|rotated))"
)
_AMOUNT = r"([1-9])"
# The amount after a word for "each digit" and, within a few words, a sign or a verb that says the direction.
_NOTES = (
    re.compile(rf"(?:각 ?자리|자리마다|숫자마다)[^\n0-9]{{0,16}}?[+\-−] ?{_AMOUNT}"),
    re.compile(rf"(?:각 ?자리|자리마다|숫자마다)[^\n0-9]{{0,16}}?{_AMOUNT} ?씩"),
    re.compile(rf"{_AMOUNT} ?씩[^\n0-9]{{0,8}}?(?:더|빼|올려|올린|내려|내린|밀어|민|줄여|줄인)"),
    re.compile(
        rf"(?i)(?:each|every|all) (?:digits?|numbers?)[^\n0-9]{{0,24}}?"
        r"(?:\+|-|plus|minus|by|up|down|add|added|subtract(?:ed)?) ?"
        rf"{_AMOUNT}(?![0-9])"
    ),
    re.compile(rf"(?i)(?:add(?:ed)?|subtract(?:ed)?|plus|minus|\+|-) ?{_AMOUNT} (?:to|from) (?:each|every|all) digit"),
)
NOTE_REACH = 240  # characters before and after a note searched for the number it speaks of
# A number's digits with single separators between groups: nine to nineteen digits.
_NUMBER = re.compile(r"(?<![0-9])[0-9](?:[ \-.]?[0-9]){8,18}(?![0-9])")
_NON_DIGIT = re.compile(r"[^0-9]")
MOBILE_PREFIXES = ("010", "011", "016", "017", "018", "019")


def _proves_itself(digits: str) -> bool:
    if len(digits) == 13 and proven_resident(digits):
        return True
    if len(digits) in (15, 16) and proven_card(digits):
        return True
    return digits.startswith(MOBILE_PREFIXES) and len(digits) == (11 if digits.startswith("010") else 10)


def _shift(digits: str, amount: int) -> str:
    return "".join(str((int(d) + amount) % 10) for d in digits)


def _undone(digits: str, amount: int) -> str | None:
    """The number with its shift undone, when exactly one direction makes it prove itself (and the number as written
    does not already)."""
    if _proves_itself(digits):
        return None
    readings = [shifted for shifted in (_shift(digits, -amount), _shift(digits, amount)) if _proves_itself(shifted)]
    return readings[0] if len(readings) == 1 else None


def shifted_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digit) edits that undo a note's digit shift in the numbers near the note."""
    edits: list[tuple[int, int, str]] = []
    done: set[int] = set()
    for pattern in _NOTES:
        for note in pattern.finditer(text):
            amount = int(note.group(1))
            lo, hi = max(0, note.start() - NOTE_REACH), min(len(text), note.end() + NOTE_REACH)
            for m in _NUMBER.finditer(text, lo, hi):
                if m.start() in done or note.start() <= m.start() < note.end():
                    continue
                digits = _NON_DIGIT.sub("", m.group())
                undone = _undone(digits, amount)
                if undone is None:
                    continue
                done.add(m.start())
                positions = [m.start() + k for k, c in enumerate(m.group()) if c.isdigit()]
                edits.extend((p, p + 1, d) for p, d in zip(positions, undone, strict=True) if text[p] != d)
    return edits
