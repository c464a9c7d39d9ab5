# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.certificates.retrieve`: GET /organization/certificates/{certificate_id} (operation `getCertificate`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any, Literal

import httpx

from ...models.certificate import Certificate
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "getCertificate"
ENDPOINT_ID = "organization.certificates.retrieve"
METHOD = "GET"
PATH = "/organization/certificates/{certificate_id}"
STREAMABLE = False


def request_kwargs(
    certificate_id: str,
    *,
    include: list[Literal["content"]] | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.certificates.retrieve`.

    Args:
        certificate_id (str):
        include (list[Literal['content']] | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    json_include: list[Literal["content"]] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    add_query_param(params, "include", json_include)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            certificate_id=encode_path_segment(certificate_id),
        ),
        "params": params,
    }

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
