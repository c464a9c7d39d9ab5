# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.spend_limit.create`: POST /organization/spend_limit (operation `Updateorganizationspendlimit`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.organization_spend_limit_resource import OrganizationSpendLimitResource
from ...models.update_organization_spend_limit_body import UpdateOrganizationSpendLimitBody

OPERATION_ID = "Updateorganizationspendlimit"
ENDPOINT_ID = "organization.spend_limit.create"
METHOD = "POST"
PATH = "/organization/spend_limit"
STREAMABLE = False


def request_kwargs(
    *,
    body: UpdateOrganizationSpendLimitBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.spend_limit.create`.

    Args:
        body (UpdateOrganizationSpendLimitBody): Schema `UpdateOrganizationSpendLimitBody`.

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


def parse_response(response: httpx.Response) -> OrganizationSpendLimitResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = OrganizationSpendLimitResource.from_dict(data)

    return response_200
