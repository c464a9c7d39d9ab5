# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`chat.completions.delete`: DELETE /chat/completions/{completion_id} (operation `deleteChatCompletion`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.chat_completion_deleted import ChatCompletionDeleted
from ...types import encode_path_segment

OPERATION_ID = "deleteChatCompletion"
ENDPOINT_ID = "chat.completions.delete"
METHOD = "DELETE"
PATH = "/chat/completions/{completion_id}"
STREAMABLE = False


def request_kwargs(
    completion_id: str,
) -> dict[str, Any]:
    """
    Build the request for `chat.completions.delete`.

    Args:
        completion_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            completion_id=encode_path_segment(completion_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ChatCompletionDeleted:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ChatCompletionDeleted.from_dict(data)

    return response_200
