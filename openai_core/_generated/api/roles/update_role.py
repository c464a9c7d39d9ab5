# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.roles.update`: POST /organization/roles/{role_id} (operation `update-role`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.public_update_organization_role_body import PublicUpdateOrganizationRoleBody
from ...models.role import Role
from ...types import encode_path_segment

OPERATION_ID = "update-role"
ENDPOINT_ID = "organization.roles.update"
METHOD = "POST"
PATH = "/organization/roles/{role_id}"
STREAMABLE = False


def request_kwargs(
    role_id: str,
    *,
    body: PublicUpdateOrganizationRoleBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.roles.update`.

    Args:
        role_id (str):
        body (PublicUpdateOrganizationRoleBody): Schema `PublicUpdateOrganizationRoleBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            role_id=encode_path_segment(role_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Role:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = Role.from_dict(data)

    return response_200
