# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`evals.runs.output_items.list`: GET /evals/{eval_id}/runs/{run_id}/output_items (operation `getEvalRunOutputItems`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.eval_run_output_item_list import EvalRunOutputItemList
from ...models.get_eval_run_output_items_order import (
    GetEvalRunOutputItemsOrder,
)
from ...models.get_eval_run_output_items_status import (
    GetEvalRunOutputItemsStatus,
)
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "getEvalRunOutputItems"
ENDPOINT_ID = "evals.runs.output_items.list"
METHOD = "GET"
PATH = "/evals/{eval_id}/runs/{run_id}/output_items"
STREAMABLE = False


def request_kwargs(
    eval_id: str,
    run_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: GetEvalRunOutputItemsOrder | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `evals.runs.output_items.list`.

    Args:
        eval_id (str):
        run_id (str):
        after (str | Unset):
        limit (int | Unset):
        status (GetEvalRunOutputItemsStatus | Unset): One of: 'fail', 'pass' (others kept).
        order (GetEvalRunOutputItemsOrder | Unset): One of: 'asc', 'desc' (others kept).

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "after", after)
    add_query_param(params, "limit", limit)
    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    add_query_param(params, "status", json_status)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            eval_id=encode_path_segment(eval_id),
            run_id=encode_path_segment(run_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> EvalRunOutputItemList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = EvalRunOutputItemList.from_dict(data)

    return response_200
