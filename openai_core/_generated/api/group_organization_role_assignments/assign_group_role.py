# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.groups.roles.create`: POST /organization/groups/{group_id}/roles (operation `assign-group-role`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.group_role_assignment import GroupRoleAssignment
from ...models.public_assign_organization_group_role_body import (
    PublicAssignOrganizationGroupRoleBody,
)
from ...types import encode_path_segment

OPERATION_ID = "assign-group-role"
ENDPOINT_ID = "organization.groups.roles.create"
METHOD = "POST"
PATH = "/organization/groups/{group_id}/roles"
STREAMABLE = False


def request_kwargs(
    group_id: str,
    *,
    body: PublicAssignOrganizationGroupRoleBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.groups.roles.create`.

    Args:
        group_id (str):
        body (PublicAssignOrganizationGroupRoleBody): Schema
            `PublicAssignOrganizationGroupRoleBody`.

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


def parse_response(response: httpx.Response) -> GroupRoleAssignment:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = GroupRoleAssignment.from_dict(data)

    return response_200
