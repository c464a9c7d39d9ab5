# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`fine_tuning.jobs.pause`: POST /fine_tuning/jobs/{fine_tuning_job_id}/pause (operation `pauseFineTuningJob`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.fine_tuning_job import FineTuningJob
from ...types import encode_path_segment

OPERATION_ID = "pauseFineTuningJob"
ENDPOINT_ID = "fine_tuning.jobs.pause"
METHOD = "POST"
PATH = "/fine_tuning/jobs/{fine_tuning_job_id}/pause"
STREAMABLE = False


def request_kwargs(
    fine_tuning_job_id: str,
) -> dict[str, Any]:
    """
    Build the request for `fine_tuning.jobs.pause`.

    Args:
        fine_tuning_job_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            fine_tuning_job_id=encode_path_segment(fine_tuning_job_id),
        ),
    }

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
