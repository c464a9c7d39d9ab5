# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`fine_tuning.jobs.events.list`: GET /fine_tuning/jobs/{fine_tuning_job_id}/events (operation `listFineTuningEvents`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "listFineTuningEvents"
ENDPOINT_ID = "fine_tuning.jobs.events.list"
METHOD = "GET"
PATH = "/fine_tuning/jobs/{fine_tuning_job_id}/events"
STREAMABLE = False


def request_kwargs(
    fine_tuning_job_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `fine_tuning.jobs.events.list`.

    Args:
        fine_tuning_job_id (str):
        after (str | Unset):
        limit (int | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "after", after)
    add_query_param(params, "limit", limit)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            fine_tuning_job_id=encode_path_segment(fine_tuning_job_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListFineTuningJobEventsResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListFineTuningJobEventsResponse.from_dict(data)

    return response_200
