"""Rendering findings for people (`dlpgate scan --format text`) and for machines (`--format json`).

`render_text` shows the caller's own text with typed spans, for local use by the person who owns it.
`findings_to_json` never carries a detected value: its excerpt replaces every span with <ENTITY>.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.types import Finding

__all__ = ["findings_to_json", "redact", "render_text"]

_ANSI_ON = "\x1b[1;31m"
_ANSI_TAG = "\x1b[2m"
_ANSI_OFF = "\x1b[0m"
EXCERPT_MAX = 2000


def _outermost(findings: Sequence[Finding]) -> list[Finding]:
    """Findings in order, dropping any that starts inside one already taken (spans may nest after
    decoding)."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def render_text(text: str, findings: Sequence[Finding], *, color: bool = False) -> str:
    """The text with each finding wrapped as [ENTITY:original text] (or highlighted with ANSI colours when
    `color`)."""
    parts: list[str] = []
    pos = 0
    for f in _outermost(findings):
        parts.append(text[pos : f.start])
        span = text[f.start : f.end]
        if color:
            parts.append(f"{_ANSI_ON}{span}{_ANSI_OFF}{_ANSI_TAG}[{f.entity.value} {f.score:.2f}]{_ANSI_OFF}")
        else:
            parts.append(f"[{f.entity.value}:{span}]")
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


def redact(text: str, findings: Sequence[Finding]) -> str:
    """The text with every finding replaced by <ENTITY>."""
    parts: list[str] = []
    pos = 0
    for f in _outermost(findings):
        parts.append(text[pos : f.start])
        parts.append(f"<{f.entity.value}>")
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


def findings_to_json(text: str, findings: Sequence[Finding]) -> dict[str, object]:
    """A JSON-ready dict: the findings (no values) and a redacted excerpt of the text."""
    return {
        "findings": [
            {
                "entity": f.entity.value,
                "category": f.entity.category.value,
                "start": f.start,
                "end": f.end,
                "score": round(f.score, 4),
                "recognizer": f.recognizer,
                "validated": f.validated,
            }
            for f in findings
        ],
        "redacted_excerpt": redact(text, findings)[:EXCERPT_MAX],
    }
