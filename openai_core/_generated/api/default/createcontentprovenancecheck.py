# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`content_provenance_checks.create`: POST /content_provenance_checks (operation `Createcontentprovenancecheck`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_content_provenance_body import CreateContentProvenanceBody
from ...models.provenance_resource import ProvenanceResource
from ...types import UNSET, Unset

OPERATION_ID = "Createcontentprovenancecheck"
ENDPOINT_ID = "content_provenance_checks.create"
METHOD = "POST"
PATH = "/content_provenance_checks"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateContentProvenanceBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `content_provenance_checks.create`.

    Args:
        body (CreateContentProvenanceBody | Unset): Schema `CreateContentProvenanceBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ProvenanceResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProvenanceResource.from_dict(data)

    return response_200
