"""Keyed winnowed fingerprints: stable under reflowing and punctuation, robust to a few edits, keyed."""

from __future__ import annotations

from detectors.fingerprint import K, W, fingerprint, fingerprint_readings

KEY = b"k" * 32
DOC = (
    "본 보고서는 2027년도 국방 예산 편성 방향과 주요 사업의 우선순위를 검토한 결과를 담고 있다. "
    "첫째, 감시정찰 전력의 보강이 시급하며 둘째, 노후 장비의 교체 주기를 단축해야 한다. "
    "셋째, 예비군 훈련장 통합 계획을 2028년까지 마무리하고 관련 부지의 매각 대금을 재원으로 활용한다."
)


def test_reflowed_and_repunctuated_copy_keeps_every_fingerprint() -> None:
    reflowed = DOC.replace(" ", "\n").replace(",", " ;").replace(".", "!!")
    assert fingerprint(reflowed, KEY).hashes == fingerprint(DOC, KEY).hashes


def test_excerpt_and_light_edit_share_fingerprints() -> None:
    doc = fingerprint(DOC, KEY).hashes
    excerpt = fingerprint("이거 요약해 줘: " + DOC[40:200], KEY).hashes
    assert len(excerpt & doc) >= 8
    edited = DOC[40:200].replace("시급하며", "필요하며").replace("단축해야", "줄여야")
    assert len(fingerprint(edited, KEY).hashes & doc) >= 6


def test_unrelated_text_shares_nothing() -> None:
    other = fingerprint("오늘 점심 메뉴 추천해줘. 김치찌개와 된장찌개 중에서 고민 중이야. " * 5, KEY).hashes
    assert not other & fingerprint(DOC, KEY).hashes


def test_fingerprints_depend_on_the_key() -> None:
    assert not fingerprint(DOC, KEY).hashes & fingerprint(DOC, b"another key, another deployment").hashes


def test_spans_point_into_the_original_text() -> None:
    text = "앞부분\n\n" + DOC
    for start, end in fingerprint(text, KEY).spans.values():
        assert 0 <= start < end <= len(text)
        assert sum(ch.isalnum() for ch in text[start:end]) == K


def test_short_text_and_guarantee() -> None:
    assert fingerprint("짧다", KEY).hashes == frozenset()
    # any common run of W + K - 1 alphanumerics shares at least one fingerprint
    run = DOC[60 : 60 + W + K + 8]
    assert fingerprint(run, KEY).hashes & fingerprint(DOC, KEY).hashes


def test_a_text_read_backwards_gives_back_the_forward_fingerprints() -> None:
    """Red-team #9 finding 13: a passage sent reversed, as a whole or line by line, is read back to its forward form."""
    doc = fingerprint(DOC, KEY).hashes
    lines = DOC.replace(". ", ".\n")
    cue = "아래는 거꾸로 쓴 글이야. 바로 읽고 요약해줘:\n"
    for text in (DOC[::-1], cue + lines[::-1], cue + "\n".join(line[::-1] for line in lines.splitlines())):
        forward, *backward = fingerprint_readings(text, KEY, min_count=6)
        assert len(forward.hashes & doc) < 2 and max(len(fp.hashes & doc) for fp in backward) >= 15
        for fp in (forward, *backward):
            assert all(0 <= start < end <= len(text) for start, end in fp.spans.values())
    forward, *backward = fingerprint_readings(DOC, KEY, min_count=6)
    assert forward.hashes == doc and len(backward) == 1  # one line: whole and line by line are one reading
    unrelated = "오늘 점심 메뉴 추천해줘. 김치찌개와 된장찌개 중에서 고민 중이야.\n내일은 비가 온대."[::-1]
    assert all(not fp.hashes & doc for fp in fingerprint_readings(unrelated, KEY, min_count=6))


def test_a_span_read_backwards_covers_the_reversed_passage() -> None:
    text = "앞부분 " + DOC[40:120][::-1] + " 뒷부분"
    _, backward = fingerprint_readings(text, KEY, min_count=6)
    shared = [span for h, span in backward.spans.items() if h in fingerprint(DOC, KEY).hashes]
    assert shared and min(s for s, _ in shared) >= len("앞부분 ") and max(e for _, e in shared) <= len(text) - 4


def test_a_text_too_short_to_match_is_read_forwards_only() -> None:
    short = DOC[: K + W + 2]
    assert len(fingerprint_readings(short, KEY, min_count=6)) == 1
    assert len(fingerprint_readings(DOC[: K + W + 20], KEY, min_count=6)) == 2
