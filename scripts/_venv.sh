# Sourced by scripts/run.sh and scripts/test.sh (not run on its own): make .venv with Python 3.11+ if it is
# missing, and define pip_install. The caller has cd'd to the repo root and set `caller` to its own name.
PYTHON="${PYTHON:-python3}"
# pip warns once per package that the local file indexes configured here do not carry; that is noise.
pip_install() {
    .venv/bin/python -m pip install --quiet "$@" \
        2> >(grep -v 'is ignored: it is neither a file nor a directory' >&2)
}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || { echo "${caller:-scripts}: $PYTHON is older than Python 3.11" >&2; exit 1; }
    "$PYTHON" -m venv .venv
fi
