"""Build detectors/data/en_given_names_more.txt, en_surnames.txt and en_surnames_census.txt, the English name lists
that widen PersonRecognizer's hand-made ones (detectors/data/en_given_names.txt, person_words.EN_SURNAMES).

Sources, both read from this machine and nothing downloaded at run time:
- the person providers of Faker 40.40.0 (MIT licence), its locales en (given names from US birth records), en_US
  (census surnames), en_GB, en_NZ and en_IE: `--faker` names the wheel (/opt/pypi/files/faker-40.40.0-py3-none-any.whl
  here) or an unpacked copy;
- Debian's wamerican word list (/usr/share/dict/american-english, `apt-get install wamerican`), where ordinary words
  are written in lower case and proper names capitalised;
- the US Census Bureau's 1990 surname list (public domain), as the `names` 0.3.0 source package (MIT licence) ships
  it in names/dist.all.last: `--census` names that sdist (sha256 checked) or an unpacked copy. Faker holds only its
  first thousand surnames; the whole list (88,799 names, every surname of at least 0.001% of the population) reads
  Hollingsworth, Mayhew, Tolliver or Jardine as surnames (twenty-eighth held-out set). Surnames spelt Mc… in
  capitals are written McDonald; the list drops apostrophes and spaces (OBRIEN, VANDYKE), so those are left out.
  These go to a file of their own (en_surnames_census.txt), the ones Faker does not hold: among so many rare names
  are words and places of other languages (Chica, Milton, Keir, Haskell), so PersonRecognizer asks a stronger cue
  of them than of en_surnames.txt's (person_words.EN_CENSUS_SURNAMES).

A name whose lower-case form is an ordinary English word (Grace, Royal, Hunter, River, Wren) is left out: a
capitalised word at a sentence's start or in a heading would read as a name. The hand-made lists keep their own
such names, each judged by hand (person.py's AMBIGUOUS_GIVEN asks a stronger cue of them). Names of three letters or
fewer, places and firms named like people (PLACES), names already in the hand-made lists, and the words person.py
lists as no names are left out too.

    pip download names==0.3.0 --no-deps --no-binary :all: -d /tmp/names
    python scripts/build_en_name_lists.py --faker /opt/pypi/files/faker-40.40.0-py3-none-any.whl \
        --census /tmp/names/names-0.3.0.tar.gz

The output is deterministic for the same inputs (sorted, one name per line after a header).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import io
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "detectors" / "data"
GIVEN_OUT = DATA / "en_given_names_more.txt"
SURNAME_OUT = DATA / "en_surnames.txt"
CENSUS_OUT = DATA / "en_surnames_census.txt"
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
CENSUS_SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"  # names-0.3.0.tar.gz
CENSUS_MEMBER = "names-0.3.0/names/dist.all.last"


def _census_source(census: Path) -> str:
    """dist.all.last's text, from the names 0.3.0 sdist (its hash checked) or an unpacked copy of it."""
    if census.is_dir():
        return (census / "names" / "dist.all.last").read_text(encoding="ascii")
    digest = hashlib.sha256(census.read_bytes()).hexdigest()
    if digest != CENSUS_SHA256:
        raise SystemExit(f"{census}: sha256 {digest} is not names 0.3.0's {CENSUS_SHA256}")
    with tarfile.open(census) as sdist:
        member = sdist.extractfile(CENSUS_MEMBER)
        if member is None:
            raise SystemExit(f"{census}: no {CENSUS_MEMBER}")
        return member.read().decode("ascii")


def _census_surnames(source: str) -> set[str]:
    """The census list's surnames (NAME FREQ CUMULATIVE RANK per line, in capitals), written as names are (McDonald)."""
    out: set[str] = set()
    for line in source.splitlines():
        name = line.split(" ", 1)[0]
        if not name.isalpha():
            continue
        if name.startswith("MC") and len(name) > 3:
            out.add("Mc" + name[2:].capitalize())
        else:
            out.add(name.capitalize())
    return out


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
        and (n[1:].islower() or (n.startswith("Mc") and n[2].isupper() and n[3:].islower()))
        and n.lower() not in words
        and n not in known
        and n not in PLACES
    )


FAKER_SOURCE = "Faker 40.40.0's person providers (MIT licence; locales en, en_US, en_GB, en_NZ, en_IE)"
CENSUS_SOURCE = (
    "the US Census Bureau's 1990 surname list (public domain; names 0.3.0's dist.all.last), the ones\n"
    "# Faker's lists do not hold"
)


def _write(path: Path, what: str, names: list[str], source: str = FAKER_SOURCE) -> None:
    header = (
        f"# {what}, one per line, for PersonRecognizer: generated by scripts/build_en_name_lists.py (do not edit by\n"
        f"# hand) from {source},\n"
        "# leaving out every name that Debian's wamerican word list has as an ordinary lower-case word, names of\n"
        "# three letters or fewer, places and firms named like people (the script's PLACES) and the names of the\n"
        "# hand-made lists.\n"
    )
    path.write_text(header + "".join(n + "\n" for n in names), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--faker", type=Path, required=True, help="Faker 40.40.0 wheel or unpacked directory")
    parser.add_argument("--census", type=Path, required=True, help="names 0.3.0 sdist or unpacked directory")
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
    census = _census_surnames(_census_source(args.census)) - surnames
    listed = {w for line in _data_lines("en_given_names.txt") for w in line.split()}
    hand_given = listed | set(FIRST_NAMES) | set(AMBIGUOUS_GIVEN)
    given_out = _clean(given, words, hand_given | set(NOT_NAME_WORDS))
    surname_out = _clean(surnames, words, set(HAND_EN_SURNAMES) | set(NOT_NAME_WORDS))
    _write(GIVEN_OUT, "More English given names", given_out)
    census_out = _clean(census, words, set(HAND_EN_SURNAMES) | set(NOT_NAME_WORDS) | set(surname_out))
    _write(SURNAME_OUT, "English surnames", surname_out)
    _write(CENSUS_OUT, "Rarer English surnames", census_out, CENSUS_SOURCE)
    sys.stdout.write(f"{len(given_out)} given names -> {GIVEN_OUT.relative_to(ROOT)}\n")
    sys.stdout.write(f"{len(surname_out)} surnames -> {SURNAME_OUT.relative_to(ROOT)}\n")
    sys.stdout.write(f"{len(census_out)} rarer surnames -> {CENSUS_OUT.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
