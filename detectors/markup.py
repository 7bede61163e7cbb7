"""A second view of text whose markup splits a value: HTML tags, comments and Markdown emphasis between its parts.

`<span>850315</span>-<span>1234566</span>`, `**850315**-**1234566**`, `<td>850315</td><td>1234566</td>`,
`kim<span>@</span>example.org` and `홍<b>길</b>동` each hide a value from recognizers that read the text as written.
`markup_view` returns the text with such markup taken out, and the offset map back, or None when no markup stands
between two characters of a value. The engine scans this view as well as the text itself (detectors/engine.py), so
nothing the markup holds is lost: an attribute's value (`<a title="850315-1234566">`) is still read in the text, and
only what the view adds is reported from it.

What counts: a run of markup items (tags, comments, and the markers of emphasis that comes in pairs around text:
`**x**`, `*x*`, `~~x~~`, `` `x` ``, `__x__`), with at most MAX_GAP spaces or tabs between them, that has a value
character (a digit, a letter, a Hangul syllable, or `@ . - _`) directly on both sides, or a digit on one side and a
space and a digit on the other (digits written one at a time, some of them tagged: `<b>8</b> 0 0 <b>3</b> 1 3`).
Stars that pair with nothing are left: they are more often masked characters (`5365-10**-****-7890`,
`k***@naver.com`) than emphasis. A run without white space and without a block-level tag becomes nothing
(`850315</span>-<span>1234566` reads as one number); otherwise it becomes one space (`<td>850315</td><td>1234566`
reads as two groups, as a table's cells do). Linear: the patterns that
search the text are re2; a run's own check reads only the run.
"""

from __future__ import annotations

import re2

from detectors.normalize import Normalized, edited

__all__ = ["markup_view"]

MAX_GAP = 3
MAX_ATTRIBUTES = 300
MAX_EMPHASIS = 80
_TAG = re2.compile(
    rf"</?[A-Za-z][A-Za-z0-9]{{0,15}}(?:[ \t\n/][^<>]{{0,{MAX_ATTRIBUTES}}})?>|<!--[^<>]{{0,200}}-->"
    # CDATA sections and BBCode ([b]850315[/b], [color=red]...[/color])
    r"|<!\[CDATA\[|\]\]>|(?i:\[/?(?:b|i|u|s|url|color|size|font|quote|code|sup|sub|highlight)(?:=[^\[\]]{0,40})?\])"
)
# LaTeX: a command that opens a group (\textbf{850315}, 010\text{-}6684) and the brace that closes one; only read
# where the text holds such a command.
_LATEX_OPEN = re2.compile(r"\\[A-Za-z]{1,20}\{")
_LATEX_CLOSE = re2.compile(r"\}")
# Emphasis in pairs around text that holds a letter or digit and neither begins nor ends with a space, as Markdown
# reads it (`**850315**`, `~~x~~`, `` `1234566` ``): a lone run of stars is more often a masked character
# (`5365-10**-****-7890`), and `*** 와 k***` is two masks, not emphasis.
_EMPHASIS = re2.compile(
    "|".join(
        rf"{m}(?:[^{c}\s]|[^{c}\s][^{c}\n]{{0,{MAX_EMPHASIS}}}?[^{c}\s]){m}"
        for m, c in (
            ("\\*\\*\\*", "*"),
            ("\\*\\*", "*"),
            ("\\*", "*"),
            ("~~", "~"),
            ("``", "`"),
            ("`", "`"),
            ("__", "_"),
        )
    )
)
# Anything an item could start with: most prompts hold none and cost this one search.
_HINT = re2.compile(r"<[A-Za-z/!]|[*~`]|__|\[/?[A-Za-z]|\\[A-Za-z]")
_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt "
    "u var wbr url color size highlight cdata".split()
)
_TAG_NAME = re2.compile(r"<(?:!\[)?/?([A-Za-z][A-Za-z0-9]*)|\[/?([A-Za-z]+)")
_MARKER_CHARS = "*~`_"


def _value_char(c: str) -> bool:
    return c.isalnum() or c in "@.-_"


def _items(text: str) -> list[tuple[int, int]]:
    """Tags, comments and the markers of paired emphasis, in order."""
    items = [m.span() for m in _TAG.finditer(text)]
    if "\\" in text and _LATEX_OPEN.search(text):
        items += [m.span() for m in _LATEX_OPEN.finditer(text)]
        items += [m.span() for m in _LATEX_CLOSE.finditer(text)]
    for m in _EMPHASIS.finditer(text):
        start, end = m.span()
        if not any(c.isalnum() for c in m.group()):
            continue  # stars around a dash (`**-**`): masked characters, not emphasis
        before, after = text[start - 1 : start], text[end : end + 1]
        if before.isalnum() or after.isalnum() or "@" in (before, after) or m.group()[0] in (before, after):
            # opened after a letter or closed before one (`k***@naver.com, 010-***`), touching an `@`, or cut from a
            # longer run of its marker (`1******`, `010-****-5678 ... kim***@`): masks, not emphasis (ninth set)
            continue
        k = 0
        while start + k < end and text[start + k] == text[start] and k < 3:
            k += 1
        items += [(start, start + k), (end - k, end)]
    items.sort()
    return items


def markup_view(text: str) -> Normalized | None:
    """The text with markup between the parts of a value taken out, or None when there is none."""
    if _HINT.search(text) is None:
        return None
    runs: list[list[int]] = []
    for start, end in _items(text):
        if (
            runs
            and start >= runs[-1][1]
            and start - runs[-1][1] <= MAX_GAP
            and not text[runs[-1][1] : start].strip(" \t")
        ):
            runs[-1][1] = max(runs[-1][1], end)  # the next item, after nothing but a few spaces or tabs
        elif not runs or start >= runs[-1][1]:
            runs.append([start, end])
    n = len(text)
    splits = any(
        0 < start and end < n and _value_char(text[start - 1]) and _value_char(text[end]) for start, end in runs
    ) or any(_in_spaced_digits(text, start, end) for start, end in runs)
    if not splits:
        return None
    # once the view exists, all the markup goes from it (the tag before `<mark>엄</mark>정호` also stood between the
    # name and its title), each run as nothing or, where it held white space or a block tag, one space
    edits: list[tuple[int, int, str]] = []
    for start, end in runs:
        run = text[start:end]
        outside_tags = _TAG.sub("", run)
        spaced = " " in outside_tags or "\t" in outside_tags or _has_block_tag(run)
        edits.append((start, end, " " if spaced else ""))
    return edited(text, edits)


def _in_spaced_digits(text: str, start: int, end: int) -> bool:
    """A run inside digits written one at a time with a space between (`<b>8</b> 0 0 <b>3</b> 1 3`): a digit on one
    side of it, and on the other a space and a digit."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if before[-1:].isdigit():
        return len(after) == 2 and after[0] == " " and after[1].isdigit()
    return after[:1].isdigit() and len(before) == 2 and before[1] == " " and before[0].isdigit()


def _has_block_tag(run: str) -> bool:
    return any((m.group(1) or m.group(2)).lower() not in _INLINE_TAGS for m in _TAG_NAME.finditer(run))
