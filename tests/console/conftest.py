"""Console fixtures: every httpx client a test opens is closed at teardown (filterwarnings = error)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest


@pytest.fixture(autouse=True)
def _close_http_clients(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    opened: list[httpx.Client] = []
    real_init = httpx.Client.__init__

    def tracking_init(self: httpx.Client, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        opened.append(self)

    monkeypatch.setattr(httpx.Client, "__init__", tracking_init)
    yield
    for client in opened:
        client.close()
