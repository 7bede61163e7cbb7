"""Build detectors/data/en_given_names_more.txt and detectors/data/en_surnames.txt, the English name lists that
widen PersonRecognizer's hand-made ones (detectors/data/en_given_names.txt, person_words.EN_SURNAMES).

Sources, both read from this machine and nothing downloaded at run time:
- the person providers of Faker 40.40.0 (MIT licence), its locales en (given names from US birth records), en_US
  (census surnames), en_GB, en_NZ and en_IE: `--faker` names the wheel (/opt/pypi/files/faker-40.40.0-py3-none-any.whl
  here) or an unpacked copy;
- Debian's wamerican word list (/usr/share/dict/american-english, `apt-get install wamerican`), where ordinary words
  are written in lower case and proper names capitalised.

A name whose lower-case form is an ordinary English word (Grace, Royal, Hunter, River, Wren) is left out: a
capitalised word at a sentence's start or in a heading would read as a name. The hand-made lists keep their own
such names, each judged by hand (person.py's AMBIGUOUS_GIVEN asks a stronger cue of them). Names of three letters or
fewer, places and firms named like people (PLACES), names already in the hand-made lists, and the words person.py
lists as no names are left out too.

    python scripts/build_en_name_lists.py --faker /opt/pypi/files/faker-40.40.0-py3-none-any.whl

The output is deterministic for the same inputs (sorted, one name per line after a header).
"""

from __future__ import annotations

import argparse
import ast
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "detectors" / "data"
GIVEN_OUT = DATA / "en_given_names_more.txt"
SURNAME_OUT = DATA / "en_surnames.txt"
LOCALES = ("en", "en_US", "en_GB", "en_NZ", "en_IE")
GIVEN_ATTRS = ("first_names", "first_names_female", "first_names_male")
SURNAME_ATTRS = ("last_names",)
MIN_LENGTH = 4  # Asa, Imo, Ora: three-letter given names read as acronyms in capitals (ASA III, IMO FAL FORM)
# Places and institutions that birth records also give as given names or census lists as surnames (Boston, Stanford,
# Hopkins): a capitalised place in a sentence would read as a person. The hand-made lists judge their own.
PLACES = frozenset(
    """Alabama Alaska Arizona Arkansas California Carolina Colorado Dakota Delaware Florida Georgia Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Michigan Minnesota Mississippi Missouri Montana Nebraska
    Nevada Oregon Tennessee Texas Utah Vermont Virginia Wyoming Boston Austin Dallas Denver Houston Phoenix Orlando
    Atlanta Memphis Nashville Raleigh Savannah Sydney Paris London Berlin Vienna Geneva Milan Florence Venice Verona
    Lima Santiago Chicago Seattle Portland Cleveland Detroit Madison Lincoln Jackson Jefferson Washington Columbus
    Hampton Brooklyn Camden Chester Kent Essex York Oxford Cambridge Stanford Harvard Princeton Yale Tokyo Kyoto Seoul
    Busan India China Asia Africa America Kenya Israel Jordan Egypt Cairo Jersey Cuba Peru Chile Ireland Scotland
    Wales England Britain France Italy Spain Brazil Mexico Canada Manhattan Bronx Queens Hollywood Malibu Aspen
    Sedona Tahoe Sierra Nevada Hopkins Mellon Carnegie Rockefeller Vanderbilt Stanley Fargo Schwab Sachs Lynch
    Disney Walker Hilton Marriott Hyatt Kellogg Hershey Boeing Dell Ford Tesla Chrysler Dodge Porsche Ferrari""".split()
)
DICTIONARY = Path("/usr/share/dict/american-english")


def _provider_source(faker: Path, locale: str) -> str:
    member = f"faker/providers/person/{locale}/__init__.py"
    if faker.is_dir():
        return (faker / member).read_text(encoding="utf-8")
    with zipfile.ZipFile(faker) as wheel:
        return io.TextIOWrapper(wheel.open(member), encoding="utf-8").read()


def _names(source: str, attrs: tuple[str, ...]) -> set[str]:
    """The string literals assigned to `attrs` in the Provider class, read from the source without running it."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Assign) or not any(isinstance(t, ast.Name) and t.id in attrs for t in node.targets):
            continue
        value = node.value
        if isinstance(value, ast.Call) and value.args:  # OrderedDict((...)) of names and weights
            value = value.args[0]
        for elt in getattr(value, "elts", []):
            item = elt.elts[0] if isinstance(elt, ast.Tuple) else elt
            if isinstance(item, ast.Constant) and isinstance(item.value, str):
                out.add(item.value)
    return out


def _clean(names: set[str], words: set[str], known: set[str]) -> list[str]:
    return sorted(
        n
        for n in names
        if len(n) >= MIN_LENGTH
        and n.isalpha()
        and n[0].isupper()
        and n[1:].islower()
        and n.lower() not in words
        and n not in known
        and n not in PLACES
    )


def _write(path: Path, what: str, names: list[str]) -> None:
    header = (
        f"# {what}, one per line, for PersonRecognizer: generated by scripts/build_en_name_lists.py (do not edit by\n"
        "# hand) from Faker 40.40.0's person providers (MIT licence; locales en, en_US, en_GB, en_NZ, en_IE),\n"
        "# leaving out every name that Debian's wamerican word list has as an ordinary lower-case word, names of\n"
        "# three letters or fewer, places and firms named like people (the script's PLACES) and the names of the\n"
        "# hand-made lists.\n"
    )
    path.write_text(header + "".join(n + "\n" for n in names), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--faker", type=Path, required=True, help="Faker 40.40.0 wheel or unpacked directory")
    parser.add_argument("--dictionary", type=Path, default=DICTIONARY)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from detectors.recognizers.person import NOT_NAME_WORDS, _data_lines
    from detectors.recognizers.person_words import AMBIGUOUS_GIVEN, FIRST_NAMES, HAND_EN_SURNAMES

    words = {w.strip() for w in args.dictionary.read_text(encoding="utf-8").splitlines() if w.strip().islower()}
    given: set[str] = set()
    surnames: set[str] = set()
    for locale in LOCALES:
        source = _provider_source(args.faker, locale)
        given |= _names(source, GIVEN_ATTRS)
        surnames |= _names(source, SURNAME_ATTRS)
    listed = {w for line in _data_lines("en_given_names.txt") for w in line.split()}
    hand_given = listed | set(FIRST_NAMES) | set(AMBIGUOUS_GIVEN)
    given_out = _clean(given, words, hand_given | set(NOT_NAME_WORDS))
    surname_out = _clean(surnames, words, set(HAND_EN_SURNAMES) | set(NOT_NAME_WORDS))
    _write(GIVEN_OUT, "More English given names", given_out)
    _write(SURNAME_OUT, "English surnames", surname_out)
    sys.stdout.write(f"{len(given_out)} given names -> {GIVEN_OUT.relative_to(ROOT)}\n")
    sys.stdout.write(f"{len(surname_out)} surnames -> {SURNAME_OUT.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
