# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`chat.completions.list`: GET /chat/completions (operation `listChatCompletions`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.chat_completion_list import ChatCompletionList
from ...models.list_chat_completions_order import (
    ListChatCompletionsOrder,
)
from ...models.metadata_type_0 import MetadataType0
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "listChatCompletions"
ENDPOINT_ID = "chat.completions.list"
METHOD = "GET"
PATH = "/chat/completions"
STREAMABLE = False


def request_kwargs(
    *,
    model: str | Unset = UNSET,
    metadata: MetadataType0 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `chat.completions.list`.

    Args:
        model (str | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        after (str | Unset):
        limit (int | Unset):
        order (ListChatCompletionsOrder | Unset): One of: 'asc', 'desc' (others kept).

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "model", model)
    json_metadata: dict[str, Any] | None | Unset
    if isinstance(metadata, Unset):
        json_metadata = UNSET
    elif isinstance(metadata, MetadataType0):
        json_metadata = metadata.to_dict()
    else:
        json_metadata = metadata
    add_query_param(params, "metadata", json_metadata)
    add_query_param(params, "after", after)
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ChatCompletionList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ChatCompletionList.from_dict(data)

    return response_200
