"""Evaluate the undisclosed-official-data detectors on a generated corpus (deterministic seed).

    .venv/bin/python bench/evaluate_official.py [--documents 300] [--seed 7]

Registered documents: synthetic Korean administrative documents; for each, excerpts at six edit levels
(verbatim, reflowed, lightly edited, heavily paraphrased, reversed, each line reversed) of 200-400 characters, plus
unrelated prompts. Detection uses detectors.fingerprint and the gateway's rule (MIN_MATCHED shared fingerprints with
one document, in the text read forwards or backwards). Markings: the marked and casual cases of
tests/detectors/recognizers/test_classification_marking.py.
Prints detection rate by edit level, false positives on unrelated text, how many texts the gateway's prefilter
lets through to the database, and marking precision and recall.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detectors import Engine, Entity
from detectors.fingerprint import FingerprintFilter, fingerprint, fingerprint_readings
from gateway.documents import MAX_DOCUMENT_FREQUENCY, MIN_MATCHED

KEY = b"evaluation-key-0123456789abcdef"
SUBJECTS = [
    "디지털정부국",
    "재난안전관리과",
    "해외협력팀",
    "인사혁신담당관",
    "데이터정책과",
    "예산총괄과",
    "정보보호팀",
    "민원제도과",
]
VERBS = [
    "확대 개편한다",
    "신설한다",
    "통합 운영한다",
    "단계적으로 폐지한다",
    "예산에 반영한다",
    "시범 운영한다",
    "외부 위탁한다",
]
OBJECTS = [
    "통합관제센터",
    "공공데이터 개방 포털",
    "재택근무 지원 체계",
    "청사 보안 출입 시스템",
    "민원 상담 챗봇",
    "노후 전산 장비",
    "국외 출장 심사 절차",
    "개인정보 영향평가",
]
NUMBERS = ["14억 원", "3억 2천만 원", "112명", "19명", "2027년 2월", "2028년 말", "5개 과", "11개 기관"]
SYNONYMS = {
    "확대 개편한다": "넓혀 재편한다",
    "신설한다": "새로 만든다",
    "통합 운영한다": "하나로 묶어 운영한다",
    "예산에 반영한다": "예산안에 포함한다",
    "시범 운영한다": "시험 삼아 운영한다",
    "외부 위탁한다": "민간에 맡긴다",
    "단계적으로 폐지한다": "순차적으로 없앤다",
}
UNRELATED = [
    "오늘 점심 메뉴 추천해줘. 김치찌개와 된장찌개 중에서 고민 중이야.",
    "파이썬에서 리스트를 정렬하는 방법을 알려줘. key 인자는 어떻게 쓰나요?",
    "회의록 작성 요령을 알려줘. 안건, 결정 사항, 후속 조치를 어떻게 정리하면 좋을까?",
    "Explain the difference between TCP and UDP in two paragraphs.",
    "보도자료 문장을 더 간결하게 다듬는 요령을 세 가지만 알려 주세요.",
]


SYLLABLES = "가나다라마바사아자차카타파하강남동서북미래누리한빛새솔찬별온결"


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def sentence(rng: random.Random) -> str:
    amount = f"{rng.randint(1, 999)}억 {rng.randint(1, 9)}천만 원"
    when = f"{rng.randint(2026, 2031)}년 {rng.randint(1, 12)}월"
    return (
        f"{rng.choice(SUBJECTS)}은 {when}까지 {_name(rng)} {rng.choice(OBJECTS)}을(를) {rng.choice(VERBS)}. "
        f"소요 재원은 {amount}이며 {rng.choice(SUBJECTS)} {_name(rng)}팀과 {rng.randint(2, 30)}회 협의한다."
    )


def document(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(8, 14)))


def excerpt(doc: str, rng: random.Random) -> str:
    length = rng.randint(200, 400)
    start = rng.randint(0, max(0, len(doc) - length))
    return doc[start : start + length]


def reflow(text: str, rng: random.Random) -> str:
    return "".join(ch if ch != " " else rng.choice([" ", "\n", "  ", "\n\n"]) for ch in text).replace(".", ".\n")


def light_edit(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(3):
        i = rng.randrange(len(words))
        words[i] = rng.choice(["일부", "해당", "관련", "추가"])
    sentences = " ".join(words).split(". ")
    rng.shuffle(sentences)
    return ". ".join(sentences)


def paraphrase(text: str, rng: random.Random) -> str:
    for a, b in SYNONYMS.items():
        text = text.replace(a, b)
    words = text.split(" ")
    rng.shuffle(words)
    return " ".join(words)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--documents", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = [document(rng) for _ in range(args.documents)]
    index: dict[int, set[int]] = {}
    for i, d in enumerate(docs):
        for h in fingerprint(d, KEY).hashes:
            index.setdefault(h, set()).add(i)

    def flagged(text: str) -> set[int]:
        out: set[int] = set()
        for reading in fingerprint_readings(text, KEY, min_count=MIN_MATCHED):  # forwards and backwards
            counts: dict[int, int] = {}
            for h in reading.hashes:
                docs_with = index.get(h, ())
                if len(docs_with) > MAX_DOCUMENT_FREQUENCY:
                    continue  # boilerplate, as the gateway treats it
                for i in docs_with:
                    counts[i] = counts.get(i, 0) + 1
            out.update(i for i, c in counts.items() if c >= MIN_MATCHED)
        return out

    levels = {
        "verbatim": lambda t: t,
        "reflowed": lambda t: reflow(t, rng),
        "lightly edited": lambda t: light_edit(t, rng),
        "heavily paraphrased": lambda t: paraphrase(t, rng),
        "reversed": lambda t: t[::-1],
        "each line reversed": lambda t: "\n".join(line[::-1] for line in reflow(t, rng).splitlines()),
    }
    print(f"registered documents: {len(docs)}, fingerprints: {len(index)}")
    print("| edit level | excerpts | detected (right document) | rate |")
    print("|---|---|---|---|")
    for name, edit in levels.items():
        hit = 0
        for i, d in enumerate(docs):
            if i in flagged(edit(excerpt(d, rng))):
                hit += 1
        print(f"| {name} | {len(docs)} | {hit} | {hit / len(docs):.3f} |")
    # unrelated: other prompts, and fresh documents of the same style that were never registered
    unrelated = [u + " " + v for u in UNRELATED for v in UNRELATED]
    unrelated += [excerpt(document(random.Random(10_000 + k)), rng) for k in range(200)]
    fp = sum(1 for u in unrelated if flagged(u))
    print(f"| unrelated prompts | {len(unrelated)} | {fp} false positives | {fp / len(unrelated):.3f} |")

    # The gateway's prefilter: which texts would reach the database at all (MIN_MATCHED passing fingerprints).
    prefilter = FingerprintFilter(len(index))
    prefilter.add(list(index))
    reached = sum(1 for u in unrelated if len(prefilter.passing(list(fingerprint(u, KEY).spans))) >= MIN_MATCHED)
    missed = sum(1 for d in docs if len(prefilter.passing(list(fingerprint(excerpt(d, rng), KEY).spans))) < MIN_MATCHED)
    print(
        f"\nprefilter: {reached}/{len(unrelated)} unrelated texts reach the database (same-style texts share "
        f"boilerplate fingerprints), {missed}/{len(docs)} verbatim excerpts do not (must be 0)"
    )

    from tests.detectors.recognizers.test_classification_marking import CASUAL, MARKED

    engine = Engine()

    def marked(text: str) -> bool:
        return any(f.entity == Entity.CLASSIFICATION_MARKING and f.score >= 0.5 for f in engine.scan(text))

    tp = sum(marked(t) for t, _ in MARKED)
    fpm = sum(marked(t) for t in CASUAL)
    print(f"\nmarkings: recall {tp}/{len(MARKED)}, casual look-alikes flagged {fpm}/{len(CASUAL)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
