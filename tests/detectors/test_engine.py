from __future__ import annotations

import base64
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from detectors import Deadline, Engine, EngineSettings, Entity, Finding, ScanIncomplete
from detectors.decode import MAX_DECODED_TOTAL
from detectors.engine import _REGEX_SYNTAX, _resolve_overlaps
from tests.detectors.helpers import assert_below, assert_found

MIXED = (
    "민원인 홍길동 씨(주민번호 900101-1234567, 연락처 010-1234-5678)가 hong@korea.kr 로 회신을 요청. "
    "Card 4111 1111 1111 1111, server 10.0.0.12. 주소: 서울특별시 종로구 세종대로 209."
)


def test_findings_are_sorted_and_inside_text(engine: Engine) -> None:
    found = engine.scan(MIXED)
    assert [(f.start, -f.end) for f in found] == sorted((f.start, -f.end) for f in found)
    assert {f.entity for f in found} >= {
        Entity.PERSON,
        Entity.KR_RRN,
        Entity.PHONE_NUMBER,
        Entity.EMAIL_ADDRESS,
        Entity.CREDIT_CARD,
        Entity.IP_ADDRESS,
        Entity.LOCATION,
    }
    for f in found:
        assert 0 <= f.start < f.end <= len(MIXED)
        assert 0.0 <= f.score <= 1.0


def test_findings_carry_no_values(engine: Engine) -> None:
    for f in engine.scan(MIXED):
        assert "900101" not in repr(f)
        assert set(Finding.__slots__) == {"entity", "start", "end", "score", "recognizer", "validated"}


def test_concurrent_scans_agree(engine: Engine) -> None:
    texts = [MIXED, "010-9876-5432", "주민등록번호 850315-1234566", MIXED * 3, "nothing here"] * 20
    expected = [engine.scan(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(engine.scan, texts))
    assert got == expected


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: base64.b64encode(s.encode()).decode(),
        lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("="),
        lambda s: s.encode().hex(),
        lambda s: "".join(f"\\x{b:02x}" for b in s.encode()),
        # urllib.parse.quote leaves the digits plain: only the label is encoded, and it is decoded in place
        # (tests/detectors/test_disguises_eighth_session.py)
        lambda s: "".join(f"%{b:02X}" for b in s.encode()),
    ],
)
def test_encoded_segment_maps_to_whole_segment(engine: Engine, encode: object) -> None:
    segment = encode("주민번호 900101-1234567")  # type: ignore[operator]
    text = f"decode: {segment} thanks"
    assert_found(engine, text, "KR_RRN", segment, 0.85)


def test_double_encoding_within_depth(engine: Engine) -> None:
    inner = base64.b64encode(b"RRN 900101-1234567").decode()
    outer = base64.b64encode(inner.encode()).decode()
    assert_found(engine, f"x {outer} y", "KR_RRN", outer, 0.85)


def test_text_still_encoded_below_the_decode_depth_is_refused_not_passed() -> None:
    shallow = Engine(EngineSettings(max_decode_depth=0))
    segment = base64.b64encode(b"RRN 900101-1234567").decode()
    with pytest.raises(ScanIncomplete) as exc:
        shallow.scan(f"x {segment} y")
    assert exc.value.reason == "encoded"
    assert shallow.scan("x 900101-1234567 y")  # plain text scans as ever
    deep = segment
    for _ in range(4):  # one layer more than the default engine unwraps
        deep = base64.b64encode(deep.encode()).decode()
    with pytest.raises(ScanIncomplete):
        Engine().scan(f"x {deep} y")


def test_a_segment_of_any_length_is_decoded_and_scanned(engine: Engine) -> None:
    # red-team #5: a base64 segment over 64 KiB was skipped unread and forwarded whole
    segment = base64.b64encode(("x" * 70_000 + " 주민등록번호 850315-1234566").encode()).decode()
    assert_found(engine, f"첨부: {segment}", "KR_RRN", segment, 0.85)


def test_more_decoded_text_than_the_budget_is_refused(engine: Engine) -> None:
    # red-team #5: after ~1.6 MB of harmless base64 chunks the budget was spent and a later RRN was not decoded
    chunk = base64.b64encode(("회의록 " * 2_000).encode()).decode()
    text = "\n".join([chunk] * (MAX_DECODED_TOTAL // 8_000 + 2) + [base64.b64encode(b"RRN 850315-1234566").decode()])
    with pytest.raises(ScanIncomplete) as exc:
        engine.scan(text)
    assert exc.value.reason == "encoded"


def test_a_passed_deadline_ends_the_scan(engine: Engine) -> None:
    deadline = Deadline(60)
    assert engine.scan("연락처 010-1234-5678", deadline)
    deadline.expire()
    with pytest.raises(ScanIncomplete) as exc:
        engine.scan("연락처 010-1234-5678", deadline)
    assert exc.value.reason == "time"


def test_context_before_encoded_segment_counts(engine: Engine) -> None:
    segment = base64.b64encode(b"110-123-456789").decode()
    assert_found(engine, f"신한은행 계좌 {segment}", "BANK_ACCOUNT", segment, 0.85)


def test_resolve_overlaps_keeps_best() -> None:
    a = Finding(Entity.KR_RRN, 0, 14, 0.9, "A", True)
    b = Finding(Entity.CREDIT_CARD, 0, 14, 0.5, "B", None)
    c = Finding(Entity.PHONE_NUMBER, 10, 20, 0.6, "C", None)
    d = Finding(Entity.EMAIL_ADDRESS, 20, 30, 0.9, "D", None)
    assert sorted(_resolve_overlaps([b, c, a, d]), key=lambda f: f.start) == [a, d]


def test_min_score_setting() -> None:
    strict = Engine(EngineSettings(min_score=0.95))
    assert all(f.score >= 0.95 for f in strict.scan(MIXED))


def test_missing_spacy_model_is_ignored() -> None:
    assert Engine(EngineSettings(spacy_models=("ko_core_news_sm_not_installed",))).scan("010-1234-5678")


def test_spacy_pipeline_named_by_path_is_used(tmp_path: Path) -> None:
    """A stand-in for an official model: a blank pipeline with an entity ruler, saved to disk and named in the
    settings by its path (no model can be downloaded here). Its PERSON and GPE entities become findings."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": [{"TEXT": "Zorblax"}, {"TEXT": "Quintero"}]},
            {"label": "GPE", "pattern": "Atlantis"},
        ]
    )
    nlp.to_disk(tmp_path / "stand_in")
    engine = Engine(EngineSettings(spacy_models=(str(tmp_path / "stand_in"),)))
    text = "Send the ledger to Zorblax Quintero in Atlantis."
    found = {(f.entity, text[f.start : f.end], f.recognizer) for f in engine.scan(text)}
    assert (Entity.PERSON, "Zorblax Quintero", "SpacyNerRecognizer") in found
    assert (Entity.LOCATION, "Atlantis", "SpacyNerRecognizer") in found


def test_directory_without_spacy_config_is_not_a_model(tmp_path: Path) -> None:
    assert Engine(EngineSettings(spacy_models=(str(tmp_path),))).scan("010-1234-5678")


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        # written-out forms that normalisation undoes, found in the caller's text
        ("상담 녹취: 번호는 공일공에 사칠이삼에 팔팔일구 입니다", "PHONE_NUMBER", "공일공에 사칠이삼에 팔팔일구"),
        ("my number is zero one zero, four seven two three, eight eight one nine", "PHONE_NUMBER",
         "zero one zero, four seven two three, eight eight one nine"),
        ("card four five three two, zero one eight eight, nine zero seven two, four one five seven", "CREDIT_CARD",
         "four five three two, zero one eight eight, nine zero seven two, four one five seven"),
        ("연락처 O1O-5527-3O18 로 부탁", "PHONE_NUMBER", "O1O-5527-3O18"),
        ("메일은 seoyeon_lim 골뱅이 naver.com 으로", "EMAIL_ADDRESS", "seoyeon_lim 골뱅이 naver.com"),
        ("contact: dahye.ko at gmail dot com", "EMAIL_ADDRESS", "dahye.ko at gmail dot com"),
        ("주민번호 891009_2031877 확인", "KR_RRN", "891009_2031877"),
        ("주민번호 앞자리 970612 뒷자리 2118295 입니다", "KR_RRN", "970612 뒷자리 2118295"),
        # context words in English for business and corporate numbers
        ("VENDOR=Hanul|BIZ_NO=2158703920|BANK=KEB Hana|ACCT=29191042738107", "KR_BRN", "2158703920"),
        ("account holder Kim Dohyun, company registration 160111-0288434.", "KR_CRN", "160111-0288434"),
    ],
)  # fmt: skip
def test_written_forms_found_in_original_text(engine: Engine, text: str, entity: str, value: str) -> None:
    start = text.index(value)
    found = {(f.entity.value, f.start, f.end) for f in engine.scan(text) if f.score >= 0.5}
    assert (entity, start, start + len(value)) in found


def test_direct_finding_beside_a_decoded_segment_is_kept(engine: Engine) -> None:
    """A `%40` e-mail is found directly; the percent-encoded RRN after it is decoded on a span that overlaps it.
    Both stay reported (the decoded one used to hide the e-mail)."""
    text = "GET /apply?email=subin.lee%40daum.net&rrn=%30%30%30%32%32%39%2D%34%30%39%39%31%33%36 HTTP/1.1"
    kinds = {f.entity.value for f in engine.scan(text) if f.score >= 0.5}
    assert {"EMAIL_ADDRESS", "KR_RRN"} <= kinds


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("주민번호 850315|1234566", "KR_RRN"),
        ("card 4111·1111·1111·1111", "CREDIT_CARD"),
        ("주민번호 [8, 5, 0, 3, 1, 5, 1, 2, 3, 4, 5, 6, 6]", "KR_RRN"),
        ("연락처 010    4827    1935", "PHONE_NUMBER"),
        ("연락처 0~1~0~4~8~2~7~1~9~3~5", "PHONE_NUMBER"),
        ("card 3782 🔒 822463 🔒 10005", "CREDIT_CARD"),
        ("주민번호 hex: 38 35 30 33 31 35 2d 31 32 33 34 35 36 36", "KR_RRN"),
        ("850315-------1234566", "KR_RRN"),
        # a letter or underscore stuck on a checksum-proven number does not hide it
        ("rrn_850315-1234566", "KR_RRN"),
        ("x850315-1234566", "KR_RRN"),
        ("cc4111111111111111", "CREDIT_CARD"),
    ],
)
def test_symbols_and_wide_gaps_between_digit_groups(engine: Engine, text: str, entity: str) -> None:
    assert entity in {f.entity.value for f in engine.scan(text) if f.score >= 0.5}


@pytest.mark.parametrize(
    "text",
    [
        "예산 1,234,567,000원 중 45.6%를 집행",
        "회의 10:30:45 시작, 11:15:00 종료",
        "버전 10.0.19045.3803, 빌드 2024|05|17",
        # digits someone already masked: the visible ones are not joined into a number
        "카드 5365-10**-****-7890 결제 완료",
        "주민번호 900101-1****** 확인",
        "전화 010-****-5678 로",
    ],
)
def test_ordinary_numbers_with_punctuation_stay_unflagged(engine: Engine, text: str) -> None:
    assert [f for f in engine.scan(text) if f.score >= 0.5] == []


def test_three_layers_of_base64_are_unwrapped(engine: Engine) -> None:
    blob = "주민등록번호 850315-1234566".encode()
    for _ in range(3):
        blob = base64.b64encode(blob)
    assert "KR_RRN" in {f.entity.value for f in engine.scan(f"값: {blob.decode()}") if f.score >= 0.5}


def test_best_disjoint_matches_the_plain_greedy_choice() -> None:
    """`_best_disjoint` keeps by binary search what the plain greedy choice keeps by comparing with everything."""
    import random

    from detectors.engine import _best_disjoint
    from detectors.types import Entity, Finding

    rng = random.Random(7)
    for _ in range(300):
        found = []
        for _ in range(rng.randint(2, 40)):
            start = rng.randint(0, 60)
            found.append(
                Finding(Entity.PHONE_NUMBER, start, start + rng.randint(1, 12), rng.choice((0.4, 0.6, 0.9)), "t")
            )
        cluster = list(range(len(found)))
        ranked = sorted(cluster, key=lambda i: (-found[i].score, -(found[i].end - found[i].start), i))
        plain: list[Finding] = []
        for i in ranked:
            if all(found[i].end <= k.start or k.end <= found[i].start for k in plain):
                plain.append(found[i])
        assert _best_disjoint(found, cluster) == plain


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("주민번호 6654321-513058 (거꾸로 적었어요)", "KR_RRN", "6654321-513058"),
        ("카드번호 거꾸로: 6630 3821 1510 2354", "CREDIT_CARD", "6630 3821 1510 2354"),
        ("연락처는 반대로 읽으세요 8765-4321-010", "PHONE_NUMBER", "8765-4321-010"),
        ("email reversed: rk.aerok@mik.usnim", "EMAIL_ADDRESS", "rk.aerok@mik.usnim"),
        ("첫 줄은 그대로\n8765 4321 010 :호번화전 (역순)", "PHONE_NUMBER", "8765 4321 010"),
    ],
)
def test_a_value_said_to_be_written_backwards_is_read_backwards(
    engine: Engine, text: str, entity: str, value: str
) -> None:
    # red-team #6: reversed cards, phones and e-mails passed; the text says so, and then every line is read backwards
    assert_found(engine, text, entity, value)


def test_without_a_word_saying_so_nothing_is_read_backwards(engine: Engine) -> None:
    assert_below(engine, "연락처 8765-4321-010", {"PHONE_NUMBER"}, 0.3)
    assert_below(engine, "reverse proxy 8765-4321-010", {"PHONE_NUMBER"}, 0.3)
    # the word alone finds nothing in text that holds nothing backwards
    assert engine.scan("반대로 생각하면 주문 12345 건은 괜찮습니다. 2024-01-15 회의") == ()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("\u202e9876-5432-010\u202c", "PHONE_NUMBER"),
        ("메일: \u202emoc.gnusmas@gnoh\u202c", "EMAIL_ADDRESS"),
        ("요약해 줘\n\u202e비외대\u202c\n2024년 사업 계획", "CLASSIFICATION_MARKING"),
    ],
)
def test_a_right_to_left_override_shows_typed_backwards_text(engine: Engine, text: str, entity: str) -> None:
    # red-team #7: U+202E displays `010-2345-6789` for characters typed as 9876-5432-010
    assert any(f.entity.value == entity and f.score >= 0.5 for f in engine.scan(text)), engine.scan(text)


def _in_variation_selectors(data: bytes) -> str:
    return "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in data)


def test_bytes_smuggled_in_variation_selectors_after_an_emoji(engine: Engine) -> None:
    # red-team #7: "emoji smuggling" hides each byte as one of the 256 variation selectors
    text = "메모 😀" + _in_variation_selectors("주민번호 850315-1234566".encode()) + " 확인"
    assert any(f.entity is Entity.KR_RRN and f.score >= 0.85 for f in engine.scan(text))
    # an emoji's own presentation selector, and selectors that spell no text, are just invisible
    assert engine.scan("😀\ufe0f 좋아요 👍🏻\ufe0f") == ()
    assert engine.scan("이모지 😀" + _in_variation_selectors(b"\xff\xfe\x00\x01abc")) == ()


def test_the_backwards_reading_does_not_spend_the_texts_decoding_budget(engine: Engine) -> None:
    # a text that decodes to most of one scan's budget, with a word that asks for the backwards reading too
    blob = base64.b64encode(("가나다라마바사 " * (MAX_DECODED_TOTAL // 10)).encode()).decode()
    text = "반대로 읽지 말고 그대로 요약해 줘: " + blob
    assert engine.scan(text) == ()


def test_regex_syntax_pattern_has_no_anchors() -> None:
    """Engine.scan looks for a regular expression's syntax in each finding's span only when the whole text holds some:
    sound only while the pattern has no anchor or word boundary, so that a match in a slice is one in the text."""
    for anchor in ("^", "$", "\\b", "\\B", "\\A", "\\z", "(?m"):
        assert anchor not in _REGEX_SYNTAX.pattern.replace("[^", "")
