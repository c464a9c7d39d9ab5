# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.admin_api_keys.retrieve`: GET /organization/admin_api_keys/{key_id} (operation `admin-api-keys-get`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.admin_api_key import AdminApiKey
from ...types import encode_path_segment

OPERATION_ID = "admin-api-keys-get"
ENDPOINT_ID = "organization.admin_api_keys.retrieve"
METHOD = "GET"
PATH = "/organization/admin_api_keys/{key_id}"
STREAMABLE = False


def request_kwargs(
    key_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.admin_api_keys.retrieve`.

    Args:
        key_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            key_id=encode_path_segment(key_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> AdminApiKey:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = AdminApiKey.from_dict(data)

    return response_200
