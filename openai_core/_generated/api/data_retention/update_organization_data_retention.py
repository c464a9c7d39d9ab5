# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.data_retention.create`: POST /organization/data_retention (operation `update-organization-data-retention`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.organization_data_retention import OrganizationDataRetention
from ...models.update_organization_data_retention_body import UpdateOrganizationDataRetentionBody

OPERATION_ID = "update-organization-data-retention"
ENDPOINT_ID = "organization.data_retention.create"
METHOD = "POST"
PATH = "/organization/data_retention"
STREAMABLE = False


def request_kwargs(
    *,
    body: UpdateOrganizationDataRetentionBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.data_retention.create`.

    Args:
        body (UpdateOrganizationDataRetentionBody): Schema `UpdateOrganizationDataRetentionBody`.

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


def parse_response(response: httpx.Response) -> OrganizationDataRetention:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = OrganizationDataRetention.from_dict(data)

    return response_200
