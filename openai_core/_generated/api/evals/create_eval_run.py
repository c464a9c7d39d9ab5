# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`evals.runs.create`: POST /evals/{eval_id}/runs (operation `createEvalRun`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_eval_run_request import CreateEvalRunRequest
from ...models.eval_run import EvalRun
from ...types import encode_path_segment

OPERATION_ID = "createEvalRun"
ENDPOINT_ID = "evals.runs.create"
METHOD = "POST"
PATH = "/evals/{eval_id}/runs"
STREAMABLE = False


def request_kwargs(
    eval_id: str,
    *,
    body: CreateEvalRunRequest,
) -> dict[str, Any]:
    """
    Build the request for `evals.runs.create`.

    Args:
        eval_id (str):
        body (CreateEvalRunRequest): Schema `CreateEvalRunRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            eval_id=encode_path_segment(eval_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> EvalRun:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_201 = EvalRun.from_dict(data)

    return response_201
