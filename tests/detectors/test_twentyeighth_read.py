"""Evidence added after the twenty-seventh and twenty-eighth held-out sets were read (their blind first runs, on the
fourteenth session's start and end, are in docs/benchmarks.md). The texts are written for these tests, not copied from
the sets."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.person_words import EN_CENSUS_SURNAMES, EN_ROLE_CUES
from detectors.types import Entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def found(engine: Engine, text: str, entity: Entity) -> list[str]:
    return [text[f.start : f.end] for f in engine.scan(text) if f.entity is entity and f.score >= 0.5]


# ---------------------------------------------------------------- English names with a rarer census surname


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role word before the pair; the given names are in no list, the surnames only in the census's
        ("Discharge summary for the ward: patient Oberon Stallworth, admitted Tuesday.", "Oberon Stallworth"),
        ("Sent over by the referring provider Quennell Mayhew, NP, on Monday.", "Quennell Mayhew"),
        ("Member Thisbe Gulliver asked to pause her gym plan for two months.", "Thisbe Gulliver"),
        ("The tenant Wystan Tolliver reported a leak under the sink.", "Wystan Tolliver"),
        # a field's label
        ("Insured: Peregrine Hollingsworth\nPolicy: LF-22817", "Peregrine Hollingsworth"),
    ],
)
def test_rarer_surname_after_a_role_or_label(engine: Engine, text: str, expected: str) -> None:
    assert expected in found(engine, text, Entity.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        # a weak cue (from, and) is not enough for a census-only surname: places and storms carry such words
        "The rocket will launch from Boca Chica next month.",
        "Storm recap: Hurricane Milton and Typhoon Hinnamnor both made landfall as major storms.",
        "Languages in the legacy tree: Haskell, Julia and Ada.",
    ],
)
def test_rarer_surname_after_a_weak_cue_is_no_name(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PERSON) == []


def test_census_list_and_role_cues() -> None:
    assert {"Hollingsworth", "Mayhew", "Tolliver", "Jardine", "Stallworth"} <= EN_CENSUS_SURNAMES
    assert "Smith" not in EN_CENSUS_SURNAMES  # the common ones stay in en_surnames.txt
    assert {"patient", "provider", "tenant", "member"} <= EN_ROLE_CUES


def test_name_run_together_in_its_mail_address(engine: Engine) -> None:
    text = "Litigation hold acknowledged by\nOttoline Pemberton (ottolinepemberton@harbourlaw.example) on Friday."
    assert found(engine, text, Entity.PERSON) == ["Ottoline Pemberton"]
    # a firm's name run together in its address is no person: neither word is a listed name
    text = "Vendor: Bluepeak Analytics (bluepeakanalytics@vendors.example) sent the invoice."
    assert found(engine, text, Entity.PERSON) == []
