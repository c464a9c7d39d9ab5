# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`containers.files.retrieve`: GET /containers/{container_id}/files/{file_id} (operation `RetrieveContainerFile`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.container_file_resource import ContainerFileResource
from ...types import encode_path_segment

OPERATION_ID = "RetrieveContainerFile"
ENDPOINT_ID = "containers.files.retrieve"
METHOD = "GET"
PATH = "/containers/{container_id}/files/{file_id}"
STREAMABLE = False


def request_kwargs(
    container_id: str,
    file_id: str,
) -> dict[str, Any]:
    """
    Build the request for `containers.files.retrieve`.

    Args:
        container_id (str):
        file_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            container_id=encode_path_segment(container_id),
            file_id=encode_path_segment(file_id),
        ),
    }

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
