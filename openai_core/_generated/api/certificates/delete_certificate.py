# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.certificates.delete`: DELETE /organization/certificates/{certificate_id} (operation `deleteCertificate`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.delete_certificate_response import DeleteCertificateResponse
from ...types import encode_path_segment

OPERATION_ID = "deleteCertificate"
ENDPOINT_ID = "organization.certificates.delete"
METHOD = "DELETE"
PATH = "/organization/certificates/{certificate_id}"
STREAMABLE = False


def request_kwargs(
    certificate_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.certificates.delete`.

    Args:
        certificate_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            certificate_id=encode_path_segment(certificate_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DeleteCertificateResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = DeleteCertificateResponse.from_dict(data)

    return response_200
