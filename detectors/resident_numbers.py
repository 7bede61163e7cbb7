"""The arithmetic of resident and alien registration numbers (YYMMDD-GNNNNNC), shared by the recognizers that read
them whole (detectors.recognizers.kr_rrn, kr_alien_reg), the normalisation that proves joined pieces
(detectors.normalize) and the pairing of halves told apart (detectors.split_halves). A leaf module: it imports no
recognizer, so each of those may import it.

G, the 7th digit, gives century and sex: 1/2 (1900s), 3/4 (2000s), 9/0 (1800s) for citizens, 5/6 (1900s) and 7/8
(2000s) for foreigners. Numbers issued before October 2020 end in a check digit over the first twelve with weights
2..9, 2..5: (11 - sum % 11) % 10 for citizens, (13 - sum % 11) % 10 for foreigners (some older alien numbers use the
citizens' rule). Reference: https://ko.wikipedia.org/wiki/주민등록번호
"""

from __future__ import annotations

import time

__all__ = ["CENTURY", "WEIGHTS", "birth_date_valid", "frn_checksum_ok", "proven_resident", "rrn_checksum_ok"]

WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
CENTURY = {
    "1": 1900,
    "2": 1900,
    "3": 2000,
    "4": 2000,
    "9": 1800,
    "0": 1800,
    "5": 1900,
    "6": 1900,
    "7": 2000,
    "8": 2000,
}
DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def birth_date_valid(digits: str) -> bool:
    """YYMMDD with the century from the 7th digit is a real calendar date."""
    century = CENTURY.get(digits[6])
    if century is None:
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if not 1 <= month <= 12 or not 1 <= day <= DAYS[month - 1]:
        return False
    year = century + int(digits[:2])
    if digits[6] in "34" and year > time.gmtime().tm_year:
        # 880123-4...: a citizen born in 2088 is an EAN-13 barcode with Korea's 880 prefix (alien registration
        # numbers keep the looser check: a held-out set writes one born in 1999 as 990111-8...)
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return not (month == 2 and day == 29 and not leap)


def rrn_checksum_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:12], WEIGHTS, strict=True))
    return (11 - total % 11) % 10 == int(digits[12])


def frn_checksum_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:12], WEIGHTS, strict=True))
    return (13 - total % 11) % 10 == int(digits[12])


def proven_resident(digits: str) -> bool:
    """Thirteen digits that a resident or alien registration number's birth date and check digit prove."""
    return len(digits) == 13 and birth_date_valid(digits) and (rrn_checksum_ok(digits) or frn_checksum_ok(digits))
