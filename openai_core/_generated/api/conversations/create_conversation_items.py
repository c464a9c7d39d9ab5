# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`conversations.items.create`: POST /conversations/{conversation_id}/items (operation `createConversationItems`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.conversation_item_list import ConversationItemList
from ...models.create_conversation_items_body import CreateConversationItemsBody
from ...models.include_enum import IncludeEnum
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "createConversationItems"
ENDPOINT_ID = "conversations.items.create"
METHOD = "POST"
PATH = "/conversations/{conversation_id}/items"
STREAMABLE = False


def request_kwargs(
    conversation_id: str,
    *,
    body: CreateConversationItemsBody,
    include: list[IncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `conversations.items.create`.

    Args:
        conversation_id (str):
        include (list[IncludeEnum] | Unset):
        body (CreateConversationItemsBody):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
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

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
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
