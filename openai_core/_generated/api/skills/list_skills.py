# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`skills.list`: GET /skills (operation `ListSkills`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.order_enum import OrderEnum
from ...models.skill_list_resource import SkillListResource
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "ListSkills"
ENDPOINT_ID = "skills.list"
METHOD = "GET"
PATH = "/skills"
STREAMABLE = False


def request_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `skills.list`.

    Args:
        limit (int | Unset): Range 0..100.
        order (OrderEnum | Unset): Schema `OrderEnum`.
        after (str | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)
    add_query_param(params, "after", after)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> SkillListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = SkillListResource.from_dict(data)

    return response_200
