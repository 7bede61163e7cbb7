"""Red-team #9 finding 12: romanised names in `messages[].name`, `user` and `safety_identifier`."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from gateway.name_fields import is_romanised_name
from tests.conftest import Gateway, Upstream


@pytest.mark.parametrize(
    "name",
    [
        "Kim_Minsu",
        "hong-gildong",
        "MinsuKim",
        "minsu.kim_korea.kr",
        "kimminsu",
        "Jihoon_Park",
        "PARK_Jihoon",
        "John_Smith",
    ],
)
def test_names_as_identifiers(name: str) -> None:
    assert is_romanised_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "code_bot",
        "researcher",
        "Tool_Runner",
        "assistant",
        "user_1234",
        "kimchi",
        "parking",
        "data_analyst",
        "search_agent",
        "ParkingBot",
        "Lee",
        "kimbap",
        "planner",
        "SQL_Expert",
        "gpt-4o-helper",
    ],
)
def test_agent_and_tool_names_are_not_names(name: str) -> None:
    assert not is_romanised_name(name)


def test_the_name_field_is_masked_with_a_placeholder_it_accepts(gateway: Gateway, upstream: Upstream) -> None:
    body: dict[str, Any] = {
        "model": "gpt-4o-mini",
        "user": "hong-gildong",
        "messages": [
            {"role": "system", "name": "code_bot", "content": "You write greetings."},
            {"role": "user", "name": "Kim_Minsu", "content": "내 이름으로 인사말 써줘"},
        ],
    }
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=gateway.headers(), json=body)
    assert r.status_code == 200, r.text
    assert r.headers["x-dlp-decision"] == "masked"
    sent = upstream.mock.bodies()[0]
    raw = upstream.mock.raw().decode()
    assert "Kim_Minsu" not in raw and "hong-gildong" not in raw
    assert {sent["messages"][1]["name"], sent["user"]} == {"PERSON_1", "PERSON_2"}
    assert sent["messages"][0]["name"] == "code_bot"
