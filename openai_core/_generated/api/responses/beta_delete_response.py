# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`beta.responses.delete`: DELETE /responses/{response_id}?beta=true (operation `beta_deleteResponse`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...types import encode_path_segment

OPERATION_ID = "beta_deleteResponse"
ENDPOINT_ID = "beta.responses.delete"
METHOD = "DELETE"
PATH = "/responses/{response_id}?beta=true"
STREAMABLE = False


def request_kwargs(
    response_id: str,
) -> dict[str, Any]:
    """
    Build the request for `beta.responses.delete`.

    Args:
        response_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            response_id=encode_path_segment(response_id),
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
