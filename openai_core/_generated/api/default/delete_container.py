# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`containers.delete`: DELETE /containers/{container_id} (operation `DeleteContainer`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...types import encode_path_segment

OPERATION_ID = "DeleteContainer"
ENDPOINT_ID = "containers.delete"
METHOD = "DELETE"
PATH = "/containers/{container_id}"
STREAMABLE = False


def request_kwargs(
    container_id: str,
) -> dict[str, Any]:
    """
    Build the request for `containers.delete`.

    Args:
        container_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            container_id=encode_path_segment(container_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    return None
