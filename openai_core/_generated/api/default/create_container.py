# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`containers.create`: POST /containers (operation `CreateContainer`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.container_resource import ContainerResource
from ...models.create_container_body import CreateContainerBody
from ...types import UNSET, Unset

OPERATION_ID = "CreateContainer"
ENDPOINT_ID = "containers.create"
METHOD = "POST"
PATH = "/containers"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateContainerBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `containers.create`.

    Args:
        body (CreateContainerBody | Unset): Schema `CreateContainerBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ContainerResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ContainerResource.from_dict(data)

    return response_200
