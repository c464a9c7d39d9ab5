# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.service_accounts.list`: GET /organization/projects/{project_id}/service_accounts (operation `list-project-service-accounts`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_service_account_list_response import ProjectServiceAccountListResponse
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "list-project-service-accounts"
ENDPOINT_ID = "organization.projects.service_accounts.list"
METHOD = "GET"
PATH = "/organization/projects/{project_id}/service_accounts"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.service_accounts.list`.

    Args:
        project_id (str):
        limit (int | Unset):
        after (str | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    add_query_param(params, "after", after)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ProjectServiceAccountListResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectServiceAccountListResponse.from_dict(data)

    return response_200
