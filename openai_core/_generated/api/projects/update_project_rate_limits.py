# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.rate_limits.update`: POST /organization/projects/{project_id}/rate_limits/{rate_limit_id} (operation `update-project-rate-limits`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_rate_limit import ProjectRateLimit
from ...models.project_rate_limit_update_request import ProjectRateLimitUpdateRequest
from ...types import encode_path_segment

OPERATION_ID = "update-project-rate-limits"
ENDPOINT_ID = "organization.projects.rate_limits.update"
METHOD = "POST"
PATH = "/organization/projects/{project_id}/rate_limits/{rate_limit_id}"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    rate_limit_id: str,
    *,
    body: ProjectRateLimitUpdateRequest,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.rate_limits.update`.

    Args:
        project_id (str):
        rate_limit_id (str):
        body (ProjectRateLimitUpdateRequest): Schema `ProjectRateLimitUpdateRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
            rate_limit_id=encode_path_segment(rate_limit_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ProjectRateLimit:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectRateLimit.from_dict(data)

    return response_200
