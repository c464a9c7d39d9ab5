"""
The state of a batch job, and how it is kept on disk.

Everything `batches.resume` needs lives in one JSON document: the requests (custom id, the
operation's response model, which part holds it) and, per part, its endpoint, where its JSONL
lines are, the uploaded file id, the batch id and the last status seen. The document is written
whole to a temporary file and moved over the old one with `os.replace`, so a crash leaves either
the previous state or the new one, never half of each. A part's lines are written to their own
file before the state names it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .._exceptions import InvalidConfigError

__all__ = ["JobState", "PartState", "load_state", "save_state"]

VERSION = 1


@dataclass
class PartState:
    """
    One input file and the batch that runs it.

    Attributes:
        endpoint: The Batch API endpoint of every line ("/v1/chat/completions").
        lines: Number of requests in the part.
        size: Size of its JSONL in bytes.
        upload_name: The filename it is uploaded under (unique per job and part: a resumed job
            finds an upload that finished without being recorded by this name).
        data_file: Where its JSONL lines are kept (next to the state file), or None in memory.
        upload_started: The upload was begun (so a resume looks for it before uploading again).
        input_file_id: The uploaded file's id.
        create_started: Creating the batch was begun (a resume looks for it by metadata first).
        batch_id: The batch's id.
        status: The batch's last status seen.
        output_file_id: The file holding the successful answers.
        error_file_id: The file holding the failed ones.
        counts: The batch's request counts (total, completed, failed).
        cancel_sent: A cancel request was sent for this batch.
        errors: Batch-level errors reported by the provider (e.g. a line that does not validate).
    """

    endpoint: str
    lines: int
    size: int
    upload_name: str
    data_file: str | None = None
    upload_started: bool = False
    input_file_id: str | None = None
    create_started: bool = False
    batch_id: str | None = None
    status: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    cancel_sent: bool = False
    errors: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class JobState:
    """
    A whole batch job: its requests in input order and its parts.

    Attributes:
        job_id: A random id naming the job's uploads and tagging its batches' metadata.
        completion_window: The window asked for ("24h").
        metadata: Metadata sent with every batch (the job's own tags added).
        requests: Per request, in input order: [custom_id, response model ref, part number].
        parts: The parts, in the order they are uploaded.
        cancel_requested: The caller cancelled the job.
    """

    job_id: str
    completion_window: str
    metadata: dict[str, str]
    requests: list[list[Any]]
    parts: list[PartState]
    cancel_requested: bool = False
    version: int = VERSION

    def to_json(self) -> bytes:
        """Serialise the state as UTF-8 JSON."""
        return json.dumps(asdict(self), separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes, where: str) -> JobState:
        """
        Read a state written by `to_json`.

        Raises:
            InvalidConfigError: The data is not a batch job state of a known version.
        """
        try:
            raw = json.loads(data)
            if raw.get("version") != VERSION:
                raise ValueError(f"unknown version {raw.get('version')!r}")
            parts = [PartState(**part) for part in raw.pop("parts")]
            return cls(parts=parts, **raw)
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            raise InvalidConfigError(
                f"{where} is not a batch job state written by openai_core ({exc})."
            ) from exc


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and `os.replace` (fsynced first)."""
    temp = path.with_name(path.name + ".tmp")
    with open(temp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)


def save_state(path: Path, state: JobState) -> None:
    """Write the state file atomically."""
    write_atomically(path, state.to_json())


def load_state(path: str | os.PathLike[str]) -> JobState:
    """
    Read a state file.

    Raises:
        InvalidConfigError: The file is missing or is not a batch job state.
    """
    target = Path(path)
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise InvalidConfigError(
            f"Cannot read the batch job state file {str(target)!r}: {exc.strerror or exc}."
        ) from exc
    return JobState.from_json(data, repr(str(target)))
