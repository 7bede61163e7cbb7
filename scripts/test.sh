#!/usr/bin/env bash
# Install dlpgate and its dev tools from requirements-dev.lock (every file hash-checked) into .venv, check the
# environment against the lock, lint, type-check and run the test suite. Arguments go to pytest, e.g.
#     bash scripts/test.sh tests/test_supply_chain.py -q
# Idempotent: a second run only re-checks. Needs Python 3.11+ as python3 (or set PYTHON=...).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

caller=scripts/test.sh
# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh
pip_install --require-hashes -r requirements-dev.lock
# Built with the locked setuptools; build isolation would fetch setuptools without hash checking.
pip_install --no-deps --no-build-isolation -e .

echo "== supply chain"
.venv/bin/python .ci/check_supply_chain.py
echo "== ruff"
# bench/ may be absent in a fresh clone while it holds no tracked file; ruff fails on a missing path.
lint_paths=()
for path in gateway detectors tests bench; do
    if [ -e "$path" ]; then lint_paths+=("$path"); fi
done
.venv/bin/ruff check "${lint_paths[@]}"
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
exec .venv/bin/pytest "$@"
