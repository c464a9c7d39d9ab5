"""
Where the time goes: profiles openai_core's cases in process against the mock server and writes
bench/results/profile-<case>.txt (cProfile: time by source file, then the top functions by own
time; pyinstrument's call tree when it is installed) and profile-import.txt (-X importtime).

    bench/.venv/bin/python bench/profile_cases.py [case ...]     # `make -C bench profile`

cProfile (timed with process_time: client CPU, not waiting) inflates the cost of small Python
functions; read it for proportions, not microseconds. pyinstrument samples wall-clock time.
"""

from __future__ import annotations

import asyncio
import cProfile
import io
import pstats
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cases
from run import HERE, PY, RESULTS, Server

SEQ_N, ASYNC_N, STREAM_N = 2000, 2000, 20_000


def _seq(client: str, model: str) -> Callable[[str], Callable[[], None]]:
    def setup(base_url: str) -> Callable[[], None]:
        call = cases.sync_call(client, base_url, model)
        for _ in range(100):
            call()

        def work() -> None:
            for _ in range(SEQ_N):
                call()

        return work

    return setup


def _async(client: str) -> Callable[[str], Callable[[], None]]:
    def setup(base_url: str) -> Callable[[], None]:
        loop = asyncio.new_event_loop()
        call = loop.run_until_complete(_make_async(client, base_url))
        loop.run_until_complete(cases._run_concurrent(call, 128, 64))

        def work() -> None:
            loop.run_until_complete(cases._run_concurrent(call, ASYNC_N, 64))

        return work

    return setup


async def _make_async(client: str, base_url: str) -> Any:
    return cases.async_call(client, base_url)


def _stream(client: str, events: bool) -> Callable[[str], Callable[[], None]]:
    def setup(base_url: str) -> Callable[[], None]:
        cases.stream_once(client, base_url, 200, events)(cases.Marks())
        run = cases.stream_once(client, base_url, STREAM_N, events)

        def work() -> None:
            run(cases.Marks())

        return work

    return setup


PROFILES: dict[str, Callable[[str], Callable[[], None]]] = {
    "seq": _seq("openai_core", cases.MODEL),
    "seq_tool": _seq("openai_core", cases.TOOL_MODEL),
    "seq_user_httpx": _seq("openai_core+httpx", cases.MODEL),
    "seq_raw_httpx": _seq("httpx", cases.MODEL),
    "async64": _async("openai_core"),
    "stream": _stream("openai_core", events=False),
    "events": _stream("openai_core", events=True),
    "stream_raw_httpx": _stream("httpx", events=False),
}


def _group(filename: str) -> str:
    """A short name for where a function lives: package/module, or a builtin bucket."""
    if filename.startswith(("~", "<")):
        return "C functions (socket, json scanner, dict/bytes methods) and frozen modules"
    parts = Path(filename).parts
    for anchor in ("openai_core", "httpx", "httpcore", "h11", "attrs", "attr", "asyncio", "anyio"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index:])
    return "stdlib/other: " + Path(filename).name


def by_file(stats: pstats.Stats) -> str:
    """Own time summed per source file, largest first, as percentages of the total."""
    totals: dict[str, float] = defaultdict(float)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in raw.items():
        totals[_group(filename)] += tottime
    grand = sum(totals.values()) or 1.0
    lines = [f"{'own time':>9} {'share':>6}  file"]
    for name, total in sorted(totals.items(), key=lambda kv: -kv[1])[:25]:
        lines.append(f"{total:9.3f} {total / grand:6.1%}  {name}")
    return "\n".join(lines)


def profile_case(name: str, base_url: str) -> str:
    """Profile one case; return the report text."""
    work = PROFILES[name](base_url)
    out = [f"# profile: {name} (openai_core unless named otherwise)", ""]
    start = time.perf_counter()
    work()
    out.append(f"unprofiled run: {time.perf_counter() - start:.3f} s")
    # CPU time, not wall: the question is what the client spends, not how long it waits.
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    work()
    profiler.disable()
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    out += ["", "## cProfile: own time by file", "", by_file(stats), ""]
    stats.sort_stats("tottime").print_stats(30)
    out += ["## cProfile: top functions by own time", "", _trim(buffer.getvalue()), ""]
    buffer.seek(0)
    buffer.truncate()
    stats.sort_stats("cumulative").print_stats(30)
    out += ["## cProfile: top functions by cumulative time", "", _trim(buffer.getvalue()), ""]
    try:
        from pyinstrument import Profiler
    except ImportError:
        out.append("(pyinstrument not installed)")
    else:
        sampler = Profiler(interval=0.0002)
        sampler.start()
        work()
        sampler.stop()
        tree = sampler.output_text(unicode=True, color=False, short_mode=True)
        out += ["## pyinstrument (wall-clock samples)", "", tree]
    return "\n".join(out)


def _trim(text: str) -> str:
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if line.strip().startswith("ncalls"):
            return "\n".join(lines[index:])
    return text


def import_profile() -> str:
    """The 25 slowest modules (by own time) under `import openai_core`, from -X importtime."""
    done = subprocess.run(
        [PY, "-X", "importtime", "-c", "import openai_core"],
        cwd=HERE,
        capture_output=True,
        text=True,
    )
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[0].startswith("import time:") and parts[1].strip().isdigit():
            rows.append((int(parts[0].split(":")[1]), int(parts[1]), parts[2].rstrip()))
    rows.sort(key=lambda row: -row[0])
    total = next((cum for _, cum, name in rows if name.strip() == "openai_core"), 0)
    out = ["# profile: import openai_core (-X importtime)", "",
           f"cumulative for openai_core: {total / 1e3:.1f} ms", "",
           f"{'self ms':>8} {'cumul ms':>9}  module"]  # fmt: skip
    out += [f"{s / 1e3:8.1f} {c / 1e3:9.1f}  {name}" for s, c, name in rows[:30]]
    return "\n".join(out)


def main() -> None:
    """Profile the named cases (all by default) and write the reports."""
    names = sys.argv[1:] or list(PROFILES)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "profile-import.txt").write_text(import_profile() + "\n")
    server = Server()
    try:
        for name in names:
            print(f"profiling {name}", file=sys.stderr, flush=True)
            try:
                text = profile_case(name, server.base_url)
            except Exception as exc:  # report and go on with the other cases
                text = f"# profile: {name}\n\nerror: {type(exc).__name__}: {exc}"
            (RESULTS / f"profile-{name}.txt").write_text(text + "\n")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
