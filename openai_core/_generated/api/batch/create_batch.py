# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`batches.create`: POST /batches (operation `createBatch`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.batch import Batch
from ...models.create_batch_request import CreateBatchRequest

OPERATION_ID = "createBatch"
ENDPOINT_ID = "batches.create"
METHOD = "POST"
PATH = "/batches"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateBatchRequest,
) -> dict[str, Any]:
    """
    Build the request for `batches.create`.

    Args:
        body (CreateBatchRequest): Schema `CreateBatchRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Batch:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = Batch.from_dict(data)

    return response_200
