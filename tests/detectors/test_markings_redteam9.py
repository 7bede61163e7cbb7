"""Red-team #9, finding 3 (docs/redteam-9.md): classification markings in ordinary phrasings and simple disguises.

The Unicode folding it needs: compatibility jamo typed with two-part vowels, and letters drawn as symbols.
"""

from __future__ import annotations

import unicodedata

import pytest

from detectors.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ㄷㅐㅇㅗㅣㅂㅣ", "대외비"),  # ㅗ ㅣ is ㅚ
        ("ㄱㅜㅓㄴㅎㅏㄴ", "권한"),  # ㅜ ㅓ is ㅝ
        ("ㄷㅏㄹㄱ", "닭"),  # ㄹ ㄱ is the final ㄺ
        ("ㅇㅏㄴㅈㅏ", "안자"),  # ㄴ before a vowel starts the next syllable
        ("ㄱㅏㅂㅅㅣ", "갑시"),  # ㅂ ㅅ: ㅅ before a vowel starts the next syllable
        ("ㅋㅋ", "ㅋㅋ"),  # no syllable to make (NFKC turns them into conjoining jamo)
    ],
)
def test_compatibility_jamo_compose_as_a_keyboard_does(text: str, expected: str) -> None:
    assert unicodedata.normalize("NFKC", normalize(text).text) == unicodedata.normalize("NFKC", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🆂🅴🅲🆁🅴🆃", "SECRET"),  # negative squared, U+1F170-1F189
        ("🅒🅞🅝", "CON"),  # negative circled, U+1F150-1F169
        ("🇸 🇪 🇨 🇷 🇪 🇹", "S E C R E T"),  # regional indicators, U+1F1E6-1F1FF
        ("🇰🇷 대한민국", "KR 대한민국"),  # a flag reads as its country's code
        ("🄲🄾🄽", "CON"),  # squared letters, which NFKC maps already
    ],
)
def test_letters_drawn_as_symbols_read_as_letters(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_symbol_letters_map_back_to_their_characters() -> None:
    text = "x 🆂🅴🅲🆁🅴🆃 y"
    norm = normalize(text)
    start = norm.text.index("SECRET")
    assert norm.span(start, start + 6) == (2, 8)
