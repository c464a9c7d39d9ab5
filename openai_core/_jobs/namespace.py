"""
`client.batches.run` and `client.batches.resume`: the methods the builders wing adds to the
generated batches namespace (sync and async mixins).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch import AsyncBatchJob, BatchJob
    from .batch_core import BatchDriver, BatchProgress

# The job modules load on first use: touching a namespace must stay cheap.

__all__ = ["AsyncBatchesMixin", "BatchesMixin"]

ProgressCallback = Callable[["BatchProgress"], object]
StatePath = str | os.PathLike[str]


def _options(client: Any, on_progress: Any, poll: float, max_poll: float) -> dict[str, Any]:
    from .batch import start_options

    return start_options(client, on_progress, poll, max_poll)


def _start(
    client: Any,
    requests: Iterable[Any],
    completion_window: str,
    state_file: StatePath | None,
    metadata: Mapping[str, str] | None,
    options: dict[str, Any],
) -> BatchDriver:
    from .batch_core import BatchDriver

    return BatchDriver.start(
        requests,
        option_target=client.provider.option_target,
        completion_window=completion_window,
        metadata=metadata,
        state_file=None if state_file is None else os.fspath(state_file),
        **options,
    )


def _job(client: Any, driver: BatchDriver, is_async: bool) -> Any:
    from .batch import AsyncBatchApi, AsyncBatchJob, BatchJob, SyncBatchApi

    if is_async:
        return AsyncBatchJob(AsyncBatchApi(client), driver)
    return BatchJob(SyncBatchApi(client), driver)


def _resume(client: Any, state_file: StatePath, options: dict[str, Any], is_async: bool) -> Any:
    from .batch_core import BatchDriver

    return _job(client, BatchDriver.resume(os.fspath(state_file), **options), is_async)


class BatchesMixin:
    """Adds `run` and `resume` to `client.batches`."""

    _client: Any

    def run(
        self,
        requests: Iterable[Any],
        completion_window: str = "24h",
        *,
        state_file: StatePath | None = None,
        on_progress: ProgressCallback | None = None,
        metadata: Mapping[str, str] | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
    ) -> BatchJob:
        """
        Run requests through the provider's Batch API; return once every batch is created.

        Args:
            requests: Unsent builders (chat completions, embeddings, responses, completions,
                moderations) or `(custom_id, builder)` pairs; custom ids default to
                "request-<index>".
            completion_window: The batches' completion window.
            state_file: Where to keep the job's state (and its lines, next to it) so that
                `resume(state_file)` continues after a crash; must not exist yet.
            on_progress: Called with a BatchProgress whenever the status or counts change.
            metadata: Metadata put on every batch.
            poll_interval: First delay between status polls, in seconds.
            max_poll_interval: The delay grows when nothing changes, up to this.

        Raises:
            InvalidConfigError: A request is not a supported builder, custom ids repeat, or the
                state file exists.
            MissingRequiredFieldError: A builder lacks a required field (nothing is uploaded).
        """
        options = _options(self._client, on_progress, poll_interval, max_poll_interval)
        driver = _start(self._client, requests, completion_window, state_file, metadata, options)
        return _started(_job(self._client, driver, is_async=False))

    def resume(
        self,
        state_file: StatePath,
        *,
        on_progress: ProgressCallback | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
    ) -> BatchJob:
        """
        Continue a job from its state file: nothing uploaded or created twice.

        Raises:
            InvalidConfigError: The file is missing or is not a job state.
        """
        options = _options(self._client, on_progress, poll_interval, max_poll_interval)
        return _started(_resume(self._client, state_file, options, is_async=False))


def _started(job: BatchJob) -> BatchJob:
    try:
        job._drive("created")
    except KeyboardInterrupt:
        job.cancel()
        raise
    return job


async def _astarted(job: AsyncBatchJob) -> AsyncBatchJob:
    try:
        await job._drive("created")
    except KeyboardInterrupt:
        await job.cancel()
        raise
    return job


class AsyncBatchesMixin:
    """Async twin of BatchesMixin: `await client.batches.run(...)`."""

    _client: Any

    async def run(
        self,
        requests: Iterable[Any],
        completion_window: str = "24h",
        *,
        state_file: StatePath | None = None,
        on_progress: ProgressCallback | None = None,
        metadata: Mapping[str, str] | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
    ) -> AsyncBatchJob:
        """Run requests through the Batch API; see BatchesMixin.run."""
        options = _options(self._client, on_progress, poll_interval, max_poll_interval)
        driver = _start(self._client, requests, completion_window, state_file, metadata, options)
        return await _astarted(_job(self._client, driver, is_async=True))

    async def resume(
        self,
        state_file: StatePath,
        *,
        on_progress: ProgressCallback | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 60.0,
    ) -> AsyncBatchJob:
        """Continue a job from its state file; see BatchesMixin.resume."""
        options = _options(self._client, on_progress, poll_interval, max_poll_interval)
        return await _astarted(_resume(self._client, state_file, options, is_async=True))
