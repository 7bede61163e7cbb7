"""`dlpgate policy test CONFIG --cases DIR`: run the policy over example requests and print the decisions.

A case is a YAML file: `name`, `request` (a request body), optional `endpoint` (default chat.completions),
`principal` ({role, department}), `provider` (defaults to the provider serving the model), `justification`,
and `expect` ({decision, rule, entities}). Exit 0 when every expectation holds, 1 otherwise, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from detectors import Engine, EngineSettings, ScanIncomplete
from gateway.blocklist import BlockList
from gateway.config import Config
from gateway.errors import GatewayError
from gateway.extract import extract
from gateway.policy import UNSCANNABLE_TEXT_RULE, decide, effective_policy, outcome
from gateway.routing import Router
from gateway.types import SlotFinding

__all__ = ["run_case", "run_policy_test"]

MAX_CASES = 10_000


def run_case(case: dict[str, Any], config: Config, engine: Engine, router: Router) -> dict[str, Any]:
    body = case.get("request")
    if not isinstance(body, dict):
        raise ValueError("`request` must be a mapping (a request body)")
    principal = case.get("principal") or {}
    provider = case.get("provider")
    if provider is None and isinstance(body.get("model"), str):
        try:
            provider = router.resolve(body["model"]).provider_id
        except GatewayError as exc:
            return {
                "decision": "blocked" if exc.http_status == 403 else "error",
                "rule": exc.error_code,
                "entities": [],
            }
    extraction = extract(body)
    try:
        findings = [
            SlotFinding(i, f.entity, f.start, f.end, f.score, f.recognizer, f.validated)
            for i, slot in enumerate(extraction.slots)
            for f in engine.scan(slot.text)
        ]
    except ScanIncomplete:  # the gateway refuses such a request in every mode (gateway/pipeline.py)
        return {"decision": "blocked", "would": None, "rule": UNSCANNABLE_TEXT_RULE, "entities": [], "overrides": []}
    effective = effective_policy(
        config.policy, department=principal.get("department"), role=principal.get("role", "staff"), provider_id=provider
    )
    decision = decide(findings, extraction, effective)
    kind, would = outcome(decision, justified=bool(str(case.get("justification") or "").strip()))
    return {
        "decision": kind.value,
        "would": would.value if would else None,
        "rule": decision.rule,
        "entities": sorted(decision.entities),
        "overrides": list(decision.overrides),
    }


def _check(expect: dict[str, Any], got: dict[str, Any]) -> list[str]:
    problems = []
    for key in ("decision", "rule", "would"):
        if key in expect and expect[key] != got.get(key):
            problems.append(f"{key}: expected {expect[key]!r}, got {got.get(key)!r}")
    if "entities" in expect and sorted(expect["entities"]) != got["entities"]:
        problems.append(f"entities: expected {sorted(expect['entities'])}, got {got['entities']}")
    return problems


def run_policy_test(args: argparse.Namespace, config: Config) -> int:
    cases_dir = Path(args.cases)
    if not cases_dir.is_dir():
        sys.stderr.write(f"dlpgate policy test: {cases_dir}: not a directory\n")
        return 2
    files = sorted([*cases_dir.glob("*.yaml"), *cases_dir.glob("*.yml")])[:MAX_CASES]
    if not files:
        sys.stderr.write(f"dlpgate policy test: {cases_dir}: no *.yaml cases\n")
        return 2
    engine = Engine(EngineSettings(spacy_models=tuple(config.detection.spacy_models)))
    router = Router(config, BlockList(config.blocked))
    failures = 0
    for f in files:
        try:
            case = yaml.safe_load(f.read_text(encoding="utf-8"))
            if not isinstance(case, dict):
                raise ValueError("a case must be a mapping")
            got = run_case(case, config, engine, router)
        except (OSError, ValueError, yaml.YAMLError) as exc:
            sys.stderr.write(f"{f}: {exc}\n")
            return 2
        name = case.get("name", f.stem)
        problems = _check(case.get("expect") or {}, got)
        detail = got["decision"] + (f" ({got['rule']})" if got.get("rule") else "")
        if got.get("would"):
            detail += f", would be {got['would']}"
        if problems:
            failures += 1
            sys.stdout.write(f"FAIL {name}: {detail}; " + "; ".join(problems) + "\n")
        else:
            sys.stdout.write(f"ok   {name}: {detail}\n")
    sys.stdout.write(f"{len(files) - failures} passed, {failures} failed\n")
    return 1 if failures else 0
