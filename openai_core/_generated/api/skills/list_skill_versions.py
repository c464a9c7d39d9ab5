# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`skills.versions.list`: GET /skills/{skill_id}/versions (operation `ListSkillVersions`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.order_enum import OrderEnum
from ...models.skill_version_list_resource import SkillVersionListResource
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "ListSkillVersions"
ENDPOINT_ID = "skills.versions.list"
METHOD = "GET"
PATH = "/skills/{skill_id}/versions"
STREAMABLE = False


def request_kwargs(
    skill_id: str,
    *,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `skills.versions.list`.

    Args:
        skill_id (str):
        limit (int | Unset): Range 0..100.
        order (OrderEnum | Unset): Schema `OrderEnum`.
        after (str | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)
    add_query_param(params, "after", after)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            skill_id=encode_path_segment(skill_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> SkillVersionListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = SkillVersionListResource.from_dict(data)

    return response_200
