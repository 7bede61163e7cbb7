#!/usr/bin/env bash
# Install dlpgate from requirements.lock (every file hash-checked) into .venv and start the gateway.
# Arguments go to `dlpgate serve` (default config policies/default.yaml, 127.0.0.1:8080), e.g.
#     bash scripts/run.sh --config policies/default.yaml --port 8081
# Needs Python 3.11+ as python3 (or set PYTHON=/path/to/python3.11).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
# pip warns once per package that the local file indexes configured here do not carry; that is noise.
pip_install() {
    .venv/bin/python -m pip install --quiet "$@" \
        2> >(grep -v 'is ignored: it is neither a file nor a directory' >&2)
}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || { echo "scripts/run.sh: $PYTHON is older than Python 3.11" >&2; exit 1; }
    "$PYTHON" -m venv .venv
fi
# Hash-checked install of the exact runtime versions (quick when everything is already there).
pip_install --require-hashes -r requirements.lock
# The package itself, built with the locked setuptools (build isolation would fetch setuptools unhashed).
pip_install --no-deps --no-build-isolation -e .
# Refuse to start on an environment that differs from the lock or carries a start-up hook (see
# docs/supply-chain.md).
.venv/bin/python .ci/check_supply_chain.py --lock requirements.lock --also-allow requirements-dev.lock
exec .venv/bin/dlpgate serve "$@"
