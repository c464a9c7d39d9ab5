# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.admin_api_keys.list`: GET /organization/admin_api_keys (operation `admin-api-keys-list`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.admin_api_keys_list_order import (
    AdminApiKeysListOrder,
)
from ...models.api_key_list import ApiKeyList
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "admin-api-keys-list"
ENDPOINT_ID = "organization.admin_api_keys.list"
METHOD = "GET"
PATH = "/organization/admin_api_keys"
STREAMABLE = False


def request_kwargs(
    *,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.admin_api_keys.list`.

    Args:
        after (None | str | Unset):
        order (AdminApiKeysListOrder | Unset): One of: 'asc', 'desc' (others kept).
        limit (int | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    add_query_param(params, "after", json_after)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)
    add_query_param(params, "limit", limit)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ApiKeyList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ApiKeyList.from_dict(data)

    return response_200
