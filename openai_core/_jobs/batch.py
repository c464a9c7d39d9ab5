"""
Batch jobs, sync and async: thin shells that perform the BatchDriver's steps.

`client.batches.run(requests, ...)` plans the job, uploads its files and creates its batches,
then returns a BatchJob; `job.wait()` polls until every batch ended, `job.results()` downloads the
output and error files and yields one BatchResult per request in input order. `job.cancel()` (or
Ctrl-C during a wait) cancels the remote batches. The API calls go through the small adapters
below, over the client's own builders.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from .batch_core import BatchDriver, BatchProgress, BatchResult

__all__ = ["AsyncBatchJob", "BatchJob", "start_options"]

_JSONL = "application/jsonl"


def start_options(
    client: Any,
    on_progress: Callable[[BatchProgress], object] | None,
    poll_interval: float,
    max_poll_interval: float,
) -> dict[str, Any]:
    """The driver options a client gives (progress callback, polling, provider name)."""
    return {
        "on_progress": on_progress,
        "poll_interval": poll_interval,
        "max_poll_interval": max_poll_interval,
        "provider": client.provider.name,
    }


class SyncBatchApi:
    """The Batch API calls a job makes, over a Client's builders (plain dicts out)."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def upload(self, name: str, data: bytes) -> str:
        """Upload a part (purpose "batch") and return the file id."""
        sent = self._client.files.create().file((name, data, _JSONL)).purpose("batch").send()
        return str(sent.id)

    def find_file(self, name: str) -> str | None:
        """Return the id of an uploaded batch file named `name`, if there is one."""
        for item in self._client.files.list().purpose("batch").iter_all():
            if item.filename == name:
                return str(item.id)
        return None

    def create(self, file_id: str, endpoint: str, window: str, metadata: dict[str, str]) -> Any:
        """Create a batch and return it as a dict."""
        builder = self._client.batches.create().input_file_id(file_id).endpoint(endpoint)
        return builder.completion_window(window).metadata(metadata).send().to_dict()

    def find_batch(self, metadata: dict[str, str]) -> Any:
        """Return the batch (a dict) whose metadata holds every pair of `metadata`, if any."""
        for batch in self._client.batches.list().limit(100).iter_all():
            found = batch.to_dict()
            if metadata.items() <= (found.get("metadata") or {}).items():
                return found
        return None

    def retrieve(self, batch_id: str) -> Any:
        """Return a batch as a dict."""
        return self._client.batches.retrieve(batch_id).send().to_dict()

    def cancel(self, batch_id: str) -> Any:
        """Cancel a batch and return it as a dict."""
        return self._client.batches.cancel(batch_id).send().to_dict()

    def download(self, file_id: str) -> bytes:
        """Return a file's content."""
        content: bytes = self._client.files.content(file_id).send()
        return content


class AsyncBatchApi:
    """Async twin of SyncBatchApi, over an AsyncClient's builders."""

    def __init__(self, client: Any) -> None:
        self._client = client

    async def upload(self, name: str, data: bytes) -> str:
        """Upload a part (purpose "batch") and return the file id."""
        builder = self._client.files.create().file((name, data, _JSONL)).purpose("batch")
        return str((await builder.send()).id)

    async def find_file(self, name: str) -> str | None:
        """Return the id of an uploaded batch file named `name`, if there is one."""
        async for item in self._client.files.list().purpose("batch").iter_all():
            if item.filename == name:
                return str(item.id)
        return None

    async def create(
        self, file_id: str, endpoint: str, window: str, metadata: dict[str, str]
    ) -> Any:
        """Create a batch and return it as a dict."""
        builder = self._client.batches.create().input_file_id(file_id).endpoint(endpoint)
        return (await builder.completion_window(window).metadata(metadata).send()).to_dict()

    async def find_batch(self, metadata: dict[str, str]) -> Any:
        """Return the batch (a dict) whose metadata holds every pair of `metadata`, if any."""
        async for batch in self._client.batches.list().limit(100).iter_all():
            found = batch.to_dict()
            if metadata.items() <= (found.get("metadata") or {}).items():
                return found
        return None

    async def retrieve(self, batch_id: str) -> Any:
        """Return a batch as a dict."""
        return (await self._client.batches.retrieve(batch_id).send()).to_dict()

    async def cancel(self, batch_id: str) -> Any:
        """Cancel a batch and return it as a dict."""
        return (await self._client.batches.cancel(batch_id).send()).to_dict()

    async def download(self, file_id: str) -> bytes:
        """Return a file's content."""
        content: bytes = await self._client.files.content(file_id).send()
        return content


class BatchJob:
    """
    A running batch job (returned by `client.batches.run` and `client.batches.resume`).

    Attributes:
        job_id: The job's id (in its uploads' names and its batches' metadata).
    """

    def __init__(self, api: Any, driver: BatchDriver) -> None:
        self._api = api
        self._driver = driver
        self.job_id = driver.state.job_id

    def _drive(self, until: str) -> None:
        driver = self._driver
        while (step := driver.next_step(until)).method != "done":
            if step.method == "sleep":
                time.sleep(step.args[0])
            else:
                driver.finished(step, getattr(self._api, step.method)(*step.args))

    @property
    def progress(self) -> BatchProgress:
        """Where the job stands, as of the last answer seen."""
        return self._driver.progress()

    @property
    def batch_ids(self) -> tuple[str, ...]:
        """The ids of the job's batches."""
        return self._driver.progress().batch_ids

    def wait(self) -> BatchProgress:
        """
        Poll until every batch ended and return the final progress.

        Ctrl-C (KeyboardInterrupt) while waiting cancels the remote batches, then re-raises.
        """
        try:
            self._drive("ended")
        except KeyboardInterrupt:
            self.cancel()
            raise
        return self.progress

    def results(self) -> Iterator[BatchResult]:
        """Wait, download the output and error files, and yield one result per request in order."""
        self.wait()
        self._drive("downloaded")
        return self._driver.results()

    def cancel(self) -> BatchProgress:
        """Cancel the job: batches not created yet never are, the others get a cancel request."""
        self._driver.request_cancel()
        self._drive("created")
        return self.progress

    def __repr__(self) -> str:
        return f"BatchJob(job_id={self.job_id!r}, status={self.progress.status!r})"


class AsyncBatchJob:
    """Async twin of BatchJob: `await job.wait()`, `async for r in job.results()`."""

    def __init__(self, api: Any, driver: BatchDriver) -> None:
        self._api = api
        self._driver = driver
        self.job_id = driver.state.job_id

    async def _drive(self, until: str) -> None:
        driver = self._driver
        while (step := driver.next_step(until)).method != "done":
            if step.method == "sleep":
                await asyncio.sleep(step.args[0])
            else:
                driver.finished(step, await getattr(self._api, step.method)(*step.args))

    @property
    def progress(self) -> BatchProgress:
        """Where the job stands, as of the last answer seen."""
        return self._driver.progress()

    @property
    def batch_ids(self) -> tuple[str, ...]:
        """The ids of the job's batches."""
        return self._driver.progress().batch_ids

    async def wait(self) -> BatchProgress:
        """
        Poll until every batch ended and return the final progress.

        Being cancelled (or KeyboardInterrupt) while waiting cancels the remote batches first.
        """
        try:
            await self._drive("ended")
        except (KeyboardInterrupt, asyncio.CancelledError):
            await self.cancel()
            raise
        return self.progress

    async def results(self) -> AsyncIterator[BatchResult]:
        """Wait, download the output and error files, and yield one result per request in order."""
        await self.wait()
        await self._drive("downloaded")
        for result in self._driver.results():
            yield result

    async def cancel(self) -> BatchProgress:
        """Cancel the job: batches not created yet never are, the others get a cancel request."""
        self._driver.request_cancel()
        await self._drive("created")
        return self.progress

    def __repr__(self) -> str:
        return f"AsyncBatchJob(job_id={self.job_id!r}, status={self.progress.status!r})"
