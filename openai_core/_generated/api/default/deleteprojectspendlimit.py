# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.spend_limit.delete`: DELETE /organization/projects/{project_id}/spend_limit (operation `Deleteprojectspendlimit`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_spend_limit_deleted_resource import ProjectSpendLimitDeletedResource
from ...types import encode_path_segment

OPERATION_ID = "Deleteprojectspendlimit"
ENDPOINT_ID = "organization.projects.spend_limit.delete"
METHOD = "DELETE"
PATH = "/organization/projects/{project_id}/spend_limit"
STREAMABLE = False


def request_kwargs(
    project_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.spend_limit.delete`.

    Args:
        project_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ProjectSpendLimitDeletedResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectSpendLimitDeletedResource.from_dict(data)

    return response_200
