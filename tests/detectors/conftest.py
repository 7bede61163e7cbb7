"""Shared fixtures for the detection tests: one engine per module (it is immutable and thread-safe)."""

from __future__ import annotations

import pytest

from detectors import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()
