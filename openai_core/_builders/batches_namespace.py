"""
`client.batches`: the generated operations (create, retrieve, list, cancel) plus `run()` and
`resume()`, which drive whole jobs on the provider's batch engine (`_jobs/`). The extensions table
names these classes; they are imported on first use of `client.batches`.
"""

from __future__ import annotations

from .._generated.builders import batches as _generated
from .._jobs.namespace import AsyncBatchesMixin, BatchesMixin
from .client_like import AsyncClientLike, ClientLike
from .namespace_base import AsyncNamespace, Namespace

__all__ = ["AsyncBatches", "Batches"]


class Batches(BatchesMixin, _generated.Batches, Namespace):
    """`client.batches`: create, retrieve, list, cancel, and run / resume whole jobs."""

    _client: ClientLike


class AsyncBatches(AsyncBatchesMixin, _generated.AsyncBatches, AsyncNamespace):
    """`client.batches` of an AsyncClient."""

    _client: AsyncClientLike
