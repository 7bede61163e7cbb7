from __future__ import annotations

import base64

from detectors.decode import MAX_SEGMENT, find_encoded, is_printable_text


def test_base64_hex_percent() -> None:
    b64 = base64.b64encode("연락처 010-1234-5678".encode()).decode()
    segs = find_encoded(f"a {b64} b 3031302d313233342d35363738 c %EC%97%B0%EB%9D%BD%EC%B2%98%20010")
    assert [s.decoded for s in segs] == ["연락처 010-1234-5678", "010-1234-5678", "연락처 010"]


def test_words_hashes_and_numbers_are_not_decoded() -> None:
    text = "internationalization 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 12345678901234"
    assert find_encoded(text) == []


def test_oversized_segment_is_skipped() -> None:
    assert find_encoded("QUFB" * (MAX_SEGMENT // 4 + 1)) == []


def test_is_printable_text() -> None:
    assert is_printable_text("hello 세계")
    assert not is_printable_text("\x00\x01\x02\x03\x04")
    assert not is_printable_text("abc")
