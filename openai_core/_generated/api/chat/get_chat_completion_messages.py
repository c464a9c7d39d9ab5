# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`chat.completions.messages.list`: GET /chat/completions/{completion_id}/messages (operation `getChatCompletionMessages`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.chat_completion_message_list import ChatCompletionMessageList
from ...models.get_chat_completion_messages_order import (
    GetChatCompletionMessagesOrder,
)
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "getChatCompletionMessages"
ENDPOINT_ID = "chat.completions.messages.list"
METHOD = "GET"
PATH = "/chat/completions/{completion_id}/messages"
STREAMABLE = False


def request_kwargs(
    completion_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetChatCompletionMessagesOrder | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `chat.completions.messages.list`.

    Args:
        completion_id (str):
        after (str | Unset):
        limit (int | Unset):
        order (GetChatCompletionMessagesOrder | Unset): One of: 'asc', 'desc' (others kept).

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "after", after)
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            completion_id=encode_path_segment(completion_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ChatCompletionMessageList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ChatCompletionMessageList.from_dict(data)

    return response_200
