"""The supply-chain checker must fail when it should (a check that cannot fail is a defect)."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


def _load_checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_supply_chain", REPO / ".ci" / "check_supply_chain.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


csc = _load_checker()

H1 = "a" * 64
H2 = "b" * 64
LINUX_311 = {
    "implementation_name": "cpython",
    "implementation_version": "3.11.7",
    "os_name": "posix",
    "platform_machine": "x86_64",
    "platform_python_implementation": "CPython",
    "platform_release": "6.1.0",
    "platform_system": "Linux",
    "platform_version": "#1 SMP",
    "python_full_version": "3.11.7",
    "python_version": "3.11",
    "sys_platform": "linux",
    "extra": "",
}
DISTUTILS_PTH = (
    b"import os; var = 'SETUPTOOLS_USE_DISTUTILS'; enabled = os.environ.get(var, 'local') == 'local'; "
    b"enabled and __import__('_distutils_hack').add_shim(); \n"
)


def lock_text(*lines: str) -> str:
    return "# header comment\n" + "".join(lines)


def entry(req: str, *hashes: str) -> str:
    hs = hashes or (H1,)
    return req + " \\\n" + " \\\n".join(f"    --hash=sha256:{h}" for h in hs) + "\n    # via something\n"


# ------------------------------------------------------------------------------------------ lock parsing


def test_parse_lock_reads_names_versions_markers_and_hashes() -> None:
    lock = csc.parse_lock(
        lock_text(
            entry("Foo_Bar==1.2.3", H1, H2),
            entry("async-timeout==5.0.1 ; python_full_version < '3.11.3'"),
        )
    )
    assert set(lock) == {"foo-bar", "async-timeout"}
    assert lock["foo-bar"].version == "1.2.3"
    assert lock["foo-bar"].hashes == {H1, H2}
    assert lock["foo-bar"].marker is None
    assert lock["async-timeout"].marker == "python_full_version < '3.11.3'"


@pytest.mark.parametrize(
    "text",
    [
        "foo>=1.0 \\\n    --hash=sha256:" + H1 + "\n",  # not an exact pin
        "foo==1.0\n",  # no hash
        "-e .\n",  # editable line
        "--index-url file:///somewhere\nfoo==1.0 --hash=sha256:" + H1 + "\n",  # options
        entry("foo==1.0") + entry("Foo==2.0"),  # pinned twice (after normalisation)
        "# only comments\n",  # empty
    ],
)
def test_parse_lock_rejects_anything_but_hashed_exact_pins(text: str) -> None:
    with pytest.raises(csc.LockError):
        csc.parse_lock(text)


def test_repo_lock_files_parse_and_agree() -> None:
    dev = csc.read_lock(REPO / "requirements-dev.lock")
    runtime = csc.read_lock(REPO / "requirements.lock")
    assert dev["litellm"].version == "1.103.5"
    assert {"setuptools", "wheel", "pytest", "uv"} <= set(dev)
    assert {"setuptools", "wheel", "litellm"} <= set(runtime)
    assert "pytest" not in runtime
    assert csc.check_locks(runtime, dev) == []


def test_check_locks_catches_disagreement_and_bad_litellm() -> None:
    dev = csc.parse_lock(lock_text(entry("litellm==1.82.8"), entry("httpx==0.28.1", H1)))
    runtime = csc.parse_lock(lock_text(entry("httpx==0.28.0", H1), entry("orjson==3.0", H1)))
    problems = "\n".join(csc.check_locks(runtime, dev))
    assert "known-bad litellm 1.82.8" in problems
    assert "httpx" in problems
    assert "orjson" in problems
    same_version_other_hash = csc.parse_lock(lock_text(entry("httpx==0.28.1", H2)))
    assert csc.check_locks(same_version_other_hash, dev) != []


# ---------------------------------------------------------------------------------------------- markers


@pytest.mark.parametrize(
    ("marker", "expected"),
    [
        ("python_full_version < '3.11.3'", False),
        ("python_full_version >= '3.11.3'", True),
        ("python_version == '3.11'", True),
        ("python_full_version == '3.11.*'", True),
        ("python_full_version != '3.11.*'", False),
        ("python_full_version >= '3.12' and sys_platform == 'emscripten'", False),
        ("sys_platform == 'win32'", False),
        ("sys_platform != 'emscripten'", True),
        ("platform_machine == 'AMD64' or platform_machine == 'x86_64'", True),
        (
            "platform_python_implementation != 'PyPy' and sys_platform != 'cygwin' and sys_platform != 'win32'",
            True,
        ),
        ("(sys_platform == 'win32' or sys_platform == 'linux') and python_version >= '3.10'", True),
        ("'linux' in sys_platform", True),
        ("'win' not in sys_platform", True),
        ('extra == "dev"', False),
    ],
)
def test_evaluate_marker(marker: str, expected: bool) -> None:
    assert csc.evaluate_marker(marker, LINUX_311) is expected


@pytest.mark.parametrize(
    "marker", ["no_such_var == '1'", "sys_platform ~= 'linux'", "sys_platform ==", "(sys_platform == 'x'"]
)
def test_evaluate_marker_refuses_what_it_does_not_understand(marker: str) -> None:
    with pytest.raises(csc.MarkerError):
        csc.evaluate_marker(marker, LINUX_311)


def test_default_environment_matches_this_interpreter() -> None:
    env = csc.default_environment()
    assert env["python_version"] == f"{sys.version_info.major}.{sys.version_info.minor}"
    assert env["sys_platform"] == sys.platform


# ----------------------------------------------------------------------------------- (a) installed vs lock

LOCK = csc.parse_lock(
    lock_text(
        entry("fastapi==0.165.0"),
        entry("PyYAML==6.0.3"),
        entry("async-timeout==5.0.1 ; python_full_version < '3.11.3'"),
        entry("colorama==0.4.6 ; sys_platform == 'win32'"),
    )
)


def installed(**versions: str) -> dict[str, list[tuple[str, str]]]:
    return {csc.normalize(k): [(v, "/site-packages")] for k, v in versions.items()}


def test_matching_environment_passes() -> None:
    inst = installed(fastapi="0.165.0", pyyaml="6.0.3", pip="23.2.1", dlpgate="0.1.0")
    assert csc.compare_installed(LOCK, inst, LINUX_311) == []


def test_extra_distribution_fails() -> None:
    inst = installed(fastapi="0.165.0", pyyaml="6.0.3", requests="2.34.2")
    assert csc.compare_installed(LOCK, inst, LINUX_311) == ["  + requests==2.34.2  installed, not in the lock"]


def test_version_mismatch_fails() -> None:
    inst = installed(fastapi="0.164.0", pyyaml="6.0.3")
    assert csc.compare_installed(LOCK, inst, LINUX_311) == ["  ~ fastapi: installed 0.164.0, lock pins 0.165.0"]


def test_missing_lock_entry_fails_but_marker_excluded_entries_are_not_required() -> None:
    inst = installed(fastapi="0.165.0")
    assert csc.compare_installed(LOCK, inst, LINUX_311) == ["  - pyyaml==6.0.3  in the lock, not installed"]
    old_python = {**LINUX_311, "python_full_version": "3.11.2"}
    problems = csc.compare_installed(LOCK, installed(fastapi="0.165.0", pyyaml="6.0.3"), old_python)
    assert problems == ["  - async-timeout==5.0.1  in the lock, not installed"]


def test_installed_although_marker_excludes_it_fails() -> None:
    inst = installed(fastapi="0.165.0", pyyaml="6.0.3", colorama="0.4.6")
    assert len(csc.compare_installed(LOCK, inst, LINUX_311)) == 1


def test_also_allowed_lock_permits_exact_pins_only() -> None:
    dev_only = csc.parse_lock(lock_text(entry("pytest==9.2.0")))
    inst = installed(fastapi="0.165.0", pyyaml="6.0.3", pytest="9.2.0")
    assert csc.compare_installed(LOCK, inst, LINUX_311) != []
    assert csc.compare_installed(LOCK, inst, LINUX_311, also_allowed=dev_only) == []
    inst["pytest"] = [("9.1.0", "/site-packages")]
    assert csc.compare_installed(LOCK, inst, LINUX_311, also_allowed=dev_only) != []
    # It never excuses a runtime entry that is missing or at another version.
    missing = installed(fastapi="0.165.0", pytest="9.2.0")
    assert csc.compare_installed(LOCK, missing, LINUX_311, also_allowed=dev_only) != []


def test_names_are_compared_after_pep503_normalisation() -> None:
    inst = {"pyyaml": [("6.0.3", "/sp")], "fastapi": [("0.165.0", "/sp")]}
    assert csc.compare_installed(LOCK, inst, LINUX_311) == []
    assert csc.normalize("Foo.Bar__baz") == "foo-bar-baz"


def test_two_installed_copies_fail() -> None:
    inst = installed(fastapi="0.165.0", pyyaml="6.0.3")
    inst["pyyaml"].append(("5.4", "/root/.local/lib/python3.11/site-packages"))
    assert "installed more than once" in csc.compare_installed(LOCK, inst, LINUX_311)[0]


def test_installed_distributions_reads_dist_info(tmp_path: Path) -> None:
    info = tmp_path / "Some_Pkg-1.2.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: Some_Pkg\nVersion: 1.2\n")
    assert csc.installed_distributions([str(tmp_path)]) == {"some-pkg": [("1.2", str(tmp_path))]}


# ---------------------------------------------------------------------------------------- (b) .pth files


def test_plain_path_pth_and_allowlisted_code_pass(tmp_path: Path) -> None:
    (tmp_path / "paths.pth").write_text("/opt/somewhere\n# import nothing, a comment\n")
    (tmp_path / "distutils-precedence.pth").write_bytes(DISTUTILS_PTH)
    problems, count = csc.scan_pth([tmp_path], csc.PTH_ALLOWLIST)
    assert (problems, count) == ([], 2)


def test_the_real_setuptools_pth_is_allowlisted() -> None:
    digest = hashlib.sha256(DISTUTILS_PTH.rstrip(b"\n")).hexdigest()
    allowed = csc.PTH_ALLOWLIST["distutils-precedence.pth"]
    assert digest in allowed or hashlib.sha256(DISTUTILS_PTH).hexdigest() in allowed


def test_litellm_init_pth_fails_whatever_its_content(tmp_path: Path) -> None:
    (tmp_path / "litellm_init.pth").write_text("/harmless/looking/path\n")
    problems, _ = csc.scan_pth([tmp_path], csc.PTH_ALLOWLIST)
    assert len(problems) == 1
    assert "litellm_init.pth" in problems[0]


def test_litellm_init_pth_fails_even_with_other_case(tmp_path: Path) -> None:
    (tmp_path / "LiteLLM_init.PTH").write_text("import os\n")
    problems, _ = csc.scan_pth([tmp_path], csc.PTH_ALLOWLIST)
    assert len(problems) == 1


@pytest.mark.parametrize(
    "content",
    [
        "import os; os.system('curl evil')\n",
        "/some/path\nimport base64, sys; exec(base64.b64decode('cHJpbnQoMSk='))\n",
        "  import os\n",
        "import\tos\n",
    ],
)
def test_pth_that_runs_code_fails(tmp_path: Path, content: str) -> None:
    (tmp_path / "innocent.pth").write_text(content)
    problems, _ = csc.scan_pth([tmp_path], csc.PTH_ALLOWLIST)
    assert len(problems) == 1
    assert "innocent.pth" in problems[0]


def test_allowlisted_name_with_other_content_fails(tmp_path: Path) -> None:
    (tmp_path / "distutils-precedence.pth").write_bytes(DISTUTILS_PTH + b"import os; os.system('x')\n")
    problems, _ = csc.scan_pth([tmp_path], csc.PTH_ALLOWLIST)
    assert len(problems) == 1


def test_allowlisted_content_under_another_name_fails(tmp_path: Path) -> None:
    (tmp_path / "other.pth").write_bytes(DISTUTILS_PTH)
    problems, _ = csc.scan_pth([tmp_path], csc.PTH_ALLOWLIST)
    assert len(problems) == 1


def test_editable_pth_for_the_installed_version_only(tmp_path: Path) -> None:
    hook = b"import __editable___dlpgate_0_1_0_finder; __editable___dlpgate_0_1_0_finder.install()"
    (tmp_path / "__editable__.dlpgate-0.1.0.pth").write_bytes(hook)
    allow = {**csc.PTH_ALLOWLIST, **csc.editable_pth_allowlist("0.1.0")}
    assert csc.scan_pth([tmp_path], allow) == ([], 1)
    # Not installed, another version, or extra code: all refused.
    assert csc.scan_pth([tmp_path], {**csc.PTH_ALLOWLIST, **csc.editable_pth_allowlist(None)})[0] != []
    assert csc.scan_pth([tmp_path], {**csc.PTH_ALLOWLIST, **csc.editable_pth_allowlist("0.2.0")})[0] != []
    (tmp_path / "__editable__.dlpgate-0.1.0.pth").write_bytes(hook + b"\nimport os\n")
    assert csc.scan_pth([tmp_path], allow)[0] != []


def test_site_dirs_covers_every_site_packages() -> None:
    import site

    dirs = {p.resolve() for p in csc.site_dirs()}
    for sp in site.getsitepackages():
        if Path(sp).is_dir():
            assert Path(sp).resolve() in dirs


# ------------------------------------------------------------------------------------------- (c) litellm


@pytest.mark.parametrize("version", ["1.82.7", "1.82.8", "1.107", "1.107.0", "1.107.3", "1.107.10.post1"])
def test_bad_litellm_versions_fail(version: str) -> None:
    assert csc.is_bad_litellm(version)
    assert len(csc.check_litellm(installed(litellm=version))) == 1


@pytest.mark.parametrize("version", ["1.103.5", "1.82.6", "1.82.9", "1.10.7", "1.1070.0", "1.108.0"])
def test_other_litellm_versions_pass(version: str) -> None:
    assert not csc.is_bad_litellm(version)
    assert csc.check_litellm(installed(litellm=version)) == []


# ---------------------------------------------------------------------------------------------- end to end


def test_run_checks_fails_on_a_lock_this_environment_does_not_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "dev.lock"
    bogus.write_text(lock_text(entry("definitely-not-installed-pkg==1.0")))
    assert csc.run_checks(bogus) == 1
    out = capsys.readouterr().out
    assert "FAILED" in out
    assert "- definitely-not-installed-pkg==1.0  in the lock, not installed" in out


def test_run_checks_fails_on_a_planted_pth(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "litellm_init.pth").write_text("import os\n")
    monkeypatch.setattr(csc, "site_dirs", lambda: [tmp_path])
    monkeypatch.setattr(csc, "compare_installed", lambda *a, **k: [])
    monkeypatch.setattr(csc, "installed_distributions", lambda *a, **k: installed(litellm="1.103.5"))
    assert csc.run_checks() == 1
    assert "litellm_init.pth" in capsys.readouterr().out
    (tmp_path / "litellm_init.pth").unlink()
    assert csc.run_checks() == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("supply-chain OK")
