# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.api_keys.list`: GET /organization/projects/{project_id}/api_keys (operation `list-project-api-keys`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_project_api_keys_owner_project_access import (
    ListProjectApiKeysOwnerProjectAccess,
)
from ...models.project_api_key_list_response import ProjectApiKeyListResponse
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "list-project-api-keys"
ENDPOINT_ID = "organization.projects.api_keys.list"
METHOD = "GET"
PATH = "/organization/projects/{project_id}/api_keys"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    owner_project_access: ListProjectApiKeysOwnerProjectAccess | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.api_keys.list`.

    Args:
        project_id (str):
        limit (int | Unset):
        after (str | Unset):
        owner_project_access (ListProjectApiKeysOwnerProjectAccess | Unset): One of: 'active',
            'inactive', 'any' (others kept).

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    add_query_param(params, "after", after)
    json_owner_project_access: str | Unset = UNSET
    if not isinstance(owner_project_access, Unset):
        json_owner_project_access = owner_project_access

    add_query_param(params, "owner_project_access", json_owner_project_access)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ProjectApiKeyListResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectApiKeyListResponse.from_dict(data)

    return response_200
