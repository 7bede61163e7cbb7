"""Scan-time benchmark: dlpgate's Engine against stock Presidio (Korean recognizers on), same texts, one run.

    .venv/bin/python bench/scan_benchmark.py [--no-presidio] [--presidio-max-kb 1024] [--repeat-scale 1.0]
                                             [--runs 1] [--sizes 1,10,100,1024]

Texts: mixed Korean/English staff prompts, one paragraph with personal data (complaint letters, CSV rows, code,
meeting notes with names, phone numbers, RRNs, cards, addresses) for two of ordinary prose, repeated to 1 KB,
10 KB, 100 KB and 1 MB of UTF-8, plus a 1 MB adversarial text (long digit runs, 100k '@', alternating
separators, base64/percent/hex-looking runs, Hangul digit syllables, zero-width characters, dense phone numbers),
and three megabytes of other shapes staff paste whole: an application log, a customer CSV (every row personal data)
and a base64 attachment of binary bytes (decoded, found to be no text, nothing rescanned).
Prints p50/p90 per size, throughput and the speed-up over Presidio, as a Markdown table for docs/benchmarks.md.
With `--runs N` the whole measurement (both engines, every size) is repeated N times in the same process, and a
last table gives, per size, the median of the N p50s and their range (min-max), for both engines and for the
speed-up: on a shared machine one run's ratio can be off by half.
"""

from __future__ import annotations

import argparse
import base64
import gc
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PARAGRAPHS = [
    "안녕하세요, 민원 답변 초안 작성 부탁드립니다. 민원인 홍길동 씨(연락처 010-2345-6789)는 지난달 "
    "서울특별시 종로구 세종대로 209 청사 민원실을 방문하여 주민등록번호 900101-1234567 로 본인 확인 후 "
    "서류를 제출했습니다. 처리 결과는 hong.gildong@example.com 으로 회신 요청하셨습니다.\n",
    "Please summarise the following meeting notes. Attendees: Jennifer Clark (jennifer.clark@example.org), "
    "Kim Min-su, and Dr. Robert Miller. Action items: update the vendor contract by 2024-05-17, review the "
    "invoice INV-20240517 totalling $12,400, and move the staging server from 10.0.12.7 to 10.0.12.8.\n",
    "이름,생년월일,휴대폰,이메일\n김철수,850315-1234566,010-1111-2222,cs.kim@korea.kr\n"
    "이영희,920704-2345678,010-3333-4444,yh.lee@korea.kr\n",
    "```python\ncustomers = [{'name': 'Park Jihoon', 'card': '4111 1111 1111 1111', 'phone': '+82 10-5555-6666'}]\n"
    "def total(orders):\n    return sum(o.amount for o in orders if o.status == 'paid')\n```\n이 코드 리뷰해줘.\n",
    "개인정보 보호법 제24조의2에 따라 주민등록번호 처리는 제한됩니다. 주문번호 2024011512345 건은 배송 중이며 "
    "송장번호 6089 1234 5678 로 조회 가능합니다. 예산 1,234,567,000원 중 45.6%를 집행했습니다. "
    "버전 10.0.19045.3803 업데이트 이후 오류가 보고되었습니다.\n",
    "환불 계좌는 신한은행 110-123-456789 (예금주 정수진)이며, 담당 주무관 한지민(044-205-1234)에게 문의 바랍니다. "
    "The applicant lives at 742 Evergreen Terrace, Springfield and can be reached at (415) 555-0134.\n",
]
# Prose without personal data: most of what staff paste is this. Two of these per data paragraph.
PROSE = [
    "다음 주 정책 설명회 준비 상황을 정리해 주세요. 보도자료 초안은 대변인실 검토를 거쳐 목요일 오전까지 확정하고, "
    "질의응답 자료는 예상 질문 스무 개 정도로 구성하면 좋겠습니다. 작년 설명회에서 지적된 자료 배포 지연 문제도 "
    "개선 방안을 함께 적어 주세요.\n",
    "Can you rewrite this paragraph in plain English for a public audience? The ministry will expand the digital "
    "service pilot to three more regions next year, subject to budget approval, and will publish an evaluation "
    "report covering user satisfaction, processing times and accessibility improvements.\n",
    "회의 결과 공유드립니다. 첫째, 시스템 개선 사업은 예정대로 하반기에 착수합니다. 둘째, 부서 간 협업 채널을 "
    "정례화하여 격주로 점검 회의를 엽니다. 셋째, 대국민 안내문은 쉬운 우리말로 다시 작성하기로 했습니다.\n",
    "def normalise(rows):\n    out = []\n    for row in rows:\n        out.append({k.strip().lower(): v for k, v in "
    "row.items()})\n    return out\n# 이 함수에 타입 힌트와 테스트를 추가해 줘\n",
]
SIZES_KB = (1, 10, 100, 1024)
ADVERSARIAL_UNITS = [
    "1" * 4096 + " ",
    "@" * 4096,
    "1-" * 2048,
    "1 2 " * 1024,
    "1.2." * 1024,
    "QUFB" * 1024 + " ",
    "%41" * 1365 + " ",
    "공일이삼" * 341 + " ",
    "010-1234-5678 " * 292,
    "a@b." * 1024,
    "김 과장 " * 512,
    "\u200b1" * 1365,
]


def make_text(kb: int) -> str:
    target = kb * 1024
    out: list[str] = []
    size = 0
    i = 0
    while size < target:
        # one data paragraph, then two prose paragraphs
        p = PARAGRAPHS[(i // 3) % len(PARAGRAPHS)] if i % 3 == 0 else PROSE[i % len(PROSE)]
        out.append(p)
        size += len(p.encode())
        i += 1
    text = "".join(out)
    return text.encode()[:target].decode(errors="ignore")


def make_adversarial(kb: int) -> str:
    target = kb * 1024
    out: list[str] = []
    size = 0
    i = 0
    while size < target:
        u = ADVERSARIAL_UNITS[i % len(ADVERSARIAL_UNITS)]
        out.append(u)
        size += len(u.encode())
        i += 1
    return "".join(out).encode()[:target].decode(errors="ignore")


def make_log(kb: int) -> str:
    """An application log as staff paste it to ask what went wrong: dates, times, hex request ids, paths, codes."""
    rng = random.Random(7)
    out: list[str] = []
    size = 0
    while size < kb * 1024:
        line = (
            f"2024-05-{rng.randint(1, 28):02d} 12:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} INFO request "
            f"id={rng.getrandbits(64):x} path=/api/v1/items/{rng.randint(1, 99999)} status=200 ms={rng.randint(1, 900)}"
        )
        out.append(line)
        size += len(line) + 1
    return "\n".join(out)[: kb * 1024]


def make_csv(kb: int) -> str:
    """A customer table, every row personal data: name, birth date, mobile, e-mail, address."""
    rng = random.Random(7)
    out = ["이름,생년월일,휴대폰,이메일,주소"]
    size = 0
    i = 0
    while size < kb * 1024:
        line = (
            f"김철{i % 10},{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d},"
            f"010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)},user{i}@korea.kr,"
            f"서울특별시 종로구 세종대로 {rng.randint(1, 300)}"
        )
        out.append(line)
        size += len(line.encode()) + 1
        i += 1
    return "\n".join(out)


def make_base64(kb: int) -> str:
    """An attachment pasted as base64 in 76-character lines: random bytes, which decode to no text, so the engine finds
    the segments, decodes them and rescans nothing (a megabyte of base64 text would be refused: more than one scan
    decodes)."""
    blob = base64.b64encode(random.Random(7).randbytes(kb * 768)).decode()
    return "\n".join(blob[i : i + 76] for i in range(0, len(blob), 76))


SHAPES = {"application log": make_log, "customer CSV": make_csv, "base64 attachment": make_base64}


def _scan_or_refuse(engine: Any) -> Callable[[str], object]:
    from detectors.types import ScanIncomplete

    def scan(text: str) -> object:
        try:
            return engine.scan(text)
        except ScanIncomplete:
            return None  # refused whole: the time to that answer is what is measured

    return scan


def measure(fn: Callable[[str], object], text: str, repeats: int) -> list[float]:
    fn(text)  # warm-up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t0)
    return times


def repeats_for(kb: int, scale: float, presidio: bool) -> int:
    base = {1: 300, 10: 60, 100: 10, 1024: 3}[kb] if not presidio else {1: 20, 10: 5, 100: 1, 1024: 1}[kb]
    return max(1, int(base * scale))


@dataclass
class RunResult:
    """One run's p50s (seconds) per size, for dlpgate and (when measured) Presidio."""

    ours: dict[int, float] = field(default_factory=dict)
    theirs: dict[int, float] = field(default_factory=dict)


def one_run(engine: Any, analyzer: Any, sizes: tuple[int, ...], args: argparse.Namespace) -> RunResult:
    from scan_presidio import presidio_scan

    result = RunResult()
    rows = []
    ordinary_1mb = 0.0
    for kb in sizes:
        text = make_text(kb)
        times = measure(engine.scan, text, repeats_for(kb, args.repeat_scale, False))
        p50 = statistics.median(times)
        result.ours[kb] = p50
        p90 = sorted(times)[int(0.9 * (len(times) - 1))]
        mbps = len(text.encode()) / p50 / 1e6
        if kb == 1024:
            ordinary_1mb = p50
        pres = ""
        if analyzer is not None and kb <= args.presidio_max_kb:
            ptimes = measure(lambda t: presidio_scan(analyzer, t), text, repeats_for(kb, args.repeat_scale, True))
            pp50 = statistics.median(ptimes)
            result.theirs[kb] = pp50
            pres = f"{pp50 * 1000:.1f} ms | {pp50 / p50:.0f}x"
        else:
            pres = "- | -"
        rows.append(f"| {kb} KB | {p50 * 1000:.3f} ms | {p90 * 1000:.3f} ms | {mbps:.2f} MB/s | {pres} |")
        print(rows[-1], flush=True)
    if 1024 in sizes:
        adv = make_adversarial(1024)
        adv_times = measure(engine.scan, adv, repeats_for(1024, args.repeat_scale, False))
        adv_p50 = statistics.median(adv_times)
        rows.append(
            f"| 1 MB adversarial | {adv_p50 * 1000:.1f} ms | {max(adv_times) * 1000:.1f} ms | "
            f"{len(adv.encode()) / adv_p50 / 1e6:.2f} MB/s | - | - |"
        )
        for name, make in SHAPES.items():
            shaped = make(1024)
            times = measure(_scan_or_refuse(engine), shaped, repeats_for(1024, args.repeat_scale, False))
            p50 = statistics.median(times)
            rows.append(
                f"| 1 MB {name} | {p50 * 1000:.1f} ms | {max(times) * 1000:.1f} ms | "
                f"{len(shaped.encode()) / p50 / 1e6:.2f} MB/s | - | - |"
            )
            print(rows[-1], flush=True)
    print()
    print("| text | dlpgate p50 | dlpgate p90 | dlpgate throughput | Presidio p50 | speed-up |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print(row)
    if 1024 in sizes:
        print(f"\nadversarial / ordinary (1 MB): {adv_p50 / ordinary_1mb:.2f}x")
    return result


def _spread(values: list[float], scale: float, fmt: str) -> str:
    return f"{statistics.median(values) * scale:{fmt}} ({min(values) * scale:{fmt}}-{max(values) * scale:{fmt}})"


def summarise(results: list[RunResult]) -> None:
    """Median and range over the runs of each size's p50, and of the speed-up computed within each run."""
    print(f"\n{len(results)} runs: median of the per-run p50s (min-max)\n")
    print("| text | dlpgate p50, ms | Presidio p50, ms | speed-up |")
    print("|---|---|---|---|")
    for kb in results[0].ours:
        ours = [r.ours[kb] for r in results]
        theirs = [r.theirs[kb] for r in results if kb in r.theirs]
        ratios = [r.theirs[kb] / r.ours[kb] for r in results if kb in r.theirs]
        pres = _spread(theirs, 1000, ".2f") if theirs else "-"
        ratio = _spread(ratios, 1, ".0f") if ratios else "-"
        print(f"| {kb} KB | {_spread(ours, 1000, '.3f')} | {pres} | {ratio} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--presidio-max-kb", type=int, default=1024)
    ap.add_argument("--repeat-scale", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=1, help="repeat the whole measurement; summarise the spread")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES_KB)), help="comma-separated KB, from 1,10,100,1024")
    args = ap.parse_args()
    sizes = tuple(int(kb) for kb in args.sizes.split(","))
    if not set(sizes) <= set(SIZES_KB) or args.runs < 1:
        ap.error(f"--sizes must be taken from {SIZES_KB} and --runs at least 1")

    t0 = time.perf_counter()
    from detectors import Engine

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    engine = Engine()
    t_build = time.perf_counter() - t0
    print(f"python {platform.python_version()} on {platform.machine()}, {platform.processor() or 'cpu'}")
    print(f"import detectors: {t_import * 1000:.1f} ms, Engine(): {t_build * 1000:.1f} ms", flush=True)

    analyzer = None
    if not args.no_presidio:
        from scan_presidio import build_presidio

        t0 = time.perf_counter()
        analyzer = build_presidio()
        print(f"stock Presidio build: {(time.perf_counter() - t0) * 1000:.0f} ms")

    # Everything built so far (Presidio and spaCy above all) lives as long as the process: move it out of the
    # collector's reach, as a long-running server's start-up objects effectively are, so that a full collection
    # triggered by one scan's allocations does not walk Presidio's object graph. Both engines are measured so.
    gc.collect()
    gc.freeze()
    results = []
    for run in range(args.runs):
        if args.runs > 1:
            print(f"\n## run {run + 1} of {args.runs}\n", flush=True)
        results.append(one_run(engine, analyzer, sizes, args))
    if args.runs > 1:
        summarise(results)


if __name__ == "__main__":
    main()
