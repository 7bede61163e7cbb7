"""dlpgate: a data-loss-prevention gateway with an OpenAI-compatible endpoint. Importing it does nothing."""

__version__ = "0.1.0"
