# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.groups.users.delete`: DELETE /organization/groups/{group_id}/users/{user_id} (operation `remove-group-user`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.group_user_deleted_resource import GroupUserDeletedResource
from ...types import encode_path_segment

OPERATION_ID = "remove-group-user"
ENDPOINT_ID = "organization.groups.users.delete"
METHOD = "DELETE"
PATH = "/organization/groups/{group_id}/users/{user_id}"
STREAMABLE = False


def request_kwargs(
    group_id: str,
    user_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.groups.users.delete`.

    Args:
        group_id (str):
        user_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            group_id=encode_path_segment(group_id),
            user_id=encode_path_segment(user_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GroupUserDeletedResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = GroupUserDeletedResource.from_dict(data)

    return response_200
