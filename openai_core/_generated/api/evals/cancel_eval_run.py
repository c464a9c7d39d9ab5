# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`evals.runs.cancel`: POST /evals/{eval_id}/runs/{run_id} (operation `cancelEvalRun`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.eval_run import EvalRun
from ...types import encode_path_segment

OPERATION_ID = "cancelEvalRun"
ENDPOINT_ID = "evals.runs.cancel"
METHOD = "POST"
PATH = "/evals/{eval_id}/runs/{run_id}"
STREAMABLE = False


def request_kwargs(
    eval_id: str,
    run_id: str,
) -> dict[str, Any]:
    """
    Build the request for `evals.runs.cancel`.

    Args:
        eval_id (str):
        run_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            eval_id=encode_path_segment(eval_id),
            run_id=encode_path_segment(run_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> EvalRun:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = EvalRun.from_dict(data)

    return response_200
