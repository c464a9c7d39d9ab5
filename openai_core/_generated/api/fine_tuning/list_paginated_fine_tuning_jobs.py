# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`fine_tuning.jobs.list`: GET /fine_tuning/jobs (operation `listPaginatedFineTuningJobs`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_paginated_fine_tuning_jobs_metadata_type_0 import (
    ListPaginatedFineTuningJobsMetadataType0,
)
from ...models.list_paginated_fine_tuning_jobs_response import ListPaginatedFineTuningJobsResponse
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "listPaginatedFineTuningJobs"
ENDPOINT_ID = "fine_tuning.jobs.list"
METHOD = "GET"
PATH = "/fine_tuning/jobs"
STREAMABLE = False


def request_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata: ListPaginatedFineTuningJobsMetadataType0 | None | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `fine_tuning.jobs.list`.

    Args:
        after (str | Unset):
        limit (int | Unset):
        metadata (ListPaginatedFineTuningJobsMetadataType0 | None | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "after", after)
    add_query_param(params, "limit", limit)
    json_metadata: dict[str, Any] | None | Unset
    if isinstance(metadata, Unset):
        json_metadata = UNSET
    elif isinstance(metadata, ListPaginatedFineTuningJobsMetadataType0):
        json_metadata = metadata.to_dict()
    else:
        json_metadata = metadata
    add_query_param(params, "metadata", json_metadata)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListPaginatedFineTuningJobsResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListPaginatedFineTuningJobsResponse.from_dict(data)

    return response_200
