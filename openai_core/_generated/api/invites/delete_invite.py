# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.invites.delete`: DELETE /organization/invites/{invite_id} (operation `delete-invite`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.invite_delete_response import InviteDeleteResponse
from ...types import encode_path_segment

OPERATION_ID = "delete-invite"
ENDPOINT_ID = "organization.invites.delete"
METHOD = "DELETE"
PATH = "/organization/invites/{invite_id}"
STREAMABLE = False


def request_kwargs(
    invite_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.invites.delete`.

    Args:
        invite_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            invite_id=encode_path_segment(invite_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> InviteDeleteResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = InviteDeleteResponse.from_dict(data)

    return response_200
