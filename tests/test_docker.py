"""docker/: invariants of the image and the compose file (no Docker engine runs here, so they are read)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from gateway.config import parse_config

DOCKER = Path(__file__).resolve().parents[1] / "docker"


def test_dockerfile_is_pinned_non_root_and_hash_checked() -> None:
    text = (DOCKER / "Dockerfile").read_text()
    froms = re.findall(r"^FROM (\S+)", text, re.M)
    assert froms and all(re.fullmatch(r"python:3\.11\.\d+-slim-bookworm", f) for f in froms)
    assert "--require-hashes -r requirements.lock" in text
    assert "check_supply_chain.py --lock requirements.lock" in text
    assert re.search(r"^USER 10001:10001$", text, re.M)
    assert "HEALTHCHECK" in text and "/healthz" in text
    assert not re.search(r"(API_KEY|PASSWORD|HMAC_KEY)\s*=", text)


def test_compose_has_two_replicas_lb_postgres_redis_all_pinned() -> None:
    compose = yaml.safe_load((DOCKER / "compose.yaml").read_text())
    services = compose["services"]
    assert {"gateway-1", "gateway-2", "lb", "postgres", "redis"} <= set(services)
    for name, svc in services.items():
        image = svc.get("image", "")
        assert image and not image.endswith(":latest") and ":" in image, name
        assert re.search(r":\d", image), f"{name} is not pinned to a version"
    for name in ("lb", "postgres", "redis"):
        assert "healthcheck" in services[name]
    for name in ("gateway-1", "gateway-2"):
        assert services[name]["read_only"] is True
        assert services[name]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "POSTGRES_PASSWORD" in str(services["postgres"]["environment"]["POSTGRES_PASSWORD"])
    assert "${" in services["postgres"]["environment"]["POSTGRES_PASSWORD"]  # from the env file, never inline


def test_load_balancer_streams_unbuffered_and_matches_body_limit() -> None:
    conf = (DOCKER / "nginx.conf").read_text()
    v1 = conf[conf.index("location /v1/") :]
    v1 = v1[: v1.index("}")]
    assert "proxy_buffering off;" in v1 and "X-Forwarded-For" in v1
    assert "client_max_body_size 4m;" in conf
    assert "gateway-1:8080" in conf and "gateway-2:8080" in conf


def test_gateway_config_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTGRES_PASSWORD", "pw")
    monkeypatch.setenv("DLPGATE_AUDIT_HMAC_KEY", "k" * 32)
    config = parse_config(yaml.safe_load((DOCKER / "gateway.yaml").read_text()), "docker/gateway.yaml")
    assert config.storage.database_url.startswith("postgresql://") and config.storage.redis_url
    assert config.audit.hmac_key is not None
