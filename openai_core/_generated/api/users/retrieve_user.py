# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.users.retrieve`: GET /organization/users/{user_id} (operation `retrieve-user`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.user_object import User
from ...types import encode_path_segment

OPERATION_ID = "retrieve-user"
ENDPOINT_ID = "organization.users.retrieve"
METHOD = "GET"
PATH = "/organization/users/{user_id}"
STREAMABLE = False


def request_kwargs(
    user_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.users.retrieve`.

    Args:
        user_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            user_id=encode_path_segment(user_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> User:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = User.from_dict(data)

    return response_200
