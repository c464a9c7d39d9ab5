"""
`client.run_many(requests)`: many calls from this process, sync (a thread pool) and async (tasks),
both thin shells over the pacing Scheduler.

Each call goes through the client's ordinary exchange (so its retry policy retries what is
retryable, per call); the Scheduler adds what spans calls: a bounded number in flight, a pause
before the rate limit runs out or after a 429, and results handed out in input order.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
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


def run_many(client: Any, specs: list[RequestSpec], scheduler: Scheduler) -> Iterator[RunResult]:
    """Run the calls on a thread pool; yield results in input order."""
    pool = ThreadPoolExecutor(scheduler.concurrency, thread_name_prefix="openai-core-run-many")
    running: dict[Future[Outcome], int] = {}
    try:
        while not scheduler.finished:
            started, timeout = scheduler.starts(time.monotonic())
            for index in started:
                running[pool.submit(_call, client, specs[index])] = index
            if running:
                done, _ = wait(running, timeout, FIRST_COMPLETED)
                for future in done:
                    scheduler.finish(running.pop(future), future.result(), time.monotonic())
            elif timeout:
                time.sleep(timeout)
            yield from scheduler.ready()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


async def arun_many(
    client: Any, specs: list[RequestSpec], scheduler: Scheduler
) -> AsyncIterator[RunResult]:
    """Run the calls as tasks; yield results in input order."""
    running: dict[asyncio.Future[Outcome], int] = {}
    try:
        while not scheduler.finished:
            started, timeout = scheduler.starts(time.monotonic())
            for index in started:
                running[asyncio.ensure_future(_acall(client, specs[index]))] = index
            if running:
                done, _ = await asyncio.wait(
                    running, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
                )
                for task in done:
                    scheduler.finish(running.pop(task), task.result(), time.monotonic())
            elif timeout:
                await asyncio.sleep(timeout)
            for result in scheduler.ready():
                yield result
    finally:
        for task in running:
            task.cancel()
