# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`containers.files.create`: POST /containers/{container_id}/files (operation `CreateContainerFile`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.container_file_resource import ContainerFileResource
from ...models.create_container_file_body import CreateContainerFileBody
from ...types import encode_path_segment

OPERATION_ID = "CreateContainerFile"
ENDPOINT_ID = "containers.files.create"
METHOD = "POST"
PATH = "/containers/{container_id}/files"
STREAMABLE = False


def request_kwargs(
    container_id: str,
    *,
    body: CreateContainerFileBody,
) -> dict[str, Any]:
    """
    Build the request for `containers.files.create`.

    Args:
        container_id (str):
        body (CreateContainerFileBody): Schema `CreateContainerFileBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            container_id=encode_path_segment(container_id),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ContainerFileResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ContainerFileResource.from_dict(data)

    return response_200
