# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`evals.runs.list`: GET /evals/{eval_id}/runs (operation `getEvalRuns`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.eval_run_list import EvalRunList
from ...models.get_eval_runs_order import GetEvalRunsOrder
from ...models.get_eval_runs_status import GetEvalRunsStatus
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "getEvalRuns"
ENDPOINT_ID = "evals.runs.list"
METHOD = "GET"
PATH = "/evals/{eval_id}/runs"
STREAMABLE = False


def request_kwargs(
    eval_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: GetEvalRunsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `evals.runs.list`.

    Args:
        eval_id (str):
        after (str | Unset):
        limit (int | Unset):
        order (GetEvalRunsOrder | Unset): One of: 'asc', 'desc' (others kept).
        status (GetEvalRunsStatus | Unset): One of: 'queued', 'in_progress', 'completed',
            'canceled', 'failed' (others kept).

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "after", after)
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)
    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    add_query_param(params, "status", json_status)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            eval_id=encode_path_segment(eval_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> EvalRunList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = EvalRunList.from_dict(data)

    return response_200
