# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.certificates.create`: POST /organization/certificates (operation `uploadCertificate`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.certificate import Certificate
from ...models.upload_certificate_request import UploadCertificateRequest

OPERATION_ID = "uploadCertificate"
ENDPOINT_ID = "organization.certificates.create"
METHOD = "POST"
PATH = "/organization/certificates"
STREAMABLE = False


def request_kwargs(
    *,
    body: UploadCertificateRequest,
) -> dict[str, Any]:
    """
    Build the request for `organization.certificates.create`.

    Args:
        body (UploadCertificateRequest): Schema `UploadCertificateRequest`.

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


def parse_response(response: httpx.Response) -> Certificate:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = Certificate.from_dict(data)

    return response_200
