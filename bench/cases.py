"""
One measured case in a fresh process; prints one JSON object on stdout.

    python bench/cases.py CASE CLIENT --base-url http://127.0.0.1:PORT/v1 [--n N]

CASE:   import | seq | seq_tool | async64 | run_many64 | run_many64_sync | stream | events |
        streams | streams_paused |
        batch_plan (openai_core only; no server: builds and maps N batch requests)
CLIENT: openai_core | openai_core+httpx (a user-supplied plain httpx client) | openai |
        openai+aiohttp (the official package on its fastest async transport,
        `DefaultAioHttpClient`; async cases only) | httpx

Client CPU is `time.process_time()` in this process (the server is another one); peak RSS is
`ru_maxrss`. A case that cannot run (an API missing or broken) prints {"error": "..."} instead of
failing the whole benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import resource
import statistics
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

MESSAGES = [{"role": "user", "content": "Hi"}]
# The sequential and stream cases time their calls (chunks) in this many consecutive blocks and
# report the block with the median CPU per unit: a burst of load elsewhere on the machine then
# inflates one block instead of the whole measurement. `*_all` fields keep the plain averages.
BLOCKS = 5
MODEL = "gpt-4o-mini"
TOOL_MODEL = "bench-tool"
EXPECTED_CONTENT = "Hello! I am a benchmark reply. How can I help you today?"
CLIENTS = ("openai_core", "openai_core+httpx", "openai", "openai+aiohttp", "httpx")
IMPORT_NAMES = {
    "openai_core": "openai_core",
    "openai_core+httpx": "openai_core",
    "openai": "openai",
    "openai+aiohttp": "openai",
    "httpx": "httpx",
}


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mib() -> float:
    """Current resident set size of this process, in MiB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return peak_rss_mib()


# --- sync clients: each returns a zero-argument function doing one call and checking it -------


def sync_call(client: str, base_url: str, model: str) -> Callable[[], object]:
    """Return `call()` doing one non-streaming chat completion with `client`."""
    tool = "tool" in model
    if client.startswith("openai_core"):
        import httpx

        from openai_core import Client

        http = httpx.Client() if client == "openai_core+httpx" else None
        oc = Client(base_url=base_url, api_key="x", max_retries=0, http_client=http)
        create = oc.chat.completions.create

        def call() -> object:
            return create().model(model).message_user("Hi").send()

        def check(result: Any) -> object:
            message = result.choices[0].message
            return message.tool_calls[0].function.arguments if tool else message.content

    elif client == "openai":
        from openai import OpenAI

        oa = OpenAI(base_url=base_url, api_key="x", max_retries=0)
        create_oa = oa.chat.completions.create

        def call() -> object:
            return create_oa(model=model, messages=MESSAGES)  # type: ignore[arg-type]

        def check(result: Any) -> object:
            message = result.choices[0].message
            return message.tool_calls[0].function.arguments if tool else message.content

    else:
        import httpx

        hc = httpx.Client()
        url = base_url + "/chat/completions"
        headers = {"Authorization": "Bearer x"}
        body = {"model": model, "messages": MESSAGES}

        def call() -> object:
            response = hc.post(url, json=body, headers=headers)
            if response.status_code != 200:
                raise RuntimeError(f"HTTP {response.status_code}")
            return json.loads(response.content)

        def check(result: Any) -> object:
            message = result["choices"][0]["message"]
            return message["tool_calls"][0]["function"]["arguments"] if tool else message["content"]

    got = check(call())
    expected = '{"city": "Paris", "unit": "c"}' if tool else EXPECTED_CONTENT
    if got != expected:
        raise RuntimeError(f"unexpected reply: {got!r}")
    return call


def block_sizes(n: int) -> list[int]:
    """`n` split into BLOCKS nearly equal blocks (fewer when n is small), largest first."""
    blocks = max(1, min(BLOCKS, n // 20))
    return [n // blocks + (1 if i < n % blocks else 0) for i in range(blocks)]


def block_median(marks: list[tuple[float, float]], counts: list[int]) -> tuple[float, float]:
    """
    (CPU s, wall s) per unit of the median block, from the (process_time, perf_counter) marks
    taken at each block's start and end; the block is the one with the median CPU per unit.
    """
    per_block = [
        ((c1 - c0) / count, (w1 - w0) / count)
        for (c0, w0), (c1, w1), count in zip(marks, marks[1:], counts, strict=False)
    ]
    per_block.sort()
    return per_block[(len(per_block) - 1) // 2]


def _mark() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def case_seq(client: str, base_url: str, n: int, model: str) -> dict[str, Any]:
    """n sequential calls in BLOCKS blocks: client CPU and wall per call of the median block."""
    call = sync_call(client, base_url, model)
    for _ in range(min(100, n)):
        call()
    counts = block_sizes(n)
    marks = [_mark()]
    for count in counts:
        for _ in range(count):
            call()
        marks.append(_mark())
    cpu, wall = block_median(marks, counts)
    total_cpu = marks[-1][0] - marks[0][0]
    return {
        "cpu_us_per_call": cpu * 1e6,
        "wall_us_per_call": wall * 1e6,
        "cpu_us_per_call_all": total_cpu / n * 1e6,
        "calls": n,
    }


def case_large_body(client: str, base_url: str, mib: int) -> dict[str, Any]:
    """
    Plain calls answered by a `mib` MiB JSON body: client CPU (the median call: a call now and
    then pays for the allocator growing or returning its arenas) and page faults per call.
    """
    import resource

    model = f"bench-large-{mib}"
    calls = max(4, 128 // mib)
    size = mib * 1024 * 1024
    if client.startswith("openai_core"):
        import httpx

        from openai_core import Client

        http = httpx.Client() if client == "openai_core+httpx" else None
        oc = Client(base_url=base_url, api_key="x", max_retries=0, http_client=http)

        def call() -> int:
            reply = oc.chat.completions.create().model(model).message_user("Hi").send()
            return len(reply.choices[0].message.content or "")

    elif client == "openai":
        from openai import OpenAI

        oa = OpenAI(base_url=base_url, api_key="x", max_retries=0)

        def call() -> int:
            reply = oa.chat.completions.create(model=model, messages=MESSAGES)  # type: ignore[arg-type]
            return len(reply.choices[0].message.content or "")

    else:
        import httpx

        hc = httpx.Client()
        url = base_url + "/chat/completions"
        body = {"model": model, "messages": MESSAGES}
        headers = {"Authorization": "Bearer x"}

        def call() -> int:
            response = hc.post(url, json=body, headers=headers)
            return len(json.loads(response.content)["choices"][0]["message"]["content"])

    if call() != size:
        raise RuntimeError("unexpected reply size")
    faults0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    cpu0, wall0 = time.process_time(), time.perf_counter()
    each: list[float] = []
    for _ in range(calls):
        start = time.process_time()
        call()
        each.append(time.process_time() - start)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults0
    return {
        "cpu_ms_per_call": statistics.median(each) * 1e3,
        "cpu_ms_per_call_all": cpu / calls * 1e3,
        "wall_ms_per_call": wall / calls * 1e3,
        "page_faults_per_call": faults / calls,
        "mib": mib,
    }


# --- async ---------------------------------------------------------------------------------------


def async_call(client: str, base_url: str) -> Callable[[], Awaitable[object]]:
    """Return an async `call()` doing one chat completion with `client` (created in the loop)."""
    if client.startswith("openai_core"):
        import httpx

        from openai_core import AsyncClient

        http = httpx.AsyncClient() if client == "openai_core+httpx" else None
        oc = AsyncClient(base_url=base_url, api_key="x", max_retries=0, http_client=http)
        create = oc.chat.completions.create

        async def call() -> object:
            return await create().model(MODEL).message_user("Hi").send()

    elif client.startswith("openai"):
        from openai import AsyncOpenAI

        http: Any = None
        if client == "openai+aiohttp":
            from openai import DefaultAioHttpClient

            http = DefaultAioHttpClient()
        oa = AsyncOpenAI(base_url=base_url, api_key="x", max_retries=0, http_client=http)
        create_oa = oa.chat.completions.create

        async def call() -> object:
            return await create_oa(model=MODEL, messages=MESSAGES)  # type: ignore[arg-type]

    else:
        import httpx

        hc = httpx.AsyncClient()
        url = base_url + "/chat/completions"
        headers = {"Authorization": "Bearer x"}
        body = {"model": MODEL, "messages": MESSAGES}

        async def call() -> object:
            response = await hc.post(url, json=body, headers=headers)
            if response.status_code != 200:
                raise RuntimeError(f"HTTP {response.status_code}")
            return json.loads(response.content)

    return call


async def _run_concurrent(call: Callable[[], Awaitable[object]], n: int, workers: int) -> None:
    remaining = n

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    await asyncio.gather(*(worker() for _ in range(workers)))


def case_async(client: str, base_url: str, n: int, concurrency: int = 64) -> dict[str, Any]:
    """n async calls, `concurrency` in flight (that many worker tasks): requests per second."""

    async def main() -> dict[str, Any]:
        call = async_call(client, base_url)
        await _run_concurrent(call, concurrency * 2, concurrency)  # opens the connections
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await _run_concurrent(call, n, concurrency)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        return {"rps": n / wall, "cpu_us_per_call": cpu / n * 1e6, "calls": n}

    return asyncio.run(main())


# --- jobs (openai_core only) --------------------------------------------------------------------


def case_run_many(
    base_url: str, n: int, concurrency: int = 64, sync: bool = False
) -> dict[str, Any]:
    """n calls through `client.run_many(concurrency=64)`: requests per second, as async64."""
    from openai_core import AsyncClient, Client

    def reqs(client: Any, count: int) -> list[Any]:
        create = client.chat.completions.create
        return [create().model(MODEL).message_user("Hi") for _ in range(count)]

    def check(results: list[Any], count: int) -> None:
        bad = [r.error for r in results if not r.ok]
        if bad or len(results) != count:
            raise RuntimeError(f"{len(bad)} failed of {len(results)}: {bad[:1]}")

    if sync:
        with Client(base_url=base_url, api_key="x", max_retries=0) as client:
            check(
                list(client.run_many(reqs(client, concurrency * 2), concurrency)), concurrency * 2
            )
            requests = reqs(client, n)
            cpu0, wall0 = time.process_time(), time.perf_counter()
            results = list(client.run_many(requests, concurrency))
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        check(results, n)
        return {"rps": n / wall, "cpu_us_per_call": cpu / n * 1e6, "calls": n}

    async def main() -> dict[str, Any]:
        client = AsyncClient(base_url=base_url, api_key="x", max_retries=0)
        warm = [r async for r in client.run_many(reqs(client, concurrency * 2), concurrency)]
        check(warm, concurrency * 2)
        requests = reqs(client, n)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        results = [r async for r in client.run_many(requests, concurrency)]
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        check(results, n)
        await client.close()
        return {"rps": n / wall, "cpu_us_per_call": cpu / n * 1e6, "calls": n}

    return asyncio.run(main())


def _batch_output(requests: list[list[Any]]) -> bytes:
    """An output file answering every request, in reverse order (the service promises none)."""
    lines = []
    for number, (custom_id, _, _) in enumerate(reversed(requests)):
        body = {
            "id": f"chatcmpl-{number}", "object": "chat.completion", "created": 1, "model": MODEL,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": EXPECTED_CONTENT}}],
            "usage": {"prompt_tokens": 9, "completion_tokens": 12, "total_tokens": 21},
        }  # fmt: skip
        record = {
            "id": f"batch_req_{number}",
            "custom_id": custom_id,
            "error": None,
            "response": {"status_code": 200, "request_id": f"req_{number}", "body": body},
        }
        lines.append(json.dumps(record))
    return ("\n".join(lines) + "\n").encode()


def case_batch_plan(n: int) -> dict[str, Any]:
    """
    The batch helper's own cost for n requests, apart from making the caller's builders: the JSONL
    lines (plan), then mapping an output file back to typed results in input order (map). No
    I/O; the peaks are tracemalloc's, above what was held before each step.
    """
    import tracemalloc

    from openai_core import Client
    from openai_core._jobs.batch_core import BatchDriver

    client = Client(base_url="http://127.0.0.1:9/v1", api_key="x")
    create = client.chat.completions.create
    tracemalloc.start()
    cpu0 = time.process_time()
    requests = [create().model(MODEL).message_user(f"Question number {i}?") for i in range(n)]
    build_cpu = time.process_time() - cpu0
    builders = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    cpu0 = time.process_time()
    driver = BatchDriver.start(requests, option_target=None, completion_window="24h",
                               metadata=None, state_file=None, on_progress=None, poll_interval=0,
                               max_poll_interval=0, provider="openai")  # fmt: skip
    plan_cpu = time.process_time() - cpu0
    plan_peak = tracemalloc.get_traced_memory()[1] - builders
    del requests
    output = _batch_output(driver.state.requests)
    driver._downloads["file-out"] = output  # what the download step stores
    for part in driver.state.parts:
        part.status = "completed"
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    cpu0 = time.process_time()
    count = 0
    for result in driver.results():
        if (
            result.response is None
            or result.response.choices[0].message.content != EXPECTED_CONTENT
        ):
            raise RuntimeError(f"bad result {result}")
        count += 1
    map_cpu = time.process_time() - cpu0
    map_peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return {
        "requests": count, "parts": len(driver.state.parts),
        "jsonl_mib": sum(p.size for p in driver.state.parts) / 2**20,
        "output_mib": len(output) / 2**20,
        "build_us_per_request": build_cpu / n * 1e6, "builders_mib": builders / 2**20,
        "plan_us_per_request": plan_cpu / n * 1e6, "map_us_per_request": map_cpu / n * 1e6,
        "plan_peak_mib": plan_peak / 2**20, "map_peak_mib": map_peak / 2**20,
    }  # fmt: skip


# --- streams ---------------------------------------------------------------------------------------


class Marks:
    """
    Block boundaries inside one stream: the reading loop calls `hit()` when its count of chunks
    reaches `next` (a comparison per chunk, the same in every client's loop).
    """

    def __init__(self, every: int = 0) -> None:
        self.every = every
        self.next = every if every else -1
        self.marks: list[tuple[float, float]] = []

    def hit(self) -> None:
        self.marks.append(_mark())
        self.next += self.every


def stream_once(client: str, base_url: str, chunks: int, events: bool) -> Callable[[Marks], int]:
    """Return `run(marks)` reading one stream of `chunks` chunks; it returns the chunks seen."""
    model = f"bench-stream-{chunks}"
    if client.startswith("openai_core"):
        import httpx

        from openai_core import Client

        http = httpx.Client() if client == "openai_core+httpx" else None
        oc = Client(base_url=base_url, api_key="x", max_retries=0, http_client=http)

        def run(marks: Marks) -> int:
            builder = oc.chat.completions.stream().model(model).message_user("Hi")
            seen = 0
            if events:
                event_stream = builder.send_events()
                for event in event_stream:
                    if event.type == "chunk":
                        seen += 1
                        if seen == marks.next:
                            marks.hit()
                final = event_stream.final_completion()
                if not final.choices[0].message.content:
                    raise RuntimeError("empty snapshot")
                return seen
            with builder.send() as stream:
                for _chunk in stream:
                    seen += 1
                    if seen == marks.next:
                        marks.hit()
            return seen

    elif client == "openai":
        from openai import OpenAI

        oa = OpenAI(base_url=base_url, api_key="x", max_retries=0)
        options = {"include_usage": True}

        def run(marks: Marks) -> int:
            seen = 0
            if events:
                with oa.chat.completions.stream(
                    model=model,
                    messages=MESSAGES,  # type: ignore[arg-type]
                    stream_options=options,  # type: ignore[arg-type]
                ) as helper:
                    for event in helper:
                        if event.type == "chunk":
                            seen += 1
                            if seen == marks.next:
                                marks.hit()
                    final = helper.get_final_completion()
                if not final.choices[0].message.content:
                    raise RuntimeError("empty snapshot")
                return seen
            for _chunk in oa.chat.completions.create(
                model=model,
                messages=MESSAGES,  # type: ignore[arg-type]
                stream=True,
                stream_options=options,  # type: ignore[arg-type]
            ):
                seen += 1
                if seen == marks.next:
                    marks.hit()
            return seen

    else:
        if events:
            raise RuntimeError("raw httpx has no event stream; its plain stream is the baseline")
        import httpx

        hc = httpx.Client()
        url = base_url + "/chat/completions"
        body = {
            "model": model,
            "messages": MESSAGES,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        headers = {"Authorization": "Bearer x"}

        def run(marks: Marks) -> int:
            seen = 0
            with hc.stream("POST", url, json=body, headers=headers) as response:
                for line in response.iter_lines():
                    if line.startswith("data: "):
                        data = line[6:]
                        if data == "[DONE]":
                            break
                        json.loads(data)
                        seen += 1
                        if seen == marks.next:
                            marks.hit()
            return seen

    return run


def case_stream(client: str, base_url: str, n: int, events: bool) -> dict[str, Any]:
    """
    One stream of n chunks (+ the usage chunk), timed in BLOCKS blocks of chunks: chunks per
    second (wall) and client CPU per chunk of the median block; the first block starts with the
    request, the last ends with the stream's end (and, for events, the final completion).
    """
    run = stream_once(client, base_url, n, events)
    run_warm = stream_once(client, base_url, 200, events)
    run_warm(Marks())
    counts = block_sizes(n)
    marks = Marks(counts[0])  # blocks of equal size but the last, which gets the rest
    cpu0, wall0 = _mark()
    marks.marks.append((cpu0, wall0))
    seen = run(marks)
    end = _mark()
    if seen < n:
        raise RuntimeError(f"stream ended early: {seen} of {n} chunks")
    points = [*marks.marks[: len(counts)], end]
    sizes = [counts[0]] * (len(points) - 2) + [seen - counts[0] * (len(points) - 2)]
    cpu, wall = block_median(points, sizes)
    cpu_all, wall_all = end[0] - cpu0, end[1] - wall0
    return {
        "chunks_per_s": 1 / wall,
        "cpu_us_per_chunk": cpu * 1e6,
        "chunks_per_s_all": seen / wall_all,
        "cpu_us_per_chunk_all": cpu_all / seen * 1e6,
        "chunks": seen,
    }


# --- many streams at once ------------------------------------------------------------------------


def _async_stream_opener(client: str, base_url: str) -> Callable[[str], Any]:
    """
    Return `open(model)`: an async context manager yielding an async iterator of parsed chunks,
    on ONE client for all streams, its pool raised to 1,024 connections.
    """
    import httpx

    limits = httpx.Limits(max_connections=1024, max_keepalive_connections=1024)
    if client == "openai_core":
        from openai_core import AsyncClient

        try:
            oc = AsyncClient(base_url=base_url, api_key="x", max_retries=0, limits=limits)  # type: ignore[call-arg]
        except TypeError:  # before `limits=` existed: the default pool
            oc = AsyncClient(base_url=base_url, api_key="x", max_retries=0)

        @contextlib.asynccontextmanager
        async def open_oc(model: str) -> Any:
            stream = await oc.chat.completions.stream().model(model).message_user("Hi").send()
            try:
                yield stream
            finally:
                await stream.close()

        return open_oc
    if client.startswith("openai"):
        from openai import AsyncOpenAI

        if client == "openai+aiohttp":
            from openai import DefaultAioHttpClient

            http: Any = DefaultAioHttpClient(limits=limits)
        else:
            http = httpx.AsyncClient(limits=limits)
        oa = AsyncOpenAI(base_url=base_url, api_key="x", max_retries=0, http_client=http)

        @contextlib.asynccontextmanager
        async def open_oa(model: str) -> Any:
            stream = await oa.chat.completions.create(
                model=model,
                messages=MESSAGES,  # type: ignore[arg-type]
                stream=True,
                stream_options={"include_usage": True},
            )
            try:
                yield stream
            finally:
                await stream.close()

        return open_oa
    hc = httpx.AsyncClient(limits=limits)
    url = base_url + "/chat/completions"
    headers = {"Authorization": "Bearer x"}

    @contextlib.asynccontextmanager
    async def open_raw(model: str) -> Any:
        body = {"model": model, "messages": MESSAGES, "stream": True,
                "stream_options": {"include_usage": True}}  # fmt: skip
        async with hc.stream("POST", url, json=body, headers=headers) as response:

            async def chunks() -> Any:
                async for line in response.aiter_lines():
                    if line.startswith("data: "):
                        if line[6:] == "[DONE]":
                            return
                        yield json.loads(line[6:])

            yield chunks()

    return open_raw


class _StallMeter:
    """A task that wakes every 5 ms and records how late it woke: the event loop's worst stall."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(0.005)
            self.worst = max(self.worst, time.perf_counter() - before - 0.005)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._tick())

    async def stop(self) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task


def case_streams(
    client: str, base_url: str, streams: int, chunks: int, paused: bool
) -> dict[str, Any]:
    """
    `streams` chat streams open at once on one async client.

    Fast readers: every stream is read to its end; chunks/s over all streams, CPU per chunk, the
    median and worst time to first chunk, the worst event-loop stall. Paused readers: each reader
    takes its first chunk and then waits; RSS is read with a quarter of the streams open and with
    all of them, and the difference per extra stream is what a stream the reader falls behind on
    costs (read-ahead buffers included).
    """

    async def main() -> dict[str, Any]:
        open_stream = _async_stream_opener(client, base_url)
        model = f"bench-stream-{chunks}"
        async with open_stream("bench-stream-20") as warm:  # imports, first connection
            async for _ in warm:
                pass
        release = asyncio.Event()
        first_chunk: list[float] = []
        seen = 0
        meter = _StallMeter()

        async def reader(opened: asyncio.Event | None, start: float) -> None:
            nonlocal seen
            async with open_stream(model) as stream:
                it = stream.__aiter__()
                await it.__anext__()
                first_chunk.append(time.perf_counter() - start)
                seen += 1
                if opened is not None:
                    opened.set()
                    await release.wait()
                    return  # closing a stream that was never drained: part of the cost
                async for _ in it:
                    seen += 1

        if paused:
            quarter = streams // 4
            events = [asyncio.Event() for _ in range(streams)]
            start = time.perf_counter()
            tasks = [asyncio.create_task(reader(events[i], start)) for i in range(quarter)]
            await asyncio.gather(*(e.wait() for e in events[:quarter]))
            await asyncio.sleep(0.5)  # let read-ahead fill whatever buffers it fills
            rss_quarter = current_rss_mib()
            tasks += [
                asyncio.create_task(reader(events[i], start)) for i in range(quarter, streams)
            ]
            await asyncio.gather(*(e.wait() for e in events[quarter:]))
            await asyncio.sleep(0.5)
            rss_all = current_rss_mib()
            release.set()
            await asyncio.gather(*tasks)
            return {
                "kib_per_paused_stream": (rss_all - rss_quarter) * 1024 / (streams - quarter),
                "rss_mib_all_open": rss_all,
                "streams": streams,
            }
        meter.start()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.gather(*(reader(None, wall0) for _ in range(streams)))
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        await meter.stop()
        first_chunk.sort()
        return {
            "chunks_per_s": seen / wall,
            "cpu_us_per_chunk": cpu / seen * 1e6,
            "first_chunk_median_ms": first_chunk[len(first_chunk) // 2] * 1e3,
            "first_chunk_max_ms": first_chunk[-1] * 1e3,
            "worst_stall_ms": meter.worst * 1e3,
            "chunks": seen,
            "streams": streams,
        }

    return asyncio.run(main())


def case_import(client: str) -> dict[str, Any]:
    """RSS after importing the client's package (wall and -X importtime are taken by the driver)."""
    before = current_rss_mib()
    __import__(IMPORT_NAMES[client])
    return {"rss_mib": current_rss_mib(), "rss_before_mib": before}


def main() -> None:
    """Run one case and print its JSON result (or an error) on stdout."""
    parser = argparse.ArgumentParser()
    parser.add_argument("case")
    parser.add_argument("client", choices=CLIENTS)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000/v1")
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    cases: dict[str, Callable[[], dict[str, Any]]] = {
        "import": lambda: case_import(args.client),
        "seq": lambda: case_seq(args.client, args.base_url, args.n, MODEL),
        "seq_tool": lambda: case_seq(args.client, args.base_url, args.n, TOOL_MODEL),
        "async64": lambda: case_async(args.client, args.base_url, args.n),
        "run_many64": lambda: case_run_many(args.base_url, args.n),
        "run_many64_sync": lambda: case_run_many(args.base_url, args.n, sync=True),
        "batch_plan": lambda: case_batch_plan(args.n),
        # --n is the size of the JSON answer in MiB
        "large_body": lambda: case_large_body(args.client, args.base_url, args.n),
        "stream": lambda: case_stream(args.client, args.base_url, args.n, events=False),
        "events": lambda: case_stream(args.client, args.base_url, args.n, events=True),
        # --n is the number of streams open at once: fast readers read 200 chunks each, paused
        # readers stop after the first of 5,000.
        "streams": lambda: case_streams(args.client, args.base_url, args.n, 200, paused=False),
        "streams_paused": lambda: case_streams(
            args.client, args.base_url, args.n, 5000, paused=True
        ),
    }
    try:
        result = cases[args.case]()
    except BaseException as exc:  # any failure becomes a table cell, not a crashed run
        last = traceback.extract_tb(exc.__traceback__)[-1:]
        where = f" at {last[0].filename.rsplit('/', 2)[-1]}:{last[0].lineno}" if last else ""
        result = {"error": f"{type(exc).__name__}: {exc}{where}"[:300]}
    result["peak_rss_mib"] = peak_rss_mib()
    print(json.dumps(result))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
