"""Gateway overhead against direct calls to the same mock upstream, in one run.

Starts bench/fast_mock.py and `dlpgate serve` (DLP scanning and auditing on, default policy, SQLite audit log in a
temporary directory), then measures, direct-to-mock and through the gateway:

  cold start   process spawn to the first 200 from POST /v1/chat/completions
  c=1          p50/p99 latency of a ~1 KB mixed Korean/English prompt (forwarded: nothing sensitive in it)
  c=32         requests per second, same prompt; then a prompt whose e-mail is masked, and one that is refused (RRN)
  stream       time to the first `data:` event, sequential, and a check that every event arrives
  memory       VmRSS and VmHWM of each gateway process after the load

The load generator is wrk (Debian package) with a Lua script; when wrk is absent a Python asyncio generator is used
and the results say so. Every target is 127.0.0.1; every child is killed on exit; every loop is bounded.

    python bench/gateway_bench.py [--duration 10] [--workers 1] [--quick]

Prints a markdown table and writes JSON to bench/results/gateway-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httptools

HOST = "127.0.0.1"
MODEL = "gpt-4o-mini"
ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
STREAM_EVENTS = 22
START_TIMEOUT_S = 60.0
IO_TIMEOUT_S = 10.0
MAX_RESPONSE_BYTES = 4 << 20

TARGETS = {
    "p50_overhead_ms": 3.0,
    "p99_overhead_ms": 10.0,
    "rps_c32": 400.0,
    "ttfb_overhead_ms": 5.0,
    "rss_mb_per_worker": 250.0,
    "cold_start_s": 3.0,
}
LITELLM_REFERENCE = {
    "version": "1.109.1",
    "p50_overhead_ms": 26.0,
    "rps_c32": 37.0,
    "rss_mb": "350-470",
    "cold_start_s": 13.6,
}

# About 1 KB of UTF-8 (Korean is 3 bytes a character) with nothing the default policy acts on, so it is forwarded;
# scanning, the decision and the audit write still run in full.
CLEAN_PROMPT = (
    "다음 회의 메모를 세 문단으로 요약하고 할 일 목록을 정리해 주세요. "
    "Please summarise the meeting notes below in three short paragraphs and list the action items. "
    "이번 분기 프로젝트는 대체로 일정대로 진행되고 있으며, 테스트 자동화 범위를 넓히는 작업이 남아 있습니다. "
    "The team agreed to move the release review to next week, because the load tests need another run "
    "on the staging cluster and the dashboards are not finished yet. "
    "문서화는 설계 문서와 운영 가이드로 나누어 진행하기로 했고, 초안은 다음 주 수요일까지 공유합니다. "
    "Open questions: how long to keep the logs, which metrics to alert on, and who reviews the runbook. "
    "성능 측정 결과는 표로 정리하고, 지난 분기와 비교해 달라진 점을 짧게 설명해 주세요. "
    "Keep the tone neutral and avoid marketing language. "
    "답변은 한국어로 작성하되 기술 용어는 영어 그대로 두어도 됩니다."
)
MASK_PROMPT = CLEAN_PROMPT + " 결과는 bench.user@example.com 으로 보내 주세요."
BLOCK_PROMPT = CLEAN_PROMPT + " 참고로 제 주민등록번호는 850315-1234566 입니다."


def chat_body(prompt: str, *, stream: bool = False) -> bytes:
    body: dict[str, object] = {"model": MODEL, "messages": [{"role": "user", "content": prompt}]}
    if stream:
        body["stream"] = True
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


# ---------------------------------------------------------------- a small blocking HTTP/1.1 client (keep-alive)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    first_event_s: float | None  # seconds from send to the first body byte holding `data:`
    total_s: float


class _ReplyParser:
    def __init__(self) -> None:
        self.headers: dict[str, str] = {}
        self.body = bytearray()
        self.done = False
        self.first_event_at: float | None = None

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers[name.decode("latin-1").lower()] = value.decode("latin-1")

    def on_body(self, body: bytes) -> None:
        self.body += body
        if self.first_event_at is None and b"data:" in self.body:
            self.first_event_at = time.perf_counter()
        if len(self.body) > MAX_RESPONSE_BYTES:
            raise RuntimeError("response too large")

    def on_message_complete(self) -> None:
        self.done = True


class RawClient:
    """One keep-alive connection to 127.0.0.1; no client library between the bench and the socket."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.sock: socket.socket | None = None

    def _connect(self) -> socket.socket:
        if self.sock is None:
            s = socket.create_connection((HOST, self.port), timeout=IO_TIMEOUT_S)
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.sock = s
        return self.sock

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Reply:
        sock = self._connect()
        head = f"POST {path} HTTP/1.1\r\nhost: {HOST}:{self.port}\r\ncontent-type: application/json\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        head += f"content-length: {len(body)}\r\n\r\n"
        state = _ReplyParser()
        parser = httptools.HttpResponseParser(state)
        t0 = time.perf_counter()
        try:
            sock.sendall(head.encode() + body)
            while not state.done:
                data = sock.recv(65536)
                if not data:
                    raise ConnectionError("connection closed before the response ended")
                parser.feed_data(data)
        except BaseException:
            self.close()
            raise
        t1 = time.perf_counter()
        if not parser.should_keep_alive():
            self.close()
        first = None if state.first_event_at is None else state.first_event_at - t0
        return Reply(parser.get_status_code(), state.headers, bytes(state.body), first, t1 - t0)


def sse_events(body: bytes) -> list[bytes]:
    return [line[5:].strip() for line in body.split(b"\n") if line.startswith(b"data:")]


# ---------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process {proc.args!r} exited with {proc.returncode} before listening")
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.2):
            return
        time.sleep(0.01)
    raise RuntimeError(f"port {port} did not open within {timeout_s} s")


def dlpgate_cmd() -> list[str]:
    script = Path(sys.executable).parent / "dlpgate"
    return [str(script)] if script.exists() else [sys.executable, "-m", "gateway"]


def descendants(pid: int) -> list[int]:
    """pid and all its descendants (uvicorn --workers N starts N worker processes under one parent)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo and len(out) < 1000:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def proc_memory(pid: int) -> dict[str, object]:
    fields: dict[str, object] = {"pid": pid}
    try:
        text = Path(f"/proc/{pid}/status").read_text()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return fields
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key.lower() + "_mb"] = round(int(value.split()[0]) / 1024, 1)
    fields["cmd"] = cmd[:120]
    return fields


def cpu_seconds(pids: list[int]) -> float:
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            parts = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(parts[11]) + int(parts[12])  # utime, stime
    return total / tick


def machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine have used (first line of /proc/stat, less idle and iowait)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def stop(proc: subprocess.Popen[bytes] | None) -> None:
    """SIGTERM the child's process group (uvicorn workers included), then SIGKILL after a grace period."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


# ---------------------------------------------------------------- load generation


@dataclass
class Load:
    label: str
    target: str  # "direct" or "gateway"
    connections: int
    duration_s: float
    requests: int
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    mean_ms: float
    non_2xx: int
    socket_errors: int
    generator: str
    cpu_s: dict[str, float] = field(default_factory=dict)


WRK_LUA = """
wrk.method = "POST"
wrk.body = [==[{body}]==]
wrk.headers["Content-Type"] = "application/json"
{auth}
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCHJSON {{\\"requests\\":%d,\\"duration_us\\":%d,\\"p50\\":%d,\\"p90\\":%d,\\"p99\\":%d," ..
    "\\"max\\":%d,\\"mean\\":%f,\\"status\\":%d,\\"connect\\":%d,\\"read\\":%d,\\"write\\":%d,\\"timeout\\":%d}}\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, e.status, e.connect, e.read, e.write, e.timeout))
end
"""


def wrk_script(workdir: Path, name: str, body: bytes, key: str | None) -> Path:
    if b"]==]" in body:
        raise ValueError("body must not contain the Lua long-string terminator")
    auth = f'wrk.headers["Authorization"] = "Bearer {key}"' if key else ""
    path = workdir / f"{name}.lua"
    path.write_text(WRK_LUA.format(body=body.decode(), auth=auth))
    return path


def run_wrk(port: int, script: Path, connections: int, duration_s: float) -> dict[str, float]:
    timeout_s = max(2, int(duration_s) + 2)
    cmd = [
        "wrk", "-t1", f"-c{connections}", f"-d{max(1, round(duration_s))}s", f"--timeout={timeout_s}s",
        "--latency", "-s", str(script), f"http://{HOST}:{port}/v1/chat/completions",
    ]  # fmt: skip
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration_s + 30, check=True).stdout
    m = re.search(r"BENCHJSON (\{.*\})", out)
    if m is None:
        raise RuntimeError(f"wrk printed no summary:\n{out}")
    raw = json.loads(m.group(1))
    secs = raw["duration_us"] / 1e6
    return {
        "requests": raw["requests"],
        "duration_s": secs,
        "rps": raw["requests"] / secs,
        "p50_ms": raw["p50"] / 1000,
        "p90_ms": raw["p90"] / 1000,
        "p99_ms": raw["p99"] / 1000,
        "max_ms": raw["max"] / 1000,
        "mean_ms": raw["mean"] / 1000,
        "non_2xx": raw["status"],
        "socket_errors": raw["connect"] + raw["read"] + raw["write"] + raw["timeout"],
    }


async def _py_worker(port: int, request: bytes, until: float, lat: list[float], counts: list[int]) -> None:
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        while time.perf_counter() < until:
            state = _ReplyParser()
            parser = httptools.HttpResponseParser(state)
            t0 = time.perf_counter()
            writer.write(request)
            while not state.done:
                data = await asyncio.wait_for(reader.read(65536), IO_TIMEOUT_S)
                if not data:
                    raise ConnectionError("closed")
                parser.feed_data(data)
            lat.append(time.perf_counter() - t0)
            if parser.get_status_code() >= 400:
                counts[0] += 1
    except (TimeoutError, OSError, ConnectionError):
        counts[1] += 1
    finally:
        writer.close()


def run_python_load(port: int, body: bytes, key: str | None, connections: int, duration_s: float) -> dict[str, float]:
    """Fallback when wrk is absent: one asyncio loop, raw sockets. Slower than wrk; results say which ran."""
    head = f"POST /v1/chat/completions HTTP/1.1\r\nhost: {HOST}:{port}\r\ncontent-type: application/json\r\n"
    if key:
        head += f"authorization: Bearer {key}\r\n"
    request = (head + f"content-length: {len(body)}\r\n\r\n").encode() + body
    lat: list[float] = []
    counts = [0, 0]

    async def main() -> float:
        t0 = time.perf_counter()
        until = t0 + duration_s
        await asyncio.gather(*(_py_worker(port, request, until, lat, counts) for _ in range(connections)))
        return time.perf_counter() - t0

    secs = asyncio.run(main())
    q = sorted(lat) or [0.0]

    def pct(p: float) -> float:
        return q[min(len(q) - 1, int(p / 100 * len(q)))] * 1000

    return {
        "requests": len(lat),
        "duration_s": secs,
        "rps": len(lat) / secs,
        "p50_ms": pct(50),
        "p90_ms": pct(90),
        "p99_ms": pct(99),
        "max_ms": q[-1] * 1000,
        "mean_ms": statistics.fmean(q) * 1000,
        "non_2xx": counts[0],
        "socket_errors": counts[1],
    }


# ---------------------------------------------------------------- the run


@dataclass
class Bench:
    args: argparse.Namespace
    workdir: Path
    mock_port: int = 0
    gw_port: int = 0
    key: str = ""
    mock: subprocess.Popen[bytes] | None = None
    gateway: subprocess.Popen[bytes] | None = None
    results: dict[str, object] = field(default_factory=dict)
    loads: list[Load] = field(default_factory=list)

    @property
    def wrk(self) -> bool:
        return shutil.which("wrk") is not None and not self.args.python_load

    def log(self, msg: str) -> None:
        print(f"[bench] {msg}", file=sys.stderr, flush=True)

    def spawn(self, cmd: list[str], logname: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        out = (self.workdir / logname).open("wb")
        return subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT, cwd=self.workdir, env=env, start_new_session=True
        )

    def start_mock(self) -> None:
        self.mock_port = free_port()
        cmd = [sys.executable, str(ROOT / "bench" / "fast_mock.py"), "--port", str(self.mock_port)]
        cmd += ["--events", str(STREAM_EVENTS), "--gap-ms", str(self.args.stream_gap_ms)]
        self.mock = self.spawn(cmd, "mock.log")
        wait_port(self.mock_port, self.mock, 15)

    def write_config(self) -> Path:
        """SQLite in the work directory unless the caller set `database_url` / `redis_url` / `limits` on args
        (bench/scaleout_bench.py does)."""
        transport = "" if self.args.transport == "auto" else f"\n    transport: {self.args.transport}"
        database_url = getattr(self.args, "database_url", None) or f"sqlite:///{self.workdir}/dlpgate.db"
        redis_url = getattr(self.args, "redis_url", None)
        limits = getattr(self.args, "limits", None)
        config = self.workdir / "dlpgate.yaml"
        config.write_text(
            f"""providers:
  - id: bench-mock
    kind: openai
    api_base: http://{HOST}:{self.mock_port}/v1
    api_key: dummy
    models: [{MODEL}]{transport}
storage:
  database_url: {database_url}
"""
            + (f"  redis_url: {redis_url}\n" if redis_url else "")
            + (f"limits: {limits}\n" if limits else "")
        )
        return config

    def create_key(self, config: Path) -> None:
        cmd = [*dlpgate_cmd(), "keys", "create", "--user", "bench", "--role", "staff", "--config", str(config)]
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=self.workdir, timeout=120, check=True).stdout
        self.key = out.strip().splitlines()[-1].strip()

    def start_gateway(self, config: Path) -> None:
        """Spawn `dlpgate serve` and time it to the first 200 from a chat completion through it."""
        self.gw_port = free_port()
        cmd = [*dlpgate_cmd(), "serve", "--config", str(config), "--host", HOST, "--port", str(self.gw_port)]
        cmd += ["--workers", str(self.args.workers), "--log-level", "warning"]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        body = chat_body(CLEAN_PROMPT)
        t0 = time.perf_counter()
        self.gateway = self.spawn(cmd, "gateway.log", env)
        deadline = time.monotonic() + START_TIMEOUT_S
        attempts = 0
        while True:
            if self.gateway.poll() is not None:
                raise RuntimeError(f"gateway exited with {self.gateway.returncode}; see {self.workdir}/gateway.log")
            if time.monotonic() > deadline:
                raise RuntimeError(f"gateway gave no 200 within {START_TIMEOUT_S} s")
            attempts += 1
            client = RawClient(self.gw_port)
            try:
                reply = client.post("/v1/chat/completions", body, self.auth)
            except OSError:
                time.sleep(0.01)
                continue
            finally:
                client.close()
            if reply.status == 200:
                break
            time.sleep(0.01)
        cold = time.perf_counter() - t0
        self.results["cold_start_s"] = round(cold, 3)
        self.results["cold_start_attempts"] = attempts
        self.log(f"cold start to first 200: {cold:.2f} s")

    @property
    def auth(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.key}"}

    def check_decisions(self) -> None:
        """The three prompts must be forwarded, masked and refused, or the figures mean nothing."""
        client = RawClient(self.gw_port)
        try:
            expect = {"allowed": (CLEAN_PROMPT, 200), "masked": (MASK_PROMPT, 200), "blocked": (BLOCK_PROMPT, 403)}
            seen = {}
            for name, (prompt, status) in expect.items():
                reply = client.post("/v1/chat/completions", chat_body(prompt), self.auth)
                decision = reply.headers.get("x-dlp-decision", "")
                seen[name] = {"status": reply.status, "x-dlp-decision": decision or None}
                if reply.status != status or (status == 200 and decision != name):
                    raise RuntimeError(f"{name} prompt: expected {status}/{name}, got {reply.status}/{decision!r}")
            self.results["decisions"] = seen
        finally:
            client.close()

    def pids(self, target: str) -> list[int]:
        proc = self.gateway if target == "gateway" else self.mock
        return descendants(proc.pid) if proc is not None else []

    def load(self, label: str, target: str, prompt: str, connections: int, duration_s: float) -> Load:
        port = self.gw_port if target == "gateway" else self.mock_port
        key = self.key if target == "gateway" else None
        body = chat_body(prompt)
        warm = self.args.warmup
        if self.wrk:
            script = wrk_script(self.workdir, f"{label}-{target}", body, key)

            def go(secs: float) -> dict[str, float]:
                return run_wrk(port, script, connections, secs)

            generator = "wrk -t1"
        else:

            def go(secs: float) -> dict[str, float]:
                return run_python_load(port, body, key, connections, secs)

            generator = "python-asyncio" + (" (--python-load)" if self.args.python_load else " (wrk not found)")
        go(warm)
        before = {"gateway": cpu_seconds(self.pids("gateway")), "mock": cpu_seconds(self.pids("mock"))}
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        ru_self0 = resource.getrusage(resource.RUSAGE_SELF)
        busy0 = machine_busy_seconds()
        r = go(duration_s)
        busy = machine_busy_seconds() - busy0
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        ru_self1 = resource.getrusage(resource.RUSAGE_SELF)
        gen_cpu = (
            (ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime)
            if self.wrk
            else (ru_self1.ru_utime + ru_self1.ru_stime - ru_self0.ru_utime - ru_self0.ru_stime)
        )
        cpu = {
            "gateway": round(cpu_seconds(self.pids("gateway")) - before["gateway"], 2),
            "mock": round(cpu_seconds(self.pids("mock")) - before["mock"], 2),
            "load_generator": round(gen_cpu, 2),
        }
        # CPU used by anything else on the machine during the run: more than a few percent of a core makes the
        # tail figures (p99) unreliable, so it is recorded with each run and flagged in the table.
        cpu["other"] = round(max(0.0, busy - sum(cpu.values())), 2)
        result = Load(label, target, connections, generator=generator, cpu_s=cpu, **r)  # type: ignore[arg-type]
        self.loads.append(result)
        self.log(
            f"{label:>8} {target:>7} c={connections:<3} {result.rps:9.1f} req/s  p50 {result.p50_ms:7.3f} ms  "
            f"p99 {result.p99_ms:7.3f} ms  non-2xx {result.non_2xx}  errors {result.socket_errors}  cpu {cpu}"
        )
        return result

    def streams(self, target: str, n: int) -> dict[str, object]:
        port = self.gw_port if target == "gateway" else self.mock_port
        headers = self.auth if target == "gateway" else {}
        body = chat_body(CLEAN_PROMPT, stream=True)
        client = RawClient(port)
        ttfb: list[float] = []
        total: list[float] = []
        complete = 0
        incomplete: list[int] = []
        deadline = time.monotonic() + 120
        try:
            for i in range(n + 5):  # the first five warm the connection and are not counted
                if time.monotonic() > deadline:
                    break
                reply = client.post("/v1/chat/completions", body, headers)
                events = sse_events(reply.body)
                chunks = [e for e in events if e != b"[DONE]"]
                ok = reply.status == 200 and len(chunks) == STREAM_EVENTS and events[-1:] == [b"[DONE]"]
                ok = ok and all(json.loads(c)["object"] == "chat.completion.chunk" for c in chunks)
                if i < 5:
                    continue
                if ok:
                    complete += 1
                else:
                    incomplete.append(len(chunks))
                if reply.first_event_s is not None:
                    ttfb.append(reply.first_event_s)
                total.append(reply.total_s)
        finally:
            client.close()
        q = sorted(ttfb) or [float("nan")]
        out = {
            "target": target,
            "streams": len(total),
            "complete": complete,
            "incomplete_event_counts": incomplete[:10],
            "ttfb_p50_ms": round(statistics.median(q) * 1000, 3),
            "ttfb_p99_ms": round(q[min(len(q) - 1, int(0.99 * len(q)))] * 1000, 3),
            "total_p50_ms": round(statistics.median(total or [float("nan")]) * 1000, 3),
        }
        self.log(f"stream {target}: {out}")
        return out

    def memory(self, when: str) -> None:
        procs = [proc_memory(p) for p in self.pids("gateway")]
        self.results.setdefault("memory", {})[when] = procs  # type: ignore[union-attr]

    def run(self) -> None:
        a = self.args
        self.start_mock()
        config = self.write_config()
        self.create_key(config)
        self.start_gateway(config)
        self.check_decisions()
        self.memory("after_start")
        d = a.duration
        self.load("clean", "direct", CLEAN_PROMPT, 1, d)
        self.load("clean", "gateway", CLEAN_PROMPT, 1, d)
        self.load("clean", "direct", CLEAN_PROMPT, 32, d)
        self.load("clean", "gateway", CLEAN_PROMPT, 32, d)
        self.load("masked", "gateway", MASK_PROMPT, 32, d)
        self.load("blocked", "gateway", BLOCK_PROMPT, 32, d)
        self.results["stream_direct"] = self.streams("direct", a.streams)
        self.results["stream_gateway"] = self.streams("gateway", a.streams)
        self.memory("after_load")
        if a.py_spy:
            self.profile(a.py_spy, d)

    def profile(self, py_spy: str, duration_s: float) -> None:
        """An extra, unmeasured c=32 forwarded run under py-spy; the collapsed stacks go to bench/results/."""
        if self.gateway is None or shutil.which(py_spy) is None:
            raise RuntimeError(f"py-spy not found: {py_spy}")
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / f"gateway-{time.strftime('%Y%m%d-%H%M%S')}-pyspy.txt"
        pids = [p for p in self.pids("gateway") if p != self.gateway.pid] if self.args.workers > 1 else []
        pid = pids[0] if pids else self.gateway.pid
        cmd = [py_spy, "record", "--pid", str(pid), "--duration", str(int(duration_s) + 1), "--rate", "200"]
        cmd += ["--format", "raw", "--nonblocking", "-o", str(out)]
        spy = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            time.sleep(0.5)
            self.load("profiled", "gateway", CLEAN_PROMPT, 32, duration_s)
            spy.wait(timeout=duration_s + 30)
        finally:
            stop(spy)
        self.results["py_spy_stacks"] = str(out.relative_to(ROOT))
        self.log(f"py-spy stacks: {out} (collapsed; feed to flamegraph.pl or speedscope)")

    def close(self) -> None:
        stop(self.gateway)
        stop(self.mock)


# ---------------------------------------------------------------- report


def find(loads: list[Load], label: str, target: str, c: int) -> Load:
    for x in loads:
        if (x.label, x.target, x.connections) == (label, target, c):
            return x
    raise KeyError((label, target, c))


def summarise(b: Bench) -> dict[str, object]:
    r = b.results
    L = b.loads
    d1, g1 = find(L, "clean", "direct", 1), find(L, "clean", "gateway", 1)
    d32, g32 = find(L, "clean", "direct", 32), find(L, "clean", "gateway", 32)
    m32, b32 = find(L, "masked", "gateway", 32), find(L, "blocked", "gateway", 32)
    sd, sg = r["stream_direct"], r["stream_gateway"]
    assert isinstance(sd, dict) and isinstance(sg, dict)
    mem = r["memory"]["after_load"]  # type: ignore[index]
    workers = [m for m in mem if "spawn_main" in str(m.get("cmd", ""))] or mem
    rss = max(float(m.get("vmrss_mb", 0)) for m in workers)
    hwm = max(float(m.get("vmhwm_mb", 0)) for m in workers)
    ttfb_over = sg["ttfb_p50_ms"] - sd["ttfb_p50_ms"]
    figures = {
        "p50_overhead_ms": round(g1.p50_ms - d1.p50_ms, 3),
        "p99_overhead_ms": round(g1.p99_ms - d1.p99_ms, 3),
        "rps_c32": round(g32.rps, 1),
        "ttfb_overhead_ms": round(ttfb_over, 3),
        "rss_mb_per_worker": hwm,
        "cold_start_s": r["cold_start_s"],
    }
    passed = {
        "p50_overhead_ms": figures["p50_overhead_ms"] <= TARGETS["p50_overhead_ms"],
        "p99_overhead_ms": figures["p99_overhead_ms"] <= TARGETS["p99_overhead_ms"],
        "rps_c32": figures["rps_c32"] >= TARGETS["rps_c32"],
        "ttfb_overhead_ms": ttfb_over <= TARGETS["ttfb_overhead_ms"] and sg["complete"] == sg["streams"],
        "rss_mb_per_worker": hwm <= TARGETS["rss_mb_per_worker"],
        "cold_start_s": float(r["cold_start_s"]) <= TARGETS["cold_start_s"],  # type: ignore[arg-type]
    }
    return {
        "figures": figures,
        "targets": TARGETS,
        "pass": passed,
        "rss_after_load_mb": rss,
        "ratios": {
            "rps_c32_gateway_over_direct": round(g32.rps / d32.rps, 4),
            "masked_over_clean_rps": round(m32.rps / g32.rps, 3),
            "blocked_over_clean_rps": round(b32.rps / g32.rps, 3),
            "p50_c1_gateway_over_direct": round(g1.p50_ms / d1.p50_ms, 1),
        },
        "loads": [asdict(x) for x in L],
    }


def markdown(b: Bench, s: dict[str, object]) -> str:
    L = b.loads
    r = b.results
    f, t, ok = s["figures"], s["targets"], s["pass"]
    assert isinstance(f, dict) and isinstance(t, dict) and isinstance(ok, dict)
    sd, sg = r["stream_direct"], r["stream_gateway"]
    assert isinstance(sd, dict) and isinstance(sg, dict)
    mark = {True: "pass", False: "**FAIL**"}
    rows = [
        "| measure | direct to mock | through gateway | overhead | target | result |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    d1, g1 = find(L, "clean", "direct", 1), find(L, "clean", "gateway", 1)
    d32, g32 = find(L, "clean", "direct", 32), find(L, "clean", "gateway", 32)
    m32, b32 = find(L, "masked", "gateway", 32), find(L, "blocked", "gateway", 32)
    rows.append(
        f"| p50 latency, 1 KB prompt, c=1 | {d1.p50_ms:.2f} ms | {g1.p50_ms:.2f} ms | "
        f"+{f['p50_overhead_ms']:.2f} ms | <= {t['p50_overhead_ms']} ms | {mark[ok['p50_overhead_ms']]} |"
    )
    rows.append(
        f"| p99 latency, 1 KB prompt, c=1 | {d1.p99_ms:.2f} ms | {g1.p99_ms:.2f} ms | "
        f"+{f['p99_overhead_ms']:.2f} ms | <= {t['p99_overhead_ms']} ms | {mark[ok['p99_overhead_ms']]} |"
    )
    rows.append(
        f"| requests/s, c=32 (forwarded) | {d32.rps:,.0f} | {g32.rps:,.0f} | "
        f"{g32.rps / d32.rps:.1%} of direct | >= {t['rps_c32']:.0f} | {mark[ok['rps_c32']]} |"
    )
    rows.append(f"| requests/s, c=32, e-mail masked | | {m32.rps:,.0f} | {m32.rps / g32.rps:.0%} of forwarded | | |")
    rows.append(
        f"| requests/s, c=32, RRN refused (403) | | {b32.rps:,.0f} | {b32.rps / g32.rps:.0%} of forwarded | | |"
    )
    rows.append(
        f"| p50 latency, c=32 (forwarded / masked / refused) | {d32.p50_ms:.2f} ms | "
        f"{g32.p50_ms:.1f} / {m32.p50_ms:.1f} / {b32.p50_ms:.1f} ms | | | |"
    )
    rows.append(
        f"| stream first `data:` event, p50 | {sd['ttfb_p50_ms']:.2f} ms | {sg['ttfb_p50_ms']:.2f} ms | "
        f"+{f['ttfb_overhead_ms']:.2f} ms | <= {t['ttfb_overhead_ms']} ms | {mark[ok['ttfb_overhead_ms']]} |"
    )
    rows.append(
        f"| streams with all {STREAM_EVENTS} events + [DONE] | {sd['complete']}/{sd['streams']} | "
        f"{sg['complete']}/{sg['streams']} | | every event | {mark[sg['complete'] == sg['streams']]} |"
    )
    rows.append(
        f"| resident memory per worker (VmHWM peak; VmRSS after load {s['rss_after_load_mb']} MB) | | "
        f"{f['rss_mb_per_worker']} MB | | <= {t['rss_mb_per_worker']:.0f} MB | {mark[ok['rss_mb_per_worker']]} |"
    )
    rows.append(
        f"| cold start to first 200 | | {f['cold_start_s']:.2f} s | | <= {t['cold_start_s']} s | "
        f"{mark[ok['cold_start_s']]} |"
    )
    errs = sum(x.socket_errors for x in L)
    unexpected = sum(x.non_2xx for x in L if x.label != "blocked")
    rows.append("")
    rows.append(
        f"Load generator: {L[0].generator}; socket errors in all runs: {errs}; unexpected non-2xx: {unexpected}; "
        f"refusals counted as non-2xx in the RRN run: {b32.non_2xx} of {b32.requests}."
    )
    cpu = ", ".join(f"{x.label}/{x.target}/c={x.connections}: {x.cpu_s}" for x in L)
    rows.append(f"CPU seconds used during each {b.args.duration:g} s run: {cpu}.")
    busy = [x for x in L if x.cpu_s.get("other", 0.0) > 0.1 * x.duration_s]
    if busy:
        names = ", ".join(f"{x.label}/{x.target}/c={x.connections}" for x in busy)
        rows.append(f"WARNING: other processes used more than 10% of a core during {names}; rerun on an idle machine.")
    return "\n".join(rows)


def machine() -> dict[str, object]:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "nproc": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "kernel": platform.release(),
        "wrk": shutil.which("wrk") is not None,
    }


@contextlib.contextmanager
def workdir(keep: bool) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="dlpgate-bench-"))
    try:
        yield path
    finally:
        if not keep:
            shutil.rmtree(path, ignore_errors=True)


def main() -> int:
    p = argparse.ArgumentParser(description="Gateway overhead against direct calls to the same mock, in one run.")
    p.add_argument("--duration", type=float, default=10.0, help="seconds per measured load run (default 10)")
    p.add_argument("--warmup", type=float, default=2.0, help="seconds of unmeasured load before each run")
    p.add_argument("--workers", type=int, default=1, help="gateway worker processes (default 1)")
    p.add_argument("--streams", type=int, default=200, help="sequential streams per side for TTFB (default 200)")
    p.add_argument("--stream-gap-ms", type=float, default=2.0, help="mock pause between stream events (default 2)")
    p.add_argument("--transport", choices=["auto", "passthrough", "litellm"], default="auto")
    p.add_argument("--py-spy", metavar="PATH", help="after the measured runs, profile one more c=32 run with py-spy")
    p.add_argument("--python-load", action="store_true", help="use the Python load generator even if wrk exists")
    p.add_argument("--quick", action="store_true", help="smoke run: 2 s loads, 1 s warm-up, 20 streams")
    p.add_argument("--keep", action="store_true", help="keep the temporary directory (config, logs, database)")
    p.add_argument("--no-write", action="store_true", help="do not write bench/results/*.json")
    args = p.parse_args()
    if args.quick:
        args.duration, args.warmup, args.streams = 2.0, 1.0, 20
    if not (1 <= args.duration <= 600 and 1 <= args.warmup <= 60 and 1 <= args.workers <= 16):
        p.error("duration 1-600 s, warmup 1-60 s, workers 1-16")
    if not 1 <= args.streams <= 5000 or not 0 <= args.stream_gap_ms <= 100:
        p.error("streams 1-5000, stream-gap-ms 0-100")

    started = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    with workdir(args.keep) as wd:
        bench = Bench(args, wd)
        try:
            bench.run()
        finally:
            bench.close()
            if args.keep:
                print(f"[bench] kept {wd}", file=sys.stderr)
        summary = summarise(bench)
        table = markdown(bench, summary)
    command = "python bench/gateway_bench.py " + " ".join(sys.argv[1:])
    doc = {
        "started": started,
        "command": command.strip(),
        "machine": machine(),
        "args": vars(args),
        "stream_events": STREAM_EVENTS,
        "litellm_reference": LITELLM_REFERENCE,
        **bench.results,
        **summary,
    }
    print(table)
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / f"gateway-{time.strftime('%Y%m%d-%H%M%S')}.json"
        out.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        print(f"\nJSON: {out.relative_to(ROOT)}")
    return 0 if all(summary["pass"].values()) else 1  # type: ignore[union-attr]


if __name__ == "__main__":
    raise SystemExit(main())
