"""
The fake provider's Batch API: create, retrieve, cancel and list batches over uploaded files.

A batch moves one status per retrieve, as a real one does over minutes: ``validating`` ->
``in_progress`` -> ``finalizing`` -> ``completed`` (``polls_per_status`` retrieves each). When it
leaves ``in_progress`` every line of its input file is answered by the fake's own endpoints (or a
scripted reply); successes go to an output file and failures to an error file, both in reverse
input order, since the real service promises no order. A cancelled batch goes ``cancelling`` ->
``cancelled`` and answers nothing. An input file whose lines are not valid batch requests for
the batch's endpoint makes the batch ``failed`` with the reasons in ``errors``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from typing import Any

from ._models import FakeReply, FakeRequest
from ._store import FileStore

__all__ = ["BatchEngine"]

ENDPOINTS = ("/v1/chat/completions", "/v1/embeddings", "/v1/responses", "/v1/completions",
             "/v1/moderations")  # fmt: skip
_NEXT = {"validating": "in_progress", "in_progress": "finalizing", "finalizing": "completed",
         "cancelling": "cancelled"}  # fmt: skip
_TERMINAL = {"completed", "failed", "expired", "cancelled"}

LineRunner = Callable[[FakeRequest], FakeReply]


def _error(status: int, message: str, param: str | None = None) -> FakeReply:
    return FakeReply.from_error(status, message, param=param)


def _decode(body: bytes | None) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body.decode("utf-8", "replace")


class BatchEngine:
    """
    Batches kept in memory; answers ``/batches`` routes for the fake's Endpoints.

    Args:
        files: The fake's file store (input files are read from it, results written to it).
        next_number: Gives numbers for ids and timestamps.
        run_line: Answers one batch line (set by FakeProvider so scripted replies apply).
    """

    def __init__(self, files: FileStore, next_number: Callable[[], int], run_line: LineRunner):
        self.files = files
        self.next_number = next_number
        self.run_line = run_line
        self.polls_per_status = 1
        self._lock = threading.Lock()
        self._batches: dict[str, dict[str, Any]] = {}
        self._polls: dict[str, int] = {}

    def all(self) -> list[dict[str, Any]]:
        """Every batch (copies), oldest first."""
        with self._lock:
            return [json.loads(json.dumps(b)) for b in self._batches.values()]

    def create(self, body: Any) -> FakeReply:
        """Answer ``POST /batches``."""
        if not isinstance(body, Mapping):
            return _error(400, "Expected a JSON object as the request body.")
        for name in ("input_file_id", "endpoint", "completion_window"):
            if not body.get(name):
                return _error(400, f"Missing required parameter: {name!r}.", name)
        if body["endpoint"] not in ENDPOINTS:
            return _error(400, f"Expected endpoint in {list(ENDPOINTS)}.", "endpoint")
        if body["completion_window"] != "24h":
            return _error(400, "Expected completion_window '24h'.", "completion_window")
        item = self.files.get(body["input_file_id"])
        if item is None or item[0]["purpose"] != "batch":
            return _error(400, "input_file_id must name a file uploaded with purpose 'batch'.")
        number = self.next_number()
        lines = [line for line in item[1].splitlines() if line.strip()]
        batch = {
            "id": f"batch_fake_{number}", "object": "batch", "endpoint": body["endpoint"],
            "errors": None, "input_file_id": body["input_file_id"],
            "completion_window": "24h", "status": "validating", "output_file_id": None,
            "error_file_id": None, "created_at": 1_700_000_000 + number,
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
            "metadata": dict(body.get("metadata") or {}),
        }  # fmt: skip
        with self._lock:
            self._batches[batch["id"]] = batch
            self._polls[batch["id"]] = 0
            return FakeReply.from_json(batch)

    def retrieve(self, batch_id: str) -> FakeReply:
        """Answer ``GET /batches/{id}``, moving the batch on when it has been polled enough."""
        with self._lock:
            batch = self._batches.get(batch_id)
            if batch is None:
                return _error(404, f"No batch found with id {batch_id!r}.")
            self._polls[batch_id] += 1
            if batch["status"] in _TERMINAL or self._polls[batch_id] < self.polls_per_status:
                return FakeReply.from_json(batch)
            self._polls[batch_id] = 0
            status = batch["status"]
        if status == "validating":
            self._validate(batch)
        elif status == "in_progress":
            self._run(batch)
        else:
            batch["status"] = _NEXT[status]
        with self._lock:
            return FakeReply.from_json(batch)

    def cancel(self, batch_id: str) -> FakeReply:
        """Answer ``POST /batches/{id}/cancel``."""
        with self._lock:
            batch = self._batches.get(batch_id)
            if batch is None:
                return _error(404, f"No batch found with id {batch_id!r}.")
            if batch["status"] in ("completed", "failed", "expired"):
                return _error(409, f"Cannot cancel a batch with status {batch['status']!r}.")
            if batch["status"] != "cancelled":
                batch["status"] = "cancelling"
            return FakeReply.from_json(batch)

    def listing(self) -> list[dict[str, Any]]:
        """Every batch, oldest first, for ``GET /batches``."""
        return self.all()

    def _lines(self, batch: dict[str, Any]) -> list[bytes]:
        item = self.files.get(batch["input_file_id"])
        return [] if item is None else [line for line in item[1].splitlines() if line.strip()]

    def _validate(self, batch: dict[str, Any]) -> None:
        errors = []
        for number, line in enumerate(self._lines(batch), start=1):
            try:
                request = json.loads(line)
                ok = isinstance(request, dict) and request.get("url") == batch["endpoint"]
                ok = ok and isinstance(request.get("custom_id"), str)
                ok = ok and isinstance(request.get("body"), dict)
            except ValueError:
                ok = False
            if not ok:
                message = f"Line {number} is not a request to {batch['endpoint']}."
                errors.append({"code": "invalid_request", "message": message, "line": number})
        if errors:
            batch["status"] = "failed"
            batch["errors"] = {"object": "list", "data": errors}
        else:
            batch["status"] = "in_progress"

    def _run(self, batch: dict[str, Any]) -> None:
        done: list[bytes] = []
        failed: list[bytes] = []
        for line in self._lines(batch):
            request = json.loads(line)
            body = json.dumps(request["body"]).encode()
            path = request["url"].removeprefix("/v1")
            fake = FakeRequest(method="POST", path=path, body=body, json=request["body"],
                               headers={"content-type": "application/json"},
                               raw_path=request["url"])  # fmt: skip
            reply = self.run_line(fake)
            answer = _decode(reply.body)
            number = self.next_number()
            record = {
                "id": f"batch_req_fake_{number}", "custom_id": request["custom_id"],
                "response": {"status_code": reply.status, "request_id": f"req_batch_{number}",
                             "body": answer},
                "error": None,
            }  # fmt: skip
            (done if reply.status < 400 else failed).append(json.dumps(record).encode())
        batch["request_counts"] = {
            "total": len(done) + len(failed), "completed": len(done), "failed": len(failed)
        }  # fmt: skip
        batch["output_file_id"] = self._store(batch, done, "output") if done else None
        batch["error_file_id"] = self._store(batch, failed, "error") if failed else None
        batch["status"] = "finalizing"

    def _store(self, batch: dict[str, Any], records: list[bytes], kind: str) -> str:
        content = b"\n".join(reversed(records)) + b"\n"
        number = self.next_number()
        file_object = {
            "id": f"file-fake-{number}", "object": "file", "bytes": len(content),
            "created_at": 1_700_000_000 + number, "filename": f"{batch['id']}_{kind}.jsonl",
            "purpose": "batch_output", "status": "processed", "expires_at": None,
            "status_details": None,
        }  # fmt: skip
        self.files.add(file_object, content)
        return str(file_object["id"])
