# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`evals.runs.output_items.retrieve`: GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id} (operation `getEvalRunOutputItem`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.eval_run_output_item import EvalRunOutputItem
from ...types import encode_path_segment

OPERATION_ID = "getEvalRunOutputItem"
ENDPOINT_ID = "evals.runs.output_items.retrieve"
METHOD = "GET"
PATH = "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}"
STREAMABLE = False


def request_kwargs(
    eval_id: str,
    run_id: str,
    output_item_id: str,
) -> dict[str, Any]:
    """
    Build the request for `evals.runs.output_items.retrieve`.

    Args:
        eval_id (str):
        run_id (str):
        output_item_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            eval_id=encode_path_segment(eval_id),
            run_id=encode_path_segment(run_id),
            output_item_id=encode_path_segment(output_item_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> EvalRunOutputItem:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = EvalRunOutputItem.from_dict(data)

    return response_200
