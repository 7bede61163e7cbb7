"""Exactly the recognizers that run, in one explicit tuple: a security tool lists what it executes.

Order matters only for ties: when two findings cover the same span with the same score, the earlier wins.
"""

from __future__ import annotations

import importlib

from detectors.base import Context
from detectors.context_words import NEGATIVE
from detectors.recognizers.bank_account import BankAccountRecognizer
from detectors.recognizers.classification_marking import ClassificationMarkingRecognizer
from detectors.recognizers.credit_card import CreditCardRecognizer
from detectors.recognizers.email_address import EmailAddressRecognizer
from detectors.recognizers.ip_address import IpAddressRecognizer
from detectors.recognizers.kr_alien_reg import KrAlienRegRecognizer
from detectors.recognizers.kr_brn import KrBrnRecognizer
from detectors.recognizers.kr_crn import KrCrnRecognizer
from detectors.recognizers.kr_driver_license import KrDriverLicenseRecognizer
from detectors.recognizers.kr_health_insurance import KrHealthInsuranceRecognizer
from detectors.recognizers.kr_passport import KrPassportRecognizer
from detectors.recognizers.kr_rrn import KrRrnRecognizer
from detectors.recognizers.location import LocationRecognizer
from detectors.recognizers.person import PersonRecognizer
from detectors.recognizers.phone_number import PhoneNumberRecognizer

__all__ = ["RECOGNIZERS", "context_words"]

RECOGNIZERS = (
    KrRrnRecognizer,
    KrAlienRegRecognizer,
    KrCrnRecognizer,
    KrPassportRecognizer,
    KrDriverLicenseRecognizer,
    KrHealthInsuranceRecognizer,
    CreditCardRecognizer,
    BankAccountRecognizer,
    KrBrnRecognizer,
    PhoneNumberRecognizer,
    EmailAddressRecognizer,
    IpAddressRecognizer,
    PersonRecognizer,
    LocationRecognizer,
    ClassificationMarkingRecognizer,
)


def context_words() -> frozenset[str]:
    """Every context word the recognizers react to (lower case, Korean and English, positive and negative): the
    keyword index the engine builds, and the public words an audit excerpt may keep."""
    words: set[str] = set(NEGATIVE)
    for cls in RECOGNIZERS:
        ctx = getattr(importlib.import_module(cls.__module__), "CONTEXT", None)
        if isinstance(ctx, Context):
            words.update(ctx.positive)
            words.update(ctx.negative)
    words.discard("")
    return frozenset(words)
