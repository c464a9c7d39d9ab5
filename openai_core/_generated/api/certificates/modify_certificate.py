# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.certificates.update`: POST /organization/certificates/{certificate_id} (operation `modifyCertificate`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.certificate import Certificate
from ...models.modify_certificate_request import ModifyCertificateRequest
from ...types import encode_path_segment

OPERATION_ID = "modifyCertificate"
ENDPOINT_ID = "organization.certificates.update"
METHOD = "POST"
PATH = "/organization/certificates/{certificate_id}"
STREAMABLE = False


def request_kwargs(
    certificate_id: str,
    *,
    body: ModifyCertificateRequest,
) -> dict[str, Any]:
    """
    Build the request for `organization.certificates.update`.

    Args:
        certificate_id (str):
        body (ModifyCertificateRequest): Schema `ModifyCertificateRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            certificate_id=encode_path_segment(certificate_id),
        ),
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
