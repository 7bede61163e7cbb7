"""Red-team #9 finding 2: a table header in one text (an earlier message, the system prompt, a tool's description)
labels the rows of another."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from detectors import Engine
from gateway.scan_cache import SlotScanner
from gateway.table_headers import borrowed_header_findings
from tests.conftest import Gateway

ENGINE = Engine()


@pytest.fixture(scope="module")
def scanner() -> SlotScanner:
    return SlotScanner(ENGINE)


def found(scanner: SlotScanner, texts: list[str]) -> list[tuple[int, str, str]]:
    sections = [[(i, text) for i, text in enumerate(texts)]]
    findings = borrowed_header_findings(ENGINE, scanner, sections)
    return sorted({(f.slot, f.entity.value, texts[f.slot][f.start : f.end]) for f in findings})


@pytest.mark.parametrize(
    ("header", "row", "entity", "value"),
    [
        ("컬럼: 이름, 생년월일, 주민번호 뒷자리", "김민수,850315,1234566", "KR_RRN", "850315,1234566"),
        ("예금주, 계좌번호", "김민수,482901-04-193827", "BANK_ACCOUNT", "482901-04-193827"),
        ("성명, 건강보험증번호", "김민수,72948103625", "KR_HEALTH_INSURANCE", "72948103625"),
        ("성명, 운전면허번호", "김민수,118539721461", "KR_DRIVER_LICENSE", "118539721461"),
        ("CSV rows with columns: 성명, 계좌번호", "이영희,110-482-901938", "BANK_ACCOUNT", "110-482-901938"),
        ("columns are name, passport no, nationality", "Kim Minsu, M12345678, KOR", "KR_PASSPORT", "M12345678"),
        ("성명\t여권번호\t국적", "김민수\tM12345678\t대한민국", "KR_PASSPORT", "M12345678"),
    ],
)
def test_rows_read_under_a_header_from_another_text(
    scanner: SlotScanner, header: str, row: str, entity: str, value: str
) -> None:
    texts = [header, "네, 붙여넣어 주세요.", f"{row}\n"]
    assert (2, entity, value) in found(scanner, texts)
    # the same with the header told after the rows: it still names their columns
    assert (0, entity, value) in found(scanner, [row, header])


def test_the_nearest_header_before_the_rows_is_taken(scanner: SlotScanner) -> None:
    texts = ["주문번호, 수량", "예금주, 계좌번호", "김민수,482901-04-193827"]
    assert (2, "BANK_ACCOUNT", "482901-04-193827") in found(scanner, texts)
    texts = ["예금주, 계좌번호", "주문번호, 수량", "김민수,482901-04-193827"]
    assert not any(entity == "BANK_ACCOUNT" for _, entity, _ in found(scanner, texts))


@pytest.mark.parametrize(
    "texts",
    [
        ["제품, 수량, 가격", "볼펜,482901,1200"],  # a header of nothing sensitive labels nothing
        ["네, 좋아요, 감사합니다", "A동,3층,301호"],  # a sentence with commas is no header
        ["예금주, 계좌번호", "오늘 회의는 3시, 장소는 2층"],  # three cells: not the header's rows
        ["성명, 계좌번호\n김민수,482901-04-193827", "안녕하세요"],  # the header's own rows are its text's own scan
    ],
)
def test_nothing_borrowed_where_no_header_labels_a_row(scanner: SlotScanner, texts: list[str]) -> None:
    assert found(scanner, texts) == []


def test_a_text_without_a_delimiter_costs_no_scan(scanner: SlotScanner, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    real = scanner.scan

    def counting(texts: list[str], deadline: object = None) -> Any:
        calls.append(texts)
        return real(texts)

    monkeypatch.setattr(scanner, "scan", counting)
    borrowed_header_findings(ENGINE, scanner, [[(0, "예금주, 계좌번호"), (1, "계좌는 나중에 알려줄게")]])
    borrowed_header_findings(ENGINE, scanner, [[(0, "안녕하세요"), (1, "김민수,482901-04-193827")]])
    assert calls == []
    borrowed_header_findings(ENGINE, scanner, [[(0, "예금주, 계좌번호"), (1, "김민수,482901-04-193827")]])
    assert calls == [["예금주, 계좌번호\n김민수,482901-04-193827"]]


HEADER_AND_ROWS = [
    pytest.param(
        [
            {"role": "user", "content": "컬럼: 이름, 생년월일, 주소, 주민번호 뒷자리"},
            {"role": "assistant", "content": "네, 붙여넣어 주세요."},
            {"role": "user", "content": "김민수,850315,서울 종로구,1234566"},
        ],
        "KR_RRN",
        id="rrn-halves-in-columns",
    ),
    pytest.param(
        [
            {"role": "system", "content": "You receive CSV rows with columns: 성명, 계좌번호"},
            {"role": "user", "content": "김민수,482901-04-193827\n이영희,110-482-901938"},
        ],
        "BANK_ACCOUNT",
        id="header-in-the-system-prompt",
    ),
    pytest.param(
        [
            {"role": "user", "content": "성명, 건강보험증번호"},
            {"role": "user", "content": "김민수,72948103625"},
        ],
        "KR_HEALTH_INSURANCE",
        id="health-insurance",
    ),
    pytest.param(
        [
            {"role": "user", "content": "성명, 운전면허번호"},
            {"role": "user", "content": "김민수,118539721461"},
        ],
        "KR_DRIVER_LICENSE",
        id="driver-licence",
    ),
]


@pytest.mark.parametrize(("messages", "entity"), HEADER_AND_ROWS)
def test_rows_under_a_header_in_another_message_are_refused(
    gateway: Gateway, upstream: Any, messages: list[dict[str, str]], entity: str
) -> None:
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "messages": messages},
    )
    assert r.status_code == 403, r.text
    assert entity in r.text
    assert upstream.mock.received == []


def test_rows_in_tool_call_arguments_under_a_header_in_the_tool_description(gateway: Gateway, upstream: Any) -> None:
    tool = {
        "type": "function",
        "function": {
            "name": "register_payees",
            "description": "Registers payees. Input: CSV rows with columns: 성명, 계좌번호",
            "parameters": {"type": "object", "properties": {"rows": {"type": "string"}}},
        },
    }
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "register_payees", "arguments": json.dumps({"rows": "김민수,482901-04-193827"})},
    }
    messages = [
        {"role": "user", "content": "지급 대상 등록해줘"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
    ]
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "messages": messages, "tools": [tool]},
    )
    assert r.status_code == 403, r.text
    assert "BANK_ACCOUNT" in r.text
    assert upstream.mock.received == []


def test_an_ordinary_table_in_two_messages_passes(gateway: Gateway, upstream: Any) -> None:
    messages = [
        {"role": "user", "content": "컬럼: 품목, 수량, 단가"},
        {"role": "user", "content": "볼펜,120,450\n공책,80,1200"},
    ]
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        headers=gateway.headers(),
        json={"model": "gpt-4o-mini", "messages": messages},
    )
    assert r.status_code == 200, r.text
    assert "공책,80,1200" in upstream.mock.raw().decode()
