# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.groups.users.create`: POST /organization/groups/{group_id}/users (operation `add-group-user`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_group_user_body import CreateGroupUserBody
from ...models.group_user_assignment import GroupUserAssignment
from ...types import encode_path_segment

OPERATION_ID = "add-group-user"
ENDPOINT_ID = "organization.groups.users.create"
METHOD = "POST"
PATH = "/organization/groups/{group_id}/users"
STREAMABLE = False


def request_kwargs(
    group_id: str,
    *,
    body: CreateGroupUserBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.groups.users.create`.

    Args:
        group_id (str):
        body (CreateGroupUserBody): Schema `CreateGroupUserBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            group_id=encode_path_segment(group_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> GroupUserAssignment:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = GroupUserAssignment.from_dict(data)

    return response_200
