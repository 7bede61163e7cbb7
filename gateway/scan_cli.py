"""`dlpgate scan`: the gateway's detectors and policy, offline. Exit 0 allow (or mask), 1 block, 2 usage error."""

from __future__ import annotations

import argparse
import sys

import orjson

from detectors import Engine, EngineSettings, ScanIncomplete
from detectors.report import findings_to_json, render_text
from gateway.config import Config
from gateway.extract import Extraction
from gateway.policy import UNSCANNABLE_TEXT_RULE, Verdict, decide, effective_policy
from gateway.types import SlotFinding, TextSlot

__all__ = ["run_scan"]

MAX_SCAN_BYTES = 64 << 20


def run_scan(args: argparse.Namespace, config: Config) -> int:
    try:
        if args.file == "-":
            raw = sys.stdin.buffer.read(MAX_SCAN_BYTES + 1)
        else:
            with open(args.file, "rb") as fh:
                raw = fh.read(MAX_SCAN_BYTES + 1)
    except OSError as exc:
        sys.stderr.write(f"dlpgate scan: {args.file}: cannot read ({exc.strerror or exc})\n")
        return 2
    if len(raw) > MAX_SCAN_BYTES:
        sys.stderr.write(f"dlpgate scan: {args.file}: larger than {MAX_SCAN_BYTES} bytes\n")
        return 2
    text = raw.decode("utf-8", errors="replace")
    engine = Engine(EngineSettings(spacy_models=tuple(config.detection.spacy_models)))
    try:
        found = engine.scan(text)
    except ScanIncomplete:
        # what the gateway refuses with rule unscannable_text:block (the engine gives no deadline here)
        if args.format == "json":
            verdict = {"verdict": "block", "rule": UNSCANNABLE_TEXT_RULE, "entities": {}}
            sys.stdout.write(orjson.dumps({"findings": [], "decision": verdict}, option=orjson.OPT_INDENT_2).decode())
            sys.stdout.write("\n")
        else:
            sys.stdout.write("the text holds more encoded text, or deeper encodings, than one scan decodes\n")
            sys.stdout.write(f"decision: block ({UNSCANNABLE_TEXT_RULE})\n")
        return 1
    slot_findings = [SlotFinding(0, f.entity, f.start, f.end, f.score, f.recognizer, f.validated) for f in found]
    extraction = Extraction((TextSlot("input", text),), (("input",),), (), ())
    effective = effective_policy(config.policy, department=args.department, role=args.role, provider_id=args.provider)
    decision = decide(slot_findings, extraction, effective)
    if args.format == "json":
        out = findings_to_json(text, found)
        out["decision"] = {
            "verdict": decision.verdict.value,
            "rule": decision.rule,
            "entities": decision.entities,
            "policy_revision": decision.policy_revision,
        }
        sys.stdout.write(orjson.dumps(out, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        sys.stdout.write(render_text(text, found, color=sys.stdout.isatty()) + "\n")
        sys.stdout.write(
            f"decision: {decision.verdict.value}" + (f" ({decision.rule})" if decision.rule else "") + "\n"
        )
    return 1 if decision.verdict == Verdict.BLOCK else 0
