# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`assistants.delete`: DELETE /assistants/{assistant_id} (operation `deleteAssistant`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.delete_assistant_response import DeleteAssistantResponse
from ...types import encode_path_segment

OPERATION_ID = "deleteAssistant"
ENDPOINT_ID = "assistants.delete"
METHOD = "DELETE"
PATH = "/assistants/{assistant_id}"
STREAMABLE = False


def request_kwargs(
    assistant_id: str,
) -> dict[str, Any]:
    """
    Build the request for `assistants.delete`.

    Args:
        assistant_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            assistant_id=encode_path_segment(assistant_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DeleteAssistantResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = DeleteAssistantResponse.from_dict(data)

    return response_200
