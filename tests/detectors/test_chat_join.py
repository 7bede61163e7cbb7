"""A value sent in pieces over consecutive messages of one sender, or over a wrapped line and its continuation
(detectors/chat_join.py): found with a span from the first piece to the last, and nothing joined elsewhere."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.chat_join import chat_view
from detectors.types import Entity
from tests.detectors.helpers import found


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        (
            "[2025-03-02 오후 4:11] 해바라기: 농협이에요\n[2025-03-02 오후 4:11] 해바라기: 302-1184\n"
            "[2025-03-02 오후 4:12] 해바라기: -5521-71 예금주 맹지수",
            Entity.BANK_ACCOUNT,
            ["302-1184\n[2025-03-02 오후 4:12] 해바라기: -5521-71"],
        ),
        (
            "[오전 9:40] 민트초코: 영수증은 hayoon.tak\n[오전 9:41] 민트초코: @naver.com 으로요",
            Entity.EMAIL_ADDRESS,
            ["hayoon.tak\n[오전 9:41] 민트초코: @naver.com"],
        ),
        (
            "보낸 문자 (오후 3:01): 제 번호 010-77\n보낸 문자 (오후 3:01): 31-2094 이에요",
            Entity.PHONE_NUMBER,
            ["010-77\n보낸 문자 (오후 3:01): 31-2094"],
        ),
        (
            "지급명단에서 복사했더니 이렇게 됨: 신한 110-482\n(다음 줄에 계속) -771203 / 예금주 확인 필요",
            Entity.BANK_ACCOUNT,
            ["110-482\n(다음 줄에 계속) -771203"],
        ),
    ],
)
def test_pieces_of_one_value_are_one_finding(engine: Engine, text: str, entity: Entity, expected: list[str]) -> None:
    assert found(engine, text, entity) == expected


def test_two_senders_pieces_stay_apart() -> None:
    text = "[오후 4:11] 해바라기: 302-1184\n[오후 4:12] 민들레: -5521-71"
    assert chat_view(text) is None


def test_words_between_messages_stay() -> None:
    # the second message starts with a word, not a piece of a value
    assert chat_view("[오후 4:11] 해바라기: 3시에 봬요\n[오후 4:12] 해바라기: 늦으면 연락할게요") is None


def test_only_the_gap_between_pieces_goes() -> None:
    text = "[오후 4:11] 해바라기: 계좌 302-1184\n[오후 4:12] 해바라기: -5521-71"
    view = chat_view(text)
    assert view is not None
    assert view.text == "[오후 4:11] 해바라기: 계좌 302-1184-5521-71"
