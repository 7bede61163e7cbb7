"""`dlpgate serve`: uvicorn with graceful shutdown, JSON logs, and no access log (ours carries ids only).

With --workers N, uvicorn runs N processes on one port; each builds its own app from the config file
named in DLPGATE_CONFIG (they share state through the database, as separate replicas do).
"""

from __future__ import annotations

import os

import uvicorn
from fastapi import FastAPI

from gateway.app import create_app
from gateway.config import Config, load_config
from gateway.logs import setup_logging

__all__ = ["app_from_env", "serve"]

CONFIG_ENV = "DLPGATE_CONFIG"


def app_from_env() -> FastAPI:
    setup_logging(os.environ.get("DLPGATE_LOG_LEVEL", "INFO").upper())
    return create_app(load_config(os.environ[CONFIG_ENV]), freeze_after_start=True)


def serve(config: Config, *, host: str, port: int, workers: int = 1, log_level: str = "info") -> int:
    setup_logging(log_level.upper())
    common = {
        "host": host,
        "port": port,
        "log_config": None,
        "access_log": False,
        "log_level": log_level,
        "timeout_graceful_shutdown": int(config.server.shutdown_grace_s),
        "server_header": False,
        "lifespan": "on",
        # X-Forwarded-For is read by dlpgate itself, from server.trusted_proxies only (gateway/api/deps.py);
        # uvicorn's own handling would believe it from any local peer.
        "proxy_headers": False,
    }
    if workers > 1:
        os.environ[CONFIG_ENV] = config.source
        os.environ["DLPGATE_LOG_LEVEL"] = log_level
        uvicorn.run("gateway.serve:app_from_env", factory=True, workers=workers, **common)  # type: ignore[arg-type]
        return 0
    server = uvicorn.Server(uvicorn.Config(create_app(config, freeze_after_start=True), **common))  # type: ignore[arg-type]
    server.run()
    return 0 if server.started else 1
