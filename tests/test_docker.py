"""docker/: invariants of the image, the compose file, the balancer and the example config.

No Docker engine runs on the development machines or in CI, so the files are read and checked, not run. If a
compose client is installed (`docker compose` or the older `docker-compose`), the compose file is also
validated with it; otherwise that one test skips.
"""

from __future__ import annotations

import ipaddress
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from gateway.config import ServerSettings, parse_config

ROOT = Path(__file__).resolve().parents[1]
DOCKER = ROOT / "docker"
GATEWAYS = ("gateway-1", "gateway-2")
SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN|API_KEY|HMAC", re.I)
# name:tag with the tag an exact version (at least major.minor), optionally pinned further by digest.
PINNED_IMAGE = re.compile(r"[a-z0-9./_-]+:\d+\.\d+(\.\d+)*(-[a-z0-9.]+)?(@sha256:[0-9a-f]{64})?")


def _dockerfile() -> str:
    return (DOCKER / "Dockerfile").read_text()


def _compose() -> dict[str, Any]:
    data = yaml.safe_load((DOCKER / "compose.yaml").read_text())
    assert isinstance(data, dict)
    return data


def _services() -> dict[str, dict[str, Any]]:
    services = _compose()["services"]
    assert isinstance(services, dict)
    return services


def _final_stage(text: str) -> str:
    return text[[m.start() for m in re.finditer(r"^FROM ", text, re.M)][-1] :]


def _env_example() -> dict[str, str]:
    pairs = {}
    for line in (DOCKER / ".env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            pairs[name.strip()] = value.strip()
    return pairs


# ---- Dockerfile ----------------------------------------------------------------------------------------------


def test_dockerfile_base_is_pinned_slim_bookworm_in_both_stages() -> None:
    text = _dockerfile()
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", text, re.M)
    assert base, "the base image is set once, in ARG PYTHON_IMAGE"
    assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm(@sha256:[0-9a-f]{64})?", base.group(1))
    froms = re.findall(r"^FROM (\S+)", text, re.M)
    assert froms == ["${PYTHON_IMAGE}", "${PYTHON_IMAGE}"], "multi-stage, both stages on the pinned base"
    assert "imagetools inspect" in text, "the header says how to pin the base by digest"


def test_dockerfile_installs_only_the_lock_hash_checked_and_checks_the_result() -> None:
    text = _dockerfile()
    build = text[: text.index(_final_stage(text))]
    assert "pip install --only-binary=:all: --require-hashes -r requirements.lock" in build
    assert "pip install --no-deps --no-build-isolation --no-index ." in build
    # The check runs after the last install, so a tampered or drifted install fails the build.
    check = build.index(".ci/check_supply_chain.py --lock requirements.lock")
    assert check > build.rindex("pip install")
    # The checker compares requirements.lock with requirements-dev.lock: both must be in the build stage.
    assert re.search(r"^COPY requirements\.lock requirements-dev\.lock ", build, re.M)
    # The runtime stage takes only the checked venv from the build stage.
    assert re.findall(r"^COPY --from=(\S+) (\S+)", _final_stage(text), re.M) == [("build", "/opt/dlpgate")]


def test_dockerfile_copies_only_what_exists_and_is_in_the_build_context() -> None:
    text = _dockerfile()
    ignored = (ROOT / ".dockerignore").read_text().splitlines()
    for line in re.findall(r"^COPY (?!--from)(.+)$", text, re.M):
        *sources, _dest = line.split()
        for src in sources:
            assert (ROOT / src).exists(), f"COPY {src}: no such file in the repo"
            assert not any(src.rstrip("/") == pat.rstrip("/") for pat in ignored), f"{src} is in .dockerignore"
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
    for pattern in packages["include"]:
        assert re.search(rf"^COPY {pattern.rstrip('*')} ", text, re.M), f"package {pattern} is not copied"


def test_runtime_stage_is_non_root_read_only_friendly_and_healthchecked() -> None:
    final = _final_stage(_dockerfile())
    users = re.findall(r"^USER (\S+)$", final, re.M)
    assert users and users[-1] == "10001:10001", "runs as a fixed, non-root UID:GID"
    assert "useradd --system --uid 10001 --gid 10001" in final
    assert re.search(r"^ENV PYTHONDONTWRITEBYTECODE=1", final, re.M) and "PYTHONUNBUFFERED=1" in final
    assert re.search(r"^EXPOSE 8080$", final, re.M)
    health = re.search(r"^HEALTHCHECK .*?CMD (\[.*?\])$", final, re.M | re.S)
    assert health and '"python"' in health.group(1) and "/healthz" in health.group(1)
    assert re.search(r'^ENTRYPOINT \["dlpgate"\]$', final, re.M)
    cmd = re.search(r"^CMD (\[.*\])$", final, re.M)
    assert cmd and yaml.safe_load(cmd.group(1)) == [
        "serve", "--host", "0.0.0.0", "--port", "8080", "--config", "/etc/dlpgate/gateway.yaml",
    ]  # fmt: skip


def test_no_secret_is_baked_into_the_image() -> None:
    text = _dockerfile()
    for line in re.findall(r"^(?:ENV|ARG) (.+)$", text, re.M):
        assert not SECRET_NAME.search(line), f"a secret-like name in the image: {line}"
    ignored = (ROOT / ".dockerignore").read_text()
    for pattern in ("**/.env", ".venv/", "var/", ".git/", "**/*.key"):
        assert pattern in ignored.splitlines(), f".dockerignore misses {pattern}"


# ---- compose -------------------------------------------------------------------------------------------------


def test_compose_has_two_identical_gateway_replicas_lb_postgres_redis() -> None:
    services = _services()
    assert set(services) == {*GATEWAYS, "lb", "postgres", "redis"}
    one, two = ({k: v for k, v in services[g].items() if k not in ("depends_on", "networks")} for g in GATEWAYS)
    assert one == two, "the replicas differ in more than start order and address"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert one["image"] == f"dlpgate:{version}"
    assert one["volumes"] == ["./gateway.yaml:/etc/dlpgate/gateway.yaml:ro"]
    assert one["read_only"] is True and one["user"] == "10001:10001" and one["cap_drop"] == ["ALL"]
    assert one["env_file"] == [".env"]
    grace = ServerSettings().shutdown_grace_s
    assert int(one["stop_grace_period"].removesuffix("s")) > grace, "SIGTERM must leave time to drain"


def test_start_order_migrates_once_then_balances() -> None:
    services = _services()
    for g in GATEWAYS:
        deps = services[g]["depends_on"]
        assert deps["postgres"]["condition"] == deps["redis"]["condition"] == "service_healthy"
    assert services["gateway-2"]["depends_on"]["gateway-1"]["condition"] == "service_healthy"
    assert {g: d["condition"] for g, d in services["lb"]["depends_on"].items()} == dict.fromkeys(
        GATEWAYS, "service_healthy"
    )


def test_every_image_is_pinned_to_an_exact_version() -> None:
    for name, svc in _services().items():
        image = svc["image"]
        assert PINNED_IMAGE.fullmatch(image), f"{name}: {image} is not pinned to an exact version"
        assert "latest" not in image
    assert _services()["postgres"]["image"].startswith("postgres:16.")
    assert _services()["redis"]["image"].startswith("redis:7.")


def test_every_service_has_a_healthcheck() -> None:
    for name, svc in _services().items():
        test = svc.get("healthcheck", {}).get("test")
        assert isinstance(test, list) and test[0] == "CMD", f"{name} has no healthcheck"
    for g in GATEWAYS:
        assert "/healthz" in " ".join(_services()[g]["healthcheck"]["test"])


def test_no_secret_value_is_written_in_compose() -> None:
    for name, svc in _services().items():
        env = svc.get("environment", {})
        assert isinstance(env, dict), f"{name}: environment as a mapping"
        for key, value in env.items():
            if SECRET_NAME.search(key):
                assert re.fullmatch(r"\$\{[A-Z_]+(:\?[^}]*)?\}", str(value)), f"{name}.{key} is inline"
    text = (DOCKER / "compose.yaml").read_text()
    assert not re.search(r"sk-[A-Za-z0-9]{8,}", text)
    for name, value in _env_example().items():
        assert value == "", f"docker/.env.example gives a value for {name}"


def test_networks_keep_storage_internal_and_trust_only_the_balancer() -> None:
    compose = _compose()
    services = compose["services"]
    assert compose["networks"]["backend"]["internal"] is True
    assert services["postgres"]["networks"] == services["redis"]["networks"] == ["backend"]
    assert "ports" not in services["postgres"] and "ports" not in services["redis"]
    assert list(services["lb"]["networks"]) == ["edge"]
    for g in GATEWAYS:
        assert set(services[g]["networks"]) == {"edge", "backend"} and "ports" not in services[g]
    subnet = ipaddress.ip_network(compose["networks"]["edge"]["ipam"]["config"][0]["subnet"])
    lb_addr = ipaddress.ip_address(services["lb"]["networks"]["edge"]["ipv4_address"])
    assert lb_addr in subnet
    trusted = [ipaddress.ip_network(n) for n in _gateway_config().server.trusted_proxies]
    assert trusted == [ipaddress.ip_network(f"{lb_addr}/32")], "trusted_proxies must name the balancer only"


def test_redis_keeps_no_persistence_by_design() -> None:
    command = _services()["redis"]["command"]
    assert command[:5] == ["redis-server", "--save", "", "--appendonly", "no"]
    assert "volumes" not in _services()["redis"]


# ---- load balancer -------------------------------------------------------------------------------------------


def _nginx_block(conf: str, opener: str) -> str:
    start = conf.index(opener)
    depth, i = 0, conf.index("{", start)
    for j in range(i, len(conf)):
        depth += {"{": 1, "}": -1}.get(conf[j], 0)
        if depth == 0:
            return conf[start : j + 1]
    raise AssertionError(f"unbalanced block {opener}")


def _directives(block: str) -> list[str]:
    lines = (ln.split("#", 1)[0].strip() for ln in block.splitlines())
    return [ln for ln in lines if ln.endswith(";")]


def test_balancer_streams_v1_unbuffered() -> None:
    conf = (DOCKER / "nginx.conf").read_text()
    v1 = _directives(_nginx_block(conf, "location /v1/ "))
    assert "proxy_buffering off;" in v1
    assert "proxy_pass http://dlpgate;" in v1
    assert not any(d.startswith("gzip on") for d in _directives(conf))


def test_balancer_body_limit_headers_and_upstreams() -> None:
    conf = (DOCKER / "nginx.conf").read_text()
    directives = _directives(conf)
    limit = _gateway_config().server.max_body_bytes
    assert limit == ServerSettings().max_body_bytes == 4 << 20
    assert f"client_max_body_size {limit >> 20}m;" in directives
    assert f"client_body_buffer_size {limit >> 20}m;" in directives, "prompts must not spill to disk"
    # Overwritten, never appended: the gateway believes the first address the trusted balancer sends.
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in directives
    assert not any("$proxy_add_x_forwarded_for" in d for d in directives)
    upstream = _directives(_nginx_block(conf, "upstream dlpgate "))
    servers = [d.split()[1] for d in upstream if d.startswith("server ")]
    assert servers == [f"{g}:8080" for g in GATEWAYS]
    assert any(d.startswith("proxy_read_timeout ") for d in directives)
    assert "listen 8080;" in directives


# ---- example gateway config ----------------------------------------------------------------------------------


def _gateway_config() -> Any:
    env = {name: "x" * 32 for name in _env_example()}
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env.items():
            mp.setenv(name, value)
        return parse_config(yaml.safe_load((DOCKER / "gateway.yaml").read_text()), "docker/gateway.yaml")


def test_example_config_is_valid_and_uses_shared_storage() -> None:
    config = _gateway_config()
    assert config.storage.database_url == f"postgresql://dlpgate:{'x' * 32}@postgres:5432/dlpgate"
    assert config.storage.redis_url == "redis://redis:6379/0"
    assert config.storage.migrate_on_start is True
    assert config.audit.hmac_key is not None and config.audit.hmac_key.get_secret_value() == "x" * 32
    postgres = _services()["postgres"]["environment"]
    assert (postgres["POSTGRES_USER"], postgres["POSTGRES_DB"]) == ("dlpgate", "dlpgate")


def test_every_required_variable_of_the_example_config_is_in_the_env_example() -> None:
    text = (DOCKER / "gateway.yaml").read_text()
    required = set(re.findall(r"\$\{([A-Z0-9_]+)\}", text))
    assert required and required <= set(_env_example())


# ---- compose client, where one is installed ------------------------------------------------------------------


def _compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True, check=False).returncode == 0:
        return [docker, "compose"]
    legacy = shutil.which("docker-compose")
    return [legacy] if legacy else None


def test_compose_client_accepts_the_file(tmp_path: Path) -> None:
    command = _compose_command()
    if command is None:
        pytest.skip("no compose client (docker compose plugin or docker-compose); the yaml checks above stand")
    work = tmp_path / "docker"
    shutil.copytree(DOCKER, work)
    (work / ".env").write_text("".join(f"{name}=dummy\n" for name in _env_example()))
    compose_file = work / "compose.yaml"
    if command[-1] != "compose":
        # docker-compose 1.x predates the top-level `name` of the Compose Specification.
        compose_file.write_text(re.sub(r"^name: .*\n", "", compose_file.read_text(), flags=re.M))
    result = subprocess.run(
        [*command, "-f", str(compose_file), "config", "--quiet"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
