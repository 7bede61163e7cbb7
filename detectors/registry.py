"""Exactly the recognizers that run, in one explicit tuple: a security tool lists what it executes.

Order matters only for ties: when two findings cover the same span with the same score, the earlier wins.
"""

from __future__ import annotations

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

__all__ = ["RECOGNIZERS"]

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
