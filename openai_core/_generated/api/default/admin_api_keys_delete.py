# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.admin_api_keys.delete`: DELETE /organization/admin_api_keys/{key_id} (operation `admin-api-keys-delete`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.admin_api_keys_delete_response_200 import AdminApiKeysDeleteResponse200
from ...types import encode_path_segment

OPERATION_ID = "admin-api-keys-delete"
ENDPOINT_ID = "organization.admin_api_keys.delete"
METHOD = "DELETE"
PATH = "/organization/admin_api_keys/{key_id}"
STREAMABLE = False


def request_kwargs(
    key_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.admin_api_keys.delete`.

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


def parse_response(response: httpx.Response) -> AdminApiKeysDeleteResponse200:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = AdminApiKeysDeleteResponse200.from_dict(data)

    return response_200
