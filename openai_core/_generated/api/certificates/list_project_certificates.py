# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.certificates.list`: GET /organization/projects/{project_id}/certificates (operation `listProjectCertificates`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_project_certificates_order import (
    ListProjectCertificatesOrder,
)
from ...models.list_project_certificates_response import ListProjectCertificatesResponse
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "listProjectCertificates"
ENDPOINT_ID = "organization.projects.certificates.list"
METHOD = "GET"
PATH = "/organization/projects/{project_id}/certificates"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListProjectCertificatesOrder | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.certificates.list`.

    Args:
        project_id (str):
        limit (int | Unset):
        after (str | Unset):
        order (ListProjectCertificatesOrder | Unset): One of: 'asc', 'desc' (others kept).

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    add_query_param(params, "after", after)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListProjectCertificatesResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListProjectCertificatesResponse.from_dict(data)

    return response_200
