"""`dlpgate docs register FILE|list|remove ID`: registered confidential documents, against the configured storage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gateway.cli_storage import CLI_ACTOR, cli_storage
from gateway.config import Config
from gateway.documents import DocumentStore, extract_text
from gateway.errors import GatewayError

__all__ = ["run_docs"]


async def run_docs(args: argparse.Namespace, config: Config) -> int:
    async with cli_storage(config) as storage:
        audit = storage.audit
        store = DocumentStore(storage.engine)
        if args.docs_command == "register":
            path = Path(args.file)
            try:
                data = path.read_bytes()
            except OSError as exc:
                sys.stderr.write(f"dlpgate docs register: {path}: cannot read ({exc.strerror or exc})\n")
                return 2
            try:
                text, kind = extract_text(path.name, data)
                info = await store.register(
                    title=args.title or path.stem,
                    text=text,
                    source_type=kind,
                    actor=CLI_ACTOR,
                    key=await audit.resolve_key(),
                )
            except GatewayError as exc:
                sys.stderr.write(f"dlpgate docs register: {path}: {exc.message}\n")
                return 2
            await audit.admin_event(
                actor=CLI_ACTOR,
                action="document.register",
                target=info.id,
                before=None,
                after={"title": info.title, "fingerprints": info.fingerprints},
                request_id=None,
            )
            sys.stdout.write(f"registered {info.id} ({info.fingerprints} fingerprints; the text is not kept)\n")
            return 0
        if args.docs_command == "list":
            for d in await store.all():
                sys.stdout.write(
                    f"{d.id}\t{d.source_type}\t{d.fingerprints}\t{d.registered_by}\t"
                    f"{d.registered_at:%Y-%m-%d %H:%M}\t{d.title}\n"
                )
            return 0
        if args.docs_command == "remove":
            try:
                info = await store.remove(args.doc_id)
            except GatewayError as exc:
                sys.stderr.write(f"dlpgate docs remove: {exc.message}\n")
                return 2
            await audit.admin_event(
                actor=CLI_ACTOR,
                action="document.remove",
                target=info.id,
                before={"title": info.title},
                after=None,
                request_id=None,
            )
            sys.stdout.write(f"removed {info.id}\n")
            return 0
        return 2
