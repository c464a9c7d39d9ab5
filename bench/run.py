"""
The benchmark driver behind `make bench`: starts the mock server, measures its ceiling with a
raw-socket client, then runs every case in a fresh process per client, interleaved (for each
repetition, for each case, for each client, in an order rotated every repetition), and writes
bench/results/latest.{md,json} and ratios.png (see report.py).

    bench/.venv/bin/python bench/run.py [--reps 5] [--budget 480] [--quick]

Repetitions stop early (after at least --min-reps) once --budget seconds have passed, so the run
stays under ~10 minutes on a slow or busy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
PY = sys.executable
# Every measured process imports openai_core from a copy taken when the run starts (see
# snapshot()); profile_cases.py and ad-hoc runs leave it unset and use the checkout.
ENV = dict(os.environ)
CLIENTS = ("openai_core", "openai_core+httpx", "openai", "httpx")
ASYNC_CLIENTS = ("openai_core", "openai_core+httpx", "openai", "openai+aiohttp", "httpx")
IMPORTS = ("httpx", "openai_core", "openai")
# Each repetition times every import this many times, interleaved, and keeps the medians: one
# `python -c "import httpx"` ranges 66-102 ms on the 2-core machine (15 runs in a row).
IMPORT_ROUNDS = 5
# (case, chunk/call count); events has no raw-httpx run: its baseline is raw httpx's plain stream
CASES = {
    "seq": (2000, CLIENTS),
    "seq_tool": (2000, CLIENTS),
    "async64": (2000, ASYNC_CLIENTS),
    "run_many64": (2000, ("openai_core",)),
    "batch_plan": (50_000, ("openai_core",)),
    "large_body": (8, CLIENTS),  # MiB of JSON in one plain answer
    "stream": (20_000, CLIENTS),
    "events": (20_000, ("openai_core", "openai_core+httpx", "openai")),
    # streams open at once on one async client (see cases.case_streams)
    "streams": (512, ("openai_core", "openai", "openai+aiohttp", "httpx")),
    "streams_paused": (512, ("openai_core", "openai", "httpx")),
}
PACKAGES = ("openai-core", "openai", "httpx", "httpcore", "h11", "attrs", "python-dateutil",
            "httpx2", "httpcore2", "pydantic", "aiohttp", "httpx-aiohttp", "matplotlib")  # fmt: skip


def log(message: str) -> None:
    """Progress on stderr; stdout stays quiet until the final table."""
    print(message, file=sys.stderr, flush=True)


def machine_info() -> dict[str, Any]:
    """CPU model, core count, Python and package versions."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": versions,
    }


def git_state() -> dict[str, Any]:
    """The commit measured, and whether openai_core/ had uncommitted changes."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    return {
        "commit": git("rev-parse", "--short", "HEAD") or None,
        "openai_core_dirty": bool(git("status", "--porcelain", "--", "openai_core")),
    }


def snapshot() -> Path:
    """
    Copy openai_core/ (with its bytecode caches) to a temporary folder and put it first on the
    PYTHONPATH of every measured process, so files edited during the run (other people work in
    this checkout) cannot break or blur the cases half-way. Returns the folder (delete it).
    """
    folder = Path(tempfile.mkdtemp(prefix="openai_core_bench_"))
    shutil.copytree(ROOT / "openai_core", folder / "openai_core")
    ENV["PYTHONPATH"] = str(folder)
    # Byte-compile the copy as pip does for installed packages (httpx, openai): importing must
    # not be measured with compilation, and PYTHONDONTWRITEBYTECODE (set on some machines)
    # would stop a warm-up import from writing the caches.
    subprocess.run([PY, "-m", "compileall", "-q", str(folder)], env=ENV, capture_output=True)
    return folder


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of process `pid` (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    """The mock server in its own process; `port` once READY."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [PY, str(HERE / "server.py")], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().split()
        if not line or line[0] != "READY":
            self.stop()
            raise RuntimeError(f"Mock server did not start: expected 'READY <port>', got {line!r}")
        self.port = int(line[1])
        self.base_url = f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        """Terminate the server process (bounded wait, then kill)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


def run_json(args: list[str], timeout: float = 240) -> dict[str, Any]:
    """Run a subprocess printing one JSON object; any failure becomes {"error": ...}."""
    try:
        done = subprocess.run(
            args, capture_output=True, text=True, timeout=timeout, cwd=HERE, env=ENV
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f}s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done.returncode}: {tail}"[:300]}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def ceiling(server: Server) -> dict[str, Any]:
    """Raw-socket client against the server, with the server's own CPU use during it."""
    cpu0, wall0 = process_cpu_seconds(server.process.pid), time.perf_counter()
    result = run_json([PY, str(HERE / "ceiling.py"), str(server.port)])
    busy = (process_cpu_seconds(server.process.pid) - cpu0) / (time.perf_counter() - wall0)
    result["server_busy_fraction"] = busy
    return result


def import_measures(module: str, rss: bool = True) -> dict[str, Any]:
    """
    Wall of `python -c "import X"`, its -X importtime cumulative, and (if `rss`) RSS after import.
    """
    start = time.perf_counter()
    done = subprocess.run([PY, "-c", f"import {module}"], cwd=HERE, env=ENV, capture_output=True)
    wall_ms = (time.perf_counter() - start) * 1e3
    if done.returncode != 0:
        return {"error": f"import {module} failed: {done.stderr.decode()[-200:]}"}
    traced = subprocess.run(
        [PY, "-X", "importtime", "-c", f"import {module}"],
        cwd=HERE,
        env=ENV,
        capture_output=True,
        text=True,
    )
    cumulative_ms = None
    for line in traced.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip() == module and not parts[2].startswith("  "):
            cumulative_ms = int(parts[1]) / 1e3
    result: dict[str, Any] = {"wall_ms": wall_ms, "importtime_ms": cumulative_ms}
    if rss:
        client = "httpx" if module == "httpx" else module
        result["rss_mib"] = run_json([PY, str(HERE / "cases.py"), "import", client]).get("rss_mib")
    return result


def median_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Median of every numeric field over the runs without an error; errors are listed."""
    good = [run for run in runs if "error" not in run]
    out: dict[str, Any] = {"runs": len(runs), "ok": len(good)}
    if not good:
        out["error"] = runs[-1].get("error", "no run") if runs else "no run"
        return out
    for key in good[0]:
        values = [run[key] for run in good if isinstance(run.get(key), (int, float))]
        if values:
            out[key] = statistics.median(values)
    errors = [run["error"] for run in runs if "error" in run]
    if errors:
        out["errors"] = errors
    return out


def main() -> None:
    """Run everything, write the results, print the table."""
    parser = argparse.ArgumentParser(description="openai_core benchmark suite")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--min-reps", type=int, default=3)
    parser.add_argument("--budget", type=float, default=480.0, help="seconds; stop adding reps")
    parser.add_argument("--quick", action="store_true", help="1 rep, small counts (smoke test)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    counts = {case: n for case, (n, _) in CASES.items()}
    if args.quick:
        args.reps = args.min_reps = 1
        # large_body's count is MiB of one answer, not a number of calls: 1 MiB is enough here.
        counts = {
            case: 1 if case == "large_body" else max(n // 10, 100) for case, n in counts.items()
        }

    started = time.perf_counter()
    info = machine_info()
    info["git"] = git_state()
    copy = snapshot()
    info["load_before"] = os.getloadavg()
    server = Server()
    raw: dict[str, Any] = {"imports": {m: [] for m in IMPORTS}, "cases": {}}
    raw["cases"] = {case: {c: [] for c in clients} for case, (_, clients) in CASES.items()}
    try:
        log(f"mock server on port {server.port}; measuring its ceiling with raw sockets")
        info["server_ceiling"] = ceiling(server)
        log(f"  {info['server_ceiling']}")
        rep = 0
        while rep < args.reps:
            if rep >= args.min_reps and time.perf_counter() - started > args.budget:
                log(f"budget of {args.budget:.0f}s spent after {rep} repetitions: stopping")
                break
            log(f"repetition {rep + 1}/{args.reps} ({time.perf_counter() - started:.0f}s)")
            samples: dict[str, list[dict[str, Any]]] = {m: [] for m in IMPORTS}
            for round_ in range(IMPORT_ROUNDS):
                for i in range(len(IMPORTS)):
                    module = IMPORTS[(i + rep + round_) % len(IMPORTS)]
                    samples[module].append(import_measures(module, rss=round_ == 0))
            for module, runs in samples.items():
                raw["imports"][module].append(median_of(runs))
            for case, (_, clients) in CASES.items():
                order = clients[rep % len(clients) :] + clients[: rep % len(clients)]
                for client in order:
                    cmd = [PY, str(HERE / "cases.py"), case, client,
                           "--base-url", server.base_url, "--n", str(counts[case])]  # fmt: skip
                    result = run_json(cmd)
                    raw["cases"][case][client].append(result)
                    log(f"  {case:9} {client:18} {json.dumps(result)[:150]}")
            rep += 1
    finally:
        server.stop()
        shutil.rmtree(copy, ignore_errors=True)
    info["load_after"] = os.getloadavg()
    info["repetitions"] = rep
    info["seconds"] = time.perf_counter() - started
    info["counts"] = counts

    summary = {
        "imports": {m: median_of(runs) for m, runs in raw["imports"].items()},
        "cases": {
            case: {client: median_of(runs) for client, runs in per.items()}
            for case, per in raw["cases"].items()
        },
    }
    from report import ratios, write_results

    results = {"machine": info, "summary": summary, "ratios": ratios(raw), "raw": raw}
    text = write_results(results, args.out)
    print(text)


if __name__ == "__main__":
    main()
