# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`conversations.items.list`: GET /conversations/{conversation_id}/items (operation `listConversationItems`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.conversation_item_list import ConversationItemList
from ...models.include_enum import IncludeEnum
from ...models.list_conversation_items_order import (
    ListConversationItemsOrder,
)
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "listConversationItems"
ENDPOINT_ID = "conversations.items.list"
METHOD = "GET"
PATH = "/conversations/{conversation_id}/items"
STREAMABLE = False


def request_kwargs(
    conversation_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `conversations.items.list`.

    Args:
        conversation_id (str):
        limit (int | Unset):
        order (ListConversationItemsOrder | Unset): One of: 'asc', 'desc' (others kept).
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

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
            conversation_id=encode_path_segment(conversation_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ConversationItemList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ConversationItemList.from_dict(data)

    return response_200
