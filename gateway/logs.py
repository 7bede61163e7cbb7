"""JSON logs that carry ids, codes, counts and timings only: never prompt text, keys or detected values.

Only whitelisted `extra` fields are emitted, so a careless `log.info(..., extra={"body": ...})` cannot
put a payload in the log; exceptions are logged as their type name, never their message (a message
may quote input).
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import UTC, datetime

import orjson

__all__ = ["JsonFormatter", "setup_logging"]

ALLOWED_FIELDS = frozenset(
    {
        "request_id",
        "user",
        "department",
        "endpoint",
        "decision",
        "code",
        "status",
        "latency_ms",
        "provider",
        "rule",
        "error",
        "records",
        "entities",
        "host",
        "port",
        "model_index",
        "config",
        "providers",
        "version",
        "actor",
        "target",
        "enabled",
    }
)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            # Arguments are interpolated only for uvicorn's own lifecycle lines (pids, addresses); dlpgate's
            # loggers never pass arguments, and other libraries' arguments may quote input.
            "msg": record.getMessage()
            if record.name.startswith("uvicorn") and not record.exc_info
            else (record.msg if isinstance(record.msg, str) else type(record.msg).__name__),
        }
        for key in ALLOWED_FIELDS:
            if key in record.__dict__:
                out[key] = record.__dict__[key]
        if record.exc_info and record.exc_info[0] is not None:
            # Type and frames only: an exception's message may quote input, its frames cannot.
            out["exception"] = record.exc_info[0].__name__
            out["frames"] = [
                f"{f.filename.rsplit('/', 2)[-1]}:{f.lineno}:{f.name}" for f in traceback.extract_tb(record.exc_info[2])
            ][-8:]
        return orjson.dumps(out, default=str).decode()


def setup_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("uvicorn.access", "httpx", "httpcore", "LiteLLM", "litellm", "alembic", "aiosqlite", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("uvicorn.access").disabled = True
