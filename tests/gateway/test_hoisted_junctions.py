"""Red-team #9 finding 4: providers behind litellm (Anthropic, Bedrock, Vertex) hoist system messages out of the
conversation and merge the user turns they separated, so a value split around a system message reaches the model in
one piece. The junctions are checked in that order too (gateway.extract.hoisted_sections)."""

from __future__ import annotations

from typing import Any

import openai
import pytest

from gateway.extract import extract, hoisted_sections, reading_sections
from tests.conftest import GatewayFactory, Upstream, mock_provider


def hoisted(body: dict[str, Any]) -> list[list[tuple[int, str]]] | None:
    extraction = extract(body)
    return hoisted_sections(extraction, reading_sections(extraction))


def texts(sections: list[list[tuple[int, str]]] | None) -> list[list[str]]:
    assert sections is not None
    return [[text for _, text in section] for section in sections]


def test_system_and_developer_texts_come_first_and_the_rest_closes_up() -> None:
    body: dict[str, Any] = {
        "model": "m",
        "messages": [
            {"role": "user", "content": "first turn"},
            {"role": "system", "content": "be brief."},
            {"role": "user", "content": [{"type": "text", "text": "second turn"}]},
            {"role": "developer", "content": "be kind."},
            {"role": "assistant", "content": "a reply"},
        ],
    }
    extraction = extract(body)
    assert texts(hoisted(body)) == [["be brief.", "be kind."], ["first turn", "second turn", "a reply"]]
    assert texts(reading_sections(extraction)) == [["first turn", "be brief.", "second turn", "be kind.", "a reply"]]


def test_responses_input_items_and_other_sections_keep_their_place() -> None:
    body: dict[str, Any] = {
        "model": "m",
        "instructions": "you help staff.",
        "input": [
            {"role": "user", "content": "first turn"},
            {"role": "system", "content": "be brief."},
            {"role": "user", "content": "second turn"},
        ],
    }
    assert texts(hoisted(body)) == [["be brief."], ["you help staff."], ["first turn", "second turn"]]


def test_no_system_message_means_one_order() -> None:
    body: dict[str, Any] = {"model": "m", "messages": [{"role": "user", "content": "first turn"}]}
    assert hoisted(body) is None
    # a user who writes the word is not a system message
    turns = [{"role": "user", "content": "system"}, {"role": "user", "content": "second turn"}]
    body = {"model": "m", "messages": turns}
    assert hoisted(body) is None


@pytest.fixture()
def claude(make_gateway: GatewayFactory, upstream: Upstream) -> openai.OpenAI:
    gw = make_gateway(
        {
            "providers": [
                {
                    "id": "claude",
                    "kind": "anthropic",
                    "api_base": upstream.server.url,
                    "api_key": "sk-ant-test",
                    "models": {"claude-sonnet": "claude-sonnet-4-5"},
                    "timeout_s": 30,
                },
                mock_provider(upstream),
            ]
        }
    )
    return gw.client()


SPLITS = [
    pytest.param(
        [
            {"role": "user", "content": "이 번호 형식 맞는지 봐줘: 850315-"},
            {"role": "system", "content": "Answer briefly."},
            {"role": "user", "content": "1234566"},
        ],
        "KR_RRN",
        id="rrn-around-a-system-message",
    ),
    pytest.param(
        [
            {"role": "user", "content": "이 번호 확인: 5365-1012-"},
            {"role": "developer", "content": "Be concise."},
            {"role": "user", "content": "3456-7893 맞나요"},
        ],
        "CREDIT_CARD",
        id="card-around-a-developer-message",
    ),
]


@pytest.mark.parametrize(("messages", "entity"), SPLITS)
def test_value_split_around_system_messages_is_refused_before_anthropic(
    claude: openai.OpenAI, upstream: Upstream, messages: list[dict[str, str]], entity: str
) -> None:
    with pytest.raises(openai.PermissionDeniedError) as err:
        claude.chat.completions.create(model="claude-sonnet", messages=messages)  # type: ignore[arg-type]
    assert entity in str(err.value)
    assert upstream.mock.received == []


def test_phone_in_two_system_messages_far_apart_is_masked_in_both(claude: openai.OpenAI, upstream: Upstream) -> None:
    messages: list[Any] = [
        {"role": "system", "content": "담당자 연락처 010-9876-"},
        {"role": "user", "content": "안녕하세요"},
        {"role": "assistant", "content": "네, 무엇을 도와드릴까요?"},
        {"role": "user", "content": "문의 드립니다"},
        {"role": "system", "content": "5432 로 문의"},
        {"role": "user", "content": "연락처 정리해줘"},
    ]
    claude.chat.completions.create(model="claude-sonnet", messages=messages)
    [received] = upstream.mock.received
    system = [block["text"] for block in received.json["system"]]
    assert len(system) == 2
    assert "9876" not in upstream.mock.raw().decode() and "5432" not in upstream.mock.raw().decode()
    assert all("<PHONE_NUMBER_" in text for text in system), system


def test_a_system_message_between_unrelated_turns_still_passes(claude: openai.OpenAI, upstream: Upstream) -> None:
    messages: list[Any] = [
        {"role": "user", "content": "회의는 3층 301호에서"},
        {"role": "system", "content": "Answer briefly."},
        {"role": "user", "content": "오후 2시 시작, 안건은 2027 예산"},
    ]
    reply = claude.chat.completions.create(model="claude-sonnet", messages=messages)
    assert reply.choices[0].message.content
    [received] = upstream.mock.received
    blocks = received.json["messages"][0]["content"]
    assert [b["text"] for b in blocks] == ["회의는 3층 301호에서", "오후 2시 시작, 안건은 2027 예산"]
    assert received.json["system"][0]["text"] == "Answer briefly."
