# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`models.list`: GET /models (operation `listModels`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.model_list import ModelList

OPERATION_ID = "listModels"
ENDPOINT_ID = "models.list"
METHOD = "GET"
PATH = "/models"
STREAMABLE = False


def request_kwargs() -> dict[str, Any]:
    """
    Build the request for `models.list`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ModelList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ModelList.from_dict(data)

    return response_200
