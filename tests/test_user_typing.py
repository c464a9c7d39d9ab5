"""
The user-script suite: tests/typing/ is what users write, checked with `mypy --strict` (types
asserted with `assert_type`), and the must-fail files' errors are asserted one by one once their
ignores are stripped. tests/typing/tasks/ holds the everyday tasks written with this SDK.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TYPING = ROOT / "tests" / "typing"
TASKS = TYPING / "tasks"


def run_mypy(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *map(str, paths)],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
    )  # fmt: skip


def test_the_user_scripts_pass_mypy_strict():
    out = run_mypy(TYPING)

    assert out.returncode == 0, out.stdout + out.stderr
    assert "Success: no issues found" in out.stdout


def test_misspelled_keywords_and_wrong_values_fail_mypy_strict(tmp_path):
    source = (TYPING / "misspelled_keywords.py").read_text()
    stripped = tmp_path / "misspelled_keywords.py"
    stripped.write_text(re.sub(r"  # type: ignore\[[a-z, -]+\]", "", source))

    out = run_mypy(stripped).stdout

    assert 'Unexpected keyword argument "modle" for "create" of "ChatCompletions"' in out
    assert 'did you mean "model"?' in out
    assert 'Argument "temperature" to "create" of "ChatCompletions" has incompatible type' in out
    assert "Type of TypedDict is ambiguous" in out  # "role": "usr" fits no message
    assert 'Unexpected keyword argument "max_token" for "stream"' in out
    assert 'Argument "completion_window" to "create" of "AsyncBatches"' in out
    assert 'Argument 1 to "message" of "ChatSetters" has incompatible type' in out
    assert '"ChatCompletionTool | CustomToolChatCompletions | ChatCompletionToolParam' in out
    assert 'Item "None" of "Weather | None" has no attribute "city"' in out
    assert '"ChatCompletionChoice" has no attribute "mesage"; maybe "message"?' in out
    assert "Found 10 errors in 1 file" in out


def code_lines(path: Path) -> int:
    """Lines of code: not blank, not a comment, not the module docstring."""
    source = path.read_text()
    tree = ast.parse(source)
    docstring: set[int] = set()
    if ast.get_docstring(tree):
        node = tree.body[0]
        docstring = set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return sum(
        1
        for number, line in enumerate(source.splitlines(), 1)
        if line.strip() and not line.strip().startswith("#") and number not in docstring
    )


def test_every_everyday_task_is_written_with_both_sdks_and_counted_in_the_readme():
    ours = sorted(p.name for p in TASKS.glob("t*.py"))
    official = sorted(p.name for p in (TASKS / "official").glob("t*.py"))
    readme = (TASKS / "README.md").read_text()

    assert len(ours) == 10
    assert ours == official
    for name in ours:
        row = f"| {name[:-3]} | {code_lines(TASKS / name)} | {code_lines(TASKS / 'official' / name)} |"
        assert row in readme, row


@pytest.mark.skipif(importlib.util.find_spec("openai") is None, reason="needs the openai package")
def test_the_official_sdk_versions_pass_mypy_strict_too():
    out = run_mypy(*sorted((TASKS / "official").glob("t*.py")))

    assert out.returncode == 0, out.stdout + out.stderr
