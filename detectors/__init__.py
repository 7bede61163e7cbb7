"""dlpgate detection engine: a pure function from text to typed findings (spans and scores, never values)."""

from detectors.engine import Engine, EngineSettings
from detectors.report import findings_to_json, render_text
from detectors.types import Category, Entity, Finding

__all__ = ["Category", "Engine", "EngineSettings", "Entity", "Finding", "findings_to_json", "render_text"]
