"""
The batch job's driver: a pure state machine its sync and async shells run.

The driver says what to do next as a `Step` (an API call by name with its arguments, a sleep, or
done); the shell performs it and hands the answer back to `finished`. Every decision lives here:
upload each part once, create each batch once, poll with backoff, send cancels, download the
output and error files, and map every line back to its request. With a state file, the state is
saved before each call that changes something remotely (marked "started") and after each answer,
so a crash at any point is resumed without uploading or creating anything twice: a part whose
upload was started but not recorded is looked up by its unique filename, a batch by the job id
in its metadata.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from .._exceptions import InvalidConfigError
from .batch_lines import plan_parts
from .batch_results import BatchResult, map_results
from .batch_state import JobState, PartState, load_state, save_state, write_atomically

__all__ = ["TERMINAL", "BatchDriver", "BatchProgress", "BatchResult", "Step"]

TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
# Statuses in the order a batch goes through them: the job reports its least advanced part.
_ORDER = ("validating", "in_progress", "finalizing", "cancelling")
_JOB_KEY = "openai_core_job"
_PART_KEY = "openai_core_part"


class Step(NamedTuple):
    """What the shell does next: call `api.<method>(*args)`, or "sleep" (args: seconds), or "done"."""

    method: str
    args: tuple[Any, ...] = ()
    part: int = -1


DONE = Step("done")


@dataclass(frozen=True)
class BatchProgress:
    """
    Where a batch job stands (what `on_progress` receives).

    Attributes:
        status: "uploading" until every batch exists, then the least advanced batch's status,
            and once all have ended their common status (or "ended" when they differ).
        total: Requests in the job.
        completed: Requests answered successfully so far.
        failed: Requests that failed so far.
        batch_ids: The ids of the batches created so far.
    """

    status: str
    total: int
    completed: int
    failed: int
    batch_ids: tuple[str, ...]

    @property
    def done(self) -> bool:
        """Whether every batch has ended."""
        return self.status in TERMINAL or self.status == "ended"


def _status(parts: list[PartState]) -> str:
    if any(p.batch_id is None and p.status is None for p in parts):
        return "uploading"
    live = [p.status or "validating" for p in parts if p.status not in TERMINAL]
    if live:
        return min(live, key=lambda s: _ORDER.index(s) if s in _ORDER else 0)
    ended = {p.status or "cancelled" for p in parts}
    return ended.pop() if len(ended) == 1 else "ended"


class BatchDriver:
    """
    Drive one batch job. Pure: the shell performs the steps.

    Args:
        state: The job state.
        path: The state file, or None to keep everything in memory.
        data: Part number -> its JSONL bytes, for parts whose lines are held in memory.
        on_progress: Called with a BatchProgress whenever the counts or the status change.
        poll_interval: First delay between polling rounds, in seconds.
        max_poll_interval: The delay grows by half each quiet round up to this.
        provider: Provider name, put on the errors of failed requests.
    """

    def __init__(
        self,
        state: JobState,
        path: Path | None,
        data: dict[int, bytes],
        on_progress: Callable[[BatchProgress], object] | None,
        poll_interval: float,
        max_poll_interval: float,
        provider: str | None,
    ) -> None:
        self.state = state
        self._path = path
        self._data = data
        self._on_progress = on_progress
        self._first_delay = poll_interval
        self._delay = poll_interval
        self._max_delay = max_poll_interval
        self._provider = provider
        self._round: set[int] = set()
        self._changed = False
        self._downloads: dict[str, bytes] = {}
        self._last: BatchProgress | None = None

    @classmethod
    def start(
        cls,
        requests: Iterable[Any],
        *,
        option_target: str | None,
        completion_window: str,
        metadata: Mapping[str, str] | None,
        state_file: str | Path | None,
        **options: Any,
    ) -> BatchDriver:
        """
        Plan a new job: build and split the lines, write them and the first state.

        Raises:
            InvalidConfigError: Bad requests (see plan_parts), or a state file already exists.
        """
        entries, parts = plan_parts(requests, option_target)
        job_id = secrets.token_hex(8)
        path = None if state_file is None else Path(state_file)
        if path is not None and path.exists():
            raise InvalidConfigError(
                f"The state file {str(path)!r} already exists; resume it with "
                "client.batches.resume(path) or choose another path."
            )
        data: dict[int, bytes] = {}
        states = []
        for number, part in enumerate(parts):
            content = b"".join(part.lines)
            data_file = None
            if path is not None:
                data_file = f"{path.name}.part-{number}.jsonl"
                write_atomically(path.with_name(data_file), content)
            else:
                data[number] = content
            upload_name = f"openai-core-{job_id}-part-{number}.jsonl"
            states.append(
                PartState(part.endpoint, len(part.lines), part.size, upload_name, data_file)
            )
        state = JobState(job_id, completion_window, dict(metadata or {}), entries, states)
        driver = cls(state, path, data, **options)
        driver.save()
        return driver

    @classmethod
    def resume(cls, state_file: str | Path, **options: Any) -> BatchDriver:
        """Load a job from its state file (see load_state for errors)."""
        path = Path(state_file)
        return cls(load_state(path), path, {}, **options)

    # -- state ------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the state file (no-op without one)."""
        if self._path is not None:
            save_state(self._path, self.state)

    def part_data(self, number: int) -> bytes:
        """The JSONL bytes of a part (from memory or its data file)."""
        if number in self._data:
            return self._data[number]
        part = self.state.parts[number]
        assert self._path is not None and part.data_file is not None
        source = self._path.with_name(part.data_file)
        try:
            return source.read_bytes()
        except OSError as exc:
            raise InvalidConfigError(
                f"The lines of part {number} ({str(source)!r}) cannot be read "
                f"({exc.strerror or exc}); they are written next to the state file and must "
                "stay there until the job is uploaded."
            ) from exc

    def batch_metadata(self, number: int) -> dict[str, str]:
        """The metadata a part's batch is created with (the job's tags included)."""
        tags = {_JOB_KEY: self.state.job_id, _PART_KEY: str(number)}
        return {**self.state.metadata, **tags}

    def progress(self) -> BatchProgress:
        """The job's progress now."""
        parts = self.state.parts
        return BatchProgress(
            status=_status(parts),
            total=len(self.state.requests),
            completed=sum(p.counts.get("completed", 0) for p in parts),
            failed=sum(p.counts.get("failed", 0) for p in parts),
            batch_ids=tuple(p.batch_id for p in parts if p.batch_id),
        )

    def _report(self) -> None:
        now = self.progress()
        if now != self._last:
            self._last = now
            self._changed = True
            if self._on_progress is not None:
                self._on_progress(now)

    # -- steps ------------------------------------------------------------------------------

    def next_step(self, until: str) -> Step:
        """
        Return the next step toward `until`: "created" (every batch exists), "ended" (every
        batch ended) or "downloaded" (output and error files fetched).
        """
        step = self._cancel_step() if self.state.cancel_requested else self._create_step()
        if step is not None or until == "created":
            return step or DONE
        step = self._poll_step()
        if step is not None or until == "ended":
            return step or DONE
        for number, part in enumerate(self.state.parts):
            for file_id in (part.output_file_id, part.error_file_id):
                if file_id and file_id not in self._downloads:
                    return Step("download", (file_id,), number)
        return DONE

    def _create_step(self) -> Step | None:
        parts = self.state.parts
        for number, part in enumerate(parts):
            if part.input_file_id is None:
                if part.upload_started:
                    return Step("find_file", (part.upload_name,), number)
                part.upload_started = True
                self.save()
                return Step("upload", (part.upload_name, self.part_data(number)), number)
        for number, part in enumerate(parts):
            if part.batch_id is None:
                if part.create_started:
                    return Step("find_batch", (self.batch_metadata(number),), number)
                part.create_started = True
                self.save()
                args = (part.input_file_id, part.endpoint, self.state.completion_window)
                return Step("create", (*args, self.batch_metadata(number)), number)
        return None

    def _cancel_step(self) -> Step | None:
        for number, part in enumerate(self.state.parts):
            if part.batch_id is None and part.create_started:
                return Step("find_batch", (self.batch_metadata(number),), number)
            if part.batch_id is None and part.status is None:
                part.status = "cancelled"  # never created: nothing runs remotely
                self.save()
                self._report()
            elif not part.cancel_sent and part.status not in TERMINAL:
                return Step("cancel", (part.batch_id,), number)
        return None

    def _poll_step(self) -> Step | None:
        live = [n for n, p in enumerate(self.state.parts) if p.status not in TERMINAL]
        for number in live:
            if number not in self._round:
                return Step("retrieve", (self.state.parts[number].batch_id,), number)
        if not live:
            return None
        self._round.clear()
        if self._changed:
            self._delay = self._first_delay
        else:
            self._delay = min(self._max_delay, max(self._delay * 1.5, 0.0))
        self._changed = False
        return Step("sleep", (self._delay,))

    def finished(self, step: Step, value: Any) -> None:
        """Record the answer of a step's call (and save the state)."""
        part = self.state.parts[step.part] if step.part >= 0 else None
        if step.method == "download":
            self._downloads[step.args[0]] = value
            return
        assert part is not None
        if step.method in ("upload", "find_file"):
            part.input_file_id = value
            part.upload_started = value is not None
        elif step.method == "find_batch" and value is None:
            part.create_started = False
        else:  # create, find_batch, retrieve, cancel: a batch object
            self._observe(part, value)
            if step.method == "retrieve":
                self._round.add(step.part)
            elif step.method == "cancel":
                part.cancel_sent = True
        self.save()
        self._report()

    def _observe(self, part: PartState, batch: Mapping[str, Any]) -> None:
        part.batch_id = batch.get("id") or part.batch_id
        part.status = batch.get("status") or part.status
        part.output_file_id = batch.get("output_file_id") or part.output_file_id
        part.error_file_id = batch.get("error_file_id") or part.error_file_id
        counts = batch.get("request_counts")
        if isinstance(counts, Mapping):
            part.counts = {k: v for k, v in counts.items() if isinstance(v, int)}
        errors = batch.get("errors")
        if isinstance(errors, Mapping) and isinstance(errors.get("data"), list):
            part.errors = [e for e in errors["data"] if isinstance(e, dict)]

    def request_cancel(self) -> None:
        """Mark the job cancelled (saved): the next steps cancel its batches."""
        self.state.cancel_requested = True
        self.save()

    # -- results ----------------------------------------------------------------------------

    def results(self) -> Iterator[BatchResult]:
        """Yield one result per request, in input order, from the downloaded files."""
        return map_results(self.state, list(self._downloads.values()), self._provider)
