"""Identifiers with real check digits for the held-out corpus generators (heldout_general, heldout_fresh,
heldout_third): resident and alien registration numbers, business and corporate numbers, Luhn cards, EAN-13 and
ISBN-13. Written once by the first held-out tester from public descriptions of the formats, never from
detectors/; shared so each generator holds only its cases.
"""

from __future__ import annotations

import datetime as _dt

__all__ = [
    "arn",
    "brn",
    "card",
    "crn",
    "digit_list",
    "ean13",
    "isbn13",
    "luhn_ok",
    "rrn",
    "rrn_check",
    "rrn_new",
    "valid_date",
]


def digit_list(s: str) -> list[int]:
    return [int(c) for c in s if c.isdigit()]


def _century(g: int) -> int:
    return {1: 1900, 2: 1900, 5: 1900, 6: 1900, 3: 2000, 4: 2000, 7: 2000, 8: 2000, 9: 1800, 0: 1800}[g]


def valid_date(yymmdd: str, g: int) -> bool:
    try:
        _dt.date(_century(g) + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6]))
    except ValueError:
        return False
    return True


def _rrn_sum(d12: str) -> int:
    return sum(d * w for d, w in zip(digit_list(d12), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], strict=True))


def rrn_check(d12: str) -> int:
    return (11 - _rrn_sum(d12) % 11) % 10


def rrn(yymmdd: str, g: int, serial5: str, dash: bool = True) -> str:
    """Resident registration number issued before Oct 2020: valid date, gender digit, check digit."""
    assert valid_date(yymmdd, g) and len(serial5) == 5
    body = f"{yymmdd}{g}{serial5}"
    full = body + str(rrn_check(body))
    return f"{full[:6]}-{full[6:]}" if dash else full


def rrn_new(yymmdd: str, g: int, tail6: str) -> str:
    """Number issued since Oct 2020: valid date and gender digit, random tail (made to FAIL the old checksum)."""
    assert valid_date(yymmdd, g) and len(tail6) == 6
    body = f"{yymmdd}{g}{tail6}"
    if rrn_check(body[:12]) == int(body[12]):
        body = body[:12] + str((int(body[12]) + 1) % 10)
    assert rrn_check(body[:12]) != int(body[12])
    return f"{body[:6]}-{body[6:]}"


def arn(yymmdd: str, g: int, serial5: str) -> str:
    """Alien registration number (gender digit 5-8): check = (13 - sum mod 11) mod 10."""
    assert g in (5, 6, 7, 8) and valid_date(yymmdd, g)
    body = f"{yymmdd}{g}{serial5}"
    c = (13 - _rrn_sum(body) % 11) % 10
    return f"{yymmdd}-{g}{serial5}{c}"


def brn(first9: str) -> str:
    d = digit_list(first9)
    assert len(d) == 9 and d[0] != 0
    s = sum(a * w for a, w in zip(d, [1, 3, 7, 1, 3, 7, 1, 3, 5], strict=True)) + (d[8] * 5) // 10
    c = (10 - s % 10) % 10
    x = "".join(map(str, d)) + str(c)
    return f"{x[:3]}-{x[3:5]}-{x[5:]}"


def crn(first12: str, dash: bool = True) -> str:
    d = digit_list(first12)
    assert len(d) == 12
    s = sum(a * w for a, w in zip(d, [1, 2] * 6, strict=True))
    x = "".join(map(str, d)) + str((10 - s % 10) % 10)
    return f"{x[:6]}-{x[6:]}" if dash else x


def luhn_ok(num: str) -> bool:
    d = digit_list(num)[::-1]
    total = 0
    for i, v in enumerate(d):
        if i % 2:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return total % 10 == 0


def card(payload: str, groups: tuple[int, ...] = (4, 4, 4, 4), sep: str = "-") -> str:
    """Card number: payload digits + Luhn check digit, grouped."""
    d = "".join(c for c in payload if c.isdigit())
    for c in "0123456789":
        if luhn_ok(d + c):
            d += c
            break
    assert len(d) == sum(groups) and luhn_ok(d)
    out, i = [], 0
    for g in groups:
        out.append(d[i : i + g])
        i += g
    return sep.join(out)


def ean13(first12: str) -> str:
    d = digit_list(first12)
    s = sum(a * (3 if i % 2 else 1) for i, a in enumerate(d))
    return first12 + str((10 - s % 10) % 10)


def isbn13(first12: str) -> str:
    plain = "".join(c for c in first12 if c.isdigit())
    return first12 + "-" + ean13(plain)[-1]
