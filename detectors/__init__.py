"""dlpgate detection engine: a pure function from text to typed findings."""

from detectors.engine import Engine, EngineSettings
from detectors.types import Category, Entity, Finding

__all__ = ["Category", "Engine", "EngineSettings", "Entity", "Finding"]
