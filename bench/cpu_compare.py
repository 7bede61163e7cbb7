"""CPU time of one detection engine's scans of the benchmark texts, for comparing two commits in turn.

Run once per checkout (a `git worktree` of the older commit beside this one), alternating, on a quiet machine:

    git worktree add --detach /tmp/start <commit>
    PYTHONPATH=/tmp/start .venv/bin/python bench/cpu_compare.py /tmp/start
    PYTHONPATH=. .venv/bin/python bench/cpu_compare.py .

Each text is made by that checkout's own bench/scan_benchmark.py, so both sides scan the same texts as long as the
generators agree (they have not changed since the ninth session). Times are `time.process_time`, median and minimum
over the repeats below, after one warm-up scan and `gc.freeze()`, as scan_benchmark.py does.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import sys
import time
from pathlib import Path

REPEATS = {"1KB": 200, "10KB": 40, "100KB": 8, "1MB": 3, "log 1MB": 2, "csv 1MB": 2, "adversarial 1MB": 2}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("root", type=Path, help="the checkout whose detectors/ and bench/ are measured")
    args = ap.parse_args()
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    from detectors import Engine  # imported from the checkout named on the command line

    spec = importlib.util.spec_from_file_location("scan_benchmark_of_root", root / "bench" / "scan_benchmark.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no bench/scan_benchmark.py under {root}")
    texts_module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = texts_module
    spec.loader.exec_module(texts_module)
    texts = {
        "1KB": texts_module.make_text(1),
        "10KB": texts_module.make_text(10),
        "100KB": texts_module.make_text(100),
        "1MB": texts_module.make_text(1024),
        "log 1MB": texts_module.make_log(1024),
        "csv 1MB": texts_module.make_csv(1024),
        "adversarial 1MB": texts_module.make_adversarial(1024),
    }
    engine = Engine()
    engine.scan(texts["1KB"])
    gc.freeze()
    print(f"checkout: {root}")
    for name, text in texts.items():
        times = []
        for _ in range(REPEATS[name]):
            start = time.process_time()
            engine.scan(text)
            times.append(time.process_time() - start)
        median, least = statistics.median(times) * 1000, min(times) * 1000
        print(f"{name:<16} {len(text):>8} chars  median {median:9.3f} ms  min {least:9.3f} ms")


if __name__ == "__main__":
    main()
