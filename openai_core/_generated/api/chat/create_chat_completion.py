# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`chat.completions.create`: POST /chat/completions (operation `createChatCompletion`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_create_params import ChatCompletionCreateParams

OPERATION_ID = "createChatCompletion"
ENDPOINT_ID = "chat.completions.create"
METHOD = "POST"
PATH = "/chat/completions"
STREAMABLE = True


def request_kwargs(
    *,
    body: ChatCompletionCreateParams,
) -> dict[str, Any]:
    """
    Build the request for `chat.completions.create` (it can answer a stream).

    Args:
        body (ChatCompletionCreateParams): Schema `CreateChatCompletionRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ChatCompletion:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ChatCompletion.from_dict(data)

    return response_200
