"""
Checked by mypy, never executed: misspelled setters and namespaces are type errors.

Each ignore below is needed, or mypy fails on it (`warn_unused_ignores`), so checking this
directory proves the errors exist; tests/test_typed_builders.py also strips the ignores and
asserts the exact messages.
"""

from __future__ import annotations

from openai_core import AsyncClient, Client


def misspelled(client: Client, aclient: AsyncClient) -> None:
    client.batches.create().input_fileid("file-1")  # type: ignore[attr-defined]
    client.chat.completions.create().modle("m")  # type: ignore[attr-defined]
    client.batchez.create()  # type: ignore[attr-defined]
    aclient.files.retrieve("f").purpose("batch")  # type: ignore[attr-defined]
    client.files.retrieve()  # type: ignore[call-arg]
    client.batches.create().completion_window(24)  # type: ignore[arg-type]
    # Chat's setters are the generated ones: typed from the spec.
    client.chat.completions.create().temperature("hot")  # type: ignore[arg-type]
