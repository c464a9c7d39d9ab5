"""Each sync class of the jobs wing has an async twin with the same public methods and parameters."""

from __future__ import annotations

import inspect

import pytest

from openai_core import AsyncClient, Client
from openai_core._jobs.batch import AsyncBatchApi, AsyncBatchJob, BatchJob, SyncBatchApi
from openai_core._jobs.namespace import AsyncBatchesMixin, BatchesMixin


def public(cls: type) -> dict[str, list[str]]:
    return {
        name: list(inspect.signature(member).parameters)
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member)
    }


@pytest.mark.parametrize(
    ("sync", "twin"),
    [(BatchJob, AsyncBatchJob), (SyncBatchApi, AsyncBatchApi), (BatchesMixin, AsyncBatchesMixin)],
)
def test_sync_and_async_twins_match(sync, twin):
    assert public(sync) == public(twin)


def test_run_many_has_the_same_parameters_on_both_clients():
    sync = inspect.signature(Client.run_many).parameters
    twin = inspect.signature(AsyncClient.run_many).parameters

    assert list(sync) == list(twin)
    assert [p.default for p in sync.values()] == [p.default for p in twin.values()]
