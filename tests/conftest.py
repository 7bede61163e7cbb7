"""Fixtures: a mock provider and gateways built from the factory with each test's own config, on loopback.

Every test runs under a network guard: a connection or name lookup for anything but loopback fails the
test, which is how the suite proves the gateway (and litellm inside it) stays offline.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openai
import pytest

from gateway.app import create_app
from gateway.auth import KeyStore
from gateway.config import Config, parse_config
from gateway.storage.db import create_engine, migrate
from gateway.types import Role
from tests.support.mock_upstream import MockUpstream
from tests.support.servers import ServerThread, serve_in_thread

UPSTREAM_KEY = "sk-upstream-" + "x" * 20
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
REPO = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = os.environ.get("DLPGATE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("DLPGATE_TEST_REDIS", "redis://127.0.0.1:6379/0")


# --- network guard ----------------------------------------------------------------------------------------
def _is_loopback(host: object) -> bool:
    if not isinstance(host, str):
        return True  # AF_UNIX paths
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def network_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def check(address: Any) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if not _is_loopback(host):
            attempts.append(str(host))
            raise OSError(f"network guard: connection to {host!r} refused in tests")

    def connect(self: socket.socket, address: Any) -> Any:
        check(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        check(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        h = host.decode() if isinstance(host, bytes) else host
        if h is not None and not _is_loopback(h):
            attempts.append(str(h))
            raise socket.gaierror(f"network guard: lookup of {h!r} refused in tests")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts
    assert attempts == [], f"tests tried to reach the network: {attempts}"


# --- mock provider ----------------------------------------------------------------------------------------
@dataclass
class Upstream:
    mock: MockUpstream
    server: ServerThread

    @property
    def base(self) -> str:
        return self.server.url + "/v1"


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    mock = MockUpstream()
    with serve_in_thread(mock.app()) as server:
        yield Upstream(mock, server)


@pytest.fixture
def upstream2() -> Iterator[Upstream]:
    mock = MockUpstream()
    with serve_in_thread(mock.app()) as server:
        yield Upstream(mock, server)


# --- storage ----------------------------------------------------------------------------------------------
def _service_up(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_service(name: str, host: str, port: int, how: str) -> None:
    if _service_up(host, port):
        return
    if IN_CI:
        pytest.fail(f"{name} is not reachable on {host}:{port} in CI; .ci/run must start it")
    pytest.skip(f"{name} is not running on {host}:{port}; start it with: {how}")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    require_service(
        "PostgreSQL", "127.0.0.1", 5432, "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
    )
    import asyncpg

    name = f"dlpgate_t_{uuid.uuid4().hex[:12]}"
    admin_dsn = PG_ADMIN_URL

    async def run(sql: str) -> None:
        conn = await asyncpg.connect(admin_dsn)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(run(f'CREATE DATABASE "{name}"'))
    base = admin_dsn.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# --- gateway ----------------------------------------------------------------------------------------------
@dataclass
class Gateway:
    config: Config
    server: ServerThread
    db_path: Path | None
    keys: dict[str, str] = field(default_factory=dict)
    clients: list[openai.OpenAI] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url

    def client(self, role: str = "staff", *, api_key: str | None = None, **kw: Any) -> openai.OpenAI:
        c = openai.OpenAI(
            base_url=self.url + "/v1", api_key=api_key or self.keys[role], max_retries=0, timeout=30, **kw
        )
        self.clients.append(c)
        return c

    def aclient(self, role: str = "staff") -> openai.AsyncOpenAI:
        """Async client: use it as `async with gw.aclient() as c:` so it closes on the test's loop."""
        return openai.AsyncOpenAI(base_url=self.url + "/v1", api_key=self.keys[role], max_retries=0, timeout=30)

    def close_clients(self) -> None:
        for c in self.clients:
            c.close()

    def headers(self, role: str = "staff") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[role]}"}

    def refusal(self, text: str) -> openai.PermissionDeniedError | None:
        """The 403 a staff chat request carrying `text` gets, or None when it is served."""
        try:
            self.client().chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": text}],
            )
        except openai.PermissionDeniedError as exc:
            return exc
        return None

    def audit_record(self, rid: str, timeout_s: float = 5.0) -> dict[str, Any]:
        """The audit record of request `rid` once its completion is written (or as it is after `timeout_s`)."""
        import httpx

        deadline = time.monotonic() + timeout_s
        while True:
            rec: dict[str, Any] = httpx.get(f"{self.url}/admin/api/audit/{rid}", headers=self.headers("auditor")).json()
            if rec.get("status") == "complete" or time.monotonic() > deadline:
                return rec
            time.sleep(0.05)

    def cli(self, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
        """`dlpgate ARGS` in a subprocess, against this gateway's storage, as an operator would run it."""
        cfg = tmp_path / "cli.yaml"
        cfg.write_text(f"storage:\n  database_url: {self.config.storage.database_url}\n")
        return subprocess.run(
            [sys.executable, "-m", "gateway", *args, "--config", str(cfg)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            cwd=tmp_path,
        )


async def _make_keys(url: str) -> dict[str, str]:
    engine = create_engine(url)
    try:
        await migrate(engine)
        store = KeyStore(engine)
        out = {}
        for role, dept in (("staff", "planning"), ("auditor", "security"), ("admin", "it")):
            key, _ = await store.create(user=f"{role}-user", role=Role(role), department=dept, created_by="test")
            out[role] = key
        return out
    finally:
        await engine.dispose()


def mock_provider(upstream: Upstream, **overrides: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": "mock-openai",
        "kind": "openai",
        "api_base": upstream.base,
        "api_key": UPSTREAM_KEY,
        "enabled": True,
        "models": ["gpt-4o-mini", "text-embedding-3-small", "gpt-3.5-turbo-instruct"],
        "timeout_s": 5,
    }
    entry.update(overrides)
    return entry


GatewayFactory = Callable[..., Gateway]


@pytest.fixture
def make_gateway(tmp_path: Path) -> Iterator[GatewayFactory]:
    started: list[ServerThread] = []
    gateways: list[Gateway] = []

    def factory(data: dict[str, Any] | None = None, *, database_url: str | None = None) -> Gateway:
        data = dict(data or {})
        db_path = None
        if database_url is None:
            db_path = tmp_path / f"gw-{secrets.token_hex(4)}.db"
            database_url = f"sqlite:///{db_path}"
        data.setdefault("storage", {})["database_url"] = database_url
        config = parse_config(data, "test-config")
        keys = asyncio.run(_make_keys(database_url))
        server = ServerThread(create_app(config))
        server.start()
        started.append(server)
        gw = Gateway(config, server, db_path, keys)
        gateways.append(gw)
        return gw

    yield factory
    for gw in gateways:
        gw.close_clients()
    for s in started:
        s.stop()


@pytest.fixture
def gateway(make_gateway: GatewayFactory, upstream: Upstream) -> Gateway:
    return make_gateway({"providers": [mock_provider(upstream)]})


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on at the moment."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def process_env() -> dict[str, str]:
    """The environment for `python -m gateway` in a subprocess: this checkout on the path."""
    return {**os.environ, "PYTHONPATH": str(REPO)}


def cli_key(
    cfg: Path, role: str = "staff", cwd: Path | None = None, user: str = "u", department: str | None = None
) -> str:
    """A new key from `dlpgate keys create`, as an operator makes one (the key is the last stdout line)."""
    dept = ["--department", department] if department else []
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "gateway",
            "keys",
            "create",
            "--user",
            user,
            "--role",
            role,
            *dept,
            "--config",
            str(cfg),
        ],
        capture_output=True,
        text=True,
        check=True,
        env=process_env(),
        cwd=cwd,
        timeout=120,
    )
    return proc.stdout.strip().splitlines()[-1]


def wait_until_serving(
    url: str, proc: Any, path: str = "/healthz", limit_s: float = 30, log: Path | None = None
) -> None:
    """Poll `url + path` until it answers 200; fail if the process exits or `limit_s` passes (with the log's tail)."""
    import httpx

    deadline = time.monotonic() + limit_s
    while True:
        try:
            if httpx.get(url + path, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        tail = log.read_text(errors="replace")[-2000:] if log is not None else ""
        assert proc.poll() is None and time.monotonic() < deadline, f"gateway did not start: {tail}"
        time.sleep(0.05)


# --- a Redis server of the test's own (never the machine's shared one, so tests may stop it) -------------
class OwnRedis:
    def __init__(self, tmp: Path) -> None:
        self.port = free_port()
        self.dir = tmp
        self.proc: Any = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        import subprocess
        import time

        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not _service_up("127.0.0.1", self.port):
            if time.monotonic() > deadline:
                raise RuntimeError("own redis-server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    import shutil

    if shutil.which("redis-server") is None:
        if IN_CI:
            pytest.fail("redis-server is not installed; .ci/run must install it")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = OwnRedis(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# --- a PostgreSQL server of the test's own, as the postgres user, on a free port (stoppable) --------------
class OwnPostgres:
    def __init__(self, tmp: Path) -> None:
        import glob

        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        if not bins:
            raise RuntimeError("PostgreSQL server binaries not found")
        self.bin = Path(bins[-1])
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        self.data = Path("/tmp") / f"dlpgate-pg-{uuid.uuid4().hex[:8]}"
        self._as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        import subprocess

        subprocess.run([*self._as_pg, *args], check=True, capture_output=True, timeout=60)

    def init(self) -> None:
        import subprocess

        subprocess.run(
            ["install", "-d", "-o", "postgres", "-g", "postgres", str(self.data)]
            if self._as_pg
            else ["mkdir", "-p", str(self.data)],
            check=True,
        )
        self._run(str(self.bin / "initdb"), "-D", str(self.data / "db"), "-A", "trust", "-U", "postgres", "--no-sync")

    def start(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data / "db"),
            "-w",
            "-t",
            "30",
            "-l",
            str(self.data / "log"),
            "-o",
            f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        )

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data / "db"), "-w", "-m", "fast", "stop")


@pytest.fixture
def own_postgres() -> Iterator[OwnPostgres]:
    import shutil

    try:
        server = OwnPostgres(Path("/tmp"))
    except RuntimeError:
        if IN_CI:
            pytest.fail("PostgreSQL server binaries are not installed")
        pytest.skip("PostgreSQL server binaries are not installed (apt-get install postgresql)")
    server.init()
    server.start()
    try:
        yield server
    finally:
        try:
            server.stop()
        except Exception:  # noqa: BLE001 - it may already be stopped by the test
            pass
        shutil.rmtree(server.data, ignore_errors=True)
