# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.runs.steps.retrieve`: GET /threads/{thread_id}/runs/{run_id}/steps/{step_id} (operation `getRunStep`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any, Literal

import httpx

from ...models.run_step_object import RunStepObject
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "getRunStep"
ENDPOINT_ID = "threads.runs.steps.retrieve"
METHOD = "GET"
PATH = "/threads/{thread_id}/runs/{run_id}/steps/{step_id}"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `threads.runs.steps.retrieve`.

    Args:
        thread_id (str):
        run_id (str):
        step_id (str):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

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
            run_id=encode_path_segment(run_id),
            step_id=encode_path_segment(step_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> RunStepObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = RunStepObject.from_dict(data)

    return response_200
