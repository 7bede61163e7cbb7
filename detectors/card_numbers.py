"""The check rules of payment card numbers, shared by the card recognizer and detectors.split_halves: the Luhn check
digit and the issuer prefixes (IIN) with the lengths each issuer uses. A leaf module: it imports nothing of the
engine's, so both can import it.
Reference: https://en.wikipedia.org/wiki/Payment_card_number
"""

from __future__ import annotations

__all__ = ["ISSUERS", "known_issuer", "luhn_ok", "proven_card"]

# (prefix low, prefix high, allowed lengths)
ISSUERS: tuple[tuple[int, int, tuple[int, ...]], ...] = (
    (4, 4, (13, 16, 19)),
    (51, 55, (16,)),
    (2221, 2720, (16,)),
    (34, 34, (15,)),
    (37, 37, (15,)),
    (6011, 6011, (16, 17, 18, 19)),
    (644, 649, (16, 17, 18, 19)),
    (65, 65, (16, 17, 18, 19)),
    (3528, 3589, (16, 17, 18, 19)),
    (300, 305, (14, 15, 16, 17, 18, 19)),
    (36, 36, (14, 15, 16, 17, 18, 19)),
    (38, 39, (14, 15, 16, 17, 18, 19)),
    (62, 62, (16, 17, 18, 19)),
    (94, 95, (16,)),
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def known_issuer(digits: str) -> bool:
    for low, high, lengths in ISSUERS:
        width = len(str(low))
        if low <= int(digits[:width]) <= high and len(digits) in lengths:
            return True
    return False


def proven_card(digits: str) -> bool:
    """Digits that a card issuer's prefix and the Luhn check prove."""
    return luhn_ok(digits) and known_issuer(digits)
