# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`chat.completions.update`: POST /chat/completions/{completion_id} (operation `updateChatCompletion`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.chat_completion import ChatCompletion
from ...models.update_chat_completion_body import UpdateChatCompletionBody
from ...types import encode_path_segment

OPERATION_ID = "updateChatCompletion"
ENDPOINT_ID = "chat.completions.update"
METHOD = "POST"
PATH = "/chat/completions/{completion_id}"
STREAMABLE = False


def request_kwargs(
    completion_id: str,
    *,
    body: UpdateChatCompletionBody,
) -> dict[str, Any]:
    """
    Build the request for `chat.completions.update`.

    Args:
        completion_id (str):
        body (UpdateChatCompletionBody):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            completion_id=encode_path_segment(completion_id),
        ),
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
