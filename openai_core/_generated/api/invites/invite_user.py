# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.invites.create`: POST /organization/invites (operation `inviteUser`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.invite import Invite
from ...models.invite_request import InviteRequest

OPERATION_ID = "inviteUser"
ENDPOINT_ID = "organization.invites.create"
METHOD = "POST"
PATH = "/organization/invites"
STREAMABLE = False


def request_kwargs(
    *,
    body: InviteRequest,
) -> dict[str, Any]:
    """
    Build the request for `organization.invites.create`.

    Args:
        body (InviteRequest): Schema `InviteRequest`.

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


def parse_response(response: httpx.Response) -> Invite:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = Invite.from_dict(data)

    return response_200
