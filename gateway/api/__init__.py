"""HTTP surface: OpenAI-compatible routes, admin and audit routes, operations routes."""
