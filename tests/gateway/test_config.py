"""Config: validation, ${ENV} interpolation, one clear line per mistake, exit 2, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gateway.config import ConfigError, default_policy, load_config, parse_config

REPO = Path(__file__).resolve().parents[2]


def _dlpgate(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    import os

    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=full_env,
    )


def test_default_yaml_states_the_builtin_policy() -> None:
    config = load_config(REPO / "policies" / "default.yaml")
    assert config.policy == default_policy()
    assert parse_config({}).policy == default_policy()


def test_default_yaml_providers_stay_off_without_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    from gateway.blocklist import BlockList
    from gateway.routing import Router

    for var in ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    config = load_config(REPO / "policies" / "default.yaml")
    router = Router(config, BlockList(config.blocked))
    assert [r.client_model for r in router.available_models()] == ["dlpgate-demo"]
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    config = load_config(REPO / "policies" / "default.yaml")
    router = Router(config, BlockList(config.blocked))
    assert "gpt-4o-mini" in [r.client_model for r in router.available_models()]


def test_env_interpolation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_KEY", "sk-from-env")
    c = parse_config(
        {
            "providers": [
                {
                    "id": "a",
                    "kind": "openai",
                    "api_key": "${MY_KEY}",
                    "models": ["m"],
                    "api_base": "${MISSING_BASE:-http://127.0.0.1:9/v1}",
                }
            ]
        }
    )
    assert c.providers[0].api_key is not None and c.providers[0].api_key.get_secret_value() == "sk-from-env"
    assert c.providers[0].api_base == "http://127.0.0.1:9/v1"
    with pytest.raises(ConfigError) as exc:
        parse_config(
            {"providers": [{"id": "a", "kind": "openai", "api_key": "${NOT_SET_ANYWHERE}", "models": ["m"]}]}, "f.yaml"
        )
    assert exc.value.lines == [
        "f.yaml: providers[0].api_key: environment variable NOT_SET_ANYWHERE is not set "
        "(write ${NOT_SET_ANYWHERE:-} to allow it to be empty)"
    ]


BAD = [
    ("providers:\n  - id: a\n    kind: opena1\n    models: [m]\n", "providers[0].kind: unknown provider kind"),
    ("providers:\n  - id: a\n    kind: openai\n", "providers[0].models: Field required"),
    (
        "providers:\n  - {id: a, kind: openai, models: [m], api_base: ftp://x}\n",
        "providers[0].api_base: api_base must be",
    ),
    (
        "providers:\n  - {id: a, kind: openai, models: [m]}\n  - {id: a, kind: openai, models: [n]}\n",
        "duplicate provider id",
    ),
    (
        "providers:\n  - {id: a, kind: openai, models: [m]}\n  - {id: b, kind: openai, models: [M]}\n",
        "exactly one provider",
    ),
    ("storage:\n  database_url: mysql://x\n", "storage.database_url: database_url must start"),
    ("policy:\n  entities:\n    KR_SSN: block\n", "policy.entities.KR_SSN"),
    ("policy:\n  entities:\n    KR_RRN: shred\n", "policy.entities.KR_RRN.action"),
    ("surprise: 1\n", "surprise: Extra inputs are not permitted"),
    ("providers: [\n", "line "),
    ("- just\n- a list\n", "<root>: expected a mapping"),
]


@pytest.mark.parametrize("text,expected", BAD, ids=[b[1][:30] for b in BAD])
def test_bad_config_one_line_exit_2_no_traceback(tmp_path: Path, text: str, expected: str) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(text)
    proc = _dlpgate("serve", "--config", str(cfg), "--port", "1", cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert any(line.startswith(f"{cfg}: ") and expected in line for line in lines), proc.stderr


def test_missing_config_file(tmp_path: Path) -> None:
    proc = _dlpgate("serve", "--config", str(tmp_path / "nope.yaml"), cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"{tmp_path / 'nope.yaml'}: <file>: cannot read config")


@pytest.mark.parametrize(
    "args",
    [["serve", "--port", "99999"], ["keys", "create", "--user", "x", "--role", "root"], ["frobnicate"], ["keys"]],
)
def test_bad_arguments_exit_2(tmp_path: Path, args: list[str]) -> None:
    proc = _dlpgate(*args, cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
