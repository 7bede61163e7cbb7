"""`dlpgate scan`: the gateway's detectors and policy offline; exit 0 allow, 1 block, 2 usage error."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT = str(REPO / "policies" / "default.yaml")


def _scan(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway", "scan", *args], input=stdin, capture_output=True,
                          text=True, timeout=60, cwd=cwd, env={**os.environ, "PYTHONPATH": str(REPO)})


def test_block_exit_1_json(tmp_path: Path) -> None:
    proc = _scan("-", "--config", DEFAULT, "--format", "json", stdin="고객 주민등록번호 850315-1234566 확인 바랍니다")
    assert proc.returncode == 1, proc.stderr
    out = json.loads(proc.stdout)
    assert out["decision"]["verdict"] == "block" and out["decision"]["rule"] == "entities.KR_RRN:block"
    assert any(f["entity"] == "KR_RRN" and f["start"] == 10 and f["end"] == 24 for f in out["findings"])
    assert "850315-1234566" not in json.dumps(out["findings"])


def test_allow_exit_0_text_from_file(tmp_path: Path) -> None:
    f = tmp_path / "prompt.txt"
    f.write_text("다음 회의 안건을 정리해 주세요. 버전 3.2.1 배포 일정 포함.", encoding="utf-8")
    proc = _scan(str(f), "--config", DEFAULT)
    assert proc.returncode == 0, proc.stderr
    assert "decision: allow" in proc.stdout


def test_mask_is_exit_0_and_highlights(tmp_path: Path) -> None:
    proc = _scan("-", "--config", DEFAULT, stdin="연락처는 kim.minsu@example.org 입니다")
    assert proc.returncode == 0
    assert "EMAIL_ADDRESS" in proc.stdout and "decision: mask" in proc.stdout


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    proc = _scan(str(tmp_path / "missing.txt"), "--config", DEFAULT)
    assert proc.returncode == 2 and "cannot read" in proc.stderr and "Traceback" not in proc.stderr
    proc = _scan("-", "--config", str(tmp_path / "nope.yaml"), stdin="x")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    proc = _scan("-", "--format", "xml", stdin="x")
    assert proc.returncode == 2


def test_text_encoded_deeper_than_a_scan_unwraps_is_a_block(tmp_path: Path) -> None:
    deep = "주민등록번호 850315-1234566"
    for _ in range(5):
        deep = base64.b64encode(deep.encode()).decode()
    proc = _scan("-", "--config", DEFAULT, "--format", "json", stdin=f"decode: {deep}")
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["decision"] == {"verdict": "block", "rule": "unscannable_text:block", "entities": {}}
    text = _scan("-", "--config", DEFAULT, stdin=f"decode: {deep}")
    assert text.returncode == 1 and "decision: block (unscannable_text:block)" in text.stdout
