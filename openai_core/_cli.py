"""
The command line: `python -m openai_core` and the `openai-core` console script.

    openai-core chat [PROMPT]                 stream an answer (reads stdin without a prompt)
    openai-core models                        list model ids
    openai-core files upload PATH --purpose P upload a file, print its id
    openai-core batch run FILE.jsonl          run a Batch API input file; progress on stderr
    openai-core batch results BATCH_ID        print a batch's output and error lines

Global options: --provider, --base-url, --api-key (else the provider's environment variable),
--model, --json (machine-readable output). An error is one line on stderr and exit status 1;
Ctrl-C exits with 130.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from . import Client, OpenAICoreError  # the public surface, as a user's script would

__all__ = ["main"]

# Batch API endpoints and the namespace path of their create operation.
_ENDPOINTS = {
    "/v1/chat/completions": ("chat", "completions"),
    "/v1/embeddings": ("embeddings",),
    "/v1/responses": ("responses",),
    "/v1/completions": ("completions",),
    "/v1/moderations": ("moderations",),
}


class CliError(Exception):
    """A problem with the command's input, reported as one line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openai-core", description="OpenAI and compatible APIs from the command line."
    )
    parser.add_argument("--provider", help="provider profile (openai, azure, deepseek, ...)")
    parser.add_argument("--base-url", help="API base URL, e.g. http://127.0.0.1:8000/v1")
    parser.add_argument("--api-key", help="API key (default: the provider's env variable)")
    parser.add_argument("--model", default=os.environ.get("OPENAI_CORE_MODEL", "gpt-4o-mini"))
    parser.add_argument("--json", action="store_true", help="print JSON")
    commands = parser.add_subparsers(dest="command", required=True)
    chat = commands.add_parser("chat", help="stream a chat answer")
    chat.add_argument("prompt", nargs="?", help="the message (default: read stdin)")
    chat.add_argument("--system", help="a system message")
    commands.add_parser("models", help="list models")
    files = commands.add_parser("files", help="files").add_subparsers(dest="action", required=True)
    upload = files.add_parser("upload", help="upload a file")
    upload.add_argument("path", type=Path)
    upload.add_argument("--purpose", required=True)
    batch = commands.add_parser("batch", help="batches").add_subparsers(
        dest="action", required=True
    )
    run = batch.add_parser("run", help="run a Batch API JSONL file")
    run.add_argument("file", type=Path)
    run.add_argument("--output", type=Path, help="write results here (default: stdout)")
    run.add_argument("--state-file", type=Path, help="keep the job's state here (resumable)")
    run.add_argument("--poll-interval", type=float, default=5.0)
    results = batch.add_parser("results", help="print a batch's output and error lines")
    results.add_argument("batch_id")
    return parser


def _client(args: argparse.Namespace) -> Client:
    return Client(provider=args.provider, base_url=args.base_url, api_key=args.api_key)


def _print_json(value: Any, out: IO[str]) -> None:
    out.write(json.dumps(value, ensure_ascii=False) + "\n")


def _chat(client: Client, args: argparse.Namespace) -> None:
    prompt = args.prompt if args.prompt is not None else sys.stdin.read().rstrip("\n")
    if not prompt.strip():
        raise CliError("Expected a prompt as an argument or on stdin, got nothing.")
    builder = client.chat.completions.stream().model(args.model)
    if args.system:
        builder = builder.message_system(args.system)
    with builder.message_user(prompt).send() as stream:
        if args.json:
            for _ in stream:
                pass
            _print_json(stream.final_completion().to_dict(), sys.stdout)
            return
        for text in stream.text_deltas():
            sys.stdout.write(text)
            sys.stdout.flush()
    sys.stdout.write("\n")


def _models(client: Client, args: argparse.Namespace) -> None:
    for model in client.models.list().send().data:
        if args.json:
            _print_json(model.to_dict(), sys.stdout)
        else:
            print(model.id)


def _upload(client: Client, args: argparse.Namespace) -> None:
    if not args.path.is_file():
        raise CliError(f"Expected a file to upload, got {str(args.path)!r} (not a file).")
    sent = client.files.create().file(args.path).purpose(args.purpose).send()
    if args.json:
        _print_json(sent.to_dict(), sys.stdout)
    else:
        print(sent.id)


def read_batch_file(client: Client, path: Path) -> Iterator[tuple[str, Any]]:
    """
    Read a Batch API input file as `(custom_id, builder)` pairs.

    Raises:
        CliError: A line is not JSON or not a batch request the SDK can send.
    """
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                request = json.loads(line)
            except ValueError as exc:
                raise CliError(f"{path}:{number}: expected a JSON object ({exc}).") from exc
            if not isinstance(request, dict) or not isinstance(request.get("body"), dict):
                raise CliError(f"{path}:{number}: expected an object with a 'body' object.")
            where = _ENDPOINTS.get(str(request.get("url")))
            if where is None:
                raise CliError(
                    f"{path}:{number}: expected 'url' in {sorted(_ENDPOINTS)}, "
                    f"got {request.get('url')!r}."
                )
            namespace: Any = client
            for name in where:
                namespace = getattr(namespace, name)
            custom_id = request.get("custom_id") or f"line-{number}"
            yield str(custom_id), namespace.create().body_value(request["body"])


def _progress(progress: Any) -> None:
    sys.stderr.write(
        f"[batch] {progress.status}: {progress.completed + progress.failed}/{progress.total} "
        f"done, {progress.failed} failed\n"
    )


def _result_line(result: Any) -> dict[str, Any]:
    response = result.response
    error = result.error
    return {
        "custom_id": result.custom_id,
        "status_code": result.status_code,
        "response": response.to_dict() if hasattr(response, "to_dict") else response,
        "error": None if error is None else {"type": type(error).__name__, "message": str(error)},
    }


def _batch_run(client: Client, args: argparse.Namespace) -> None:
    if not args.file.is_file():
        raise CliError(f"Expected a JSONL file, got {str(args.file)!r} (not a file).")
    requests = list(read_batch_file(client, args.file))
    job = client.batches.run(
        requests,
        state_file=args.state_file,
        on_progress=_progress,
        poll_interval=args.poll_interval,
    )
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        for result in job.results():
            _print_json(_result_line(result), out)
    finally:
        if args.output:
            out.close()


def _batch_results(client: Client, args: argparse.Namespace) -> None:
    from ._jobs.batch import plain_json

    batch = plain_json(client, client.batches.retrieve(args.batch_id).send_raw())
    status = batch.get("status")
    sys.stderr.write(f"[batch] {args.batch_id}: {status}\n")
    found = False
    for file_id in (batch.get("output_file_id"), batch.get("error_file_id")):
        if isinstance(file_id, str) and file_id:
            found = True
            sys.stdout.write(client.files.content(file_id).send().decode("utf-8"))
    if not found:
        raise CliError(f"Batch {args.batch_id} has no output yet (status {status!r}).")


def _run(args: argparse.Namespace) -> None:
    with _client(args) as client:
        if args.command == "chat":
            _chat(client, args)
        elif args.command == "models":
            _models(client, args)
        elif args.command == "files":
            _upload(client, args)
        elif args.action == "run":
            _batch_run(client, args)
        else:
            _batch_results(client, args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        _run(args)
    except KeyboardInterrupt:
        sys.stderr.write("openai-core: interrupted\n")
        return 130
    except (OpenAICoreError, CliError, OSError) as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        sys.stderr.write(f"openai-core: error: {message}\n")
        return 1
    return 0
