"""Exactly the recognizers that run, in one explicit tuple: a security tool lists what it executes."""

from __future__ import annotations

from detectors.recognizers.kr_rrn import KrRrnRecognizer

__all__ = ["RECOGNIZERS"]

RECOGNIZERS = (KrRrnRecognizer,)
