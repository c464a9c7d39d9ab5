# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`fine_tuning.alpha.graders.validate`: POST /fine_tuning/alpha/graders/validate (operation `validateGrader`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.validate_grader_request import ValidateGraderRequest
from ...models.validate_grader_response import ValidateGraderResponse

OPERATION_ID = "validateGrader"
ENDPOINT_ID = "fine_tuning.alpha.graders.validate"
METHOD = "POST"
PATH = "/fine_tuning/alpha/graders/validate"
STREAMABLE = False


def request_kwargs(
    *,
    body: ValidateGraderRequest,
) -> dict[str, Any]:
    """
    Build the request for `fine_tuning.alpha.graders.validate`.

    Args:
        body (ValidateGraderRequest): Schema `ValidateGraderRequest`.

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


def parse_response(response: httpx.Response) -> ValidateGraderResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ValidateGraderResponse.from_dict(data)

    return response_200
