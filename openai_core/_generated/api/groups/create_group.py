# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.groups.create`: POST /organization/groups (operation `create-group`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_group_body import CreateGroupBody
from ...models.group_response import GroupResponse

OPERATION_ID = "create-group"
ENDPOINT_ID = "organization.groups.create"
METHOD = "POST"
PATH = "/organization/groups"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateGroupBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.groups.create`.

    Args:
        body (CreateGroupBody): Schema `CreateGroupBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
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
