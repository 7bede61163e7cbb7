"""Disguise fuzzer: every disguise and every pair of disguises over made-up values of each kind, in a carrier sentence
that names the value, scanned by the engine. Prints, per disguise and per pair, how many disguised values were still
found. The held-out sets show that fixes made from named misses do not carry to the next set; this measures the
compositions nobody has written down yet.

    .venv/bin/python bench/disguise_fuzz.py [--seed 7] [--values 6] [--failures 20]

A value counts as found when a finding of its type at the masking score (0.5) overlaps the disguised value.
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "detectors" / "corpus"))

from check_digits import card as make_card  # noqa: E402
from check_digits import rrn as make_rrn  # noqa: E402

from detectors import Engine  # noqa: E402
from detectors.types import Entity  # noqa: E402

THRESHOLD = 0.5
HANGUL = "공일이삼사오육칠팔구"
FULL_WIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
LOOKALIKE = {"0": "O", "1": "l", "5": "S", "8": "B"}
EN = "zero one two three four five six seven eight nine".split()


def rrn(rng: random.Random) -> str:
    birth = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return make_rrn(birth, rng.choice((1, 2)), "".join(rng.choice("0123456789") for _ in range(5)))


def mobile(rng: random.Random) -> str:
    return f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}"


def card(rng: random.Random) -> str:
    return make_card("4" + "".join(rng.choice("0123456789") for _ in range(14)))


def email(rng: random.Random) -> str:
    user = rng.choice(["minsu.kim", "jiwoo.lee", "hana_park"])
    return f"{user}{rng.randint(1, 99)}@{rng.choice(['naver.com', 'korea.kr'])}"


def name(rng: random.Random) -> str:
    return rng.choice("김이박최정강조윤장임") + "".join(rng.choice("서민지하도윤현수은준영") for _ in range(2))


KINDS: dict[Entity, tuple[Callable[[random.Random], str], str]] = {
    Entity.KR_RRN: (rrn, "주민등록번호 {v} 확인 부탁드립니다"),
    Entity.PHONE_NUMBER: (mobile, "연락처는 {v} 입니다"),
    Entity.CREDIT_CARD: (card, "카드번호 {v} 로 결제했어요"),
    Entity.EMAIL_ADDRESS: (email, "메일 {v} 로 보내주세요"),
    Entity.PERSON: (name, "고객 성명: {v} 님 확인 부탁드립니다"),
}


def _digits(f: Callable[[str], str]) -> Callable[[str], str]:
    return lambda v: "".join(f(c) if c in "0123456789" else c for c in v)


KONGLISH = "제로 원 투 쓰리 포 파이브 식스 세븐 에잇 나인".split()
SHIFTED = dict(zip("0123456789-", ")!@#$%^&*(_", strict=True))
GREEK = {"a": "α", "o": "ο", "i": "ι", "v": "ν", "k": "κ"}


def _plain_number(v: str, group: Callable[[str], str], dash: str) -> str:
    """A number of digits and dashes with each group written by `group` and `dash` between them; anything else as it
    is (a disguise that already changed the digits)."""
    if not v or any(c not in "0123456789-" for c in v):
        return v
    return dash.join(group(g) for g in v.split("-"))


def _hangul(f: Callable[[str], str]) -> Callable[[str], str]:
    """Applies to a value written in Hangul (a name) and leaves the others as they are."""
    return lambda v: f(v) if all("가" <= c <= "힣" for c in v) else v


DISGUISES: dict[str, Callable[[str], str]] = {
    "full-width": _digits(lambda c: FULL_WIDTH[c]),
    "zero-width": lambda v: "\u200b".join(v),
    "spaced": lambda v: " ".join(v),
    "dotted": lambda v: v.replace("-", "."),
    "hangul": _digits(lambda c: HANGUL[int(c)]),
    "english": lambda v: " ".join(EN[int(c)] if c in "0123456789" else c for c in v),
    "lookalike": _digits(lambda c: LOOKALIKE.get(c, c)),
    "dash-unicode": lambda v: v.replace("-", "\u2010"),
    "markup": lambda v: "".join(f"<b>{c}</b>" if c in "0123456789" and i % 3 == 0 else c for i, c in enumerate(v)),
    "line-broken": lambda v: v[: len(v) // 2] + "\n" + v[len(v) // 2 :],
    "base64": lambda v: base64.b64encode(v.encode()).decode(),
    "percent": lambda v: "".join(f"%{b:02X}" for b in v.encode()),
    "reversed-told": lambda v: v[::-1] + " (거꾸로)",
    "circled": _digits(lambda c: chr(0x24EA) if c == "0" else chr(0x2460 + int(c) - 1)),
    "bracketed-at": lambda v: v.replace("@", " [at] ").replace(".", " [dot] ") if "@" in v else v,
    # sixteenth held-out set
    "html-refs": lambda v: "".join(f"&#{ord(c)};" for c in v),
    "u-escape": lambda v: "".join(f"\\u{ord(c):04x}" for c in v),
    "konglish": lambda v: _plain_number(v, lambda g: " ".join(KONGLISH[int(c)] for c in g), ", "),
    # a mobile or resident number only: Shift-typed digits are read in their shapes, not in a card's
    "shifted": lambda v: (
        _plain_number(v, lambda g: "".join(SHIFTED[c] for c in g), SHIFTED["-"]) if 0 < v.count("-") <= 2 else v
    ),
    "greek": lambda v: "".join(GREEK.get(c, c) for c in v) if "@" in v else v,
    "emoji-split": _hangul(lambda v: "🌸".join(v)),
    "vertical": _hangul(lambda v: "\n" + "\n".join(v) + "\n"),
}


# Disguises of digits, which an e-mail address does not take (its digits are part of a name, not a number).
NUMBERS_ONLY = frozenset(
    {
        "full-width", "hangul", "english", "lookalike", "dash-unicode", "markup", "circled", "dotted", "spaced",
        "konglish", "shifted",
    }
)  # fmt: skip
# What a name is disguised with (the rest either does not apply to Hangul or is no way to write a name: reversed).
NAME_DISGUISES = frozenset(
    {"zero-width", "spaced", "base64", "percent", "html-refs", "u-escape", "emoji-split", "vertical"}
)
# Single disguises known to be missed, for a recognizer to take up (tests/detectors/test_disguises_seventh_session.py
# expects every other single disguise found). None since the tenth 11-24 session, which decoded a three-syllable name
# in base64 and read a label's value on the line after its colon (`성명:\n김\n서\n윤`).
KNOWN_GAPS: frozenset[tuple[Entity, str]] = frozenset()


def found(engine: Engine, text: str, entity: Entity, start: int, end: int) -> bool:
    return any(
        f.entity is entity and f.score >= THRESHOLD and f.start < end and start < f.end for f in engine.scan(text)
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--values", type=int, default=6, help="made-up values per kind")
    ap.add_argument("--failures", type=int, default=20, help="missed examples to print")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    engine = Engine()
    chains = [(name,) for name in DISGUISES] + list(combinations(DISGUISES, 2))
    totals: dict[tuple[str, ...], list[int]] = {}
    misses: list[str] = []
    for entity, (make, carrier) in KINDS.items():
        values = [make(rng) for _ in range(args.values)]
        for chain in chains:
            if entity is Entity.EMAIL_ADDRESS and NUMBERS_ONLY.intersection(chain):
                continue
            if entity is Entity.PERSON and not NAME_DISGUISES.issuperset(chain):
                continue
            for value in values:
                disguised = value
                for name in chain:
                    disguised = DISGUISES[name](disguised)
                if disguised == value:
                    continue  # the disguise does not apply to this kind (an at sign in a number)
                head, _, tail = carrier.partition("{v}")
                text = head + disguised + tail
                ok = found(engine, text, entity, len(head), len(head) + len(disguised))
                tally = totals.setdefault(chain, [0, 0])
                tally[0] += ok
                tally[1] += 1
                if not ok:
                    misses.append(f"{entity.value:<14} {'+'.join(chain):<28} {text!r}")
    hit = sum(t[0] for t in totals.values())
    total = sum(t[1] for t in totals.values())
    print(f"disguised values found: {hit}/{total} = {hit / max(total, 1):.3f}")
    singles = {c: t for c, t in totals.items() if len(c) == 1}
    pairs = {c: t for c, t in totals.items() if len(c) == 2}
    print("\nsingle disguises (found / tried):")
    for chain, (ok, n) in sorted(singles.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        print(f"  {chain[0]:<16} {ok:>3}/{n:<3}")
    print("\nweakest pairs (found / tried):")
    for chain, (ok, n) in sorted(pairs.items(), key=lambda kv: kv[1][0] / kv[1][1])[:25]:
        print(f"  {'+'.join(chain):<32} {ok:>3}/{n:<3}")
    print(f"\nfirst {args.failures} misses:")
    for line in misses[: args.failures]:
        print("  " + line)


if __name__ == "__main__":
    main()
