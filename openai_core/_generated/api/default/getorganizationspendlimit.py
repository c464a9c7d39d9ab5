# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.spend_limit.retrieve`: GET /organization/spend_limit (operation `Getorganizationspendlimit`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.organization_spend_limit_resource import OrganizationSpendLimitResource

OPERATION_ID = "Getorganizationspendlimit"
ENDPOINT_ID = "organization.spend_limit.retrieve"
METHOD = "GET"
PATH = "/organization/spend_limit"
STREAMABLE = False


def request_kwargs() -> dict[str, Any]:
    """
    Build the request for `organization.spend_limit.retrieve`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> OrganizationSpendLimitResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = OrganizationSpendLimitResource.from_dict(data)

    return response_200
