"""dlpgate detection engine: a pure function from text to typed findings (spans and scores, never values)."""

from detectors.engine import Engine, EngineSettings
from detectors.report import findings_to_json, render_text
from detectors.types import Category, Deadline, Entity, Finding, ScanIncomplete

__all__ = [
    "Category",
    "Deadline",
    "Engine",
    "EngineSettings",
    "Entity",
    "Finding",
    "ScanIncomplete",
    "findings_to_json",
    "render_text",
]
