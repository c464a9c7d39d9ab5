# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`fine_tuning.alpha.graders.run`: POST /fine_tuning/alpha/graders/run (operation `runGrader`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.run_grader_request import RunGraderRequest
from ...models.run_grader_response import RunGraderResponse

OPERATION_ID = "runGrader"
ENDPOINT_ID = "fine_tuning.alpha.graders.run"
METHOD = "POST"
PATH = "/fine_tuning/alpha/graders/run"
STREAMABLE = False


def request_kwargs(
    *,
    body: RunGraderRequest,
) -> dict[str, Any]:
    """
    Build the request for `fine_tuning.alpha.graders.run`.

    Args:
        body (RunGraderRequest): Schema `RunGraderRequest`.

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


def parse_response(response: httpx.Response) -> RunGraderResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = RunGraderResponse.from_dict(data)

    return response_200
