# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.users.list`: GET /organization/users (operation `list-users`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.user_list_response import UserListResponse
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "list-users"
ENDPOINT_ID = "organization.users.list"
METHOD = "GET"
PATH = "/organization/users"
STREAMABLE = False


def request_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.users.list`.

    Args:
        limit (int | Unset):
        after (str | Unset):
        emails (list[str] | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    add_query_param(params, "after", after)
    json_emails: list[str] | Unset = UNSET
    if not isinstance(emails, Unset):
        json_emails = emails

    add_query_param(params, "emails", json_emails)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> UserListResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = UserListResponse.from_dict(data)

    return response_200
