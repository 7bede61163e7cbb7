"""Stock Presidio as the issue measured it: default recognizers plus its five Korean ones, KR phone region.

"KR phone region switched on" is read literally: the phone recognizer keeps Presidio's default regions
(`PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS`: US, GB, DE, FR, IL, IN, CA, BR) and KR is added to them. (Before
2026-11-23 this file replaced them with KR, US, UK, DE; "UK" is not a region code python-phonenumbers knows, so
that ran three regions and made Presidio's phone recognizer, its slowest part, about 2.5x faster than stock.)
The five Korean recognizers are registered for the language the analyzer runs in, so one `analyze` call runs
everything, as one call would with a real Korean pipeline.

No spaCy model is installed, so the NLP engine is a blank English pipeline (tokens only: no lemmas, no NER),
registered for the one language used. The only change to stock behaviour: tldextract (used by Presidio's
e-mail and URL recognizers) is pointed at its bundled suffix list, so the comparison never touches the network.
Importing this module is cheap; `build_presidio()` does the work.
"""

from __future__ import annotations

from typing import Any

# Presidio entity -> dlpgate entity, for scoring on the same labels.
ENTITY_MAP = {
    "KR_RRN": "KR_RRN",
    "KR_FRN": "KR_ALIEN_REG",
    "KR_BRN": "KR_BRN",
    "KR_PASSPORT": "KR_PASSPORT",
    "KR_DRIVER_LICENSE": "KR_DRIVER_LICENSE",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "IP_ADDRESS": "IP_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD",
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
    "IBAN_CODE": "BANK_ACCOUNT",
}
LANGUAGE = "en"


def build_presidio() -> Any:
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer
    from presidio_analyzer.predefined_recognizers.country_specific.korea import (
        KrBrnRecognizer,
        KrDriverLicenseRecognizer,
        KrFrnRecognizer,
        KrPassportRecognizer,
        KrRrnRecognizer,
    )

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tldextract.extract = offline

    class BlankNlpEngine(SpacyNlpEngine):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": LANGUAGE, "model_name": "blank"}])
            self.nlp = {LANGUAGE: spacy.blank("en")}

        def load(self) -> None:
            return None

    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    registry.load_predefined_recognizers(languages=[LANGUAGE])
    registry.remove_recognizer("PhoneRecognizer")
    regions = (*PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS, "KR")
    registry.add_recognizer(PhoneRecognizer(supported_regions=regions, supported_language=LANGUAGE))
    for cls in (KrRrnRecognizer, KrFrnRecognizer, KrBrnRecognizer, KrPassportRecognizer, KrDriverLicenseRecognizer):
        registry.add_recognizer(cls(supported_language=LANGUAGE))
    return AnalyzerEngine(registry=registry, nlp_engine=BlankNlpEngine(), supported_languages=[LANGUAGE])


def presidio_scan(analyzer: Any, text: str) -> list[tuple[str, int, int, float]]:
    """(dlpgate entity or Presidio's own name, start, end, score) for every result."""
    out = []
    for r in analyzer.analyze(text=text, language=LANGUAGE):
        out.append((ENTITY_MAP.get(r.entity_type, r.entity_type), r.start, r.end, float(r.score)))
    return out
