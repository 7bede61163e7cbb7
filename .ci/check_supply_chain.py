#!/usr/bin/env python3
# ruff: noqa: T201, S603  (a command-line tool: it prints its report and runs uv with fixed arguments)
"""Supply-chain check for the Python environment that runs it (standard library only).

Checks, each of which fails the run (exit status 1) with a readable report:

  (a) the installed distributions are exactly requirements-dev.lock: every installed distribution is in the
      lock with exactly that version, and every lock entry that applies to this interpreter (its environment
      marker is true) is installed. dlpgate itself and pip are exempt. Names are compared after PEP 503
      normalisation.
  (b) no .pth file in any site directory (sys.path directories, site.getsitepackages(), the user site)
      is named litellm_init.pth, and no .pth file runs code (a line starting with "import") unless its
      name and exact content sha256 are on PTH_ALLOWLIST (or it is the editable-install hook that setuptools
      writes for the installed dlpgate version, checked byte for byte).
  (c) the installed litellm is not a known-bad release (1.82.7, 1.82.8, anything 1.107.*).
  (d) the lock files themselves: every entry has an exact version and at least one sha256, neither lock pins
      a known-bad litellm, and requirements.lock is a subset of requirements-dev.lock with the same versions.

On success it prints one summary line and exits 0.

It also regenerates the lock files (``--relock``), so that the notes header and the exact resolver command
live in one place: see docs/supply-chain.md.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import os
import platform
import re
import shutil
import site
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV_LOCK = REPO / "requirements-dev.lock"
RUNTIME_LOCK = REPO / "requirements.lock"

# Distributions that may be installed without being in the lock.
EXEMPT = frozenset({"dlpgate", "pip"})

# litellm releases that must never be installed.
LITELLM_BAD_EXACT = frozenset({"1.82.7", "1.82.8"})  # compromised uploads (credential stealers)
LITELLM_BAD_PREFIXES = ("1.107",)  # the 1.107 line was pulled from the registry

# .pth files that may contain code, by file name and sha256 of the exact content.
PTH_ALLOWLIST: Mapping[str, frozenset[str]] = {
    # setuptools (65.5.0 from ensurepip and 84.2.1 from the lock write the same bytes):
    # import os; var = 'SETUPTOOLS_USE_DISTUTILS'; enabled = ...; enabled and __import__('_distutils_hack')...
    "distutils-precedence.pth": frozenset(
        {"2638ce9e2500e572a5e0de7faed6661eb569d1b696fcba07b0dd223da5f5d224"}
    ),
}

MALICIOUS_PTH_NAMES = frozenset({"litellm_init.pth"})


class LockError(ValueError):
    """A lock file line that is not `name==version [; marker]` followed by --hash options."""


class MarkerError(ValueError):
    """An environment marker this small evaluator does not understand (treated as a failure)."""


def normalize(name: str) -> str:
    """PEP 503 name normalisation."""
    return re.sub(r"[-_.]+", "-", name).lower()


# --------------------------------------------------------------------------------------------- lock files


@dataclass(frozen=True)
class LockEntry:
    name: str  # normalised
    version: str
    marker: str | None
    hashes: frozenset[str] = field(default_factory=frozenset)


_REQ_RE = re.compile(
    r"^(?P<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(?:\[[^\]]*\])?"
    r"\s*==\s*(?P<version>[^\s;]+)\s*(?:;\s*(?P<marker>.+?))?\s*$"
)
_HASH_RE = re.compile(r"--hash[= ]sha256:([0-9a-fA-F]{64})(?=\s|$)")


def _logical_lines(text: str) -> Iterable[tuple[int, str]]:
    buf: list[str] = []
    start = 0
    for lineno, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if not buf and (not stripped or stripped.startswith("#")):
            continue
        if not buf:
            start = lineno
        if stripped.endswith("\\"):
            buf.append(stripped[:-1])
            continue
        buf.append(stripped)
        yield start, " ".join(buf)
        buf = []
    if buf:
        yield start, " ".join(buf)


def parse_lock(text: str, source: str = "lock") -> dict[str, LockEntry]:
    """Parse a hashed requirements file into {normalised name: entry}. Raises LockError on anything else."""
    entries: dict[str, LockEntry] = {}
    for lineno, line in _logical_lines(text):
        hashes = frozenset(h.lower() for h in _HASH_RE.findall(line))
        req = _HASH_RE.sub("", line).strip()
        if "--" in req.split(";")[0] or req.startswith("-"):
            raise LockError(f"{source}:{lineno}: unsupported option in lock line: {line[:120]}")
        m = _REQ_RE.match(req)
        if not m:
            raise LockError(f"{source}:{lineno}: not an exact `name==version` pin: {req[:120]}")
        if not hashes:
            raise LockError(f"{source}:{lineno}: {m['name']} has no --hash=sha256:")
        name = normalize(m["name"])
        if name in entries:
            raise LockError(f"{source}:{lineno}: {name} is pinned twice")
        entries[name] = LockEntry(name, m["version"], m["marker"], hashes)
    if not entries:
        raise LockError(f"{source}: no pinned requirements")
    return entries


def read_lock(path: Path) -> dict[str, LockEntry]:
    return parse_lock(path.read_text(encoding="utf-8"), str(path.name))


# ------------------------------------------------------------------------------------ environment markers

_VERSION_VARS = frozenset({"python_version", "python_full_version", "implementation_version"})
_TOKEN_RE = re.compile(
    r"\s*(?:(?P<str>'[^']*'|\"[^\"]*\")|(?P<op>===|==|!=|<=|>=|~=|<|>|\(|\))|(?P<word>[A-Za-z_][A-Za-z0-9_.]*))"
)


def default_environment() -> dict[str, str]:
    """PEP 508 marker variables for the running interpreter."""
    impl = sys.implementation
    iv = impl.version
    impl_version = f"{iv.major}.{iv.minor}.{iv.micro}"
    if iv.releaselevel != "final":
        impl_version += iv.releaselevel[0] + str(iv.serial)
    return {
        "implementation_name": impl.name,
        "implementation_version": impl_version,
        "os_name": os.name,
        "platform_machine": platform.machine(),
        "platform_python_implementation": platform.python_implementation(),
        "platform_release": platform.release(),
        "platform_system": platform.system(),
        "platform_version": platform.version(),
        "python_full_version": platform.python_version(),
        "python_version": ".".join(platform.python_version_tuple()[:2]),
        "sys_platform": sys.platform,
        "extra": "",
    }


def _tokenize(marker: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    pos = 0
    marker = marker.strip()
    while pos < len(marker):
        m = _TOKEN_RE.match(marker, pos)
        if not m or m.end() == pos:
            raise MarkerError(f"cannot parse marker at {marker[pos:]!r}")
        pos = m.end()
        kind = m.lastgroup
        assert kind is not None
        tokens.append((kind, m.group(kind)))
    return tokens


def _version_tuple(text: str) -> tuple[int, ...]:
    m = re.match(r"\d+(?:\.\d+)*", text)
    if not m:
        raise MarkerError(f"not a version: {text!r}")
    return tuple(int(p) for p in m.group(0).split("."))


def _compare(left: str, op: str, right: str, versioned: bool) -> bool:
    if op == "in":
        return left in right
    if op == "not in":
        return left not in right
    if versioned:
        if op in ("==", "!=") and right.endswith(".*"):
            prefix = _version_tuple(right[:-2])
            hit = _version_tuple(left)[: len(prefix)] == prefix
            return hit if op == "==" else not hit
        lv, rv = _version_tuple(left), _version_tuple(right)
        width = max(len(lv), len(rv))
        lv += (0,) * (width - len(lv))
        rv += (0,) * (width - len(rv))
        ops = {"==": lv == rv, "!=": lv != rv, "<": lv < rv, "<=": lv <= rv, ">": lv > rv, ">=": lv >= rv}
        if op not in ops:
            raise MarkerError(f"unsupported version operator {op!r}")
        return ops[op]
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    raise MarkerError(f"operator {op!r} needs version operands, got {left!r} and {right!r}")


def evaluate_marker(marker: str, env: Mapping[str, str]) -> bool:
    """Evaluate a PEP 508 marker (the subset lock files use); raise MarkerError on anything unknown."""
    tokens = _tokenize(marker)
    pos = 0

    def peek() -> tuple[str, str] | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> tuple[str, str]:
        nonlocal pos
        if pos >= len(tokens):
            raise MarkerError(f"unexpected end of marker {marker!r}")
        tok = tokens[pos]
        pos += 1
        return tok

    def value() -> tuple[str, bool]:
        kind, text = take()
        if kind == "str":
            return text[1:-1], False
        if kind == "word" and text in env:
            return env[text], text in _VERSION_VARS
        raise MarkerError(f"unknown marker variable or token {text!r} in {marker!r}")

    def comparison() -> bool:
        if peek() == ("op", "("):
            take()
            result = disjunction()
            if take() != ("op", ")"):
                raise MarkerError(f"missing ')' in {marker!r}")
            return result
        left, lver = value()
        kind, text = take()
        if kind == "word" and text == "not":
            if take() != ("word", "in"):
                raise MarkerError(f"expected 'in' after 'not' in {marker!r}")
            op = "not in"
        elif (kind == "word" and text == "in") or kind == "op":
            op = text
        else:
            raise MarkerError(f"expected an operator, got {text!r} in {marker!r}")
        right, rver = value()
        return _compare(left, op, right, lver or rver)

    def conjunction() -> bool:
        result = comparison()
        while peek() == ("word", "and"):
            take()
            rhs = comparison()
            result = result and rhs
        return result

    def disjunction() -> bool:
        result = conjunction()
        while peek() == ("word", "or"):
            take()
            rhs = conjunction()
            result = result or rhs
        return result

    result = disjunction()
    if pos != len(tokens):
        raise MarkerError(f"trailing tokens in marker {marker!r}")
    return result


# --------------------------------------------------------------------------------- (a) installed vs lock


def installed_distributions(paths: list[str] | None = None) -> dict[str, list[tuple[str, str]]]:
    """{normalised name: [(version, location), ...]} for the distributions importlib.metadata finds."""
    found: dict[str, list[tuple[str, str]]] = {}
    for dist in importlib.metadata.distributions(path=paths if paths is not None else sys.path):
        raw_name = dist.metadata["Name"]
        location = str(dist.locate_file(""))
        name = normalize(raw_name) if raw_name else f"<unnamed distribution in {location}>"
        entry = (dist.version, location)
        if entry not in found.setdefault(name, []):
            found[name].append(entry)
    return found


def compare_installed(
    lock: Mapping[str, LockEntry],
    installed: Mapping[str, list[tuple[str, str]]],
    env: Mapping[str, str],
    exempt: Iterable[str] = EXEMPT,
    also_allowed: Mapping[str, LockEntry] | None = None,
) -> list[str]:
    """Differences between the lock and the installed set, one readable line each (empty: they match).

    A distribution that `lock` does not list may still be installed when `also_allowed` pins it at exactly
    the installed version (scripts/run.sh uses this so the runtime check passes in a dev venv too).
    """
    exempt = {normalize(n) for n in exempt}
    optional = also_allowed or {}
    problems: list[str] = []
    for name in sorted(installed):
        if name in exempt:
            continue
        versions = installed[name]
        shown = ", ".join(f"{v} ({loc})" for v, loc in versions)
        if len(versions) > 1:
            problems.append(f"  ! {name}: installed more than once: {shown}")
            continue
        version = versions[0][0]
        entry = lock.get(name)
        if entry is None and name in optional:
            extra = optional[name]
            marker_ok = extra.marker is None or evaluate_marker(extra.marker, env)
            if marker_ok and version.lower() == extra.version.lower():
                continue
        if entry is None:
            problems.append(f"  + {name}=={version}  installed, not in the lock")
        elif entry.marker is not None and not evaluate_marker(entry.marker, env):
            problems.append(
                f"  + {name}=={version}  installed, but the lock limits it to `{entry.marker}`, "
                "which is false here"
            )
        elif version.lower() != entry.version.lower():
            problems.append(f"  ~ {name}: installed {version}, lock pins {entry.version}")
    for name in sorted(lock):
        entry = lock[name]
        if name in installed or name in exempt:
            continue
        if entry.marker is None or evaluate_marker(entry.marker, env):
            problems.append(f"  - {name}=={entry.version}  in the lock, not installed")
    return problems


# ------------------------------------------------------------------------------------- (b) .pth files


def site_dirs() -> list[Path]:
    """Every directory Python may read .pth files from, or that holds installed code."""
    candidates: list[str] = [p for p in sys.path if p]
    try:
        candidates += site.getsitepackages()
    except AttributeError:  # very old virtualenv's site.py
        pass
    user_site = site.getusersitepackages()
    if isinstance(user_site, str):
        candidates.append(user_site)
    dirs: list[Path] = []
    seen: set[Path] = set()
    for cand in candidates:
        path = Path(cand)
        if not path.is_dir():
            continue
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            dirs.append(path)
    return dirs


def editable_pth_allowlist(dlpgate_version: str | None) -> dict[str, frozenset[str]]:
    """The .pth that `pip install -e .` (setuptools, PEP 660) writes for dlpgate, byte for byte."""
    if not dlpgate_version:
        return {}
    module = re.sub(r"\W", "_", f"__editable___dlpgate_{dlpgate_version}_finder")
    content = f"import {module}; {module}.install()".encode()
    return {f"__editable__.dlpgate-{dlpgate_version}.pth": frozenset({hashlib.sha256(content).hexdigest()})}


def scan_pth(dirs: Iterable[Path], allowlist: Mapping[str, frozenset[str]]) -> tuple[list[str], int]:
    """Return (problems, number of .pth files looked at)."""
    problems: list[str] = []
    count = 0
    for directory in dirs:
        try:
            names = sorted(os.listdir(directory))
        except OSError as exc:
            problems.append(f"  ! cannot list {directory}: {exc}")
            continue
        for fname in names:
            if not fname.lower().endswith(".pth"):
                continue
            path = directory / fname
            if not path.is_file():
                continue
            count += 1
            if fname.lower() in MALICIOUS_PTH_NAMES:
                problems.append(
                    f"  ! {path}: litellm_init.pth is the start-up hook planted by a compromised litellm "
                    "release (1.82.7/1.82.8); treat this machine's credentials as stolen"
                )
                continue
            data = path.read_bytes()
            code = [
                line.strip()
                for line in data.decode("utf-8", errors="replace").splitlines()
                if line.lstrip().startswith("import")
            ]
            if not code:
                continue
            digest = hashlib.sha256(data).hexdigest()
            if digest in allowlist.get(fname, frozenset()):
                continue
            problems.append(
                f"  ! {path}: runs code at every Python start and is not allow-listed "
                f"(sha256 {digest}): {code[0][:160]}"
            )
    return problems, count


# ------------------------------------------------------------------------------------------ (c) litellm


def is_bad_litellm(version: str) -> bool:
    v = version.strip().lower()
    return v in LITELLM_BAD_EXACT or any(v == p or v.startswith(p + ".") for p in LITELLM_BAD_PREFIXES)


def check_litellm(installed: Mapping[str, list[tuple[str, str]]]) -> list[str]:
    return [
        f"  ! litellm {version} ({loc}) is a known-bad release (compromised or pulled): do not use it"
        for version, loc in installed.get("litellm", [])
        if is_bad_litellm(version)
    ]


# ----------------------------------------------------------------------------------- (d) the lock files


def check_locks(runtime: Mapping[str, LockEntry], dev: Mapping[str, LockEntry]) -> list[str]:
    problems: list[str] = []
    for label, lock in (("requirements.lock", runtime), ("requirements-dev.lock", dev)):
        entry = lock.get("litellm")
        if entry is not None and is_bad_litellm(entry.version):
            problems.append(f"  ! {label} pins known-bad litellm {entry.version}")
    for name in sorted(runtime):
        r = runtime[name]
        d = dev.get(name)
        if d is None:
            problems.append(
                f"  ! {name}=={r.version} is in requirements.lock but not in requirements-dev.lock"
            )
        elif (d.version, d.marker) != (r.version, r.marker):
            problems.append(
                f"  ! {name}: requirements.lock pins {r.version} ; {r.marker}, "
                f"requirements-dev.lock pins {d.version} ; {d.marker}"
            )
        elif not r.hashes <= d.hashes:
            problems.append(
                f"  ! {name}=={r.version}: requirements.lock has hashes that requirements-dev.lock lacks"
            )
    return problems


# --------------------------------------------------------------------------------------------- main check


def dlpgate_version() -> str | None:
    try:
        return importlib.metadata.version("dlpgate")
    except importlib.metadata.PackageNotFoundError:
        return None


def run_checks(
    lock_path: Path = DEV_LOCK,
    also_allow_path: Path | None = None,
    runtime_lock_path: Path = RUNTIME_LOCK,
    dev_lock_path: Path = DEV_LOCK,
) -> int:
    """All checks; the environment must match `lock_path`. Prints the report, returns the exit status."""
    try:
        lock = read_lock(lock_path)
        also_allowed = read_lock(also_allow_path) if also_allow_path else None
        runtime = read_lock(runtime_lock_path)
        dev = read_lock(dev_lock_path)
    except (OSError, LockError) as exc:
        print(f"supply-chain check FAILED: cannot read the lock files: {exc}")
        return 1
    env = default_environment()
    installed = installed_distributions()
    sections: list[tuple[str, list[str]]] = []
    try:
        sections.append(
            (
                f"installed distributions differ from {lock_path.name}",
                compare_installed(lock, installed, env, also_allowed=also_allowed),
            )
        )
    except MarkerError as exc:
        sections.append((f"cannot evaluate a marker in {lock_path.name}", [f"  ! {exc}"]))
    allow = {**PTH_ALLOWLIST, **editable_pth_allowlist(dlpgate_version())}
    dirs = site_dirs()
    pth_problems, pth_count = scan_pth(dirs, allow)
    sections.append((".pth files that run code at interpreter start", pth_problems))
    sections.append(("litellm", check_litellm(installed)))
    sections.append(("lock files", check_locks(runtime, dev)))

    failed = [(title, probs) for title, probs in sections if probs]
    if failed:
        print(f"supply-chain check FAILED ({sys.executable}):")
        for title, probs in failed:
            print(f"{title}:")
            for line in probs:
                print(line)
        print(
            "Fix: `.venv/bin/pip install --require-hashes -r requirements-dev.lock`, uninstall what the lock "
            "does not list, or recreate the venv (`rm -rf .venv && bash scripts/test.sh`). "
            "See docs/supply-chain.md."
        )
        return 1
    litellm = installed.get("litellm", [("not installed", "")])[0][0]
    counted = sum(1 for n in installed if n not in EXEMPT)
    print(
        f"supply-chain OK: {counted} distributions match {lock_path.name}"
        f"{' (or ' + also_allow_path.name + ')' if also_allow_path else ''}, "
        f"{pth_count} .pth files in {len(dirs)} dirs clean, litellm {litellm}"
    )
    return 0


# ------------------------------------------------------------------------------------------------ relock

TOOLS_RUNTIME = ["setuptools>=68", "wheel"]  # to build `-e .` with --no-build-isolation from the lock
TOOLS_DEV = [*TOOLS_RUNTIME, "uv"]  # uv: the resolver that writes these files
LOCAL_INDEXES = ["/opt/pypi/simple", "/opt/pypi-more/simple"]  # file indexes pip is configured with here
LOCAL_FIND_LINKS = ["/opt/wheels"]
COMMON_ARGS = [
    "--universal",
    "--python-version",
    "3.11",
    "--generate-hashes",
    "--no-header",
    "--index-strategy",
    "unsafe-best-match",
]

NOTES = """\
# {title}
# GENERATED FILE: do not edit by hand. Regenerate both lock files from the repo root with
#     .venv/bin/python .ci/check_supply_chain.py --relock                            # keep pins, add/drop
#     .venv/bin/python .ci/check_supply_chain.py --relock --upgrade-package NAME     # move one package
#     .venv/bin/python .ci/check_supply_chain.py --relock --upgrade                  # move everything
# which runs exactly (uv as pinned in requirements-dev.lock; default index plus the local indexes):
#     {command}
# Install: pip install --require-hashes -r {name}
#          pip install --no-deps --no-build-isolation -e .
# Target: CPython 3.11 on linux x86_64 (a universal resolution from 3.11 on; pip evaluates the markers).
# setuptools and wheel are pinned so that `-e .` builds with --no-build-isolation from hashed files: build
# isolation would fetch setuptools without hash checking.
#
# Why litellm is pinned to exactly 1.103.5 (also in pyproject.toml):
#   - 1.82.7 and 1.82.8 were compromised releases: credential stealers; one of them planted
#     litellm_init.pth, which runs at every Python start. .ci/check_supply_chain.py refuses both and any
#     litellm_init.pth.
#   - the 1.107 line was pulled from the registry (also refused by the check).
#   - releases from about 1.103.8 on require certifi >= 2026.10.19, which the registry here does not have yet.
#   - 1.103.5 is the newest release that resolves here, and it postdates the compromise.
# Before moving litellm: read its release notes and security advisories, then update these notes
# (NOTES in .ci/check_supply_chain.py) and docs/supply-chain.md.
#
"""


def _uv_binary() -> str:
    local = Path(sys.executable).parent / "uv"
    if local.exists():
        return str(local)
    found = shutil.which("uv")
    if not found:
        raise SystemExit("relock needs uv: `.venv/bin/pip install --require-hashes -r requirements-dev.lock`")
    return found


def _index_args() -> list[str]:
    args: list[str] = []
    for idx in LOCAL_INDEXES:
        if Path(idx).is_dir():
            args += ["--extra-index-url", f"file://{idx}"]
    for links in LOCAL_FIND_LINKS:
        if Path(links).is_dir():
            args += ["--find-links", links]
    return args


def relock(upgrade: bool, upgrade_packages: list[str]) -> int:
    uv = _uv_binary()
    extra = ["--upgrade"] if upgrade else []
    for pkg in upgrade_packages:
        extra += ["--upgrade-package", pkg]
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    jobs = [
        (
            DEV_LOCK,
            TOOLS_DEV,
            ["pyproject.toml", "--extra", "dev", "-"],
            f"dlpgate {version}: runtime + [dev] dependencies, exact versions, sha256 of every file.",
        ),
        (
            RUNTIME_LOCK,
            TOOLS_RUNTIME,
            ["pyproject.toml", "-", "-c", DEV_LOCK.name],
            f"dlpgate {version}: runtime dependencies, exact versions, sha256 of every file "
            "(versions taken from requirements-dev.lock).",
        ),
    ]
    for path, tools, inputs, title in jobs:
        cmd = [uv, "pip", "compile", *inputs, *COMMON_ARGS, *_index_args(), *extra, "-o", path.name]
        shown = "printf '" + "".join(t + "\\n" for t in tools) + "' | uv " + " ".join(cmd[1:])
        print(f"+ {shown}", file=sys.stderr)
        subprocess.run(
            cmd, input="\n".join(tools) + "\n", text=True, check=True, cwd=REPO, stdout=subprocess.DEVNULL
        )
        body = path.read_text(encoding="utf-8")
        path.write_text(NOTES.format(title=title, command=shown, name=path.name) + body, encoding="utf-8")
    dev, runtime = read_lock(DEV_LOCK), read_lock(RUNTIME_LOCK)
    problems = check_locks(runtime, dev)
    for line in problems:
        print(line, file=sys.stderr)
    print(
        f"wrote {DEV_LOCK.name} ({len(dev)} pins) and {RUNTIME_LOCK.name} ({len(runtime)} pins)",
        file=sys.stderr,
    )
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--lock", type=Path, default=DEV_LOCK, help="the lock the environment must match exactly"
    )
    parser.add_argument(
        "--also-allow",
        type=Path,
        metavar="LOCK",
        help="distributions pinned here may be installed too, at exactly their pinned version",
    )
    parser.add_argument("--runtime-lock", type=Path, default=RUNTIME_LOCK, help=argparse.SUPPRESS)
    parser.add_argument("--dev-lock", type=Path, default=DEV_LOCK, help=argparse.SUPPRESS)
    parser.add_argument("--relock", action="store_true", help="regenerate both lock files with uv")
    parser.add_argument("--upgrade", action="store_true", help="with --relock: move every package")
    parser.add_argument(
        "--upgrade-package",
        action="append",
        default=[],
        metavar="NAME",
        help="with --relock: move this package (repeatable)",
    )
    args = parser.parse_args(argv)
    if args.relock:
        return relock(args.upgrade, args.upgrade_package)
    if args.upgrade or args.upgrade_package:
        parser.error("--upgrade and --upgrade-package need --relock")
    return run_checks(args.lock, args.also_allow, args.runtime_lock, args.dev_lock)


if __name__ == "__main__":
    sys.exit(main())
