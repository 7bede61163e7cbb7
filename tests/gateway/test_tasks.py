"""Background tasks stop even when a library swallows their cancellation (the gateway must honour SIGTERM)."""

from __future__ import annotations

import asyncio

import pytest

from gateway.tasks import cancel_and_wait


async def test_a_retry_loop_that_swallows_its_cancellation_is_cancelled_again() -> None:
    swallowed = 0

    async def retry_loop() -> None:
        nonlocal swallowed
        while True:
            try:
                await asyncio.sleep(10)  # a read that a library turned into its own error when cancelled
            except asyncio.CancelledError:
                if swallowed:
                    raise
                swallowed += 1  # the loop logs "lost" and retries

    task = asyncio.create_task(retry_loop())
    await asyncio.sleep(0)
    await asyncio.wait_for(cancel_and_wait([task]), timeout=5)  # `task.cancel(); await task` never returned
    assert task.cancelled() and swallowed == 1


async def test_an_error_a_task_ended_with_is_raised_and_none_is_skipped() -> None:
    async def broken() -> None:
        raise RuntimeError("boom")

    task = asyncio.create_task(broken())
    await asyncio.sleep(0)
    with pytest.raises(RuntimeError):
        await cancel_and_wait([None, task])
