# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.data_retention.update`: POST /organization/projects/{project_id}/data_retention (operation `update-project-data-retention`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_data_retention import ProjectDataRetention
from ...models.update_project_data_retention_body import UpdateProjectDataRetentionBody
from ...types import encode_path_segment

OPERATION_ID = "update-project-data-retention"
ENDPOINT_ID = "organization.projects.data_retention.update"
METHOD = "POST"
PATH = "/organization/projects/{project_id}/data_retention"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    body: UpdateProjectDataRetentionBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.data_retention.update`.

    Args:
        project_id (str):
        body (UpdateProjectDataRetentionBody): Schema `UpdateProjectDataRetentionBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ProjectDataRetention:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectDataRetention.from_dict(data)

    return response_200
