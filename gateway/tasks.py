"""Stopping background tasks for good.

A retry loop that catches a library's errors can outlive `task.cancel()`: when the library turns the cancellation
into its own error (a Redis pub/sub read seen ending in ConnectionError while the gateway shut down), the loop
logs it, sleeps and goes on, and `await task` never returns, so the process ignores SIGTERM. Each task still
running after a short wait is cancelled again; the loop's next await (its back-off sleep) ends it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable
from typing import Any

__all__ = ["cancel_and_wait"]

RECANCEL_AFTER_S = 0.5


async def cancel_and_wait(tasks: Iterable[asyncio.Task[Any] | None]) -> None:
    """Cancel every task and return once all have ended; an exception a task ended with, other than its
    cancellation, is raised as `await task` would."""
    owned = [t for t in tasks if t is not None]
    pending = set(owned)
    while pending:
        for task in pending:
            task.cancel()
        _, pending = await asyncio.wait(pending, timeout=RECANCEL_AFTER_S)
    for task in owned:
        with contextlib.suppress(asyncio.CancelledError):
            await task
