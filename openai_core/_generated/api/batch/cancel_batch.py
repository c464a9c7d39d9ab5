# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`batches.cancel`: POST /batches/{batch_id}/cancel (operation `cancelBatch`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.batch import Batch
from ...types import encode_path_segment

OPERATION_ID = "cancelBatch"
ENDPOINT_ID = "batches.cancel"
METHOD = "POST"
PATH = "/batches/{batch_id}/cancel"
STREAMABLE = False


def request_kwargs(
    batch_id: str,
) -> dict[str, Any]:
    """
    Build the request for `batches.cancel`.

    Args:
        batch_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            batch_id=encode_path_segment(batch_id),
        ),
    }

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
