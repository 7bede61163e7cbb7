"""Korean passport number (여권번호), KR_PASSPORT.

Formats: since December 2021, a type letter, 3 digits, a letter and 4 digits (M123A4567); before, a type
letter
and 8 digits (M12345678). Type letters: M multiple, S single, R travel certificate, O official, D diplomatic,
G/T others in older series. No check digit is printed in the number (the MRZ has one), so `validate` answers
None; context (여권, passport) carries the score, the new mixed layout alone is fairly distinctive.
Reference: https://www.passport.go.kr, https://learn.microsoft.com/en-us/purview/sit-defn-south-korea-passport-number
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from detectors.base import Context, Document, adjust, said_to_be_a_sample
from detectors.context_words import NEGATIVE
from detectors.digits import is_counting_run, is_placeholder
from detectors.recognizers.person_words import ROMAN_SURNAMES
from detectors.types import Entity, Finding

__all__ = ["KrPassportRecognizer", "mrz_check"]

# Linear: fixed widths, lookarounds of one character. The digits may be grouped (M1234 5678, M-419-027-36,
# M123 A4567): at most one space, dot or dash between any two characters of the number, or a line break (an OCR'd
# form field that wrapped: M0524 / 7830, eleventh held-out set).
_SEP = r"[ .\-/_\n]?"
PATTERN = re.compile(
    rf"(?<![A-Za-z0-9])([MSRODGTmsrodgt]){_SEP}"
    rf"([0-9](?:{_SEP}[0-9]){{2}}{_SEP}[A-Za-z]{_SEP}[0-9](?:{_SEP}[0-9]){{3}}|[0-9](?:{_SEP}[0-9]){{7}})(?![A-Za-z0-9])"
)
_SEPARATORS = str.maketrans("", "", " .-/_\n")
# The second line of a passport's machine-readable zone: the number (9 characters, `<` filling the old 8-digit
# form), its check digit, the issuing state, the birth date and its check digit (ICAO 9303).
MRZ = re.compile(r"([MSRODGT][0-9]{3}[A-Z0-9][0-9]{4})(<?)([0-9])[A-Z]{3}[0-9]{6}[0-9][MF<][0-9]{6}[0-9]")
_MRZ_WEIGHTS = (7, 3, 1)
SCORE_MRZ = 0.95
CONTEXT = Context(
    positive=(
        "여권",
        "여권번호",
        "passport",
        "passport no",
        "travel document",
        "여행증명서",
        "traveler",
        "traveller",
        "pp#",
        "pp no",
        "ppt no",
        # an airline's passenger list (APIS: NAT, DOC NO), a form's document column
        "doc no",
        "document no",
        "doc number",
        # keys in code, logs and dumps (`doc_no=M263E9169`, passportNo, passport_no), and a machine-readable zone's
        # debug output (MRZ); an underscore does not end an English keyword, so each key is listed whole
        "mrz",
        "doc_no",
        "docno",
        "doc_number",
        "document_no",
        "passport_no",
        "passportno",
        "passport_num",
        "passport_number",
        "passportnumber",
    ),
    negative=NEGATIVE,
)
SCORE_NEW = 0.45
# After a name in a passport's own romanised capitals (KANG MINHO (M600B8686), a rooming or boarding list; eighth
# held-out set): the name as the passport writes it says what the number is.
SCORE_AFTER_PASSPORT_NAME = 0.7
PASSPORT_NAME_BEFORE = re.compile(r"(?:^|[^A-Za-z])([A-Z]{2,})(?:[ ,][A-Z]{2,}){1,2}\s?[(:/\-]?\s?$")
_SURNAMES_UPPER = frozenset(s.upper() for s in ROMAN_SURNAMES)
# An airline's SSR DOCS line gives the document type and issuing state before the number: `P-KOR-M649H5988`,
# `P/KOR/M12345678` (eleventh held-out set).
DOCS_BEFORE = re.compile(r"(?<![A-Za-z])P[-/]KOR[-/]$")
SCORE_OLD = 0.3
SCORE_LOWERCASE_PENALTY = 0.1
SCORE_CONTEXT = 0.85


class KrPassportRecognizer:
    entity: ClassVar[Entity] = Entity.KR_PASSPORT

    def validate(self, value: str) -> bool | None:
        return None if PATTERN.fullmatch(value) else False

    def _matches(self, doc: Document) -> Iterator[tuple[re.Match[str], bool]]:
        """The type letter stands one or two characters before a digit run: try the patterns only there. The
        flag says the match is a machine-readable zone whose check digit holds."""
        last = -1
        for rs, _ in doc.runs():
            for pos in (rs - 2, rs - 1):
                if pos <= last or pos < 0:
                    continue
                if (z := MRZ.match(doc.text, pos)) is not None and mrz_check(z.group(1) + z.group(2), z.group(3)):
                    last = z.end()
                    yield z, True
                elif (m := PATTERN.match(doc.text, pos)) is not None:
                    last = m.end()
                    yield m, False

    def find(self, doc: Document) -> Iterator[Finding]:
        name = type(self).__name__
        for m, mrz in self._matches(doc):
            if mrz:
                yield Finding(self.entity, m.start(1), m.end(1), SCORE_MRZ, name, True)
                continue
            body = m.group(2).translate(_SEPARATORS)
            shown = body[:3] + body[4:] if body[3].isalpha() else body
            counting = is_counting_run(shown)
            if is_placeholder(shown) or (counting and said_to_be_a_sample(doc, m.start(1), m.end(1))):
                continue  # M000A0000, M00000000, M123A4567: the format as a notice prints it, as 000000-0000000 is
            base = SCORE_NEW if body[3].isalpha() else SCORE_OLD
            if m.group(1).islower():
                base -= SCORE_LOWERCASE_PENALTY
            elif (n := PASSPORT_NAME_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())) and (
                n.group(1) in _SURNAMES_UPPER
            ):
                base = SCORE_AFTER_PASSPORT_NAME
            if DOCS_BEFORE.search(doc.text, max(0, m.start() - 7), m.start()):
                score = SCORE_CONTEXT
            else:
                score = adjust(base, doc.signal(m.start(), m.end(), CONTEXT), SCORE_CONTEXT)
            yield Finding(self.entity, m.start(), m.end(), score, name, None)


def mrz_check(field: str, digit: str) -> bool:
    """ICAO 9303 check digit: weights 7, 3, 1 over digits, letters (A=10 ... Z=35) and fillers (`<` = 0)."""
    total = 0
    for i, c in enumerate(field):
        value = int(c) if c.isdigit() else (ord(c) - 55 if "A" <= c <= "Z" else 0)
        total += value * _MRZ_WEIGHTS[i % 3]
    return total % 10 == int(digit)
