"""The engine's prefilter answers which patterns may match; it must never hide one that does.

A text longer than PREFILTER_SMALL bytes is read by PREFILTER_GROUPS smaller RE2 sets instead of one set of every
pattern (one DFA over all of them multiplied its states on base64, hex dumps and logs). Whichever path reads a text,
every pattern that finds a match in it must be reported as one that may match, and a set whose DFA gives up must
hand all of its own patterns, and only those, to the recognizers.
"""

from __future__ import annotations

import base64
import random

import pytest

from detectors import Engine
from detectors.base import PREFILTER_GROUPS, PREFILTER_SMALL, Re2Prefilter
from detectors.decode import B64_CHAIN, Segment
from detectors.engine import PIECE_GAP, PIECE_MARGIN, _piece_windows
from detectors.types import Entity

_RNG = random.Random(20261124)
_ORDINARY = (
    "민원인 홍길동 씨(연락처 010-2345-6789)는 서울특별시 종로구 세종대로 209 청사 민원실을 방문하여 주민등록번호 "
    "900101-1234567 로 본인 확인 후 서류를 제출했습니다. 처리 결과는 hong.gildong@example.com 으로 회신 요청.\n"
    "Attendees: Jennifer Clark, Dr. Robert Miller; staging server 10.0.12.7; 카드 4111 1111 1111 1111.\n"
    "환불 계좌는 신한은행 110-123-456789 (예금주 정수진)이며, 담당 주무관 한지민(044-205-1234)에게 문의 바랍니다.\n"
)


def _log(lines: int) -> str:
    return "\n".join(
        f"2024-05-{_RNG.randint(1, 28):02d} 12:{_RNG.randint(0, 59):02d}:07 INFO request id={_RNG.getrandbits(60):x} "
        f"path=/api/v1/items/{_RNG.randint(1, 99999)} status=200"
        for _ in range(lines)
    )


def _wrapped_b64(size: int) -> str:
    blob = base64.b64encode(_RNG.randbytes(size)).decode()
    return "\n".join(blob[i : i + 76] for i in range(0, len(blob), 76))


def _hexdump(lines: int) -> str:
    return "\n".join(" ".join(f"{_RNG.getrandbits(8):02x}" for _ in range(16)) for _ in range(lines))


TEXTS = {
    "short ordinary": _ORDINARY,
    "long ordinary": _ORDINARY * 40,
    "log": _log(400),
    "base64": _wrapped_b64(12_000),
    "hex dump": _hexdump(400),
    "log with data": _log(100) + "\n" + _ORDINARY + _log(100),
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name", list(TEXTS))
def test_every_pattern_that_matches_is_reported(engine: Engine, name: str) -> None:
    prefilter = engine._prefilter
    text = TEXTS[name]
    data = text.encode()
    matching = prefilter.matching(data)
    matched = [p for p in prefilter._keep if p.search(text) is not None]
    assert matched, name  # every shape holds something some pattern looks for
    missed = [p.pattern[:60] for p in matched if not prefilter.may_match(p, matching)]
    assert missed == [], name
    skipped = [p for p in prefilter._keep if not prefilter.may_match(p, matching)]
    assert skipped, name  # and the prefilter still spares some patterns their pass


def test_long_text_is_read_by_the_groups_and_short_text_by_one_set(engine: Engine) -> None:
    prefilter = engine._prefilter
    assert len(prefilter._whole) == 1 and len(prefilter._sets) == PREFILTER_GROUPS
    assert len(TEXTS["short ordinary"].encode()) <= PREFILTER_SMALL < len(TEXTS["long ordinary"].encode())
    grouped = sorted(n for _, _, local, _ in prefilter._sets for n in local.values())
    assert grouped == list(range(len(prefilter._keep)))  # each pattern in exactly one group


class _GivesUp:
    def Match(self, data: bytes) -> None:
        return None


def test_a_group_that_gives_up_hands_over_its_own_patterns_only() -> None:
    import re2

    patterns = [re2.compile(w) for w in ("홍길동", "김철수", "이영희", "박지훈")]
    prefilter = Re2Prefilter(patterns, groups=2)
    text = ("민원인 홍길동 씨 " * 400).encode()
    assert len(text) > PREFILTER_SMALL
    assert {i for i, p in enumerate(patterns) if prefilter.may_match(p, prefilter.matching(text))} == {0}
    _, sentinel, local, everything = prefilter._sets[1]
    prefilter._sets[1] = (_GivesUp(), sentinel, local, everything)
    found = prefilter.matching(text)
    assert {i for i, p in enumerate(patterns) if prefilter.may_match(p, found)} == {0} | set(everything)
    assert everything and everything != frozenset(range(len(patterns)))


def test_spaced_base64_is_left_out_of_the_prefilter_and_still_decoded(engine: Engine) -> None:
    """Spaced base64 is found on its own, outside the prefilter sets (its counted pattern made every set's DFA build
    states for each chunk length; B64_CHAIN, which replaced it, stays out too)."""
    assert id(B64_CHAIN) not in engine._prefilter._index
    line = "주민등록번호 850315-1234566 연락처 010-2345-6789"
    blob = base64.b64encode(line.encode()).decode()
    spaced = " ".join(blob[i : i + 8] for i in range(0, len(blob), 8))
    text = _log(200) + "\n풀어줘: " + spaced + "\n" + _log(200)
    assert any(f.entity == Entity.KR_RRN for f in engine.scan(text))


def _segment(start: int, decoded: str = "850315") -> Segment:
    return Segment(start, start + 8, decoded)


def test_pieces_far_apart_are_rescanned_in_windows_not_the_whole_text() -> None:
    size = 1_000_000
    pieces = [_segment(1_000), _segment(1_020), _segment(500_000), _segment(900_000)]
    windows = _piece_windows(pieces, size)
    assert [len(group) for _, _, group in windows] == [2, 1, 1]
    assert sum(hi - lo for lo, hi, _ in windows) < 3 * (2 * PIECE_MARGIN + PIECE_GAP)
    for lo, hi, group in windows:
        assert lo <= group[0].start - min(PIECE_MARGIN, group[0].start) and hi >= group[-1].end


def test_halves_encoded_apart_inside_a_long_log_are_still_joined(engine: Engine) -> None:
    """Red-team #6 (`ODUwMzE1 LTEyMzQ1NjY=`) inside a long text: the window around the two pieces is read joined."""
    text = _log(300) + "\n주민번호 ODUwMzE1 LTEyMzQ1NjY=\n" + _log(300) + "\n토큰 " + _b64("abc123") + " " + _b64("x9")
    assert any(f.entity == Entity.KR_RRN and f.score >= 0.85 for f in engine.scan(text))


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def test_a_set_too_big_to_compile_leaves_its_patterns_running(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern that grows past a set's memory makes RE2::Set refuse to compile: the engine still starts, and the
    patterns of that set are not indexed, so they always run."""
    import re2

    import detectors.base as base

    monkeypatch.setattr(base, "PREFILTER_MAX_MEM", 1 << 14)
    big = re2.compile("(?:" + "|".join(f"이름{i:04d}[가-힣]{{2,4}}" for i in range(400)) + ")")
    small = re2.compile("홍길동")
    prefilter = Re2Prefilter([big, small], groups=2)
    text = ("민원인 홍길동 씨 " * 600).encode()
    found = prefilter.matching(text)
    assert prefilter.may_match(big, found) and prefilter.may_match(small, found)
    assert prefilter.may_match(big, prefilter.matching("짧은 글".encode()))
