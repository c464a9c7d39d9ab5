# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.list`: GET /organization/projects (operation `list-projects`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_list_response import ProjectListResponse
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "list-projects"
ENDPOINT_ID = "organization.projects.list"
METHOD = "GET"
PATH = "/organization/projects"
STREAMABLE = False


def request_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.list`.

    Args:
        limit (int | Unset):
        after (str | Unset):
        include_archived (bool | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    add_query_param(params, "after", after)
    add_query_param(params, "include_archived", include_archived)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ProjectListResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectListResponse.from_dict(data)

    return response_200
