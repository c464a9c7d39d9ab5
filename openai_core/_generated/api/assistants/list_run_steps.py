# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.runs.steps.list`: GET /threads/{thread_id}/runs/{run_id}/steps (operation `listRunSteps`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any, Literal

import httpx

from ...models.list_run_steps_order import ListRunStepsOrder
from ...models.list_run_steps_response import ListRunStepsResponse
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "listRunSteps"
ENDPOINT_ID = "threads.runs.steps.list"
METHOD = "GET"
PATH = "/threads/{thread_id}/runs/{run_id}/steps"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
    run_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListRunStepsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `threads.runs.steps.list`.

    Args:
        thread_id (str):
        run_id (str):
        limit (int | Unset):
        order (ListRunStepsOrder | Unset): One of: 'asc', 'desc' (others kept).
        after (str | Unset):
        before (str | Unset):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)
    add_query_param(params, "after", after)
    add_query_param(params, "before", before)
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
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListRunStepsResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListRunStepsResponse.from_dict(data)

    return response_200
