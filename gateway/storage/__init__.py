"""Persistent state: API keys, audit records, admin events, provider switches. SQLAlchemy Core, async."""
