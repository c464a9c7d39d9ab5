# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.costs.list`: GET /organization/costs (operation `usage-costs`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any, Literal

import httpx

from ...models.usage_costs_group_by_item import (
    UsageCostsGroupByItem,
)
from ...models.usage_response import UsageResponse
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "usage-costs"
ENDPOINT_ID = "organization.costs.list"
METHOD = "GET"
PATH = "/organization/costs"
STREAMABLE = False


def request_kwargs(
    *,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: Literal["1d"] | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    group_by: list[UsageCostsGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.costs.list`.

    Args:
        start_time (int):
        end_time (int | Unset):
        bucket_width (Literal['1d'] | Unset): Always '1d'.
        project_ids (list[str] | Unset):
        api_key_ids (list[str] | Unset):
        group_by (list[UsageCostsGroupByItem] | Unset):
        limit (int | Unset):
        page (str | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "start_time", start_time)
    add_query_param(params, "end_time", end_time)
    add_query_param(params, "bucket_width", bucket_width)
    json_project_ids: list[str] | Unset = UNSET
    if not isinstance(project_ids, Unset):
        json_project_ids = project_ids

    add_query_param(params, "project_ids", json_project_ids)
    json_api_key_ids: list[str] | Unset = UNSET
    if not isinstance(api_key_ids, Unset):
        json_api_key_ids = api_key_ids

    add_query_param(params, "api_key_ids", json_api_key_ids)
    json_group_by: list[str] | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = []
        for group_by_item_data in group_by:
            group_by_item: str = group_by_item_data
            json_group_by.append(group_by_item)

    add_query_param(params, "group_by", json_group_by)
    add_query_param(params, "limit", limit)
    add_query_param(params, "page", page)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> UsageResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = UsageResponse.from_dict(data)

    return response_200
