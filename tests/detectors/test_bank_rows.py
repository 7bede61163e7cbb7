"""Accounts told by their layout in a list or a row, with no account word beside them (fifteenth held-out set): a list
whose heading, header or an earlier item names accounts or banks, and a row that carries a proven resident number. The
look-alikes (order and invoice numbers in a person's row, a list of 접수번호, statute numbers, amounts, windows cut out
of a longer number) stay below the blocking score, and a heading reaches no further than its list."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.base import Document
from detectors.recognizers.bank_account import LAYOUT_READING, BankAccountRecognizer, _list_label
from tests.detectors.helpers import assert_below, assert_found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # tab rows under a heading that asks for the payment accounts, past the context window
        (
            "연구보조원 11월 근무시간 정리표. 초과 근무자 있는지 보고 지급계좌 확인 부탁\n"
            "나예솔\t연구지원팀\t31h\t352-7781-2290-14\n"
            "Maria Lopez\t대외협력팀\t36h\t612-903457-88215\n"
            "표지훈\t총무과\t18h\t207-418-552931",
            "207-418-552931",
        ),
        (
            "연구보조원 11월 근무시간 정리표. 초과 근무자 있는지 보고 지급계좌 확인 부탁\n"
            "나예솔\t연구지원팀\t31h\t352-7781-2290-14\n"
            "Maria Lopez\t대외협력팀\t36h\t612-903457-88215\n",
            "612-903457-88215",
        ),
        # a payment list that names banks in its heading
        (
            "지역아동센터 강사 12월 강사료 지급 명단이야, 은행별로 묶어서 정리해줘\n"
            "- 채다인 / 612-33-908172 / 010-4471-2093\n"
            "- 위승민 / 3318-2207-9154-6 / 010-5928-3307\n"
            "- 육가람 / 7702-18-4410263 / 010-2231-8864",
            "3318-2207-9154-6",
        ),
        # a DataFrame's header names the column
        (
            "출력 결과 정리해줘\n"
            "      name           phone            account\n"
            "0   설하람   010-2284-1937   291-3308-4471-52\n"
            "1   봉재윤   010-7731-2208   781204-02-551937\n",
            "781204-02-551937",
        ),
        # an earlier item names its bank
        (
            "행사 보조 인력 일당 지급 결의서 초안\n"
            "1) 견민재 — 신협 131-044-271883 — 2일\n"
            "2) 탁서율 — 302-5519-2264-07 — 3일",
            "302-5519-2264-07",
        ),
        # rows that carry a proven resident number, printed by pandas without header or word
        (
            "중복 수급 점검 결과 요약해줘\n>>> check(df)\n"
            "0  도은채    880412-1283748  281-55-7730218  중복\n"
            "1  맹규현    920730-2468107  512-4471-3306-29  중복",
            "281-55-7730218",
        ),
        (
            "중복 수급 점검 결과 요약해줘\n>>> check(df)\n"
            "0  도은채    880412-1283748  281-55-7730218  중복\n"
            "1  맹규현    920730-2468107  512-4471-3306-29  중복",
            "512-4471-3306-29",
        ),
        ("Nguyen Thi Mai | 910605-5627186 | 4407-3391-2285-6 | 확인", "4407-3391-2285-6"),
        # a bank's name and the word 계좌 before the number outweigh a health-insurance word further back
        (
            "청구서 확인. 피보험자 주민번호 751103-1902635, 건강보험증번호 5-2290418873, 수령계좌 토스뱅크 "
            "1000-4482-9371, 서류는 내일 도착.",
            "1000-4482-9371",
        ),
    ],
)
def test_layout_evidence_reports_accounts(engine: Engine, text: str, value: str) -> None:
    assert_found(engine, text, "BANK_ACCOUNT", value)


def test_the_insurance_number_stays_the_insurance_number(engine: Engine) -> None:
    text = "피보험자 주민번호 751103-1902635, 건강보험증번호 5-2290418873, 수령계좌 토스뱅크 1000-4482-9371"
    assert_found(engine, text, "KR_HEALTH_INSURANCE", "5-2290418873")
    assert_below(engine, text[: text.index("1000")] + "없음", {"BANK_ACCOUNT"})


@pytest.mark.parametrize(
    "text",
    [
        # order and invoice numbers in rows that carry a resident number
        "고객 반품 처리 목록\n도은채 880412-1283748 주문번호 281-55-7730218 반품\n"
        "맹규현 920730-2468107 주문번호 512-4471-3306-29 교환",
        "회수 대상\n도은채 | 880412-1283748 | 281-551-773021 | 송장 발행",
        # a table whose header calls the column something else
        "이름,주민번호,관리코드,비고\n도은채,880412-1283748,281-551-773021,확인\n맹규현,920730-2468107,512-338-401927,확인",
        # a list of 접수번호 under its label, one of them in a bank's layout
        "민원 접수번호 정리\n새올 2024-123-456789\n국민신문고 2023-882-104467\n정부24 2025-114-330218",
        "접수번호 목록\n- 221-330-118274\n- 581-902-776310\n- 804-115-392217",
        # year-led numbers in a person's row
        "점검 결과\n0  도은채  880412-1283748  2024-33-118274  완료",
        # statute numbers and amounts under a heading that names accounts
        "계좌 관련 법령 정리: 법률 제19213호, 시행령 제33445호 참고\n지급액 1,250,000원, 3,300,000원",
        # a test card and a driving licence beside a resident number: windows cut out of longer numbers
        "테스트 인물 — 주민번호 880412-1283748 / 카드 4111-1111-1111-1111 (테스트 카드)",
        "Driver 도은채 (license 11-04-589223-47, RRN 880412-1283748) rear-ended a taxi.",
        "Driver 도은채 (license 11 04 589223 47, RRN 880412-1283748)",
    ],
)
def test_look_alikes_stay_below(engine: Engine, text: str) -> None:
    assert_below(engine, text, {"BANK_ACCOUNT"})


@pytest.mark.parametrize(
    "text",
    [
        # a blank line ends the list the heading names accounts for
        "지급계좌 확인 부탁\n나예솔\t31h\t352-7781-2290-14\n\n출입 기록\n표지훈\t18h\t207-418-552931",
        # a new heading (a line without a digit) starts a list of its own
        "지급계좌 확인 부탁\n나예솔\t31h\t352-7781-2290-14\n장비 대여 기록 정리\n표지훈\t18h\t207-418-552931",
    ],
)
def test_heading_reach_stops_at_its_list(engine: Engine, text: str) -> None:
    assert_found(engine, text, "BANK_ACCOUNT", "352-7781-2290-14")
    found = [f for f in engine.scan(text) if text[f.start : f.end] == "207-418-552931" and f.score >= 0.5]
    assert found == []


def test_list_label_is_read_per_line_and_without_a_keyword_index() -> None:
    text = "지급계좌 확인\n나예솔\t352-7781-2290-14\n표지훈\t207-418-552931"
    doc = Document(text, frozenset((12, 13, 14)), frozenset(((3, 4, 4, 2), (3, 3, 6))))
    assert _list_label(doc, text.index("207"), LAYOUT_READING) == "계좌"
    assert sorted(text[f.start : f.end] for f in BankAccountRecognizer().find(doc) if f.score >= 0.5) == [
        "207-418-552931",
        "352-7781-2290-14",
    ]
