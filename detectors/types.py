"""Shared shapes of the detection engine: findings carry spans, never values.

A Finding points into the *original* text the caller passed to `Engine.scan` (after the offset map of
normalisation has been applied), so the gateway can mask it and the audit can record where it was without
ever holding the detected value itself.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from typing import Literal

__all__ = ["Category", "Deadline", "Entity", "Finding", "ScanIncomplete"]


class ScanIncomplete(Exception):
    """The engine could not scan all of a text, so nothing may be concluded from what it did scan: the caller
    refuses the text (fail closed). `reason` says why: "encoded" (more encoded text than one scan decodes, or
    encodings nested deeper than it unwraps) or "time" (the caller's deadline passed)."""

    def __init__(self, reason: Literal["encoded", "time"]) -> None:
        super().__init__(reason)
        self.reason = reason


class Deadline:
    """When a scan must give up (time.monotonic seconds). The engine checks it between its stages; `expire` ends
    every scan that holds this deadline at its next check (a replica shutting down does not wait for them)."""

    __slots__ = ("at",)

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def expire(self) -> None:
        self.at = float("-inf")

    def check(self) -> None:
        if time.monotonic() > self.at:
            raise ScanIncomplete("time")


class Category(enum.StrEnum):
    """Broad groups the policy may address at once."""

    NATIONAL_ID = "national_id"
    FINANCIAL = "financial"
    CONTACT = "contact"
    IDENTITY = "identity"
    NETWORK = "network"
    OFFICIAL = "official"


class Entity(enum.StrEnum):
    """Entity codes. They are stored in audit rows: a rename is a migration."""

    KR_RRN = "KR_RRN"
    KR_ALIEN_REG = "KR_ALIEN_REG"
    KR_PASSPORT = "KR_PASSPORT"
    KR_DRIVER_LICENSE = "KR_DRIVER_LICENSE"
    KR_BRN = "KR_BRN"
    KR_CRN = "KR_CRN"
    KR_HEALTH_INSURANCE = "KR_HEALTH_INSURANCE"
    PHONE_NUMBER = "PHONE_NUMBER"
    BANK_ACCOUNT = "BANK_ACCOUNT"
    CREDIT_CARD = "CREDIT_CARD"
    EMAIL_ADDRESS = "EMAIL_ADDRESS"
    IP_ADDRESS = "IP_ADDRESS"
    PERSON = "PERSON"
    LOCATION = "LOCATION"
    # Undisclosed official data (issue "Undisclosed official data").
    CLASSIFICATION_MARKING = "CLASSIFICATION_MARKING"
    CONFIDENTIAL_DOCUMENT = "CONFIDENTIAL_DOCUMENT"
    INTERNAL_TERM = "INTERNAL_TERM"

    @property
    def category(self) -> Category:
        return _CATEGORY[self]


_CATEGORY: dict[Entity, Category] = {
    Entity.KR_RRN: Category.NATIONAL_ID,
    Entity.KR_ALIEN_REG: Category.NATIONAL_ID,
    Entity.KR_PASSPORT: Category.NATIONAL_ID,
    Entity.KR_DRIVER_LICENSE: Category.NATIONAL_ID,
    Entity.KR_BRN: Category.IDENTITY,
    Entity.KR_CRN: Category.IDENTITY,
    Entity.KR_HEALTH_INSURANCE: Category.NATIONAL_ID,
    Entity.PHONE_NUMBER: Category.CONTACT,
    Entity.BANK_ACCOUNT: Category.FINANCIAL,
    Entity.CREDIT_CARD: Category.FINANCIAL,
    Entity.EMAIL_ADDRESS: Category.CONTACT,
    Entity.IP_ADDRESS: Category.NETWORK,
    Entity.PERSON: Category.IDENTITY,
    Entity.LOCATION: Category.CONTACT,
    Entity.CLASSIFICATION_MARKING: Category.OFFICIAL,
    Entity.CONFIDENTIAL_DOCUMENT: Category.OFFICIAL,
    Entity.INTERNAL_TERM: Category.OFFICIAL,
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One detection: where, what, how sure. Never the matched text.

    start/end: half-open character offsets into the original text given to `Engine.scan`.
    score: 0.0..1.0 after context adjustment.
    recognizer: the recognizer's class name (stable, shown to auditors).
    validated: True when a checksum or similar proved it, False never (impossible matches are dropped),
      None when the format cannot be proven (e.g. post-2020 RRNs).
    """

    entity: Entity
    start: int
    end: int
    score: float
    recognizer: str
    validated: bool | None = None
