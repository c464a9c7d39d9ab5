# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`evals.create`: POST /evals (operation `createEval`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_eval_request import CreateEvalRequest
from ...models.eval_ import Eval

OPERATION_ID = "createEval"
ENDPOINT_ID = "evals.create"
METHOD = "POST"
PATH = "/evals"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateEvalRequest,
) -> dict[str, Any]:
    """
    Build the request for `evals.create`.

    Args:
        body (CreateEvalRequest): Schema `CreateEvalRequest`.

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


def parse_response(response: httpx.Response) -> Eval:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_201 = Eval.from_dict(data)

    return response_201
