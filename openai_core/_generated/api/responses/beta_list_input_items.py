# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`beta.responses.input_items.list`: GET /responses/{response_id}/input_items?beta=true (operation `beta_listInputItems`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.beta_include_enum import BetaIncludeEnum
from ...models.beta_list_input_items_order import (
    BetaListInputItemsOrder,
)
from ...models.beta_response_item_list import BetaResponseItemList
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "beta_listInputItems"
ENDPOINT_ID = "beta.responses.input_items.list"
METHOD = "GET"
PATH = "/responses/{response_id}/input_items?beta=true"
STREAMABLE = False


def request_kwargs(
    response_id: str,
    *,
    limit: int | Unset = UNSET,
    order: BetaListInputItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[BetaIncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `beta.responses.input_items.list`.

    Args:
        response_id (str):
        limit (int | Unset):
        order (BetaListInputItemsOrder | Unset): One of: 'asc', 'desc' (others kept).
        after (str | Unset):
        include (list[BetaIncludeEnum] | Unset):

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
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    add_query_param(params, "include", json_include)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            response_id=encode_path_segment(response_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> BetaResponseItemList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = BetaResponseItemList.from_dict(data)

    return response_200
