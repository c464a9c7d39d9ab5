# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.roles.create`: POST /organization/roles (operation `create-role`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.public_create_organization_role_body import PublicCreateOrganizationRoleBody
from ...models.role import Role

OPERATION_ID = "create-role"
ENDPOINT_ID = "organization.roles.create"
METHOD = "POST"
PATH = "/organization/roles"
STREAMABLE = False


def request_kwargs(
    *,
    body: PublicCreateOrganizationRoleBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.roles.create`.

    Args:
        body (PublicCreateOrganizationRoleBody): Schema `PublicCreateOrganizationRoleBody`.

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


def parse_response(response: httpx.Response) -> Role:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = Role.from_dict(data)

    return response_200
