#!/usr/bin/env bash
# Install dlpgate from requirements.lock (every file hash-checked) into .venv and start the gateway.
# Arguments go to `dlpgate serve` (default config policies/default.yaml, 127.0.0.1:8080), e.g.
#     bash scripts/run.sh --config policies/default.yaml --port 8081
# Needs Python 3.11+ as python3 (or set PYTHON=/path/to/python3.11).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

caller=scripts/run.sh
# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh
# Hash-checked install of the exact runtime versions (quick when everything is already there).
pip_install --require-hashes -r requirements.lock
# The package itself, built with the locked setuptools (build isolation would fetch setuptools unhashed).
pip_install --no-deps --no-build-isolation -e .
# Refuse to start on an environment that differs from the lock or carries a start-up hook (see
# docs/supply-chain.md).
.venv/bin/python .ci/check_supply_chain.py --lock requirements.lock --also-allow requirements-dev.lock
# First run: make a staff key for trying the gateway, kept (mode 600) in var/demo-staff.key. Only its hash is
# in the database; delete the file and revoke the key (`dlpgate keys list|revoke`) once real keys exist.
config=policies/default.yaml
port=8080
args=("$@")
for i in "${!args[@]}"; do
    next=$((i + 1))
    if [ "$next" -lt "${#args[@]}" ]; then
        case "${args[$i]}" in
            --config) config="${args[$next]}" ;;
            --port) port="${args[$next]}" ;;
        esac
    fi
done
if [ ! -s var/demo-staff.key ]; then
    mkdir -p var
    (umask 077; .venv/bin/dlpgate keys create --user demo --role staff --department demo --config "$config" \
        | tail -n 1 > var/demo-staff.key)
fi
cat >&2 <<EOF
dlpgate: a staff key for trying it is in var/demo-staff.key. In another terminal:
  curl -s http://127.0.0.1:${port}/v1/chat/completions -H "Authorization: Bearer \$(cat var/demo-staff.key)" \\
       -H 'content-type: application/json' \\
       -d '{"model": "dlpgate-demo", "messages": [{"role": "user", "content": "Hello, my e-mail is kim@example.org"}]}'
EOF
exec .venv/bin/dlpgate serve "$@"
