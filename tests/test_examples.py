"""`make demo` runs: every example works end to end against the built-in fake provider."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_example_runs_against_the_fake_provider():
    # No provider key in the environment: the demo must pick the fake provider on 127.0.0.1.
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_ENDPOINT"))}

    result = subprocess.run(
        [sys.executable, "-m", "examples"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr[-3000:]
    assert "using the fake provider" in result.stdout
    sections = ("chat", "stored_completions", "pagination", "errors", "structured", "tools")
    sections += ("responses", "responses_structured", "responses_tools", "jobs")
    for section in sections:
        assert f"== {section} ==" in result.stdout
    assert "answer: It is 14:05 in Paris" in result.stdout
    assert "parsed: City(name='Paris'" in result.stdout
    assert "output_text: Paris is the capital of France." in result.stdout
    assert "parsed: Capital(country='France', city='Paris'" in result.stdout
    assert "streamed answer: It is 14:05 in Paris and 22:05 in Tokyo." in result.stdout
    assert "run_many[2]: You said: Name a planet." in result.stdout
    assert "batch fruit: You said: Name a fruit." in result.stdout
