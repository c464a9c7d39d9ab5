# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`models.retrieve`: GET /models/{model} (operation `retrieveModel`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.model import Model
from ...types import encode_path_segment

OPERATION_ID = "retrieveModel"
ENDPOINT_ID = "models.retrieve"
METHOD = "GET"
PATH = "/models/{model}"
STREAMABLE = False


def request_kwargs(
    model: str,
) -> dict[str, Any]:
    """
    Build the request for `models.retrieve`.

    Args:
        model (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            model=encode_path_segment(model),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Model:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = Model.from_dict(data)

    return response_200
