"""The justification is stored as a skeleton (red-team #9 finding 6): what the checks miss (numbers spelled in
words, romanised names written as identifiers) is never stored, everyday words of a reason are; the record keeps
the reason's length. Through real HTTP, then read back from the audit API and the database file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from gateway.audit import DEFAULT_VOCABULARY, _spells_number, skeleton_text
from gateway.justification import JUSTIFICATION_WORDS
from tests.conftest import Gateway, GatewayFactory, Upstream, mock_provider
from tests.console.helpers import signin

WARN_EMAIL = {"entities": {"EMAIL_ADDRESS": "warn", "KR_RRN": "block"}}
PROMPT = [{"role": "user", "content": "메일 minsu.kim@korea.kr 에 회신 초안"}]
# The red team's three reasons, as sent (the stored text it read back had only the name and the marking replaced).
# Since positional numerals are read (red-team #9 finding 10) the detectors find the phone and the resident number
# too; the fourth reason holds numerals they still miss, which the skeleton drops all the same.
JUSTMARKS = {
    "팀장 승인, 담당 JUSTMARK 김민수 연락처 공일공 천이백삼십사 오천육백칠십팔": (
        "팀장 승인, 담당 … <PERSON> 연락처 <PHONE_NUMBER>"
    ),
    "JUSTMARK2 요청자 Kim_Minsu, 대외비 보고서 관련 회신": "… 요청자 …, <CLASSIFICATION_MARKING> 보고서 관련 회신",
    "JUSTMARK3 주민번호 팔십오만 삼백십오 다시 백이십삼만 사천오백육십육": "… 주민번호 <KR_RRN>",
    "JUSTMARK4 팀장 승인, 사번 이천삼백사십오 건": "… 팀장 승인, …",
}
MISSED = [
    "JUSTMARK",
    "공일공",
    "천이백삼십사",
    "오천육백칠십팔",
    "Kim_Minsu",
    "팔십오만",
    "삼백십오",
    "백이십삼만",
    "이천삼백사십오",
]
# two or more Hangul sino-Korean numerals in a row, or any digit or numeric character of any script
NUMERAL_RUN = re.compile("[영공일이삼사오육칠팔구십백천만억조]{2,}")


def _justified(gw: Gateway, reason: str) -> dict[str, Any]:
    """The audit record of the prompt sent with `reason`, once written."""
    client = gw.client(default_headers={"x-dlp-justification": quote(reason)})
    resp = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=PROMPT)  # type: ignore[arg-type]
    assert resp.headers["x-dlp-decision"] == "justified"
    return gw.audit_record(resp.headers["x-request-id"])


def _stored_bytes(gw: Gateway) -> bytes:
    assert gw.db_path is not None
    files = [gw.db_path, Path(f"{gw.db_path}-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def test_reasons_the_detectors_half_miss_are_stored_as_skeletons(
    make_gateway: GatewayFactory, upstream: Upstream
) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": WARN_EMAIL})
    for reason, skeleton in JUSTMARKS.items():
        rec = _justified(gw, reason)
        stored = rec["justification"]
        assert stored == skeleton
        assert rec["justification_chars"] == len(reason)
        assert not any(c.isnumeric() for c in stored) and not NUMERAL_RUN.search(stored), stored
    assert len(upstream.mock.received) == len(JUSTMARKS)
    raw = _stored_bytes(gw)
    assert not [m for m in MISSED if m.encode() in raw]


def test_an_ordinary_reason_stays_readable(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": WARN_EMAIL})
    reason = "팀장 승인, 민원 회신 초안 작성용"
    rec = _justified(gw, reason)
    assert rec["justification"] == reason
    assert rec["justification_chars"] == len(reason)
    rec = _justified(gw, "고객님께 회신하려고 보고서를 요약함")  # a particle or an ending after a word is left off
    assert rec["justification"] == "고객 회신 보고서 요약"
    rec = _justified(gw, "urgent customer reply for the legal team")
    assert rec["justification"] == "urgent customer reply for the legal team"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("고객 회신 二千 一百 건", "고객 회신 …"),  # hanja numerals
        ("고객 회신 eight five zero three", "고객 회신 …"),  # English number words
        ("고객 회신 ８５０３１５ ٨٥٠", "고객 회신 …"),  # fullwidth and Arabic-Indic digits
        ("고객 회신 스물다섯 서른하나", "고객 회신 …"),  # native Korean numerals
        ("고객 회신 kim85 minsu_kim 2026_조직개편안", "고객 회신 …"),  # identifiers
        ("고객 user.name@corp.example 회신", "고객 … 회신"),  # e-mail-like, vocabulary word `user` inside
        ("고객1234 회신", "… 회신"),  # a vocabulary word run on into digits is an identifier
    ],
)
def test_numbers_and_identifiers_never_survive(text: str, kept: str) -> None:
    vocabulary = DEFAULT_VOCABULARY | JUSTIFICATION_WORDS | {"eight", "user"}
    assert skeleton_text(text, [], vocabulary) == kept


def test_a_vocabulary_word_that_spells_a_number_is_not_kept() -> None:
    # 이천 is a city and 2000; 사천 a city and 4000: a vocabulary that held them still keeps no number
    vocabulary = DEFAULT_VOCABULARY | {"이천", "사천"}
    assert skeleton_text("이천오백 사천 고객", [], vocabulary) == "… 고객"


def test_no_kept_word_spells_a_number_or_looks_like_an_identifier() -> None:
    words = DEFAULT_VOCABULARY | JUSTIFICATION_WORDS
    assert not [w for w in words if _spells_number(w)]
    assert not [w for w in JUSTIFICATION_WORDS if "_" in w or not w.isalpha()]
    assert not {"이사", "조사", "공사", "사이"} & JUSTIFICATION_WORDS


def test_findings_win_over_identifier_runs() -> None:
    text = "고객 hong.gildong@example.org 회신"
    start = text.index("hong")
    out = skeleton_text(text, [(start, start + len("hong.gildong@example.org"), "EMAIL_ADDRESS")], DEFAULT_VOCABULARY)
    assert out == "고객 <EMAIL_ADDRESS> …"


def test_the_console_shows_the_skeleton_and_the_length(make_gateway: GatewayFactory, upstream: Upstream) -> None:
    gw = make_gateway({"providers": [mock_provider(upstream)], "policy": WARN_EMAIL})
    reason = next(iter(JUSTMARKS))
    rec = _justified(gw, reason)
    client, _ = signin(gw, "auditor")
    try:
        page = client.get(f"/admin/review/{rec['request_id']}")
    finally:
        client.close()
    assert page.status_code == 200
    assert f"원문 {len(reason)}자" in page.text and "연락처 &lt;PHONE_NUMBER&gt;" in page.text
    assert not [m for m in MISSED if m in page.text]
