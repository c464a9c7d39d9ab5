# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.spend_limit.delete`: DELETE /organization/spend_limit (operation `Deleteorganizationspendlimit`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.organization_spend_limit_deleted_resource import (
    OrganizationSpendLimitDeletedResource,
)

OPERATION_ID = "Deleteorganizationspendlimit"
ENDPOINT_ID = "organization.spend_limit.delete"
METHOD = "DELETE"
PATH = "/organization/spend_limit"
STREAMABLE = False


def request_kwargs() -> dict[str, Any]:
    """
    Build the request for `organization.spend_limit.delete`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> OrganizationSpendLimitDeletedResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = OrganizationSpendLimitDeletedResource.from_dict(data)

    return response_200
