# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.groups.retrieve`: GET /organization/groups/{group_id} (operation `retrieve-group`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.group_response import GroupResponse
from ...types import encode_path_segment

OPERATION_ID = "retrieve-group"
ENDPOINT_ID = "organization.groups.retrieve"
METHOD = "GET"
PATH = "/organization/groups/{group_id}"
STREAMABLE = False


def request_kwargs(
    group_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.groups.retrieve`.

    Args:
        group_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            group_id=encode_path_segment(group_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GroupResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = GroupResponse.from_dict(data)

    return response_200
