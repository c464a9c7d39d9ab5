# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.certificates.deactivate`: POST /organization/certificates/deactivate (operation `deactivateOrganizationCertificates`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse,
)
from ...models.toggle_certificates_request import ToggleCertificatesRequest

OPERATION_ID = "deactivateOrganizationCertificates"
ENDPOINT_ID = "organization.certificates.deactivate"
METHOD = "POST"
PATH = "/organization/certificates/deactivate"
STREAMABLE = False


def request_kwargs(
    *,
    body: ToggleCertificatesRequest,
) -> dict[str, Any]:
    """
    Build the request for `organization.certificates.deactivate`.

    Args:
        body (ToggleCertificatesRequest): Schema `ToggleCertificatesRequest`.

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


def parse_response(response: httpx.Response) -> OrganizationCertificateDeactivationResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = OrganizationCertificateDeactivationResponse.from_dict(data)

    return response_200
