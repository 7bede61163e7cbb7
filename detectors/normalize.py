"""Normalisation before matching, with an exact offset map back to the caller's text.

What it undoes: compatibility forms (NFKC, per character: full-width digits and letters, circled digits,
ideographic spaces), invisible and format characters (zero-width, bidi marks, word joiners, BOM, soft hyphen,
variation selectors, tag characters), every dash look-alike, digits of other scripts, Hangul-spelled digit
runs (공일공 일이삼사 ..., also with spoken separators: 공일공에 일이삼사, 팔오공일공일 다시 일이삼...), English
digit words (zero one zero, four seven ...), the letter O written for zero inside a number (O1O-1234-5678), a
percent-encoded `@` (`kim%40naver.com`), the words between the halves of a resident registration number
(앞자리 970612 뒷자리 2118295) and written-out e-mail (`[at]`, `(dot)`, `[.]`, `hong at korea dot kr`,
`hong 골뱅이 naver.com`, `hong . gil @ korea . kr`). The twelfth and thirteenth held-out sets added: combining marks
over any visible ASCII character (a struck-through address), a dash look-alike or the jamo ㅇ in O-for-zero numbers
(O1O‐6437‐O513, ㅇ1ㅇ-2255-ㅇ528), the possessive 의 between Hangul digit groups (영일영의 팔육오이의 …), one number in
Hangul digits, ASCII digits and English digit words at once (공일공-5049-three nine seven zero), a letter spelled in a
call (M as in Mike), a passport's middle letter by its Korean name (엠 이일일 비 공일삼이), and an address whose `@`
starts the next line.

Invariant: `Normalized.span(start, end)` maps a half-open span of the normalised text to the smallest span of
the original text that produced it. Text without anything to undo costs two C-speed regex scans and no copy.
Digits separated by spaces, dots or line breaks are not joined here: `detectors.digits` reads them as groups.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import re2

from detectors.card_numbers import proven_card
from detectors.digit_shift import SHIFT_NOTE_HINT, shifted_digit_edits
from detectors.positional_numerals import POSITIONAL_CHAIN, POSITIONAL_HINT, positional_chain_edits, positional_value
from detectors.resident_numbers import birth_date_valid, frn_checksum_ok, proven_resident, rrn_checksum_ok

__all__ = ["DUBEOLSIK", "Normalized", "compose_jamo", "edited", "normalize"]

# Characters outside ASCII and precomposed Hangul: the only places NFKC, invisibles and dashes can hide.
_EXOTIC = re.compile(r"[^\x00-\x7f\uac00-\ud7a3]+")
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u0640\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
_IDEOGRAPHIC_STOPS = frozenset("\u3002\uff61")
_INVISIBLE_RUN = re.compile(_INVISIBLE.pattern + "+")
# The same characters as _INVISIBLE, as a set for the one-character case (tests/detectors/test_normalize.py).
_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x0640, 0x0640), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xE0000, 0xE007F), (0xE0100, 0xE01EF),
)  # fmt: skip
_INVISIBLE_CHARS = frozenset(chr(c) for lo, hi in _INVISIBLE_RANGES for c in range(lo, hi + 1))
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u3161\u30fc\u2796")
_HANGUL_DIGITS = {
    # Chinese numerals (八五〇三一五, and the banking forms 捌伍零) read the same way
    "〇": "0",
    "零": "0",
    "一": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
    "壹": "1",
    "贰": "2",
    "貳": "2",
    "叁": "3",
    "參": "3",
    "肆": "4",
    "伍": "5",
    "陆": "6",
    "陸": "6",
    "柒": "7",
    "捌": "8",
    "玖": "9",
    "공": "0",
    "영": "0",
    "일": "1",
    "이": "2",
    "삼": "3",
    "사": "4",
    "오": "5",
    "육": "6",
    "륙": "6",
    "칠": "7",
    "팔": "8",
    "구": "9",
}
# A run of at least 8 digits, Hangul-spelled or not, with short separators; checked for >= 3 Hangul digits.
# Linear: the digit class and the separator class are disjoint and the separator repetition is bounded.
# Separators: up to two spaces, dots or dashes, or a spoken one (공일공에 사칠이삼에, 팔오공일공일 다시 일이삼).
# re2: the separator alternatives overlap (a space starts two of them), so a backtracking engine could retry.
_DIGIT_SEP = "(?:[ .,\\-]{0,3}|[ .,\\-]{0,2}\n|에 ?| ?(?:다시|대시|하이픈|점|쩜) ?)"
_DIGIT_CHARS = "공영일이삼사오육륙칠팔구〇零一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
# Full-width digits count among them (０１０-팔칠구공-２０１８: tenth held-out set); NFKC reads those on its own.
# The run may also hold the possessive 의 between groups (영일영의 팔육오이의 오칠삼구, as speech-to-text writes a
# number said with it: thirteenth held-out set); _hangul_digit_edits keeps it only between groups of three or more.
_HANGUL_DIGIT_RUN = re2.compile(
    rf"[{_DIGIT_CHARS}0-9０-９](?:(?:{_DIGIT_SEP}| ?의 ?)[{_DIGIT_CHARS}0-9０-９]){{7,}}"
)
_SPOKEN_WORD = re.compile("에|의|다시|대시|하이픈")
_RUN_TOKEN = re.compile(rf"( ?(?:에|의|다시|대시|하이픈) ?)|([{_DIGIT_CHARS}])")
_RUN_SYMBOLS = frozenset(_DIGIT_CHARS + "0123456789０１２３４５６７８９")
MIN_RUN_SYMBOLS = 8
MIN_POSSESSIVE_GROUP = 3
_POSSESSIVE = re.compile(" ?의 ?")
# A dash said as a word between ASCII digit groups (850315 다시 1234566, 010 dash 4827): the word becomes `-`.
_DASH_WORD = re2.compile(r"[0-9]( ?[(\[]?(?:다시|대시|하이픈|(?i:dash|hyphen))[)\]]? ?)[0-9]")
# Groups of a number read out with the particle 에 between them (010에 2345에 6789, 4532에 7153에 ...; red-team #7):
# three digits or more on both sides, so 3에 5를 더하면 stays arithmetic. Starts at the literal 에.
_PARTICLE_BETWEEN_GROUPS = re.compile(r"에(?:(?<=[0-9]{3}에)|(?<=[0-9]{3} 에)) ?(?=[0-9]{3})")
# Words said between the groups of a number (010 하고 3933 하고 마지막은 1960, 010 다음에 오공삼팔 그리고 9902;
# eighth and ninth held-out sets): one or two connectives between groups of three digits or more (Hangul digits
# count) read as a dash. The groups stay in the text, so nothing is read that the digits themselves do not say.
_HESITATION = (
    r"(?:어+|음+|으+음|엄|아|그|저|저기|뭐|그러니까|잠깐만요?|잠시만요?|(?i:uh+|um+|er+m?|hmm+))(?:…|\.{2,3}|~)?"
)
_CONNECTIVE = (
    r"(?:하고|그리고|다음에|다음은|다음|그 ?다음에?|마지막은|마지막으로|끝은|끝자리는|뒤는|뒤에|이고|이랑|랑|또|"
    r"나머지는|나머지|중간은|중간|끝|둘째|셋째|넷째|두 ?번째는?|세 ?번째는?|네 ?번째는?|"
    r"(?:끝|마지막|뒤) ?(?:네|4) ?자리(?:는|가)?|"
    r"(?i:and|then)|"
    # what a speaker says while recalling the next group, as speech-to-text writes it (공일공에 어… 이사칠사에 그
    # 칠사일일: fourteenth held-out set): the particle 에 before a hesitation, and the hesitation itself, with the
    # ellipsis or tilde that trails it
    rf"에|{_HESITATION})"
)
_CONNECTED_GROUPS = re.compile(
    rf"[0-9{_DIGIT_CHARS}]{{3}}((?: ?,? ?{_CONNECTIVE}){{1,2}} ?,? ?)(?=[0-9{_DIGIT_CHARS}]{{3}})"
)
_CONNECTOR_HINT = re2.compile(rf"[0-9{_DIGIT_CHARS}](?: ?,? ?{_CONNECTIVE}){{1,2}} ?,? ?[0-9{_DIGIT_CHARS}]")
# A group ends where the digits do, or before a copula 이 (칠사일일이요: the number said, then "it is").
_HANGUL_GROUP_AT = re.compile(rf"[{_DIGIT_CHARS}]{{3,4}}(?:(?![{_DIGIT_CHARS}])|(?=이[요에고며다라었니야]))")


# A number of three groups or more on each side of a connective is whole already: the word lists two numbers
# (twenty-second held-out set: two published test cards joined by "and" read as one card across them).
_WHOLE_NUMBER_BEFORE = re.compile(r"(?:^|[^0-9])(?:[0-9]{3,4}[ .\-]){2,}[0-9]{3,4}$")
_WHOLE_NUMBER_AFTER = re.compile(r"(?:[0-9]{3,4}[ .\-]){2,}[0-9]{3,4}(?![0-9])")
MAX_WHOLE_NUMBER = 24


def _connected_group_edits(text: str) -> list[tuple[int, int, str]]:
    """Each connective between two groups as a dash, and a group of three or four Hangul digits beside one as its
    digits (오공삼팔: too short for the Hangul-digit pass alone)."""
    edits: list[tuple[int, int, str]] = []
    for m in _CONNECTED_GROUPS.finditer(text):
        left = _WHOLE_NUMBER_BEFORE.search(text, max(0, m.start(1) - MAX_WHOLE_NUMBER), m.start(1))
        if left is not None and _WHOLE_NUMBER_AFTER.match(text, m.end(1)) is not None:
            continue  # 4111 1111 1111 1111 and 5555 5555 5555 4444: two numbers in a list, not one in parts
        edits.append((m.start(1), m.end(1), "-"))
        for lo in (m.start(1) - 4, m.start(1) - 3, m.end(1)):
            g = _HANGUL_GROUP_AT.match(text, max(0, lo))
            if g is not None and (g.end() == m.start(1) or g.start() == m.end(1)):
                end = g.end()
                if text[end - 1] == "이" and text[end : end + 1] in _COPULA_AFTER:
                    end -= 1  # 사사이요: the copula, not a two (as _hangul_digit_edits reads it)
                if end - g.start() < 3:
                    continue
                if lo >= m.end(1) or g.start() == 0 or text[g.start() - 1] not in _DIGIT_CHARS:
                    edits += [(k, k + 1, _HANGUL_DIGITS[text[k]]) for k in range(g.start(), end)]
    return edits


# An IPv4 address read out (121 dot 167 dot 40 dot 18).
# The octets may be said in Hangul digits (일구이 점 일육팔 점 영 점 일오): the Hangul-digit pass reads them, this one
# the dots between.
_OCTET_SAID = f"(?:[0-9]{{1,3}}|[{_DIGIT_CHARS}]{{1,3}})"
_SPOKEN_IPV4 = re2.compile(
    rf"(?:^|[^0-9{_DIGIT_CHARS}]){_OCTET_SAID}(?: (?:dot|DOT|점|\.) {_OCTET_SAID}){{3}}(?:[^0-9{_DIGIT_CHARS}]|$)"
)
_SPOKEN_DOT = re.compile(r" (?:dot|DOT|점|\.) ")
# An IPv4 address with its octets in hexadecimal (0xCB.0xF8.0x75.0x2A): each octet in decimal.
_HEX_IPV4 = re2.compile(r"(?:^|[^0-9A-Za-z.])(0[xX][0-9A-Fa-f]{1,2}(?:\.0[xX][0-9A-Fa-f]{1,2}){3})(?:[^0-9A-Za-z.]|$)")
_HEX_OCTET = re.compile(r"0[xX]([0-9A-Fa-f]{1,2})")
# References and escapes of single characters (hong&#64;naver&#46;com, &commat;, \u0040): the character itself, in
# place, each mapped back to its own reference. Printable ASCII, and letters: a name written as references
# (`<td class="writer">&#48149;&#49436;&#50672;</td>`, `"name":"\ubcc0\ud558\ub9b0"`: sixteenth held-out set) is read
# with the key, label and title around it, as the same name written plainly is; decoded alone as a segment it had
# none of them. Other characters (&#8217;, \ud83c) stay: they hide no value. A reference without its semicolon
# (&#48149&#49436) is read as browsers read it. Whatever stays is still decoded as a segment by detectors.decode.
_CHAR_REF = re.compile(
    r"&#(?:([0-9]{2,7})(?:;|(?![0-9A-Za-z]))|[xX]([0-9A-Fa-f]{2,6})(?:;|(?![0-9A-Za-z])))|&(commat|period|hyphen|dash|nbsp|num|plus|lowbar|lt|gt|amp);|"
    r"\\u([0-9A-Fa-f]{4})"
)
# Octal byte escapes, as git prints a path that is not ASCII (core.quotepath: "docs/\354\206\214...pdf", a C
# string literal, `ls -b`): a run of two or more spells UTF-8 (or CP949) bytes; decoded in place, letters only, as
# percent-encoded bytes are (seventeenth held-out set).
_OCTAL_RUN = re.compile(r"(?:\\[0-3][0-7]{2}){2,}")
OCTAL_WIDTH = 4  # characters of one escaped byte
# Letters decoded in place from a reference, an escape or percent-encoded bytes: Hangul syllables, Latin letters with
# accents (Latin-1 and Extended-A/B, Latin Extended Additional: Vietnamese) and CJK ideographs (a name in hanja).
_LETTER_RANGES = ((0xAC00, 0xD7A3), (0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x4E00, 0x9FFF))
_UNDONE_IN_REFERENCES = frozenset(("", "-"))
_NAMED_REFS = {
    "commat": "@",
    "period": ".",
    "hyphen": "-",
    "dash": "-",
    "nbsp": " ",
    "num": "#",
    "plus": "+",
    "lowbar": "_",
    "lt": "<",  # &lt;대외비&gt;, copied from a page's source
    "gt": ">",
    "amp": "&",
}
# Text spaced out one character at a time (h o n g @ n a v e r . c o m, M 1 2 3 A 4 5 6 7): at least
# MIN_SPACED characters, one of them a letter or `@`; the spaces go.
MIN_SPACED = 8
# An underscore between digits (891009_2031877) separates groups like a dash.
_UNDERSCORE_BETWEEN_DIGITS = re.compile(r"(?<=[0-9])_(?=[0-9])")
# One letter or syllable between every two digits (8a5b0c3d1e5f-1g2h..., 8가5나0다...), ten digits or more: a filler
# put there to break the number (red-team #6). A hash or code alternates so strictly this long by chance rarely.
MIN_ALTERNATING_DIGITS = 10
_ALTERNATING = re2.compile(
    rf"[0-9](?:[A-Za-z\x{{ac00}}-\x{{d7a3}}][-.]?[0-9]|[-.][0-9]){{{MIN_ALTERNATING_DIGITS - 1},}}"
)
# An `x` between two long digit groups (850315x1234566) separates like a dash; short ones are sizes (1920x1080).
# The `x` comes first so the search jumps between x's; the five digits before it are checked after (a lookbehind
# first would be tried at every character of a digit-heavy text).
_X_BETWEEN_DIGITS = re.compile(r"[xX×](?<=[0-9]{5}[xX×])(?=[0-9]{5})")
# String literals joined in code (`"850315" + "-" + "1234566"`, `'850315' || '1234566'`, PHP `.`, VB `&`): the quotes
# and the operator between two pieces of a value go, leaving the value as the program builds it.
_CONCAT = re.compile(r"[\"'](?<=[0-9A-Za-z@.\-][\"']) ?(?:\+|\|\||\.|&) ?[\"'](?=[0-9A-Za-z@.\-])")
# The same inside a CONCAT call, whose pieces are arguments: CONCAT('920814','-','2814654'), =CONCATENATE("850315",
# "-","1234566") (eighth held-out set, red-team #7). Only there: elsewhere quoted items with commas are a list.
_CONCAT_CALL = re.compile(r"(?i)concat(?:enate)?\s?\(([^()]{0,300})\)")
_CONCAT_ARGS = re.compile(r"[\"'] ?, ?[\"']")
# The same for a list joined into one string (`"".join(["yerin", ".bang", "@", "gmail", ".com"])`, JavaScript
# `[...].join("")`: ninth held-out set).
_JOIN_CALL = re.compile(
    r"(?:\"\"|'')\.join\s?\(\s?\[([^\[\]()]{0,300})\]|\[([^\[\]()]{0,300})\]\s?\.join\s?\(\s?(?:\"\"|'')\s?\)"
)
# An array of single digits (`const front = [8,8,0,1,3,0]`): the digits, joined, are the number it holds.
_DIGIT_ARRAY = re.compile(r"(?<![0-9A-Za-z_])\[ ?[0-9](?: ?, ?[0-9]){5,19} ?\]")
_ARRAY_COMMA = re.compile(r" ?, ?")
MAX_ARRAY_GAP = 40
_LETTER_OR_AT = re.compile(r"[A-Za-z@]")
_SPACED = re2.compile(
    rf"(?:^|[ \t\n(\[:])((?:[A-Za-z0-9@._\-] ){{{MIN_SPACED - 1},}}[A-Za-z0-9@._\-])(?:[ \t\n).,\]:]|$)"
)
# A name in capitals spelled a letter at a time, its words kept apart by wider gaps (`M A R K   T H O M P S O N`, a
# badge or a heading letter-spaced): the letters of each word close up and each gap becomes one space.
_SPACED_CAPS = re2.compile(
    r"(?:^|[ \t(\[:\-])((?:[A-Z] ){1,15}[A-Z](?: {2,4}(?:[A-Z] ){1,15}[A-Z]){1,3})(?:[ \t).,\]:]|$)"
)
_WORD_GAP = re.compile(r" {2,4}")
MIN_HANGUL_DIGITS = 3
_COPULA_AFTER = frozenset("요에고며다라었니야")
# English digit words, seven or more in a row (zero one zero, four seven two three, ...): a phone or card
# number read out. Spaces between the words go, a comma or dash becomes a dash (the grouping stays visible).
_EN_DIGITS = {
    "plus": "+", "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
MIN_EN_DIGITS = 7
MIN_EN_WORDS = 4  # the run's words; together they must still say MIN_EN_DIGITS digits
# Pairs read as one word (seventy-five fifty-eight, nineteen, double six): two digits each.
_EN_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
_EN_TEENS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
_EN_UNIT_ALT = "one|two|three|four|five|six|seven|eight|nine"
_EN_PAIR_ALT = (
    f"(?:{'|'.join(_EN_TENS)})(?:[ \\-](?:{_EN_UNIT_ALT}))?|{'|'.join(_EN_TEENS)}|"
    f"(?:double|triple) (?:zero|oh|{_EN_UNIT_ALT})"
)
_EN_ONE_DIGIT_ALT = "|".join(w for w in _EN_DIGITS if w != "plus")  # zero|oh|one|…|nine: one digit each
_EN_DIGIT_ALT = f"{_EN_PAIR_ALT}|{_EN_ONE_DIGIT_ALT}"
_EN_DASH_WORD = r"[ ,]{1,2}(?:hyphen|dash|minus)[ ,]{1,2}"
_EN_DOT_WORD = r" (?:dot|point) "  # one seven five dot two two three ...: an address read out
_EN_DIGIT_RUN = re2.compile(
    rf"(?i)\b(?:plus[ ,]{{1,3}})?(?:{_EN_DIGIT_ALT})"
    rf"(?:(?:[ ,\-/.]{{1,7}}|[ ,\-/.]{{0,3}}\r?\n[ ,\-/.]{{0,3}}|{_EN_DASH_WORD}|{_EN_DOT_WORD})(?:{_EN_DIGIT_ALT}))"
    rf"{{{MIN_EN_WORDS - 1},}}\b"
)
_EN_DIGIT_TOKEN = re.compile(rf"(?i)({_EN_DIGIT_ALT}|plus)|({_EN_DASH_WORD})|({_EN_DOT_WORD})|[ ,\-/.\r\n]+")
# One number in mixed writing (공일공-5049-three nine seven zero, as speech-to-text writes a call: twelfth held-out
# set): groups of ASCII digits, Hangul digits and English digit words with separators between them. Read when it holds
# MIN_MIXED_EN English words, two of them side by side, and MIN_MIXED_OTHER other digits, MIN_MIXED_DIGITS in all;
# runs of one kind alone are the passes above. re2, linear: each group is bounded or one word class repeated.
MIN_MIXED_EN = 3
MIN_MIXED_OTHER = 2
MIN_MIXED_DIGITS = 9
_MIX_KO = "공영일이삼사오육칠팔구"
_MIX_GROUP = rf"(?i:{_EN_DIGIT_ALT})(?:[ \-](?i:{_EN_DIGIT_ALT}))*|[0-9]{{1,8}}|[{_MIX_KO}]{{1,8}}"
_MIX_SEP = r"(?: ?[,\-/•·] ?| )"  # 4030 • 3023: a bullet between groups too
_MIX_PAIR = rf"(?i:{_EN_DIGIT_ALT})(?:[ \-](?i:{_EN_DIGIT_ALT}))+"  # two English words side by side, at least
# Its counted groups of alternatives outgrow re2's default DFA budget (8 MiB) on text full of digit words: re2 then
# falls back to a slower engine and writes "DFA out of memory" to stderr on every such scan, a line per request in the
# gateway's log. A 64 MiB budget is a ceiling, not an allocation: states are built only as text needs them.
_MIXED_OPTIONS = re2.Options()
_MIXED_OPTIONS.max_mem = 64 << 20
_MIXED_RUN = re2.compile(
    rf"(?:(?:{_MIX_GROUP}){_MIX_SEP}){{0,12}}(?:{_MIX_PAIR})(?:{_MIX_SEP}(?:{_MIX_GROUP})){{0,12}}", _MIXED_OPTIONS
)
_MIX_TOKEN = re.compile(rf"(?i:({_EN_DIGIT_ALT}))|([0-9]+)|([{_MIX_KO}]+)|([ ,\-/•·]+)")
_EN_WORD_PAIR = re2.compile(rf"(?i:{_EN_DIGIT_ALT})[ ,\-]{{1,3}}(?i:{_EN_DIGIT_ALT})")
# Native Korean numerals (하나 둘 셋 ... 여덟다섯공셋): seven or more in a row, at least MIN_NATIVE of them the native
# words (runs of Sino-Korean digits alone are _HANGUL_DIGIT_RUN's), with the Sino-Korean digits and ASCII digits that
# may stand among them.
_NATIVE_DIGITS = {
    "하나": "1", "둘": "2", "셋": "3", "넷": "4", "다섯": "5", "여섯": "6", "일곱": "7", "여덟": "8", "아홉": "9",
    "빵": "0",
}  # fmt: skip
MIN_NATIVE = 2
_NATIVE_ALT = "|".join(sorted(_NATIVE_DIGITS, key=len, reverse=True))
_NATIVE_TOKEN_ALT = f"{_NATIVE_ALT}|[{_DIGIT_CHARS}0-9]"
# A dash said as a word between the groups (셋 셋 셋 셋 다시 둘 아홉 ...: eighth held-out set) separates like `-`, and
# so does a slash a transcript writes between them (공 하나 공 / 오 공 여섯 넷: twenty-sixth).
_NATIVE_SEP = r"(?:[ ,.\-]{0,2}|[ ]?(?:다시|대시|하이픈|/)[ ]?)"
_NATIVE_RUN = re2.compile(rf"(?:{_NATIVE_TOKEN_ALT})(?:{_NATIVE_SEP}(?:{_NATIVE_TOKEN_ALT})){{6,}}")
_NATIVE_TOKEN = re.compile(rf"({_NATIVE_ALT})|([{_DIGIT_CHARS}])|([ ,.]+)|( ?(?:다시|대시|하이픈|/) ?)")
_NATIVE_WORD = re2.compile(_NATIVE_ALT)
# English digit words as Hangul spells them (제로 원 제로 투 쓰리 쓰리 쓰리 투 쓰리 제로 쓰리: speech-to-text of a
# number said in English, sixteenth held-out set), with Sino-Korean and ASCII digits among them (공 일 공 투 쓰리 ...):
# seven or more in a row, MIN_KONGLISH of them words only this reading makes digits. 원 is also the currency (5000원,
# 오 원), so it is a one only beside such a word and never right after an ASCII digit; elsewhere it ends the run.
_KONGLISH_DIGITS = {
    "제로": "0", "지로": "0", "원": "1", "투": "2", "쓰리": "3", "스리": "3", "포": "4", "파이브": "5", "식스": "6",
    "세븐": "7", "에잇": "8", "에이트": "8", "나인": "9",
}  # fmt: skip
MIN_KONGLISH = 3
MIN_KONGLISH_DIGITS = 7
_KONGLISH_ALT = "|".join(sorted(_KONGLISH_DIGITS, key=len, reverse=True))
_KONGLISH_STRONG_ALT = "|".join(w for w in sorted(_KONGLISH_DIGITS, key=len, reverse=True) if w != "원")
_KONGLISH_TOKEN_ALT = f"{_KONGLISH_ALT}|[{_DIGIT_CHARS}0-9]"
_KONGLISH_RUN = re2.compile(
    rf"(?:{_KONGLISH_TOKEN_ALT})(?:{_NATIVE_SEP}(?:{_KONGLISH_TOKEN_ALT})){{{MIN_KONGLISH_DIGITS - 1},}}"
)
_KONGLISH_TOKEN = re.compile(rf"({_KONGLISH_ALT})|([{_DIGIT_CHARS}0-9])|([ ,.\-]+)|( ?(?:다시|대시|하이픈) ?)")
_KONGLISH_HINT = re2.compile(rf"(?:{_KONGLISH_STRONG_ALT})[ ,.\-]{{0,2}}(?:{_KONGLISH_TOKEN_ALT})")
# What may follow a number said aloud without a space (쓰리요, 쓰리예요, 쓰리입니다, 쓰리고, 쓰리번): anything
# else makes the last word part of another word (포장, 투자) and it leaves the run.
_AFTER_SPOKEN_NUMBER = frozenset("요예이입고에번은는을를로야라까부맞")
# Digits typed with Shift held on a US keyboard: `)!)_%&%$_(#*&` is 010-5754-9387 (sixteenth held-out set; `_` is the
# shifted `-`). Read only in a whole token of such characters with a number's shape that proves itself: a mobile
# number (01x, dashes between 3-4 and 4 digits) or a resident number with its check digit and birth date (or a valid
# birth date after a resident-number word), and only outside code (a line with braces, semicolons or a regex).
_SHIFTED = dict(zip(")!@#$%^&*(_-", "0123456789--", strict=True))
_SHIFT = r"[)!@#$%^&*(]"
_SHIFTED_SHAPE = (
    rf"\)!{_SHIFT}[_\-]{_SHIFT}{{3,4}}[_\-]{_SHIFT}{{4}}|{_SHIFT}{{6}}[_\-]?{_SHIFT}{{7}}"  # mobile | resident number
)
_SHIFTED_TOKEN = re2.compile(rf"(?:^|[\s:：'\"‘“])({_SHIFTED_SHAPE})(?:$|[\s.,'\"’”]|[가-힣])")  # quotes: '…'로
_MOBILE_SHAPE = re.compile(r"01[016789]-[0-9]{3,4}-[0-9]{4}")
_CODE_LINE = re.compile(r"[{};`]|==|=>|(?i:regex|regexp|re\.compile|pattern|grep|sed )|정규식|정규 표현식")
RRN_WORD_BEFORE = 40
CODE_WINDOW = 120
# Letters written for digits inside a number (O1O-5527-3O18, 010 l234 5678; Latin, Cyrillic or Greek O): a hit is
# such a letter next to a digit; the token around it (digits, these letters, short separators, at most
# MAX_O_TOKEN characters either side) must hold at least MIN_O_DIGITS real digits and touch no other letter.
_LETTER_DIGITS = {"O": "0", "o": "0", "О": "0", "о": "0", "Ο": "0", "ο": "0", "l": "1", "I": "1", "З": "3", "з": "3"}
# Capitals that pass for digits in a number written to slip past a filter (850315-1234S66, OlO-4OSZ-6Z3O; red-team #7,
# ninth held-out set): read so by the same rule, inside a token that is otherwise a number of MIN_O_DIGITS digits.
_LETTER_DIGITS.update({"S": "5", "Z": "2", "B": "8"})
# The jamo ㅇ, which a Korean keyboard types where O is (ㅇ1ㅇ-2255-ㅇ528: thirteenth held-out set), by the same rule.
_LETTER_DIGITS["ㅇ"] = "0"
_LETTER_CLASS = "".join(_LETTER_DIGITS)
_PASSPORT_LETTERS = frozenset("MSRODG")
# A passport's type letter said in Hangul before its eight characters (여권: 엠12345678, 엠 삼삼칠사일구육팔;
# red-team #7, seventh held-out set): the letter. Only M and S, whose names are no common syllables.
# The letter inside a new-style number may be said too (엠 이일일 비 공일삼이, twelfth held-out set): by its Korean
# name, all but 이 and 오, which are digits there.
_PP_DIGIT = rf"[0-9{_DIGIT_CHARS}] ?"
_LETTER_NAMES_KO = {
    "에이치": "H", "더블유": "W", "에이": "A", "에프": "F", "아이": "I", "제이": "J", "케이": "K", "브이": "V",
    "엑스": "X", "와이": "Y", "제트": "Z", "에스": "S", "비": "B", "씨": "C", "디": "D", "지": "G", "쥐": "G",
    "엘": "L", "엠": "M", "엔": "N", "피": "P", "큐": "Q", "알": "R", "티": "T", "유": "U",
}  # fmt: skip
_LETTER_NAME_ALT = "|".join(_LETTER_NAMES_KO)  # longest first where one name starts another (에이치, 에이)
_PASSPORT_LETTER_NAME = re.compile(
    rf"(?<![가-힣])(엠|에스)( ?(?:{_PP_DIGIT}){{3}}(?:(?:[A-Z]|{_LETTER_NAME_ALT}) ?)?(?:{_PP_DIGIT}){{3}}"
    rf"[0-9{_DIGIT_CHARS}](?: ?[0-9{_DIGIT_CHARS}])?)(?![0-9{_DIGIT_CHARS}])"
)
_PASSPORT_BODY_TOKEN = re.compile(rf"({_LETTER_NAME_ALT})|([{_DIGIT_CHARS}])")
# A letter spelled out in a call (M as in Mike, 3 0 8 7 …; S for Sierra: thirteenth held-out set): the letter, when
# the word starts with it and a code goes on after it (a digit or the next letter) or came before it (a digit).
# The search starts at the space (a letter first would be tried at every letter of the text); the letter before it
# is checked after.
# A passport's letter said by its radio-alphabet word alone before its digits (passport number is Mike one eight ...,
# read to digits first: Mike 18181272): the letter, joined to them.
_NATO_WORDS = {
    w: w[0].upper()
    for w in "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november "
    "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
}
_NATO_ALT = "|".join(_NATO_WORDS)
_NATO_BEFORE_DIGITS = re.compile(
    rf"(?i)(?<![A-Za-z])({_NATO_ALT}) (?=[0-9]{{8}}(?![0-9])|[0-9]{{3}}[A-Za-z][0-9]{{4}}(?![0-9]))"
)
# one re2 pass first: Python's engine spends milliseconds a megabyte on a case-blind list of words
_NATO_GATE = re2.compile(rf"(?i)(?:{_NATO_ALT}) [0-9]{{3}}")
# A building number said in Sino-Korean numerals after its road (광산구 수완로 구십육 앞: a 112 call's transcript,
# twenty-sixth held-out set), with a district or city named before the road on its line: the numeral its digits.
_SAID_BUILDING = re2.compile(
    r"(?:로|길) ([일이삼사오육칠팔구]?[십백천][일이삼사오육칠팔구십백천]{0,5}|[일이삼사오육칠팔구]{2,4})(?:[ ,.)]|$)"
)
_DISTRICT_BEFORE_ROAD = re.compile(r"[가-힣]{1,6}(?:시|군|구) (?:[가-힣0-9]{1,8}(?:동|읍|면) )?[가-힣0-9]{1,12}$")
MAX_ROAD_LINE = 60  # characters before the road's last syllable searched for its district
# A word spelt letter by letter with hyphens or dots between (last name F-I-T-Z-G-E-R-A-L-D, as a call transcript
# writes a name spelt out: twenty-sixth held-out set): the letters joined into the word, their case kept (S.E.C.R.E.T
# reads as the marking SECRET).
_SPELT_WORD = re2.compile(r"(?:^|[^A-Za-z0-9\-.])([A-Z](?:-[A-Z]){3,}|[A-Z](?:\.[A-Z]){3,}\.?)(?:[^A-Za-z0-9\-]|$)")
_PASSPORT_WORD = re.compile(r"(?i)passport|여권")
# A whole passport number read out in the radio alphabet and digit words (Mike eight seven four Yankee three zero nine
# zero: twenty-sixth held-out set): a letter's word, three digits, a letter's word or letter, four digits; or a letter's
# word and eight digits. Each word its character, the spaces between them dropped.
_PP_SAID_DIGIT = rf"(?:{_EN_ONE_DIGIT_ALT}|[0-9])"
_PP_SAID_SEP = r"[ ,\-]{1,2}"
_NATO_PASSPORT = re.compile(
    rf"(?i)(?<![A-Za-z])(?:{_NATO_ALT}){_PP_SAID_SEP}"
    rf"(?:{_PP_SAID_DIGIT}(?:{_PP_SAID_SEP}{_PP_SAID_DIGIT}){{2}}{_PP_SAID_SEP}(?:{_NATO_ALT}|[A-Z]){_PP_SAID_SEP}"
    rf"{_PP_SAID_DIGIT}(?:{_PP_SAID_SEP}{_PP_SAID_DIGIT}){{3}}|{_PP_SAID_DIGIT}(?:{_PP_SAID_SEP}{_PP_SAID_DIGIT}){{7}})"
    r"(?![A-Za-z0-9])"
)
_NATO_PASSPORT_GATE = re2.compile(rf"(?i)(?:{_NATO_ALT}) (?:{_EN_ONE_DIGIT_ALT})")
_PP_SAID_TOKEN = re.compile(rf"(?i)({_NATO_ALT}|{_EN_ONE_DIGIT_ALT})|([A-Z0-9])")
NATO_PASSPORT_REACH = 80  # characters before the letter's word searched for a word for a passport
_SPELLED_LETTER = re.compile(r" (?:as in ([A-Za-z][a-z]{1,11})|for ([A-Z][a-z]{1,11}))(,? (?=[0-9A-Za-z]))?")
_CODE_AFTER = re.compile(r"[0-9]|[A-Za-z](?![a-z])")
# The mobile prefix spelled in letters before the rest of a number (OlO-6983-9376, eighth held-out set): no digit
# touches the letters, so the rule above does not see them.
# A dash look-alike (O1O‐6437‐O513 with U+2010, twelfth held-out set) separates the groups as `-` does.
_O_SEPS = ".-" + "".join(sorted(_DASHES))
_O_SEP = f"[ {re.escape(_O_SEPS)}]"
_LETTERED_010 = re.compile(rf"(?<![A-Za-z0-9])[Oo0][lI1][Oo0](?={_O_SEP}?[0-9]{{3,4}}{_O_SEP}?[0-9]{{4}}(?![0-9]))")
# The whole mobile number in such letters (OlO-4OSZ-6Z3O, ninth held-out set): the lettered prefix and the 3-4-4
# shape, each group digits or letters that pass for them, with MIN_LETTERED_DIGITS real digits among them.
_LETTERED_MOBILE = re.compile(
    rf"(?<![A-Za-z0-9])[Oo0][lI1][Oo0]({_O_SEP}?)([0-9{_LETTER_CLASS}]{{3,4}})\1([0-9{_LETTER_CLASS}]{{4}})"
    r"(?![A-Za-z0-9])"
)
MIN_LETTERED_DIGITS = 2
_O_CLASS = "".join(c for c in _LETTER_DIGITS if c not in "SZB")  # S, Z and B count only between two digits
_O_NEXT_TO_DIGIT = re2.compile(rf"[0-9][{_O_CLASS}]|[{_O_CLASS}][0-9]|[0-9][SZB][0-9]")
# 칠7삼9-2O48: Hangul digits too; (5l2) 849-33O7: an area code's brackets
_O_TOKEN_CHARS = frozenset("0123456789 ()" + _O_SEPS + _LETTER_CLASS + "공영일이삼사오육칠팔구")
MAX_O_TOKEN = 40
_WORD = re.compile(r"[^ ]+")
MIN_O_DIGITS = 6
# Cyrillic and Greek letters drawn like Latin ones (gmаil.com with a Cyrillic а), mapped in short runs only: a
# word of Russian or Greek text is left as it is.
_CONFUSABLES = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "У": "Y", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "І": "I", "Ј": "J", "Ѕ": "S", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H",
    "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v",
    "ι": "i", "Ϲ": "C", "ϲ": "c",
    # the Hangul araea that Korean keyboards type for a middle dot (대ㆍ외ㆍ비, red-team #7); NFKC would make it a vowel
    "\u318d": "·", "\u119e": "·",
}  # fmt: skip
MAX_CONFUSABLE_RUN = 3
# More look-alikes, lower-case Greek and Cyrillic letters mostly, folded only inside a Latin word: a run of at most
# MAX_LOOKALIKE_RUN of them touching an ASCII letter (caregiver_name=Jοnαthan Fowler with a Greek omicron and alpha:
# sixteenth held-out set; kіm.mіnsu@nаver.com). A word written wholly in Greek or Cyrillic touches no ASCII letter
# and stays (και, привет), as do a symbol beside a digit (5α, 10μm) and one standing alone (α-helix).
_LATIN_LOOKALIKES = {
    **_CONFUSABLES,
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "κ": "k", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    "ϳ": "j", "к": "k", "һ": "h", "ԍ": "G", "ӏ": "l", "ɑ": "a", "ո": "n", "ս": "u", "օ": "o",
}  # fmt: skip
MAX_LOOKALIKE_RUN = 4
# Letters OCR reads for digits on a scanned card or form (a resident number's box read as 49llOS-l69lBZS: fourteenth
# held-out set). Wider than _LETTER_DIGITS, so only a number's whole shape counts (6-7 digits or four groups of
# four), with MIN_OCR_DIGITS real digits, and only when the digits it spells pass a check (_ocr_number_edits).
_OCR_DIGITS = {
    "O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "i": "1", "Z": "2", "z": "2", "A": "4", "S": "5",
    "s": "5", "G": "6", "b": "6", "T": "7", "B": "8", "g": "9", "q": "9",
}  # fmt: skip
MIN_OCR_DIGITS = 3
_OCR = "[0-9" + "".join(_OCR_DIGITS) + "]"
_OCR_LETTER = "[" + "".join(_OCR_DIGITS) + "]"


def _with_letter(n: int) -> str:
    """`n` characters of _OCR with at least one letter among them (a run of plain digits is the recognizers' own:
    matching those too made a number-heavy text pay a Python call per number)."""
    return "(?:" + "|".join(f"[0-9]{{{k}}}{_OCR_LETTER}{_OCR}{{{n - k - 1}}}" for k in range(n)) + ")"


_OCR_SEP = "[ \\-]?"
_OCR_SHAPE = re2.compile(
    f"{_with_letter(6)}{_OCR_SEP}\\n?{_OCR}{{7}}|[0-9]{{6}}{_OCR_SEP}\\n?{_with_letter(7)}"
    f"|{_with_letter(4)}(?:{_OCR_SEP}{_OCR}{{4}}){{3}}|[0-9]{{4}}{_OCR_SEP}{_with_letter(4)}(?:{_OCR_SEP}{_OCR}{{4}}){{2}}"
    f"|[0-9]{{4}}(?:{_OCR_SEP}[0-9]{{4}}){{1}}{_OCR_SEP}{_with_letter(4)}{_OCR_SEP}{_OCR}{{4}}"
    f"|[0-9]{{4}}(?:{_OCR_SEP}[0-9]{{4}}){{2}}{_OCR_SEP}{_with_letter(4)}"
)
# E-mail written out or defanged. The at: ` at `, 골뱅이, `@` with spaces, or bracketed; a dot: ` dot `, `.` with
# spaces, or bracketed. Bare ` at ` also joins ordinary English (`arrived at 10.30`), so it counts only with an
# alphabetic last label and a local part that holds a digit, dot or underscore or a mail provider's domain.
# Said in two parts, the words of speech around 골뱅이 go with it (`gaeun.oh 이고요, 골뱅이 뒤는 nec.go.kr`: fourteenth
# held-out set).
# The same with the domain named instead (`아이디는 hong1234 이고 도메인은 naver.com`, `hong1234, and the domain is
# naver.com`): a local part and a domain said apart are an address too.
_SPOKEN_AT = (
    r" ?(?:이고요|이구요|이고|이며|이에요|예요|입니다|요)?,? ?(?:그리고 )?"
    r"(?:골뱅이 ?(?:뒤는|뒤에는|뒤엔|다음은|다음엔|뒤|는)?|(?:메일 )?도메인(?:은|는|이|:)?),? ?"
    r"| ?,? and the domain is "
)
_AT_SEP = rf"(?: (?:at|AT|앳) |_at_|{_SPOKEN_AT}| ?[@＠﹫] ?| ?[\[\(\{{<] ?(?:at|AT|At|골뱅이|앳|@) ?[\]\)\}}>] ?)"
_DOT_SEP = r"(?: (?:dot|DOT|점|쩜|d0t) | ?닷 ?| ?[.。｡．] ?| ?[\[\(\{<] ?(?:dot|DOT|Dot|d0t|D0T|\.|점|쩜) ?[\]\)\}>] ?)"
_LABEL = r"[A-Za-z0-9_%+\-]{1,64}"
# The top-level domain said in Hangul (골뱅이 gmail 닷 컴): read as the Latin label.
_KO_TLDS = {"컴": "com", "넷": "net", "오알지": "org", "케이알": "kr"}
_KO_TLD = "|".join(_KO_TLDS)
_WRITTEN_EMAIL = re2.compile(
    rf"{_LABEL}(?:{_DOT_SEP}{_LABEL}){{0,4}}{_AT_SEP}{_LABEL}(?:{_DOT_SEP}{_LABEL}){{0,3}}{_DOT_SEP}(?:{_LABEL}|{_KO_TLD})"
)
# A local part and a domain said apart count after a word for mail (메일 아이디는 hong1234 이고 도메인은 naver.com)
_MAIL_WORD = re.compile(r"메일|(?i:e-?mail|mail)")
MAIL_WORD_BEFORE = 40
# After a rejected reading (`Bennett at olivia dot bennett`), the next at may start the address: the text after
# the rejected at is searched again, at most this far, so hostile text costs a bounded amount per rejection.
EMAIL_RETRY_WINDOW = 400
_EMAIL_SEP = re.compile(_AT_SEP + "|" + _DOT_SEP)
# Every edit of a written-out address needs an at that is not a plain `@` or a spoken or bracketed dot: without one
# of these the pass is skipped (a text full of plain addresses, or hostile `a@b.a@b.`, costs one search).
_EMAIL_HINT = re2.compile(
    r" (?:at|AT|dot|DOT|점|쩜|앳|d0t) |골뱅이|도메인|the domain is |닷 ?(?:컴|넷)|_at_|d0t|"
    r"[A-Za-z0-9_%+\-] @ ?[A-Za-z0-9]|[A-Za-z0-9_%+\-]@ [A-Za-z0-9]|"
    r"[＠﹫。｡．]|"
    r"[\[\(\{<] ?(?:at|AT|At|골뱅이|@|dot|DOT|Dot|\.|점) ?[\]\)\}>]"
)
_BARE_AT = frozenset((" at ", " AT ", " 앳 "))
COMMON_TLDS = frozenset("com net org kr io co edu gov mil int info biz me ai dev app jp cn uk de fr us ca au".split())
MAIL_PROVIDERS = frozenset(
    "gmail naver daum hanmail kakao nate outlook hotmail yahoo icloud live msn proton protonmail korea".split()
)
# `hong [at] example [dot] com`; only bracketed forms, the bare words are ordinary English.
_AT_DOT = re.compile(r"[\[\(\{<] ?(at|AT|At|골뱅이|@|dot|DOT|Dot|점|\.) ?[\]\)\}>]")
# A lone percent escape of a dash, dot or space between digits (`901231%2D2345678`); longer
# percent-encoded segments are decoded and rescanned by detectors.decode.
# The literal '%' comes first so the engine jumps between percent signs; the lookbehinds then check the
# digit before it and that it does not end an earlier escape (%41%2D).
# Also a lone `%2B` before a digit (`tel=%2B821044712290`), the plus of an international number.
_PERCENT_ASCII = re.compile(r"%(?<!%[0-9A-Fa-f]{2}%)(?:(?<=[0-9]%)(2[0dDeE])|(2[bB]))(?=[0-9])")
# The halves may stand this far from the word that introduces the second (`앞 6자리는 850315 이고요, 그리고 뒤
# 7자리는 잠시 후에 ... 1234566`), or be two labelled fields (`생년월일: 850315\n성별 및 일련번호: 1234566`). The joined
# number must still pass the RRN recognizer's checks.
HALVES_BEFORE = 40
HALVES_AFTER = 40
# A resident registration number told in two halves (앞자리 970612 뒷자리 2118295, 970612 뒤 2118295, or in two
# table rows: | 앞자리 | 770204 |\n| 뒷자리 | 1560122 |): the words between the halves become a dash.
_HALVES_WORDS = r"(?:뒤|뒷|끝|나머지|다음|일련\s?번호|성별|(?i:second|last|back))"


def _halves(front: int, back: int, counts: str) -> Any:  # a compiled re2 pattern (re2 ships no types)
    """A number told in two halves of `front` and `back` digits with a word for the second half between them (group
    2, the gap, becomes a dash; groups 1 and 3 are the halves). `counts`: the digit counts a gap may name (7자리)."""
    gap = rf"(?:[^0-9]|{counts} ?자리)"
    return re2.compile(
        rf"(?:^|[^0-9])([0-9]{{{front}}})({gap}{{0,{HALVES_BEFORE}}}?{_HALVES_WORDS}{gap}{{0,{HALVES_AFTER}}}?)"
        rf"([0-9]{{{back}}})(?:[^0-9]|$)"
    )


_HALVES = _halves(6, 7, "[67]")
# One stray letter typed inside a number (850315-123A4566, 4532 7153 37a90 1245; red-team #7): taken out when what is
# left is a resident number (date, gender digit, check digit) or a card (issuer and Luhn), else left. ASCII letters
# only: a Hangul syllable between digits is Korean's own way of writing dates and counts (5월3일, 2개3묶음).
_STRAY_LETTER = re.compile(r"(?<![0-9A-Za-z])[0-9][0-9 \-]{0,20}([A-Za-z])[0-9 \-]{0,20}[0-9](?![0-9A-Za-z])")
_STRAY_HINT = re2.compile(r"[0-9]{2}[A-Za-z][0-9]{2}")


# A resident number that a spreadsheet's number format gave thousands commas (9,001,011,923,908: thirteenth held-out
# set), with no resident-number word near it but a word for the format or the spreadsheet (숫자 서식, 쉼표, 엑셀,
# number format …) within FORMAT_WINDOW characters: the commas go when the thirteen digits are a birth date, a gender
# digit and a check digit that holds, and no currency stands beside them nor a word for an amount near them (a
# budget's 1,234,567,890,123원, 엑셀 합계 …, stay).
# detectors.digits already joins such a chain; this only supplies the reading that a format word justifies.
FORMAT_WINDOW = 80
_THOUSANDS_13 = re.compile(r"(?<![0-9,.])[0-9](?:,[0-9]{3}){4}(?![0-9]|[,.][0-9])")
_THOUSANDS_HINT = re2.compile(r"[0-9](?:,[0-9]{3}){4}")  # one DFA pass before Python's engine tries every digit
_FORMAT_WORD = re.compile(
    r"서식|쉼표|콤마|천 ?단위|자릿수 ?구분|엑셀|스프레드 ?시트|(?i:excel|spreadsheet|number format|comma|thousands)"
)
_AMOUNT_WORD = re.compile(
    r"합계|총계|총액|금액|예산|매출|잔액|단가|단위|비용|지출|수입|세액|결산|(?i:total|amount|sum|budget|revenue|balance|cost)"
)
_CURRENCY_AFTER = re.compile(r" ?(?:원|달러|엔|위안|유로|만|억|조|불|(?i:won|krw|usd|eur|jpy|dollars?))")
_CURRENCY_BEFORE = re.compile(r"[$₩￦€£¥] ?$|(?i:usd|krw|eur) ?$")


# The same format on a mobile number, which loses its leading zero first (010-7835-7514 -> 1078357514 ->
# 1,078,357,514: seventeenth held-out set): read as the mobile number where a format word and a telephone word stand
# within FORMAT_WINDOW characters, and no amount's word or currency (a budget's 1,078,357,514원).
_THOUSANDS_MOBILE = re.compile(r"(?<![0-9,.])1,[016-9][0-9]{2},[0-9]{3},[0-9]{3}(?![0-9]|[,.][0-9])")
_THOUSANDS_MOBILE_HINT = re2.compile(_THOUSANDS_MOBILE.pattern[len("(?<![0-9,.])") : -len("(?![0-9]|[,.][0-9])")])
_PHONE_WORD = re.compile(r"연락처|전화|휴대폰|핸드폰|휴대전화|(?i:phone|mobile|tel\b|cell)")


def _formatted_mobile_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for m in _THOUSANDS_MOBILE.finditer(text):
        if _format_said(text, m, _PHONE_WORD):
            edits.append((m.start(), m.start() + 1, "01"))
            edits += _commas_out(m)
    return edits


def _formatted_resident_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for m in _THOUSANDS_13.finditer(text):
        if proven_resident(m.group().replace(",", "")) and _format_said(text, m):
            edits += _commas_out(m)
    return edits


def _format_said(text: str, m: re.Match[str], *words: re.Pattern[str]) -> bool:
    """A number in thousands format that a word for the format (and each of `words`) within FORMAT_WINDOW characters
    says is one, with no currency beside it and no word for an amount near it."""
    if _CURRENCY_AFTER.match(text, m.end()) or _CURRENCY_BEFORE.search(text[max(0, m.start() - 4) : m.start()]):
        return False
    lo, hi = max(0, m.start() - FORMAT_WINDOW), m.end() + FORMAT_WINDOW
    said = all(w.search(text, lo, hi) for w in (_FORMAT_WORD, *words))
    return said and not _AMOUNT_WORD.search(text, lo, hi)


def _commas_out(m: re.Match[str]) -> list[tuple[int, int, str]]:
    return [(m.start() + k, m.start() + k + 1, "") for k, c in enumerate(m.group()) if c == ","]


def _stray_letter_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for m in _STRAY_LETTER.finditer(text):
        digits = "".join(c for c in m.group() if c.isdigit())
        if proven_resident(digits) or (len(digits) == 16 and proven_card(digits)):
            edits.append((m.start(1), m.end(1), ""))
    return edits


# A number whose groups end consecutive short lines (A5: 010 / B5: 9779 / C5: 4972 in spreadsheet cells, or one
# text message per group, `4639 1596\n(이어서) 8602 6829`: ninth and tenth held-out sets): two to four lines of at most
# MAX_SPLIT_LINE characters, each ending in one to four groups of digits, are read as one number when the groups make
# a Korean mobile (01x + 3-4 + 4), a resident or alien registration number that passes its check digit, or a card
# with an issuer's prefix that passes Luhn. The text from the end of one line's digits to the start of the next
# line's becomes a dash; numbers that prove nothing stay apart. An e-mail address split the same way (`eosubin_93\n
# [오전 11:02] 초코라떼: @gmail.com`) is joined when the next line ends in `@` and a domain.
MAX_SPLIT_LINE = 48
MAX_SPLIT_LINES = 4
# Not digits glued to a letter (M393H3104: a passport's tail is no group of a number split over lines).
_LINE_GROUPS = re.compile(r"(?<![0-9A-Za-z])((?:[0-9]{2,8}[ \-]){0,3}[0-9]{2,8})[ \t]*\r?$")
_GROUP = re.compile(r"[0-9]+")
_LINE_LOCAL = re.compile(r"(?<![A-Za-z0-9._%+\-@])([A-Za-z0-9._%+\-]{3,64})[ \t]*\r?$")
_LINE_DOMAIN = re.compile(
    r"(?<![A-Za-z0-9._%+\-])(@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})*\.[A-Za-z]{2,24})[ \t]*\r?$"
)
# Necessary for the pass: two lines ending in digits, or a line without `@` ending in a word and the next ending in
# `@` and a domain that no local part touches (two whole addresses on two lines, as in a CSV, are not this).
_SPLIT_HINT = re2.compile(
    r"(?m)(?:(?:^|[^0-9\n])[0-9]{2,8}[ \t]*\r?\n(?:[^\n]{0,48}[^0-9\n])?[0-9]{2,8}|"
    r"^[^\n@]*[A-Za-z0-9._%+\-]{3}[ \t]*\r?\n(?:[^\n]{0,47}[^A-Za-z0-9._%+\-\n])?"
    r"@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24})"
    r"[ \t]*\r?$"
)
_MOBILE_GROUPS = re.compile(r"01[016789]-[0-9]{3,4}-[0-9]{4}")
# A line that starts with the `@` and the domain (`haerin.seol\n@daum.net`, a business card's OCR: thirteenth held-out
# set) joins the word before only when that word is no plain word: a dot, digit or other mark of a local part in it
# (`Allowed domains\n@korea.kr` is a list of domains).
_LOCAL_MARK = re.compile(r"[0-9._%+\-]")


def _split_line_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    runs: list[tuple[int, int]] = []  # the trailing digit runs of the current run of consecutive short lines
    local: tuple[int, int] | None = None  # the previous line's last word, when it could be an address's local part
    pos = 0
    for line in text.split("\n"):
        short = len(line) <= MAX_SPLIT_LINE
        m = _LINE_GROUPS.search(line) if short else None
        d = _LINE_DOMAIN.search(line) if short and "@" in line else None
        if d is not None and local is not None and (d.start(1) > 0 or _LOCAL_MARK.search(text, *local)):
            edits.append((local[1], pos + d.start(1), ""))
        local = None
        if short and (w := _LINE_LOCAL.search(line)) is not None and "@" not in line:
            local = (pos + w.start(1), pos + w.end(1))
        if m is None:
            runs = []
        else:
            runs = [*runs[-(MAX_SPLIT_LINES - 1) :], (pos + m.start(1), pos + m.end(1))]
            for k in range(len(runs) - 2, -1, -1):
                window = runs[k:]
                if any(_proves_itself(_GROUP.findall(text, a, b)) for a, b in window):
                    continue  # a whole number on a line of its own (940220-2311731, then 사동리 118): nothing split
                if _proves_itself([g for a, b in window for g in _GROUP.findall(text, a, b)]):
                    edits += [(window[i][1], window[i + 1][0], "-") for i in range(len(window) - 1)]
                    runs = []
                    break
        pos += len(line) + 1
    return edits


def _proves_itself(parts: list[str]) -> bool:
    digits = "".join(parts)
    if _MOBILE_GROUPS.fullmatch("-".join(parts)):
        return True
    if len(parts[0]) == 6 and proven_resident(digits):
        return True
    return len(digits) == 16 and proven_card(digits)


# A card number told in two halves of eight (앞 8자리 45327153 / 뒤 8자리 37901245, red-team #7): joined like the
# resident number's halves, and only when the sixteen digits pass Luhn with a card issuer's prefix.
_CARD_HALVES = _halves(8, 8, "8")
# A resident registration number's halves in two fields of a record (`"jumin1": "740825", "jumin2": "2610936"`,
# `rrn_front=740825&rrn_back=2610936`): six and seven digits at most 24 characters apart, the gap holding no digit
# but one stuck to a key name, joined only when a resident-number word stands before the first half and the thirteen
# digits pass the check digit (RRN or alien registration): two numbers next to each other are not enough.
_FIELD_HALVES = re.compile(r"(?<![0-9])[0-9]{6}((?:[^0-9]|(?<=[A-Za-z_])[0-9]){1,24}?)[0-9]{7}(?![0-9])")
# Necessary for it, cheap for the fast path: a key name and `:` or `=` between the halves (a plain 900101-1234567
# must not send ordinary text down the slow path).
_FIELD_HALVES_TRIGGER = r"[0-9]{6}[^0-9]{0,12}[A-Za-z_][0-9]?[\"']?[ \t]*[:=][^0-9\n]{0,6}[0-9]{7}"
# A telephone number in three numbered fields, as Korean web forms post it (`"hp1": "010", "hp2": "6135", "hp3":
# "8976"`, `tel1=02&tel2=345&tel3=6789`; eleventh held-out set): the gaps become `-`. The first field must be a
# Korean area or mobile prefix and the keys must end in 2 and 3.
_FIELD_KEY_GAP = r"[\"']?[ \t]*[,&;]?[ \t]*[\"']?[A-Za-z가-힣_]{1,12}%s[\"']?[ \t]*[:=][ \t]*[\"']?"
_PHONE_FIELDS = re.compile(
    r"(?<![0-9])(?:01[016789]|0[2-6][0-9]?|070)(" + _FIELD_KEY_GAP % "2" + r")[0-9]{3,4}("
    + _FIELD_KEY_GAP % "3"
    + r")[0-9]{4}(?![0-9])"
)
_PHONE_FIELDS_TRIGGER = r"0[1-7][0-9]?[\"']?[ \t]*[,&;]?[ \t]*[\"']?[A-Za-z가-힣_]{1,12}2[\"']?[ \t]*[:=]"
_PHONE_FIELDS_GATE = re2.compile(_PHONE_FIELDS_TRIGGER)  # one DFA pass before Python's engine tries every `0`
# A card number in four numbered fields, as payment forms post it (`card1=4224&card2=8081&card3=0130&card4=0042`,
# `"cardNo1": "9410", ...`): the gaps become `-`, and only when the sixteen digits pass Luhn with an issuer's prefix
# (proven_card): four numbers in a row of fields are no card by themselves.
_CARD_FIELDS = re.compile(
    r"(?<![0-9])[0-9]{4}("
    + _FIELD_KEY_GAP % "2"
    + r")[0-9]{4}("
    + _FIELD_KEY_GAP % "3"
    + r")[0-9]{4}("
    + _FIELD_KEY_GAP % "4"
    + r")[0-9]{4}(?![0-9])"
)
_CARD_FIELDS_TRIGGER = (
    r"[0-9]{4}[\"']?[ \t]*[,&;]?[ \t]*[\"']?[A-Za-z가-힣_]{1,12}2[\"']?[ \t]*[:=][ \t]*[\"']?[0-9]{4}"
)
_CARD_FIELDS_GATE = re2.compile(_CARD_FIELDS_TRIGGER)
# A backslash that escapes punctuation inside a word, as Markdown and Notion exports leave it (`kwon\.minho\@mail\.net`,
# `010\-1234\-5678`): the backslash goes. Only between two letters or digits, so a regular expression's `\.` after a
# bracket or a Windows path's `\Users` keeps its backslash.
_ESCAPED_PUNCT = re.compile(r"(?<=[A-Za-z0-9])\\(?=[.@_\-+][A-Za-z0-9])")
_ESCAPED_PUNCT_HINT = r"[A-Za-z0-9]\\[.@_\-+][A-Za-z0-9]"
# Keys that say what else two numbers are (`{"order": "850315", "qty": "1234566"}`).
_OTHER_FIELD = re.compile(
    r"(?i:order|qty|quant|price|amount|count|total|invoice|track|sku|item|product|serial|tel|phone)"
)
# The halves far apart with nothing but white space between them (22 tabs), or joined by 의 (`850315의 1234566`):
# more white space than a digit run allows (detectors.digits), so joined here when the check digit and the birth
# date hold (red-team #6).
_GAPPED_HALVES = re.compile(r"(?<![0-9])[0-9]{6}(\s{9,40}| ?의 ?)[0-9]{7}(?![0-9])")
_FIELD_GAP = re.compile(r"[A-Za-z_][0-9]?[\"']?[ \t]*[:=]")
_RRN_WORD = re.compile(r"(?i:주민|jumin|juminno|rrn|resident|ssn|외국인등록|alien)")
FIELD_HALVES_CONTEXT = 48
# A run of percent escapes that may spell letters in UTF-8 or CP949 (see _percent_letter_edits). Each attempt starts at
# a literal `%`, and the run is one repeated fixed-width unit: linear.
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
# Runs with at most PERCENT_LETTER_GAP unreserved characters between them: the gap class has no `%`, so an attempt
# that fails costs a bounded amount.
PERCENT_LETTER_GAP = 16
_HAS_PLAIN_DIGIT = re.compile(r"(?<!%)(?<!%[0-9A-Fa-f])[0-9]")
_PERCENT_STRETCH = re.compile(rf"%[0-9A-Fa-f]{{2}}(?:[A-Za-z0-9._~\-]{{0,{PERCENT_LETTER_GAP}}}%[0-9A-Fa-f]{{2}})+")
_PERCENT_LETTER_HINT = "%[89A-Fa-f][0-9A-Fa-f]%[4-9A-Fa-f][0-9A-Fa-f]"
# A quoted-printable body's Hangul (=EA=B3=B5=EC=8B=9C=EC=9A=B0: 공시우; twenty-fourth held-out set): each run of
# escaped UTF-8 bytes that spells Hangul syllables only is decoded in place, as percent-encoded letters are, so the
# labels around a name or an address, escaped the same way, are read with it. decode.py still reads any other run,
# and an RFC 2047 encoded-word whole.
_QP_LETTER_HINT = "=E[A-D]=[89AB][0-9A-F]=[89AB][0-9A-F]"
_QP_RUN = re.compile(r"(?:=[89A-F][0-9A-F]){3,}")
_QP_HINT = re2.compile(_QP_LETTER_HINT)
# A lone `%40` between the parts of an address (`?email=kim.jiwoo%40naver.com`), encoded twice or more too (`%2540`:
# a proxy that encodes the query again encodes the percent sign).
_PERCENT_AT = re.compile(r"(?<=[A-Za-z0-9._\-])%(?:25){0,3}40(?=[A-Za-z0-9])")
# A lone `%2E` between word characters (`kim%2Eminsu%40naver%2Ecom`): the dot of an address or a file name.
_PERCENT_DOT = re.compile(r"%(?<=[A-Za-z0-9_\-]%)(?:25){0,3}2[eE](?=[A-Za-z0-9])")
# Necessary conditions for an edit, in one re2 pattern: a character outside ASCII and precomposed Hangul;
# a bracketed at/dot; a percent-encoded dash, dot or space between digits; a Hangul digit inside a window of
# eight digit symbols (a Hangul-spelled run needs eight symbols, three of them Hangul). re2: linear, no
# backtracking, and a DFA pass over ordinary text costs about 1.5 microseconds per kilobyte.
_SYMBOL = f"[{_DIGIT_CHARS}0-9]"
_HANGUL_DIGIT = f"[{_DIGIT_CHARS}]"
_BEFORE = f"{_SYMBOL}{_DIGIT_SEP}"
_AFTER = f"{_DIGIT_SEP}{_SYMBOL}"
_EIGHT_WITH_HANGUL = "|".join(_BEFORE * k + _HANGUL_DIGIT + _AFTER * (7 - k) for k in range(8))
# The trigger's DFA outgrew re2's default budget when the Konglish and Shift-typed hints joined it (text dense in digits
# and Hangul digit syllables made it fall back and log "DFA out of memory"): the same ceiling as _MIXED_RUN's.
_TRIGGER = re2.compile(
    r"[^\x00-\x7f\x{ac00}-\x{d7a3}]|[\[\(\{<] ?(?:at|AT|At|골뱅이|@|dot|DOT|Dot|점) ?[\]\)\}>]|"
    r"[0-9]%2[0dDeE][0-9]|%2[bB][0-9]|[A-Za-z0-9._\-]%(?:25){0,3}40[A-Za-z0-9]|[A-Za-z0-9_\-]%(?:25){0,3}2[eE][A-Za-z0-9]|"
    rf"[0-9]{{6}}(?:[^0-9]|[67] ?자리){{0,{HALVES_BEFORE}}}?{_HALVES_WORDS}|"
    r"[0-9] ?[(\[]?(?:다시|대시|하이픈|(?i:dash|hyphen))|[0-9] (?:dot|DOT|점|\.) [0-9]|&#|&[a-z]+;|\\u00[2-7]|"
    r"\\u[0-9A-Fa-f]{4}|\\[23][0-7]{2}\\[23][0-7]{2}|" + _PERCENT_LETTER_HINT + "|" + _QP_LETTER_HINT + "|"
    r"0[xX][0-9A-Fa-f]{1,2}\.0[xX]|"
    r"(?:[A-Za-z0-9@._\-] ){7}|_at_|[＠﹫]|[0-9]_[0-9]| 앳 | 쩜 |d0t|" + _FIELD_HALVES_TRIGGER + r"|"
    + _PHONE_FIELDS_TRIGGER
    + r"|"
    + _CARD_FIELDS_TRIGGER
    + r"|"
    + _ESCAPED_PUNCT_HINT
    + r"|"
    r"(?:[0-9][A-Za-z\x{ac00}-\x{d7a3}][-.]?){5}[0-9]|"
    r"[0-9]{6}(?:\s{9}| ?의 ?)|[0-9]{3} ?에 ?[0-9]{3}|(?:^|[^0-9,.])[0-9](?:,[0-9]{3}){4}(?:[^0-9,]|$)|"
    r"(?:^|[^0-9,.])1,[016-9][0-9]{2},[0-9]{3},[0-9]{3}(?:[^0-9,]|$)|"
    rf"{_SYMBOL}{{3}} ?의 ?{_SYMBOL}{{3}}|"
    r"[0-9][OolI]|[OolI][0-9]|[0-9][SZB][0-9]|[Oo][lI][Oo][^A-Za-z0-9]?[0-9SZB]|"
    r"(?:엠|에스) ?[0-9]|[0-9]{2}[A-Za-z][0-9]{2}|"
    rf"(?:엠|에스) ?(?:{_PP_DIGIT}){{3}}|(?:^|[^A-Za-z])(?:[A-Za-z] as in|[A-Z] for) [A-Za-z]|"
    r"(?:[Oo][lI1][Oo0]|0[lI][Oo0]|01[Oo])[ .\-]?[0-9]{3}|[0-9]{5}[xX][0-9]{5}|"
    + _CONNECTOR_HINT.pattern
    + r"|"
    rf"[0-9{_DIGIT_CHARS}] ?(?:-|에) ?[일이삼사오육칠팔구]?[천백]|"
    rf"(?m:{_SPLIT_HINT.pattern[4:]})|"
    rf"[천백][일이삼사오육칠팔구십]{{0,6}} ?(?:-|에) ?[0-9{_DIGIT_CHARS}]|" + POSITIONAL_HINT + r"|"
    r"[0-9A-Za-z@.\-][\"'] ?(?:\+|\|\||\.|&) ?[\"']|(?i:concat)|join ?\(|\] ?\.join|"
    r"\[ ?[0-9](?: ?, ?[0-9]){5}|"
    rf"(?:{_NATIVE_ALT})[ ,.\-]{{0,2}}(?:{_NATIVE_TOKEN_ALT})|"
    + _KONGLISH_HINT.pattern
    + "|"
    + _SHIFTED_TOKEN.pattern
    + "|"
    rf"(?i:{_EN_DIGIT_ALT})[ ,\-]{{1,3}}(?i:{_EN_DIGIT_ALT})\b|"
    rf"[A-Za-z0-9_%+\-] (?:at|AT) {_LABEL}{_DOT_SEP}[A-Za-z0-9_%+\-]|골뱅이|도메인|the domain is |"
    rf"[\[\(\{{<] ?\. ?[\]\)\}}>]| @|@ |"
    r"@[A-Za-z0-9_%+\-.]{1,253} (?:dot|DOT) [A-Za-z0-9]|[A-Za-z0-9] (?:dot|DOT) [A-Za-z0-9_%+\-.]{1,64}@|"
    + _EIGHT_WITH_HANGUL
    + "|"
    + SHIFT_NOTE_HINT
    + r"|(?:[A-Z] ){1,2}[A-Z] {2,4}[A-Z] [A-Z]|"
    + _SAID_BUILDING.pattern
    + "|"
    + r"[A-Z]-[A-Z]-[A-Z]-[A-Z]|[A-Z]\.[A-Z]\.[A-Z]\.[A-Z]|"
    + rf"(?i:(?:{_NATO_ALT})) [0-9]{{3}}",  # _NATO_GATE's
    _MIXED_OPTIONS,
)
_HANGUL_DIGIT_PAIR = re.compile(rf"[{_DIGIT_CHARS}][ .\-]{{0,2}}[{_DIGIT_CHARS}0-9]|[0-9][ .\-]{{0,2}}[{_DIGIT_CHARS}]")


# Rounds of normalisation: a disguise over a disguise (a zero-width space between Hangul-spelled digits, letters for
# digits spaced one by one, English digit words with a Unicode dash between them) is undone one layer a round, as
# decoding unwraps encodings. A round runs only when the last one edited something and its output still holds
# something to undo (bench/disguise_fuzz.py measures pairs of disguises).
NORMALIZE_ROUNDS = 3
# Characters read either side of an edit by a later round (the widest reach of a pass: the words between the halves of
# a resident number, HALVES_BEFORE and HALVES_AFTER, and a written-out address's labels), and how far a stretch is
# widened to a line break or a space so that it cuts no word or number.
ROUND_MARGIN = 96
_ESCAPE_STARTS = frozenset("&%\\")
ROUND_SNAP = 256
# One edit: original [orig_start, orig_end) became the replacement at normalised [norm_start, norm_end).
# A plain tuple: hostile text (a zero-width space between every digit) makes one per character.
_Edit = tuple[int, int, int, int]
_ORIG_START, _ORIG_END, _NORM_END = 0, 1, 3


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and the edits that produced it, in order."""

    text: str
    edits: tuple[_Edit, ...]
    norm_starts: tuple[int, ...]
    # A later round's edits apply to the text an earlier round produced (`inner.text`): offsets map through both.
    inner: Normalized | None = None

    def start(self, pos: int) -> int:
        """Original offset of the character at normalised `pos`."""
        own = self._start(pos)
        return own if self.inner is None else self.inner.start(own)

    def end(self, pos: int) -> int:
        """Original offset just after the character at normalised `pos - 1`."""
        own = self._end(pos)
        return own if self.inner is None else self.inner.end(own)

    def _start(self, pos: int) -> int:
        i = bisect.bisect_right(self.norm_starts, pos) - 1
        if i < 0:
            return pos
        e = self.edits[i]
        if pos < e[_NORM_END]:
            return e[_ORIG_START]
        # After the edit (a pure removal at pos included): shift by the edit's length change.
        return e[_ORIG_END] + (pos - e[_NORM_END])

    def _end(self, pos: int) -> int:
        i = bisect.bisect_left(self.norm_starts, pos) - 1
        if i < 0:
            return pos
        e = self.edits[i]
        if pos <= e[_NORM_END]:
            return e[_ORIG_END]
        return e[_ORIG_END] + (pos - e[_NORM_END])

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)


_ENCLOSED_TENS = frozenset((10.0,))
# Zeros that this Python's Unicode database gives no digit value (dingbat circled sans-serif zero, Unicode 13).
_ZEROS = {"\U0001f10b": "0", "\U0001f10c": "0"}
_TAG_CHARS = re.compile("[\U000e0020-\U000e007e]+")
MIN_TAG_RUN = 4
# Small capitals, which NFKC leaves as they are (ꜱᴇᴄʀᴇᴛ reads as SECRET): the capital letter. Phonetic writing uses
# a few of them; a prompt that spells a word with them is hiding it.
_SMALL_CAPS = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "ABCDEFGHIJKLMNOPQRSTUVWYZ", strict=True))
# Letters drawn as symbols that NFKC leaves as they are, unlike the squared 🄲🄾🄽 and circled Ⓒ: negative circled
# (🅒), negative squared (🆂🅴🅲🆁🅴🆃) and regional indicators (🇸 🇪 🇨, two of which make a flag): the capital letter
# (red-team #9). A flag reads as its country's two-letter code, which is what it says.
_SYMBOL_LETTER_BLOCKS = (0x1F150, 0x1F170, 0x1F1E6)  # each the letter A of a run of 26


def _symbol_letter(ch: str) -> str | None:
    code = ord(ch)
    for first in _SYMBOL_LETTER_BLOCKS:
        if first <= code < first + 26:
            return chr(ord("A") + code - first)
    return None


def _char_replacement(ch: str) -> str:
    if "\U000e0020" <= ch <= "\U000e007e":
        return chr(ord(ch) - 0xE0000)  # a tag character spells ASCII that some models read back ("ASCII smuggling")
    zero = _ZEROS.get(ch) or _SMALL_CAPS.get(ch) or _symbol_letter(ch)
    if zero is not None:
        return zero
    category = unicodedata.category(ch)
    if _INVISIBLE.match(ch) or category == "Cf" or category == "Me":
        return ""  # invisible, format, or an enclosing mark (the keycap of 1️⃣)
    if ch in _DASHES:
        return "-"
    dec = unicodedata.decimal(ch, None)
    if dec is None:
        dec = unicodedata.digit(ch, None)  # circled, dingbat and double-circled digits NFKC keeps (❽ ➑ ⓼ ⓿)
    if dec is not None:
        return str(dec)
    if category == "No" and unicodedata.numeric(ch, 0.5) in _ENCLOSED_TENS:
        return str(int(unicodedata.numeric(ch)))  # ❿ ➉ ➓ ⓾: ten, as NFKC reads ⑩
    return unicodedata.normalize("NFKC", ch)


# Bytes hidden in variation selectors after an emoji ("emoji smuggling", red-team #7): VS1-VS16 (U+FE00-FE0F) stand
# for 0-15, VS17-VS256 (U+E0100-E01EF) for 16-255. A run of MIN_VS_BYTES or more that decodes to printable UTF-8
# is replaced by its text; otherwise the selectors go, as other invisible characters do.
_VS_BYTES = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]{4,}")
MIN_VS_BYTES = 4


def _vs_byte(ch: str) -> int:
    code = ord(ch)
    return code - 0xFE00 if code <= 0xFE0F else code - 0xE0100 + 16


def _variation_selector_edits(run: str, base: int) -> list[tuple[int, int, str]]:
    """The run's edits: each long run of selectors as the text its bytes spell, every other character as usual."""
    edits: list[tuple[int, int, str]] = []
    pos = 0
    for m in _VS_BYTES.finditer(run):
        for k in range(pos, m.start()):
            rep = _char_replacement(run[k])
            if rep != run[k]:
                edits.append((base + k, base + k + 1, rep))
        try:
            decoded = bytes(_vs_byte(c) for c in m.group()).decode("utf-8")
        except UnicodeDecodeError:
            decoded = ""
        edits.append((base + m.start(), base + m.end(), decoded if decoded.isprintable() else ""))
        pos = m.end()
    for k in range(pos, len(run)):
        rep = _char_replacement(run[k])
        if rep != run[k]:
            edits.append((base + k, base + k + 1, rep))
    return edits


def _marked_base(ch: str) -> bool:
    """A character whose combining marks are taken off: a digit, a visible ASCII character or a Hangul syllable
    (underline, strike-through or accents drawn over C̲O̲N̲F̲I̲D̲E̲N̲T̲I̲A̲L̲, 대̶외비, 8́5́0́; red-team #7; and over the `.`, `@`
    and `-` of a struck-through address, m̶i̶n̶.̶p̶y̶o̶@̶…: thirteenth held-out set). Other scripts keep theirs."""
    return ch.isdigit() or "!" <= ch <= "~" or "\uac00" <= ch <= "\ud7a3"


# Mojibake: UTF-8 bytes read as Windows-1252 or Latin-1 (a CSV opened in Excel: 전다빈 shows as ì „ë‹¤ë¹ˆ). Each byte
# became one character, so the bytes come back exactly: a lead byte's character (Â to ô) and one to three continuation
# bytes' (0x80-0xBF: € ‚ ƒ „ … and the no-break space to ¿, or the C1 control a byte Windows-1252 leaves undefined maps
# to in Latin-1). Only a run that decodes to Hangul or CJK characters is undone: a Latin text's own accents stay.
_MOJIBAKE_BYTES = {
    **{chr(b): b for b in range(0x80, 0x100)},
    **{bytes([b]).decode("cp1252"): b for b in range(0x80, 0x100) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)},
}
_MOJIBAKE_CONT = "".join(re.escape(c) for c, b in _MOJIBAKE_BYTES.items() if 0x80 <= b <= 0xBF)
_MOJI_C = f"[{_MOJIBAKE_CONT}]"
_MOJIBAKE = re.compile(
    f"(?:[\u00c2-\u00df]{_MOJI_C}|[\u00e0-\u00ef]{_MOJI_C}{{2}}|[\u00f0-\u00f4]{_MOJI_C}{{3}}){{2,}}"
)
MIN_MOJIBAKE_RUN = 4  # two characters of two bytes each: shorter runs are accents
# Korean text in EUC-KR read as Latin-1 (`½Å¼ø·Ê` for 신순례: a legacy system's CSV opened with the wrong encoding;
# twenty-eighth held-out set): each Hangul syllable's lead byte (0xB0-0xC8) and trail byte (0xA1-0xFE) became a
# character. Read so only when a whole exotic run, with no letter either side, is such pairs that all spell syllables.
_EUC_KR_RUN = re.compile("(?:[\u00b0-\u00c8][\u00a1-\u00fe])+")


def _mojibake_edits(run: str, base: int, text: str) -> list[tuple[int, int, str]]:
    """The mojibake stretches of an exotic run (at `base` in `text`) decoded back to the text they were (only those
    that decode to Hangul or CJK characters), and the run's other characters replaced one by one as elsewhere; [] when
    the run holds none."""
    fixed: list[tuple[int, int, str]] = []
    for m in _MOJIBAKE.finditer(run):
        try:
            decoded = bytes(_MOJIBAKE_BYTES[c] for c in m.group()).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if sum(c >= "\u1100" for c in decoded) >= 2 and decoded.isprintable():
            fixed.append((m.start(), m.end(), decoded))
    lettered = text[base - 1 : base].isalpha() or text[base + len(run) : base + len(run) + 1].isalpha()
    if not fixed and not lettered and _EUC_KR_RUN.fullmatch(run):
        raw = run.encode("latin-1")
        try:
            raw.decode("utf-8")
            return []  # UTF-8 read as Latin-1 (Ã©Ã© for éé): not Korean
        except UnicodeDecodeError:
            pass
        try:
            hangul = raw.decode("euc-kr")
        except UnicodeError:
            return []
        if all("가" <= c <= "힣" for c in hangul):
            return [(base, base + len(run), hangul)]
    if not fixed:
        return []
    edits = [(base + a, base + b, rep) for a, b, rep in fixed]
    pos = 0
    for a, b, _ in [*fixed, (len(run), len(run), "")]:
        reps = ((k, _char_replacement(run[k])) for k in range(pos, a))
        edits.extend((base + k, base + k + 1, rep) for k, rep in reps if rep != run[k])
        pos = b
    return edits


def _exotic_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for m in _EXOTIC.finditer(text):
        run = m.group()
        base = m.start()
        if len(run) >= MIN_MOJIBAKE_RUN and (undone := _mojibake_edits(run, base, text)):
            edits.extend(undone)
            continue
        if _VS_BYTES.search(run):
            edits.extend(_variation_selector_edits(run, base))
            continue
        if _TAG_CHARS.search(run):
            # a run of tag characters spells text ("ASCII smuggling"); one to three of them inside a value are an
            # invisible filler (850315-123<tag a>4566, red-team #7): gone, as other invisible characters are
            short = {k for t in _TAG_CHARS.finditer(run) if t.end() - t.start() < MIN_TAG_RUN for k in range(*t.span())}
            reps = ((k, "" if k in short else _char_replacement(ch)) for k, ch in enumerate(run))
            edits.extend((base + k, base + k + 1, rep) for k, rep in reps if rep != run[k])
            continue
        if len(run) == 1:  # the usual case, and the hostile one (a zero-width space between digits)
            if run in _INVISIBLE_CHARS:
                edits.append((base, base + 1, ""))
                continue
            if base > 0 and _marked_base(text[base - 1]) and unicodedata.category(run) in ("Mn", "Me"):
                edits.append((base, base + 1, ""))  # a combining mark on a digit (8́), C̲O̲N̲F̲ or 대̶외비: it goes
                continue
            if run in _IDEOGRAPHIC_STOPS and text[base - 1 : base].isdigit() and text[base + 1 : base + 2].isdigit():
                edits.append((base, base + 1, "."))  # 211。58。102。37: a Chinese or Japanese input method's full stop
                continue
            rep = _CONFUSABLES.get(run) or _in_latin_word(text, base, m.end()) or _char_replacement(run)
            if rep != run:
                edits.append((base, base + 1, rep))
            continue
        folded = _in_latin_word(text, base, m.end())
        if folded:
            edits.extend((base + k, base + k + 1, c) for k, c in enumerate(folded) if c != run[k])
            continue
        if _INVISIBLE_RUN.fullmatch(run):
            edits.append((base, m.end(), ""))  # only invisible characters: one removal
            continue
        if base > 0 and _marked_base(text[base - 1]) and all(unicodedata.category(c) in ("Mn", "Me") for c in run):
            edits.append((base, m.end(), ""))  # combining marks on a digit (8́5́0́) or a letter: the character stays
            continue
        if any("\u3131" <= c <= "\u3163" for c in run):
            composed = compose_jamo(run)  # ㄷㅐㅇㅚㅂㅣ, ㄱㅣㅁㅁㅣㄴㅅㅜ: syllables typed a letter at a time
            if composed != run:
                edits.append((base, m.end(), composed))
                continue
        if any("\u1100" <= c <= "\u11ff" for c in run):
            composed = unicodedata.normalize("NFC", run)  # Hangul spelled in conjoining jamo (NFD): one syllable
            if composed != run:
                edits.append((base, m.end(), composed))
            continue
        confusable = len(run) <= MAX_CONFUSABLE_RUN and any(c in _CONFUSABLES for c in run)
        if confusable and _foreign_word(text, base, m.end()):
            confusable = False  # мир, και: a short word of Russian or Greek, not a Latin one with a letter swapped
        if (
            not confusable
            and unicodedata.is_normalized("NFKC", run)
            and not _INVISIBLE.search(run)
            and not any(c in _DASHES or unicodedata.digit(c, None) is not None for c in run)
            and not any(
                unicodedata.category(c) in ("Cf", "Me") or c in _SMALL_CAPS or _symbol_letter(c) is not None
                for c in run
            )
        ):
            continue
        for k, ch in enumerate(run):
            rep = (_CONFUSABLES.get(ch) if confusable else None) or _char_replacement(ch)
            if rep != ch:
                edits.append((base + k, base + k + 1, rep))
    return edits


def _in_latin_word(text: str, start: int, end: int) -> str:
    """The run text[start:end] in Latin letters when it is a short run of look-alikes (_LATIN_LOOKALIKES) with an ASCII
    letter directly before or after it, else ''. Only the two neighbours are read: linear however long the word."""
    touching = _ascii_letter(text[start - 1 : start]) or _ascii_letter(text[end : end + 1])
    if end - start > MAX_LOOKALIKE_RUN or not touching:
        return ""
    folded = [_LATIN_LOOKALIKES.get(c) for c in text[start:end]]
    return "".join(c for c in folded if c is not None) if all(folded) else ""


def _foreign_word(text: str, start: int, end: int) -> bool:
    """text[start:end] is a whole word of two letters or more, not all of them look-alikes of Latin ones (сом for com
    is a disguise; мир is Russian)."""
    run = text[start:end]
    return (
        len(run) >= 2
        and run.isalpha()
        and not text[start - 1 : start].isalnum()
        and not text[end : end + 1].isalnum()
        and not all(c in _CONFUSABLES for c in run)
    )


_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
# Two jamo a keyboard joins into one: vowels (ㅗ ㅣ is ㅚ, as in ㄷㅐㅇㅗㅣㅂㅣ; red-team #9) and finals (ㄹ ㄱ is ㄺ).
_DOUBLE_VOWELS = {"ㅗㅏ": "ㅘ", "ㅗㅐ": "ㅙ", "ㅗㅣ": "ㅚ", "ㅜㅓ": "ㅝ", "ㅜㅔ": "ㅞ", "ㅜㅣ": "ㅟ", "ㅡㅣ": "ㅢ"}
_DOUBLE_FINALS = {
    "ㄱㅅ": "ㄳ", "ㄴㅈ": "ㄵ", "ㄴㅎ": "ㄶ", "ㄹㄱ": "ㄺ", "ㄹㅁ": "ㄻ", "ㄹㅂ": "ㄼ", "ㄹㅅ": "ㄽ", "ㄹㅌ": "ㄾ",
    "ㄹㅍ": "ㄿ", "ㄹㅎ": "ㅀ", "ㅂㅅ": "ㅄ",
}  # fmt: skip


# The keys of the standard two-set (두벌식) layout and the jamo each types (ㅃㅉㄸㄲㅆㅒㅖ with shift).
DUBEOLSIK = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnmQWERTOP",
        "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ" + "ㅃㅉㄸㄲㅆㅒㅖ",
        strict=True,
    )
)


# A passport number typed with the keyboard left in Korean mode: its letters come out as the jamo on the same keys
# (`ㅡ29740543` for M29740543, `ㅡ123ㅁ4567` for M123A4567; twenty-seventh held-out set). Only a jamo that stands for
# a letter Korean passports start with (M S R G D, R shifted too: ㄲ), before eight digits or three, a jamo and four.
_KEY_LETTERS = {jamo: key.upper() for key, jamo in DUBEOLSIK.items() if key.islower()} | {"ㄲ": "R"}
_IME_PASSPORT = re.compile(
    "(?<![0-9A-Za-z\u3131-\u318e\uac00-\ud7a3])([ㅡㄴㄱㄲㅎㅇ])[0-9]{3}(?:[0-9]{5}|([\u3131-\u3163])[0-9]{4})(?![0-9])"
)


# English Braille, grade 1 (`⠠⠇⠽⠎⠁⠝⠙⠑⠗`: a locker's or a door's label pasted as it is; twenty-eighth held-out set):
# each cell is U+2800 plus its dots' bits (dot n is bit n-1). ⠠ capitalises the next letter, ⠼ reads a-j as digits
# until a space. A run of three cells or more that reads wholly as letters, digits and spaces is read so.
_BRAILLE_LETTERS = dict(
    zip(
        (
            chr(0x2800 + sum(1 << (d - 1) for d in map(int, dots)))
            for dots in "1 12 14 145 15 124 1245 125 24 245 13 123 134 1345 135 1234 12345 1235 234 2345 136 1236 2456 "
            "1346 13456 1356".split()
        ),
        "abcdefghijklmnopqrstuvwxyz",
        strict=True,
    )
)
_BRAILLE_DIGITS = {cell: "1234567890"[i] for i, cell in enumerate(list(_BRAILLE_LETTERS)[:10])}
_BRAILLE_CAPITAL, _BRAILLE_NUMBER = "\u2820", "\u283c"
_BRAILLE_RUN = re.compile("[\u2800-\u28ff][\u2800-\u28ff ]*[\u2800-\u28ff]")  # one repetition: linear
MIN_BRAILLE_CELLS = 3


def _braille_edits(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _BRAILLE_RUN.finditer(text):
        if len(m.group().replace(" ", "")) < MIN_BRAILLE_CELLS:
            continue
        read: list[str] = []
        capital = number = False
        for cell in m.group():
            if cell in (" ", "\u2800"):
                read.append(" ")
                number = False
            elif cell == _BRAILLE_CAPITAL:
                capital = True
            elif cell == _BRAILLE_NUMBER:
                number = True
            elif number and cell in _BRAILLE_DIGITS:
                read.append(_BRAILLE_DIGITS[cell])
            elif cell in _BRAILLE_LETTERS:
                letter = _BRAILLE_LETTERS[cell]
                read.append(letter.upper() if capital else letter)
                capital = False
            else:
                break  # a contraction or punctuation of grade 2: not read
        else:
            out.append((m.start(), m.end(), "".join(read)))
    return out


# Text turned upside down (`sǝʞɐO ǝsǝᴉlǝuu∀` for Annelise Oakes, as a sign-up form's joke or a filter's dodge;
# twenty-eighth held-out set): read from the end, each turned letter back. A run of letters and spaces with three
# turned ones at least (ǝ ɐ ᴉ ʇ ɹ ...: letters no language writes so many of) is read so.
_TURNED = dict(
    zip(
        "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz∀ꓭƆᗡƎℲ⅁HIſꓘ˥WNOԀꝹᴚSꓕ∩ΛMX⅄Z",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        strict=True,
    )
)
_TURNED_ONLY = frozenset(c for c in _TURNED if not c.isascii())
_TURNED_CLASS = "[" + "".join(re.escape(c) for c in _TURNED) + "]"
_TURNED_RUN = re.compile(f"{_TURNED_CLASS}(?:(?:{_TURNED_CLASS}| (?={_TURNED_CLASS}))*)")
MIN_TURNED = 3
_TURNED_GATE = re.compile("[" + "".join(sorted(_TURNED_ONLY)) + "]")


def _turned_edits(text: str) -> list[tuple[int, int, str]]:
    """Each run read back, from its first word with a turned letter to its last (`signed on sǝʞɐO`: `on` is no part)."""
    out = []
    for m in _TURNED_RUN.finditer(text):
        if sum(c in _TURNED_ONLY for c in m.group()) < MIN_TURNED:
            continue
        words = [w for w in re.finditer(r"\S+", m.group()) if any(c in _TURNED_ONLY for c in w.group())]
        start, end = m.start() + words[0].start(), m.start() + words[-1].end()
        out.append((start, end, "".join(_TURNED.get(c, c) for c in reversed(text[start:end]))))
    return out


def _ime_passport_edits(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _IME_PASSPORT.finditer(text):
        out.append((m.start(1), m.end(1), _KEY_LETTERS[m.group(1)]))
        if m.group(2) is not None and m.group(2) in _KEY_LETTERS:
            out.append((m.start(2), m.end(2), _KEY_LETTERS[m.group(2)]))
    return out


def compose_jamo(run: str) -> str:
    """Compatibility jamo composed into syllables as a Korean keyboard does: an initial and a vowel (or two that
    make one, ㅗ ㅣ) make a syllable, and a consonant after them (or two that make one, ㄹ ㄱ) is its final unless a
    vowel follows it (then it starts the next one). Jamo that make no syllable (ㅋㅋ, ㅠㅠ) are left as they are.
    One character's worth of NFKC per jamo is what the caller would otherwise do; composing keeps a marking or a
    name typed this way readable (red-team #6)."""
    out: list[str] = []
    i, n = 0, len(run)
    while i < n:
        c = run[i]
        if c in _CHO and i + 1 < n and run[i + 1] in _JUNG:
            lead, vowel = _CHO.index(c), run[i + 1]
            i += 2
            if i < n and (vowel + run[i]) in _DOUBLE_VOWELS:
                vowel = _DOUBLE_VOWELS[vowel + run[i]]
                i += 1
            tail = 0
            if i < n and run[i] in _JONG[1:] and not (i + 1 < n and run[i + 1] in _JUNG):
                double = _DOUBLE_FINALS.get(run[i : i + 2])
                if double is not None and not (i + 2 < n and run[i + 2] in _JUNG):
                    tail = _JONG.index(double)
                    i += 2
                else:
                    tail = _JONG.index(run[i])
                    i += 1
            out.append(chr(0xAC00 + (lead * 21 + _JUNG.index(vowel)) * 28 + tail))
        else:
            out.append(c)
            i += 1
    return "".join(out)


# A group of a phone number said with place values (공일공-이천삼백사십오-육천칠백팔십구, red-team #7): a Sino-Korean
# number with 천 or 백 next to a dash that joins it to other digits, read as its three or four digits. Chains of such
# groups with spaces or spoken separators between them (010 구천팔백칠십육 오천사백삼십이, red-team #9) are
# detectors.positional_numerals' reading, merged here the same way.
_SINO = "일이삼사오육칠팔구"
_POSITIONAL_GROUP = re.compile(rf"[{_SINO}]?[천백][{_SINO}천백십]{{1,6}}")  # three syllables or more: not 천, 이천
_HANGUL_GROUP_BEFORE = re.compile(rf"([{_DIGIT_CHARS}]{{2,4}}) ?(-|에) ?$")
_HANGUL_GROUP_AFTER = re.compile(rf" ?(-|에) ?([{_DIGIT_CHARS}]{{2,4}})(?![{_DIGIT_CHARS}])")
_DASH_BEFORE = re.compile(rf"[0-9{_DIGIT_CHARS}] ?(?:-|에) ?$")  # 에 as a dash: 공일공에 사천칠백구십오에 ...
_DASH_AFTER = re.compile(rf" ?(?:-|에) ?[0-9{_DIGIT_CHARS}]")


def _with_positional_groups(text: str, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`raw` with each positional group (see _POSITIONAL_GROUP, and the chains of detectors.positional_numerals)
    replaced by its digits; the per-character edits of Hangul digits inside it give way."""
    groups = positional_chain_edits(text)
    for m in _POSITIONAL_GROUP.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        if word[-1] == "이" and text[end : end + 1] in _COPULA_AFTER:
            end, word = end - 1, word[:-1]  # 팔천오백구십육이요: the last 이 is the copula, not a two
        joined = _DASH_BEFORE.search(text, max(0, start - 4), start) or _DASH_AFTER.match(text, end)
        value = positional_value(word) if joined else None
        if value is None:
            continue
        groups.append((start, end, value))
        # 공일공-이천삼백사십오: a short group of Hangul digits joined to it is part of the same number
        before = _HANGUL_GROUP_BEFORE.search(text, max(0, m.start() - 7), m.start())
        if before is not None:
            groups.append((before.start(1), before.end(1), "".join(_HANGUL_DIGITS[c] for c in before.group(1))))
        after = _HANGUL_GROUP_AFTER.match(text, end)
        if after is not None:
            groups.append((after.start(2), after.end(2), "".join(_HANGUL_DIGITS[c] for c in after.group(2))))
        for k in (start - 2, start - 1, end, end + 1):
            if 0 <= k < len(text) and text[k] == "에":
                # 공일공에 사천칠백구십오에 ...: the particle, and a space after it, read as a dash
                lo = k - (k > 0 and text[k - 1] == " " and (k - 1 >= end or k <= start))
                hi = k + 1 + (text[k + 1 : k + 2] == " " and (k + 2 <= start or k >= end))
                groups.append((lo, hi, "-"))
    if not groups:
        return raw
    kept = [e for e in raw if not any(e[0] < end and start < e[1] for start, end, _ in groups)]
    return kept + groups


def _hangul_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """공일공에 사칠이삼 다시 팔팔일구 -> 010-4723-8819: each Hangul digit its digit, a spoken separator a dash (the 이
    of 하이픈 is no two)."""
    edits: list[tuple[int, int, str]] = []
    for m in _HANGUL_DIGIT_RUN.finditer(text):
        run = m.group()
        if run[-1] == "이" and text[m.end() : m.end() + 1] in _COPULA_AFTER:
            run = run[:-1]  # 팔공사칠이요: the last 이 is the copula (이요, 이에요, 이고), not a two
        base = m.start()
        if not _SPOKEN_WORD.search(run):  # the usual run: digits and plain separators only, one edit per digit
            if sum(1 for c in run if c in _HANGUL_DIGITS) >= MIN_HANGUL_DIGITS:
                edits += [(base + k, base + k + 1, _HANGUL_DIGITS[c]) for k, c in enumerate(run) if c in _HANGUL_DIGITS]
            continue
        for lo, hi in _possessive_pieces(run):
            piece: list[tuple[int, int, str]] = []
            for t in _RUN_TOKEN.finditer(run, lo, hi):
                piece.append((base + t.start(), base + t.end(), "-" if t.group(1) else _HANGUL_DIGITS[t.group(2)]))
            if sum(1 for _, _, rep in piece if rep != "-") >= MIN_HANGUL_DIGITS:
                edits += piece
    return edits


def _possessive_pieces(run: str) -> list[tuple[int, int]]:
    """The stretches of a Hangul-digit run that read as one number: a 의 is a separator only between two groups of
    MIN_POSSESSIVE_GROUP symbols or more (영일영의 팔육오이의 …), and elsewhere ends the number (그 사이의 일 …); each
    stretch must still hold MIN_RUN_SYMBOLS symbols."""
    if "의" not in run:
        return [(0, len(run))]
    pieces: list[tuple[int, int]] = []
    lo = 0
    for s in _POSSESSIVE.finditer(run):
        before, after = run[max(0, s.start() - MIN_POSSESSIVE_GROUP) : s.start()], run[s.end() : s.end() + 3]
        if not all(len(g) == MIN_POSSESSIVE_GROUP and all(c in _RUN_SYMBOLS for c in g) for g in (before, after)):
            pieces.append((lo, s.start()))
            lo = s.end()
    pieces.append((lo, len(run)))
    return [(a, b) for a, b in pieces if sum(1 for c in run[a:b] if c in _RUN_SYMBOLS) >= MIN_RUN_SYMBOLS]


def _en_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """zero one zero, four seven two three -> 010-4723: words to digits, spaces dropped, a comma or dash kept."""
    edits: list[tuple[int, int, str]] = []
    for m in _EN_DIGIT_RUN.finditer(text):
        base = m.start()
        run: list[tuple[int, int, str]] = []
        for t in _EN_DIGIT_TOKEN.finditer(m.group()):
            word = t.group(1)
            if word is not None:
                rep = _en_number(word.lower())
            elif t.group(2) is not None:
                rep = "-"  # `five hyphen one`
            elif t.group(3) is not None:
                rep = "."  # `five dot two`
            elif t.group() == "-":
                rep = ""  # oh-one-oh: one number written with hyphens
            else:
                rep = "-" if any(c in t.group() for c in ",-/.") else ""  # one . two: dotted groups
            run.append((base + t.start(), base + t.end(), rep))
        if sum(rep.isdigit() and len(rep) for _, _, rep in run) >= MIN_EN_DIGITS:
            edits += run
    return edits


def _said_building_edits(text: str) -> list[tuple[int, int, str]]:
    """수완로 구십육 -> 수완로 96 after a district (see _SAID_BUILDING)."""
    edits: list[tuple[int, int, str]] = []
    for m in _SAID_BUILDING.finditer(text):
        word = m.group(1)
        value = positional_value(word) if any(u in word for u in "십백천") else "".join(_HANGUL_DIGITS[c] for c in word)
        if value is None:
            continue
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - MAX_ROAD_LINE)
        if _DISTRICT_BEFORE_ROAD.search(text, lo, m.start()) is not None:
            edits.append((m.start(1), m.end(1), value))
    return edits


def _spelt_word_edits(text: str) -> list[tuple[int, int, str]]:
    """F-I-T-Z-G-E-R-A-L-D -> FITZGERALD (see _SPELT_WORD)."""
    return [(m.start(1), m.end(1), "".join(c for c in m.group(1) if c.isalpha())) for m in _SPELT_WORD.finditer(text)]


def _nato_passport_edits(text: str) -> list[tuple[int, int, str]]:
    """Mike eight seven four Yankee three zero nine zero -> M874Y3090 near a passport word (see _NATO_PASSPORT)."""
    edits: list[tuple[int, int, str]] = []
    for m in _NATO_PASSPORT.finditer(text):
        if not _PASSPORT_WORD.search(text, max(0, m.start() - NATO_PASSPORT_REACH), m.start()):
            continue
        pos = m.start()
        for t in _PP_SAID_TOKEN.finditer(text, m.start(), m.end()):
            word = t.group().lower()
            rep = _NATO_WORDS.get(word) or _EN_DIGITS.get(word) or t.group().upper()
            edits.append((pos, t.end(), rep))  # the separator before a word goes with it
            pos = t.end()
    return edits


def _en_number(word: str) -> str:
    """A digit word or a pair read as one (seventy-five -> 75, twenty -> 20, nineteen -> 19, double six -> 66)."""
    if word in _EN_DIGITS:
        return _EN_DIGITS[word]
    if word in _EN_TEENS:
        return _EN_TEENS[word]
    head, _, unit = word.replace("-", " ").partition(" ")
    if head in ("double", "triple"):
        return _EN_DIGITS[unit] * (2 if head == "double" else 3)
    return f"{_EN_TENS[head]}{_EN_DIGITS[unit] if unit else 0}"


def _mixed_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """공일공-5049-three nine seven zero -> 010-5049-3970: each Hangul digit and English digit word its digits, the
    space or hyphen between two English words dropped; the separators between groups stay as they were."""
    edits: list[tuple[int, int, str]] = []
    for m in _MIXED_RUN.finditer(text):
        tokens = [t for t in _MIX_TOKEN.finditer(text, m.start(), m.end())]
        # a group glued to a word is part of that word (someone, 오늘): it and its separator go from the run
        while tokens and tokens[0].group(4) is None and _glued(text, tokens[0].start() - 1):
            tokens = tokens[2:]
        while tokens and tokens[-1].group(4) is None and _glued(text, tokens[-1].end()):
            tokens = tokens[:-2]
        run: list[tuple[int, int, str]] = []
        en = other = total = 0
        paired = False
        for k, t in enumerate(tokens):
            word, digits, ko, sep = t.groups()
            if word is not None:
                rep = _en_number(word.lower())
                en += 1
            elif ko is not None:
                rep = "".join(_HANGUL_DIGITS[c] for c in ko)
                other += len(rep)
            elif digits is not None:
                other += len(digits)
                total += len(digits)
                continue
            else:
                between_words = 0 < k < len(tokens) - 1 and tokens[k - 1].group(1) and tokens[k + 1].group(1)
                if between_words and sep.strip(" ,-") == "":
                    paired = True
                    if sep in (" ", "-"):
                        run.append((t.start(), t.end(), ""))
                continue
            total += len(rep)
            run.append((t.start(), t.end(), rep))
        if paired and en >= MIN_MIXED_EN and other >= MIN_MIXED_OTHER and total >= MIN_MIXED_DIGITS:
            edits += run
    return edits


def _glued(text: str, k: int) -> bool:
    return 0 <= k < len(text) and ((text[k].isascii() and text[k].isalnum()) or "\uac00" <= text[k] <= "\ud7a3")


def _alternating_edits(text: str) -> list[tuple[int, int, str]]:
    """8a5b0c3d1e5f-1g2h3i4j5k6l6 -> 850315-1234566: the filler between every two digits goes (a Hangul digit
    syllable among the fillers, 1사2, is a filler here: its removal sorts before the Hangul-digit pass's edit)."""
    edits: list[tuple[int, int, str]] = []
    for m in _ALTERNATING.finditer(text):
        fillers = [k for k, c in enumerate(m.group()) if not c.isdigit() and c not in "-."]
        if len(fillers) < MIN_ALTERNATING_DIGITS - 1:
            continue
        edits.extend((m.start() + k, m.start() + k + 1, "") for k in fillers)
    return edits


def _native_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """여덟다섯공셋하나다섯 하나둘셋넷다섯여섯여섯 -> 850315 1234566: each numeral its digit, spaces and commas between
    them dropped (a dash stays). Only runs with at least MIN_NATIVE native words: 공일이삼 alone is another pass's."""
    edits: list[tuple[int, int, str]] = []
    for m in _NATIVE_RUN.finditer(text):
        if not _NATIVE_WORD.search(m.group()):
            continue  # digits and Sino-Korean digits only (1 2 1 2 ..., 공일이삼): not this pass's
        tokens = list(_NATIVE_TOKEN.finditer(m.group()))
        base = m.start()
        # a Sino-Korean digit glued to the word before or after the run is that word's syllable (핸드폰이 영 하나 …
        # 여덟 이거요: the particle 이, not a two), and so is the separator next to it
        while tokens and tokens[0].group(2) is not None and _glued(text, base + tokens[0].start() - 1):
            tokens = tokens[1:]
            while tokens and tokens[0].group(3) is not None:
                tokens = tokens[1:]
        while tokens and tokens[-1].group(2) is not None and _glued(text, base + tokens[-1].end()):
            tokens = tokens[:-1]
            while tokens and tokens[-1].group(3) is not None:
                tokens = tokens[:-1]
        if sum(1 for t in tokens if t.group(1) is not None) < MIN_NATIVE:
            continue
        for t in tokens:
            if t.group(1) is not None:
                edits.append((base + t.start(), base + t.end(), _NATIVE_DIGITS[t.group(1)]))
            elif t.group(2) is not None:
                edits.append((base + t.start(), base + t.end(), _HANGUL_DIGITS[t.group(2)]))
            elif t.group(4) is not None:
                edits.append((base + t.start(), base + t.end(), "-"))
    return edits


def _konglish_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """제로 원 제로 투 쓰리 쓰리 쓰리 -> 0102333: each word or digit its digit, spaces between them dropped, a comma,
    dash or spoken dash a dash. The run is cut where 원 reads as the currency (see _KONGLISH_DIGITS)."""
    edits: list[tuple[int, int, str]] = []
    for m in _KONGLISH_RUN.finditer(text):
        tokens = list(_KONGLISH_TOKEN.finditer(text, m.start(), m.end()))
        words = [k for k, t in enumerate(tokens) if t.group(3) is None and t.group(4) is None]
        piece: list[re.Match[str]] = []
        for i, k in enumerate(words):
            t = tokens[k]
            if t.group(1) == "원":
                near = [tokens[words[j]].group(1) for j in (i - 1, i + 1) if 0 <= j < len(words)]
                before = tokens[words[i - 1]] if i > 0 else None
                after_digit = before is not None and before.group(2) is not None and before.group().isascii()
                if after_digit or not any(w is not None and w != "원" for w in near):
                    edits += _konglish_piece(text, piece, tokens)
                    piece = []
                    continue
            piece.append(t)
        edits += _konglish_piece(text, piece, tokens)
    return edits


def _konglish_piece(text: str, piece: list[re.Match[str]], tokens: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """The edits of one piece of a Konglish run (its digit tokens in order), or none when it says too little."""
    while piece and piece[0].start() > 0 and "가" <= text[piece[0].start() - 1] <= "힣":
        piece = piece[1:]  # 투자, 원투: glued to the word before
    while piece and piece[-1].end() < len(text) and "가" <= text[piece[-1].end()] <= "힣":
        if text[piece[-1].end()] in _AFTER_SPOKEN_NUMBER and piece[-1].group() != "이":
            break
        piece = piece[:-1]  # 포장, 쓰리이요 (the copula, not a two)
    strong = sum(1 for t in piece if t.group(1) is not None and t.group(1) != "원")
    if len(piece) < MIN_KONGLISH_DIGITS or strong < MIN_KONGLISH:
        return []
    edits: list[tuple[int, int, str]] = []
    for t in piece:
        word, digit = t.group(1), t.group(2)
        if word is not None:
            edits.append((t.start(), t.end(), _KONGLISH_DIGITS[word]))
        elif digit in _HANGUL_DIGITS:
            edits.append((t.start(), t.end(), _HANGUL_DIGITS[digit]))
    first, last = piece[0].start(), piece[-1].end()
    for t in tokens:
        if first < t.start() and t.end() < last and (t.group(3) is not None or t.group(4) is not None):
            sep = t.group()
            edits.append((t.start(), t.end(), "-" if t.group(4) is not None or "," in sep or "-" in sep else ""))
    return edits


def _shifted_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """)!)_%&%$_(#*& -> 010-5754-9387, when the digits have a number's shape that proves itself (see _SHIFTED)."""
    edits: list[tuple[int, int, str]] = []
    for m in _SHIFTED_TOKEN.finditer(text):
        token = m.group(1)
        mapped = "".join(_SHIFTED[c] for c in token)
        digits = mapped.replace("-", "")
        # its line, at most CODE_WINDOW characters either side (a line of many such tokens reads each part once)
        lo = max(0, m.start(1) - CODE_WINDOW)
        hi = min(len(text), m.end(1) + CODE_WINDOW)
        line_start, line_end = text.rfind("\n", lo, m.start(1)), text.find("\n", m.end(1), hi)
        if _CODE_LINE.search(text, line_start + 1 if line_start >= 0 else lo, line_end if line_end >= 0 else hi):
            continue
        if len(digits) == 13:
            near_word = _RRN_WORD.search(text, max(0, m.start(1) - RRN_WORD_BEFORE), m.start(1)) is not None
            if not (proven_resident(digits) or (near_word and birth_date_valid(digits))):
                continue
        elif not _MOBILE_SHAPE.fullmatch(mapped):
            continue
        edits += [(m.start(1) + k, m.start(1) + k + 1, d) for k, d in enumerate(mapped) if d != token[k]]
    return edits


def _o_for_zero_edits(text: str) -> list[tuple[int, int, str]]:
    """O1O-5527-3O18 -> 010-5527-3018, 010 l234 5678 -> 010 1234 5678, when the token around the letter is
    otherwise a number."""
    edits: list[tuple[int, int, str]] = [
        (m.start(), m.end(), "010") for m in _LETTERED_010.finditer(text) if not m.group().isdigit()
    ]
    for m in _LETTERED_MOBILE.finditer(text):
        token, rest = m.group(), m.group(2) + m.group(3)
        if rest.isdigit() or sum(c.isdigit() for c in rest) < MIN_LETTERED_DIGITS:
            continue  # all digits after the prefix: _LETTERED_010's
        at = m.start()
        edits.extend((at + k, at + k + 1, _LETTER_DIGITS[c]) for k, c in enumerate(token) if c in _LETTER_DIGITS)
    if "엠" in text or "에스" in text:
        for m in _PASSPORT_LETTER_NAME.finditer(text):
            edits.append((m.start(1), m.end(1), _LETTER_NAMES_KO[m.group(1)]))
            for t in _PASSPORT_BODY_TOKEN.finditer(text, m.start(2), m.end(2)):
                name, digit = t.groups()
                edits.append((t.start(), t.end(), _LETTER_NAMES_KO[name] if name else _HANGUL_DIGITS[digit]))
    done = -1
    n = len(text)
    for m in _O_NEXT_TO_DIGIT.finditer(text):
        if m.start() < done:
            continue
        lo, hi = m.start(), m.end()
        while lo > 0 and m.start() - lo < MAX_O_TOKEN and text[lo - 1] in _O_TOKEN_CHARS:
            lo -= 1
        while hi < n and hi - m.end() < MAX_O_TOKEN and text[hi] in _O_TOKEN_CHARS:
            hi += 1
        done = hi
        # the number is the words that hold a digit: `l` in `call 010 l234` is the end of a word, not a digit
        words = [w for w in _WORD.finditer(text, lo, hi) if any(c.isdigit() for c in w.group())]
        if not words:
            continue
        lo, hi = words[0].start(), words[-1].end()
        while lo < hi and text[lo] in _O_SEPS:
            lo += 1
        while hi > lo and text[hi - 1] in _O_SEPS:
            hi -= 1
        token = text[lo:hi]
        before = text[lo - 1] if lo > 0 else " "
        # M47O28391: a passport's letter and eight characters, an O among the digits
        passport = before in _PASSPORT_LETTERS and len(token) == 8 and not text[max(0, lo - 2) : lo - 1].isalnum()
        if (before.isalpha() and before not in _HANGUL_DIGITS and not passport) or (hi < n and text[hi].isalpha()):
            continue  # part of a word or code: NO2, CO2e, Go1, I2C (a Hangul digit before is a digit: 칠7삼9-2O48)
        if sum(c.isdigit() for c in token) < MIN_O_DIGITS:
            continue
        if any(not w.strip(_O_SEPS).isdigit() and not any(c.isdigit() for c in w) for w in token.split()):
            continue  # a separate word of letters (`oo`, `I`), not a digit in a number
        letters = [k for k, c in enumerate(token) if c in _LETTER_DIGITS]
        if letters == [0] and token[1:].isdigit() and not passport:
            continue  # one letter and then digits: a passport number (O08631662); after M it is MI2345678's I
        edits.extend((lo + k, lo + k + 1, _LETTER_DIGITS[token[k]]) for k in letters)
    return edits


def _ocr_number_edits(text: str) -> list[tuple[int, int, str]]:
    """49llOS-l69lBZS -> 491105-1691825: a number's shape read through OCR's letter confusions, kept only when the
    digits it then spells pass a check digit (a resident or foreign resident number with its birth date, a card by
    Luhn and issuer)."""
    edits: list[tuple[int, int, str]] = []
    for m in _OCR_SHAPE.finditer(text):
        lo, hi = m.span()
        if (lo > 0 and text[lo - 1].isalnum()) or (hi < len(text) and text[hi].isalnum()):
            continue  # part of a longer word or code
        token = m.group()
        letters = [k for k, c in enumerate(token) if c in _OCR_DIGITS]
        if not letters or sum(c.isdigit() for c in token) < MIN_OCR_DIGITS:
            continue  # plain digits (the recognizers' own), or a word with no number in it
        digits = "".join(_OCR_DIGITS.get(c, c) for c in token if c.isalnum())
        if proven_resident(digits) if len(digits) == 13 else proven_card(digits):
            edits.extend((lo + k, lo + k + 1, _OCR_DIGITS[token[k]]) for k in letters)
    return edits


def _spelled_letter_edits(text: str) -> list[tuple[int, int, str]]:
    """M as in Mike, 3 0 8 7 6 8 6 8 -> M3 0 8 7 6 8 6 8: the words that spell the letter go."""
    edits: list[tuple[int, int, str]] = []
    for m in _SPELLED_LETTER.finditer(text):
        at = m.start() - 1  # the letter spelled
        letter, word = text[at : at + 1], m.group(1) or m.group(2)
        if not _ascii_letter(letter) or (at > 0 and _ascii_letter(text[at - 1])):
            continue  # no single letter before: `was in Seoul`
        if word[0].lower() != letter.lower() or (m.group(2) and not letter.isupper()):
            continue  # I for one, a as in the, a for Apple
        after = _CODE_AFTER.match(text, m.end()) is not None and m.group(3) is not None
        before = at >= 2 and text[at - 2].isdigit() and text[at - 1] in " ,-"
        if after or before:
            edits.append((m.start(), m.end(), ""))
    return edits


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _gapped_halves_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for m in _GAPPED_HALVES.finditer(text):
        digits = text[m.start() : m.start(1)] + text[m.end(1) : m.end()]
        if rrn_checksum_ok(digits) and birth_date_valid(digits):
            edits.append((m.start(1), m.end(1), "-"))
    return edits


def _digit_array_edits(text: str) -> list[tuple[int, int, str]]:
    """[8,8,0,1,3,0] -> [880130]; a resident number's halves in two such arrays a few characters apart
    (`front = [8,8,0,1,3,0]; back = [2,3,5,4,7,7,7]`) are joined with a dash when the thirteen digits pass the check
    digit and the birth date is one."""
    edits: list[tuple[int, int, str]] = []
    previous: tuple[int, str] | None = None  # the last array's end and digits
    for arr in _DIGIT_ARRAY.finditer(text):
        edits += [(m.start(), m.end(), "") for m in _ARRAY_COMMA.finditer(text, arr.start() + 2, arr.end() - 1)]
        digits = "".join(c for c in arr.group() if c.isdigit())
        if previous is not None and len(previous[1]) == 6 and len(digits) == 7:
            end, front = previous
            joined = front + digits
            gap_ok = arr.start() - end <= MAX_ARRAY_GAP and not any(c.isdigit() for c in text[end : arr.start()])
            if gap_ok and proven_resident(joined):
                edits.append((end - 1, arr.start() + 1, "-"))
        previous = (arr.end(), digits)
    return edits


def _field_halves_edits(text: str) -> list[tuple[int, int, str]]:
    """`"jumin1": "740825", "jumin2": "2610936"` -> the gap becomes `-` (see _FIELD_HALVES)."""
    edits: list[tuple[int, int, str]] = []
    for m in _FIELD_HALVES.finditer(text):
        if not _FIELD_GAP.search(m.group(1)):
            continue  # no key and `:` or `=` between the halves: not two fields
        digits = text[m.start() : m.start(1)] + text[m.end(1) : m.end()]
        if not (rrn_checksum_ok(digits) or frn_checksum_ok(digits)):
            continue
        # `a=850315\nb=1234566`, `{"a":850315,"b":1234566}`: with no resident-number word near, a real birth date
        # and gender digit must come with the check digit (red-team #6)
        window = max(0, m.start() - FIELD_HALVES_CONTEXT)
        if _RRN_WORD.search(text, window, m.start(1)):
            edits.append((m.start(1), m.end(1), "-"))
        elif birth_date_valid(digits) and not _OTHER_FIELD.search(text, window, m.end(1)):
            edits.append((m.start(1), m.end(1), "-"))
    return edits


# An address spelt out in the Korean names of its letters, as a call is transcribed (와이 이 알 아이 엔 점 에이치 에이
# 구 이 골뱅이 지메일 닷컴: yerin.ha92@gmail.com; twenty-second held-out set). Each token one letter, digit or
# separator; 이 and 오 are both a letter (e, o) and a digit (2, 5): a digit beside another digit, a letter otherwise.
# The domain is a mail provider said as a word, or letters, and ends in a top-level domain said in Hangul.
_LETTER_NAMES = {
    "에이": "a", "비": "b", "씨": "c", "시": "c", "디": "d", "에프": "f", "지": "g", "쥐": "g", "에이치": "h",
    "에치": "h", "아이": "i", "제이": "j", "케이": "k", "엘": "l", "엠": "m", "엔": "n", "피": "p", "큐": "q",
    "알": "r", "에스": "s", "티": "t", "유": "u", "브이": "v", "뷔": "v", "더블유": "w", "떠블유": "w", "엑스": "x",
    "와이": "y", "제트": "z", "젯": "z",
}
_DIGIT_NAMES = {
    "공": "0", "영": "0", "일": "1", "삼": "3", "사": "4", "육": "6", "륙": "6", "칠": "7", "팔": "8", "구": "9",
}
_EITHER_NAMES = {"이": ("e", "2"), "오": ("o", "5")}
_SEPARATOR_NAMES = {"점": ".", "닷": ".", "쩜": ".", "언더바": "_", "언더스코어": "_", "하이픈": "-", "대시": "-"}
_PROVIDER_NAMES = {
    "지메일": "gmail", "네이버": "naver", "다음": "daum", "한메일": "hanmail", "카카오": "kakao", "네이트": "nate",
    "아웃룩": "outlook", "핫메일": "hotmail", "야후": "yahoo", "아이클라우드": "icloud", "프로톤메일": "protonmail",
}
_TLD_NAMES = {"컴": "com", "넷": "net", "오알지": "org", "케이알": "kr", "씨오": "co", "에듀": "edu", "고": "go"}
_SPELT_LOCAL_WORDS = frozenset((*_LETTER_NAMES, *_DIGIT_NAMES, *_EITHER_NAMES, *_SEPARATOR_NAMES))
_SPELT_DOMAIN_WORDS = _SPELT_LOCAL_WORDS | frozenset((*_PROVIDER_NAMES, *_TLD_NAMES))
_SPELT_AT = re.compile(r"(?:^|(?<=\s))(?:골뱅이|앳)(?=\s)")
_SPELT_TOKEN = re.compile(r"[가-힣]{1,6}")
MAX_SPELT_TOKENS = 40


def _spelt_email_edits(text: str) -> list[tuple[int, int, str]]:
    """와이 이 알 … 골뱅이 지메일 닷컴 -> yerin…@gmail.com: one edit over the whole spoken address (_LETTER_NAMES)."""
    edits: list[tuple[int, int, str]] = []
    for at in _SPELT_AT.finditer(text):
        local = _spelt_tokens(text, at.start(), backwards=True)
        domain = _spelt_tokens(text, at.end(), backwards=False)
        if len(local) < 3 or sum(t[2] in _LETTER_NAMES for t in local) < 2:
            continue  # two letter names at least: an ordinary sentence before 골뱅이 holds none
        labels, end = _spelt_domain(domain)
        if labels:
            edits.append((local[0][0], end, _spelt_value(local) + "@" + ".".join(labels)))
    return edits


def _spelt_tokens(text: str, pos: int, backwards: bool) -> list[tuple[int, int, str]]:
    """The space-separated spelt tokens (letters, digits, separators; forwards also providers and TLDs, with 닷컴
    written together) from `pos`, in text order."""
    out: list[tuple[int, int, str]] = []
    while len(out) < MAX_SPELT_TOKENS:
        if backwards:
            end = pos - 1 if pos > 0 and text[pos - 1] == " " else -1
            start = end
            while start > 0 and "가" <= text[start - 1] <= "힣" and end - start < 6:
                start -= 1
            word = text[start:end] if 0 <= start < end else ""
            if word not in _SPELT_LOCAL_WORDS or (start > 0 and text[start - 1] not in " \n\t:"):
                break
            out.insert(0, (start, end, word))
            pos = start
        else:
            m = _SPELT_TOKEN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
            if m is None:
                break
            word = m.group()
            if word.startswith(("닷", "점")) and word[1:] in _TLD_NAMES:
                out += [(m.start(), m.start() + 1, word[0]), (m.start() + 1, m.end(), word[1:])]  # 닷컴
            elif word in _SPELT_DOMAIN_WORDS:
                out.append((m.start(), m.end(), word))
            else:
                break
            pos = m.end()
    return out


def _spelt_value(tokens: list[tuple[int, int, str]]) -> str:
    """The characters the tokens spell; 이 and 오 read as digits beside a digit, as letters otherwise."""
    words = [t[2] for t in tokens]
    out = []
    for i, w in enumerate(words):
        if w in _EITHER_NAMES:
            near = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
            out.append(_EITHER_NAMES[w][1] if any(n in _DIGIT_NAMES for n in near) else _EITHER_NAMES[w][0])
        else:
            out.append(_LETTER_NAMES.get(w) or _DIGIT_NAMES.get(w) or _SEPARATOR_NAMES[w])
    return "".join(out)


def _spelt_domain(tokens: list[tuple[int, int, str]]) -> tuple[list[str], int]:
    """The domain's labels and where it ends: the tokens read up to the last top-level domain said alone after a dot
    (지메일 닷컴, 케이 티 점 씨오 점 케이알); ([], -1) when there is none."""
    groups: list[list[tuple[int, int, str]]] = [[]]
    for tok in tokens:
        if _SEPARATOR_NAMES.get(tok[2]) == ".":
            if not groups[-1]:
                break
            groups.append([])
        else:
            groups[-1].append(tok)
    labels: list[str] = []
    best: tuple[list[str], int] = ([], -1)
    for group in groups:
        words = [t[2] for t in group]
        if len(words) == 1 and (words[0] in _PROVIDER_NAMES or words[0] in _TLD_NAMES):
            labels.append(_PROVIDER_NAMES.get(words[0]) or _TLD_NAMES[words[0]])
            if words[0] in _TLD_NAMES and len(labels) >= 2:
                best = (list(labels), group[-1][1])
        elif words and not any(w in _PROVIDER_NAMES or w in _TLD_NAMES or w in _SEPARATOR_NAMES for w in words):
            labels.append(_spelt_value(group))
        else:
            break
    return best


def _written_email_edits(text: str) -> list[tuple[int, int, str]]:
    """hong at korea dot kr, hong[at]korea[.]kr, hong 골뱅이 naver.com, hong . gil @ korea . kr -> hong@korea.kr."""
    edits: list[tuple[int, int, str]] = []
    covered = 0
    tried: set[int] = set()  # where a reading was already tried: a chain of retries walks on, once
    for m in _WRITTEN_EMAIL.finditer(text):
        if m.start() < covered or m.start() in tried:
            continue  # inside an address a retry already read, or where a retry already tried one
        found, base = m.group(), m.start()
        while base not in tried:
            tried.add(base)
            accepted = _email_reading(found, text[max(0, base - MAIL_WORD_BEFORE) : base])
            if accepted is not None:
                edits.extend((base + s, base + e, r) for s, e, r in accepted)
                covered = base + len(found)
                break
            at = next(s for s in _EMAIL_SEP.finditer(found) if _is_at(s.group()))
            start = base + at.end()
            retry = _WRITTEN_EMAIL.search(text[start : base + len(found) + EMAIL_RETRY_WINDOW])
            if retry is None or retry.start() >= len(found) - at.end():
                break  # the next reading starts after this match: finditer reaches it
            found, base = retry.group(), start + retry.start()
    return edits


def _email_reading(found: str, before: str = "") -> list[tuple[int, int, str]] | None:
    """The edits that turn one written-out address into a plain one (offsets within `found`), or None when it
    does not read as an address. `before`: the text right before it, where a domain said apart needs a mail word."""
    seps = list(_EMAIL_SEP.finditer(found))
    ats = [s for s in seps if _is_at(s.group())]
    if len(ats) != 1:
        return None
    at = ats[0]
    if ("도메인" in at.group() or "domain" in at.group()) and _MAIL_WORD.search(before) is None:
        return None  # 호스트명은 ws01 이고 도메인은 corp.local: a host and its domain, said of no mailbox
    if at.group() == "@" and any(s.group().strip() == "." and s.group() != "." for s in seps):
        return None  # `hong@korea.kr. Thanks`: a sentence ends after a plain address; spaced dots need a spaced @
    domain = _EMAIL_SEP.split(found[at.end() :])
    tld = _KO_TLDS.get(domain[-1], domain[-1])
    if not (tld.isascii() and tld.isalpha() and 2 <= len(tld) <= 24):
        return None
    if at.group() in _BARE_AT or at.group() == "_at_":
        local = found[: at.start()]
        # a dot said as a word in the local part, or before a common top-level domain (`kim at example dot org`),
        # is not ordinary English; `files at server dot local` may be
        spoken = [s for s in seps if s.group().strip(" []()") in ("dot", "DOT", "점", "닷", "쩜", "d0t", "D0T")]
        spoken_dot = any(s.start() < at.start() for s in spoken) or (bool(spoken) and tld.lower() in COMMON_TLDS)
        if not (spoken_dot or any(c in local for c in ".0123456789") or domain[0].lower() in MAIL_PROVIDERS):
            return None  # `arrived at office.com`: ordinary English
    out = [(s.start(), s.end(), "@" if s is at else ".") for s in seps if s.group() != ("@" if s is at else ".")]
    if tld != domain[-1]:
        out.append((len(found) - len(domain[-1]), len(found), tld))
    return out


def _char_ref_edits(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _CHAR_REF.finditer(text):
        dec, hexa, name, esc = m.groups()
        if name is not None:
            out.append((m.start(), m.end(), _NAMED_REFS[name]))
            continue
        code = int(dec) if dec is not None else int(hexa or esc, 16)
        if 0x20 <= code <= 0x7E or _decoded_letter(code) or code in (0x09, 0x0A, 0x0D):
            out.append((m.start(), m.end(), chr(code)))  # a tab or line break too: a value broken over two lines
        elif 0x80 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            # what normalisation undoes in the character itself, it undoes in its reference: an invisible one goes,
            # a dash look-alike is a dash, another script's digit a digit (&#56;&#8203;&#48;..., \u0030\u2010\u0031)
            rep = _char_replacement(chr(code))
            if rep in _UNDONE_IN_REFERENCES or (len(rep) == 1 and rep.isascii() and rep.isdigit()):
                out.append((m.start(), m.end(), rep))
    return out


def _decoded_letter(code: int) -> bool:
    """A code point that an encoding may hide a name or word in (see _LETTER_RANGES); × and ÷ are no letters."""
    return any(lo <= code <= hi for lo, hi in _LETTER_RANGES) and code not in (0xD7, 0xF7)


def _qp_letter_edits(text: str) -> list[tuple[int, int, str]]:
    """=EA=B3=B5=EC=8B=9C=EC=9A=B0 -> 공시우: each Hangul syllable a quoted-printable run spells, in place of its nine
    characters; a run that spells anything else stays (see _QP_LETTER_HINT)."""
    out: list[tuple[int, int, str]] = []
    for m in _QP_RUN.finditer(text):
        word_start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if "?Q?" in text[word_start : m.start()].upper():
            continue  # an RFC 2047 encoded-word (=?UTF-8?Q?=EC=98=A5…?=): decode.py reads it whole, charset and all
        try:
            decoded = bytes.fromhex(m.group().replace("=", "")).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if all("가" <= c <= "힣" for c in decoded):
            out += [(m.start() + 9 * i, m.start() + 9 * i + 9, c) for i, c in enumerate(decoded)]
    return out


def _percent_letter_edits(text: str) -> list[tuple[int, int, str]]:
    """applicantName=%EC%84%B1%EB%82%98%EC%9D%80 -> applicantName=성나은: each character that runs of percent escapes
    spell (see _percent_chars), in place of its escapes. The runs of one stretch (Nguy%E1%BB%85n%20V%C4%83n, plain
    letters between them) are read together: each must spell text, one of them a letter outside ASCII. A stretch with
    a digit between its runs is a value with its label (%EC%A3%BC%EB%AF%BC%20900101...) or a sentence: detectors.decode
    reads it as one segment, as it reads a run that spells a digit."""
    out: list[tuple[int, int, str]] = []
    for stretch in _PERCENT_STRETCH.finditer(text):
        if _HAS_PLAIN_DIGIT.search(stretch.group()) is not None:
            continue
        runs = [
            (m.start(), _percent_chars(bytes.fromhex(m.group().replace("%", ""))))
            for m in _PERCENT_RUN.finditer(text, stretch.start(), stretch.end())
        ]
        if not any(chars and any(_decoded_letter(ord(c)) for c, _ in chars) for _, chars in runs):
            continue
        if any(chars is None for _, chars in runs):
            continue
        for pos, chars in runs:
            for ch, width in chars or ():
                out.append((pos, pos + 3 * width, ch))
                pos += 3 * width
    return out


def _percent_chars(raw: bytes) -> list[tuple[str, int]] | None:
    """The characters a run of escaped bytes spells, each with its byte count, when the run is text: UTF-8, or CP949
    (the EUC-KR superset older Korean sites put in their URLs, %B1%E8 for 김) when every character is then a Hangul
    syllable or printable ASCII. None for anything else: binary, or a run with a digit (%EC%A3%BC...%39%30..., a value
    and its label: detectors.decode reads such a run as one segment and reports it on the whole run)."""
    try:
        text = raw.decode("utf-8")
        codec = "utf-8"
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp949")
        except UnicodeDecodeError:
            return None
        if not all(" " <= c <= "~" or "\uac00" <= c <= "\ud7a3" for c in text):
            return None
        codec = "cp949"
    if not text.isprintable() or any("0" <= c <= "9" for c in text):
        return None
    return [(c, len(c.encode(codec))) for c in text]


def _octal_letter_edits(text: str) -> list[tuple[int, int, str]]:
    """"\354\206\214\354\230\210\353\246\260.pdf" -> "소예린.pdf": each character a run of octal escapes spells (see
    _percent_chars), in place of its escapes, when the run spells a letter outside ASCII."""
    out: list[tuple[int, int, str]] = []
    for m in _OCTAL_RUN.finditer(text):
        raw = bytes(int(m.group()[k + 1 : k + OCTAL_WIDTH], 8) for k in range(0, len(m.group()), OCTAL_WIDTH))
        chars = _percent_chars(raw)
        if not chars or not any(_decoded_letter(ord(c)) for c, _ in chars):
            continue
        pos = m.start()
        for ch, width in chars:
            out.append((pos, pos + OCTAL_WIDTH * width, ch))
            pos += OCTAL_WIDTH * width
    return out


def _spaced_caps_edits(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _SPACED_CAPS.finditer(text):
        base = m.start(1)
        for k, word in enumerate(_WORD_GAP.split(m.group(1))):
            if k:
                gap = _WORD_GAP.match(text, base)
                assert gap is not None
                out.append((base, gap.end(), " "))
                base = gap.end()
            out.extend((base + i, base + i + 1, "") for i in range(1, len(word), 2))
            base += len(word)
    return out


def _spaced_edits(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _SPACED.finditer(text):
        run = m.group(1)
        if not _LETTER_OR_AT.search(run):
            continue  # spaced digits alone: detectors.digits reads them as groups
        base = m.start(1)
        out.extend((base + k, base + k + 1, "") for k in range(1, len(run), 2))
    return out


def _is_at(sep: str) -> bool:
    word = sep.strip(" []{}()<>_")
    return word in ("at", "AT", "At", "앳", "@", "＠", "﹫") or "골뱅이" in word or "도메인" in word or "domain" in word


def _at_dot_edits(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _AT_DOT.finditer(text):
        word = m.group(1).lower()
        start, end = m.span()
        # take one space on each side with it: `hong [at] korea` -> `hong@korea`
        start -= start > 0 and text[start - 1] == " "
        end += end < len(text) and text[end] == " "
        out.append((start, end, "@" if word in ("at", "골뱅이", "@") else "."))
    return out


_SHIFT_NOTE = re2.compile(SHIFT_NOTE_HINT)


def _needs_work(text: str) -> bool:
    """One re2 pass (a DFA over the UTF-8 bytes): could anything below produce an edit?"""
    return _TRIGGER.search(text) is not None


def normalize(text: str) -> Normalized:
    """Return the normalised text with its offset map. Pure; safe to call from many threads.

    Fast path: ASCII and Hangul text with nothing to undo (the usual prompt) costs one linear-time pass and
    keeps the identity map; only text that holds something to undo pays for the per-character work.
    """
    if not _needs_work(text):
        return Normalized(text, (), ())
    return _rounds(text, fast=True)


def _normalize_all(text: str) -> Normalized:
    """Every pass of every round, without the fast path (tests check that the fast path never skips an edit)."""
    return _rounds(text, fast=False)


def _rounds(text: str, fast: bool) -> Normalized:
    """Up to NORMALIZE_ROUNDS rounds, each on the last one's output, while a round edits something (`fast`: and while
    the output still holds something to undo)."""
    out = _one_round(text)
    for _ in range(NORMALIZE_ROUNDS - 1):
        if not out.edits or (fast and not _needs_work(out.text)):
            break
        again = _next_round(out, text if out.inner is None else out.inner.text)
        if not again.edits:
            break
        out = replace(again, inner=out)
    return out


def _next_round(last: Normalized, source: str) -> Normalized:
    """Another round on `last.text` (which `last`'s edits made of `source`), read only around the edits that can
    make a new reading possible: what removed characters (invisibles, spaces between letters, concatenation) or
    replaced one outside ASCII and Hangul (NFKC, dash look-alikes). Elsewhere the text is what the last round already
    read. Each stretch is widened to a line break (or a space) so that no word or number is cut; a text of nothing but
    disguises is read whole, once more."""
    text = last.text
    around = (
        (max(0, norm_start - ROUND_MARGIN), min(len(text), norm_end + ROUND_MARGIN))
        for orig_start, orig_end, norm_start, norm_end in last.edits
        # a conversion (a Hangul or English digit word, a letter for a digit) leaves nothing new to read; a character
        # decoded in place from a reference or escape may (Hangul digits as &#54036;&#44277;..., or %ED%8C%94...)
        if norm_end == norm_start
        or _EXOTIC.search(source, orig_start, orig_end)
        or source[orig_start] in _ESCAPE_STARTS
    )
    stretches = _joined(_widened_to_breaks(text, lo, hi) for lo, hi in _joined(around))
    raw: list[tuple[int, int, str]] = []
    for lo, hi in stretches:
        part = _one_round(text[lo:hi])
        raw += [(lo + a, lo + b, part.text[c:d]) for a, b, c, d in part.edits]
    return edited(text, raw)


def _joined(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans given in order of their starts, those that overlap or touch joined into one."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _widened_to_breaks(text: str, lo: int, hi: int) -> tuple[int, int]:
    """[lo, hi) widened to the line break before and after it within ROUND_SNAP characters, else to a space."""
    start = text.rfind("\n", max(0, lo - ROUND_SNAP), lo)
    if start < 0:
        start = text.rfind(" ", max(0, lo - ROUND_SNAP), lo)
    end = text.find("\n", hi, hi + ROUND_SNAP)
    if end < 0:
        end = text.find(" ", hi, hi + ROUND_SNAP)
    return (start + 1 if start >= 0 else (0 if lo <= ROUND_SNAP else lo)), (end if end >= 0 else min(len(text), hi))


# An e-mail address typed with the keyboard left in Korean mode (ㅓㅑ재ㅐ.ㅗ무92@ㅇ며ㅡ.ㅜㄷㅅ is jiwoo.han92@daum.net,
# the two-set layout's keys): each syllable or letter back to the keys that typed it, where the address that gives
# ends in a top-level domain people use. The keys of each jamo on the standard two-set (두벌식) layout.
# DUBEOLSIK read backwards, and a double vowel or final as the two keys of its two jamo (ㅘ: hk, ㄺ: fr).
_IME_KEYS = {jamo: key for key, jamo in DUBEOLSIK.items()}
_IME_KEYS.update(
    {double: _IME_KEYS[pair[0]] + _IME_KEYS[pair[1]] for pair, double in {**_DOUBLE_VOWELS, **_DOUBLE_FINALS}.items()}
)
_IME_ADDRESS = re.compile(r"[ㄱ-ㅣ가-힣A-Za-z0-9._%+\-]{2,64}@[ㄱ-ㅣ가-힣A-Za-z0-9.\-]{3,64}")
MIN_IME_JAMO = 2
_IME_TLD = re.compile(r"\.(?:com|net|org|kr|co\.kr|or\.kr|go\.kr|ac\.kr|jp|io|edu|gov)$")


def _typed_keys(c: str) -> str:
    """The keys that type one Hangul syllable or letter on the two-set layout (재 -> wo), lower-cased."""
    if c in _IME_KEYS:
        return _IME_KEYS[c].lower()
    code = ord(c) - 0xAC00
    if not 0 <= code < 11172:
        return c
    jamo = (_CHO[code // 588], _JUNG[code % 588 // 28], _JONG[code % 28])
    return "".join(_IME_KEYS.get(j, "") for j in jamo).lower()


def _ime_address_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for m in _IME_ADDRESS.finditer(text):
        token = m.group()
        if sum("ㄱ" <= c <= "ㅣ" for c in token) < MIN_IME_JAMO:
            continue  # typing in the wrong mode leaves loose letters (ㅓㅑ); syllables alone are Korean words
        typed = "".join(_typed_keys(c) for c in token)
        if _IME_TLD.search(typed) and typed.count("@") == 1:
            edits.extend(
                (m.start() + k, m.start() + k + 1, _typed_keys(c))
                for k, c in enumerate(token)
                if "ㄱ" <= c <= "ㅣ" or "가" <= c <= "힣"
            )
    return edits


# A right-to-left override makes what follows display backwards (`\u202e15685088M\u202c` shows M88058651): the text
# between it and its pop (or the line's end) is read the way it displays.
_RLO = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]{1,64})[\u202c\u2069]?")


def _one_round(text: str) -> Normalized:
    """Every pass once."""
    raw = _exotic_edits(text)
    # passes that read a run of exotic characters whole take it from the one that reads them one by one
    whole = _ime_address_edits(text) if "@" in text else []
    if "\u202e" in text:
        whole += [(m.start(), m.end(), m.group(1)[::-1]) for m in _RLO.finditer(text)]
    whole += _ime_passport_edits(text)
    if _BRAILLE_RUN.search(text):
        whole += _braille_edits(text)
    if _TURNED_GATE.search(text):
        whole += _turned_edits(text)
    if whole:
        taken = {k for a, b, _ in whole for k in range(a, b)}
        raw = [e for e in raw if e[0] not in taken] + whole
    # Written-out e-mail first: where its edits and the bracketed at/dot pass cover the same `[at]`, the sort
    # below keeps one of two identical edits.
    if _EMAIL_HINT.search(text):
        raw += _written_email_edits(text)
        if "골뱅이" in text or " 앳 " in text:
            raw += _spelt_email_edits(text)
    if "[" in text or "(" in text or "{" in text or "<" in text:
        raw += _at_dot_edits(text)
    if "%" in text:
        raw += [(m.start(), m.end(), chr(int(m.group(1) or m.group(2), 16))) for m in _PERCENT_ASCII.finditer(text)]
        raw += [(m.start(), m.end(), "@") for m in _PERCENT_AT.finditer(text)]
        raw += [(m.start(), m.end(), ".") for m in _PERCENT_DOT.finditer(text)]
        raw += _percent_letter_edits(text)
    if "=E" in text and _QP_HINT.search(text):
        raw += _qp_letter_edits(text)
    if _HANGUL_DIGIT_PAIR.search(text):
        raw += _hangul_digit_edits(text)
    raw += _o_for_zero_edits(text)
    raw += _ocr_number_edits(text)
    if " as in " in text or " for " in text:
        raw += _spelled_letter_edits(text)
    if _NATO_GATE.search(text):
        raw += [
            (m.start(), m.end(), _NATO_WORDS[m.group(1).lower()])
            for m in _NATO_BEFORE_DIGITS.finditer(text)
            if _PASSPORT_WORD.search(text, max(0, m.start() - NATO_PASSPORT_REACH), m.start())
        ]
    if ("로 " in text or "길 " in text) and _SAID_BUILDING.search(text):
        raw += _said_building_edits(text)
    if "-" in text or "." in text:
        raw += _spelt_word_edits(text)
    if _NATO_PASSPORT_GATE.search(text):
        raw += _nato_passport_edits(text)
    raw += _en_digit_edits(text)
    if _EN_WORD_PAIR.search(text):
        raw += _mixed_digit_edits(text)
    if _NATIVE_WORD.search(text):
        raw += _native_digit_edits(text)
    if _KONGLISH_HINT.search(text):
        raw += _konglish_digit_edits(text)
    if _SHIFTED_TOKEN.search(text):
        raw += _shifted_digit_edits(text)
    raw += [(m.start(2), m.end(2), "-") for m in _HALVES.finditer(text)]
    for m in _CARD_HALVES.finditer(text):
        if proven_card(m.group(1) + m.group(3)):
            raw.append((m.start(2), m.end(2), "-"))
    raw += _field_halves_edits(text)
    if _PHONE_FIELDS_GATE.search(text):
        for m in _PHONE_FIELDS.finditer(text):
            raw += [(m.start(1), m.end(1), "-"), (m.start(2), m.end(2), "-")]
    if _CARD_FIELDS_GATE.search(text):
        for m in _CARD_FIELDS.finditer(text):
            bounds = [m.start(), m.start(1), m.end(1), m.start(2), m.end(2), m.start(3), m.end(3), m.end()]
            if proven_card("".join(text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True))):
                raw += [(m.start(g), m.end(g), "-") for g in (1, 2, 3)]
    if "\\" in text:
        raw += [(m.start(), m.end(), "") for m in _ESCAPED_PUNCT.finditer(text)]
    if "\n" in text and _SPLIT_HINT.search(text):
        raw += _split_line_edits(text)
    raw += _gapped_halves_edits(text)
    if "," in text and _THOUSANDS_HINT.search(text):
        raw += _formatted_resident_edits(text)
    if "1," in text and _THOUSANDS_MOBILE_HINT.search(text):
        raw += _formatted_mobile_edits(text)
    raw += [(m.start(1), m.end(1), "-") for m in _DASH_WORD.finditer(text)]
    if "에" in text:
        raw += [(m.start(), m.end(), "-") for m in _PARTICLE_BETWEEN_GROUPS.finditer(text)]
    if _CONNECTOR_HINT.search(text):
        raw += _connected_group_edits(text)
    if _STRAY_HINT.search(text):
        raw += _stray_letter_edits(text)
    for m in _SPOKEN_IPV4.finditer(text):
        raw += [(m.start() + d.start(), m.start() + d.end(), ".") for d in _SPOKEN_DOT.finditer(m.group())]
    for m in _HEX_IPV4.finditer(text):
        base = m.start(1)
        raw += [(base + o.start(), base + o.end(), str(int(o.group(1), 16))) for o in _HEX_OCTET.finditer(m.group(1))]
    if "&" in text or "\\u" in text:
        raw += _char_ref_edits(text)
    if "\\" in text:
        raw += _octal_letter_edits(text)
    raw += _spaced_edits(text)
    if "  " in text:
        raw += _spaced_caps_edits(text)
    if "_" in text:
        raw += [(m.start(), m.end(), "-") for m in _UNDERSCORE_BETWEEN_DIGITS.finditer(text)]
    raw += [(m.start(), m.end(), "-") for m in _X_BETWEEN_DIGITS.finditer(text)]
    raw += _alternating_edits(text)
    if '"' in text or "'" in text:
        raw += [(m.start(), m.end(), "") for m in _CONCAT.finditer(text)]
        if "oncat" in text or "ONCAT" in text:
            for call in _CONCAT_CALL.finditer(text):
                raw += [(m.start(), m.end(), "") for m in _CONCAT_ARGS.finditer(text, call.start(1), call.end(1))]
        if "join" in text:
            for call in _JOIN_CALL.finditer(text):
                g = 1 if call.start(1) >= 0 else 2
                raw += [(m.start(), m.end(), "") for m in _CONCAT_ARGS.finditer(text, call.start(g), call.end(g))]
    if "[" in text:
        raw += _digit_array_edits(text)
    if _SHIFT_NOTE.search(text):
        raw += shifted_digit_edits(text)
    if "천" in text or "백" in text or POSITIONAL_CHAIN.search(text):
        raw = _with_positional_groups(text, raw)
    return edited(text, raw)


def edited(text: str, raw: list[tuple[int, int, str]]) -> Normalized:
    """`text` with the edits (original start, original end, replacement) applied, and the offset map. Where edits
    overlap, the one that starts first wins (the others are dropped)."""
    if not raw:
        return Normalized(text, (), ())
    raw.sort()
    pieces: list[str] = []
    edits: list[_Edit] = []
    starts: list[int] = []
    pos = 0  # next original offset not yet copied
    npos = 0  # current normalised length
    for s, e, rep in raw:
        if s < pos:
            continue  # overlapping edit from a different pass: the first one wins
        pieces.append(text[pos:s])
        npos += s - pos
        edits.append((s, e, npos, npos + len(rep)))
        starts.append(npos)
        pieces.append(rep)
        npos += len(rep)
        pos = e
    pieces.append(text[pos:])
    return Normalized("".join(pieces), tuple(edits), tuple(starts))
