# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`fine_tuning.jobs.create`: POST /fine_tuning/jobs (operation `createFineTuningJob`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_fine_tuning_job_request import CreateFineTuningJobRequest
from ...models.fine_tuning_job import FineTuningJob

OPERATION_ID = "createFineTuningJob"
ENDPOINT_ID = "fine_tuning.jobs.create"
METHOD = "POST"
PATH = "/fine_tuning/jobs"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateFineTuningJobRequest,
) -> dict[str, Any]:
    """
    Build the request for `fine_tuning.jobs.create`.

    Args:
        body (CreateFineTuningJobRequest): Schema `CreateFineTuningJobRequest`.

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


def parse_response(response: httpx.Response) -> FineTuningJob:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = FineTuningJob.from_dict(data)

    return response_200
