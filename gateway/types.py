"""Shapes shared across the gateway, named once. Frozen and slotted: built at the edges, then only read."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from detectors.types import Entity

__all__ = [
    "DecisionKind",
    "Endpoint",
    "Principal",
    "ProviderRoute",
    "Role",
    "SlotFinding",
    "TextSlot",
]


class Role(enum.StrEnum):
    STAFF = "staff"
    AUDITOR = "auditor"
    ADMIN = "admin"


class Endpoint(enum.StrEnum):
    CHAT = "chat.completions"
    COMPLETIONS = "completions"
    EMBEDDINGS = "embeddings"
    RESPONSES = "responses"
    MODELS = "models"


class DecisionKind(enum.StrEnum):
    """Stored in audit rows: a rename is a migration."""

    ALLOWED = "allowed"
    MASKED = "masked"
    WARNED = "warned"  # refused until the client resends with a justification
    JUSTIFIED = "justified"  # a warned request resent with a justification, forwarded
    BLOCKED = "blocked"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Principal:
    key_id: str
    user: str
    role: Role
    department: str | None


@dataclass(frozen=True, slots=True)
class ProviderRoute:
    """One model of one provider entry: where a request for `client_model` goes."""

    provider_id: str
    kind: str
    client_model: str
    upstream_model: str
    api_base: str | None
    transport: str
    stream_usage: bool = True  # the provider's `stream_usage`: streams may carry `stream_options` upstream


@dataclass(frozen=True, slots=True)
class TextSlot:
    """One scannable text inside a request. `path` addresses it (messages[2].content[0].text)."""

    path: str
    text: str


@dataclass(frozen=True, slots=True)
class SlotFinding:
    """A detector finding located in one slot; positions only, never the value."""

    slot: int
    entity: Entity
    start: int
    end: int
    score: float
    recognizer: str
    validated: bool | None = field(default=None)
    detail: str | None = field(default=None)  # e.g. which registered document matched, and how much
