"""
`client.run_many(requests)`: many calls from this process, sync (a thread pool) and async (tasks),
both thin shells over the pacing Scheduler.

Each call goes through the client's ordinary exchange (so its retry policy retries what is
retryable, per call); the Scheduler adds what spans calls: a bounded number in flight, a pause
before the rate limit runs out or after a 429, and results handed out in input order.
"""

from __future__ import annotations

import asyncio
import functools
import queue
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

from .._request import RequestSpec
from .pacing import Outcome, RunProgress, RunResult, Scheduler
from .specs import request_spec

__all__ = ["ExchangeClient", "arun_many", "prepare", "run_many"]


class ExchangeClient(Protocol):
    """What run_many needs of a client: its one-call exchange (see `_client.Client`)."""

    def _exchange(self, spec: RequestSpec) -> Any: ...


def prepare(
    requests: Iterable[Any],
    concurrency: int,
    on_progress: Callable[[RunProgress], object] | None,
    max_rate_limit_retries: int,
) -> tuple[list[RequestSpec], Scheduler]:
    """
    Check every request before anything is sent and set up the scheduler.

    Raises:
        InvalidConfigError: A request is not a one-call builder, or concurrency is not >= 1.
        MissingRequiredFieldError: A builder lacks a required field.
    """
    specs = [request_spec(builder, index) for index, builder in enumerate(requests)]
    scheduler = Scheduler(len(specs), concurrency, max_rate_limit_retries, on_progress)
    return specs, scheduler


def _read(call: Any, response: Any) -> Outcome:
    try:
        call.raise_for_status(response)
        return Outcome(call.parse_body(response), None, response.headers)
    except Exception as exc:  # one bad answer is that request's result, never the run's
        return Outcome(None, exc, response.headers)


def _call(client: Any, spec: RequestSpec) -> Outcome:
    try:
        call, response, _, _ = client._exchange(spec)
    except Exception as exc:
        return Outcome(None, exc)
    return _read(call, response)


async def _acall(client: Any, spec: RequestSpec) -> Outcome:
    try:
        call, response, _, _ = await client._exchange(spec)
    except Exception as exc:
        return Outcome(None, exc)
    return _read(call, response)


def _finish_all(scheduler: Scheduler, finished: deque[tuple[int, Outcome]]) -> None:
    """Hand every finished call waiting in `finished` to the scheduler."""
    while finished:
        index, outcome = finished.popleft()
        scheduler.finish(index, outcome, time.monotonic())


def run_many(client: Any, specs: list[RequestSpec], scheduler: Scheduler) -> Iterator[RunResult]:
    """Run the calls on a thread pool; yield results in input order."""
    # Workers put what they finish on one queue: waiting on it costs the same however many
    # calls are in flight (concurrent.futures.wait would re-register on every future each time).
    finished: queue.SimpleQueue[tuple[int, Outcome]] = queue.SimpleQueue()
    pool = ThreadPoolExecutor(scheduler.concurrency, thread_name_prefix="openai-core-run-many")

    def work(index: int) -> None:
        finished.put((index, _call(client, specs[index])))

    try:
        while not scheduler.finished:
            started, timeout = scheduler.starts(time.monotonic())
            for index in started:
                pool.submit(work, index)
            if scheduler.in_flight:
                try:
                    index, outcome = finished.get(timeout=timeout)
                except queue.Empty:
                    pass
                else:
                    scheduler.finish(index, outcome, time.monotonic())
                    while not finished.empty():
                        index, outcome = finished.get_nowait()
                        scheduler.finish(index, outcome, time.monotonic())
            elif timeout:
                time.sleep(timeout)
            yield from scheduler.ready()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


async def arun_many(
    client: Any, specs: list[RequestSpec], scheduler: Scheduler
) -> AsyncIterator[RunResult]:
    """Run the calls as tasks; yield results in input order."""
    loop = asyncio.get_running_loop()
    finished: deque[tuple[int, Outcome]] = deque()
    tasks: set[asyncio.Task[Outcome]] = set()
    waiter: list[asyncio.Future[None] | None] = [None]

    def wake() -> None:
        future = waiter[0]
        if future is not None and not future.done():
            future.set_result(None)

    def done(task: asyncio.Task[Outcome], index: int) -> None:
        tasks.discard(task)
        if not task.cancelled():
            finished.append((index, task.result()))
            wake()

    try:
        while not scheduler.finished:
            started, timeout = scheduler.starts(time.monotonic())
            for index in started:
                task = loop.create_task(_acall(client, specs[index]))
                tasks.add(task)
                task.add_done_callback(functools.partial(done, index=index))
            if not finished and scheduler.in_flight:
                # One future woken by whichever call ends first (or the pacer's timeout):
                # asyncio.wait would add and remove a callback on every task each time.
                future: asyncio.Future[None] = loop.create_future()
                waiter[0] = future
                timer = None if timeout is None else loop.call_later(timeout, wake)
                await future
                if timer is not None:
                    timer.cancel()
            elif not finished and timeout:
                await asyncio.sleep(timeout)
            _finish_all(scheduler, finished)
            for result in scheduler.ready():
                yield result
    finally:
        for task in tasks:
            task.cancel()
