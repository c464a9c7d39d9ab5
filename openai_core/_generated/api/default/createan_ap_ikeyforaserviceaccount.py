# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.service_accounts.api_keys`: POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys (operation `CreateanAPIkeyforaserviceaccount`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_project_service_account_api_key_body import (
    CreateProjectServiceAccountApiKeyBody,
)
from ...models.service_account_api_key_body import ServiceAccountApiKeyBody
from ...types import UNSET, Unset, encode_path_segment

OPERATION_ID = "CreateanAPIkeyforaserviceaccount"
ENDPOINT_ID = "organization.projects.service_accounts.api_keys"
METHOD = "POST"
PATH = "/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    service_account_id: str,
    *,
    body: CreateProjectServiceAccountApiKeyBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.service_accounts.api_keys`.

    Args:
        project_id (str):
        service_account_id (str):
        body (CreateProjectServiceAccountApiKeyBody | Unset): Schema
            `CreateProjectServiceAccountApiKeyBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
            service_account_id=encode_path_segment(service_account_id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ServiceAccountApiKeyBody:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ServiceAccountApiKeyBody.from_dict(data)

    return response_200
