# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.runs.create`: POST /threads/{thread_id}/runs (operation `createRun`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any, Literal

import httpx

from ...models.create_run_request import CreateRunRequest
from ...models.run_object import RunObject
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "createRun"
ENDPOINT_ID = "threads.runs.create"
METHOD = "POST"
PATH = "/threads/{thread_id}/runs"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
    *,
    body: CreateRunRequest,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `threads.runs.create`.

    Args:
        thread_id (str):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):
        body (CreateRunRequest): Schema `CreateRunRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    json_include: (
        list[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Unset
    ) = UNSET
    if not isinstance(include, Unset):
        json_include = include

    add_query_param(params, "include[]", json_include)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            thread_id=encode_path_segment(thread_id),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> RunObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = RunObject.from_dict(data)

    return response_200
