# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.groups.users.retrieve`: GET /organization/groups/{group_id}/users/{user_id} (operation `retrieve-group-user`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.group_member_user import GroupMemberUser
from ...types import encode_path_segment

OPERATION_ID = "retrieve-group-user"
ENDPOINT_ID = "organization.groups.users.retrieve"
METHOD = "GET"
PATH = "/organization/groups/{group_id}/users/{user_id}"
STREAMABLE = False


def request_kwargs(
    group_id: str,
    user_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.groups.users.retrieve`.

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


def parse_response(response: httpx.Response) -> GroupMemberUser:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = GroupMemberUser.from_dict(data)

    return response_200
