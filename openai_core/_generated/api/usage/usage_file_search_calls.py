# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.usage.file_search_calls.list`: GET /organization/usage/file_search_calls (operation `usage-file-search-calls`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.usage_file_search_calls_bucket_width import (
    UsageFileSearchCallsBucketWidth,
)
from ...models.usage_file_search_calls_group_by_item import (
    UsageFileSearchCallsGroupByItem,
)
from ...models.usage_response import UsageResponse
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "usage-file-search-calls"
ENDPOINT_ID = "organization.usage.file_search_calls.list"
METHOD = "GET"
PATH = "/organization/usage/file_search_calls"
STREAMABLE = False


def request_kwargs(
    *,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageFileSearchCallsBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    vector_store_ids: list[str] | Unset = UNSET,
    group_by: list[UsageFileSearchCallsGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.usage.file_search_calls.list`.

    Args:
        start_time (int):
        end_time (int | Unset):
        bucket_width (UsageFileSearchCallsBucketWidth | Unset): One of: '1m', '1h', '1d' (others
            kept).
        project_ids (list[str] | Unset):
        user_ids (list[str] | Unset):
        api_key_ids (list[str] | Unset):
        vector_store_ids (list[str] | Unset):
        group_by (list[UsageFileSearchCallsGroupByItem] | Unset):
        limit (int | Unset):
        page (str | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "start_time", start_time)
    add_query_param(params, "end_time", end_time)
    json_bucket_width: str | Unset = UNSET
    if not isinstance(bucket_width, Unset):
        json_bucket_width = bucket_width

    add_query_param(params, "bucket_width", json_bucket_width)
    json_project_ids: list[str] | Unset = UNSET
    if not isinstance(project_ids, Unset):
        json_project_ids = project_ids

    add_query_param(params, "project_ids", json_project_ids)
    json_user_ids: list[str] | Unset = UNSET
    if not isinstance(user_ids, Unset):
        json_user_ids = user_ids

    add_query_param(params, "user_ids", json_user_ids)
    json_api_key_ids: list[str] | Unset = UNSET
    if not isinstance(api_key_ids, Unset):
        json_api_key_ids = api_key_ids

    add_query_param(params, "api_key_ids", json_api_key_ids)
    json_vector_store_ids: list[str] | Unset = UNSET
    if not isinstance(vector_store_ids, Unset):
        json_vector_store_ids = vector_store_ids

    add_query_param(params, "vector_store_ids", json_vector_store_ids)
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
