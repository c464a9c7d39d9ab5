# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.data_retention.retrieve`: GET /organization/data_retention (operation `retrieve-organization-data-retention`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.organization_data_retention import OrganizationDataRetention

OPERATION_ID = "retrieve-organization-data-retention"
ENDPOINT_ID = "organization.data_retention.retrieve"
METHOD = "GET"
PATH = "/organization/data_retention"
STREAMABLE = False


def request_kwargs() -> dict[str, Any]:
    """
    Build the request for `organization.data_retention.retrieve`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

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
