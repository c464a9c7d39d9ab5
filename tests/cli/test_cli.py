"""The command line, run as a subprocess against the fake provider served on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from openai_core.testing import FakeProvider, FakeServer

ROOT = Path(__file__).resolve().parents[2]
KEY = "sk-cli-secret-4242"


@pytest.fixture
def fake() -> FakeProvider:
    return FakeProvider(api_key=KEY)


@pytest.fixture
def server(fake: FakeProvider) -> Iterator[FakeServer]:
    with fake.serve() as running:
        yield running


def cli(server: FakeServer, *args: str, stdin: str | None = None, key: str = KEY) -> Any:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL"))}
    env["OPENAI_API_KEY"] = key
    command = [sys.executable, "-m", "openai_core", "--base-url", server.base_url, *args]
    return subprocess.run(
        command, cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=60
    )


def batch_file(path: Path, n: int) -> Path:
    lines = [
        {"custom_id": f"q{i}", "method": "POST", "url": "/v1/chat/completions",
         "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"n{i}"}]}}
        for i in range(n)
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    return path


def test_chat_streams_the_answer_for_a_prompt_or_stdin(server, fake):
    from_arg = cli(server, "chat", "hello there")
    from_stdin = cli(server, "--model", "gpt-4o", "chat", stdin="from stdin\n")

    assert (from_arg.returncode, from_arg.stdout, from_arg.stderr) == (
        0, "You said: hello there\n", "",
    )  # fmt: skip
    assert from_stdin.stdout == "You said: from stdin\n"
    assert fake.last_request.json["model"] == "gpt-4o"
    assert fake.last_request.json["stream"] is True


def test_chat_json_prints_the_whole_completion(server):
    result = cli(server, "--json", "chat", "hi")

    assert json.loads(result.stdout)["choices"][0]["message"]["content"] == "You said: hi"


def test_models_lists_ids(server):
    result = cli(server, "models")

    assert result.stdout.split() == ["gpt-4o-mini", "gpt-4o", "o3-mini", "text-embedding-3-small",
                                     "tts-1"]  # fmt: skip


def test_files_upload_prints_the_id(server, fake, tmp_path):
    path = batch_file(tmp_path / "in.jsonl", 1)

    result = cli(server, "files", "upload", str(path), "--purpose", "batch")

    assert result.returncode == 0
    stored = fake.endpoints.files.get(result.stdout.strip())
    assert stored is not None and stored[1] == path.read_bytes()
    assert stored[0]["purpose"] == "batch"


def test_batch_run_writes_results_in_order_and_progress_on_stderr(server, tmp_path):
    path = batch_file(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"

    to_stdout = cli(server, "batch", "run", str(path), "--poll-interval", "0")
    to_file = cli(server, "batch", "run", str(path), "--poll-interval", "0", "--output", str(out))

    lines = [json.loads(line) for line in to_stdout.stdout.splitlines()]
    assert [line["custom_id"] for line in lines] == ["q0", "q1", "q2"]
    assert lines[1]["response"]["choices"][0]["message"]["content"] == "You said: n1"
    assert "[batch] completed: 3/3 done, 0 failed" in to_stdout.stderr
    assert to_file.stdout == ""
    assert [json.loads(line)["custom_id"] for line in out.read_text().splitlines()] == [
        "q0", "q1", "q2",
    ]  # fmt: skip


def test_batch_results_prints_the_output_lines(server, fake, tmp_path):
    cli(server, "batch", "run", str(batch_file(tmp_path / "in.jsonl", 2)), "--poll-interval", "0")
    batch_id = fake.endpoints.batches.all()[0]["id"]

    result = cli(server, "batch", "results", batch_id)

    assert sorted(json.loads(line)["custom_id"] for line in result.stdout.splitlines()) == [
        "q0", "q1",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("batch", "results", "batch_nope"), "No batch found with id 'batch_nope'"),
        (("files", "upload", "/no/such/file", "--purpose", "batch"), "not a file"),
        (("batch", "run", "/no/such.jsonl"), "not a file"),
        (("chat",), "Expected a prompt"),
        (("--provider", "nope", "models"), "nope"),
    ],
)
def test_errors_are_one_line_on_stderr_with_a_failing_status(server, args, message):
    result = cli(server, *args, stdin="")

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("openai-core: error: ") and message in result.stderr


def test_a_bad_line_in_a_batch_file_names_the_line(server, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"custom_id": "a", "url": "/v1/chat/completions", "body": {}}\nnot json\n')

    result = cli(server, "batch", "run", str(path))

    assert result.returncode == 1
    assert f"{path}:2: expected a JSON object" in result.stderr


def test_a_wrong_key_is_reported_without_revealing_it(server):
    result = cli(server, "models", key="sk-wrong-key-1234567890")

    assert result.returncode == 1
    assert "Incorrect API key" in result.stderr
    assert "sk-wrong-key-1234567890" not in result.stderr


def test_the_console_script_points_at_main():
    tomllib = pytest.importorskip("tomllib")
    from openai_core._cli import main

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]

    assert project["scripts"]["openai-core"] == "openai_core._cli:main"
    assert callable(main)
