"""Evidence added after the twentieth held-out set was read (its first run on the eleventh session's starting commit,
and its run at that session's end, both blind, are in docs/benchmarks.md). The texts are written for these tests,
not copied from the set."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.types import Entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def found(engine: Engine, text: str, entity: Entity, threshold: float = 0.5) -> list[str]:
    return [text[f.start : f.end] for f in engine.scan(text) if f.entity is entity and f.score >= threshold]


def names(engine: Engine, text: str) -> list[str]:
    return found(engine, text, Entity.PERSON)


MARKDOWN = """출입증 신청 명단
| 성명 | 여권번호 | 사업자번호 | 환급 계좌 |
|---|---|---|---|
| 오병철 | M227X1558 | 809-37-32467 | 1000-5710-2685 |
| 추민혁 | M16097021 | - | 100-004-914486 |"""


@pytest.mark.parametrize(
    ("entity", "expected"),
    [
        (Entity.KR_PASSPORT, ["M227X1558", "M16097021"]),
        (Entity.KR_BRN, ["809-37-32467"]),
        (Entity.BANK_ACCOUNT, ["1000-5710-2685", "100-004-914486"]),
    ],
)
def test_a_markdown_header_labels_its_columns_over_the_rule_line(
    engine: Engine, entity: Entity, expected: list[str]
) -> None:
    assert found(engine, MARKDOWN, entity) == expected


def test_an_e_tax_invoice_party_id_is_a_business_number(engine: Engine) -> None:
    text = "<TaxInvoice>\n  <InvoiceeParty>\n    <ID>3850031248</ID><NameText>하나로카페</NameText>\n  </InvoiceeParty>"
    assert found(engine, text, Entity.KR_BRN) == ["3850031248"]
    assert found(engine, text, Entity.BANK_ACCOUNT) == []  # the markup view's reading (하나 bank) does not add one


def test_an_insurance_card_column_key(engine: Engine) -> None:
    text = "PT_NM     JUMIN_NO         INS_CARD_NO    ADM_DT\n석영호    480311-1057474   8-7887966216   2025-03-02"
    assert found(engine, text, Entity.KR_HEALTH_INSURANCE) == ["8-7887966216"]
