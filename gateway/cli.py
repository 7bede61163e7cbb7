"""The `dlpgate` command: serve, keys, scan. Config and argument errors: one line each, exit 2, no traceback."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from gateway.config import DEFAULT_CONFIG_PATH, Config, ConfigError, load_config

__all__ = [
    "build_parser",
    "main",
]

EXIT_OK, EXIT_BLOCK, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"dlpgate: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise argparse.ArgumentTypeError(f"invalid port {value!r}: use 1-65535")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="dlpgate", description="Data-loss-prevention gateway for LLM providers.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    serve = sub.add_parser("serve", help="run the gateway")
    serve.add_argument("--config", default=str(DEFAULT_CONFIG_PATH))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=_port, default=8080)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])

    keys = sub.add_parser("keys", help="manage API keys")
    ksub = keys.add_subparsers(dest="keys_command", required=True, parser_class=_Parser)
    kc = ksub.add_parser("create", help="create a key; prints it on the last line")
    kc.add_argument("--user", required=True)
    kc.add_argument("--role", required=True, choices=["staff", "auditor", "admin"])
    kc.add_argument("--department")
    kc.add_argument("--config", default=str(DEFAULT_CONFIG_PATH))
    kl = ksub.add_parser("list", help="list keys (never the keys themselves)")
    kl.add_argument("--config", default=str(DEFAULT_CONFIG_PATH))
    kl.add_argument("--active", action="store_true", help="hide revoked keys")
    kr = ksub.add_parser("revoke", help="revoke a key by id")
    kr.add_argument("key_id")
    kr.add_argument("--config", default=str(DEFAULT_CONFIG_PATH))

    docs = sub.add_parser("docs", help="registered confidential documents (fingerprints only)")
    dsub = docs.add_subparsers(dest="docs_command", required=True, parser_class=_Parser)
    dr = dsub.add_parser("register", help="fingerprint a .txt, .md, .csv, .docx, .hwpx or .pdf file (text not kept)")
    dr.add_argument("file")
    dr.add_argument("--title")
    dr.add_argument("--config", default=str(DEFAULT_CONFIG_PATH))
    dl = dsub.add_parser("list", help="list registered documents")
    dl.add_argument("--config", default=str(DEFAULT_CONFIG_PATH))
    dd = dsub.add_parser("remove", help="remove a registered document (audited)")
    dd.add_argument("doc_id")
    dd.add_argument("--config", default=str(DEFAULT_CONFIG_PATH))

    policy = sub.add_parser("policy", help="work with the detection policy")
    psub = policy.add_subparsers(dest="policy_command", required=True, parser_class=_Parser)
    pt = psub.add_parser("test", help="run the policy in a config over example requests")
    pt.add_argument("config_file", metavar="FILE")
    pt.add_argument("--cases", required=True, metavar="DIR")

    scan = sub.add_parser("scan", help="scan text offline with the gateway's detectors and policy")
    scan.add_argument("file", nargs="?", default="-")
    scan.add_argument("--config", default=str(DEFAULT_CONFIG_PATH))
    scan.add_argument("--format", choices=["text", "json"], default="text")
    scan.add_argument("--department", help="apply the policy overrides for this department")
    scan.add_argument("--role", default="staff", choices=["staff", "auditor", "admin"])
    scan.add_argument("--provider", help="apply the policy overrides for this provider id")
    return p


def _load(path: str) -> Config:
    return load_config(path)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "serve":
            from gateway.serve import serve

            config = _load(args.config)
            return serve(config, host=args.host, port=args.port, workers=args.workers, log_level=args.log_level)
        if args.command == "keys":
            from gateway.keys_cli import run_keys

            return asyncio.run(run_keys(args, _load(args.config)))
        if args.command == "docs":
            from gateway.docs_cli import run_docs

            return asyncio.run(run_docs(args, _load(args.config)))
        if args.command == "policy":
            from gateway.policy_cli import run_policy_test

            return run_policy_test(args, _load(args.config_file))
        if args.command == "scan":
            from gateway.scan_cli import run_scan

            return run_scan(args, _load(args.config))
    except ConfigError as exc:
        for line in exc.lines:
            sys.stderr.write(line + "\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    return EXIT_USAGE
