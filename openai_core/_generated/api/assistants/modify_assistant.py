# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`assistants.update`: POST /assistants/{assistant_id} (operation `modifyAssistant`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.assistant_object import AssistantObject
from ...models.modify_assistant_request import ModifyAssistantRequest
from ...types import encode_path_segment

OPERATION_ID = "modifyAssistant"
ENDPOINT_ID = "assistants.update"
METHOD = "POST"
PATH = "/assistants/{assistant_id}"
STREAMABLE = False


def request_kwargs(
    assistant_id: str,
    *,
    body: ModifyAssistantRequest,
) -> dict[str, Any]:
    """
    Build the request for `assistants.update`.

    Args:
        assistant_id (str):
        body (ModifyAssistantRequest): Schema `ModifyAssistantRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            assistant_id=encode_path_segment(assistant_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> AssistantObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = AssistantObject.from_dict(data)

    return response_200
