"""`dlpgate keys create|list|revoke`, against the storage named in the config."""

from __future__ import annotations

import argparse
import sys

from gateway.auth import TOPIC as KEYS_TOPIC
from gateway.auth import KeyStore
from gateway.changes import announce
from gateway.cli_storage import CLI_ACTOR, cli_storage
from gateway.config import Config
from gateway.errors import NotFound
from gateway.types import Role

__all__ = ["run_keys"]


async def run_keys(args: argparse.Namespace, config: Config) -> int:
    async with cli_storage(config) as storage:
        audit = storage.audit
        store = KeyStore(storage.engine)
        if args.keys_command == "create":
            try:
                key, info = await store.create(
                    user=args.user, role=Role(args.role), department=args.department, created_by=CLI_ACTOR
                )
            except ValueError as exc:
                sys.stderr.write(f"dlpgate keys create: {exc}\n")
                return 2
            await audit.admin_event(
                actor=CLI_ACTOR,
                action="key.create",
                target=info.id,
                before=None,
                after={"user": info.user, "role": info.role.value, "department": info.department},
                request_id=None,
            )
            sys.stdout.write(f"# key id {info.id} for {info.user} ({info.role.value}); shown once, store it now\n")
            sys.stdout.write(key + "\n")
            return 0
        if args.keys_command == "list":
            for k in await store.list(include_revoked=not args.active):
                state = f"revoked {k.revoked_at:%Y-%m-%d %H:%M}" if k.revoked_at else "active"
                sys.stdout.write(f"{k.id}\t{k.prefix}…\t{k.user}\t{k.role.value}\t{k.department or '-'}\t{state}\n")
            return 0
        if args.keys_command == "revoke":
            try:
                info = await store.revoke(args.key_id)
            except NotFound as exc:
                sys.stderr.write(f"dlpgate keys revoke: {exc.message}\n")
                return 2
            await audit.admin_event(
                actor=CLI_ACTOR,
                action="key.revoke",
                target=info.id,
                before={"revoked": False},
                after={"revoked": True},
                request_id=None,
            )
            # Running replicas drop their cached copy at once; without Redis, within their key cache's lifetime.
            await announce(config.storage.redis_url, KEYS_TOPIC)
            sys.stdout.write(f"revoked {info.id} ({info.user})\n")
            return 0
        return 2
