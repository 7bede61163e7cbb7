from __future__ import annotations

from tests.conftest import Gateway, Upstream


def test_chat_roundtrip_reaches_mock(gateway: Gateway, upstream: Upstream) -> None:
    resp = gateway.client().chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hello there"}]
    )
    completion = resp.parse()
    assert completion.choices[0].message.content == "echo: hello there"
    assert resp.headers["x-request-id"].startswith("req_")
    bodies = upstream.mock.bodies()
    assert len(bodies) == 1 and bodies[0]["messages"][0]["content"] == "hello there"
    assert upstream.mock.received[0].headers["authorization"] == "Bearer sk-upstream-" + "x" * 20
