# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.api_keys.delete`: DELETE /organization/projects/{project_id}/api_keys/{api_key_id} (operation `delete-project-api-key`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_api_key_delete_response import ProjectApiKeyDeleteResponse
from ...types import encode_path_segment

OPERATION_ID = "delete-project-api-key"
ENDPOINT_ID = "organization.projects.api_keys.delete"
METHOD = "DELETE"
PATH = "/organization/projects/{project_id}/api_keys/{api_key_id}"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    api_key_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.api_keys.delete`.

    Args:
        project_id (str):
        api_key_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
            api_key_id=encode_path_segment(api_key_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ProjectApiKeyDeleteResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectApiKeyDeleteResponse.from_dict(data)

    return response_200
