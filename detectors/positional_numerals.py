"""Numbers read out with place values (천/백/십/만; thousand/hundred), as speech-to-text writes a phone call.

Owns the reading of one positional group (구천팔백칠십육 -> 9876, 팔십오만 삼백십오 -> 850315, nine thousand eight
hundred seventy six -> 9876) and of a chain of such groups said as one identifier (`010 구천팔백칠십육 오천사백삼십이`,
`공이 칠백육십오 국에 사천삼백이십일 번`, `팔십오만 삼백십오 다시 백이십삼만 사천오백육십육`). Invariant: a group
becomes exactly the digits its value has, never padded (구백팔십칠 is 987, not 0987: a leading zero is not said),
and each group stays a group so the layout checks see the sizes that were said (4-4, 6-7). Two exceptions, where
the number's own layout says the zero: after 010 or 070, whose groups always have four digits, a group said shorter
is padded (`010 구백팔십칠 오천사백삼십이` -> `010 0987 5432`); and a tens prefix said after 영 or 공 keeps it
(`영칠십` -> 070, `영팔십` -> 080). A group alone, or groups that read as prose (`삼천오백 원`, `천만 관객`,
`이천이십육년`), are left as they are.
"""

from __future__ import annotations

import re

import re2

__all__ = ["POSITIONAL_CHAIN", "POSITIONAL_HINT", "positional_chain_edits", "positional_value"]

_SINO = "일이삼사오육칠팔구"
_HANGUL_DIGITS = {"공": "0", "영": "0", **{c: str(i) for i, c in enumerate(_SINO, 1)}, "륙": "6"}
_UNITS = {"천": 1000, "백": 100, "십": 10}
# One group below ten thousand: each place at most once, in order, its digit optional (천십이 = 1012).
_BELOW_MAN = re.compile(rf"(?:([{_SINO}])?천)?(?:([{_SINO}])?백)?(?:([{_SINO}])?십)?([{_SINO}])?")
_EN_ONES = {w: i for i, w in enumerate("one two three four five six seven eight nine".split(), 1)}
_EN_TEENS = {
    w: i
    for i, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 10)
}
_EN_TENS = {w: i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}

# A chain: two to six groups (positional, Hangul digits, ASCII digits) with a separator between each two.
# re2, so linear; each alternative of a group is bounded or made of disjoint classes.
_KO_POSITIONAL = rf"[공영][{_SINO}]십[{_SINO}]?|(?:[{_SINO}]?[천백십][{_SINO}천백십]{{0,6}}|[{_SINO}])만(?: ?[{_SINO}]?[천백십][{_SINO}천백십]{{0,6}}| ?[{_SINO}])?|(?:[{_SINO}][천백십]|[천백십][{_SINO}천백십])[{_SINO}천백십]{{0,5}}"  # noqa: E501
_EN_ONE = "one|two|three|four|five|six|seven|eight|nine"
_EN_BELOW_HUNDRED = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:{_EN_ONE}))?|"
    rf"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_EN_ONE})"
)
_EN_POSITIONAL = (
    rf"(?:(?:{_EN_ONE}) thousand(?:,? (?:and )?(?:{_EN_ONE}) hundred)?|(?:{_EN_ONE}) hundred)"
    rf"(?:,? (?:and )?{_EN_BELOW_HUNDRED})?"
)
# Korean and English groups do not mix in one chain (ASCII digits go with both).
_KO_GROUP = rf"(?:{_KO_POSITIONAL}|[공영{_SINO}륙]{{2,6}}|[0-9]{{2,8}})"
_EN_GROUP = rf"(?:[0-9]{{2,8}}|(?i:{_EN_POSITIONAL}))"
_GROUP = rf"(?:{_KO_POSITIONAL}|[공영{_SINO}륙]{{2,6}}|[0-9]{{2,8}}|(?i:{_EN_POSITIONAL}))"
_SEP = r"(?: ?(?:-|,|다시|대시|하이픈|국에|국|번에|에|(?i:dash|hyphen)) ?| )"
POSITIONAL_CHAIN = re2.compile(rf"{_KO_GROUP}(?:{_SEP}{_KO_GROUP}){{1,5}}|{_EN_GROUP}(?:{_SEP}{_EN_GROUP}){{1,5}}")
# What every chain holds, small enough for normalize's one-pass trigger: a positional group with a separator and the
# start of another group after it, or the end of a group and a separator before one (the chain itself is too big a
# DFA to join that trigger).
_KO_START = rf"(?:[{_SINO}][천백십만]|[천백십][{_SINO}천백십만])"
_EN_ONE_UNIT = rf"(?i:(?:{_EN_ONE}) (?:thousand|hundred))"
POSITIONAL_HINT = (
    rf"{_KO_START}[{_SINO}천백십만]{{0,8}}{_SEP}[0-9공영륙{_SINO}천백십]|[0-9공영륙{_SINO}천백십만]{_SEP}{_KO_START}|"
    rf"(?i:thousand|hundred)[a-z ,\-]{{0,40}}(?:[ ,\\-][0-9]|{_EN_ONE_UNIT})|[0-9]{_SEP}{_EN_ONE_UNIT}"
)
# Either kind of positional group anywhere in the text: without one, no chain is read (re2, one pass).
_ANY_POSITIONAL = re2.compile(rf"{_KO_POSITIONAL}|(?i:{_EN_POSITIONAL})")
_DIGITS_AND_SEPARATORS = re.compile(r"[0-9 ,\-]+")
_TOKEN = re.compile(rf"({_GROUP})|({_SEP})")
_UNIT_CHARS = frozenset("천백십만")
# Prefixes whose two groups after them have four digits each (010-NNNN-NNNN, 070-NNNN-NNNN): a group said with place
# values and fewer digits had a leading zero nobody says.
FOUR_DIGIT_GROUPS = frozenset(("010", "070"))
MIN_CHAIN_DIGITS = 9  # 02-765-4321, the shortest telephone number: fewer digits are a price or a count
LABEL_BEFORE = 16
# A word before the chain that says an identifier follows (연락처, 카드번호는, 주민번호, call him on).
_LABEL = re.compile(r"(?i:연락처|전화|번호|휴대폰|핸드폰|폰|카드|계좌|주민|phone|call|number|card|account|tel)")
_COPULA_AFTER = frozenset("요에고며다라었니야")


def positional_value(word: str) -> str | None:
    """이천삼백사십오 -> 2345, 이천오 -> 2005, 삼백이 -> 302, 십이만삼천사백오십육 -> 123456,
    팔십오만 삼백십오 -> 850315, nine thousand eight hundred seventy six -> 9876; None when the word is not one
    well-formed number."""
    if word[:1].isascii():
        return _en_value(word.lower())
    high, man, low = word.replace(" ", "").partition("만")
    if not man:
        value = _below_man(high)
        return None if value is None else str(value)
    head = _below_man(high)
    tail = _below_man(low) if low else 0
    return None if head is None or tail is None else str(head * 10000 + tail)


def _below_man(word: str) -> int | None:
    m = _BELOW_MAN.fullmatch(word)
    if m is None or not word:
        return None
    value = sum(
        unit * (_SINO.index(digit) + 1 if digit else 1)
        for unit, marker, digit in zip((1000, 100, 10), "천백십", m.groups()[:3], strict=True)
        if marker in word
    )
    return value + (_SINO.index(m.group(4)) + 1 if m.group(4) else 0)


def _en_value(words: str) -> str | None:
    value, current = 0, 0
    for word in words.replace(",", " ").replace("-", " ").split():
        if word == "and":
            continue
        if word in ("thousand", "hundred"):
            if not 0 < current < 10:
                return None
            value += current * (1000 if word == "thousand" else 100)
            current = 0
        elif word in _EN_TENS and current == 0:
            current = _EN_TENS[word] * 10
        elif word in _EN_TEENS and current == 0:
            current = _EN_TEENS[word]
        elif word in _EN_ONES and current % 10 == 0:
            current += _EN_ONES[word]
        else:
            return None
    total = value + current
    return str(total) if 0 < total < 10000 else None


def _group_digits(word: str) -> tuple[str, bool] | None:
    """The group's digits, and whether it was said with place values."""
    if word.isascii() and word.isdigit():
        return word, False
    if all(c in _HANGUL_DIGITS for c in word) and not _UNIT_CHARS.intersection(word):
        return "".join(_HANGUL_DIGITS[c] for c in word), False
    if word[0] in "공영":
        value = positional_value(word[1:])  # 영칠십: the zero said, then seventy
        return None if value is None else ("0" + value, True)
    value = positional_value(word)
    return None if value is None else (value, True)


def _bounded(text: str, start: int, end: int) -> bool:
    """Not the tail or head of a longer word (불만이천, 이천이십육년): a space, punctuation or a particle around it."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    inside_before = before.isalnum()
    inside_after = after.isalnum() and after not in "번국이입" and after not in _COPULA_AFTER
    return not inside_before and not inside_after


def positional_chain_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits (start, end, replacement) for each chain of number groups with at least one positional group: each group
    its digits, a spoken separator (다시, 국에, 에, dash) a `-`, a comma a space. A chain is read only when it is
    long enough for an identifier (MIN_CHAIN_DIGITS) and something says it is one: a leading 0 (010, 공이), a
    spoken separator, a label before it (연락처, 카드번호는), or three groups none of which is a round number."""
    edits: list[tuple[int, int, str]] = []
    if _ANY_POSITIONAL.search(text) is None:
        return edits  # every chain needs one positional group: a log's dates and times alone are thousands of chains
    for m in POSITIONAL_CHAIN.finditer(text):
        if _DIGITS_AND_SEPARATORS.fullmatch(m.group()) is not None:
            continue  # ASCII digit groups only: nothing said with place values
        base = m.start()
        tokens = [(base + t.start(), base + t.end(), t.group(1)) for t in _TOKEN.finditer(m.group())]
        if tokens and tokens[-1][2] is not None:
            s, e, word = tokens[-1]
            if word[-1] == "이" and text[e : e + 1] in _COPULA_AFTER and _group_digits(word) is None:
                # 구천팔백칠십육이요: the last 이 is the copula, as 칠십육이 is no number (삼십이요 is read as 32요)
                tokens[-1] = (s, e - 1, word[:-1])
        if not tokens or not _bounded(text, tokens[0][0], tokens[-1][1]):
            continue
        edits += _chain_edits(text, tokens)
    return edits


def _chain_edits(text: str, tokens: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str]]:
    groups: list[tuple[int, int, str, bool]] = []
    seps: list[tuple[int, int, str]] = []
    for start, end, word in tokens:
        if word is None:
            sep = text[start:end].strip()
            if sep:
                seps.append((start, end, " " if sep == "," else "-"))
            continue
        read = _group_digits(word)
        if read is None:
            return []
        groups.append((start, end, *read))
    if len(groups) == 3 and groups[0][2] in FOUR_DIGIT_GROUPS and all(len(g[2]) <= 4 for g in groups[1:]):
        groups = [groups[0], *((s, e, d.zfill(4) if p else d, p) for s, e, d, p in groups[1:])]
    said = [digits for _, _, digits, positional in groups if positional]
    if not said or len(groups) < 2 or sum(len(d) for _, _, d, _ in groups) < MIN_CHAIN_DIGITS:
        return []
    start = groups[0][0]
    labelled = _LABEL.search(text[max(0, start - LABEL_BEFORE) : start]) is not None
    spoken = any(rep == "-" for _, _, rep in seps)
    leading_zero = groups[0][2].startswith("0")
    unround = len(groups) >= 3 and not any(d.endswith("00") for d in said)
    if not (labelled or spoken or leading_zero or unround):
        return []
    return [(s, e, d) for s, e, d, _ in groups] + seps
