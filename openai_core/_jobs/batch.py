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
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

from .._errors_map import error_from_response
from .._exceptions import ResponseValidationError
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


def plain_json(client: Any, response: httpx.Response) -> Any:
    """
    Read a batch API answer as plain JSON, raising the APIError for an error status.

    Batch objects are read as they came rather than through the generated Batch model: the
    driver needs a few plain fields, and providers send shapes the model does not take (OpenAI
    sends `"errors": null`).

    Raises:
        APIError: The subclass for a non-2xx status.
        ResponseValidationError: The body is not JSON.
    """
    if response.status_code >= 300:
        key = client.options.api_key
        raise error_from_response(response, client.provider, (key,) if key else ())
    try:
        return json.loads(response.content)
    except ValueError as exc:
        snippet = response.content[:200].decode("utf-8", "replace")
        raise ResponseValidationError(
            f"Expected a JSON body from {response.request.url}, got {snippet!r}.", value=snippet
        ) from exc


def _matches(batch: Any, metadata: dict[str, str]) -> bool:
    found = batch.get("metadata") if isinstance(batch, dict) else None
    return isinstance(found, dict) and metadata.items() <= found.items()


def _next_after(page: Any) -> str | None:
    data = page.get("data") if isinstance(page, dict) else None
    if not data or page.get("has_more") is not True:
        return None
    last = data[-1].get("id") if isinstance(data[-1], dict) else None
    return last if isinstance(last, str) else None


class SyncBatchApi:
    """The Batch API calls a job makes, over a Client's builders (plain dicts out)."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def _json(self, builder: Any) -> Any:
        return plain_json(self._client, builder.send_raw())

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
        return self._json(builder.completion_window(window).metadata(metadata))

    def find_batch(self, metadata: dict[str, str]) -> Any:
        """Return the batch (a dict) whose metadata holds every pair of `metadata`, if any."""
        after: str | None = None
        while True:
            builder = self._client.batches.list().limit(100)
            page = self._json(builder if after is None else builder.after(after))
            for batch in page.get("data") or ():
                if _matches(batch, metadata):
                    return batch
            if (after := _next_after(page)) is None:
                return None

    def retrieve(self, batch_id: str) -> Any:
        """Return a batch as a dict."""
        return self._json(self._client.batches.retrieve(batch_id))

    def cancel(self, batch_id: str) -> Any:
        """Cancel a batch and return it as a dict."""
        return self._json(self._client.batches.cancel(batch_id))

    def download(self, file_id: str) -> bytes:
        """Return a file's content."""
        content: bytes = self._client.files.content(file_id).send()
        return content


class AsyncBatchApi:
    """Async twin of SyncBatchApi, over an AsyncClient's builders."""

    def __init__(self, client: Any) -> None:
        self._client = client

    async def _json(self, builder: Any) -> Any:
        return plain_json(self._client, await builder.send_raw())

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
        return await self._json(builder.completion_window(window).metadata(metadata))

    async def find_batch(self, metadata: dict[str, str]) -> Any:
        """Return the batch (a dict) whose metadata holds every pair of `metadata`, if any."""
        after: str | None = None
        while True:
            builder = self._client.batches.list().limit(100)
            page = await self._json(builder if after is None else builder.after(after))
            for batch in page.get("data") or ():
                if _matches(batch, metadata):
                    return batch
            if (after := _next_after(page)) is None:
                return None

    async def retrieve(self, batch_id: str) -> Any:
        """Return a batch as a dict."""
        return await self._json(self._client.batches.retrieve(batch_id))

    async def cancel(self, batch_id: str) -> Any:
        """Cancel a batch and return it as a dict."""
        return await self._json(self._client.batches.cancel(batch_id))

    async def download(self, file_id: str) -> bytes:
        """Return a file's content."""
        content: bytes = await self._client.files.content(file_id).send()
        return content


class _JobView:
    """What the sync and async jobs share: the driver (the pure core), its progress, the repr."""

    def __init__(self, api: Any, driver: BatchDriver) -> None:
        self._api = api
        self._driver = driver
        self.job_id = driver.state.job_id

    @property
    def progress(self) -> BatchProgress:
        """Where the job stands, as of the last answer seen."""
        return self._driver.progress()

    @property
    def batch_ids(self) -> tuple[str, ...]:
        """The ids of the job's batches."""
        return self._driver.progress().batch_ids

    def __repr__(self) -> str:
        return f"{type(self).__name__}(job_id={self.job_id!r}, status={self.progress.status!r})"


class BatchJob(_JobView):
    """
    A running batch job (returned by `client.batches.run` and `client.batches.resume`).

    Attributes:
        job_id: The job's id (in its uploads' names and its batches' metadata).
    """

    def _drive(self, until: str) -> None:
        driver = self._driver
        while (step := driver.next_step(until)).method != "done":
            if step.method == "sleep":
                time.sleep(step.args[0])
            else:
                driver.finished(step, getattr(self._api, step.method)(*step.args))

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


class AsyncBatchJob(_JobView):
    """Async twin of BatchJob: `await job.wait()`, `async for r in job.results()`."""

    async def _drive(self, until: str) -> None:
        driver = self._driver
        while (step := driver.next_step(until)).method != "done":
            if step.method == "sleep":
                await asyncio.sleep(step.args[0])
            else:
                driver.finished(step, await getattr(self._api, step.method)(*step.args))

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
