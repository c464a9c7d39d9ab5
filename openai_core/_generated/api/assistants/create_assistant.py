# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`assistants.create`: POST /assistants (operation `createAssistant`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.assistant_object import AssistantObject
from ...models.create_assistant_request import CreateAssistantRequest

OPERATION_ID = "createAssistant"
ENDPOINT_ID = "assistants.create"
METHOD = "POST"
PATH = "/assistants"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateAssistantRequest,
) -> dict[str, Any]:
    """
    Build the request for `assistants.create`.

    Args:
        body (CreateAssistantRequest): Schema `CreateAssistantRequest`.

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


def parse_response(response: httpx.Response) -> AssistantObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = AssistantObject.from_dict(data)

    return response_200
